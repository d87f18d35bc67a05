// Fact writers: each takes the facts of one document at a time, so output
// streams and memory does not grow with the corpus.
import type { Fact, FactKind } from '../types.js';

export interface Sink {
  write(chunk: string): void;
}

export interface FactWriter {
  begin(): void;
  write(facts: readonly Fact[]): void;
  /** a document's facts already serialized by `serializerFor` (stream formats only) */
  writeSerialized?(chunk: string): void;
  end(): void;
}

/**
 * How a stream format turns one document's facts into text. Kept apart from
 * writing so that the work can be done on the worker thread that found the
 * facts: only a string crosses back.
 */
export type DocumentSerializer = (facts: readonly Fact[]) => string;

export const FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  kinds: readonly FactKind[];
  /** colour level for `table` (0 = none) */
  color: 0 | 1 | 2 | 3;
  /** terminal width for `table` */
  width?: number;
  /** facts carry an `explain` field to show */
  explain?: boolean;
}
