// factx's own facts, read back: `factx extract seeds/ | factx timeline` and
// `factx timeline facts.jsonl` make the timeline of facts already found,
// where the JSON would otherwise be read as the text of an article. Accepted:
// JSONL (one fact a line, as `--format jsonl` writes it) and JSON arrays with
// one fact a line (as `--format json` writes them) or on one line (`jq -c`).
// A bad line is reported with its number and the lines after it are read.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FACT_KINDS, type Fact, type FactKind } from '../types.js';
import { decodeText } from './decode.js';
import { reportedLines } from './jsonl.js';
import type { Problem } from './problems.js';

/** Whether a parsed value is a fact as factx writes it: what every kind has, with a kind factx knows. */
export function isFactRecord(value: unknown): value is Fact {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return typeof r.kind === 'string' && (FACT_KINDS as readonly string[]).includes(r.kind) && typeof r.doc === 'string' && typeof r.sentence === 'number' && typeof r.text === 'string';
}

/** The records of one line: none for the brackets of factx's JSON layout, an array's items, or the line's object. */
function lineRecords(line: string): unknown[] {
  let t = line.trim();
  if (t === '' || t === '[' || t === ']') return [];
  if (t.startsWith('[')) {
    const items: unknown = JSON.parse(t);
    return Array.isArray(items) ? items : [items];
  }
  if (t.endsWith(',')) t = t.slice(0, -1);
  return [JSON.parse(t)];
}

/** A first line longer than this is no fact's: an article's JSONL line can be megabytes, a fact's never is. */
const SNIFF_BYTES = 1 << 20;

/**
 * Whether text opening with `head` holds facts: its first record is one. Undefined while its first record is
 * not complete yet and more may come (`ended` false).
 */
function opensWithFact(head: string, ended: boolean): boolean | undefined {
  // (an article's text tells at its first letter)
  const first = /\S/.exec(head)?.[0];
  if (first !== undefined && first !== '{' && first !== '[') return false;
  let from = 0;
  for (;;) {
    const nl = head.indexOf('\n', from);
    if (nl < 0 && !ended) return head.length - from > SNIFF_BYTES ? false : undefined;
    const line = head.slice(from, nl < 0 ? undefined : nl).trim();
    if (line && line !== '[') {
      try {
        const records = lineRecords(line);
        return records.length > 0 && isFactRecord(records[0]);
      } catch {
        return false;
      }
    }
    if (nl < 0) return false;
    from = nl + 1;
  }
}

/** The first columns of factx's CSV (the spec's common columns). */
const FACT_CSV_HEADER = /^\uFEFF?id,kind,doc,sentence,start,end,/;

export interface SniffedStream {
  /** the stream holds factx's facts */
  facts: boolean;
  /** the stream holds factx's facts as CSV, which keeps a deal's date as its value only */
  csv: boolean;
  /** the same bytes from the start, the ones read to decide included */
  stream: Readable;
}

/** Reads just enough of `stream` to tell whether it holds facts, and gives it back whole. */
export async function sniffFacts(stream: AsyncIterable<Buffer | string>): Promise<SniffedStream> {
  const iterator = stream[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let facts: boolean | undefined;
  let ended = false;
  while (facts === undefined) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else read.push(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
    facts = opensWithFact(Buffer.concat(read).toString('utf8'), ended);
  }
  async function* replay() {
    yield* read;
    if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const csv = !facts && FACT_CSV_HEADER.test(Buffer.concat(read).toString('utf8', 0, 64));
  return { facts, csv, stream: Readable.from(replay(), { objectMode: false }) };
}

/** Files that may hold facts, by their extension. */
const FACT_FILE_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/** Whether the file at `file` holds facts (a file it cannot read holds none: reading it as an article reports why). */
export async function isFactFile(file: string): Promise<boolean> {
  if (!FACT_FILE_EXTENSIONS.has(path.extname(file).toLowerCase())) return false;
  let stream: fs.ReadStream | undefined;
  try {
    if (!(await fs.promises.stat(file)).isFile()) return false;
    stream = fs.createReadStream(file, { end: SNIFF_BYTES + 64 * 1024 });
    return (await sniffFacts(stream)).facts;
  } catch {
    return false;
  } finally {
    stream?.destroy();
  }
}

/** The facts of a stream, in its order; lines that are no fact are reported as errors. */
export async function* readFacts(stream: AsyncIterable<Buffer | string>, shown: string, onProblem: (problem: Problem) => void): AsyncGenerator<Fact> {
  for await (const line of reportedLines(stream, shown, onProblem)) {
    let records: unknown[];
    try {
      records = lineRecords(decodeText(line.bytes).text);
    } catch (err) {
      line.fail(`not valid JSON (${(err as Error).message})`);
      continue;
    }
    for (const record of records) {
      if (isFactRecord(record)) yield record;
      else line.fail('not a factx fact (one has "kind", "doc", "sentence" and "text"); skipped');
    }
  }
}

export interface FactInputs {
  /** which of the paths hold facts */
  facts: boolean[];
  /** standard input to read from now on, when it was looked into */
  stdin?: Readable;
  /** standard input holds facts as CSV */
  csvStdin: boolean;
}

/** Which of the paths a user gave hold facts ("-" is standard input; directories hold articles). */
export async function findFactInputs(paths: readonly string[], stdin: Readable): Promise<FactInputs> {
  let sniffed: SniffedStream | undefined;
  const facts: boolean[] = [];
  for (const p of paths) {
    if (p !== '-') facts.push(await isFactFile(p));
    else {
      sniffed ??= await sniffFacts(stdin);
      facts.push(sniffed.facts);
    }
  }
  return { facts, stdin: sniffed?.stream, csvStdin: !!sniffed?.csv };
}

/** The facts of the paths in order, of the kinds asked for ("-" is `stdin`). */
export async function* readFactInputs(paths: readonly string[], options: { stdin: Readable; kinds: readonly FactKind[]; onProblem(problem: Problem): void }): AsyncGenerator<Fact> {
  for (const p of paths) {
    for await (const fact of readFacts(p === '-' ? options.stdin : fs.createReadStream(p), p, options.onProblem)) if (options.kinds.includes(fact.kind)) yield fact;
  }
}
