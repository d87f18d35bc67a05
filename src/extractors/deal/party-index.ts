// The parties of a document — organizations named, referred to ("it", "the
// company"), and people investing ("he") — indexed by their first and last
// token once per document, so that rules find them without scanning.
import type { Doc } from '../../document/document.js';
import { opensSentenceAsWord, type Entities } from '../../entities/entities.js';
import { AUTHORITY_HEADS, STOCK_CODE } from '../../lexicon/organizations.js';
import { GOVERNMENT_SEATS } from '../../lexicon/places.js';
import { scan } from './triggers.js';

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

const cache = new WeakMap<Doc, PartyIndex>();

/** Words after "X's" that make X the one acting: "X's unit agreed to buy", "X's bid to acquire". */
export const OWNED_NOUNS = new Set([
  'unit', 'units', 'subsidiary', 'subsidiaries', 'affiliate', 'affiliates', 'division', 'arm', 'parent', 'bid', 'offer', 'plan', 'plans',
  'board', 'management', 'agreement', 'decision', 'attempt', 'effort', 'proposal', 'venture', 'group',
]);
/** Tokens that close a clause for the scans to either side of a trigger. */
export const CLAUSE_STOPS = new Set([';', ':', '--', '—', '(', ')']);
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
      // "A$", "HK$": a currency read as a name (and a stock code the story ties to no name: "(Guinness Plc's) <GUIN.L>")
      if (m.type === 'place' || isAuthority(m.name) || CURRENCY_SIGN.test(m.surface) || STOCK_CODE.test(m.name)) continue;
      if (m.type === 'person') {
        put({ names: [m.name], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, possessive: m.possessive, reference: false, distant: false, certain: false, person: true });
        continue;
      }
      // "Shares of ...", "Discussions with ...": an ordinary word opening a sentence ("Broadcom agreed to ..." is a name)
      if (opensSentenceAsWord(doc, m) || (m.type === 'other' && m.surface.length < 2)) continue;
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

const CURRENCY_SIGN = /^\p{Lu}{0,3}\$$/u;
// ... as does a seat of government ("the White House", "the Kremlin"); a central bank among them may still buy
const isAuthority = (name: string) => AUTHORITY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) || (Object.hasOwn(GOVERNMENT_SEATS, name) && !/bank/i.test(name));

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
