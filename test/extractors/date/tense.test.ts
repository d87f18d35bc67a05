// The tense of the clause decides which way a bare weekday, month or day
// points from the reference date (Tuesday 2013-02-12).
import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

const REF = '2013-02-12';
const valueOf = (sentence: string, text: string) => dates(sentence, REF).find((d) => d.text === text)?.value;

describe('resolution by tense', () => {
  it.each([
    ['Xiaomi said in a statement released Wednesday.', 'Wednesday', '2013-02-06'],
    ['The two sides will meet Wednesday.', 'Wednesday', '2013-02-13'],
    ['The company said Friday it had sold the unit.', 'Friday', '2013-02-08'],
    ['The vote is expected to take place Friday.', 'Friday', '2013-02-15'],
    ['The court has scheduled a hearing Thursday.', 'Thursday', '2013-02-14'],
    ['Police said the suspect was arrested Tuesday.', 'Tuesday', '2013-02-12'],
    ['Officials could not be reached Monday.', 'Monday', '2013-02-11'],
    ['Lawyers will challenge Monday\'s ruling.', 'Monday', '2013-02-11'],
    ['On Thursday, the minister resigned.', 'Thursday', '2013-02-07'],
    ['On Thursday, the minister will resign.', 'Thursday', '2013-02-14'],
    ['President Clinton Saturday vowed to hunt down the bombers.', 'Saturday', '2013-02-09'],
    ['The group could leave as soon as Friday.', 'Friday', '2013-02-15'],
    ['The stock is to resume trading in Paris Thursday.', 'Thursday', '2013-02-14'],
    // a participle after "after" or "before" takes the tense of the clause it hangs from; a bare one keeps its own
    ['Output rose 1.1 pct in the fourth quarter after rising 0.2 pct in the third quarter.', 'the third quarter', '2012-Q3'],
    ['He will see the president before leaving for the summit on Wednesday.', 'Wednesday', '2013-02-13'],
    ['The Fed bought bills maturing in May.', 'May', '2013-05'],
    // a dividend payable on a day, and its record date, are still to come; a payment made to holders of record is past
    ['Its board declared a stock dividend, payable May 22 to holders of record May 8.', 'May 22', '2013-05-22'],
    ['Its board declared a stock dividend, payable May 22 to holders of record May 8.', 'May 8', '2013-05-08'],
    ['The dividend was paid December 22 to holders of record November 30.', 'November 30', '2012-11-30'],
    // a deadline moved ahead points forward whatever the verb; a stay until a day does not
    ['Officials postponed until Friday any decision on the sale.', 'Friday', '2013-02-15'],
    ['The agency has given the family until 9 a.m. Thursday to reply.', '9 a.m. Thursday', '2013-02-14T09:00'],
    ['The regulator extended its deadline until 5 p.m. EST Friday.', '5 p.m. EST Friday', '2013-02-15T17:00'],
    ['He stayed in the capital until Friday.', 'Friday', '2013-02-08'],
    ['The offer runs until Friday.', 'Friday', '2013-02-15'],
    ['Shares remain suspended until Thursday.', 'Thursday', '2013-02-14'],
    ['The deadline was extended to Friday.', 'Friday', '2013-02-15'],
    ['It was not until Tuesday that police arrived.', 'Tuesday', '2013-02-12'],
    // a parenthesis restating a time takes the tense of the clause around it
    ["''The father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.", '4 a.m. EDT Thursday', '2013-02-14T04:00'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expect(valueOf(sentence, text)).toBe(value);
  });

  it.each([
    // a month more than two months ahead of the reference in a past clause is last year's; one more than two months
    // back in a future clause next year's
    ['Sales fell in November.', 'November', '2012-11'],
    ['Sales will rise in November.', 'November', '2013-11'],
    ['The firm cut prices in January.', 'January', '2013-01'],
    ['The product will launch in November.', 'November', '2013-11'],
    ['The product will launch in December.', 'December', '2013-12'],
    // ... but the month just gone, in a future clause, is the one a report tells of ("exports are expected to show a
    // fall in January", "customers would be charged 17 dlrs in January")
    ['Exports are expected to show a 26 pct fall in January, he said.', 'January', '2013-01'],
    ['Customers would be charged 17.25 dlrs per barrel in January.', 'January', '2013-01'],
    ['The offer expired Dec. 15.', 'Dec. 15', '2012-12-15'],
    ['The offer expires March 15.', 'March 15', '2013-03-15'],
    // a change "effective" a day starts then, even told in a past clause; one that "became effective" has started
    ['The board approved a new dividend rate effective Jan. 1.', 'Jan. 1', '2014-01-01'],
    ['The union signed a new labor pact effective June 1.', 'June 1', '2013-06-01'],
    ['The rule became effective Jan. 1.', 'Jan. 1', '2013-01-01'],
    ['The new rules take effect Jan. 1.', 'Jan. 1', '2014-01-01'],
    ['The new rules took effect Jan. 1.', 'Jan. 1', '2013-01-01'],
    // without a tense the nearest month wins, leaning to the past
    ['Record sales in October.', 'October', '2012-10'],
    // "since" looks back whatever the verb
    ['Shares posted their biggest one-day gain in a long while since Nov. 2.', 'Nov. 2', '2012-11-02'],
    // a month named as an owner has happened
    ["Too much should not be made of November's report.", 'November', '2012-11'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expect(valueOf(sentence, text)).toBe(value);
  });

  it('reads a time that opens a long sentence by its main verb', () => {
    const text = 'In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard.';
    expect(dates(text, '2013-10-25').find((d) => d.text === 'January')?.value).toBe('2013-01');
  });

  it('marks values computed from the reference date as relative, with the anchor', () => {
    const [d] = dates('The company said Friday it would cut jobs.', REF);
    expect(d).toMatchObject({ text: 'Friday', relative: true, anchor: REF, granularity: 'day' });
    const [y] = dates('The company was founded in 1990.', REF);
    expect(y).toMatchObject({ text: '1990', relative: false, anchor: null, granularity: 'year' });
  });
});

describe('without a reference date', () => {
  it.each([
    ['Sales will rise in April.', 'April', 'XXXX-04'],
    ['The board met on Wednesday.', 'Wednesday', 'XXXX-WXX-3'],
    ['Shares fell yesterday.', 'yesterday', 'XXXX-XX-XX'],
    ['Profit rose in the third quarter.', 'the third quarter', 'XXXX-Q3'],
    ['The firm was founded in 1990.', '1990', '1990'],
    ['The contract runs for three years.', 'three years', 'P3Y'],
  ])('%s → %s = %s', (sentence, text, value) => {
    const d = dates(sentence, null).find((x) => x.text === text);
    expect(d?.value).toBe(value);
    expect(d?.anchor).toBeNull();
    expect(d?.relative).toBe(false);
  });
});

describe('a reference date read from the text', () => {
  it('is no date whose parts stand on separate lines ("Sunday, 27 February" over a kick-off time "1500 GMT")', () => {
    const d = dates('Lansdowne Road, Dublin\n\nSunday, 27 February\n\n1500 GMT\n\nBBC1 will show the match.', null).find((x) => x.text === 'Sunday, 27 February');
    expect(d?.value).toBe('XXXX-02-27');
  });
});

describe('the discourse', () => {
  it('reads "the quarter" and "a year earlier" against the quarter the report is about', () => {
    const text = 'Net income rose in the third quarter. Sales in the quarter were $2 billion, up from $1.8 billion a year earlier.';
    const values = dates(text, '2013-10-24').map((d) => [d.text, d.value]);
    expect(values).toEqual([
      ['the third quarter', '2013-Q3'],
      ['the quarter', '2013-Q3'],
      ['a year earlier', '2012-Q3'],
    ]);
  });

  it('counts "the following year" from the last year named', () => {
    const values = dates('He joined the army in 1995, and the following year he was promoted.', '2013-02-12').map((d) => d.value);
    expect(values).toEqual(['1995', '1996']);
  });

  it('counts "the next day" and "earlier that day" from the day named last', () => {
    const values = dates('He was arrested on Oct. 23, 1998. Earlier that day, his family sent a fax. He appeared in court the next day.', '2013-02-12').map((d) => [d.text, d.value]);
    expect(values).toEqual([
      ['Oct. 23, 1998', '1998-10-23'],
      ['Earlier that day', '1998-10-23'],
      ['the next day', '1998-10-24'],
    ]);
  });

  it('counts "the previous Friday" and "the following Monday" from the day named last', () => {
    expect(dates('Shares closed Friday at 2082.1, down 4.5% from the previous Friday.', '2013-02-12').map((d) => [d.text, d.value])).toEqual([
      ['Friday', '2013-02-08'],
      ['the previous Friday', '2013-02-01'],
    ]);
    expect(dates('The talks opened on March 4, 2013. The following Monday, both sides walked out.', '2013-02-12').map((d) => d.value)).toEqual(['2013-03-04', '2013-03-11']);
  });

  it('moves "the day before" and "the day after" a named day by one', () => {
    expect(dates("The day before last Tuesday's hearing, Manuel went home.", '2013-02-12').map((d) => [d.text, d.value])).toEqual([['The day before last Tuesday', '2013-02-04']]);
    expect(dates('Stores reopened the day after Christmas.', '2013-02-12').map((d) => [d.text, d.value])).toEqual([['the day after Christmas', '2012-12-26']]);
  });

  it('puts a clock time on the day named just before it', () => {
    const values = dates('The shooting happened on Oct. 23, 1998. Police arrived at 10 p.m.', '2013-02-12').map((d) => d.value);
    expect(values).toEqual(['1998-10-23', '1998-10-23T22:00']);
  });
});
