// Weeks and weekends relative to the reference date: "this week"
// (2017-W27), "last week", "early next week", "the end of this week", "the
// weekend" (2017-W26-WE, the past one unless the clause is about the future).
import type { Rule } from '../../rule.js';
import { addDays, isoWeek, weekdayOf } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { POINT_MODIFIER } from '../patterns.js';
import { shiftedValue } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_WEEK } from '../triggers.js';

const WEEK = new RegExp(
  `(?:\\b${POINT_MODIFIER})?\\b(this\\s+past|this\\s+coming|this|last|next|the\\s+previous|the\\s+following|the\\s+current|the\\s+coming|the)\\s+(week|weekend)\\b(?!s|ly|-)`,
  'gi',
);

export const week: Rule<'date'> = {
  id: 'date/week',
  kind: 'date',
  description: 'A week or weekend relative to the reference date: "this week", "last week", "the weekend".',
  run(ctx) {
    if (!has(ctx, T_WEEK)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, WEEK, (m) => {
      const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2]!.toLowerCase();
      const start = m.index;
      const end = start + m[0].length;
      // "This Week", "Next Week": a programme's title, not a week
      if (m[2]![0] === 'W' && m[2] !== 'WEEK') return;
      // "the week" alone is too often a length of time; only with a modifier is it a date
      if (which === 'the' && unit === 'week' && m[0].length === 'the week'.length) return;
      // "the weekend before the vote": a weekend counted from another event
      if (which.startsWith('the') && /^\s+(?:of|before|after|earlier|later|ago|that|when|in\s+which)\b/i.test(ctx.sentenceText.slice(end))) return;
      const shift = /last|previous|past/.test(which) ? -1 : /next|following|coming/.test(which) ? 1 : 0;
      if (!ref) return emit(ctx, start, end, fields('DATE', unit === 'week' ? 'XXXX-WXX' : 'XXXX-WXX-WE', 'week'), 0.7);
      if (unit === 'week') return emit(ctx, start, end, fields('DATE', shiftedValue(ref, 'W', shift), 'week', ref), 0.85);
      // a weekend is named by its Saturday's week
      const saturdayThisWeek = addDays(ref, 5 - weekdayOf(ref));
      let saturday = addDays(saturdayThisWeek, 7 * shift);
      if (which === 'the' || which === 'this') {
        const tense = tenseAt(ctx, start, end);
        const pastWeekend = weekdayOf(ref) >= 5 ? saturdayThisWeek : addDays(saturdayThisWeek, -7);
        saturday = tense === 'future' ? (weekdayOf(ref) >= 5 ? saturdayThisWeek : saturdayThisWeek) : which === 'this' && tense !== 'past' ? saturdayThisWeek : pastWeekend;
      }
      const w = isoWeek(saturday);
      emit(ctx, start, end, fields('DATE', `${String(w.y).padStart(4, '0')}-W${String(w.w).padStart(2, '0')}-WE`, 'week', ref), 0.75);
    });
  },
};
