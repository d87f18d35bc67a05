// Temporal focus: expressions that take their value from the period the
// text is speaking of rather than from the reference date alone. Results
// news names a quarter once and then compares with "a year earlier", "last
// year", "the year-ago period": each is the same quarter a year before.
import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** [text, value] of each date of `text` */
const values = (text: string, ref: string) => dates(text, ref).map((d) => [d.text, d.value]);
const valueOf = (text: string, ref: string, expression: string) => dates(text, ref).find((d) => d.text === expression)?.value;

describe('the quarter in focus', () => {
  const REF = '2013-10-24';

  it('compares "last year" with the quarter reported', () => {
    expect(values('Widget Co. said third-quarter net rose 8%. Its tools unit earned $4 million, compared with a loss of $1 million last year.', REF)).toEqual([
      ['third-quarter', '2013-Q3'],
      ['last year', '2012-Q3'],
    ]);
    expect(valueOf('Sales in the latest quarter were $2 billion, a 5% increase from last year\'s $1.9 billion.', REF, 'last year')).toBe('2012-Q3');
  });

  it('keeps "last year" a year outside a comparison or without a quarter', () => {
    // no quarter named
    expect(valueOf('The unit earned $4 million, compared with a loss of $1 million last year.', REF, 'last year')).toBe('2012');
    // an event of last year, not a comparison of results
    expect(valueOf('Widget said third-quarter net will probably be lower than the 16 cents a share it reported last year.', REF, 'last year')).toBe('2012');
    expect(valueOf('Widget said third-quarter net rose 8%. The chairman resigned last year to run for office.', REF, 'last year')).toBe('2012');
  });

  it('keeps "a year earlier" a year when no quarter is in focus', () => {
    expect(valueOf('Hourly wages were 3.8% higher than a year earlier.', REF, 'a year earlier')).toBe('2012');
    // "quarter-century" names no quarter
    expect(valueOf('Unemployment is just above its quarter-century low. Wages were 3.8% higher than a year earlier.', REF, 'a year earlier')).toBe('2012');
  });

  it('compares with the quarter a few sentences on', () => {
    const text =
      'Gadget Inc. said it expects a third-quarter loss of $18 million. It will record a reserve for its defense group. ' +
      'It will also write off costs of failed leases. The company cited interest costs as a factor. A year earlier, net income was $2.1 million.';
    expect(valueOf(text, REF, 'A year earlier')).toBe('2012-Q3');
  });

  it('takes a fiscal quarter in progress as over when the story reports it', () => {
    const text = 'Feedco reported a 47% decline in fourth-quarter earnings. It earned $45 million, compared with $85 million a year earlier. Sales in the latest period were $1.8 billion.';
    expect(values(text, '2013-11-02')).toEqual([
      ['fourth-quarter', '2013-Q4'],
      ['a year earlier', '2012-Q4'],
      ['the latest period', '2013-Q4'],
    ]);
    expect(valueOf('Toolco earned $3 million for its fourth quarter ended Aug. 26. A year earlier it earned $2.4 million.', '2013-11-02', 'A year earlier')).toBe('2012-Q4');
  });

  it('does not take a quarter ahead as the one reported', () => {
    const text = 'Toolco expects fourth-quarter sales to improve. Profit was $4 million, compared with $3 million a year earlier.';
    expect(valueOf(text, '2013-11-02', 'a year earlier')).toBe('2012');
    // a later quarter still ahead does not move the focus from the one reported
    const later = 'Toolco said third-quarter net fell. It has no estimate of storm damage to fourth-quarter results. In the latest quarter, its auto line lost $2 million, compared with earnings of $3 million last year.';
    expect(values(later, '2013-10-30').slice(2)).toEqual([
      ['the latest quarter', '2013-Q3'],
      ['last year', '2012-Q3'],
    ]);
  });

  it('stays on the quarter reported when the text looks back at an earlier one', () => {
    const text = 'Paperco posted a 20% gain in third-quarter net income. After a flat second quarter, its consumer units improved. Costs in the year-earlier period were higher. In the 2013 period, taxes were lower than a year ago.';
    expect(values(text, REF).filter(([t]) => !/second/.test(t!))).toEqual([
      ['third-quarter', '2013-Q3'],
      ['the year-earlier period', '2012-Q3'],
      ['the 2013 period', '2013-Q3'],
      ['a year ago', '2012-Q3'],
    ]);
  });

  it('moves to a fiscal quarter another company reports', () => {
    const text = 'Steelco said third-quarter profit fell 54%. Metalco posted net income for the fiscal second quarter of $8.6 million. The latest period includes gains from debt retirement.';
    expect(valueOf(text, REF, 'The latest period')).toBe('2013-Q2');
  });

  it('reads "this quarter" as the quarter reported unless the clause looks ahead', () => {
    const text = 'Bookco reported a net loss for the third quarter ended Sept. 30. This quarter\'s loss includes charges of $4.9 million.';
    expect(valueOf(text, '2013-11-01', "This quarter")).toBe('2013-Q3');
    const ahead = 'Bookco reported a net loss for the third quarter ended Sept. 30. Sales will recover this quarter, it said.';
    expect(valueOf(ahead, '2013-11-01', 'this quarter')).toBe('2013-Q4');
  });

  it('turns to the whole year after "Last year, ..."', () => {
    const text = 'Insureco said third-quarter net fell 22%. Last year catastrophe losses totaled $5 million. The year-earlier results have been restated.';
    expect(valueOf(text, '2013-10-30', 'year-earlier')).toBe('2012');
  });

  it('reads "the year-earlier nine months" as the length compared with', () => {
    const text = 'Net for the nine months rose 56%. Net for the year-earlier nine months included a gain of $9.7 million.';
    expect(values(text, REF)).toEqual([
      ['the nine months', 'P9M'],
      ['the year-earlier nine months', 'P9M'],
    ]);
  });
});
