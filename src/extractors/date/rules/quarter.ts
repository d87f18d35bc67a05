// Quarters and halves named by number: "the third quarter", "third-quarter",
// "the fourth quarter of 1990", "fourth-quarter 2004", "this year's third
// quarter", "the 1988 third quarter", "fiscal second-quarter", "Q3 2017",
// "the first half", "the first two quarters of 1990" (1990-H1), "the December quarter". Without a year, the quarter is the reference year's, or the year before when a past
// clause speaks of a quarter that has not begun yet.
import type { Rule } from '../../rule.js';
import { fmtYear } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { MONTH_NAME, YEAR_NUMBER } from '../patterns.js';
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import { quarterOf } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_QUARTER } from '../triggers.js';

const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)';
const YEAR_AFTER = `(?:\\s+(?:of|in)\\s+(?:(?:the\\s+)?(?:fiscal|calendar)\\s+(?:year\\s+)?)?(?:(${YEAR_NUMBER})|(this|last|next)\\s+year|the\\s+(current|previous|prior|next|following|)\\s*year)|\\s+(${YEAR_NUMBER}))?`;

const QUARTER = new RegExp(
  `(?:\\b(?:the|its|their|this|that|a)\\s+)?` +
    `(?:(${YEAR_NUMBER})(?:['’]s)?\\s+|(this|last|next)\\s+year['’]s\\s+)?(?:(year-ago|year-earlier|year-before|comparable(?:\\s+year-(?:ago|earlier))?)\\s+)?` +
    `(?:(?:fiscal|calendar)[\\s-]+)?\\b${ORDINAL}[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(quarter|half)\\b(?!s|[\\s-]+(?:hours?|century|centuries|decade|dozen)\\b)` +
    YEAR_AFTER +
    `|\\b(?:Q([1-4])|([1-4])Q)(?:\\s*(?:(\\d{4})|['’]?(\\d{2})))?\\b` +
    `|\\b(H[12])\\s+(${YEAR_NUMBER})\\b`,
  'gi',
);

/** "the December quarter", "the September 1986 quarter": the quarter that ends in (or holds) that month */
const MONTH_QUARTER = new RegExp(`\\b(?:the|its|their|a)\\s+(${MONTH_NAME})(?:\\s+(${YEAR_NUMBER}))?\\s+quarter\\b(?!s|ly|-)`, 'g');

/** "the first two quarters of 1990": a half of that year */
const TWO_QUARTERS = new RegExp(`\\b(?:the\\s+)?(first|second|last|final)\\s+two\\s+quarters\\s+(?:of|in)\\s+(${YEAR_NUMBER})`, 'gi');

/** "of the '80s", "of the 1990s", "of the eighties", "of the century", "of the decade" */
export const OF_DECADE = /^\s+of\s+(?:the\s+)?(?:['’]?\d0['’]?s|1\d\d0s|20\d0s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:\w+\s+)?(?:decade|century))\b/i;

/** " this year", " (1987)": the year of a quarter, set after it */
const YEAR_SET_AFTER = new RegExp(`^\\s+(?:(this|last|next)\\s+year\\b|\\((${YEAR_NUMBER})\\))`, 'i');

/** "of May", "of this month", "of the month" */
const OF_MONTH = new RegExp(`^\\s+of\\s+(?:(?:this|last|next|the)\\s+)?(?:${MONTH_NAME}|month)\\b`, 'i');

const NOT_OF_TIME = /^(?:a|its|their)\s+/i;

const ORDINAL_NUMBER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

