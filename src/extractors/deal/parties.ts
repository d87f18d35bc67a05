// Who and what a deal is about, read off the tokens around its trigger: the
// subject to the left ("X said it agreed to buy"), the object to the right
// ("all the shares of Y", "patent assets", "its pipeline operations") and the
// parties after "from", "to", "by", "with".
import type { Doc } from '../../document/document.js';
import { lowerAt } from './clause.js';
import { scan } from './triggers.js';
import type { Entities } from '../../entities/entities.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { AUTHORITY_HEADS } from '../../lexicon/organizations.js';
import { ROLE_HEADS } from '../../lexicon/titles.js';
import { BUSINESS_HEADS, EQUITY_NOUNS, MARKET_GOODS, OBJECT_ENDERS, OBJECT_OPENERS, PART_NOUNS } from '../../lexicon/deals.js';
import { SCALE_WORDS } from '../../lexicon/money.js';
import { moneyAt } from './money.js';

export interface Party {
  /** canonical organization names: one, or several for "the two companies" */
  names: string[];
  /** the phrase, without a possessive 's */
  tokenStart: number;
  tokenEnd: number;
  possessive: boolean;
  /** "it", "the company": resolved by coreference */
  reference: boolean;
  /** a reference whose antecedent is not earlier in the same sentence */
  distant: boolean;
  /** classified as an organization (not merely a capitalized name) */
  certain: boolean;
  /** a person (an investor buying shares), named or as "he"/"she" */
  person: boolean;
}

/** Every party of a document indexed by its first and by its last token, built once per document. */
export interface PartyIndex {
  startAt: Array<Party | undefined>;
  /** keyed by the last token of the phrase, counting a possessive 's */
  endAt: Array<Party | undefined>;
}

export interface Asset {
  text: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface DealObject {
  /** "bank bills", "four mln tonnes of wheat": market goods, so no deal */
  goods?: boolean;
  party?: Party;
  asset?: Asset;
  /** "the corn milling business of CPC International Inc": whose the asset was */
  owner?: Party;
  /** "its Clayton steel plate mill": the possessive reference the object opened with */
  possessor?: Party;
  /** token after the object phrase */
  end: number;
}

const cache = new WeakMap<Doc, PartyIndex>();

/** Words after "X's" that make X the one acting: "X's unit agreed to buy", "X's bid to acquire". */
const OWNED_NOUNS = new Set([
  'unit', 'units', 'subsidiary', 'subsidiaries', 'affiliate', 'affiliates', 'division', 'arm', 'parent', 'bid', 'offer', 'plan', 'plans',
  'board', 'management', 'agreement', 'decision', 'attempt', 'effort', 'proposal', 'venture', 'group',
]);
const PREPOSITIONS = new Set(['of', 'with', 'from', 'to', 'for', 'by', 'in', 'at', 'on', 'into', 'than', 'against', 'between', 'about', 'over', 'under', 'like', 'as', 'including', 'among', 'via', 'through', 'after', 'before']);
const CLAUSE_STOPS = new Set([';', ':', '--', '—', '(', ')']);
const SUBJECT_WINDOW = 40;
const OBJECT_WINDOW = 16;
const ASSET_MAX = 12;
const isPossessiveMarker = (text: string) => text === "'s" || text === '’s' || text === "'" || text === '’';

/** The token after a party's phrase and its possessive marker. */
export function afterParty(doc: Doc, p: Party): number {
  return p.tokenEnd + (p.possessive && isPossessiveMarker(doc.tokens[p.tokenEnd]?.text ?? '') ? 1 : 0);
}

export function partyIndex(doc: Doc, entities: Entities): PartyIndex {
  let index = cache.get(doc);
  if (index) return index;
  const n = doc.tokens.length;
  index = { startAt: new Array(n), endAt: new Array(n) };
  const seenInSentence = new Map<number, Set<string>>();
  const put = (p: Party) => {
    index!.startAt[p.tokenStart] = p;
    index!.endAt[p.tokenEnd - 1 + (p.possessive && isPossessiveMarker(doc.tokens[p.tokenEnd]?.text ?? '') ? 1 : 0)] = p;
  };
  let mi = 0;
  let ri = 0;
  const { mentions, references } = entities;
  resolvePronouns(doc, mentions, put);
  // one walk over mentions and references in document order
  while (mi < mentions.length || ri < references.length) {
    const m = mentions[mi];
    const r = references[ri];
    if (m && (!r || m.tokenStart <= r.tokenStart)) {
      mi++;
      if (m.type === 'place' || isAuthority(m.name)) continue;
      if (m.type === 'person') {
        put({ names: [m.name], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, possessive: m.possessive, reference: false, distant: false, certain: false, person: true });
        continue;
      }
      const sentenceStart = doc.sentences[m.sentence]!.tokenStart;
      if (m.type === 'other' && m.tokenEnd - m.tokenStart === 1 && (m.tokenStart === sentenceStart || m.surface.length < 2)) continue;
      const name = m.name.replace(/\s+/g, ' ');
      let seen = seenInSentence.get(m.sentence);
      if (!seen) seenInSentence.set(m.sentence, (seen = new Set()));
      seen.add(name);
      put({ names: [name], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, possessive: m.possessive, reference: false, distant: false, certain: m.type === 'org', person: false });
    } else if (r) {
      ri++;
      if (r.names.some(isAuthority)) continue;
      const seen = seenInSentence.get(r.sentence);
      const distant = !seen || !r.names.some((x) => seen.has(x));
      put({ names: r.names, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, possessive: r.possessive, reference: true, distant, certain: true, person: false });
    }
  }
  cache.set(doc, index);
  return index;
}

const isAuthority = (name: string) => AUTHORITY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());

