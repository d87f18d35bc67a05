// How every bad input is tried: a corpus directory holding one good article,
// run once alone and once with the bad input added. The run with the bad input
// must give the expected exit code and message, must not crash, and must give
// the good article exactly the facts it had alone.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Fact } from '../../src/types.js';
import { ARTICLE, expectNoCrash, parseJsonl, runMain, tempDir, type Run } from './helpers.js';

export interface BadInput {
  /** builds the bad input; returns the paths to add to the command line ([] when it lies inside `corpus`) */
  make(dir: string, corpus: string): string[] | Promise<string[]>;
  /** exit code: 1 when an input the user pointed at failed, 0 when something was only skipped or guessed */
  code: 0 | 1;
  /** what stderr must say; it names the file (and line) */
  message: RegExp | ((dir: string) => RegExp) | null;
  /** checks the facts of the documents the bad input gave, if it gave any (default: none) */
  own?(facts: Fact[], dir: string): void | Promise<void>;
  args?: string[];
  stdin?: string | Buffer;
  /** installs a fake failure (as root, chmod cannot make a file unreadable); returns its undo */
  simulate?(dir: string): () => void;
}

let jobs: string[] | undefined;
/**
 * In process, main() reads the TypeScript sources: worker threads would need the
 * built files, so the documents are extracted on this thread when main() offers
 * the choice.
 */
export async function singleThread(): Promise<string[]> {
  jobs ??= (await runMain(['extract', '--help'])).stdout.includes('--jobs') ? ['--jobs', '1'] : [];
  return jobs;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Facts found in a run, each checked to be whole: its text is the evidence its offsets point at. */
export function factsOf(run: Run): Fact[] {
  const facts = parseJsonl(run.stdout);
  for (const f of facts) {
    expect(f.end - f.start, `${f.id} length`).toBe(f.text.length);
    for (const m of f.mentions) expect(m.start < m.end && m.start >= 0, `${f.id} mention`).toBe(true);
  }
  return facts;
}

export async function tryBadInput(bad: BadInput): Promise<Run> {
  const dir = tempDir('factx-bad-');
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus);
  const article = path.join(corpus, 'article.txt');
  fs.writeFileSync(article, ARTICLE);
  const single = await singleThread();
  const alone = await runMain(['extract', '-f', 'jsonl', ...single, corpus]);
  expect(alone.code, alone.stderr).toBe(0);

  const paths = await bad.make(dir, corpus);
  const undo = bad.simulate?.(dir);
  let run: Run;
  try {
    run = await runMain(['extract', '-f', 'jsonl', ...single, ...(bad.args ?? []), corpus, ...paths], { stdin: bad.stdin });
  } finally {
    undo?.();
  }
  expectNoCrash(run);
  expect(run.code, run.stderr).toBe(bad.code);
  const message = typeof bad.message === 'function' ? bad.message(dir) : bad.message;
  if (message) expect(run.stderr).toMatch(message);
  else expect(run.stderr).not.toMatch(/warning|error/);
  expect(run.stderr).toMatch(/factx: \d+ documents?, \d+ facts?/);

  const facts = factsOf(run);
  expect(facts.filter((f) => f.doc === article)).toEqual(parseJsonl(alone.stdout));
  const others = facts.filter((f) => f.doc !== article);
  if (bad.own) await bad.own(others, dir);
  else expect(others).toEqual([]);
  return run;
}

/** Facts without what depends on where the document came from, to compare two readings of one text. */
export const sameFacts = (facts: Fact[]) => facts.map(({ id: _id, doc: _doc, ...rest }) => rest);
