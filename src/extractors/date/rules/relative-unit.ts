// Years, months and days counted from the reference date: "last year",
// "this month", "early next year", "earlier this month", "two years ago",
// "a year earlier", "six weeks ago", "three months from now", "year-ago".
// The value has the unit's grain: "two years ago" is a year, "ten days ago"
// a day.
import { DURATION_HEDGES, TIME_UNITS } from '../../../lexicon/date-units.js';
import type { Rule } from '../../rule.js';
import { addDays, fmtDay } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { durationValue } from '../duration-value.js';
import { parseCount } from '../numbers.js';
import { alternation, COUNT, POINT_MODIFIER, UNIT } from '../patterns.js';
import { shiftedValue } from '../resolve.js';
import { has, T_UNIT } from '../triggers.js';

export const YEAR_AGO_RULE = 'date/relative-unit';

const RELATIVE_UNIT = new RegExp(
  `(?:\\b${POINT_MODIFIER})?\\b(last|this|next|the\\s+current|the\\s+coming|this\\s+past|this\\s+coming)\\s+(year|month)\\b(?!s|ly|-)` +
    `|(?:\\b(${alternation(DURATION_HEDGES)})\\s+)?(?<![\\w$.,-])(${COUNT})(?:\\s+|-)(${UNIT})(\\s+and\\s+a\\s+half)?\\s+(ago|earlier|later|from\\s+now|hence|back|before(?=\\s*[,.;]|\\s+(?:and|or|but|when|while)\\b|$))` +
    `|\\b(year|month)-(ago|earlier|before)\\b`,
  'gi',
);

type Code = 'D' | 'W' | 'M' | 'Q' | 'Y';
const GRAIN: Record<Code, 'day' | 'week' | 'month' | 'quarter' | 'year'> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year' };

export const relativeUnit: Rule<'date'> = {
  id: YEAR_AGO_RULE,
  kind: 'date',
  description: 'A year, month or day counted from the reference date: "last year", "two years ago", "earlier this month".',
  run(ctx) {
    if (!has(ctx, T_UNIT)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, RELATIVE_UNIT, (m) => {
      const end = m.index + m[0].length;
      if (m[1]) {
        const start = m.index;
        const which = m[1].toLowerCase().replace(/\s+/g, ' ');
        const unit = m[2]!.toLowerCase() === 'year' ? 'Y' : 'M';
        const shift = /last|previous|prior|past/.test(which) ? -1 : /next|coming|following/.test(which) ? 1 : 0;
        const value = ref ? shiftedValue(ref, unit, shift) : unit === 'Y' ? 'XXXX' : 'XXXX-XX';
        return emit(ctx, start, end, fields('DATE', value, GRAIN[unit], ref), 0.9);
      }
      if (m[8]) {
        const start = m.index;
        const unit = m[8].toLowerCase() === 'year' ? 'Y' : 'M';
        const value = ref ? shiftedValue(ref, unit, unit === 'Y' ? -1 : -1) : 'XXXX';
        return emit(ctx, start, end, fields('DATE', value, GRAIN[unit], ref), 0.75);
      }
      const parsed = parseCount(m[4]!);
      let count = typeof parsed === 'number' && m[6] ? parsed + 0.5 : parsed;
      const unit = TIME_UNITS.get(m[5]!.toLowerCase())!;
      if (count === null) return;
      // "head versus 130,000 week ago": a figure before a unit in the singular is no count of it; the market report
      // means "a week ago", which begins at the unit
      let start = m.index;
      if (typeof count === 'number' && count > 1 && !/s$/i.test(m[5]!) && /^\d/.test(m[4]!)) {
        start += m[0].indexOf(m[5]!, m[0].indexOf(m[4]!) + m[4]!.length);
        count = 1;
      }
      const text = ctx.sentenceText;
      const word = m[7]!.toLowerCase();
      const direction = /later|from|hence/.test(word) ? 1 : -1;
      // "three days later", "a day earlier": TimeML measures the distance from the event before, a DURATION
      // without the adverb; only "a year earlier", the comparison of reports, is a point
      if (word === 'later' || ((word === 'earlier' || word.startsWith('before')) && !(count === 1 && unit.code === 'Y' && unit.size === 1))) {
        if (count === null) return;
        const spanEnd = end - m[7]!.length;
        return emit(ctx, start, text.slice(start, spanEnd).trimEnd().length + start, fields('DURATION', durationValue(count, unit), null), 0.75);
      }
      if (count === 'X') return emit(ctx, start, end, fields('DATE', direction < 0 ? 'PAST_REF' : 'FUTURE_REF', null), 0.7);
      if (!ref) return emit(ctx, start, end, fields('DATE', direction < 0 ? 'PAST_REF' : 'FUTURE_REF', null), 0.6);
      let n = count * unit.size * direction;
      let code = unit.code as Code | 'H' | 'S';
      if (unit.time) return emit(ctx, start, end, fields('DATE', fmtDay(ref), 'day', ref), 0.6);
      if (!Number.isInteger(n)) {
        // "a year and a half ago": in months
        if (code === 'Y') [n, code] = [Math.round(n * 12), 'M'];
        else if (code === 'M' || code === 'W') [n, code] = [Math.round(n * (code === 'M' ? 30 : 7)), 'D'];
        else n = Math.round(n);
      }
      if (code === 'D') return emit(ctx, start, end, fields('DATE', fmtDay(addDays(ref, n)), 'day', ref), 0.85);
      emit(ctx, start, end, fields('DATE', shiftedValue(ref, code as Code, n), GRAIN[code as Code], ref), 0.85);
    });
  },
};
