import type { Fact } from '../types.js';
import { csvWriter } from './csv.js';
import { jsonlWriter, jsonWriter } from './json.js';
import { tableWriter } from './table.js';
import type { FactWriter, Format, Sink, WriterOptions } from './writer.js';

export type { FactWriter, Format, Sink, WriterOptions } from './writer.js';
export { FORMATS } from './writer.js';
export { summarize } from './summary.js';
export { timelineRows, writeTimeline, type TimelineRow } from './timeline.js';

export function createWriter(format: Format, out: Sink, options: WriterOptions): FactWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'jsonl':
      return jsonlWriter(out);
    case 'csv':
      return csvWriter(out, options.kinds, options.explain);
    case 'table':
      return tableWriter(out, options);
  }
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
