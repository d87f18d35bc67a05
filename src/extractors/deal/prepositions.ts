// Parties introduced by a preposition after the trigger: "from Nokia", "to a
// subsidiary of X", "by the Memphis-based Union Planters Corp", and the owner
// in ", a subsidiary of Y".
import type { Doc } from '../../document/document.js';
import { AGENT_NOUNS } from '../../lexicon/deals.js';
import { ORG_DESCRIPTOR_NOUNS } from '../../lexicon/organizations.js';
import { oneLine, places } from '../../lexicon/places.js';
import { ROLE_HEADS } from '../../lexicon/titles.js';
import { lowerAt } from './clause.js';
import { afterParty, CLAUSE_STOPS, OWNED_NOUNS, type Party, type PartyIndex } from './party-index.js';

/** The party after a preposition in [from, to): "from Nokia", "to a subsidiary of X", "by X's unit". */
export function partyAfter(doc: Doc, index: PartyIndex, words: ReadonlySet<string>, from: number, to: number): Party | undefined {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (CLAUSE_STOPS.has(t.text)) return undefined;
    if (!words.has(t.lower)) continue;
    // "following approval by Ranco shareholders", "subject to clearance from regulators": the preposition is the noun's, not the deal's
    // ("sold three properties ..., according to James Capel": who tells of a deal is no side of it)
    if (k > 0 && (AGENT_NOUNS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'subject' || tokens[k - 1]!.lower === 'according')) continue;
    let j = skipPremodifiers(doc, index, k + 1, to);
    // "to a subsidiary of X", "by a group led by X"
    if (j + 1 < to && OWNED_NOUNS.has(tokens[j]!.lower) && tokens[j + 1]!.lower === 'of') j = skipPremodifiers(doc, index, j + 2, to);
    const p = index.startAt[j];
    if (p) return p;
  }
  return undefined;
}

/** "Air U.K. Ltd, a subsidiary of British and Commonwealth Shipping Plc": the owner, who sells. */
export function ownerInApposition(doc: Doc, index: PartyIndex, after: number, limit: number): Party | undefined {
  const tokens = doc.tokens;
  if (tokens[after]?.text !== ',' || after + 3 >= limit) return undefined;
  let k = after + 1;
  if (['a', 'an', 'the'].includes(tokens[k]!.lower)) k++;
  // "a wholly owned subsidiary of", "its 86 pct owned affiliate"
  while (k < limit - 2 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'NUM' || tokens[k]!.lower === 'owned' || tokens[k]!.lower === 'pct' || tokens[k]!.text === '%' || tokens[k]!.text === '-') && !index.startAt[k]) k++;
  if (!OWNED_NOUNS.has(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'of') return undefined;
  const p = index.startAt[k + 2];
  return p && !p.reference ? p : undefined;
}

const DESCRIBING_NOUNS = new Set(['investor', 'investors', 'financier', 'businessman', 'industrialist', 'developer', 'raider', 'entrepreneur', 'publisher', 'magnate', 'tycoon']);
const PREMODIFIERS = new Set(['<', 'the', 'a', 'an', 'privately', 'publicly', 'closely', 'held', 'owned', 'based', '-', 'wholly', 'newly', 'formed']);

/** Past "the", "privately held", "Dallas-based" to where a name may start. */
export function skipPremodifiers(doc: Doc, index: PartyIndex, i: number, to: number): number {
  let j = i;
  for (let n = 0; n < 8 && j < to; n++) {
    const t = doc.tokens[j]!;
    const p = index.startAt[j];
    if (p) {
      // "the Memphis-based Union Planters Corp", "New York investor Martin T. Sosnoff": a place or a description before the name
      const after = afterParty(doc, p);
      if (lowerAt(doc, after) === '-' && lowerAt(doc, after + 1) === 'based') j = after + 2;
      else if (DESCRIBING_NOUNS.has(lowerAt(doc, after)) && index.startAt[after + 1]) j = after + 1;
      else break;
      continue;
    }
    // "to rival Didi Chuxing", "to private equity firm CVC", "of Dutch electronics group Van Dijk NV": a description before the name
    const described = Math.max(describedParty(doc, index, j, to), pastDescription(doc, index, j, to));
    if (described > j) {
      j = described;
      break;
    }
    // a place's name before "-based" is not a party, so it is not in the index
    // ("the small but cash-rich Pacific Western Airlines Corp": adjectives joined by a conjunction or a hyphen)
    const joinsAdjectives = (t.lower === 'but' || t.lower === 'and') && doc.tokens[j - 1]?.pos === 'ADJ' && j > i;
    const compound = t.text === '-' && j > i && doc.tokens[j - 1]!.end === t.start && t.end === doc.tokens[j + 1]?.start;
    if (PREMODIFIERS.has(t.lower) || t.pos === 'ADJ' || ROLE_HEADS.has(t.lower) || (isCapitalized(t.text) && doc.tokens[j + 1]?.text === '-') || joinsAdjectives || compound || (/^[a-z]+$/.test(t.text) && doc.tokens[j + 1]?.text === '-' && doc.tokens[j + 1]!.start === t.end)) j++;
    else break;
  }
  return j;
}
const isCapitalized = (text: string) => /^\p{Lu}/u.test(text);

