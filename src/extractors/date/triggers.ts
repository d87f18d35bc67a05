// Which families of temporal words a sentence has, read once per sentence
// from its tokens with one map lookup each. Rules skip sentences without
// their trigger words, so most of the text is never matched against their
// expressions at all.
import type { Doc, Sentence, Token } from '../../document/document.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { CARDINAL_WORDS, DECADE_WORDS, ORDINAL_WORDS, TENS_WORDS } from '../../lexicon/date-numbers.js';
import { TIME_UNITS } from '../../lexicon/date-units.js';
import { CLOCK_WORDS, DAY_PARTS, DEICTIC_DAYS, FREQUENCY_ADVERBS, SEASONS } from '../../lexicon/date-words.js';
import type { RuleContext } from '../rule.js';

export const T_DIGIT = 1;
export const T_MONTH = 2;
export const T_WEEKDAY = 4;
export const T_UNIT = 8;
export const T_NUMBER_WORD = 16;
export const T_DEICTIC = 32;
export const T_VAGUE = 64;
export const T_SEASON = 128;
export const T_DAY_PART = 256;
export const T_FREQUENCY = 512;
export const T_HOLIDAY = 1024;
export const T_DECADE_WORD = 2048;
export const T_SPOKEN_YEAR = 4096;
/** "2017-07-05", "7/5/2017" */
export const T_NUMERIC_DATE = 8192;
/** finer unit families, so that a sentence with "day" does not wake the quarter rules */
export const T_YEAR_MONTH = 16384;
export const T_QUARTER = 32768;
export const T_WEEK = 65536;
export const T_PLURAL_UNIT = 131072;
/** a number that could be a year (1000..2199), alone or inside a token ("mid-1996", "FY1990") */
export const T_YEAR = 262144;
/** "1990s", "'80s" */
export const T_DECADE = 524288;