/**
 * "Greenblatt said he bought": "he" and "she" stand for the last person named
 * in this or the previous sentence; "X and Y said they agreed to merge": "they"
 * for the pair named earlier in the sentence. Visits only the pronouns.
 */
function resolvePronouns(doc: Doc, mentions: Entities['mentions'], put: (p: Party) => void): void {
  let mi = 0;
  let person: { name: string; sentence: number } | undefined;
  let pair: { names: string[]; sentence: number } | undefined;
  let previous: Entities['mentions'][number] | undefined;
  for (const at of scan(doc).pronouns) {
    const t = doc.tokens[at]!;
    while (mi < mentions.length && mentions[mi]!.tokenStart < at) {
      const m = mentions[mi++]!;
      if (m.type === 'person') person = { name: m.name, sentence: m.sentence };
      if (m.type !== 'org') continue;
      if (previous && previous.sentence === m.sentence && previous.tokenEnd + 1 === m.tokenStart && (doc.tokens[previous.tokenEnd]!.lower === 'and' || doc.tokens[previous.tokenEnd]!.text === '&')) {
        pair = { names: [previous.name.replace(/\s+/g, ' '), m.name.replace(/\s+/g, ' ')], sentence: m.sentence };
      }
      previous = m;
    }
    if (t.lower === 'they') {
      if (pair && pair.sentence === t.sentence) put({ names: pair.names, tokenStart: at, tokenEnd: at + 1, possessive: false, reference: true, distant: false, certain: true, person: false });
    } else if (person && t.sentence - person.sentence <= 1) {
      put({ names: [person.name], tokenStart: at, tokenEnd: at + 1, possessive: false, reference: true, distant: t.sentence !== person.sentence, certain: false, person: true });
    }
  }
}

export interface Subject {
  parties: Party[];
  /** "reached agreement with X to acquire": the other side named on the way */
  counterpart?: Party;
  /** the nearest company passed on the way as a prepositional object ("the board of Fleet Financial Group") */
  passed?: Party;
}

/**
 * The subject of the clause that ends right before token `trigger`: the
 * nearest party to the left that is not the object of a preposition, with
 * its conjuncts ("it and VMS Realty Partners").
 */
