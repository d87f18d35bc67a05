// A day with its month and year: "July 5, 2017", "November three, 1986", "5 July 2017", "2017-07-05", "7/5/2017".
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { fmtDay, isValidDay, type Day } from '../calendar-math.js';
import { eachMatch, emit, fields, isCapitalized } from '../context.js';
import { DAY_NUMBER, DAY_WORD, MONTH_ANY, YEAR_NUMBER } from '../patterns.js';
import { wordNumber } from '../numbers.js';
import { has, T_MONTH, T_NUMERIC_DATE, T_YEAR } from '../triggers.js';

export const FULL_DATE_PATTERN = new RegExp(
  `\\b(${MONTH_ANY})\\s+(${DAY_NUMBER}|${DAY_WORD}),?\\s+(${YEAR_NUMBER})` +
    `|\\b(${DAY_NUMBER})(?:\\s+of)?\\s+(${MONTH_ANY}),?\\s+(${YEAR_NUMBER})` +
    `|\\b(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])` +
    `|(?<![\\d/.])(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])/((?:19|20)\\d{2})(?![\\d/])`,
  'gi',
);

const monthOf = (s: string) => MONTH_NUMBER.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;

/** the day a FULL_DATE_PATTERN match names, or null when its month is not capitalized */
export function readFullDate(m: RegExpExecArray): Day | null {
  const monthWord = m[1] ?? m[5];
  if (monthWord && !isCapitalized(monthWord)) return null;
  // ("November three, 1986": the day in words)
  if (m[1]) return { y: Number(m[3]), m: monthOf(m[1]), d: /^\d/.test(m[2]!) ? parseInt(m[2]!, 10) : (wordNumber(m[2]!) ?? 0) };
  if (m[5]) return { y: Number(m[6]), m: monthOf(m[5]), d: parseInt(m[4]!, 10) };
  if (m[7]) return { y: Number(m[7]), m: Number(m[8]), d: Number(m[9]) };
  return { y: Number(m[12]), m: Number(m[10]), d: Number(m[11]) };
}

export const fullDate: Rule<'date'> = {
  id: 'date/full-date',
  kind: 'date',
  description: 'A day with month and year: "July 5, 2017", "5 July 2017", "2017-07-05", "7/5/2017".',
  run(ctx) {
    if (!has(ctx, T_MONTH | T_NUMERIC_DATE) || !has(ctx, T_YEAR | T_NUMERIC_DATE)) return;
    eachMatch(ctx, FULL_DATE_PATTERN, (m) => {
      const day = readFullDate(m);
      if (!day || !isValidDay(day.y, day.m, day.d)) return;
      emit(ctx, m.index, m.index + m[0].length, fields('DATE', fmtDay(day), 'day'), 0.95);
    });
  },
};
