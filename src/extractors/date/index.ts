// Temporal expressions (TimeML TIMEX3): one small rule per family of
// expressions, each resolving its values against the document's reference
// date; `settle` keeps the longest of overlapping expressions, joins times
// to their days and anchors anaphoric quarters.
import type { Doc } from '../../document/document.js';
import type { Extractor } from '../rule.js';
import { fmtDay, isValidDay } from './calendar-math.js';
import { FULL_DATE_PATTERN, readFullDate } from './rules/full-date.js';
import { anaphoric } from './rules/anaphoric.js';
import { dayCount } from './rules/day-count.js';
import { decade } from './rules/decade.js';
import { duration } from './rules/duration.js';
import { fullDate } from './rules/full-date.js';
import { holiday } from './rules/holiday.js';
import { monthDay } from './rules/month-day.js';
import { monthYear } from './rules/month-year.js';
import { nthWeekdayOfMonth } from './rules/nth-weekday.js';
import { month } from './rules/month.js';
import { quarterDeictic } from './rules/quarter-deictic.js';
import { quarter } from './rules/quarter.js';
import { relativeDay } from './rules/relative-day.js';
import { relativeUnit } from './rules/relative-unit.js';
import { season } from './rules/season.js';
import { set } from './rules/set.js';
import { timeOfDay } from './rules/time-of-day.js';
import { vagueLength } from './rules/vague-length.js';
import { vagueRef } from './rules/vague-ref.js';
import { week } from './rules/week.js';
import { weekday } from './rules/weekday.js';
import { wholeYear } from './rules/whole-year.js';
import { year } from './rules/year.js';
import { settle } from './settle.js';

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  rules: [fullDate, monthDay, monthYear, month, year, decade, quarter, quarterDeictic, season, week, weekday, nthWeekdayOfMonth, relativeDay, relativeUnit, wholeYear, anaphoric, dayCount, timeOfDay, holiday, duration, vagueLength, set, vagueRef],
  settle: (candidates, doc) => settle(candidates, doc),
};

/** The earliest year a story's own date can be in. */
const EARLIEST_REFERENCE_YEAR = 1900;

/** The latest fully specified date in the text, as the reference date of last resort. */
export function inferRefDate(doc: Pick<Doc, 'text'>): string | null {
  let latest: string | null = null;
  FULL_DATE_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_DATE_PATTERN.exec(doc.text)) !== null) {
    const day = readFullDate(m);
    // (not parts on separate lines, "Sunday, 27 February\n\n1500 GMT" in a match preview, nor a year no news is dated by)
    if (!day || !isValidDay(day.y, day.m, day.d) || m[0].includes('\n') || day.y < EARLIEST_REFERENCE_YEAR) continue;
    const iso = fmtDay(day);
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}
