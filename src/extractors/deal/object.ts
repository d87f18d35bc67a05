// What a deal is about, read rightwards from its trigger: a company (also
// inside "5 pct of Y", "shares in Y", "the X division of Y") or an asset
// ("patent assets", "its pipeline and terminal operations").
import type { Doc, Token } from '../../document/document.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { BUSINESS_HEADS, EQUITY_NOUNS, MARKET_GOODS, NAMED_PART_HEADS, OBJECT_ENDERS, OBJECT_OPENERS, PART_NOUNS } from '../../lexicon/deals.js';
import { SCALE_WORDS } from '../../lexicon/money.js';
import { lookupPlaceAdjective } from '../../entities/classify.js';
import { lowerAt } from './clause.js';
import { moneyAt } from './money.js';
import { afterParty, OWNED_NOUNS, type Party, type PartyIndex } from './party-index.js';
import { pastDescription, skipPremodifiers } from './prepositions.js';
import { US_STATE_ABBREVIATION } from '../../lexicon/places.js';

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

const OBJECT_WINDOW = 16;
/** A count no company comes in: "3.2", "4m", "10bn" (a scale word after a number counts too). */
const PRODUCT_COUNT = /\d\.\d|\d(?:m|bn|k)$/i;
/** The newswire's scale words, used for shares far more than for products: "2.4 mln Roach" means Roach shares. */
const NEWSWIRE_SCALES = new Set(['mln', 'bln', 'mn']);
const ASSET_MAX = 12;