export function findSubject(doc: Doc, index: PartyIndex, trigger: number, sentenceStart: number): Subject | undefined {
  const tokens = doc.tokens;
  let counterpart: Party | undefined;
  let passed: Party | undefined;
  for (let k = trigger - 1, steps = 0; k >= sentenceStart && steps < SUBJECT_WINDOW; steps++) {
    const t = tokens[k]!;
    // "told the Securities and Exchange Commission (SEC) it bought": a short parenthesis is read through
    if (t.text === ')') {
      let open = k - 1;
      while (open > sentenceStart && k - open < 6 && tokens[open]!.text !== '(') open--;
      if (open >= sentenceStart && tokens[open]!.text === '(' && k - open < 6) {
        k = open - 1;
        continue;
      }
    }
    if (CLAUSE_STOPS.has(t.text)) return counterpart || passed ? { parties: [], counterpart, passed } : undefined;
    // "County Ltd, which is acting with Tesco Plc in its bid, has purchased": skip the relative clause
    if (t.text === ',') {
      const relative = relativeClauseStart(doc, k, sentenceStart);
      if (relative >= 0) {
        k = relative - 2;
        continue;
      }
    }
    const p = index.endAt[k];
    if (!p) {
      k--;
      continue;
    }
    const before = p.tokenStart > sentenceStart ? tokens[p.tokenStart - 1]! : undefined;
    const after = tokens[afterParty(doc, p)];
    if (before && PREPOSITIONS.has(before.lower) && !(before.lower === 'for' && after?.lower === 'to')) {
      if (before.lower === 'with' && !counterpart) counterpart = p;
      if (!passed && !p.person) passed = p;
      k = p.tokenStart - 1;
      continue;
    }
    if (p.possessive && !(after && OWNED_NOUNS.has(after.lower)) && !(after && index.startAt[after.index])) {
      k = p.tokenStart - 1;
      continue;
    }
    // "Federal Industries Ltd's Russelsteel Inc unit": the parent acts
    let head = p;
    const owner = p.tokenStart - 1 > sentenceStart ? index.endAt[p.tokenStart - 1] : undefined;
    if (owner && owner.possessive && !owner.reference) head = owner;
    const parties = [head];
    let s = head.tokenStart;
    while (s - 2 >= sentenceStart && (tokens[s - 1]!.lower === 'and' || tokens[s - 1]!.text === '&' || tokens[s - 1]!.text === ',')) {
      const q = index.endAt[s - 2] ?? conjunctBeforeApposition(doc, index, s - 2, sentenceStart);
      if (!q || q.possessive) break;
      parties.unshift(q);
      s = q.tokenStart;
    }
    return { parties, counterpart, passed };
  }
  return counterpart || passed ? { parties: [], counterpart, passed } : undefined;
}

/** For a comma that closes ", which ... ,", the index of "which"/"who"; else -1. */
function relativeClauseStart(doc: Doc, comma: number, sentenceStart: number): number {
  for (let k = comma - 1; k > sentenceStart + 1 && comma - k < 30; k--) {
    const w = doc.tokens[k]!;
    if (w.text === ',' || CLAUSE_STOPS.has(w.text)) return -1;
    if ((w.lower === 'which' || w.lower === 'who') && doc.tokens[k - 1]!.text === ',') return k;
  }
  return -1;
}

/** "Xiaomi, the Chinese smartphone maker, and Nokia": the party before an apposition that ends at the comma `comma`. */
function conjunctBeforeApposition(doc: Doc, index: PartyIndex, comma: number, sentenceStart: number): Party | undefined {
  if (doc.tokens[comma]?.text !== ',') return undefined;
  for (let k = comma - 1; k > sentenceStart && comma - k < 9; k--) {
    if (index.endAt[k]) return undefined;
    if (doc.tokens[k]!.text === ',') return index.endAt[k - 1];
  }
  return undefined;
}

