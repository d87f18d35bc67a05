// Repeated times (TimeML SET): "every month" (P1M), "each year", "every two
// years" (P2Y), "annually", "daily", "twice a week", "per year", "each
// July" (XXXX-07). Weekday sets ("every Thursday", "Mondays") are the
// weekday rule's.
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import { TIME_UNITS } from '../../../lexicon/date-units.js';
import { FREQUENCY_ADVERBS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { pad } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, wordAfter } from '../context.js';
import { durationValue } from '../duration-value.js';
import { parseCount } from '../numbers.js';
import { alternation, COUNT, MONTH_NAME, UNIT_SINGULAR } from '../patterns.js';
import { has, T_FREQUENCY, T_MONTH, T_UNIT } from '../triggers.js';

const SET = new RegExp(
  `\\b(every|each|per|a)\\s+(?:(other)\\s+|(${COUNT})\\s+)?(${UNIT_SINGULAR}|${UNIT_SINGULAR}s)\\b(?!-)` +
    `|\\b(every|each)\\s+(${MONTH_NAME})\\b` +
    `|\\b(${alternation(FREQUENCY_ADVERBS.keys())})\\b`,
  'gi',
);

/** "daily" and "weekly" also name publications: "the daily Le Monde", "a weekly magazine" */
const PUBLICATION_AFTER = new Set(['newspaper', 'paper', 'magazine', 'journal', 'news', 'edition', 'publication', 'tabloid', 'show', 'program', 'programme', 'column', 'newsletter', 'digest']);

/** a capitalized name right after the word (Arabic ones after their article: "the Kuwaiti daily al-Qabas") */
const PAPER_NAME_AFTER = /^\s(?:[A-Z][a-z]|[a-z]{2}-[A-Z])/;

export const set: Rule<'date'> = {
  id: 'date/set',
  kind: 'date',
  description: 'A repeated time: "every month", "each year", "annually", "daily", "twice a week".',
  run(ctx) {
    if (!has(ctx, T_UNIT | T_FREQUENCY | T_MONTH)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, SET, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (m[7]) {
        const word = m[7].toLowerCase();
        if (PUBLICATION_AFTER.has(wordAfter(text, end))) return;
        // "the Communist Party daily Granma", "the business daily Handelsblatt": a paper named after it
        if ((word === 'daily' || word === 'weekly') && PAPER_NAME_AFTER.test(text.slice(end, end + 5))) return;
        // "the daily" as a noun is a newspaper
        if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && word !== 'annually') return;
        return emit(ctx, start, end, fields('SET', FREQUENCY_ADVERBS.get(word)!, null), 0.75);
      }
      if (m[5]) {
        if (!isCapitalized(m[6]!)) return;
        return emit(ctx, start, end, fields('SET', `XXXX-${pad(MONTH_NUMBER.get(m[6]!.toLowerCase())!)}`, 'month'), 0.8);
      }
      const quantifier = m[1]!.toLowerCase();
      const unitWord = m[4]!.toLowerCase();
      const unit = TIME_UNITS.get(unitWord);
      if (!unit) return;
      const plural = unitWord.endsWith('s') && unitWord !== 'century';
      if (quantifier === 'a' || quantifier === 'per') {
        // "a year" is a rate only after an amount or a frequency; the duration rule reads the rest
        if (quantifier === 'a' && !/(?:[\d%]|\b(?:million|billion|mln|bln|dollars|cents|percent|pct|once|twice|thrice|times|tons|barrels|units|shares|each|people))\s*$/i.test(text.slice(Math.max(0, start - 24), start))) return;
        if (m[2] || m[3] || plural) return;
        return emit(ctx, start, end, fields('SET', durationValue(1, unit), null), 0.8);
      }
      if (m[2]) return emit(ctx, start, end, fields('SET', durationValue(2, unit), null), 0.8);
      const count = m[3] ? parseCount(m[3]) : 1;
      if (count === null || count === 'X') return;
      if (plural !== (count !== 1)) return;
      // "each quarter" of a year is a SET; "a quarter" alone is a fraction
      emit(ctx, start, end, fields('SET', durationValue(count, unit), null), 0.8);
    });
  },
};
