// Regular-expression pieces shared by the rules, built once from the
// lexicon. Every piece is a plain alternation of words or a bounded run of
// digits, so the rules' expressions stay linear on any input.
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { CARDINAL_WORDS, TENS_WORDS } from '../../lexicon/date-numbers.js';
import { TIME_UNITS } from '../../lexicon/date-units.js';

/** longest first, so that an alternation never stops at a prefix ("sept" before "sep") */
export const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export const MONTH_NAME = `(?:${alternation(MONTHS.map(cap))})`;
/** abbreviations only stand before a day or a year, where they cannot be words */
export const MONTH_ABBR = `(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;
export const MONTH_ANY = `(?:${MONTH_NAME}|${MONTH_ABBR})`;
export const WEEKDAY_NAME = `(?:${alternation(WEEKDAYS.map(cap))})`;

/** a day of the month: "5", "5th", "05" — not the start of a longer number, a time or a percentage */
export const DAY_NUMBER = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|:\\d|\\.\\d|,\\d{3})`;
/** a plausible year: 1000..2199, not part of a longer number */
export const YEAR_NUMBER = `(?:1\\d{3}|20\\d{2}|21\\d{2})(?![\\d%]|,\\d|\\.\\d)`;

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = [...CARDINAL_WORDS.keys()].filter((w) => CARDINAL_WORDS.get(w)! >= 10);
const TENS = alternation(TENS_WORDS.keys());
/** cardinal in words, 0..99 */
export const NUMBER_WORD = `(?:(?:${TENS})(?:[-\\s](?:${ONES}))?|${alternation(TEENS)}|${ONES}|zero)`;
/**
 * A day of the month in words, as the wire spells some ("April one", "March Four", "November three, 1986"); only
 * where what follows ends the date ("In March one analyst said" has no day).
 */
export const DAY_WORD =
  `(?:twenty[-\\s](?:${ONES})|thirty[-\\s]one|twenty|thirty|${alternation(TEENS)}|${ONES})` +
  `(?=[ \\t]*(?:[,.;:)\\n]|$)|\\s+(?:and|to|through|until|at|as|for|in|when|record|\\d{4})\\b)`;
/** a year read aloud: "nineteen ninety-six", "two thousand", "two thousand and one" */
export const SPOKEN_YEAR = `(?:(?:eighteen|nineteen|twenty)[-\\s](?:(?:${TENS})(?:[-\\s](?:${ONES}))?|${alternation(TEENS)}|(?:oh|o)[-\\s](?:${ONES}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${alternation(TEENS)}|${ONES}))?)`;

/** a count before a unit: digits, words, "a", "a couple of", "a few", "1 1/2", "two and a half" */
export const COUNT =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:(?:\\s+|-)1/2|\\s+and\\s+(?:a\\s+)?half)?` +
  `|(?:${NUMBER_WORD})(?:\\s+and\\s+a\\s+half|\\s+(?:hundred|thousand))?` +
  `|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|(?:a\\s+)?dozens?(?:\\s+of)?|(?:hundreds|thousands)\\s+of|a\\s+few|few|several|many|some|a|an`;

export const UNIT = `(?:${alternation(TIME_UNITS.keys())})`;
export const UNIT_SINGULAR = `(?:${alternation([...TIME_UNITS.keys()].filter((u) => !u.endsWith('s')))})`;

/** "early", "late 1990", "mid-November", "the end of", "the first half of"? no: halves are quarters' business */
export const POINT_MODIFIER = `(?:(?:early|late|earlier|later|mid|the\\s+(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of)(?:\\s+|-)|mid-?|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)`;
