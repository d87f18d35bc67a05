// A weekday counted within a month: "the first Tuesday of October", "the
// last Friday in March 2014", "the third Monday of the month". The month
// without a year is read as a bare month is (this, next, last, or by tense).
import { MONTH_NUMBER, WEEKDAYS } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { addMonths, fmtDay, nthWeekday, pad } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, refDay } from '../context.js';
import { MONTH_NAME, WEEKDAY_NAME, YEAR_NUMBER } from '../patterns.js';
import { resolveMonth } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_WEEKDAY } from '../triggers.js';

const NTH_WEEKDAY = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_NAME})\\s+(?:of|in)\\s+` +
    `(?:(${MONTH_NAME})(?:,?\\s+(${YEAR_NUMBER}))?|(this|next|last)\\s+month|the\\s+(?:same\\s+)?month)\\b`,
  'gi',
);

const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

export const nthWeekdayOfMonth: Rule<'date'> = {
  id: 'date/nth-weekday',
  kind: 'date',
  description: 'A weekday counted within a month: "the first Tuesday of October", "the last Friday of the month".',
  run(ctx) {
    if (!has(ctx, T_WEEKDAY)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, NTH_WEEKDAY, (m) => {
      if (!isCapitalized(m[2]!) || (m[3] && !isCapitalized(m[3]))) return;
      const n = NTH[m[1]!.toLowerCase()]!;
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const start = m.index;
      const end = start + m[0].length;
      const month = m[3] ? MONTH_NUMBER.get(m[3].toLowerCase())! : null;
      let ym: { y: number; m: number } | null = null;
      if (month !== null && m[4]) ym = { y: Number(m[4]), m: month };
      else if (ref && month !== null) ym = resolveMonth(ref, month, tenseAt(ctx, start, end));
      else if (ref) ym = addMonths(ref.y, ref.m, m[5] ? ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[5].toLowerCase()]! : 0);
      if (!ym) {
        if (month !== null) emit(ctx, start, end, fields('DATE', `XXXX-${pad(month)}-XX`, 'day'), 0.7);
        return;
      }
      const day = nthWeekday(ym.y, ym.m, weekday, n);
      // "the fifth Monday" of a month that has four
      if (day.m !== ym.m) return;
      emit(ctx, start, end, fields('DATE', fmtDay(day), 'day', m[4] ? null : ref), 0.85);
    });
  },
};
