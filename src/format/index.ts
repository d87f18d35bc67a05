import type { Fact } from '../types.js';
import { createStreamWriter } from './stream.js';
import { tableWriter } from './table.js';
import type { FactWriter, Format, Sink, WriterOptions } from './writer.js';

export type { DocumentSerializer, FactWriter, Format, Sink, WriterOptions } from './writer.js';
export { FORMATS } from './writer.js';
export { summarize } from './summary.js';
export { timelineRows, writeTimeline, type TimelineRow } from './timeline.js';
export { createStreamWriter, serializerFor, type SerializeOptions, type StreamFormat } from './stream.js';

export function createWriter(format: Format, out: Sink, options: WriterOptions): FactWriter {
  return format === 'table' ? tableWriter(out, options) : createStreamWriter(format, out, options);
}

/** All facts in one format, as a string (for the library API and tests). */
export function formatFacts(facts: readonly Fact[], format: Format, options: WriterOptions): string {
  let s = '';
  const w = createWriter(format, { write: (c) => (s += c) }, options);
  w.begin();
  w.write(facts);
  w.end();
  return s;
}
