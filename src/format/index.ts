import type { Fact } from '../types.js';
import { csvDocument, csvWriter } from './csv.js';
import { withExplanations } from './explain.js';
import { jsonDocument, jsonlDocument, jsonlWriter, jsonWriter } from './json.js';
import { tableWriter } from './table.js';
import type { DocumentSerializer, FactWriter, Format, Sink, WriterOptions } from './writer.js';

export type { DocumentSerializer, FactWriter, Format, Sink, WriterOptions } from './writer.js';
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

export type StreamFormat = Exclude<Format, 'table'>;

/** What turns one document's facts into output text: the format, the kinds (CSV columns), explanations. */
export interface SerializeOptions {
  format: StreamFormat;
  kinds: WriterOptions['kinds'];
  explain?: boolean;
}

/** The serializer of a stream format, explanations included when asked for. */
export function serializerFor(options: SerializeOptions): DocumentSerializer {
  const serialize = options.format === 'json' ? jsonDocument : options.format === 'jsonl' ? jsonlDocument : csvDocument(options.kinds, options.explain);
  return options.explain ? (facts) => serialize(withExplanations(facts)) : serialize;
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
