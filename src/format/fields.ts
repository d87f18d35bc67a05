// The fields of each kind, in column order. Typed as records over the kind's
// field names, so adding a field to a fact type without a column here fails
// to compile.
import type { DateFields, DealFields, ExpansionFields, Fact, FactKind, PersonFields } from '../types.js';

const DEAL: Record<keyof DealFields, number> = { type: 0, parties: 1, acquirer: 2, target: 3, seller: 4, object: 5, value: 6, status: 7, date: 8 };
const PERSON: Record<keyof PersonFields, number> = { name: 0, title: 1, roles: 2, org: 3 };
const DATE: Record<keyof DateFields, number> = { type: 0, value: 1, granularity: 2, relative: 3, anchor: 4 };
const EXPANSION: Record<keyof ExpansionFields, number> = { company: 0, market: 1, marketCode: 2, status: 3, date: 4 };

const ordered = (r: Record<string, number>) => Object.keys(r).sort((a, b) => r[a]! - r[b]!);

export const KIND_FIELDS: Record<FactKind, string[]> = {
  deal: ordered(DEAL),
  person: ordered(PERSON),
  date: ordered(DATE),
  expansion: ordered(EXPANSION),
};

/** The value of a fact's dated column: a deal's or expansion's date, a date fact's own value. */
export function factDate(f: Fact): string | null {
  switch (f.kind) {
    case 'date':
      return f.value;
    case 'deal':
    case 'expansion':
      return f.date?.value ?? null;
    case 'person':
      return null;
  }
}
