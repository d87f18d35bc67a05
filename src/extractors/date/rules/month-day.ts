// A day of a month without its year: "Sept. 30", "March 12th", "March eighth",
// "the 5th of July". The year is the reference year, moved by the tense when
// the day would otherwise fall on the wrong side of the reference date.
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import { ORDINAL_WORDS } from '../../../lexicon/date-numbers.js';
import { SHIPPING_NOUNS, SHIPPING_PLURALS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { fmtDay, isValidDay, type Day } from '../calendar-math.js';
import { eachMatch, emit, endsPeriodBefore, fields, isCapitalized, refDay } from '../context.js';
import { parseOrdinal, wordNumber } from '../numbers.js';
import { alternation, DAY_NUMBER, DAY_WORD, MONTH_ANY } from '../patterns.js';
import { periodEndYear, resolveMonthDay } from '../resolve.js';
import { firmlyAheadAt, tenseAt } from '../tense.js';
import { has, T_MONTH } from '../triggers.js';

const ORDINAL = `(?:(?:twenty|thirty)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${alternation(ORDINAL_WORDS.keys())})`;

const MONTH_DAY = new RegExp(
  `(?:\\b(this|next|last)\\s+)?\\b(${MONTH_ANY})\\s+(${DAY_NUMBER}|${ORDINAL}\\b|${DAY_WORD})(?!\\s*(?:-|to)\\s*\\d|\\s+(?:percent|million|billion|points?|shares|people|%)\\b)` +
    `|\\bthe\\s+(${DAY_NUMBER}|${ORDINAL})\\s+of\\s+(${MONTH_ANY})` +
    `|\\b(${DAY_NUMBER})\\s+(${MONTH_ANY})\\b`,
  'gi',
);

/** "and 25" after a month's day: the second day, not an amount ("and 25 pct"). */
const SECOND_DAY = /^(\s+(?:and|or)\s+)(\d{1,2})(?!\d|\s*(?:%|percent|pct|mln|million|billion|dlrs|points?|shares|people|per|years?|days?)\b|[.,]\d)/;

const monthOf = (s: string) => MONTH_NUMBER.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;

/** The rest of a shipping window after a day: "/June 20 shipment", "-December 10 delivery", " shipment". */
const SHIPPED_IN = new RegExp(`^(?:\\s*(?:to|through|and|-|/)\\s*(?:(${MONTH_ANY})\\s+)?(\\d{1,2}))?\\s+(?:${alternation([...SHIPPING_NOUNS, ...SHIPPING_PLURALS])})\\b`, 'i');

/** The year of a day in a shipping window (`window` the match of SHIPPED_IN after it): the window's end is ahead, a fortnight's slack allowed. */
function windowYear(ref: Day, month: number, day: number, window: RegExpExecArray): number {
  const endMonth = (window[1] && monthOf(window[1])) || month;
  const endDay = window[2] ? Number(window[2]) : day;
  const endYear = endMonth * 31 + endDay < ref.m * 31 + ref.d - 15 ? ref.y + 1 : ref.y;
  // (the window's first day is in its last day's year, or the year before where the window wraps: "November 25-January 10")
  return month * 31 + day <= endMonth * 31 + endDay ? endYear : endYear - 1;
}

/** The year of a day named with "this", "next" or "last": the reference year's, the first after the reference, the last before it. */
function namedYear(ref: Day, month: number, day: number, which: string): number {
  const ahead = month * 31 + day - (ref.m * 31 + ref.d);
  if (which === 'next') return ahead > 0 ? ref.y : ref.y + 1;
  if (which === 'last') return ahead < 0 ? ref.y : ref.y - 1;
  return ref.y;
}

export const monthDay: Rule<'date'> = {
  id: 'date/month-day',
  kind: 'date',
  description: 'A day of a month, the year taken from the reference date and the tense: "Sept. 30", "March eighth".',
  run(ctx) {
    if (!has(ctx, T_MONTH)) return;
    eachMatch(ctx, MONTH_DAY, (m) => {
      const which = m[1]?.toLowerCase();
      const monthWord = m[2] ?? m[5] ?? m[7]!;
      if (!isCapitalized(monthWord)) return;
      // "5 May" only in day-month order news: a bare number before "May" is rarely a day
      if (m[6] && monthWord.toLowerCase() === 'may') return;
      const month = monthOf(monthWord);
      const dayText = (m[3] ?? m[4] ?? m[6]!).replace(/\s+/g, ' ');
      const day = parseOrdinal(dayText) ?? wordNumber(dayText);
      if (!month || !day || !isValidDay(2000, month, day)) return;
      const start = m.index;
      const end = m.index + m[0].length;
      const ref = refDay(ctx.doc);
      if (!ref) {
        emit(ctx, start, end, fields('DATE', `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 'day'), 0.8);
        return;
      }
      // ("the quarter ending February 28": a period's end)
      const ending = endsPeriodBefore(ctx.sentenceText, start);
      // ("for May 20/June 20 shipment", "for November 25-December 10 delivery": a window a trade ships in is ahead, a
      // fortnight's slack allowed for one just begun)
      const shipped = SHIPPED_IN.exec(ctx.sentenceText.slice(end, end + 32));
      const resolved = which ? { y: namedYear(ref, month, day, which), m: month, d: day } : ending ? { y: periodEndYear(ref, month, day, ending), m: month, d: day } : shipped ? { y: windowYear(ref, month, day, shipped), m: month, d: day } : resolveMonthDay(ref, month, day, tenseAt(ctx, start, end), firmlyAheadAt(ctx, start));
      if (!isValidDay(resolved.y, month, day)) return;
      emit(ctx, start, end, fields('DATE', fmtDay(resolved), 'day', ref), 0.85);
      // "on April 24 and 25": a second day of the same month, joined to the first
      const second = m[2] ? SECOND_DAY.exec(ctx.sentenceText.slice(end)) : null;
      const other = second ? Number(second[2]) : 0;
      if (second && other > day && isValidDay(resolved.y, month, other)) {
        const at = end + second[1]!.length;
        emit(ctx, at, at + second[2]!.length, fields('DATE', fmtDay({ ...resolved, d: other }), 'day', ref), 0.8);
      }
    });
  },
};