const BITS = new Map<string, number>();
const add = (words: Iterable<string>, bit: number) => {
  for (const w of words) for (const part of w.split(/[\s-]+/)) if (part) BITS.set(part, (BITS.get(part) ?? 0) | bit);
};
add(MONTHS, T_MONTH);
add(MONTH_ABBREVIATIONS, T_MONTH);
add([...MONTH_ABBREVIATIONS.map((m) => `${m}.`), 'sept', 'sept.'], T_MONTH);
add(WEEKDAYS, T_WEEKDAY);
add([...TIME_UNITS.keys(), 'weekend', 'weekends', 'half', 'period', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'], T_UNIT);
add(['year', 'month'], T_YEAR_MONTH);
add(['quarter', 'quarters', 'half', 'period', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'], T_QUARTER);
add(['week', 'weekend'], T_WEEK);
add([...TIME_UNITS.keys()].filter((u) => u.endsWith('s')), T_PLURAL_UNIT);
add([...CARDINAL_WORDS.keys(), ...TENS_WORDS.keys(), ...ORDINAL_WORDS.keys(), 'few', 'several', 'couple', 'dozen', 'dozens', 'thousand'], T_NUMBER_WORD);
add([...DEICTIC_DAYS.keys(), 'night'], T_DEICTIC);
add(['now', 'current', 'currently', 'presently', 'present', 'nowadays', 'days', 'recent', 'recently', 'lately', 'past', 'future', 'soon', 'term', 'run', 'later'], T_VAGUE);
add(SEASONS.keys(), T_SEASON);
add([...DAY_PARTS.keys(), ...CLOCK_WORDS.keys(), "o'clock", 'a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm'], T_DAY_PART);
// time zones: "1400 GMT", "14:30 EST"
add(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'et', 'bst', 'cet', 'cest', 'jst', 'hkt', 'sgt', 'hrs'], T_DAY_PART);
add([...FREQUENCY_ADVERBS.keys()].map((w) => w.split(' ').pop()!), T_FREQUENCY);
// one-word holidays; the others end in a capitalized "Day" or "Eve" ("Labor Day", "New Year's Eve")
add(['christmas', 'thanksgiving', 'easter', 'halloween'], T_HOLIDAY);
add([...DECADE_WORDS.keys(), 'decade', 'century'], T_DECADE_WORD);
add(['eighteen', 'nineteen', 'twenty', 'thousand'], T_SPOKEN_YEAR);

const NAMED_DAY_FIRST = new Set(['Good', 'Black', 'Cyber']);
const CLOCK = /^\d{1,2}[:.]\d\d$/;
const NUMERIC_DATE = /^\d{1,4}[-/]\d{1,2}[-/]\d{2,4}$/;
const YEARLIKE = /(?:^|\D)(?:1\d{3}|2[01]\d\d)(?!\d)/;
/** bits of each sentence of the document read last; rules run sentence by sentence over one document at a time */
let cachedDoc: Doc | null = null;
let cachedBits: Int32Array = new Int32Array(0);

/** bit set of the trigger families in the rule's current sentence */
export function triggersOf(ctx: RuleContext): number {
  if (ctx.doc !== cachedDoc) {
    cachedDoc = ctx.doc;
    cachedBits = new Int32Array(ctx.doc.sentences.length).fill(-1);
  }
  const sentence = ctx.sentence;
  const known = cachedBits[sentence.index]!;
  if (known !== -1) return known;
  const bits = readTriggers(ctx.doc.tokens, sentence);
  cachedBits[sentence.index] = bits;
  return bits;
}

function readTriggers(tokens: Token[], sentence: Sentence): number {
  let bits = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.type === 'punctuation') continue;
    const c = t.text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || t.type === 'number' || t.type === 'time' || t.type === 'decade' || t.type === 'ordinal') {
      bits |= T_DIGIT;
      // "10:35", "10pm": a clock time is a part of the day
      if (t.type === 'time' || CLOCK.test(t.text)) bits |= T_DAY_PART;
      else if (t.type === 'decade') bits |= T_DECADE;
      else if (t.text.length >= 6 && NUMERIC_DATE.test(t.text)) bits |= T_NUMERIC_DATE;
      if (t.text.length >= 4 && YEARLIKE.test(t.text)) bits |= T_YEAR;
    }
    if ((t.text === 'Day' || t.text === 'Eve') && i > sentence.tokenStart) bits |= T_HOLIDAY;
    // "Good Friday", "Black Friday", "Cyber Monday"
    if ((t.text === 'Friday' || t.text === 'Monday') && i > sentence.tokenStart && NAMED_DAY_FIRST.has(tokens[i - 1]!.text)) bits |= T_HOLIDAY;
    let found = BITS.get(t.lower);
    if (found === undefined) {
      const n = t.lower.length;
      if (n > 3) {
        // "FY1990", "mid-1996", "mid-1990s": a number at the end of a longer token
        const last = t.lower.charCodeAt(n - 1);
        const before = t.lower.charCodeAt(n - 2);
        if ((last >= 48 && last <= 57) || (last === 115 && before >= 48 && before <= 57)) {
          bits |= T_DIGIT | (YEARLIKE.test(t.lower) ? T_YEAR : 0) | (last === 115 ? T_DECADE : 0);
        }
        // "multi-year", "third-quarter" stay one token
        if (t.lower.indexOf('-') > 0) for (const part of t.lower.split('-')) bits |= BITS.get(part) ?? 0;
      }
      continue;
    }
    // month and weekday names are capitalized; "may" and "march" in lower case are verbs
    if (found & (T_MONTH | T_WEEKDAY) && !(c >= 65 && c <= 90)) found &= ~(T_MONTH | T_WEEKDAY);
    bits |= found;
  }
  return bits;
}

/** true when the sentence has any of the trigger families in `mask` */
export const has = (ctx: RuleContext, mask: number) => (triggersOf(ctx) & mask) !== 0;
