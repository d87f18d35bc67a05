// The seed article against its gold, field by field: every required fact
// found with every field right, no forbidden fact, and few facts beyond the
// optional ones.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/pipeline.js';
import type { Fact } from '../src/types.js';

interface GoldFact {
  kind: string;
  [field: string]: unknown;
}
interface Gold {
  doc: string;
  refDate: string;
  required: GoldFact[];
  optional: GoldFact[];
  forbidden: GoldFact[];
  timeline: string[];
}

const root = path.resolve(import.meta.dirname, '..');
const gold: Gold = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/seed-gold.json'), 'utf8'));
const text = fs.readFileSync(path.join(root, gold.doc), 'utf8');
const facts = extractDocument({ id: gold.doc, text });

/** The gold's short form of a field: dates of deals and expansions are compared by value. */
function field(f: Fact, name: string): unknown {
  const v = (f as unknown as Record<string, unknown>)[name];
  if (name === 'date' && v && typeof v === 'object') return (v as { value: string }).value;
  return v;
}
const sameParties = (a: unknown, b: unknown) => JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
function matches(f: Fact, g: GoldFact): boolean {
  if (f.kind !== g.kind) return false;
  for (const [k, v] of Object.entries(g)) {
    if (k === 'kind' || k === 'why') continue;
    if (k === 'parties' ? !sameParties(field(f, k), v) : JSON.stringify(field(f, k)) !== JSON.stringify(v)) return false;
  }
  return true;
}
const label = (g: GoldFact) => `${g.kind} ${JSON.stringify(g.text ?? g.name ?? g.market ?? [g.type, g.parties])}`;

describe('the seed article', () => {
  it('infers its reference date from the text', () => {
    const wednesday = facts.find((f) => f.kind === 'date' && f.text === 'Wednesday');
    expect(wednesday).toMatchObject({ value: gold.refDate, relative: true, anchor: gold.refDate });
  });

  for (const g of gold.required) {
    it(`finds ${label(g)} with every field right`, () => {
      const candidates = facts.filter((f) => f.kind === g.kind);
      const found = candidates.find((f) => matches(f, g));
      expect(found, `no ${g.kind} fact matches ${JSON.stringify(g)}`).toBeDefined();
      expect(found!.doc).toBe(gold.doc);
      expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    });
  }

  for (const g of gold.forbidden) {
    it(`does not report ${label(g)}`, () => {
      expect(facts.filter((f) => f.kind === g.kind && ((g.text && f.text.toLowerCase() === String(g.text)) || (g.name && 'name' in f && f.name === g.name)))).toEqual([]);
    });
  }

  it('finds few facts beyond the required and optional ones', () => {
    const expected = [...gold.required, ...gold.optional];
    const extra = facts.filter((f) => !expected.some((g) => g.kind === f.kind && (f.kind === 'deal' ? sameParties(field(f, 'parties'), g.parties) && field(f, 'type') === g.type : matches(f, { kind: g.kind, ...(g.text ? { text: g.text } : {}), ...(g.name ? { name: g.name } : {}), ...(g.market ? { market: g.market } : {}) }))));
    expect(extra.map((f) => `${f.kind}: ${f.text}`)).toEqual([]);
  });

  it('merges the repeated photo captions into one fact with two mentions', () => {
    const caption = facts.find((f) => f.kind === 'date' && f.text === 'July 5, 2017')!;
    expect(caption.mentions.map((m) => m.sentence)).toHaveLength(2);
    const person = facts.find((f) => f.kind === 'person' && f.name === 'Wang Xiang')!;
    expect(person.mentions.length).toBeGreaterThanOrEqual(2);
  });
});
