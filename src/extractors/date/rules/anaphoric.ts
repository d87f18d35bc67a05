// Years and months named by their place after another: "that year", "the
// following year", "later that year", "the previous month". They are
// resolved here from the reference date; `settle` moves them onto the last
// year or month the text named (discourse.ts).
import type { Rule } from '../../rule.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { shiftedValue } from '../resolve.js';
import { has, T_YEAR_MONTH } from '../triggers.js';

export const ANAPHORIC_RULE = 'date/anaphoric';

const ANAPHORIC = new RegExp(
  `(?:\\b(?:later|earlier|early|late)\\s+(?:in\\s+)?)?\\b(that|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+same|the\\s+next)\\s+(year|month)\\b(?!s|-|\\s+(?:or|and)\\b|\\s+ago)`,
  'gi',
);

export const anaphoric: Rule<'date'> = {
  id: ANAPHORIC_RULE,
  kind: 'date',
  description: 'A year or month after one named before: "that year", "the following year", "later that month".',
  run(ctx) {
    if (!has(ctx, T_YEAR_MONTH)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, ANAPHORIC, (m) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase() === 'year' ? 'Y' : 'M';
      const shift = /following|next/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
      const value = ref ? shiftedValue(ref, unit, shift) : unit === 'Y' ? 'XXXX' : 'XXXX-XX';
      emit(ctx, m.index, m.index + m[0].length, fields('DATE', value, unit === 'Y' ? 'year' : 'month', ref), 0.6);
    });
  },
};