/** Parties listed from token `i`: "Apple and Samsung", "A, B and C", after "such as" or "like" too. */
export function partyList(doc: Doc, index: PartyIndex, i: number, limit: number): Party[] {
  const tokens = doc.tokens;
  let k = i;
  // "leading handset manufacturers such as": a description before the names
  for (let n = 0; n < 7 && k < limit && !index.startAt[k]; n++, k++) {
    const t = tokens[k]!;
    if (t.lower === 'as' || t.lower === 'like' || t.lower === 'including') continue;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'VERB' || t.lower === 'such' || t.text === ',')) return [];
  }
  const out: Party[] = [];
  let last = false;
  while (k < limit) {
    const p = index.startAt[k];
    if (!p) break;
    out.push(p);
    if (last) break;
    k = afterParty(doc, p);
    if (tokens[k]?.text === ',' && k + 1 < limit) k++;
    if ((tokens[k]?.lower === 'and' || tokens[k]?.text === '&') && k + 1 < limit) {
      k++;
      last = true;
    } else if (tokens[k - 1]?.text !== ',') break;
  }
  return out;
}

/** The object phrase at token `i`: a company (also inside "5 pct of Y", "shares in Y"), or an asset ("patent assets"). */
export function parseObject(doc: Doc, index: PartyIndex, i: number, limit: number): DealObject {
  const tokens = doc.tokens;
  let k = i;
  const stop = Math.min(limit, i + OBJECT_WINDOW);
  let owner: Party | undefined;
  let equity = false;
  while (k < stop) {
    const t = tokens[k]!;
    const p = index.startAt[k];
    // "its subsidiaries", "the company's pipeline unit": the owner's word is a determiner here
    if (p && p.reference && p.possessive) {
      owner = p;
      k = afterParty(doc, p);
      continue;
    }
    if (EQUITY_NOUNS.has(t.lower)) equity = true;
    if (MARKET_GOODS.has(t.lower)) return { goods: true, end: k + 1 };
    if (p && p.person) return { end: k };
    if (p) return objectFromParty(doc, index, p, limit);
    const money = moneyAt(doc, k, limit);
    if (money) {
      k = money.tokenEnd;
      continue;
    }
    const next = tokens[k + 1];
    if (OBJECT_OPENERS.has(t.lower) || t.pos === 'NUM' || SCALE_WORDS.has(t.lower) || (PART_NOUNS.has(t.lower) && !(next && k + 1 < limit && (next.pos === 'NOUN' || next.pos === 'PROPN') && !PART_NOUNS.has(next.lower) && !index.startAt[k + 1]))) {
      k++;
      continue;
    }
    if ((t.lower === 'and' || t.lower === 'or' || t.text === ',') && next && PART_NOUNS.has(next.lower)) {
      k++;
      continue;
    }
    // "Miami-based Heinl's Nursery Inc"
    if (next?.text === '-' && lowerAt(doc, k + 2) === 'based' && k + 3 < limit) {
      k += 3;
      continue;
    }
    // "1.2 mln shares, or 12 pct, of Cenergy Corp"; "privately-held"; "assets and liabilities of"
    if ((t.text === ',' || t.lower === 'or' || t.lower === 'and' || t.text === '-' || t.lower === 'held' || t.lower === 'owned') && k > i && next && k + 1 < limit) {
      k++;
      continue;
    }
    // "5.5 pct of its common stock", "a majority stake": adjectives before a part noun
    if ((t.pos === 'ADJ' || t.pos === 'VERB') && next && PART_NOUNS.has(next.lower)) {
      k++;
      continue;
    }
    break;
  }
  // "a tender offer for all its shares": the shares are the owner's, so the owner is bought
  const ownShares = (end: number): DealObject => (owner && equity ? { party: owner, end } : { end });
  if (k >= stop) return ownShares(k);
  const described = describedName(doc, index, k, limit);
  if (described) return objectFromParty(doc, index, described, limit);
  const asset = assetAt(doc, index, k, limit);
  if (asset && MARKET_GOODS.has(tokens[asset.tokenEnd - 1]!.lower)) return { goods: true, end: asset.tokenEnd };
  if (!asset) {
    // "the sale of its subsidiary, Neo-Tech Inc, to ..."
    const named = tokens[k + 1]?.text === ',' && k + 2 < limit ? index.startAt[k + 2] : undefined;
    if (named && !named.reference && !named.person) return { party: named, end: afterParty(doc, named) };
    return ownShares(k);
  }
  const of = tokens[asset.tokenEnd];
  if (of && of.lower === 'of' && asset.tokenEnd + 1 < limit) {
    const assetOwner = index.startAt[asset.tokenEnd + 1];
    if (assetOwner && !assetOwner.person) return { asset, owner: assetOwner, end: afterParty(doc, assetOwner) };
  }
  // "its heat transfer equipment business, Southwestern Engineering Co,": the name says which
  const named = tokens[asset.tokenEnd]?.text === ',' ? index.startAt[asset.tokenEnd + 1] : undefined;
  if (named && !named.reference && asset.tokenEnd + 1 < limit) return { party: named, end: afterParty(doc, named) };
  return { asset, end: asset.tokenEnd, possessor: owner };
}