export const quarter: Rule<'date'> = {
  id: 'date/quarter',
  kind: 'date',
  description: 'A quarter or half by number, of a named year or of the reference year: "the third quarter", "the first half of 1990".',
  run(ctx) {
    if (!has(ctx, T_QUARTER)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, MONTH_QUARTER, (m) => {
      const month = MONTH_NUMBER.get(m[1]!.toLowerCase());
      if (!month) return;
      const n = quarterOf({ m: month });
      const start = m.index;
      const end = start + m[0].length;
      if (m[2]) return emit(ctx, start, end, fields('DATE', `${m[2]}-Q${n}`, 'quarter'), 0.9);
      if (!ref) return emit(ctx, start, end, fields('DATE', `XXXX-Q${n}`, 'quarter'), 0.8);
      const y = tenseAt(ctx, start, end) === 'past' && n > quarterOf(ref) ? ref.y - 1 : ref.y;
      emit(ctx, start, end, fields('DATE', `${fmtYear(y)}-Q${n}`, 'quarter', ref), 0.85);
    });
    eachMatch(ctx, TWO_QUARTERS, (m) => {
      const half = m[1]!.toLowerCase() === 'first' ? 'H1' : 'H2';
      emit(ctx, m.index, m.index + m[0].length, fields('DATE', `${m[2]}-${half}`, null), 0.9);
    });
    eachMatch(ctx, QUARTER, (m) => {
      // "a third-quarter loss", "its fourth quarter": the article and the possessive belong to the noun, not the time
      const start = m.index + (NOT_OF_TIME.exec(m[0])?.[0].length ?? 0);
      let end = m.index + m[0].length;
      // "the year-ago third quarter": the same quarter a year before the one the report is about
      const back = m[3] ? 1 : 0;
      if (m[10] || m[11]) {
        const n = Number(m[10] ?? m[11]);
        const y = m[12] ? Number(m[12]) : m[13] ? 1900 + Number(m[13]) + (Number(m[13]) < 50 ? 100 : 0) : null;
        if (y !== null) return emit(ctx, start, end, fields('DATE', `${fmtYear(y)}-Q${n}`, 'quarter'), 0.9);
        return emitRelative(n, 'Q');
      }
      if (m[14]) return emit(ctx, start, end, fields('DATE', `${m[15]}-${m[14].toUpperCase()}`, null), 0.9);
      const ordinal = m[4]!.toLowerCase();
      const unit = m[5]!.toLowerCase() === 'half' ? 'H' : 'Q';
      // "the last half of the '80s", "the first half of the century": a part of a decade, the decade rule's
      if (!m[6] && !m[7] && m[8] === undefined && !m[9] && OF_DECADE.test(ctx.sentenceText.slice(end, end + 24))) return;
      // ... and "the second half of May", "the first half of this month": a part of a month, the month's
      if (!m[6] && !m[7] && m[8] === undefined && !m[9] && OF_MONTH.test(ctx.sentenceText.slice(end, end + 24))) return;
      const count = unit === 'Q' ? 4 : 2;
      // "the last quarter" of a year is its fourth, "the latter half" its second
      const n = ORDINAL_NUMBER[ordinal] ?? (ordinal === 'final' || ordinal === 'last' || ordinal === 'latter' ? count : 0);
      if (!n || n > count) return;
      // "last quarter" without "the" is the quarter before this one, not a fourth quarter
      if (ordinal === 'last' && !/^(the|its|their|a)\s/i.test(m[0]) && !m[6] && !m[7] && !m[8]) return;
      // ("the third quarter this year", "the second and third quarter (1987)": a year set after the quarter)
      const yearAfter = !m[1] && !m[2] && !m[6] && !m[7] && m[8] === undefined && !m[9] ? YEAR_SET_AFTER.exec(ctx.sentenceText.slice(end, end + 16)) : null;
      if (yearAfter) end += yearAfter[0].length;
      const explicit = m[1] ?? m[6] ?? m[9] ?? yearAfter?.[2];
      if (explicit) return emit(ctx, start, end, fields('DATE', `${fmtYear(Number(explicit) - back)}-${unit}${n}`, unit === 'Q' ? 'quarter' : null), 0.9);
      const shiftWord = (m[2] ?? m[7] ?? yearAfter?.[1])?.toLowerCase() ?? (m[8] !== undefined ? { current: 'this', previous: 'last', prior: 'last', next: 'next', following: 'next', '': 'this' }[m[8].toLowerCase()] : undefined);
      if (shiftWord && ref) {
        const y = ref.y + (shiftWord === 'last' ? -1 : shiftWord === 'next' ? 1 : 0) - back;
        return emit(ctx, start, end, fields('DATE', `${fmtYear(y)}-${unit}${n}`, unit === 'Q' ? 'quarter' : null, ref), 0.85);
      }
      return emitRelative(n, unit);

      function emitRelative(n: number, unit: 'Q' | 'H'): void {
        if (!ref) return emit(ctx, start, end, fields('DATE', `XXXX-${unit}${n}`, unit === 'Q' ? 'quarter' : null), 0.8);
        const current = unit === 'Q' ? quarterOf(ref) : ref.m <= 6 ? 1 : 2;
        const tense = tenseAt(ctx, start, end);
        // (with no tense, a quarter two or more ahead is as good as the last one of that number: "the drawdown of
        // inventories in the fourth quarter" said in March)
        const y = ((tense === 'past' && n > current) || (tense === null && n > current + 1) ? ref.y - 1 : ref.y) - back;
        emit(ctx, start, end, fields('DATE', `${fmtYear(y)}-${unit}${n}`, unit === 'Q' ? 'quarter' : null, ref), 0.85);
      }
    });
  },
};
