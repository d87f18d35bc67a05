// The day an ongoing event has reached, said of the reference day: "today
// is the eighth day of Desert Shield", "it's the second day of an
// offensive". Only in the present tense: "it was the third day of the
// strike" is some other day.
import { ORDINAL_WORDS } from '../../../lexicon/date-numbers.js';
import type { Rule } from '../../rule.js';
import { fmtDay } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { alternation } from '../patterns.js';
import { has, T_UNIT } from '../triggers.js';

const DAY_COUNT = new RegExp(
  `\\b(?:today\\s+is|it['’]s|it\\s+is|this\\s+is|now\\s+in)\\s+(?:its\\s+|their\\s+)?((?:the\\s+)?(?:${alternation(ORDINAL_WORDS.keys())}|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day)\\b(?!s)`,
  'gi',
);

export const dayCount: Rule<'date'> = {
  id: 'date/day-count',
  kind: 'date',
  description: 'The day an ongoing event has reached, on the reference day: "today is the eighth day of the strike".',
  run(ctx) {
    if (!has(ctx, T_UNIT)) return;
    const ref = refDay(ctx.doc);
    if (!ref) return;
    eachMatch(ctx, DAY_COUNT, (m) => {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      emit(ctx, start, end, fields('DATE', fmtDay(ref), 'day', ref), 0.6);
    });
  },
};
