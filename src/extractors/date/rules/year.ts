// A year: "in 2019", "1990", "fiscal 1989", "mid-1996", "the end of 1990",
// "nineteen ninety-six", "the year two thousand". A bare year is absolute;
// a four-digit number is not a year when it counts things ("1990 employees"),
// labels them ("Flight 1990") or is money ("$2000").
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import { COUNTED_NOUNS, NUMBER_LABELS, YEAR_CUES } from '../../../lexicon/date-exclusions.js';
import type { Rule } from '../../rule.js';
import { fmtYear } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized, modifiersBefore, previousWord, wordAfter, wordBefore } from '../context.js';
import { parseSpokenYear } from '../numbers.js';
import { POINT_MODIFIER, SPOKEN_YEAR } from '../patterns.js';
import { ZONE } from './time-of-day.js';
import { has, T_SPOKEN_YEAR, T_YEAR } from '../triggers.js';

const YEAR = new RegExp(
  `(?<![\\w$£€¥#.,/])(1\\d{3}|20\\d{2}|21\\d{2})(?![\\w%]|[.,]\\d|-\\d|/\\d|:\\d)` +
    `|\\bFY\\s*(1\\d{3}|20\\d{2}|21\\d{2})\\b` +
    `|(?:\\b(?:the\\s+)?year\\s+)?\\b(${SPOKEN_YEAR})\\b(?![-\\s]+(?:percent|dollars|people|million|billion|hundred))`,
  'gi',
);

/** what may stand before a year and belongs to it: "fiscal", "mid-", "the end of", "the year" */
const PREFIX = new RegExp(`(?:\\b${POINT_MODIFIER}|\\b(?:the\\s+)?(?:fiscal|calendar|financial|model)(?:\\s+year)?\\s+|\\b(?:the\\s+)?year\\s+|\\b(?:post|pre)-)$`, 'i');

const NUMBER_BEFORE = /[\d$£€¥]\s*$/;
/**
 * "1400 GMT", "0900 hrs", "by 1000 London time", "from 1130 to 1215 GMT": a clock time as wire services write it,
 * alone or opening a range of them
 */
const CLOCK_AFTER = new RegExp(`^(?:\\s*(?:to|-|and)\\s*\\d{4})?\\s+(?:${ZONE}|hrs|hours|local\\s+time|[A-Z][a-z]+\\s+time)\\b`);

/** "1130", "2000": four digits that can be a time of day, hours and minutes */
const isClock = (digits: string) => Number(digits.slice(0, 2)) < 24 && Number(digits.slice(2)) < 60;

export const year: Rule<'date'> = {
  id: 'date/year',
  kind: 'date',
  description: 'A year, absolute: "in 2019", "fiscal 1989", "nineteen ninety-six".',
  run(ctx) {
    if (!has(ctx, T_YEAR | T_SPOKEN_YEAR)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, YEAR, (m) => {
      let start = m.index;
      const end = start + m[0].length;
      if (m[3]) {
        const y = parseSpokenYear(m[3]);
        // "two thousand" alone counts things; as a year it needs "the year" or a preposition
        if (y === null || (/^two\s+thousand/i.test(m[3]) && m[0].length === m[3].length && !YEAR_CUES.has(wordBefore(text, start)))) return;
        emit(ctx, start, end, fields('DATE', fmtYear(y), 'year'), 0.75);
        return;
      }
      if (m[2]) return emit(ctx, start, end, fields('DATE', m[2], 'year'), 0.9);
      const digits = m[1]!;
      const y = Number(digits);
      const prefix = modifiersBefore(text, start, PREFIX);
      // "1990-91" is a span of years; "mid-1996" a year
      if (!prefix && text[start - 1] === '-') return;
      const before = wordBefore(text, start);
      const after = wordAfter(text, end);
      if (prefix) start = prefix.index;
      else {
        if (NUMBER_LABELS.has(before) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return;
        if (COUNTED_NOUNS.has(after) || (isClock(digits) && CLOCK_AFTER.test(text.slice(end)))) return;
        // "LaserJet 2000", "Orion 1980", "Pay ABC 2000": a number after a name is part of the name
        const raw = previousWord(text, start);
        const rawStart = text.lastIndexOf(raw, start - 1);
        const named = isCapitalized(raw) && !/['’]s$/.test(raw) && !YEAR_CUES.has(before) && !MONTH_NUMBER.has(before);
        if (named && rawStart > 0 && !/[.!?:"“(]\s*$/.test(text.slice(0, rawStart))) return;
        // outside the twentieth and twenty-first centuries only with a cue: "in 1492" (not "the 1150-megawatt station")
        if ((y < 1900 || y > 2099) && (!YEAR_CUES.has(before) || /^-[a-z]/i.test(text.slice(end)))) return;
      }
      emit(ctx, start, end, fields('DATE', digits, 'year'), prefix || YEAR_CUES.has(before) ? 0.9 : 0.75);
    });
  },
};
