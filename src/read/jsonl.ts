// JSONL documents: one JSON object per line. Each line stands alone: a bad
// line is reported with its number and the lines after it are still read.
import type { Readable } from 'node:stream';
import type { SourceDocument } from '../pipeline.js';
import { decodeText, looksBinary } from './decode.js';
import { memoryFor, tooLargeMessage } from './limits.js';
import { describeFsError, type Problem } from './problems.js';

type Report = (problem: Problem) => void;

const MAX_ID_LENGTH = 1000;
/** Longer lines are skipped unread: JSON.parse of such a line alone would need gigabytes. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export interface Line {
  number: number;
  bytes: Buffer;
  /** the line was longer than the limit; `bytes` holds only its beginning */
  tooLong: boolean;
}

/**
 * The lines of a byte stream, split on "\n" with a "\r" before it dropped.
 * Bytes, not text, so that each line is decoded (and its encoding reported) on its own.
 */
export async function* byteLines(stream: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    let bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
    if (!tooLong && bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { number: ++number, bytes, tooLong };
    pieces = [];
    length = 0;
    tooLong = false;
    return line;
  };
  const keep = (piece: Buffer) => {
    if (tooLong || !piece.length) return;
    if (length + piece.length > maxLineBytes) {
      // the beginning is kept for the message; the rest is let go as it comes
      tooLong = true;
      piece = piece.subarray(0, Math.max(0, Math.min(piece.length, 64 - length)));
    }
    pieces.push(piece);
    length += piece.length;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      keep(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    keep(buf.subarray(from));
  }
  if (length || tooLong) yield finish();
}

export interface ReportedLine extends Line {
  /** reports an error of this line, by its number */
  fail(message: string): void;
}

/**
 * The lines of a stream, each with a way to report its problem by number. A line too long is reported and left
 * out; an error reading the stream ends the lines, reported at the line it stopped in.
 */
export async function* reportedLines(stream: AsyncIterable<Buffer | string>, shown: string, onProblem: Report): AsyncGenerator<ReportedLine> {
  let lineNo = 0;
  try {
    for await (const line of byteLines(stream)) {
      lineNo = line.number;
      const fail = (message: string) => onProblem({ severity: 'error', source: shown, line: line.number, message });
      if (line.tooLong) fail(`line longer than ${MAX_LINE_BYTES / 1048576} MB; skipped`);
      else yield { ...line, fail };
    }
  } catch (err) {
    onProblem({ severity: 'error', source: shown, line: lineNo ? lineNo + 1 : undefined, message: describeFsError(err) });
  }
}

export async function* readJsonl(stream: Readable, shown: string, onProblem: Report): AsyncGenerator<SourceDocument> {
  for await (const line of reportedLines(stream, shown, onProblem)) {
    if (looksBinary(line.bytes)) {
      if (line.number === 1) {
        onProblem({ severity: 'error', source: shown, message: 'binary content (NUL bytes), not JSONL text; skipped' });
        return;
      }
      line.fail('binary content (NUL bytes); skipped');
      continue;
    }
    const decoded = decodeText(line.bytes);
    if (decoded.latin1) onProblem({ severity: 'warning', source: shown, line: line.number, message: 'not valid UTF-8; read as Latin-1' });
    if (!decoded.text.trim()) continue;
    const doc = parseJsonlLine(decoded.text, shown, line.number, onProblem);
    if (!doc) continue;
    const memory = memoryFor(doc.text);
    if (memory.fits) yield doc;
    else line.fail(tooLargeMessage(memory));
  }
}

export function parseJsonlLine(line: string, source: string, lineNo: number, onProblem: Report): SourceDocument | undefined {
  const fail = (message: string) => {
    onProblem({ severity: 'error', source, line: lineNo, message });
    return undefined;
  };
  const warn = (message: string) => onProblem({ severity: 'warning', source, line: lineNo, message });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
  const record = value as Record<string, unknown>;
  if (!('text' in record)) return fail('no "text" field');
  if (typeof record.text !== 'string') return fail(`"text" is ${describeType(record.text)}, not a string`);

  let id: string;
  if (record.id === undefined || record.id === null) id = `${source}:${lineNo}`;
  else if (typeof record.id === 'string') id = record.id;
  // a number is kept as written: 12345678901234567890 must not become 12345678901234567000
  else if (typeof record.id === 'number') id = rawTopLevelValue(line, 'id') ?? String(record.id);
  else return fail(`"id" is ${describeType(record.id)}, neither a string nor a number`);
  if (id.length > MAX_ID_LENGTH) return fail(`"id" is ${id.length} characters long, more than ${MAX_ID_LENGTH}`);

  let date: string | null = null;
  if (record.date !== undefined && record.date !== null) {
    if (typeof record.date === 'string' && isCalendarDay(record.date)) date = record.date;
    else warn(`"date" ${JSON.stringify(record.date).slice(0, 40)} is not a date in the form YYYY-MM-DD; ignored`);
  }
  let title: string | null = null;
  if (record.title !== undefined && record.title !== null) {
    if (typeof record.title === 'string') title = record.title;
    else warn(`"title" is ${describeType(record.title)}, not a string; ignored`);
  }
  return { id, text: record.text, date, title };
}

const describeType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** YYYY-MM-DD that is a real day, alone or at the start of a longer ISO timestamp. */
function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The source text of a top-level member's value in a line of valid JSON
 * (already checked by JSON.parse); the last one wins, as in JSON.parse.
 * A scan, not a regular expression, so that `{"meta": {"id": 1}, "id": 2}`
 * and an "id" inside a string give the right answer. Linear.
 */
export function rawTopLevelValue(json: string, key: string): string | undefined {
  let found: string | undefined;
  let i = skipSpace(json, json.indexOf('{') + 1);
  while (i < json.length && json[i] !== '}') {
    const keyEnd = endOfString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1);
    const valueEnd = endOfValue(json, valueStart);
    if (name === key) found = json.slice(valueStart, valueEnd);
    i = skipSpace(json, valueEnd);
    if (json[i] === ',') i = skipSpace(json, i + 1);
  }
  return found;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\ufeff')) i++;
  return i;
}

/** `s[i]` is the opening quote; returns the index after the closing one. */
function endOfString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"') return j + 1;
  }
  return s.length;
}

function endOfValue(s: string, i: number): number {
  if (s[i] === '"') return endOfString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      if (c === '"') j = endOfString(s, j) - 1;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && !',}] \t\n\r'.includes(s[j]!)) j++;
  return j;
}
