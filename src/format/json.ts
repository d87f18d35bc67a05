import type { Fact } from '../types.js';
import type { FactWriter, Sink } from './writer.js';

/** One JSON array, written fact by fact. */
export function jsonWriter(out: Sink): FactWriter {
  let first = true;
  return {
    begin: () => out.write('['),
    write(facts: readonly Fact[]) {
      for (const f of facts) {
        out.write((first ? '\n' : ',\n') + JSON.stringify(f));
        first = false;
      }
    },
    end: () => out.write(first ? ']\n' : '\n]\n'),
  };
}

/** One fact per line. */
export function jsonlWriter(out: Sink): FactWriter {
  return {
    begin() {},
    write(facts: readonly Fact[]) {
      let chunk = '';
      for (const f of facts) chunk += JSON.stringify(f) + '\n';
      if (chunk) out.write(chunk);
    },
    end() {},
  };
}
