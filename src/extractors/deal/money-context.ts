// Which amounts in a story price a deal: "for a total of 53 mln dlrs", "a
// transaction worth two mln stg", "valued at", but not "sales of 4.5 mln
// dlrs" or "22 dlrs a share".
import type { Doc } from '../../document/document.js';
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
