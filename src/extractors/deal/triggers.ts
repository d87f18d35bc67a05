// One pass over a document's words marks the sentences where each rule
// family has a trigger, so that most sentences cost each rule one lookup.
import type { Doc } from '../../document/document.js';
import {
  ACQUIRE_VERBS, ACQUISITION_NOUNS, AGREEMENT_HEADS, AGREEMENT_TYPES, COOPERATE_VERBS, INVEST_VERBS, MERGE_VERBS, MERGER_NOUNS, OFFER_NOUNS,
  PAY_VERBS, SALE_NOUNS, SELL_VERBS, STAKE_GAIN_VERBS, STAKE_LOSS_VERBS, SUPPLY_VERBS, TAKE_VERBS, TIE_UP_VERBS, LICENSE_VERBS,
} from '../../lexicon/deals.js';

export const Family = { acquire: 1, sale: 2, nominal: 4, stake: 8, merger: 16, agreement: 32, control: 64 } as const;

const WORD_FAMILIES = new Map<string, number>();
const mark = (words: Iterable<string>, family: number) => {
  for (const w of words) WORD_FAMILIES.set(w, (WORD_FAMILIES.get(w) ?? 0) | family);
};
mark(ACQUIRE_VERBS, Family.acquire);
mark(TAKE_VERBS, Family.acquire);
mark(PAY_VERBS, Family.acquire);
mark(SELL_VERBS, Family.sale);
mark(ACQUISITION_NOUNS, Family.nominal);
mark(SALE_NOUNS, Family.nominal);
mark(OFFER_NOUNS, Family.nominal);
mark(['investment', 'investments'], Family.nominal);
mark(STAKE_GAIN_VERBS, Family.stake);
mark(STAKE_LOSS_VERBS, Family.stake);
mark(INVEST_VERBS, Family.stake);
mark(['control'], Family.control);
mark(MERGE_VERBS, Family.merger);
mark(MERGER_NOUNS, Family.merger);
mark(AGREEMENT_HEADS, Family.agreement);
mark(AGREEMENT_TYPES.keys(), Family.agreement);
mark(COOPERATE_VERBS, Family.agreement);
mark(SUPPLY_VERBS, Family.agreement);
mark(TIE_UP_VERBS, Family.agreement);
mark(LICENSE_VERBS, Family.agreement);
mark(['work', 'working', 'worked', 'cross-license', 'cross-licence', 'cross-licensing'], Family.agreement);

interface Scan {
  /** per sentence, the families with a trigger in it */
  marks: Uint8Array;
  /** token indices of "he", "she" and "they", for the party index */
  pronouns: number[];
}
const PRONOUNS = new Set(['he', 'she', 'they']);
const cache = new WeakMap<Doc, Scan>();

export function scan(doc: Doc): Scan {
  let found = cache.get(doc);
  if (found) return found;
  found = { marks: new Uint8Array(doc.sentences.length), pronouns: [] };
  for (const t of doc.tokens) {
    const f = WORD_FAMILIES.get(t.lower);
    if (f) found.marks[t.sentence]! |= f;
    else if (PRONOUNS.has(t.lower)) found.pronouns.push(t.index);
  }
  cache.set(doc, found);
  return found;
}

/** Whether this word (lower case) may trigger a rule of `family`. */
export function isTrigger(lower: string, family: number): boolean {
  return ((WORD_FAMILIES.get(lower) ?? 0) & family) !== 0;
}

/** Whether sentence `s` has a word of the rule family `family`. */
export function sentenceHas(doc: Doc, s: number, family: number): boolean {
  return (scan(doc).marks[s]! & family) !== 0;
}

/** A word a rule pack adds to a family, so that its sentences are read by that family's rules. */
export function addTriggerWord(word: string, family: number): void {
  mark([word], family);
}
