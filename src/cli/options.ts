// Checking what the user typed, before any input is read.
import { FORMATS, type Format } from '../format/writer.js';
import { FACT_KINDS, type FactKind } from '../types.js';

export class UsageError extends Error {}

export function parseKinds(value: string): FactKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  if (!kinds.length) throw new UsageError(`--kinds needs at least one of: ${FACT_KINDS.join(', ')}`);
  for (const k of kinds) {
    if (!(FACT_KINDS as readonly string[]).includes(k)) throw new UsageError(`unknown kind "${k}" in --kinds (expected ${FACT_KINDS.join(', ')})`);
  }
  // facts are always listed in the contract's kind order
  return FACT_KINDS.filter((k) => kinds.includes(k));
}

export function parseFormat(value: string): Format {
  const f = value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${value}" (expected ${FORMATS.join(', ')})`);
  return f as Format;
}

export function parseRefDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value;
  }
  throw new UsageError(`--ref-date "${value}" is not a calendar date in the form YYYY-MM-DD`);
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs "${value}" is not a whole number from 1 to 256`);
  return n;
}
