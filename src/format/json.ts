import type { Fact } from '../types.js';
import type { DocumentSerializer, FactWriter, Sink } from './writer.js';

/** A document's facts inside the JSON array, without the separator before them. */
export const jsonDocument: DocumentSerializer = (facts) => facts.map((f) => JSON.stringify(f)).join(',\n');

/** One JSON array, written document by document. */
export function jsonWriter(out: Sink): FactWriter & { writeSerialized(chunk: string): void } {
  let first = true;
  const writeSerialized = (chunk: string) => {
    if (!chunk) return;
    out.write((first ? '\n' : ',\n') + chunk);
    first = false;
  };
  return {
    begin: () => out.write('['),
    write: (facts: readonly Fact[]) => writeSerialized(jsonDocument(facts)),
    writeSerialized,
    end: () => out.write(first ? ']\n' : '\n]\n'),
  };
}

/** One fact per line. */
export const jsonlDocument: DocumentSerializer = (facts) => {
  let chunk = '';
  for (const f of facts) chunk += JSON.stringify(f) + '\n';
  return chunk;
};

export function jsonlWriter(out: Sink): FactWriter & { writeSerialized(chunk: string): void } {
  const writeSerialized = (chunk: string) => {
    if (chunk) out.write(chunk);
  };
  return {
    begin() {},
    write: (facts: readonly Fact[]) => writeSerialized(jsonlDocument(facts)),
    writeSerialized,
    end() {},
  };
}