/** "food distributor Don Lowe Foods Inc": a few lower-case words describing the company named right after them. */
function describedName(doc: Doc, index: PartyIndex, i: number, limit: number): Party | undefined {
  for (let k = i; k < limit && k - i < 4; k++) {
    const t = doc.tokens[k]!;
    const p = index.startAt[k];
    if (p) return k > i && p.certain && !p.reference ? p : undefined;
    if (!((t.pos === 'NOUN' || t.pos === 'ADJ' || t.text === '-') && t.text === t.lower) || OBJECT_ENDERS.has(t.lower)) return undefined;
  }
  return undefined;
}

function objectFromParty(doc: Doc, index: PartyIndex, p: Party, limit: number): DealObject {
  const tokens = doc.tokens;
  let end = afterParty(doc, p);
  if (p.possessive) {
    // "Johnson and Johnson Co's Pitman-Moore unit": the named unit changes hands, its owner sells
    const unit = end < limit ? index.startAt[end] : undefined;
    if (unit && !unit.reference && !unit.person && !unit.possessive && OWNED_NOUNS.has(lowerAt(doc, unit.tokenEnd))) {
      return { party: unit, owner: p, end: unit.tokenEnd + 1 };
    }
    // "Guinness PLC's brewery division": the company is what changes hands here
    while (end < limit && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'ADJ') && !OBJECT_ENDERS.has(tokens[end]!.lower)) end++;
    return { party: p, end };
  }
  // "its Dominion Bridge steel service center operations": a named part of a business
  const next = tokens[end];
  if (!p.certain && !p.reference && next && end < limit && next.pos === 'NOUN' && !OWNED_NOUNS.has(next.lower) && !PART_NOUNS.has(next.lower) && !OBJECT_ENDERS.has(next.lower)) {
    const asset = assetAt(doc, index, p.tokenStart, limit);
    // "Roach treasury shares": the shares are the company's
    if (asset && EQUITY_NOUNS.has(tokens[asset.tokenEnd - 1]!.lower)) return { party: p, end: asset.tokenEnd };
    if (asset) return { asset, end: asset.tokenEnd };
  }
  let equity = false;
  while (end < limit && (OWNED_NOUNS.has(tokens[end]!.lower) || PART_NOUNS.has(tokens[end]!.lower))) {
    if (EQUITY_NOUNS.has(tokens[end]!.lower)) equity = true;
    end++;
  }
  // "the Popsicle Industries division of Sara Lee Corp of Canada Ltd"; but "the Class B common stock of Resorts International Inc"
  if (end > afterParty(doc, p) && lowerAt(doc, end) === 'of' && end + 1 < limit) {
    const owner = index.startAt[end + 1];
    if (owner && !owner.person) return equity ? { party: owner, end: afterParty(doc, owner) } : { party: p, owner, end: afterParty(doc, owner) };
  }
  return { party: p, end };
}

const CALENDAR_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS]);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);

