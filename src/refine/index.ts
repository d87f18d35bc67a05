// After the extractors: provenance stamped, organization names made
// canonical, deals and expansions given their dates, identical facts merged,
// and a person's posts at one organization made one fact.
import type { Doc } from '../document/document.js';
import type { Entities } from '../entities/entities.js';
import { stamp } from '../extractors/engine.js';
import type { Reported } from '../extractors/rule.js';
import type { Fact } from '../types.js';
import { attachDates } from './attach-dates.js';
import { canonicalizeOrganizations } from './canonical-names.js';
import { mergeIdentical } from './merge.js';
import { mergePosts } from './merge-posts.js';

export function refine(doc: Doc, entities: Entities, reported: Reported[]): Fact[] {
  const facts = reported.map((r) => stamp(doc, r));
  canonicalizeOrganizations(facts, entities);
  attachDates(doc, facts);
  const merged = mergePosts(mergeIdentical(doc, facts));
  return merged.sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

const KIND_ORDER = { deal: 0, person: 1, date: 2, expansion: 3 } as const;
