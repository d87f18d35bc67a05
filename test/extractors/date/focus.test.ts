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

  it('names "the quarter ended July 31" by the calendar quarter holding most of it', () => {
    expect(valueOf('In the quarter ended July 31, Jayark had 5.6 million shares outstanding.', '1989-10-30', 'the quarter')).toBe('1989-Q2');
    expect(values('Widget Co. reported a profit for the quarter ended Sept. 30. Sales rose 5% from a year earlier.', REF)).toEqual([
      ['the quarter', '2013-Q3'],
      ['Sept. 30', '2013-09-30'],
      ['a year earlier', '2012-Q3'],
    ]);
    // after "the fiscal first quarter" a report keeps the company's calendar
    expect(valueOf('Delta earnings soared in the fiscal first quarter. For the quarter ended Sept. 30, Delta posted net income of $133 million.', '1989-10-26', 'the quarter')).toBe('1989-Q1');
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

  it('compares with the quarter or the year of its own sentence first', () => {
    const text = 'Output grew 5% in the first quarter from a year earlier. GNP had grown 3.5% in the fourth quarter of 2012 from a year earlier.';
    expect(values(text, '2013-06-02').map(([, v]) => v)).toEqual(['2013-Q1', '2012-Q1', '2012-Q4', '2011-Q4']);
    expect(valueOf('Widget said third-quarter net rose 8%. Its 2012 net income fell to $101.9 million from year-ago levels.', REF, 'year-ago')).toBe('2011');
    expect(valueOf('Widget said third-quarter net rose 8%. Earnings for the full fiscal year should reach $2.10 a share, compared with $1.91 a year ago.', REF, 'a year ago')).toBe('2012');
  });

  it('reads a quarter that is still ahead against the year before in its own sentence', () => {
    expect(valueOf('Widget expects first-quarter sales to be substantially higher than last year\'s $67 million.', '2013-02-26', 'last year')).toBe('2012-Q1');
  });

  it('takes "last year" as the quarter only right after the quarter is named', () => {
    const text =
      'Korea will pay 20% more for ethylene in the second quarter, up from $350 in the first quarter. Demand this month has risen. ' +
      'A new plant will open at the end of this month. Import needs have risen to 8,000 tonnes from 6,000 tonnes last year.';
    expect(valueOf(text, '2013-04-03', 'last year')).toBe('2012');
  });

  it('keeps "this quarter" the quarter under way when it is expected', () => {
    const text = 'Long-distance rate cuts hurt fourth-quarter results. But we expect this quarter to be better than the fourth quarter.';
    expect(valueOf(text, '2013-03-05', 'this quarter')).toBe('2013-Q1');
  });

  it('names the year of a quarter written right after it', () => {
    expect(valueOf('Its fourth-quarter 2012 profits fell 15%.', REF, 'fourth-quarter 2012')).toBe('2012-Q4');
    expect(valueOf('Growth slowed in the fourth quarter 2011.', REF, 'the fourth quarter 2011')).toBe('2011-Q4');
  });

  it('compares with the period a sentence reports, not the one it compares with', () => {
    const text = 'Terms of trade fell 3.5% in the fourth quarter of 2012 after declining 0.8% in the third quarter and 2.7% a year earlier.';
    expect(valueOf(text, '2013-03-13', 'a year earlier')).toBe('2011-Q4');
    const years = 'Oil sold for $13.83 a barrel, down from $26.43 in 2011, and gas for $1.49, down from $2.18 a year earlier.';
    expect(valueOf(years, '2013-03-13', 'a year earlier')).toBe('2012');
  });

  it('anchors "a year ago" on a year the sentence names only when it is recent', () => {
    expect(valueOf('Industrial production stood at 127% of the 1977 average and was up 1.7% from a year ago.', REF, 'a year ago')).toBe('2012');
    expect(valueOf('Motorcycle output totalled 28,000 in 2011, down 33% from a year earlier.', REF, 'a year earlier')).toBe('2010');
  });

  it('does not read a later event as a comparison', () => {
    const text = 'The expected first-quarter profit was based on the share total after the buyback last year.';
    expect(valueOf(text, '2013-04-13', 'last year')).toBe('2012');
  });

  it('does not take a quarter the text expects as the one reported, without a reference date', () => {
    const text = 'Airco reported a loss for the fourth quarter of 2004. It expects to report a loss for the first quarter of 2005. Results were below estimates for the quarter.';
    expect(valueOf(text, null as unknown as string, 'the quarter')).toBe('2004-Q4');
  });

  it('compares with the month its own sentence reports', () => {
    expect(valueOf('The trade surplus rose to $8.1 billion in February from $4.8 billion a year earlier.', '2013-03-10', 'a year earlier')).toBe('2012-02');
    expect(valueOf('Retail sales of trucks in March rose 16% over the same month last year.', '2013-04-10', 'last year')).toBe('2012-03');
    expect(valueOf('A payment was due in early January, and it was missed because of a drop in oil prices last year.', '2013-04-10', 'last year')).toBe('2012');
  });
});

describe('quarters named by a month', () => {
  it('reads "the December quarter" as the quarter that holds December', () => {
    const text = 'Imports in the December quarter rose to $2.7 billion from $2.9 billion in the September 2012 quarter and $2.5 billion a year earlier.';
    expect(values(text, '2013-03-02')).toEqual([
      ['the December quarter', '2012-Q4'],
      ['the September 2012 quarter', '2012-Q3'],
      ['a year earlier', '2011-Q4'],
    ]);
  });
});
