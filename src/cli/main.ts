// The command line: parses options, calls the library, writes facts to
// stdout (or -o FILE) and messages to stderr. Returns the exit code:
// 0 all fine, 1 some input failed (the rest was written), 2 usage error.
import { Command, CommanderError, Option } from 'commander';
import type { Readable, Writable } from 'node:stream';
import { createStreamWriter } from '../format/stream.js';
import { addTimelineRowsOf, timelineRows, writeTimeline, type TimelineRow } from '../format/timeline.js';
import type { FactWriter, Format, WriterOptions } from '../format/writer.js';
import { extractInOrder } from '../parallel/pool.js';
import { loadRulePack, RulePackError } from '../rule-packs/index.js';
import { formatProblem, printable } from '../read/problems.js';
import { readSources, type Problem } from '../read/sources.js';
import { findFactInputs, readFactInputs } from '../read/facts.js';
import { FACT_KINDS, type FactKind } from '../types.js';
import { parseFormat, parseJobs, parseKinds, parseRefDate, UsageError } from './options.js';
import { fileOutput, OutputError, stdoutOutput, type Output } from './output.js';
import { colorLevel } from './color.js';
import { jobsForInput } from './jobs.js';
import { progress as startProgress } from './progress.js';
import { inputBytes } from './input-size.js';
import { withExplanations } from '../format/explain.js';

export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

interface ExtractCliOptions {
  format?: string;
  kinds: string;
  refDate?: string;
  output?: string;
  input: 'text' | 'jsonl';
  quiet?: boolean;
  jobs?: string;
  explain?: boolean;
  rules?: string[];
}

const VERSION = '0.1.0';

/** Examples that run as printed from the project folder (the tests run them). */
export const EXAMPLES: ReadonlyArray<[command: string, what: string]> = [
  ['factx extract seeds/', 'facts of every article in a folder (JSON, or a table on a terminal)'],
  [`factx extract seeds/ | jq -r '.[] | select(.kind=="person") | .name'`, 'the people named with a role'],
  ['factx extract examples/articles.jsonl --kinds deal --format jsonl', 'one deal per line from a JSONL corpus'],
  ['factx extract examples/articles.jsonl --format csv -o facts.csv', 'every fact in a spreadsheet'],
  ['factx timeline examples/articles.jsonl', 'the dated events as CSV, oldest first'],
  ['factx extract seeds/ --format jsonl | factx timeline', 'the timeline of facts factx wrote before (JSON or JSONL), without extracting again'],
  ['cat seeds/*.txt | factx extract --kinds date --format jsonl', 'dates from standard input'],
  ['factx extract seeds/ --kinds person --explain --format jsonl', 'each fact with the rule and evidence behind it'],
];

