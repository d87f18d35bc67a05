// The markets after an expansion verb: "Russia, Indonesia, Vietnam, and some
// Middle Eastern countries", "the US market", "the south Asian country".
import type { Doc } from '../../document/document.js';
import type { Entities, EntityMention } from '../../entities/entities.js';
import { COUNTED_MARKET_NOUNS, COUNTRY_REFERENCE_NOUNS, FINANCIAL_MARKET_WORDS, MARKET_DETERMINERS, MARKET_NOUNS } from '../../lexicon/expansions.js';
import { places } from '../../lexicon/places.js';

export interface Market {
  name: string;
  code: string | null;
  tokenStart: number;
  tokenEnd: number;
}

const MAX_MARKET_MODIFIERS = 5;

/**
 * Where "the Irish mobile phone market" or "Japan's telecommunications market"
 * ends: the index after the market noun; the mention's own end when nothing
 * follows it; -1 when the place only modifies something else ("the US film charts").
 */
function marketPhraseEnd(doc: Doc, m: EntityMention, limit: number): number {
  let k = m.tokenEnd + (m.possessive ? 1 : 0);
  for (let n = 0; n <= MAX_MARKET_MODIFIERS && k < limit; n++, k++) {
    const t = doc.tokens[k]!;
    if (MARKET_NOUNS.has(t.lower)) return k + 1;
    if (FINANCIAL_MARKET_WORDS.has(t.lower)) return -1;
    // "Britain's liberalised telecommunications equipment market": a participle modifies too
    const modifier = t.text === t.lower && (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && /(ed|ised|ized)$/.test(t.lower)) || (n > 0 && t.lower === 'and'));
    if (!modifier) break;
  }
  // no market noun: a country's name stands alone unless a noun right after shows it modifies something else
  const next = doc.tokens[m.tokenEnd];
  const modifiesNoun = !!next && m.tokenEnd < limit && next.pos === 'NOUN' && next.text === next.lower;
  return m.possessive || modifiesNoun ? -1 : m.tokenEnd;
}

/** A place mention as a market, with the phrase it heads ("the US market"); bare adjectives do not count. */
function asMarket(doc: Doc, m: EntityMention, limit: number): Market | undefined {
  if (m.type !== 'place') return undefined;
  const end = marketPhraseEnd(doc, m, limit);
  if (end < 0) return undefined;
  // "Chinese" alone is not a market; "the Chinese market" is
  if (m.adjective && end === m.tokenEnd) return undefined;
  return placeMarket(doc, m, end);
}

/** The market a place names, ending at token `end`: a country or region; a city stands for its country; states do not count. */
export function placeMarket(doc: Doc, m: EntityMention, end = m.tokenEnd): Market | undefined {
  if (m.type !== 'place') return undefined;
  if (m.code) return { name: m.name, code: m.code, tokenStart: m.tokenStart, tokenEnd: end };
  const place = places().byName.get(m.name) ?? places().byAdjective.get(m.surface);
  if (place?.kind === 'region') return { name: place.name, code: null, tokenStart: m.tokenStart, tokenEnd: end };
  // "the Los Angeles market", "the San Diego area": a city's own market is local, not the country's
  if (place?.kind === 'city' && end > m.tokenEnd) return undefined;
  if (place?.kind === 'city' && place.country && !namesakeElsewhere(doc, m)) return { name: places().countryName.get(place.country)!, code: place.country, tokenStart: m.tokenStart, tokenEnd: end };
  return undefined;
}

/** "Vienna, Va.", "Paris, Texas": a capital's name followed by a state is a town of the same name. */
function namesakeElsewhere(doc: Doc, m: EntityMention): boolean {
  if (doc.tokens[m.tokenEnd]?.text !== ',') return false;
  const next = doc.tokens[m.tokenEnd + 1];
  if (!next) return false;
  if (/^[A-Z][a-z]{1,4}\.$/.test(next.text)) return true;
  return places().byName.get(next.text)?.kind === 'state';
}

/** "the south Asian country": the last country named before it. */
function countryReference(doc: Doc, entities: Entities, i: number, limit: number): Market | undefined {
  if (doc.tokens[i]?.lower !== 'the') return undefined;
  for (let k = i + 1; k < limit && k < i + 5; k++) {
    const t = doc.tokens[k]!;
    if (COUNTRY_REFERENCE_NOUNS.has(t.lower)) {
      const before = t.start;
      let last: EntityMention | undefined;
      for (const m of entities.mentions) {
        if (m.start >= before) break;
        if (m.type === 'place' && m.code && !m.adjective) last = m;
      }
      return last ? { name: last.name, code: last.code, tokenStart: i, tokenEnd: k + 1 } : undefined;
    }
    if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'ADV' || t.text === '-')) return undefined;
  }
  return undefined;
}

/**
 * "130 new countries, including India and Russia", "10 new markets such as
 * Brazil": the markets a count of markets names, or [] when none follows.
 */
