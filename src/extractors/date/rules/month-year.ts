// A month of a year: "July 2014", "early January 1998", "June of 1994",
// "January this year", "June last year", "January nineteen ninety-seven".
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { fmtMonth } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, refDay } from '../context.js';
import { parseSpokenYear } from '../numbers.js';
import { MONTH_ANY, POINT_MODIFIER, SPOKEN_YEAR, YEAR_NUMBER } from '../patterns.js';
import { has, T_MONTH } from '../triggers.js';

const MONTH_YEAR = new RegExp(
  `(?:\\b${POINT_MODIFIER})?\\b(${MONTH_ANY})(?:,?\\s+|\\s+of\\s+)(?:(${YEAR_NUMBER})|(this|last|next)\\s+year\\b|(${SPOKEN_YEAR})\\b)`,
  'gi',
);

export const monthYear: Rule<'date'> = {
  id: 'date/month-year',
  kind: 'date',
  description: 'A month of a year: "July 2014", "January this year".',
  run(ctx) {
    if (!has(ctx, T_MONTH)) return;
    eachMatch(ctx, MONTH_YEAR, (m) => {
      if (!isCapitalized(m[1]!)) return;
      const month = MONTH_NUMBER.get(m[1]!.toLowerCase().replace(/\.$/, ''));
      if (!month) return;
      const start = m.index;
      const end = start + m[0].length;
      if (m[2] || m[4]) {
        const year = m[2] ? Number(m[2]) : parseSpokenYear(m[4]!);
        if (year === null) return;
        emit(ctx, start, end, fields('DATE', fmtMonth(year, month), 'month'), 0.9);
        return;
      }
      const ref = refDay(ctx.doc);
      const shift = { this: 0, last: -1, next: 1 }[m[3]!.toLowerCase() as 'this' | 'last' | 'next'];
      const value = ref ? fmtMonth(ref.y + shift, month) : `XXXX-${String(month).padStart(2, '0')}`;
      emit(ctx, start, end, fields('DATE', value, 'month', ref), 0.85);
    });
  },
};
