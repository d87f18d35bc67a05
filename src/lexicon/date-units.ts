// Calendar units as TimeML spells them in durations: "three years" is P3Y,
// "two hours" PT2H (time units take the T), "two decades" P20Y.

export interface TimeUnit {
  /** letter of the ISO 8601 duration */
  code: 'S' | 'M' | 'H' | 'D' | 'W' | 'Q' | 'Y';
  /** hours, minutes and seconds sit after the T */
  time: boolean;
  /** how many of `code` one unit is (a decade is 10 Y) */
  size: number;
}

const unit = (code: TimeUnit['code'], time = false, size = 1): TimeUnit => ({ code, time, size });

/** singular and plural spellings (lower case) → unit */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', unit('S', true)], ['seconds', unit('S', true)],
  ['minute', unit('M', true)], ['minutes', unit('M', true)],
  ['hour', unit('H', true)], ['hours', unit('H', true)],
  ['day', unit('D')], ['days', unit('D')],
  ['week', unit('W')], ['weeks', unit('W')],
  ['fortnight', unit('W', false, 2)], ['fortnights', unit('W', false, 2)],
  ['month', unit('M')], ['months', unit('M')],
  ['quarter', unit('Q')], ['quarters', unit('Q')],
  ['year', unit('Y')], ['years', unit('Y')],
  ['decade', unit('Y', false, 10)], ['decades', unit('Y', false, 10)],
  ['century', unit('Y', false, 100)], ['centuries', unit('Y', false, 100)],
]);

/** Words that may stand between a number and its unit without changing it: "eight trading days". */
export const UNIT_QUALIFIERS = ['trading', 'business', 'working', 'calendar', 'school', 'fiscal', 'full', 'straight', 'consecutive', 'more', 'additional', 'extra'] as const;

/** "for about three years": hedges before a duration that TimeML keeps inside the expression */
export const DURATION_HEDGES = [
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'more than', 'less than', 'fewer than', 'at least', 'at most',
  'over', 'under', 'up to', 'no more than', 'no less than', 'just over', 'just under', 'well over', 'only', 'just', 'barely', 'close to',
] as const;
