// Turns the paths a user gives into a stream of documents: files,
// directories (walked recursively in sorted order, hidden entries skipped),
// JSONL document files and standard input. Problems are reported, named by
// file (and line), and never stop the other inputs.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { SourceDocument } from '../pipeline.js';
import { decodeText, looksBinary } from './decode.js';
import { htmlToText } from './html.js';

export interface Problem {
  severity: 'warning' | 'error';
  source: string;
  line?: number;
  message: string;
}

export interface ReadOptions {
  /** how to read "-": plain text (default) or JSONL documents */
  stdinFormat?: 'text' | 'jsonl';
  stdin?: Readable;
  onProblem(problem: Problem): void;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const MAX_ID_LENGTH = 1000;

type FileKind = 'text' | 'html' | 'jsonl' | null;
function fileKind(file: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  return null;
}

/** Code-unit order: the same on every machine, whatever the locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function* readSources(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourceDocument> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(options);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(p);
    } catch (err) {
      options.onProblem({ severity: 'error', source: p, message: describeFsError(err) });
      continue;
    }
    if (stat.isDirectory()) yield* walk(p, p, new Set(), options);
    else yield* readFile(p, p, true, options);
  }
}

async function* walk(dir: string, shown: string, seen: Set<string>, options: ReadOptions): AsyncGenerator<SourceDocument> {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = await fs.promises.realpath(dir);
    if (seen.has(real)) {
      options.onProblem({ severity: 'warning', source: shown, message: 'directory already visited (symbolic link loop); skipped' });
      return;
    }
    seen.add(real);
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (err) {
    options.onProblem({ severity: 'error', source: shown, message: describeFsError(err) });
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const display = path.join(shown, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await fs.promises.stat(full)).isDirectory();
      } catch (err) {
        options.onProblem({ severity: 'error', source: display, message: describeFsError(err) });
        continue;
      }
    }
    if (isDir) yield* walk(full, display, seen, options);
    else yield* readFile(full, display, false, options);
  }
}

async function* readFile(file: string, shown: string, explicit: boolean, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const kind = fileKind(file);
  if (!kind) {
    options.onProblem({ severity: explicit ? 'error' : 'warning', source: shown, message: 'not a text, HTML or JSONL file (by its extension); skipped' });
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(fs.createReadStream(file), shown, options);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    options.onProblem({ severity: 'error', source: shown, message: describeFsError(err) });
    return;
  }
  const doc = textDocument(bytes, shown, kind, options);
  if (doc) yield doc;
}

function textDocument(bytes: Buffer, id: string, kind: 'text' | 'html', options: ReadOptions): SourceDocument | undefined {
  if (looksBinary(bytes)) {
    options.onProblem({ severity: 'error', source: id, message: 'binary content (NUL bytes); skipped' });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (decoded.latin1) options.onProblem({ severity: 'warning', source: id, message: 'not valid UTF-8; read as Latin-1' });
  return { id, text: kind === 'html' ? htmlToText(decoded.text) : decoded.text };
}

async function* readStdin(options: ReadOptions): AsyncGenerator<SourceDocument> {
  const stream = options.stdin ?? process.stdin;
  if (options.stdinFormat === 'jsonl') {
    yield* readJsonl(stream, '-', options);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  const doc = textDocument(Buffer.concat(chunks), '-', 'text', options);
  if (doc) yield doc;
}

async function* readJsonl(stream: Readable, shown: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const doc = parseJsonlLine(line, shown, lineNo, options);
      if (doc) yield doc;
    }
  } catch (err) {
    options.onProblem({ severity: 'error', source: shown, line: lineNo || undefined, message: describeFsError(err) });
  }
}

const RAW_NUMERIC_ID = /"id"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/;

export function parseJsonlLine(line: string, source: string, lineNo: number, options: Pick<ReadOptions, 'onProblem'>): SourceDocument | undefined {
  const fail = (message: string) => {
    options.onProblem({ severity: 'error', source, line: lineNo, message });
    return undefined;
  };
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
  const record = value as Record<string, unknown>;
  if (!('text' in record)) return fail('no "text" field');
  if (typeof record.text !== 'string') return fail('"text" is not a string');
  let id: string;
  if (record.id === undefined || record.id === null) id = `${source}:${lineNo}`;
  else if (typeof record.id === 'string') id = record.id;
  // a number is kept as written: 12345678901234567890 must not become 12345678901234567000
  else if (typeof record.id === 'number') id = RAW_NUMERIC_ID.exec(line)?.[1] ?? String(record.id);
  else return fail('"id" is neither a string nor a number');
  if (id.length > MAX_ID_LENGTH) return fail(`"id" is longer than ${MAX_ID_LENGTH} characters`);
  const date = typeof record.date === 'string' ? record.date : null;
  const title = typeof record.title === 'string' ? record.title : null;
  return { id, text: record.text, date, title };
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message ?? String(err);
  }
}
