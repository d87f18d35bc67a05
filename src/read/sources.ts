// Turns the paths a user gives into a stream of documents: files,
// directories (walked recursively in sorted order, hidden entries skipped),
// JSONL document files and standard input. Problems are reported, named by
// file (and line), and never stop the other inputs.
//
// Errors are inputs the user pointed at that could not be read; warnings are
// things skipped or guessed on the way (an unknown file in a directory, a
// symbolic link loop, Latin-1 text). Only errors make the exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { SourceDocument } from '../pipeline.js';
import { byteOrderMark, decodeText, looksBinary } from './decode.js';
import { htmlToText } from './html.js';
import { readJsonl } from './jsonl.js';
import { memoryFor, tooLargeMessage } from './limits.js';
import { describeFsError, type Problem } from './problems.js';

export type { Problem } from './problems.js';
export { parseJsonlLine } from './jsonl.js';

export interface ReadOptions {
  /** how to read "-": plain text (default) or JSONL documents */
  stdinFormat?: 'text' | 'jsonl';
  stdin?: Readable;
  onProblem(problem: Problem): void;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

type FileKind = 'text' | 'html' | 'jsonl';
function fileKind(file: string): FileKind | null {
  const ext = path.extname(file).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  return null;
}

/** Code-unit order: the same on every machine, whatever the locale or the file system's listing order. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function* readSources(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourceDocument> {
  for (const p of paths) {
    if (p === '-') yield* readStdin(options);
    else yield* readPath(p, options);
  }
}

async function* readPath(p: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(p);
  } catch (err) {
    options.onProblem({ severity: 'error', source: p, message: describeFsError(err) });
    return;
  }
  if (stat.isDirectory()) yield* walk(p, p, new Set(), options);
  else if (stat.isFile()) yield* readFile(p, p, true, options);
  // a named pipe or a device the user named: /dev/stdin, <(command), a FIFO
  else if (stat.isFIFO() || stat.isCharacterDevice()) yield* readStream(p, options);
  else options.onProblem({ severity: 'error', source: p, message: 'not a file or directory (a socket or block device); skipped' });
}

/**
 * A path as the file system knows it: a string, or bytes when a name is not
 * valid UTF-8 (Linux allows any bytes but "/" and NUL, and old archives hold
 * Latin-1 names); as a string such a name would point at no file at all.
 */
type FsPath = string | Buffer;

/** `ancestors`: the real paths of the directories above, to tell a symbolic link loop from a second link to the same place. */
async function* walk(dir: FsPath, shown: string, ancestors: Set<string>, options: ReadOptions): AsyncGenerator<SourceDocument> {
  let real: string;
  let entries: fs.Dirent<Buffer>[];
  try {
    real = (await fs.promises.realpath(dir, { encoding: 'buffer' })).toString('latin1');
    if (ancestors.has(real)) {
      options.onProblem({ severity: 'warning', source: shown, message: 'symbolic link loop (a directory inside itself); skipped' });
      return;
    }
    entries = await fs.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    options.onProblem({ severity: 'error', source: shown, message: describeFsError(err) });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  named.sort((a, b) => byName(a.name, b.name) || Buffer.compare(a.entry.name, b.entry.name));
  ancestors.add(real);
  try {
    for (const { entry, name } of named) {
      if (entry.name[0] === 0x2e /* . */) continue;
      const exact = Buffer.from(name, 'utf8').equals(entry.name);
      const full = exact && typeof dir === 'string' ? path.join(dir, name) : Buffer.concat([Buffer.from(dir), Buffer.from('/'), entry.name]);
      const display = path.join(shown, name);
      if (!exact) options.onProblem({ severity: 'warning', source: display, message: 'file name is not valid UTF-8; its id shows U+FFFD in place of the bad bytes' });
      const type = await entryType(entry, full, display, options);
      if (type === 'directory') yield* walk(full, display, ancestors, options);
      else if (type === 'file') yield* readFile(full, display, false, options);
      else if (type === 'other') options.onProblem({ severity: 'warning', source: display, message: 'not a regular file (a FIFO, socket or device); skipped' });
    }
  } finally {
    ancestors.delete(real);
  }
}

/** What a directory entry is, following symbolic links; undefined when it was reported and is to be skipped. */
async function entryType(entry: fs.Dirent<Buffer>, full: FsPath, display: string, options: ReadOptions): Promise<'directory' | 'file' | 'other' | undefined> {
  if (entry.isSymbolicLink()) {
    let target: fs.Stats;
    try {
      target = await fs.promises.stat(full);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // a link to nothing is not a document that failed, it is no document
      if (code === 'ENOENT') options.onProblem({ severity: 'warning', source: display, message: 'broken symbolic link (its target does not exist); skipped' });
      else if (code === 'ELOOP') options.onProblem({ severity: 'warning', source: display, message: `${describeFsError(err)}; skipped` });
      else options.onProblem({ severity: 'error', source: display, message: describeFsError(err) });
      return undefined;
    }
    return target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other';
  }
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}

async function* readFile(file: FsPath, shown: string, explicit: boolean, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const kind = fileKind(shown);
  if (!kind) {
    options.onProblem({ severity: explicit ? 'error' : 'warning', source: shown, message: 'not a text, HTML or JSONL file (by its extension: .txt .text .md .html .htm .jsonl .ndjson); skipped' });
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(fs.createReadStream(file), shown, options.onProblem);
    return;
  }
  let doc: SourceDocument | undefined;
  try {
    doc = textDocument(await fs.promises.readFile(file), shown, kind, explicit, options);
  } catch (err) {
    options.onProblem({ severity: 'error', source: shown, message: describeFsError(err) });
    return;
  }
  if (doc) yield doc;
}

/** A named pipe or device: read to its end, as JSONL when its name says so, else as text. */
async function* readStream(file: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const kind = fileKind(file) ?? 'text';
  if (kind === 'jsonl') {
    yield* readJsonl(fs.createReadStream(file), file, options.onProblem);
    return;
  }
  let doc: SourceDocument | undefined;
  try {
    doc = textDocument(await readAll(fs.createReadStream(file)), file, kind, true, options);
  } catch (err) {
    options.onProblem({ severity: 'error', source: file, message: describeFsError(err) });
    return;
  }
  if (doc) yield doc;
}

async function* readStdin(options: ReadOptions): AsyncGenerator<SourceDocument> {
  const stream = options.stdin ?? process.stdin;
  if (options.stdinFormat === 'jsonl') {
    yield* readJsonl(stream, '-', options.onProblem);
    return;
  }
  let doc: SourceDocument | undefined;
  try {
    doc = textDocument(await readAll(stream), '-', 'text', true, options);
  } catch (err) {
    options.onProblem({ severity: 'error', source: '-', message: describeFsError(err) });
    return;
  }
  if (doc) yield doc;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The document of a text or HTML file's bytes, or undefined (and a problem reported) when there is none to read. */
function textDocument(bytes: Buffer, id: string, kind: 'text' | 'html', explicit: boolean, options: ReadOptions): SourceDocument | undefined {
  const bom = byteOrderMark(bytes);
  const utf16 = bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be';
  if (!utf16 && looksBinary(bytes)) {
    options.onProblem({ severity: explicit ? 'error' : 'warning', source: id, message: 'binary content (NUL bytes), not text; skipped' });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (decoded.latin1) options.onProblem({ severity: 'warning', source: id, message: 'not valid UTF-8; read as Latin-1' });
  const text = kind === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (!text.trim()) {
    const what = decoded.text.length === 0 ? 'empty file' : kind === 'html' ? 'no text outside the markup' : 'only white space';
    options.onProblem({ severity: 'warning', source: id, message: `${what}; nothing to read` });
    return undefined;
  }
  return admit({ id, text }, options);
}

/** The document when the pipeline has the memory for it; otherwise an error and nothing. */
function admit(doc: SourceDocument, options: ReadOptions): SourceDocument | undefined {
  const check = memoryFor(doc.text);
  if (check.fits) return doc;
  options.onProblem({ severity: 'error', source: doc.id, message: tooLargeMessage(check) });
  return undefined;
}