export function namedAmongMarkets(doc: Doc, entities: Entities, i: number, limit: number): Market[] {
  let k = i;
  for (let n = 0; n < 4 && k < limit && (doc.tokens[k]!.pos === 'NUM' || doc.tokens[k]!.pos === 'ADJ' || MARKET_DETERMINERS.has(doc.tokens[k]!.lower)); n++) k++;
  if (k === i || !COUNTED_MARKET_NOUNS.has(doc.tokens[k]?.lower ?? '')) return [];
  k++;
  if (doc.tokens[k]?.text === ',') k++;
  const w = doc.tokens[k]?.lower;
  if (w === 'including' || w === 'like') k++;
  else if (w === 'such' && doc.tokens[k + 1]?.lower === 'as') k += 2;
  else return [];
  return marketsAt(doc, entities, k, limit);
}

/** Country adjectives joined by "and" or commas before one plural market noun ("Italian and Polish markets"), else []. */
function sharedMarketNoun(doc: Doc, entities: Entities, i: number, limit: number): Market[] {
  const adjectives: EntityMention[] = [];
  let k = i;
  while (k < limit) {
    const m = entities.mentionAt(k);
    if (!m || m.type !== 'place' || !m.adjective) break;
    adjectives.push(m);
    k = m.tokenEnd;
    const sep = doc.tokens[k]?.lower;
    if (sep !== ',' && sep !== 'and') break;
    k++;
    if (doc.tokens[k]?.lower === 'and') k++;
  }
  const noun = doc.tokens[k];
  if (adjectives.length < 2 || !noun || k >= limit || !MARKET_NOUNS.has(noun.lower) || !noun.lower.endsWith('s')) return [];
  const markets: Market[] = [];
  for (const m of adjectives) {
    const market = placeMarket(doc, m, k + 1);
    if (market) markets.push(market);
  }
  return markets;
}

/** Past a phrase without a verb up to an "and" that repeats the list's preposition ("... the year and in Egypt"): the "and", else `k`. */
function pastAsideBeforeAnd(doc: Doc, k: number, limit: number, again: Set<string>): number {
  const sep = doc.tokens[k];
  if (!sep || sep.text === ',' || sep.lower === 'and' || sep.lower === 'or') return k;
  for (let n = k; n < limit && n < k + 8; n++) {
    const t = doc.tokens[n]!;
    if (t.lower === 'and') return again.has(doc.tokens[n + 1]?.lower ?? '') && doc.tokens[n + 1]!.pos === 'ADP' ? n : k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return k;
  }
  return k;
}

/** The list of markets that starts at token `i` (after determiners), or [] when none does. */
export function marketsAt(doc: Doc, entities: Entities, i: number, limit: number): Market[] {
  const markets: Market[] = [];
  const prep = i > 0 && doc.tokens[i - 1]!.pos === 'ADP' ? doc.tokens[i - 1]!.lower : undefined;
  const again = new Set(prep ? [prep, 'to', 'into', 'in'] : []);
  let k = i;
  while (k < limit) {
    const start = k;
    const reference = countryReference(doc, entities, k, limit);
    if (reference) {
      markets.push(reference);
      k = reference.tokenEnd;
    } else {
      while (k < limit && MARKET_DETERMINERS.has(doc.tokens[k]!.lower)) k++;
      const m = entities.mentionAt(k);
      // "the Italian and Polish markets": adjectives that share one market noun
      const shared = m?.adjective ? sharedMarketNoun(doc, entities, k, limit) : [];
      if (shared.length) {
        markets.push(...shared);
        k = shared[shared.length - 1]!.tokenEnd;
        break;
      }
      let market = m ? asMarket(doc, m, limit) : undefined;
      // "in Krakow, Poland": a town the lexicon does not know, then its country
      if (!market && m && m.type !== 'org' && m.type !== 'person' && doc.tokens[m.tokenEnd]?.text === ',') {
        const country = entities.mentionAt(m.tokenEnd + 1);
        const inCountry = country?.type === 'place' && country.code && !country.adjective ? placeMarket(doc, country) : undefined;
        if (inCountry) market = { ...inCountry, tokenStart: m.tokenStart };
      }
      if (!market) {
        k = start;
        break;
      }
      markets.push(market);
      k = market.tokenEnd;
    }
    // "in Kenya before the end of the year and in Egypt in 2023": the preposition said again after a time
    if (again.size) k = pastAsideBeforeAnd(doc, k, limit, again);
    // ", and", "and", "or", ","
    const sep = doc.tokens[k];
    if (!sep || k >= limit) break;
    if (sep.text === ',' || sep.lower === 'and' || sep.lower === 'or') {
      k++;
      if (doc.tokens[k]?.lower === 'and' || doc.tokens[k]?.lower === 'or') k++;
      // "in the Caribbean and to Europe": the list's preposition said again
      if (again.has(doc.tokens[k]?.lower ?? '') && doc.tokens[k]?.pos === 'ADP') k++;
      continue;
    }
    break;
  }
  return markets;
}