const examplesHelp = (filter: (command: string) => boolean) =>
  '\nExamples:\n' +
  EXAMPLES.filter(([c]) => filter(c))
    .map(([c, what]) => `  $ ${c}\n      ${what}\n`)
    .join('');

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('factx')
    .description('Reads news articles and writes the facts in them (deals, people and titles, dates, market expansions) as JSON, JSONL or CSV.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run factx --help for usage)');

  const common = (cmd: Command) =>
    cmd
      .argument('[paths...]', 'files, directories, .jsonl files, or - for standard input')
      .option('-k, --kinds <list>', `fact kinds, comma-separated: ${FACT_KINDS.join(',')}`, FACT_KINDS.join(','))
      .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates ("Wednesday", "last year")')
      .option('-o, --output <file>', 'write to FILE (complete or not at all) instead of standard output')
      .addOption(new Option('--input <type>', 'how to read standard input').choices(['text', 'jsonl']).default('text'))
      .option('-j, --jobs <n>', 'documents processed in parallel on worker threads (default: the number of cores, one per 2 MB of a smaller input); output order is the input order')
      .option('--rules <file>', 'a rule pack: JSON that adds deal words, titles, organization aliases and markets (repeatable)', (file: string, files: string[]) => [...files, file], [] as string[])
      .option('-q, --quiet', 'no summary or warnings on stderr; errors only');

  common(program.command('extract').description('extract facts from news text'))
    .option('-f, --format <format>', 'json, jsonl, csv or table (default: table on a terminal, json otherwise)')
    .option('--explain', 'add to each fact the rule that fired and its evidence with the matched parts in [brackets]')
    .addHelpText('after', examplesHelp((c) => c.includes('factx extract')))
    .action(async (paths: string[], opts: ExtractCliOptions) => {
      exitCode = await runExtract(paths, opts, io, 'extract');
    });

  common(program.command('timeline').description('write the dated events (deals, expansions, dates) of articles, or of facts factx wrote before, oldest first, as CSV'))
    .addHelpText('after', examplesHelp((c) => c.includes('factx timeline')))
    .action(async (paths: string[], opts: ExtractCliOptions) => {
    exitCode = await runExtract(paths, opts, io, 'timeline');
  });

  program.addHelpText('after', examplesHelp(() => true));
  program
    .command('schema')
    .description('print the JSON Schema of a fact (all four kinds)')
    .action(async () => {
      const { factSchema } = await import('../schema.js');
      io.stdout.write(JSON.stringify(factSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.stderr.write(`factx: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}

async function runExtract(paths: string[], opts: ExtractCliOptions, io: Io, command: 'extract' | 'timeline'): Promise<number> {
  const kinds: FactKind[] = parseKinds(opts.kinds);
  const refDate = opts.refDate !== undefined ? parseRefDate(opts.refDate) : undefined;
  const explicitJobs = opts.jobs !== undefined ? parseJobs(opts.jobs) : undefined;
  const rulePacks = opts.rules ?? [];
  try {
    for (const file of rulePacks) loadRulePack(file);
  } catch (err) {
    if (err instanceof RulePackError) throw new UsageError(`bad rule pack: ${err.message}`);
    throw err;
  }
  const format: Format = opts.format ? parseFormat(opts.format) : io.stdout.isTTY && !opts.output ? 'table' : 'json';
  if (!paths.length) {
    if (io.stdin.isTTY) throw new UsageError('no input: give files, directories or - for standard input');
    paths = ['-'];
  }
  const jobs = explicitJobs ?? jobsForInput(paths);
  // a timeline is made of facts: of articles it reads, or of facts factx wrote before ("factx extract | factx timeline")
  let stdin = io.stdin;
  let ofFacts = false;
  if (command === 'timeline') {
    const found = await findFactInputs(paths, io.stdin);
    stdin = found.stdin ?? stdin;
    ofFacts = found.facts.every(Boolean);
    if (!ofFacts && found.facts.some(Boolean)) throw new UsageError('give a timeline articles or facts that factx wrote, not both');
    // (CSV keeps a deal's date as its value only, so its rows cannot be told from the date facts they took)
    if (found.csvStdin) throw new UsageError('standard input holds facts as CSV; give the timeline facts as JSON or JSONL (factx extract --format jsonl)');
    // (their dates were resolved when they were found)
    if (ofFacts && refDate !== undefined && !opts.quiet) io.stderr.write('factx: warning: --ref-date does not change facts already found; ignored\n');
  }

  let errors = 0;
  let warnings = 0;
  const onProblem = (p: Problem) => {
    if (p.severity === 'error') errors++;
    else warnings++;
    if (p.severity === 'warning' && opts.quiet) return;
    io.stderr.write(formatProblem(p));
  };

  let out: Output;
  try {
    out = opts.output ? fileOutput(opts.output) : stdoutOutput(io.stdout);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.stderr.write(`factx: ${printable(err.message)}\n`);
    return 2;
  }
  const writer = await createWriter(format, out, { kinds, color: colorLevel(io.env, !!io.stdout.isTTY && !opts.output), width: io.stdout.columns, explain: !!opts.explain });
  // (files only: a time left is not worth a walk of a whole tree, which the worker count stops early)
  const progress = startProgress(io.stderr, !opts.quiet, inputBytes(paths, { directories: false }) || undefined);
  const rows: TimelineRow[] = [];
  let documents = 0;
  let facts = 0;
  try {
    if (command === 'extract') writer.begin();
    if (ofFacts) ({ documents, facts } = await addTimelineRowsOf(readFactInputs(paths, { stdin, kinds, onProblem }), rows));
    const sources = readSources(ofFacts ? [] : paths, { stdinFormat: opts.input, stdin, onProblem });
    // stream formats are written where the facts are found (on worker threads); tables and timelines need the facts
    const serialize = command === 'extract' && format !== 'table' ? { format, kinds, explain: !!opts.explain } : undefined;
    for await (const result of extractInOrder(sources, { kinds, refDate, rulePacks, serialize }, jobs)) {
      const { source } = result;
      if (result.error !== undefined) {
        onProblem({ severity: 'error', source: source.id, message: `could not be processed: ${result.error}` });
        continue;
      }
      documents++;
      facts += result.count;
      progress.tick(source.text.length);
      if (result.chunk !== undefined) writer.writeSerialized!(result.chunk);
      else if (command === 'extract') writer.write(opts.explain ? withExplanations(result.facts!) : result.facts!);
      else for (const row of timelineRows(result.facts!, rows.length)) rows.push(row); // no spread: a huge document would overflow the stack
      if (command === 'extract') await out.drained();
    }
    progress.done();
    if (command === 'extract') writer.end();
    else writeTimeline(out, rows);
    await out.close();
  } catch (err) {
    progress.done();
    out.abort();
    io.stderr.write(`factx: error: ${printable((err as Error).message)}\n`);
    return 1;
  }
  if (!opts.quiet) {
    const problems = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
    io.stderr.write(`factx: ${documents} document${documents === 1 ? '' : 's'}, ${facts} fact${facts === 1 ? '' : 's'}${problems ? `, ${problems}` : ''}\n`);
  }
  return errors ? 1 : 0;
}

/** The writer of `format`; the table's terminal libraries (chalk, cli-table3) are loaded only for a table. */
async function createWriter(format: Format, out: Output, options: WriterOptions): Promise<FactWriter> {
  if (format !== 'table') return createStreamWriter(format, out, options);
  const { tableWriter } = await import('../format/table.js');
  return tableWriter(out, options);
}
