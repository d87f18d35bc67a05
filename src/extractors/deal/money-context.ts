// Which amounts in a story price a deal: "for a total of 53 mln dlrs", "a
// transaction worth two mln stg", "valued at", but not "sales of 4.5 mln
// dlrs" or "22 dlrs a share".
import type { Doc } from '../../document/document.js';
import { BE_FORMS } from '../../lexicon/deals.js';
import { DISCLOSE_VERBS, WITHHELD_PRICE_NOUNS } from '../../lexicon/money.js';
import { moneyAt, type MoneySpan } from './money.js';

/** Words shortly before an amount that make it a deal's price. */
const PRICE_CUES = new Set(['for', 'worth', 'valued', 'value', 'values', 'price', 'priced', 'paid', 'pay', 'paying', 'total', 'totaling', 'totalling', 'cost', 'consideration', 'offer', 'bid', 'deal', 'transaction', 'acquisition', 'purchase', 'sale', 'capitalises', 'capitalizes', 'receive', 'proceeds']);
/** Words shortly before an amount that make it something else: a company's size, a loan, a profit. */
const NOT_PRICE_CUES = new Set(['sales', 'revenues', 'revenue', 'earnings', 'income', 'profit', 'profits', 'loss', 'losses', 'assets', 'turnover', 'debt', 'loan', 'loans', 'indebtedness', 'dividend', 'capital', 'deposits', 'charge', 'gain', 'writedown', 'reserves', 'liabilities', 'financing', 'credit']);
const CUE_REACH = 8;
const NOUN_CUES_AFTER = new Set(['offer', 'bid', 'deal', 'transaction', 'acquisition', 'purchase', 'takeover', 'merger', 'buyout', 'sale', 'tender']);
/** Below this, an amount without a scale word is a price per share, not a deal. */
const MIN_DEAL_AMOUNT = 1000;

function isDealSized(m: MoneySpan): boolean {
  return !m.perUnit && m.amount >= MIN_DEAL_AMOUNT;
}

/** The first amount in [from, to) with a price cue before it and no size cue. */
export function pricedLater(doc: Doc, from: number, to: number): MoneySpan | undefined {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const m = moneyAt(doc, k, doc.sentences[tokens[k]!.sentence]!.tokenEnd);
    if (!m) continue;
    k = m.tokenEnd - 1;
    if (!isDealSized(m)) continue;
    // the nearest cue decides: "assets valued at 83 mln dlrs" is a price, "sales of 40 mln dlrs" is not
    let cue = false;
    for (let j = m.tokenStart - 1; j >= 0 && m.tokenStart - j <= CUE_REACH && tokens[j]!.sentence === tokens[m.tokenStart]!.sentence; j--) {
      const w = tokens[j]!.lower;
      if (NOT_PRICE_CUES.has(w)) break;
      if (PRICE_CUES.has(w)) {
        cue = true;
        break;
      }
    }
    // "a 4.3 billion dlr offer", "the proposed 757 mln dlr deal"
    const next = tokens[m.tokenEnd];
    if (next && next.sentence === tokens[m.tokenStart]!.sentence && NOUN_CUES_AFTER.has(next.lower)) cue = true;
    if (cue) return m;
  }
  return undefined;
}

/** The first amount in [from, to) that can price a deal: deal-sized, and not a size ("deposits of 31 mln dlrs"). */
export function dealPriceIn(doc: Doc, from: number, to: number): MoneySpan | undefined {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const m = moneyAt(doc, k, to);
    if (!m) continue;
    k = m.tokenEnd - 1;
    if (!isDealSized(m)) continue;
    let size = false;
    for (let j = m.tokenStart - 1; j >= from && m.tokenStart - j <= CUE_REACH; j--) {
      const w = tokens[j]!.lower;
      if (PRICE_CUES.has(w)) break;
      if (NOT_PRICE_CUES.has(w)) {
        size = true;
        break;
      }
    }
    if (!size) return m;
  }
  return undefined;
}

/** Where a story says a deal's price is not given: the words that say so, as written. */
export interface WithheldPrice {
  text: string;
  tokenStart: number;
}

/** How far a withheld thing may stand from the words withholding it: "Terms of the acquisition were not disclosed". */
const WITHHELD_REACH = 8;

/**
 * The first place in [from, to) that says the price is not disclosed:
 * "for an undisclosed amount", "Terms were undisclosed" (the text is
 * "undisclosed"), "Terms of the deal were not disclosed", "did not disclose
 * the price" (the text is "not disclosed", "not disclose").
 */
export function withheldPriceIn(doc: Doc, from: number, to: number): WithheldPrice | undefined {
  const tokens = doc.tokens;
  const sameSentence = (a: number, b: number) => tokens[a]!.sentence === tokens[b]!.sentence;
  // a price noun within reach before (the subject) or after (the object) token k, in k's sentence
  const priceNounNear = (k: number, before: boolean, after: boolean): boolean => {
    for (let d = 1; d <= WITHHELD_REACH; d++) {
      if (before && k - d >= 0 && sameSentence(k - d, k) && WITHHELD_PRICE_NOUNS.has(tokens[k - d]!.lower)) return true;
      if (after && k + d < tokens.length && sameSentence(k + d, k) && WITHHELD_PRICE_NOUNS.has(tokens[k + d]!.lower)) return true;
    }
    return false;
  };
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === 'undisclosed') {
      // "an undisclosed amount of cash" (the noun follows closely), "Terms were undisclosed" (the noun is the subject)
      const next = tokens[k + 1];
      const attributive = next !== undefined && sameSentence(k, k + 1) && (WITHHELD_PRICE_NOUNS.has(next.lower) || (tokens[k + 2] !== undefined && sameSentence(k, k + 2) && WITHHELD_PRICE_NOUNS.has(tokens[k + 2]!.lower) && next.pos === 'ADJ'));
      const predicative = k > 0 && (BE_FORMS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower.startsWith('remain')) && priceNounNear(k - 1, true, false);
      if (attributive || predicative) return { text: tokens[k]!.text, tokenStart: k };
      continue;
    }
    if (w !== 'not' && w !== "n't") continue;
    // "were not disclosed", "have not been disclosed", "did not disclose the terms"
    let v = k + 1;
    if (tokens[v]?.lower === 'been' || tokens[v]?.lower === 'be') v++;
    const verb = tokens[v];
    if (!verb || !sameSentence(k, v) || !DISCLOSE_VERBS.has(verb.lower)) continue;
    const passive = verb.lower.endsWith('ed') && priceNounNear(k, true, false);
    const active = !verb.lower.endsWith('ed') && priceNounNear(v, false, true);
    if (passive || active) return { text: doc.text.slice(tokens[k]!.start, verb.end).replace(/\s+/g, ' '), tokenStart: k };
  }
  return undefined;
}
