// Reads the counts the patterns matched: "three", "twenty-four", "1 1/2",
// "two and a half", "a couple of". A vague count ("several") is 'X'.
import { ARTICLE_COUNTS, CARDINAL_WORDS, ORDINAL_WORDS, TENS_WORDS } from '../../lexicon/date-numbers.js';

const SPACES = /[\s-]+/g;

/** 0..99 written in words, or null */
export function wordNumber(text: string): number | null {
  const parts = text.toLowerCase().trim().split(SPACES);
  if (parts.length === 1) return CARDINAL_WORDS.get(parts[0]!) ?? TENS_WORDS.get(parts[0]!) ?? null;
  if (parts.length === 2) {
    const tens = TENS_WORDS.get(parts[0]!);
    const ones = CARDINAL_WORDS.get(parts[1]!);
    if (tens !== undefined && ones !== undefined && ones > 0 && ones < 10) return tens + ones;
  }
  return null;
}

/** a count before a unit; 'X' when vague; null when it is no count */
export function parseCount(raw: string): number | 'X' | null {
  let text = raw.toLowerCase().replace(SPACES, ' ').trim();
  let extra = 0;
  if (/ and (a )?half$/.test(text)) {
    extra = 0.5;
    text = text.replace(/ and (a )?half$/, '');
  } else if (/[ -]1\/2$/.test(text)) {
    extra = 0.5;
    text = text.slice(0, -4).trim();
  }
  const article = ARTICLE_COUNTS.get(text) ?? (text.startsWith('a couple') || text.startsWith('couple') ? 2 : undefined);
  if (article !== undefined) return article + extra;
  if (/^(a )?dozens?( of)?$/.test(text)) return text.includes('dozens') ? 'X' : 12;
  if (/^(a few|few|several|many|some|numerous|hundreds of|thousands of)$/.test(text)) return 'X';
  if (/^[\d,]+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, '')) + extra;
  const scaled = /^(.*) (hundred|thousand)$/.exec(text);
  if (scaled) {
    const n = wordNumber(scaled[1]!);
    return n === null ? null : n * (scaled[2] === 'hundred' ? 100 : 1000);
  }
  const n = wordNumber(text);
  return n === null ? null : n + extra;
}

/** "third", "3rd", "twenty-first" → 3, 3, 21 */
export function parseOrdinal(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  const digits = /^(\d+)(st|nd|rd|th)?$/.exec(text);
  if (digits) return Number(digits[1]);
  const direct = ORDINAL_WORDS.get(text);
  if (direct !== undefined) return direct;
  const parts = text.split(SPACES);
  if (parts.length === 2) {
    const tens = TENS_WORDS.get(parts[0]!);
    const ones = ORDINAL_WORDS.get(parts[1]!);
    if (tens !== undefined && ones !== undefined && ones < 10) return tens + ones;
  }
  return null;
}

/** "nineteen ninety-six" → 1996, "two thousand and one" → 2001 */
export function parseSpokenYear(raw: string): number | null {
  const text = raw.toLowerCase().replace(SPACES, ' ').trim();
  const thousand = /^two thousand(?: (?:and )?(.+))?$/.exec(text);
  if (thousand) {
    if (!thousand[1]) return 2000;
    const n = wordNumber(thousand[1]);
    return n === null ? null : 2000 + n;
  }
  const m = /^(eighteen|nineteen|twenty) (?:(?:oh|o) )?(.+)$/.exec(text);
  if (!m) return null;
  const century = CARDINAL_WORDS.get(m[1]!) ?? TENS_WORDS.get(m[1]!)!;
  const rest = wordNumber(m[2]!);
  return rest === null ? null : century * 100 + rest;
}