/** Where a place's name or adjective of up to three words ending at token `end` starts ("South Korean", "Abu Dhabi"); else -1. */
export function placeEndingAt(doc: Doc, end: number): number {
  if (end < 0 || !/^\p{Lu}/u.test(doc.tokens[end]!.text)) return -1;
  const lex = places();
  for (let from = Math.max(0, end - 2); from <= end; from++) {
    const text = oneLine(doc.text.slice(doc.tokens[from]!.start, doc.tokens[end]!.end));
    if (lex.byName.has(text) || lex.byAdjective.has(text)) return from;
  }
  return -1;
}

/** Where a place's name or adjective of up to three words starting at token `k` ends (exclusive); else -1. */
function placeStartingAt(doc: Doc, k: number, limit: number): number {
  if (!/^\p{Lu}/u.test(doc.tokens[k]!.text)) return -1;
  const lex = places();
  for (let end = Math.min(limit, k + 3) - 1; end >= k; end--) {
    const text = oneLine(doc.text.slice(doc.tokens[k]!.start, doc.tokens[end]!.end));
    if (lex.byName.has(text) || lex.byAdjective.has(text)) return end + 1;
  }
  return -1;
}

/** Where the name after a description starting at `i` begins ("Chinese drugmaker Zhejiang ...", "Britain's Arm"); else `i`. */
export function pastDescription(doc: Doc, index: PartyIndex, i: number, limit: number): number {
  let k = i;
  for (let n = 0; n < 6 && k < limit && !index.startAt[k]; n++) {
    const t = doc.tokens[k]!;
    const placeEnd = placeStartingAt(doc, k, limit);
    // "Shanghai-based retailer", "black-owned": a word glued to "-based" or "-owned" describes
    const glued = (at: number) => doc.tokens[at]?.text === '-' && /^(?:based|owned|listed|backed|run)$/.test(doc.tokens[at + 1]?.lower ?? '') ? at + 2 : at;
    if (placeEnd > k) k = glued(placeEnd + (doc.tokens[placeEnd]?.text === "'s" || doc.tokens[placeEnd]?.text === '’s' ? 1 : 0));
    else if (glued(k + 1) > k + 1) k = glued(k + 1);
    else if (/^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ')) k++;
    // "data-centre operator": a hyphen inside a lower-case compound
    else if (t.text === '-' && k > i && /^\p{Ll}/u.test(doc.tokens[k + 1]?.text ?? '')) k++;
    else break;
  }
  // a name, not a pronoun: "to a buyer it did not name" names no one
  return k > i && index.startAt[k] && !index.startAt[k]!.reference ? k : i;
}

/**
 * Where a party starts after up to three lower-case words of any part of
 * speech ending in a noun for a company ("to record giant BMG", "to state oil
 * firm Rosneft": wink tags "record" and "state" as verbs); else `i`.
 */
function describedParty(doc: Doc, index: PartyIndex, i: number, to: number): number {
  for (let k = i; k < to && k < i + 3; k++) {
    const t = doc.tokens[k]!;
    if (t.text !== t.lower || !/^\p{Ll}/u.test(t.text)) return i;
    const named = index.startAt[k + 1];
    // a name, not a pronoun: "to a buyer it did not name" names no one
    if ((ORG_DESCRIPTOR_NOUNS.has(t.lower) || t.lower === 'rival' || t.lower === 'investor') && named && !named.reference) return k + 1;
  }
  return i;
}

export const FROM = new Set(['from']);
export const TO = new Set(['to']);
export const BY = new Set(['by']);
