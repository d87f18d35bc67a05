// Rule packs: words added without code. A JSON file may add deal words and
// their type, titles and their canonical roles, organization aliases, and
// market names with their country codes:
//
//   {
//     "dealWords": { "snapped": "acquisition", "tie-up": "partnership" },
//     "titles": { "chief people officer": "chief people officer" },
//     "organizations": { "Big Blue": "IBM" },
//     "markets": { "Kurdistan": null, "Hong Kong SAR": "HK" }
//   }
//
// A bad file is refused whole, with the path of the first bad entry.
import fs from 'node:fs';
import { ACQUIRE_VERBS, AGREEMENT_TYPES, INVEST_VERBS, MERGE_VERBS, PAST_FORMS, SELL_VERBS } from '../lexicon/deals.js';
import { addOrganization } from '../lexicon/organizations.js';
import { addPlace } from '../lexicon/places.js';
import { addTitle } from '../lexicon/titles.js';
import { addTriggerWord, Family } from '../extractors/deal/triggers.js';
import type { DealType } from '../types.js';

/** What a deal word can name: the verbs of taking over and selling, and the nouns of agreements. */
export const DEAL_WORD_TYPES = ['acquisition', 'sale', 'merger', 'investment', 'license', 'cross-license', 'collaboration', 'partnership', 'joint-venture', 'supply', 'agreement'] as const;
export type DealWordType = (typeof DEAL_WORD_TYPES)[number];

export interface RulePack {
  dealWords: Record<string, DealWordType>;
  titles: Record<string, string>;
  organizations: Record<string, string>;
  markets: Record<string, string | null>;
}

export class RulePackError extends Error {}

const SECTIONS = ['dealWords', 'titles', 'organizations', 'markets'] as const;
const ISO_ALPHA2 = /^[A-Z]{2}$/;

/** Checks a parsed rule pack; the error names the file and the path of the bad entry. */
export function validateRulePack(value: unknown, source: string): RulePack {
  const fail = (path: string, message: string): never => {
    throw new RulePackError(`${source}: ${path}: ${message}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('$', 'a rule pack is a JSON object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!(SECTIONS as readonly string[]).includes(key)) fail(`$.${key}`, `unknown section (expected ${SECTIONS.join(', ')})`);
  const pack: RulePack = { dealWords: {}, titles: {}, organizations: {}, markets: {} };
  for (const section of SECTIONS) {
    const entries = record[section];
    if (entries === undefined) continue;
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) fail(`$.${section}`, 'must be an object of "word": value');
    for (const [key, v] of Object.entries(entries as Record<string, unknown>)) {
      const at = `$.${section}[${JSON.stringify(key)}]`;
      if (!key.trim()) fail(at, 'the word is empty');
      switch (section) {
        case 'dealWords':
          if (/\s/.test(key.trim())) fail(at, 'a deal word is one word (give each form: "snaps", "snapped")');
          if (typeof v !== 'string' || !(DEAL_WORD_TYPES as readonly string[]).includes(v)) fail(at, `${JSON.stringify(v)} is not one of ${DEAL_WORD_TYPES.join(', ')}`);
          pack.dealWords[key.trim().toLowerCase()] = v as DealWordType;
          break;
        case 'titles':
          if (typeof v !== 'string' || !v.trim()) fail(at, 'the canonical role must be a non-empty string');
          pack.titles[key] = v as string;
          break;
        case 'organizations':
          if (typeof v !== 'string' || !v.trim()) fail(at, 'the canonical name must be a non-empty string');
          pack.organizations[key.trim()] = (v as string).trim();
          break;
        case 'markets':
          if (v !== null && (typeof v !== 'string' || !ISO_ALPHA2.test(v))) fail(at, `${JSON.stringify(v)} is not an ISO 3166-1 alpha-2 code (like "IN") or null for a region`);
          pack.markets[key.trim()] = v as string | null;
          break;
      }
    }
  }
  return pack;
}

/** The verb lexicons and the rule families that read them, by the deal a verb names; other types are agreement nouns. */
const VERB_WORDS = {
  acquisition: [ACQUIRE_VERBS, Family.acquire],
  sale: [SELL_VERBS, Family.sale],
  merger: [MERGE_VERBS, Family.merger],
  investment: [INVEST_VERBS, Family.stake],
} as const;

/** Adds a pack's words to the lexicons of this process. */
export function applyRulePack(pack: RulePack): void {
  for (const [word, type] of Object.entries(pack.dealWords)) {
    // a verb's -ed form tells of a deal done
    if (type in VERB_WORDS && word.endsWith('ed')) PAST_FORMS.add(word);
    const verbs = VERB_WORDS[type as keyof typeof VERB_WORDS];
    if (verbs) {
      verbs[0].add(word);
      addTriggerWord(word, verbs[1]);
    } else {
      (AGREEMENT_TYPES as Map<string, DealType>).set(word, type as DealType);
      addTriggerWord(word, Family.agreement);
    }
  }
  for (const [phrase, role] of Object.entries(pack.titles)) addTitle(phrase, role);
  for (const [alias, canonical] of Object.entries(pack.organizations)) addOrganization(alias, canonical);
  for (const [name, code] of Object.entries(pack.markets)) addPlace(name, code);
}

/** Reads, checks and applies a rule-pack file. */
export function loadRulePack(file: string): RulePack {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new RulePackError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new RulePackError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const pack = validateRulePack(parsed, file);
  applyRulePack(pack);
  return pack;
}
