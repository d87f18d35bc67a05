// Decides whether each name is an organization, a person or a place, from the
// evidence of all its mentions in the document: one "Nokia Oyj" or one
// "Nokia said it" makes every "Nokia" an organization.
import type { Doc, Token } from '../document/document.js';
import { KNOWN_ORGANIZATIONS, LEGAL_SUFFIXES, ORG_DESCRIPTOR_NOUNS, ORG_HEAD_WORDS } from '../lexicon/organizations.js';
import { GIVEN_NAMES, NAME_SUFFIXES, SPEECH_VERBS } from '../lexicon/people.js';
import { places, type Place } from '../lexicon/places.js';
import { ROLE_CANON, ROLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { isAcronym, type NameChunk } from './names.js';

export type EntityType = 'org' | 'person' | 'place' | 'other';

export interface Evidence {
  org: number;
  person: number;
  place: number;
}

const stripDot = (s: string) => s.replace(/\.$/, '');
export const isLegalSuffix = (word: string): boolean => LEGAL_SUFFIXES.has(stripDot(word.toLowerCase()));

/** The name without legal suffixes: the key under which mentions of one organization meet. */
export function nameKey(text: string): string {
  const words = text.split(/\s+/);
  while (words.length > 1 && isLegalSuffix(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

export function lookupPlace(text: string): Place | undefined {
  const lex = places();
  return lex.byName.get(text) ?? lex.byName.get(text.replace(/\.$/, ''));
}

/** "Chinese" → China, "Middle Eastern" → Middle East */
export function lookupPlaceAdjective(text: string): Place | undefined {
  return places().byAdjective.get(text);
}

const ORG_CONTEXT_BEFORE = new Set(['shares', 'stake', 'unit', 'subsidiary', 'division', 'acquire', 'acquired', 'acquisition', 'bought', 'buy', 'merger', 'rival', 'stock']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const ORG_PRONOUNS_AFTER_SAID = new Set(['it', 'its']);

const tok = (doc: Doc, i: number, sentence: number): Token | undefined => {
  const t = doc.tokens[i];
  return t && t.sentence === sentence ? t : undefined;
};

/** The evidence one mention gives, from its own shape and its neighbours. */
export function mentionEvidence(doc: Doc, c: NameChunk): Evidence {
  const e: Evidence = { org: 0, person: 0, place: 0 };
  const words = doc.tokens.slice(c.tokenStart, c.tokenEnd);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const lastLower = stripDot(last.lower);

  if (lookupPlace(c.text) || lookupPlaceAdjective(c.text)) e.place += 5;
  if (KNOWN_ORGANIZATIONS.has(c.text) || KNOWN_ORGANIZATIONS.has(nameKey(c.text))) e.org += 10;
  if (words.length > 1 && isLegalSuffix(last.text)) e.org += 5;
  else if (ORG_HEAD_WORDS.has(lastLower) && words.length > 1) e.org += 3;
  else if (ORG_HEAD_WORDS.has(lastLower)) e.org += 1;
  if (words.length === 1 && isAcronym(first.text) && !lookupPlace(first.text)) e.org += 1;
  if (words.some((w) => w.text === '&')) e.org += 2;

  if (c.honorific) e.person += 6;
  if (c.titleBefore) e.person += 3;
  if (words.length >= 2 && GIVEN_NAMES.has(first.lower)) e.person += 2.5;
  if (words.length >= 2 && words.slice(1, -1).some((w) => /^\p{Lu}\.$/u.test(w.text))) e.person += 2.5;
  if (words.length >= 2 && NAME_SUFFIXES.has(last.lower)) e.person += 3;

  const before = tok(doc, c.tokenStart - 1, c.sentence);
  const before2 = tok(doc, c.tokenStart - 2, c.sentence);
  const after = tok(doc, c.tokenEnd + (c.possessive ? 1 : 0), c.sentence);
  const after2 = tok(doc, c.tokenEnd + (c.possessive ? 2 : 1), c.sentence);

  // ticker: "Nokia Oyj (NOK)"
  if (after?.text === '(' && after2 && /^[A-Z]{1,5}$/.test(after2.text) && tok(doc, c.tokenEnd + 2, c.sentence)?.text === ')') e.org += 3;

  // "X said it" / "X said he"
  if (after && SPEECH_VERBS.has(after.lower) && after2) {
    if (ORG_PRONOUNS_AFTER_SAID.has(after2.lower)) e.org += 2;
    if (PERSON_PRONOUNS.has(after2.lower)) e.person += 2;
  }
  // "said John Smith" (two or more words: organizations say things too)
  if (before && SPEECH_VERBS.has(before.lower) && words.length >= 2 && !c.possessive) e.person += 1;

  // a lower-case title right before: "chief executive Rajeev Suri", "chairman Tony O'Reilly"
  if (before && !c.titleBefore && isTitleTokenLower(before) && words.length >= 2) e.person += 3;

  // apposition: "Xiaomi, the Chinese smartphone maker," / "Rajeev Suri, the president and CEO of Nokia"
  if (after?.text === ',' && !c.possessive) {
    const kind = appositionKind(doc, c.tokenEnd + 1, c.sentence);
    if (kind === 'org') e.org += 3;
    if (kind === 'person') e.person += words.length >= 2 ? 3 : 1;
  }
  // "X's chief executive", "X's shares"
  if (c.possessive && after) {
    if (isTitleTokenLower(after) || (after2 && isTitleTokenLower(after2) && TITLE_MODIFIERS.has(after.lower))) e.org += 2;
    if (['shares', 'stock', 'board', 'subsidiary', 'unit', 'stake', 'offer', 'bid', 'earnings', 'profit', 'sales', 'revenue', 'chief', 'parent', 'acquisition', 'purchase', 'takeover', 'shareholders'].includes(after.lower)) e.org += 1.5;
  }
  // "manager of X", "analyst at X": what a title belongs to
  if (before && ['of', 'at', 'for'].includes(before.lower) && before2 && isTitleTokenLower(before2)) e.org += 2;
  // "shares of X", "a stake in X", "unit of X"
  if (before && (before.lower === 'of' || before.lower === 'in') && before2 && ORG_CONTEXT_BEFORE.has(before2.lower)) e.org += 1.5;
  if (before && ORG_CONTEXT_BEFORE.has(before.lower) && ['acquire', 'acquired', 'bought', 'buy'].includes(before.lower)) e.org += 1;
  // "makers such as Apple and Samsung": a list after an organization noun
  if (listAfterOrgNoun(doc, c)) e.org += 2.5;
  // "telecoms firm Eircom", "US media giant TimeWarner", "search-engine Google"
  if (before && before.text === before.lower && ORG_DESCRIPTOR_NOUNS.has(before.lower) && !c.honorific) e.org += 2.5;
  return e;
}

function isTitleTokenLower(t: Token): boolean {
  return t.text === t.lower && (ROLE_HEADS.has(t.lower) || t.lower in ROLE_CANON);
}

/** What an apposition after a name says it is: "the president of", "a unit of", "the Chinese smartphone maker". */
function appositionKind(doc: Doc, i: number, sentence: number): 'org' | 'person' | null {
  let k = i;
  const first = tok(doc, k, sentence);
  if (first && ['the', 'a', 'an', 'its', 'their'].includes(first.lower)) k++;
  // look along the noun phrase for its head, up to a few words
  for (let n = 0; n < 7; n++, k++) {
    const t = tok(doc, k, sentence);
    if (!t || t.text === ',' || t.pos === 'VERB' || t.lower === 'of' || t.lower === 'at' || t.lower === 'who' || t.lower === 'which') {
      const head = tok(doc, k - 1, sentence);
      if (!head || k === i) return null;
      if (isTitleTokenLower(head) || head.lower === 'ceo' || head.lower === 'cfo') return 'person';
      if (ORG_DESCRIPTOR_NOUNS.has(head.lower)) return 'org';
      return null;
    }
    if (t.lower === 'ceo' || t.lower === 'cfo' || t.lower === 'coo') return 'person';
  }
  return null;
}

function listAfterOrgNoun(doc: Doc, c: NameChunk): boolean {
  // walk back over "X, Y and" to "such as" / "like" / "including" preceded by an organization noun
  let k = c.tokenStart - 1;
  for (let n = 0; n < 12 && k > doc.sentences[c.sentence]!.tokenStart; n++, k--) {
    const t = doc.tokens[k]!;
    if (t.lower === 'as' && doc.tokens[k - 1]?.lower === 'such') return ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 2]?.lower ?? '') || isOrgPlural(doc.tokens[k - 2]);
    if (t.lower === 'like' || t.lower === 'including') return ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 1]?.lower ?? '') || isOrgPlural(doc.tokens[k - 1]);
    if (!(t.text === ',' || t.lower === 'and' || t.lower === 'or' || /^\p{Lu}/u.test(t.text))) return false;
  }
  return false;
}
const isOrgPlural = (t: Token | undefined) => !!t && /(makers|manufacturers|companies|firms|rivals|banks|carriers|brands|retailers)$/.test(t.lower);

/** The class a key gets from the sum of its mentions' evidence. */
export function decide(e: Evidence): EntityType {
  const best = Math.max(e.org, e.person, e.place);
  if (best < 1.5) return 'other';
  if (e.place === best) return 'place';
  if (e.person === best) return 'person';
  return 'org';
}
