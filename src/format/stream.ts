// The stream formats (JSON, JSONL, CSV): what the command line and the worker
// threads need to write facts. The table, with its terminal libraries, lives
// apart (./table.js) and is loaded only when a table is asked for.
import type { Fact } from '../types.js';
import { csvDocument, csvWriter } from './csv.js';
import { withExplanations } from './explain.js';
import { jsonDocument, jsonlDocument, jsonlWriter, jsonWriter } from './json.js';
import type { DocumentSerializer, FactWriter, Format, Sink, WriterOptions } from './writer.js';

export type StreamFormat = Exclude<Format, 'table'>;

/** A writer of a stream format. */
export function createStreamWriter(format: StreamFormat, out: Sink, options: WriterOptions): FactWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'jsonl':
      return jsonlWriter(out);
    case 'csv':
      return csvWriter(out, options.kinds, options.explain);
  }
}

/** What turns one document's facts into output text: the format, the kinds (CSV columns), explanations. */
export interface SerializeOptions {
  format: StreamFormat;
  kinds: WriterOptions['kinds'];
  explain?: boolean;
}

/** The serializer of a stream format, explanations included when asked for. */
export function serializerFor(options: SerializeOptions): DocumentSerializer {
  const serialize = options.format === 'json' ? jsonDocument : options.format === 'jsonl' ? jsonlDocument : csvDocument(options.kinds, options.explain);
  return options.explain ? (facts: readonly Fact[]) => serialize(withExplanations(facts)) : serialize;
}
