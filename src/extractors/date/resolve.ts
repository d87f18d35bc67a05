// Turns calendar names into points against the reference day, the way news
// means them: the tense picks the direction ("released Wednesday" is the
// Wednesday before, "will meet Wednesday" the one after), a bare month is
// the nearest one in that direction.
import { addDays, addMonths, compareDays, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, isoWeek, weekdayOf, type Day } from './calendar-math.js';
import type { Tense } from './tense.js';

/** weekday 0..6 (Monday = 0): the past one (or today) unless the clause is about the future */
export function resolveWeekday(ref: Day, weekday: number, tense: Tense | null): Day {
  const delta = weekday - weekdayOf(ref);
  if (tense === 'future') return addDays(ref, delta <= 0 ? delta + 7 : delta);
  return addDays(ref, delta > 0 ? delta - 7 : delta);
}

/**
 * The year of a month (and day) named without one. A past clause looks
 * back and a future one ahead, each with two months' slack for a tense that
 * does not date the month: "said it would ... in March" reads "said", and
 * "exports are expected to show a fall in February", "would be charged ... in
 * February", said in March, tell of the month just gone. A cue that firmly
 * points ahead ("effective Jan. 1", "take effect") allows one month only.
 * Without a tense news leans to the past: a month more than four months
 * ahead is last year's, one more than eight months back next year's.
 */
export function yearFor(ref: Day, month: number, day: number, tense: Tense | null, firmlyAhead = false): number {
  const ahead = month * 31 + day - (ref.m * 31 + ref.d);
  if (tense === 'past') return ahead > 62 ? ref.y - 1 : ref.y;
  if (tense === 'future') return ahead < (firmlyAhead ? -31 : -62) ? ref.y + 1 : ref.y;
  return ahead > 124 ? ref.y - 1 : ahead < -240 ? ref.y + 1 : ref.y;
}

/**
 * The year of a period's end named by month and day: a year's is the first on or after the reference ("the current
 * year ending September"), any other period's the nearest one, before or after it ("the quarter ending February 28").
 */
export function periodEndYear(ref: Day, month: number, day: number, period: 'year' | 'period'): number {
  const ahead = month * 31 + day - (ref.m * 31 + ref.d);
  if (period === 'year') return ahead < 0 ? ref.y + 1 : ref.y;
  return ahead > 186 ? ref.y - 1 : ahead < -186 ? ref.y + 1 : ref.y;
}

/** month 1..12 without a year */
export function resolveMonth(ref: Day, month: number, tense: Tense | null, firmlyAhead = false): { y: number; m: number } {
  // a future clause counts from the month's first day
  return { y: yearFor(ref, month, tense === 'future' ? 1 : 15, tense, firmlyAhead), m: month };
}

/** month and day without a year */
export function resolveMonthDay(ref: Day, month: number, day: number, tense: Tense | null, firmlyAhead = false): Day {
  return { y: yearFor(ref, month, day, tense, firmlyAhead), m: month, d: day };
}

/** "last/this/next <unit>" and "<n> <units> ago": the reference shifted by n units, written at the unit's grain */
export function shiftedValue(ref: Day, code: 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE', n: number): string {
  switch (code) {
    case 'D':
      return fmtDay(addDays(ref, n));
    case 'W': {
      const w = isoWeek(addDays(ref, 7 * n));
      return fmtWeek(w.y, w.w);
    }
    case 'M': {
      const m = addMonths(ref.y, ref.m, n);
      return fmtMonth(m.y, m.m);
    }
    case 'Q': {
      const k = ref.y * 4 + Math.floor((ref.m - 1) / 3) + n;
      return fmtQuarter(Math.floor(k / 4), (k % 4) + 1);
    }
    case 'Y':
      return fmtYear(ref.y + n);
    case 'DE':
      return fmtYear(ref.y + 10 * n).slice(0, 3);
    case 'CE':
      return fmtYear(ref.y + 100 * n).slice(0, 2);
  }
}

/** the quarter a day falls in, 1..4 */
export const quarterOf = (p: { m: number }) => Math.floor((p.m - 1) / 3) + 1;

/** a day of some year chosen by tense: the latest on or before the reference in the past, the next on or after it in the future */
export function nearestYearFor(ref: Day, make: (y: number) => Day, tense: Tense | null): Day {
  const same = make(ref.y);
  const cmp = compareDays(same, ref);
  if (tense === 'past' && cmp > 0) return make(ref.y - 1);
  if (tense === 'future' && cmp < 0) return make(ref.y + 1);
  return same;
}
