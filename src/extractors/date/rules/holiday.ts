// Holidays: "Christmas", "Thanksgiving Day", "Easter", "Election Day",
// "New Year's Eve", with or without a year. Without one, the nearest in the
// tense's direction.
import { FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { addDays, fmtDay, fmtWeek, isoWeek, nthWeekday, type Day } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, refDay } from '../context.js';
import { alternation, YEAR_NUMBER } from '../patterns.js';
import { nearestYearFor } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_HOLIDAY } from '../triggers.js';

const NAMES = [...FIXED_HOLIDAYS.keys(), ...NTH_WEEKDAY_HOLIDAYS.keys(), 'easter', 'easter sunday', 'good friday', 'election day', 'black friday', 'cyber monday'];

const HOLIDAY = new RegExp(
  `(?:\\b(last|this|next|this\\s+past|this\\s+coming)\\s+)?\\b(${alternation(NAMES)})(?![\\w'’-])(?:,?\\s+(?:of\\s+)?(${YEAR_NUMBER}))?`,
  'gi',
);

const WEEK_AFTER = /^\s+week\b(?!s|-)/i;

/** Gregorian Easter Sunday (anonymous computus) */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

function holidayIn(name: string, y: number): Day {
  const fixed = FIXED_HOLIDAYS.get(name);
  if (fixed) return { y, m: Number(fixed.slice(0, 2)), d: Number(fixed.slice(3)) };
  const nth = NTH_WEEKDAY_HOLIDAYS.get(name);
  if (nth) return nthWeekday(y, nth[0], nth[1], nth[2]);
  if (name === 'election day') return addDays(nthWeekday(y, 11, 0, 1), 1);
  if (name === 'good friday') return addDays(easter(y), -2);
  // the Friday and the Monday after Thanksgiving
  if (name === 'black friday') return addDays(nthWeekday(y, 11, 3, 4), 1);
  if (name === 'cyber monday') return addDays(nthWeekday(y, 11, 3, 4), 4);
  return easter(y);
}

export const holiday: Rule<'date'> = {
  id: 'date/holiday',
  kind: 'date',
  description: 'A holiday, of a named year or the nearest one: "Thanksgiving", "Christmas 1998", "Election Day".',
  run(ctx) {
    if (!has(ctx, T_HOLIDAY)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, HOLIDAY, (m) => {
      if (!isCapitalized(m[2]!)) return;
      const name = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
      const start = m.index;
      const end = start + m[0].length;
      if (m[3]) return emit(ctx, start, end, fields('DATE', fmtDay(holidayIn(name, Number(m[3]))), 'day'), 0.85);
      if (!ref) return;
      const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const tense = which === 'last' || which === 'this past' ? 'past' : which === 'next' || which === 'this coming' ? 'future' : tenseAt(ctx, start, end);
      const day = nearestYearFor(ref, (y) => holidayIn(name, y), tense);
      // "as Easter week began", "Thanksgiving week": the ISO week of the holiday
      const week = WEEK_AFTER.exec(ctx.sentenceText.slice(end, end + 6));
      if (week) {
        const w = isoWeek(day);
        return emit(ctx, start, end + week[0].length, fields('DATE', fmtWeek(w.y, w.w), 'week', ref), 0.75);
      }
      emit(ctx, start, end, fields('DATE', fmtDay(day), 'day', ref), 0.8);
    });
  },
};
