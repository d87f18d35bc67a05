// RFC 4180 CSV with cells that spreadsheets will not run as formulas (OWASP).
import type { Fact, FactKind } from '../types.js';
import { factDate, KIND_FIELDS } from './fields.js';
import { summarize } from './summary.js';
import type { DocumentSerializer, FactWriter, Sink } from './writer.js';

export const BASE_COLUMNS = ['id', 'kind', 'doc', 'sentence', 'start', 'end', 'date', 'summary', 'confidence', 'rule', 'text'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: flattened, defused, quoted when needed. */
export function csvCell(value: unknown): string {
  let s = flatten(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Arrays joined with "; ", a date as its value, money as its text. */
function flatten(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(flatten).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return flatten('value' in o && typeof o.value !== 'object' ? o.value : (o.text ?? JSON.stringify(o)));
  }
  return String(value);
}

/** The kind columns for a set of kinds: each field once, in kind order. */
export function kindColumns(kinds: readonly FactKind[]): string[] {
  const columns: string[] = [];
  for (const k of kinds) for (const field of KIND_FIELDS[k]) if (!columns.includes(field) && field !== 'date') columns.push(field);
  return columns;
}

/** A document's facts as CSV rows, in the columns of `kinds`. */
export function csvDocument(kinds: readonly FactKind[], explain = false): DocumentSerializer {
  const extra = kindColumns(kinds);
  return (facts) => {
    let chunk = '';
    for (const f of facts) {
      const record = f as unknown as Record<string, unknown>;
      const base = [f.id, f.kind, f.doc, f.sentence, f.start, f.end, factDate(f), summarize(f), f.confidence, f.rule, f.text];
      const why = explain ? [(record.explain as { evidence?: string } | undefined)?.evidence ?? ''] : [];
      chunk += csvRow([...base, ...extra.map((c) => (KIND_FIELDS[f.kind].includes(c) ? record[c] : null)), ...why]);
    }
    return chunk;
  };
}

export function csvWriter(out: Sink, kinds: readonly FactKind[], explain = false): FactWriter & { writeSerialized(chunk: string): void } {
  const document = csvDocument(kinds, explain);
  const writeSerialized = (chunk: string) => {
    if (chunk) out.write(chunk);
  };
  return {
    begin: () => out.write(csvRow([...BASE_COLUMNS, ...kindColumns(kinds), ...(explain ? ['explain'] : [])])),
    write: (facts: readonly Fact[]) => writeSerialized(document(facts)),
    writeSerialized,
    end() {},
  };
}
