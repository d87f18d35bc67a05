import { describe, expect, it } from 'vitest';
import { addMonths, isoWeek, nthWeekday, weekdayOf } from '../../../src/extractors/date/calendar-math.js';
import { durationValue } from '../../../src/extractors/date/duration-value.js';
import { parseCount, parseOrdinal, parseSpokenYear } from '../../../src/extractors/date/numbers.js';
import { shiftedValue } from '../../../src/extractors/date/resolve.js';
import { TIME_UNITS } from '../../../src/lexicon/date-units.js';

describe('calendar arithmetic', () => {
  it('numbers ISO weeks by their Thursday', () => {
    expect(isoWeek({ y: 2017, m: 7, d: 5 })).toEqual({ y: 2017, w: 27 });
    expect(isoWeek({ y: 2021, m: 1, d: 1 })).toEqual({ y: 2020, w: 53 });
    expect(isoWeek({ y: 2019, m: 12, d: 30 })).toEqual({ y: 2020, w: 1 });
  });

  it('finds weekdays and nth weekdays', () => {
    expect(weekdayOf({ y: 2017, m: 7, d: 5 })).toBe(2);
    expect(nthWeekday(2013, 11, 3, 4)).toEqual({ y: 2013, m: 11, d: 28 });
    expect(nthWeekday(2013, 5, 0, -1)).toEqual({ y: 2013, m: 5, d: 27 });
  });

  it('shifts by units at their grain', () => {
    const ref = { y: 2013, m: 1, d: 15 };
    expect(addMonths(2013, 1, -2)).toEqual({ y: 2012, m: 11 });
    expect(shiftedValue(ref, 'Q', -1)).toBe('2012-Q4');
    expect(shiftedValue(ref, 'W', 1)).toBe('2013-W04');
    expect(shiftedValue(ref, 'DE', 0)).toBe('201');
  });
});

describe('numbers and durations', () => {
  it.each([
    ['three', 3], ['twenty-four', 24], ['twenty four', 24], ['a', 1], ['a couple of', 2], ['several', 'X'], ['1 1/2', 1.5], ['two and a half', 2.5], ['1,000', 1000],
  ] as const)('reads the count "%s"', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it('reads ordinals and spoken years', () => {
    expect(parseOrdinal('eighth')).toBe(8);
    expect(parseOrdinal('twenty-first')).toBe(21);
    expect(parseSpokenYear('nineteen ninety-six')).toBe(1996);
    expect(parseSpokenYear('two thousand and one')).toBe(2001);
  });

  it('writes ISO durations, fractions in the smaller unit', () => {
    const u = (w: string) => TIME_UNITS.get(w)!;
    expect(durationValue(3, u('years'))).toBe('P3Y');
    expect(durationValue(2.5, u('years'))).toBe('P2Y6M');
    expect(durationValue(5.5, u('hours'))).toBe('PT5H30M');
    expect(durationValue(2, u('decades'))).toBe('P20Y');
    expect(durationValue('X', u('months'))).toBe('PXM');
    expect(durationValue(1.5, u('days'))).toBe('P1DT12H');
  });
});
