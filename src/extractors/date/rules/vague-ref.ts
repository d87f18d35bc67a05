// The vague points of TimeML: "now", "currently", "current" (PRESENT_REF),
// "recently", "recent", "the past" (PAST_REF), "the future", "soon", "the
// near term" (FUTURE_REF). Only the forms that news uses as times: "as soon
// as", "the current account" or "previously" (mostly "previously reported")
// are left out.
import type { Rule } from '../../rule.js';
import { beforeNoun, eachMatch, emit, fields, wordAfter, wordBefore } from '../context.js';
import { tenseAt } from '../tense.js';
import { has, T_VAGUE } from '../triggers.js';

const VAGUE = new RegExp(
  `\\b(?:` +
    `(right\\s+now|just\\s+now|now)` +
    `|(currently|presently|nowadays|these\\s+days|at\\s+present)` +
    `|(current)` +
    `|((?:more|most|until|only|very)\\s+recently|recently|lately)` +
    `|(recent)` +
    `|(the\\s+(?:recent\\s+|distant\\s+)?past)` +
    `|(the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|future)` +
    `|(as\\s+soon\\s+as\\s+possible|soon)` +
    `|(the\\s+(?:near|short|long|longer|medium)\\s+term|the\\s+(?:long|short)\\s+run|a\\s+later\\s+date)` +
    `)\\b`,
  'gi',
);

/** "the current account", "current assets": accounting terms, not the present */
const CURRENT_NOUNS = new Set(['account', 'accounts', 'assets', 'liabilities', 'ratio', 'dollars', 'prices', 'events', 'affairs', 'members', 'electric', 'electrical', 'flow', 'flows', 'and', 'or', 'as']);
const FUTURE_NOUNS = new Set(['contract', 'contracts', 'market', 'markets', 'exchange', 'exchanges', 'trading', 'price', 'prices', 'position', 'positions', 'tense']);

const THEN_BEFORE = /\bthen[\s-]$/i;

export const vagueRef: Rule<'date'> = {
  id: 'date/vague-ref',
  kind: 'date',
  description: 'A vague time: "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF).',
  run(ctx) {
    if (!has(ctx, T_VAGUE)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, VAGUE, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const before = wordBefore(text, start);
      const after = wordAfter(text, end);
      let value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
      if (m[1]) {
        // "now that" is a conjunction of cause more than of time; still a time in TimeBank's reading
        value = 'PRESENT_REF';
      } else if (m[2]) value = 'PRESENT_REF';
      else if (m[3]) {
        if (CURRENT_NOUNS.has(after) || before === 'the' && /^(of|in|from|is|was|and)$/.test(after)) return;
        // "the then current market price", "the then-current chairman": current at a time gone by
        const then = THEN_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
        if (then) return emit(ctx, start - then[0].length, end, fields('DATE', 'PAST_REF', null), 0.6);
        value = 'PRESENT_REF';
      } else if (m[4] || m[5]) {
        if (m[5] && /^(years|months|weeks|days|quarters|decades|history|past|times|memory)$/.test(after)) return;
        value = 'PAST_REF';
      } else if (m[6]) {
        // "the past two years" is a duration: the duration rule has it
        if (/^(\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century|couple)/.test(after)) return;
        value = 'PAST_REF';
      } else if (m[7]) {
        // "in future" is a time; "future losses", "for future growth" are things to come
        if (m[0].toLowerCase() === 'future' && (FUTURE_NOUNS.has(after) || beforeNoun(ctx, end) || (before !== 'in' && before !== 'the' && before !== 'for' && before !== 'near'))) return;
        value = 'FUTURE_REF';
      } else if (m[8]) {
        if (m[0].length === 4 && (before === 'as' || after === 'as' || after === 'after' || after === 'thereafter')) return;
        // "He was soon released", "a trickle that soon became a flood": shortly after a past event, not ahead of now
        if (m[0].length === 4 && tenseAt(ctx, start, end) === 'past') return;
        value = 'FUTURE_REF';
      } else value = 'FUTURE_REF';
      emit(ctx, start, end, fields('DATE', value, null), m[3] || m[5] ? 0.55 : 0.7);
    });
  },
};
