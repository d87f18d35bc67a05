// The extractors, one per fact kind, in the order their facts are listed.
import type { FactKind } from '../types.js';
import { dateExtractor } from './date/index.js';
import { dealExtractor } from './deal/index.js';
import { expansionExtractor } from './expansion/index.js';
import { personExtractor } from './person/index.js';
import type { Extractor } from './rule.js';

export const EXTRACTORS: Record<FactKind, Extractor> = {
  deal: dealExtractor as Extractor,
  person: personExtractor as Extractor,
  date: dateExtractor as Extractor,
  expansion: expansionExtractor as Extractor,
};

export function extractorsFor(kinds: readonly FactKind[]): Extractor[] {
  return kinds.map((k) => EXTRACTORS[k]);
}

/** Every rule's description by its id, for --explain. */
export const RULE_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(Object.values(EXTRACTORS).flatMap((e) => [...e.rules, ...(e.documentRules ?? [])].map((r) => [r.id, r.description] as [string, string])));
