// Money as wire copy writes it: "12.2 mln dlrs", "$1.13bn", "£600m", "700p",
// "one billion stg", "16.5 mln Canadian dlrs". Reads tokens, never re-scans text.
import type { Doc, Token } from '../../document/document.js';
import { CURRENCY_WORDS, NUMBER_WORDS, PER_UNIT_WORDS, PREFIX_SYMBOLS, QUALIFIED_CURRENCIES, SCALE_WORDS } from '../../lexicon/money.js';
import type { Money } from '../../types.js';

export interface MoneySpan extends Money {
  amount: number;
  currency: string;
  tokenStart: number;
  tokenEnd: number;
  /** "22 dlrs a share": a price per unit, not what the deal is worth */
  perUnit: boolean;
}

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
const FRACTION = /^(\d+)-(\d+)\/(\d+)$/;
const GLUED = /^(\d+(?:\.\d+)?)(bn|m|mln|k|b)$/i;

function numberValue(t: Token): number | undefined {
  if (DIGITS.test(t.text)) return Number(t.text.replace(/,/g, ''));
  const f = FRACTION.exec(t.text);
  if (f) return Number(f[1]) + Number(f[2]) / Number(f[3]);
  return undefined;
}

/** Money starting at token `i` (a symbol or the number), within the sentence ending at `limit`. */
export function moneyAt(doc: Doc, i: number, limit: number): MoneySpan | undefined {
  const tokens = doc.tokens;
  let k = i;
  let currency: string | undefined;
  const first = tokens[k];
  if (!first) return undefined;
  let symbol = PREFIX_SYMBOLS.get(first.lower);
  if (symbol) {
    currency = symbol;
    k++;
  } else if (tokens[k + 1]?.text === '$' && tokens[k + 1]!.start === first.end && PREFIX_SYMBOLS.has(first.lower + '$')) {
    // "HK$3m" comes as "HK" and "$"
    symbol = currency = PREFIX_SYMBOLS.get(first.lower + '$');
    k += 2;
  }
  const numberToken = tokens[k];
  if (!numberToken || k >= limit) return undefined;
  let value = numberValue(numberToken);
  let glued = false;
  if (value === undefined) {
    const g = GLUED.exec(numberToken.text);
    if (g) {
      value = Number(g[1]) * SCALE_WORDS.get(g[2]!.toLowerCase())!;
      glued = true;
    }
  }
  let wordNumber = false;
  if (value === undefined) {
    value = NUMBER_WORDS.get(numberToken.lower);
    wordNumber = value !== undefined;
  }
  if (value === undefined) return undefined;
  k++;
  const scaleToken = tokens[k];
  const scale = !glued && scaleToken && k < limit ? SCALE_WORDS.get(scaleToken.lower.replace(/\.$/, '')) : undefined;
  // "m" and "b" only count as scales right after a symbol ("$5m"); "one" needs a scale ("one billion stg", not "one stg")
  if (scale !== undefined && !(scaleToken!.lower.length === 1 && !symbol)) {
    value *= scale;
    k++;
  } else if (wordNumber && !(scaleToken?.lower === 'hundred')) return undefined;
  if (!currency) {
    // "Canadian dlrs", "Hong Kong dlrs", "Belgian francs"
    const a = tokens[k];
    const b = tokens[k + 1];
    const c = tokens[k + 2];
    if (a && k < limit) {
      const direct = CURRENCY_WORDS.get(a.lower);
      if (direct && !(a.lower === 'p' && (scale !== undefined || a.start !== numberToken.end))) {
        currency = direct;
        k++;
      } else if (b && k + 1 < limit && CURRENCY_WORDS.has(b.lower)) {
        const q = QUALIFIED_CURRENCIES.get(CURRENCY_WORDS.get(b.lower)!)?.get(a.lower);
        if (q) {
          currency = q;
          k += 2;
        }
      } else if (b && c && k + 2 < limit && CURRENCY_WORDS.has(c.lower)) {
        const q = QUALIFIED_CURRENCIES.get(CURRENCY_WORDS.get(c.lower)!)?.get(`${a.lower} ${b.lower}`);
        if (q) {
          currency = q;
          k += 3;
        }
      }
    }
    if (currency === 'GBP' && (tokens[k - 1]!.lower === 'p' || tokens[k - 1]!.lower === 'pence')) value /= 100;
  }
  if (!currency) return undefined;
  const last = tokens[k - 1]!;
  const per = tokens[k];
  const perNoun = tokens[k + 1];
  const perUnit = !!per && k < limit && (per.lower === 'each' || ((per.lower === 'a' || per.lower === 'per') && !!perNoun && k + 1 < limit && (PER_UNIT_WORDS.has(perNoun.lower) || PER_UNIT_WORDS.has(tokens[k + 2]?.lower ?? ''))));
  return {
    amount: Math.round(value * 100) / 100,
    currency,
    text: doc.text.slice(tokens[i]!.start, last.end).replace(/\s+/g, ' '),
    tokenStart: i,
    tokenEnd: k,
    perUnit,
  };
}