/** A noun phrase naming what is bought: "patent assets", "its pipeline and terminal operations". */
export function assetAt(doc: Doc, index: PartyIndex, i: number, limit: number): Asset | undefined {
  const tokens = doc.tokens;
  let k = i;
  let lastHead = -1;
  const stop = Math.min(limit, i + ASSET_MAX);
  while (k < stop) {
    const t = tokens[k]!;
    if (OBJECT_ENDERS.has(t.lower) && !(t.lower === 'and' && k > i && tokens[k + 1] && CONTENT_POS.has(tokens[k + 1]!.pos) && !OBJECT_ENDERS.has(tokens[k + 1]!.lower) && k + 1 < stop)) {
      if (t.lower !== 'and') break;
    }
    if (t.lower === 'and') {
      k++;
      continue;
    }
    if (t.lower === 'of' && index.startAt[k + 1] && !index.startAt[k + 1]!.reference) break;
    if (t.lower === 'of' && lastHead >= 0 && k + 1 < stop) {
      // "assets of its X operations"
      k++;
      while (k < stop && (tokens[k]!.lower === 'its' || tokens[k]!.lower === 'the' || tokens[k]!.lower === 'their')) k++;
      continue;
    }
    if (CONTENT_POS.has(t.pos) || (t.text === '-' && k > i) || (t.pos === 'VERB' && tokens[k + 1] && k + 1 < stop && (tokens[k + 1]!.pos === 'NOUN' || tokens[k + 1]!.pos === 'PROPN'))) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') lastHead = k;
      k++;
      continue;
    }
    break;
  }
  if (lastHead < 0) return undefined;
  const startToken = tokens[i]!;
  const endToken = tokens[lastHead]!;
  // one word names nothing in particular ("a letter", "the exchange"); shares and stock are the company's, not an asset
  if (lastHead === i || EQUITY_NOUNS.has(endToken.lower)) return undefined;
  // "an election victory", "varying grades": companies buy businesses, not just anything
  if (!BUSINESS_HEADS.has(endToken.lower) && !(endToken.pos === 'PROPN' && /^\p{Lu}/u.test(endToken.text))) return undefined;
  for (let k2 = i; k2 <= lastHead; k2++) if (CALENDAR_WORDS.has(tokens[k2]!.lower) || tokens[k2]!.pos === 'NUM') return undefined;
  if (moneyAt(doc, i, limit)) return undefined;
  return { text: doc.text.slice(startToken.start, endToken.end).replace(/\s+/g, ' '), tokenStart: i, tokenEnd: lastHead + 1 };
}

/** The party after a preposition in [from, to): "from Nokia", "to a subsidiary of X", "by X's unit". */
export function partyAfter(doc: Doc, index: PartyIndex, words: ReadonlySet<string>, from: number, to: number): Party | undefined {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (CLAUSE_STOPS.has(t.text)) return undefined;
    if (!words.has(t.lower)) continue;
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
  while (k < limit - 2 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'NUM' || tokens[k]!.lower === 'owned' || tokens[k]!.lower === 'pct' || tokens[k]!.text === '-') && !index.startAt[k]) k++;
  if (!OWNED_NOUNS.has(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'of') return undefined;
  const p = index.startAt[k + 2];
  return p && !p.reference ? p : undefined;
}

const DESCRIBING_NOUNS = new Set(['investor', 'investors', 'financier', 'businessman', 'industrialist', 'developer', 'raider', 'entrepreneur', 'publisher', 'magnate', 'tycoon']);
const PREMODIFIERS = new Set(['<', 'the', 'a', 'an', 'privately', 'publicly', 'closely', 'held', 'owned', 'based', '-', 'wholly', 'newly', 'formed']);

/** Past "the", "privately held", "Dallas-based" to where a name may start. */
function skipPremodifiers(doc: Doc, index: PartyIndex, i: number, to: number): number {
  let j = i;
  for (let n = 0; n < 6 && j < to; n++) {
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
    // a place's name before "-based" is not a party, so it is not in the index
    if (PREMODIFIERS.has(t.lower) || t.pos === 'ADJ' || ROLE_HEADS.has(t.lower) || (isCapitalized(t.text) && doc.tokens[j + 1]?.text === '-')) j++;
    else break;
  }
  return j;
}
const isCapitalized = (text: string) => /^\p{Lu}/u.test(text);

export const FROM = new Set(['from']);
export const TO = new Set(['to']);
export const BY = new Set(['by']);
