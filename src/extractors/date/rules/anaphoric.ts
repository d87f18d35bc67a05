// Years, months and days named by their place after another: "that year",
// "the following year", "later that year", "the previous month", "the next
// day", "earlier that day", "the next morning". They are resolved here from
// the reference date; `settle` moves them onto the last year, month or day
// the text named (discourse.ts).
import { DAY_PARTS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { addDays, fmtDay } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { shiftedValue } from '../resolve.js';
import { has, T_DAY_PART, T_UNIT } from '../triggers.js';

export const ANAPHORIC_RULE = 'date/anaphoric';

const ANAPHORIC = new RegExp(
  `(?:\\b(earlier|later|early|late)\\s+(?:in\\s+)?)?\\b(that(?:\\s+same)?|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+same|the\\s+next)\\s+(year|month|day|morning|afternoon|evening|night)\\b(?!s|-|\\s+(?:or|and)\\b|\\s+ago)`,
  'gi',
);

export const anaphoric: Rule<'date'> = {
  id: ANAPHORIC_RULE,
  kind: 'date',
  description: 'A year, month or day after one named before: "that year", "the following year", "the next day".',
  run(ctx) {
    if (!has(ctx, T_UNIT | T_DAY_PART)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, ANAPHORIC, (m) => {
      const which = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3]!.toLowerCase();
      const shift = /following|next/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
      // "trades made that day" is any day; only "earlier that day", "that same day" point back to one
      if (unit !== 'year' && unit !== 'month' && which === 'that' && !m[1]) return;
      const start = m.index;
      const end = start + m[0].length;
      if (unit === 'year' || unit === 'month') {
        const code = unit === 'year' ? 'Y' : 'M';
        const value = ref ? shiftedValue(ref, code, shift) : code === 'Y' ? 'XXXX' : 'XXXX-XX';
        return emit(ctx, start, end, fields('DATE', value, unit, ref), 0.6);
      }
      const day = ref ? fmtDay(addDays(ref, shift)) : 'XXXX-XX-XX';
      const part = DAY_PARTS.get(unit);
      if (part) return emit(ctx, start, end, fields('TIME', `${day}T${part}`, 'time', ref), 0.55);
      emit(ctx, start, end, fields('DATE', day, 'day', ref), 0.55);
    });
  },
};
