// A table for people at a terminal: kind, what the fact says, the evidence.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Fact, FactKind } from '../types.js';
import type { Explanation } from './explain.js';
import { printable } from '../read/problems.js';
import { summarize } from './summary.js';
import type { FactWriter, Sink, WriterOptions } from './writer.js';

const KIND_COLOR: Record<FactKind, (c: ChalkInstance) => ChalkInstance> = {
  deal: (c) => c.magenta,
  person: (c) => c.cyan,
  date: (c) => c.yellow,
  expansion: (c) => c.green,
};

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The evidence, or with --explain the marked evidence and the rule that fired. */
function evidence(f: Fact, chalk: ChalkInstance, explain: boolean): string {
  const explanation = (f as Fact & { explain?: Explanation }).explain;
  if (!explain || !explanation) return clip(printable(f.text.replace(/\s+/g, ' ')), 200);
  const marked = clip(printable(explanation.evidence.replace(/\s+/g, ' ')), 240).replace(/\[([^\]]*)\]/g, (_, part: string) => chalk.underline.bold(`[${part}]`));
  return `${marked}\n${chalk.dim(explanation.rule)}`;
}

export function tableWriter(out: Sink, options: WriterOptions): FactWriter {
  const chalk = new Chalk({ level: options.color });
  const width = Math.max(60, options.width ?? 100);
  const summaryWidth = Math.floor((width - 30) * 0.55);
  const evidenceWidth = width - 30 - summaryWidth;
  let any = false;
  return {
    begin() {},
    write(facts: readonly Fact[]) {
      if (!facts.length) return;
      any = true;
      const table = new Table({
        head: ['kind', 'fact', 'evidence', 'conf'].map((h) => chalk.bold(h)),
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [11, summaryWidth, evidenceWidth, 6],
      });
      for (const f of facts) {
        const color = KIND_COLOR[f.kind](chalk);
        const confidence = f.confidence >= 0.8 ? chalk.reset(f.confidence.toFixed(2)) : chalk.dim(f.confidence.toFixed(2));
        table.push([color(f.kind), printable(summarize(f)), evidence(f, chalk, !!options.explain), confidence]);
      }
      // ids and texts come from the input: their control characters must not reach the terminal
      out.write(`${chalk.bold(printable(facts[0]!.doc))}\n${table.toString()}\n`);
    },
    end() {
      if (!any) out.write(chalk.dim('no facts found') + '\n');
    },
  };
}
