// Quarters named by their place rather than their number: "the quarter",
// "the latest quarter", "the current quarter", "last quarter", "the
// year-ago quarter", "the year-earlier period". Company reports use them for
// the quarter just reported, so they take the reference date's last finished
// quarter here; `settle` then moves them onto the quarter the text was last
// speaking of (see discourse.ts).
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { addDays, compareDays, isValidDay, type Day } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { DAY_NUMBER, MONTH_ANY, YEAR_NUMBER } from '../patterns.js';
import { quarterOf, shiftedValue } from '../resolve.js';
import { OF_DECADE } from './quarter.js';
import { has, T_QUARTER } from '../triggers.js';

const DEICTIC_QUARTER = new RegExp(
  `\\b(?:(the|this|that|last|next|its|their)\\s+(?:(${YEAR_NUMBER})\\s+)?|((?:this|last|next)\\s+year['’]s)\\s+)` +
    `(?:(latest|current|past|previous|prior|preceding|most\\s+recent|recent|same|comparable|corresponding|year-ago|year-earlier|year-before|coming|following|next|final|fiscal|latest\\s+fiscal|comparable\\s+year-(?:ago|earlier))\\s+)?` +
    `(quarter|period)\\b(?!s|ly|-|\\s+(?:century|centuries)\\b)` +
    `(\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year|the\\s+(?:previous|prior)\\s+year|of\\s+(?:the\\s+)?(?:previous|prior|last)\\s+year))?`,
  'gi',
);

/** "the quarter ended Sept. 30", "the period ending July 31, 1989": a quarter named by its last day */
const ENDED_ON = new RegExp(`^\\s+(?:that\\s+)?(?:ended|ending)\\s+(${MONTH_ANY})\\s+(${DAY_NUMBER})(?:,?\\s+(${YEAR_NUMBER}))?`);

/**
 * The calendar quarter of a three-month period that ends on the day written
 * after it, the one holding most of it: "the quarter ended July 31" (May to
 * July) is Q2. The day without a year is the latest before the reference.
 */
export function quarterEndedOn(after: string, ref: Day | null): string | null {
  const m = ENDED_ON.exec(after);
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  const month = MONTH_NUMBER.get(m[1]!.toLowerCase().replace(/\.$/, '')) ?? 0;
  const day = parseInt(m[2]!, 10);
  if (!month || !isValidDay(2000, month, day)) return null;
  let y: number;
  if (m[3]) y = Number(m[3]);
  else if (ref) y = compareDays({ y: ref.y, m: month, d: day }, ref) <= 0 ? ref.y : ref.y - 1;
  else return null;
  if (!isValidDay(y, month, day)) return null;
  const middle = addDays({ y, m: month, d: day }, -45);
  return `${middle.y}-Q${quarterOf(middle)}`;
}

/** how many quarters from the reference's current quarter the phrase points */
const SHIFT: Record<string, number> = {
  current: 0, this: 0, next: 1, coming: 1, following: 1,
};

export const QUARTER_FOCUS_RULE = 'date/quarter-deictic';

export const quarterDeictic: Rule<'date'> = {
  id: QUARTER_FOCUS_RULE,
  kind: 'date',
  description: 'A quarter by its place: "the quarter", "the latest quarter", "the year-ago quarter".',
  run(ctx) {
    if (!has(ctx, T_QUARTER)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, DEICTIC_QUARTER, (m) => {
      const det = (m[1] ?? '').toLowerCase();
      const adjective = m[4]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
      const noun = m[5]!.toLowerCase();
      const ofYear = m[2] ? Number(m[2]) : m[3] && ref ? ref.y + (/^last/i.test(m[3]) ? -1 : /^next/i.test(m[3]) ? 1 : 0) : null;
      // "the period" alone is any stretch of time; only report periods are quarters
      if (noun === 'period' && ofYear === null && !/latest|year-|comparable|corresponding|same|fiscal|current/.test(adjective)) return;
      const start = m.index;
      const end = start + m[0].length;
      // "the last quarter of the century": a part of a longer time, not a quarter of a year
      if (OF_DECADE.test(ctx.sentenceText.slice(end, end + 24))) return;
      const yearAgo = /year-|comparable|corresponding/.test(adjective) || m[6] !== undefined;
      let shift = SHIFT[adjective] ?? SHIFT[det] ?? -1;
      if (det === 'last' && !adjective) shift = -1;
      if (yearAgo) shift = -5;
      let value = ref ? shiftedValue(ref, 'Q', shift) : 'XXXX-QX';
      // "the 1988 quarter", "last year's period": that year's quarter of the same number as the one in focus
      if (ofYear !== null) value = `${ofYear}-${ref ? shiftedValue(ref, 'Q', -1).slice(-2) : 'QX'}`;
      if (!yearAgo && ofYear === null && noun === 'quarter') value = quarterEndedOn(ctx.sentenceText.slice(end, end + 32), ref) ?? value;
      emit(ctx, start, end, fields('DATE', value, 'quarter', ref), noun === 'period' ? 0.6 : 0.7);
    });
  },
};
