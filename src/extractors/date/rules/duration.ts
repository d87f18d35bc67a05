// Lengths of time: "three years" (P3Y), "multi-year" (PXY), "the past two
// years", "two-hour" (PT2H), "5 1/2 hours", "more than four decades",
// "several months" (PXM), "the first nine months" (P9M), "8-month-old".
// "a year" after an amount is a rate, not a length ("$5 million a year").
import { TIME_UNITS, UNIT_QUALIFIERS, DURATION_HEDGES } from '../../../lexicon/date-units.js';
import type { Rule } from '../../rule.js';
import { eachMatch, emit, fields, isCapitalized, modifiersBefore, tokenBefore, wordAfter, wordBefore } from '../context.js';
import { durationValue } from '../duration-value.js';
import { parseCount } from '../numbers.js';
import { alternation, COUNT, UNIT } from '../patterns.js';
import { tenseAt } from '../tense.js';
import { has, T_UNIT } from '../triggers.js';

const DETERMINER = '(?:the|its|their|his|her|our|this|that|these|those|each\\s+of\\s+the|all\\s+of\\s+the|all\\s+the)';
const POSITION = '(?:past|last|next|first|coming|previous|following|final|latest|initial|remaining|preceding|ensuing|same|full|entire|whole|recent|prior|subsequent|intervening|succeeding|better\\s+part\\s+of\\s+the|rest\\s+of\\s+the)';

const DURATION = new RegExp(
  `(?<![\\w$£€¥.,/-])(${COUNT})(?:\\s*(?:to|or|-|and)\\s*(?:${COUNT}))?(?:\\s+|-)(?:(?:${alternation(UNIT_QUALIFIERS)})[\\s-]+)?(${UNIT})\\b(\\s+and\\s+a\\s+half\\b)?(-old\\b|-long\\b)?` +
    `|\\b(multi|several|many)[-\\s]?(year|month|week|day|decade)s?\\b(?:-(?:old|long)\\b)?` +
    `|\\b(decades|centuries)-long\\b`,
  'gi',
);

/** "the past two years", "nearly three hours", "each of the last three years" */
const PREFIX = new RegExp(`(?:\\b${DETERMINER}\\s+)?(?:\\b${POSITION}\\s+)?(?:\\b(?:${alternation(DURATION_HEDGES)})\\s+)?$`, 'i');

/** after these the expression is a point ("two years ago"): the relative-unit rule reads it */
const POINT_AFTER = new Set(['ago', 'earlier', 'later', 'hence', 'back', 'previously', 'before.', 'prior']);
/** before "a year" these make it a rate: "$5 million a year", "twice a year", "10% a year" */
const RATE_BEFORE = /(?:[\d%]|\b(?:million|billion|trillion|mln|bln|dollars|cents|percent|pct|once|twice|thrice|times|tons|barrels|units|shares|each|per|people|visitors|workers|more|less|fewer))\s*$/i;

/** "four days a week", "five flights a day", "1.76 dlrs a share a year": a thing counted right before "a year" makes it a rate */
function countedBefore(ctx: Parameters<Rule<'date'>['run']>[0], start: number): boolean {
  const before = tokenBefore(ctx, start);
  // (not "half an hour", a length)
  return !!before && before.pos === 'NOUN' && before.text === before.lower && before.lower !== 'half';
}

/** subjects after "one day" that open its clause: "one day it will be extended" */
const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i', 'there', 'this', 'that']);

/** modals before "one day" that make it a day to come */
const SOME_DAY_BEFORE = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', "'ll", 'shall']);

export const duration: Rule<'date'> = {
  id: 'date/duration',
  kind: 'date',
  description: 'A length of time: "three years", "a multi-year", "the past two years", "two-hour", "several months".',
  run(ctx) {
    if (!has(ctx, T_UNIT)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, DURATION, (m) => {
      let start = m.index;
      const end = start + m[0].length;
      if (m[5] || m[7]) {
        // "a multi-year agreement", "decades-long": a length the text does not count
        const unit = TIME_UNITS.get((m[7] ?? m[6]!).toLowerCase())!;
        return emit(ctx, start, end, fields('DURATION', durationValue('X', unit), null), 0.75);
      }
      const countText = m[1]!;
      const unitWord = m[2]!.toLowerCase();
      const unit = TIME_UNITS.get(unitWord)!;
      const parsed = parseCount(countText);
      const count = typeof parsed === 'number' && m[3] ? parsed + 0.5 : parsed;
      if (count === null) return;
      // "the 1988 quarter" is a year, not 1988 quarters
      if (/^\d{4}$/.test(countText.trim()) || (typeof count === 'number' && (count > 2100 || !Number.isInteger(count * 2)))) return;
      const article = /^(a|an)$/i.test(countText.trim());
      // "a decades-long feud", "a years-old dispute": the article is the noun's, the count vague
      if (article && m[4] && /s$/.test(unitWord)) {
        const unitAt = start + m[0].toLowerCase().lastIndexOf(unitWord);
        return emit(ctx, unitAt, end, fields('DURATION', durationValue('X', unit), null), 0.75);
      }
      // "a second chance", "a quarter of the shares", "one quarter": ordinals and fractions, not lengths
      if ((unitWord === 'second' || unitWord === 'quarter') && (article || count === 1)) return;
      const after = wordAfter(text, end);
      if (POINT_AFTER.has(after)) return;
      // "a year-on-year rise", "month-on-month": a comparison's name, no length
      if (/^-(?:on|over)-/i.test(text.slice(end, end + 6))) return;
      // ages are not times: "the 6-year-old", "52 years old"
      if (unit.code === 'Y' && unit.size === 1 && (m[4] === '-old' || after === 'old')) return;
      // "three-quarters of the shares" is a fraction
      if (unit.code === 'Q' && (m[0].includes('-') || (after === 'of' && count !== 'X'))) return;
      // "60 Minutes", "Days of Thunder": a capitalized unit inside a sentence belongs to a title
      const unitStart = start + m[0].toLowerCase().lastIndexOf(unitWord);
      if (isCapitalized(m[2]!) && unitStart > 0 && !/^[A-Z\s\d-]+$/.test(m[0])) return;
      const before = wordBefore(text, start);
      if (before === 'per' || before === 'every' || before === 'each') return;
      // "Islam will one day be the second religion", "he hopes he can one day return": some day ahead, not a length
      const oneDay = unitWord === 'day' && /^one$/i.test(countText.trim());
      if (oneDay && SOME_DAY_BEFORE.has(before)) {
        return emit(ctx, start, end, fields('DATE', 'FUTURE_REF', null), 0.6);
      }
      // ... "one day it will be extended": before the clause's subject, some day, ahead unless told in the past ("one
      // day he walked in"), which TimeML leaves alone
      if (oneDay && CLAUSE_SUBJECTS.has(after) && !/\b(?:for|in|within|of|by|than|only|just|a)\s+$/i.test(text.slice(0, start))) {
        return tenseAt(ctx, start, end) === 'past' ? undefined : emit(ctx, start, end, fields('DATE', 'FUTURE_REF', null), 0.6);
      }
      // "the two-hour meeting": before an adjective the article is the noun's
      const prefix = /\d-|[a-z]-/i.test(m[0]) ? null : modifiersBefore(text, start, PREFIX);
      if (prefix) start = prefix.index;
      else if (article && (RATE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || countedBefore(ctx, start))) {
        return emit(ctx, start, end, fields('SET', durationValue(1, unit), null), 0.75);
      }
      emit(ctx, start, end, fields('DURATION', durationValue(count, unit), null), prefix ? 0.8 : 0.75);
    });
  },
};
