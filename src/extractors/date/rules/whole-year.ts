// A year or month of the reference date named without a number: "the year",
// "the fiscal year", "the current fiscal year", "the full year", "the end of
// the month"; "the latest fiscal year" and "the past year" are the one
// before. "the fiscal year ended June 30" is a length: P1Y. The compound
// "year-end" is the year's last day ("by year-end"), the one behind in a past
// clause ("since year-end").
import type { Rule } from '../../rule.js';
import { fmtDay } from '../calendar-math.js';
import { beforeNoun, eachMatch, emit, fields, refDay, wordAfter, wordBefore } from '../context.js';
import { YEAR_NUMBER } from '../patterns.js';
import { nearestYearFor, shiftedValue } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_YEAR_MONTH } from '../triggers.js';

const WHOLE_YEAR = new RegExp(
  `\\b(?:(?:the\\s+)?(?:end|close|beginning|start|middle|rest|remainder)\\s+of\\s+)?(the|this|its|their)\\s+(?:(current|full|latest|past|previous|prior|last|entire|whole|same)\\s+)?(fiscal\\s+|calendar\\s+|financial\\s+)?(year|month)\\b(?![-'’])` +
    `|\\b(?:the\\s+)?(year-end|year\\s+end|year['’]s\\s+end)\\b(?:\\s+(${YEAR_NUMBER}))?`,
  'gi',
);

const YEAR_END_DAY = /^year-end$/i;
const DEADLINE = new Set(['by', 'until', 'till', 'before']);

/** after these, "the year" is the start of another expression: "the year before", "the year 2000" */
const NOT_AFTER = new Set(['before', 'after', 'earlier', 'ago', 'later', 'two', 'nineteen', 'of', 'to']);
/** after these, a bare "the year" is any year: "the year that changed everything", "the year when" */
const CLAUSE_AFTER = new Set(['that', 'which', 'when', 'in', 'he', 'she', 'they', 'we', 'i']);

export const wholeYear: Rule<'date'> = {
  id: 'date/whole-year',
  kind: 'date',
  description: 'The reference year or month without a number: "the year", "the current fiscal year", "year-end".',
  run(ctx) {
    if (!has(ctx, T_YEAR_MONTH)) return;
    const ref = refDay(ctx.doc);
    const text = ctx.sentenceText;
    eachMatch(ctx, WHOLE_YEAR, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const after = wordAfter(text, end);
      if (m[5]) {
        // the compound "year-end" is the year's last day ("by year-end"), the one behind in a past clause ("since
        // year-end"); "year end", "year's end" and the modifier in "year-end results" name the year
        // "year-end 1986" names its year; a "fiscal year-end" is not the calendar's
        const day = YEAR_END_DAY.test(m[5]) && !beforeNoun(ctx, end) && wordBefore(text, start) !== 'fiscal';
        if (m[6]) return emit(ctx, start, end, fields('DATE', day ? `${m[6]}-12-31` : m[6], day ? 'day' : 'year'), 0.8);
        if (!day) return emit(ctx, start, end, fields('DATE', ref ? String(ref.y) : 'XXXX', 'year', ref), 0.7);
        if (!ref) return emit(ctx, start, end, fields('DATE', 'XXXX-12-31', 'day'), 0.7);
        // "by year-end" is a deadline ahead whatever the verb
        const tense = DEADLINE.has(wordBefore(text, start)) ? null : tenseAt(ctx, start, end);
        return emit(ctx, start, end, fields('DATE', fmtDay(nearestYearFor(ref, (y) => ({ y, m: 12, d: 31 }), tense)), 'day', ref), 0.7);
      }
      const det = m[1]!.toLowerCase();
      const adjective = m[2]?.toLowerCase() ?? '';
      const unit = m[4]!.toLowerCase();
      if (NOT_AFTER.has(after) || /^\d/.test(after)) return;
      // "Person of the Year", "Employee of the Month": a capitalized unit inside a sentence is a title
      if (m[4]![0] !== m[4]![0]!.toLowerCase() && start > 0) return;
      if (!adjective && !m[3] && CLAUSE_AFTER.has(after)) return;
      // "this year" and "this month" are the relative-unit rule's
      if (det === 'this' && !adjective && !m[3]) return;
      if (unit === 'month' && (m[3] || !/^(the\s+)?(end|close|beginning|start|middle|rest|remainder)\s/i.test(m[0]) && adjective !== 'current')) return;
      if (/^(ended|ending|through|to)$/.test(after)) return emit(ctx, start, end, fields('DURATION', 'P1Y', null), 0.7);
      if (!ref) return emit(ctx, start, end, fields('DATE', unit === 'year' ? 'XXXX' : 'XXXX-XX', unit === 'year' ? 'year' : 'month', null), 0.5);
      const back = /latest|past|previous|prior|last/.test(adjective) ? -1 : 0;
      emit(ctx, start, end, fields('DATE', shiftedValue(ref, unit === 'year' ? 'Y' : 'M', back), unit === 'year' ? 'year' : 'month', ref), 0.6);
    });
  },
};