/** The object phrase at token `i`: a company (also inside "5 pct of Y", "shares in Y"), or an asset ("patent assets"). */
export function parseObject(doc: Doc, index: PartyIndex, i: number, limit: number): DealObject {
  const tokens = doc.tokens;
  let k = i;
  const stop = Math.min(limit, i + OBJECT_WINDOW);
  let owner: Party | undefined;
  let equity = false;
  // a count only products come in: "six million", "3.2" (companies and plants are counted one by one)
  let counted = false;
  let sharesLikely = false;
  while (k < stop) {
    const t = tokens[k]!;
    // "Oporto-based Banco Portugues", "Englewood, Colo., homebuilder Winley Inc": where a company is, not what it is
    const placeEnd = locationAt(doc, k, stop);
    if (placeEnd > k) {
      k = placeEnd;
      continue;
    }
    // "a 51% stake in Turkish cloud provider Anatolia Cloud AS": a description after "in" or "of" before the name
    if (k > 0 && (tokens[k - 1]!.lower === 'in' || tokens[k - 1]!.lower === 'of' || tokens[k - 1]!.lower === 'for')) {
      const named = pastDescription(doc, index, k, stop);
      if (named > k) {
        k = named;
        continue;
      }
    }
    const p = index.startAt[k];
    // "its subsidiaries", "the company's pipeline unit": the owner's word is a determiner here
    if (p && p.reference && p.possessive) {
      owner = p;
      k = afterParty(doc, p);
      continue;
    }
    if (EQUITY_NOUNS.has(t.lower)) equity = true;
    // "bank bills", "four mln tonnes of wheat"; but "its coffee roasting plant" is a plant
    if (MARKET_GOODS.has(t.lower) && !modifiesNoun(tokens[k + 1], t)) return { goods: true, end: k + 1 };
    if (p && p.person) return { end: k };
    // "the chip business of Halvor Electronics NV": a description with its owner after "of" is an asset, not the company it
    // would otherwise stand for
    if (p && p.reference && !p.possessive && lowerAt(doc, afterParty(doc, p)) === 'of' && index.startAt[pastDescription(doc, index, afterParty(doc, p) + 1, stop)]) {
      while (k < stop && OBJECT_OPENERS.has(tokens[k]!.lower)) k++;
      break;
    }
    // "sold more than six million iPods", "about 10 million PSPs": a product's name after a count
    // (but newswire "2.4 mln Roach" leaves out "shares")
    if (p && counted && !sharesLikely && !p.certain && !p.reference && !PART_NOUNS.has(lowerAt(doc, afterParty(doc, p)))) return { goods: true, end: afterParty(doc, p) };
    if (p) return objectFromParty(doc, index, p, limit);
    const money = moneyAt(doc, k, limit);
    if (money) {
      k = money.tokenEnd;
      continue;
    }
    const next = tokens[k + 1];
    // "sold stakes to Facebook": "to" names the buyer, unless it bounds a count ("up to 20 pct", "to 15 pct")
    if (t.lower === 'to' && k > i && !['up', 'close', 'near'].includes(tokens[k - 1]!.lower) && next?.pos !== 'NUM') break;
    if (SCALE_WORDS.has(t.lower) || (t.pos === 'NUM' && PRODUCT_COUNT.test(t.text))) counted = true;
    if (NEWSWIRE_SCALES.has(t.lower)) sharesLikely = true;
    if (OBJECT_OPENERS.has(t.lower) || t.pos === 'NUM' || SCALE_WORDS.has(t.lower) || (PART_NOUNS.has(t.lower) && !(next && k + 1 < limit && (next.pos === 'NOUN' || next.pos === 'PROPN') && !PART_NOUNS.has(next.lower) && !index.startAt[k + 1]))) {
      k++;
      continue;
    }
    if ((t.lower === 'and' || t.lower === 'or' || t.text === ',') && next && PART_NOUNS.has(next.lower)) {
      k++;
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
  // "sold more than six million iPods": a count of products is a sales figure, not a deal
  if (asset && counted && !equity && !BUSINESS_HEADS.has(tokens[asset.tokenEnd - 1]!.lower) && !PART_NOUNS.has(tokens[asset.tokenEnd - 1]!.lower)) return { goods: true, end: asset.tokenEnd };
  if (!asset) {
    // "the sale of its subsidiary, Neo-Tech Inc, to ..."
    const named = tokens[k + 1]?.text === ',' && k + 2 < limit ? index.startAt[k + 2] : undefined;
    if (named && !named.reference && !named.person) return { party: named, end: afterParty(doc, named) };
    return ownShares(k);
  }
  const of = tokens[asset.tokenEnd];
  if (of && of.lower === 'of' && asset.tokenEnd + 1 < limit) {
    // "the Surface Combustion Division of privately-held Midland-Ross Corp"
    const assetOwner = index.startAt[skipPremodifiers(doc, index, asset.tokenEnd + 1, limit)];
    if (assetOwner && !assetOwner.person) return { asset, owner: assetOwner, end: afterParty(doc, assetOwner) };
  }
  // "its heat transfer equipment business, Southwestern Engineering Co,": the name says which
  const named = tokens[asset.tokenEnd]?.text === ',' ? index.startAt[asset.tokenEnd + 1] : undefined;
  if (named && !named.reference && asset.tokenEnd + 1 < limit) return { party: named, end: afterParty(doc, named) };
  return { asset, end: asset.tokenEnd, possessor: owner };
}

/** `next` goes on the noun phrase that `t` opens as a modifier: "coffee roasting plant", "gold mine". */
const modifiesNoun = (next: Token | undefined, t: Token): boolean =>
  !!next && next.sentence === t.sentence && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || (next.pos === 'VERB' && next.lower.endsWith('ing'))) && !MARKET_GOODS.has(next.lower);

/** End of a location phrase at `i` — "Miami-based", "Englewood, Colo.," — or `i` when there is none. */
function locationAt(doc: Doc, i: number, limit: number): number {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (!/^\p{Lu}/u.test(t.text)) return i;
  // "Miami-based", "Hong Kong-based": up to two capitalized words before "-based"
  for (let k = i + 1; k <= i + 2 && k + 1 < limit; k++) {
    if (tokens[k]!.text === '-' && tokens[k + 1]!.lower === 'based') return k + 2;
    if (!/^\p{Lu}/u.test(tokens[k]!.text)) break;
  }
  // "Englewood, Colo.,": a town and its state's abbreviation
  if (i + 3 < limit && tokens[i + 1]!.text === ',' && US_STATE_ABBREVIATION.test(tokens[i + 2]!.text) && tokens[i + 3]!.text === ',') return i + 4;
  return i;
}

/** "food distributor Don Lowe Foods Inc": a few lower-case words describing the company named right after them. */
function describedName(doc: Doc, index: PartyIndex, i: number, limit: number): Party | undefined {
  // up to three describing words, or more when they end in what a company is ("its Hamburg vegetable oil and fats subsidiary Noblee und Thoerl GmbH")
  for (let k = i; k < limit && k - i < 8; k++) {
    const t = doc.tokens[k]!;
    const p = index.startAt[k];
    if (p) {
      const head = doc.tokens[k - 1]!;
      const described = k - i <= 3 || OWNED_NOUNS.has(head.lower) || BUSINESS_HEADS.has(head.lower) || head.text === ',';
      return k > i && p.certain && !p.reference && described ? p : undefined;
    }
    const word = (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV' || t.text === '-') && t.text === t.lower && !OBJECT_ENDERS.has(t.lower);
    const joint = (t.lower === 'and' || t.text === ',') && k > i;
    // "Uruguayan cheese maker Quesos del Este", "Brazilian home-goods chain Casa Verde": a country's adjective may open it
    const place = /^\p{Lu}/u.test(t.text) && ((k > i && t.pos === 'PROPN') || (k === i && !!lookupPlaceAdjective(t.text)));
    if (!word && !joint && !place) return undefined;
  }
  return undefined;
}

function objectFromParty(doc: Doc, index: PartyIndex, p: Party, limit: number): DealObject {
  const tokens = doc.tokens;
  let end = afterParty(doc, p);
  if (p.possessive) {
    // "Johnson and Johnson Co's Pitman-Moore unit": the named unit changes hands, its owner sells
    const unit = end < limit ? index.startAt[end] : undefined;
    if (unit && !unit.reference && !unit.person && !unit.possessive && !p.reference) {
      // "Rexnord Inc's Fairfield Manufacturing Co", "... Co's Pitman-Moore unit"
      return { party: unit, owner: p, end: OWNED_NOUNS.has(lowerAt(doc, unit.tokenEnd)) ? unit.tokenEnd + 1 : unit.tokenEnd };
    }
    // "Triton Energy Corp's wholly owned Canadian subsidiary, Triton Petroleum Ltd,"
    const named = !p.reference ? describedName(doc, index, end, limit) : undefined;
    if (named) return { party: named, owner: p, end: afterParty(doc, named) };
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
  // "the Popsicle Industries division of Sara Lee Corp of Canada Ltd", "the Measurement Systems Division of Page Corp";
  // but "the Class B common stock of Resorts International Inc"
  const namedPart = !p.possessive && NAMED_PART_HEADS.has(tokens[p.tokenEnd - 1]!.lower);
  if ((end > afterParty(doc, p) || namedPart) && lowerAt(doc, end) === 'of' && end + 1 < limit) {
    const owner = index.startAt[end + 1];
    if (owner && !owner.person) return equity ? { party: owner, end: afterParty(doc, owner) } : { party: p, owner, end: afterParty(doc, owner) };
  }
  return { party: p, end };
}

const CALENDAR_WORDS = new Set<string>([...MONTHS, ...WEEKDAYS]);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);

/** A noun phrase naming what is bought: "patent assets", "its pipeline and terminal operations". */
export function assetAt(doc: Doc, index: PartyIndex, i: number, limit: number, goods = false): Asset | undefined {
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
    // "the power semiconductor business of (Dutch electronics group) Van Dijk NV": the owner ends the asset
    const ownerAt = t.lower === 'of' ? index.startAt[pastDescription(doc, index, k + 1, stop)] : undefined;
    if (ownerAt && !ownerAt.reference) break;
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
  // "an election victory", "varying grades": companies buy businesses, not just anything (but supply goods of any kind)
  if (!goods && !BUSINESS_HEADS.has(endToken.lower) && !(endToken.pos === 'PROPN' && /^\p{Lu}/u.test(endToken.text))) return undefined;
  // a number in what is supplied names a product ("5G radio equipment"); in a business bought it is a count
  for (let k2 = i; k2 <= lastHead; k2++) if (CALENDAR_WORDS.has(tokens[k2]!.lower) || (tokens[k2]!.pos === 'NUM' && !goods)) return undefined;
  if (moneyAt(doc, i, limit)) return undefined;
  return { text: doc.text.slice(startToken.start, endToken.end).replace(/\s+/g, ' '), tokenStart: i, tokenEnd: lastHead + 1 };
}
