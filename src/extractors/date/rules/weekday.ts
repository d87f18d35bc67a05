// Weekdays, resolved by the tense of their clause: "said Wednesday" is the
// Wednesday on or before the reference date, "will meet Wednesday" the one
// after it; "last Friday", "next Monday", "early Tuesday", "Friday morning"
// (a TIME), "Mondays" and "Tuesday nights" (SETs).
import { DAY_PARTS } from '../../../lexicon/date-words.js';
import { WEEKDAYS } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { addDays, fmtDay, weekdayOf } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, refDay } from '../context.js';
import { WEEKDAY_NAME } from '../patterns.js';
import { resolveWeekday } from '../resolve.js';
import { tenseAt } from '../tense.js';
import { has, T_WEEKDAY } from '../triggers.js';

const WEEKDAY = new RegExp(
  `(?:\\b(?:early|late|earlier|later)\\s+)?(?:\\b(last|next|this\\s+past|this\\s+coming|this|the\\s+previous|the\\s+following|the\\s+next|that|every|each)\\s+)?` +
    `\\b(${WEEKDAY_NAME})(s)?\\b(?:['’]s\\b)?(?:,?\\s+(morning|afternoon|evening|night)(s)?\\b)?`,
  'gi',
);

export const weekday: Rule<'date'> = {
  id: 'date/weekday',
  kind: 'date',
  description: 'A weekday, before or after the reference date by the tense of its clause.',
  run(ctx) {
    if (!has(ctx, T_WEEKDAY)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, WEEKDAY, (m) => {
      if (!isCapitalized(m[2]!)) return;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const part = m[4] ? DAY_PARTS.get(m[4].toLowerCase())! : null;
      const start = m.index;
      // "Friday's session": the possessive is not part of the expression
      const end = start + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0);
      const partSuffix = part ? `T${part}` : '';
      if (m[3] || m[5] || which === 'every' || which === 'each') {
        return emit(ctx, start, end, fields('SET', `XXXX-WXX-${target + 1}${partSuffix}`, null), 0.8);
      }
      const type = part ? 'TIME' : 'DATE';
      const granularity = part ? 'time' : 'day';
      if (!ref) return emit(ctx, start, end, fields(type, `XXXX-WXX-${target + 1}${partSuffix}`, granularity), 0.75);
      let day;
      const delta = target - weekdayOf(ref);
      if (which === 'last' || which === 'this past' || which === 'the previous') day = addDays(ref, delta < 0 ? delta : delta - 7);
      else if (which === 'next' || which === 'this coming' || which === 'the following' || which === 'the next') day = addDays(ref, delta > 0 ? delta : delta + 7);
      // "Wednesday's ruling": an event the text names by its day has happened
      else day = resolveWeekday(ref, target, /['’]s$/.test(m[0]) ? 'past' : tenseAt(ctx, start, end));
      emit(ctx, start, end, fields(type, fmtDay(day) + partSuffix, granularity, ref), 0.85);
    });
  },
};
