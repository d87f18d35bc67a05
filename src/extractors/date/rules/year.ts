// A year: "in 2019", "1990", "fiscal 1989", "mid-1996", "the end of 1990",
// "nineteen ninety-six", "the year two thousand". A bare year is absolute;
// a four-digit number is not a year when it counts things ("1990 employees"),
// labels them ("Flight 1990") or is money ("$2000").
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import { COUNTED_NOUNS, NUMBER_LABELS, YEAR_CUES } from '../../../lexicon/date-exclusions.js';
import type { Rule } from '../../rule.js';
import { fmtYear } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, previousWord, wordAfter, wordBefore } from '../context.js';
import { parseSpokenYear } from '../numbers.js';
import { POINT_MODIFIER, SPOKEN_YEAR } from '../patterns.js';
import { ZONE } from './time-of-day.js';
import { has, T_DIGIT, T_SPOKEN_YEAR } from '../triggers.js';

const YEAR = new RegExp(
  `(?:\\b(?:${POINT_MODIFIER}|(?:the\\s+)?(?:fiscal|calendar|financial|model)(?:\\s+year)?\\s+|FY\\s*|(?:the\\s+)?year\\s+|post-|pre-)|(?<![\\w$£€¥#.,/-]))` +
    `(1\\d{3}|20\\d{2}|21\\d{2})(?![\\w%]|[.,]\\d|-\\d|/\\d|:\\d)` +
    `|(?:\\b(?:the\\s+)?year\\s+)?\\b(${SPOKEN_YEAR})\\b(?![-\\s]+(?:percent|dollars|people|million|billion|hundred))`,
  'gi',
);

const NUMBER_BEFORE = /[\d$£€¥]\s*$/;
/** "1400 GMT", "0900 hrs": a clock time as wire services write it */
const CLOCK_AFTER = new RegExp(`^\\s+(?:${ZONE}|hrs|hours)\\b`);

export const year: Rule<'date'> = {
  id: 'date/year',
  kind: 'date',
  description: 'A year, absolute: "in 2019", "fiscal 1989", "nineteen ninety-six".',
  run(ctx) {
    if (!has(ctx, T_DIGIT | T_SPOKEN_YEAR)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, YEAR, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (m[2]) {
        const y = parseSpokenYear(m[2]);
        // "two thousand" alone counts things; as a year it needs "the year" or a preposition
        if (y === null || (/^two\s+thousand/i.test(m[2]) && m[0].length === m[2].length && !YEAR_CUES.has(wordBefore(text, start)))) return;
        emit(ctx, start, end, fields('DATE', fmtYear(y), 'year'), 0.75);
        return;
      }
      const digits = m[1]!;
      const y = Number(digits);
      const prefixed = m[0].length > digits.length;
      const digitsStart = end - digits.length;
      const before = wordBefore(text, digitsStart);
      const after = wordAfter(text, end);
      if (!prefixed) {
        if (NUMBER_LABELS.has(before) || NUMBER_BEFORE.test(text.slice(Math.max(0, digitsStart - 3), digitsStart))) return;
        if (COUNTED_NOUNS.has(after) || CLOCK_AFTER.test(text.slice(end))) return;
        // "LaserJet 2000", "Orion 1980", "Pay ABC 2000": a number after a name is part of the name
        const raw = previousWord(text, digitsStart);
        const rawStart = text.lastIndexOf(raw, digitsStart - 1);
        const named = isCapitalized(raw) && !/['’]s$/.test(raw) && !YEAR_CUES.has(before) && !MONTH_NUMBER.has(before);
        if (named && rawStart > 0 && !/[.!?:"“(]\s*$/.test(text.slice(0, rawStart))) return;
        // outside the twentieth and twenty-first centuries only with a cue: "in 1492"
        if ((y < 1900 || y > 2099) && !YEAR_CUES.has(before)) return;
      }
      emit(ctx, start, end, fields('DATE', digits, 'year'), prefixed || YEAR_CUES.has(before) ? 0.9 : 0.75);
    });
  },
};
