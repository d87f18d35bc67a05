// Each family of temporal expressions, in news sentences, with the TimeML
// value expected against a reference date of Tuesday 2013-02-12.
import { describe, expect, it } from 'vitest';
import { dates, found } from './helpers.js';

const REF = '2013-02-12';

/** [sentence, expression text, type, value] */
type Case = [string, string, string, string];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases)('%s → "%s" %s %s', (sentence, text, type, value) => {
      const hit = dates(sentence, REF).find((d) => d.text === text);
      expect(hit, `no date "${text}" in ${JSON.stringify(found(sentence, REF))}`).toBeDefined();
      expect([hit!.type, hit!.value]).toEqual([type, value]);
    });
  });
}

table('full and partial dates', [
  ['The deal was signed on July 5, 2017, in Beijing.', 'July 5, 2017', 'DATE', '2017-07-05'],
  ['The merger closed on 5 July 2017.', '5 July 2017', 'DATE', '2017-07-05'],
  ['Shares were issued on Sept. 30, 1989.', 'Sept. 30, 1989', 'DATE', '1989-09-30'],
  ['The filing is dated 2017-07-05.', '2017-07-05', 'DATE', '2017-07-05'],
  ['The notice went out on 10/31/1974.', '10/31/1974', 'DATE', '1974-10-31'],
  ['Its ambitions can be traced back to July 2014, when it entered India.', 'July 2014', 'DATE', '2014-07'],
  ['Sales peaked in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
  ['The company plans to enter the US market in 2019.', '2019', 'DATE', '2019'],
  ['Profit fell in fiscal 1987.', 'fiscal 1987', 'DATE', '1987'],
  ['It extended its offer for the debentures due 1992 to 1700 CDT April 24.', '1992', 'DATE', '1992'],
  ['Prices have risen since mid-1996.', 'mid-1996', 'DATE', '1996'],
  ['The plant will be finished by the end of 2014.', 'the end of 2014', 'DATE', '2014'],
  ['Stocks fell at the beginning of the month.', 'the beginning of the month', 'DATE', '2013-02'],
  ['The firm expects a loss in the current fiscal year.', 'the current fiscal year', 'DATE', '2013'],
  ['The deal should close by year-end.', 'year-end', 'DATE', '2013-12-31'],
  ['The index has risen 12% since year-end.', 'year-end', 'DATE', '2012-12-31'],
  ['The company announced a plan to cut 500 jobs by year-end.', 'year-end', 'DATE', '2013-12-31'],
  ['Its year-end results were restated.', 'year-end', 'DATE', '2013'],
  ['Reserves fell to 4.8 trillion cubic feet at year-end 2011.', 'year-end 2011', 'DATE', '2011-12-31'],
  ['The company is changing its fiscal year-end to a calendar year.', 'year-end', 'DATE', '2013'],
  ['The deal should close by year end.', 'year end', 'DATE', '2013'],
  ['Debt will be cut by the end of the year.', 'the end of the year', 'DATE', '2013'],
  ['He promised full employment by the year two thousand.', 'the year two thousand', 'DATE', '2000'],
  ['The union was founded in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
  ['The bonds were sold in June of 1994.', 'June of 1994', 'DATE', '1994-06'],
]);

table('months and days without a year', [
  ['He stepped down in May for health reasons.', 'May', 'DATE', '2012-05'],
  ['The dividend was paid on Sept. 30.', 'Sept. 30', 'DATE', '2012-09-30'],
  // a day named with "this", "next" or "last": the reference year's, the first one after, the last one before
  ['The offer, made last December 9, was withdrawn.', 'last December 9', 'DATE', '2012-12-09'],
  ['The plan was announced last February 10.', 'last February 10', 'DATE', '2013-02-10'],
  ['Several taxes will be abolished when VAT comes in next January 1.', 'next January 1', 'DATE', '2014-01-01'],
  ['Group profits for the year ending this Aug 31 should reach 13.5 mln dlrs.', 'this Aug 31', 'DATE', '2013-08-31'],
  ['The board will meet on March 12.', 'March 12', 'DATE', '2013-03-12'],
  ['Women gather on Sunday, March eighth.', 'Sunday, March eighth', 'DATE', '2013-03-08'],
  // the wire spells some days in words
  ['Qtly div 35 cts vs 35 cts Payable April one Record March 14.', 'April one', 'DATE', '2013-04-01'],
  ['Kline will resign on May one as president.', 'May one', 'DATE', '2013-05-01'],
  ['The fund closed on November three, 1986, when it was sold.', 'November three, 1986', 'DATE', '1986-11-03'],
  // (a number word after a month is a day only where the date ends there)
  ['In March one analyst expects a rebound.', 'March', 'DATE', '2013-03'],
  ['Wang Xiang told CNET this April.', 'this April', 'DATE', '2013-04'],
  ['Sales slowed last December.', 'last December', 'DATE', '2012-12'],
  // said in February, "last January" is a year back: the month just gone is "last month"
  ['Two helicopters crashed last January.', 'last January', 'DATE', '2012-01'],
  ['Two helicopters crashed this past January.', 'this past January', 'DATE', '2013-01'],
  ['Sales slowed last November.', 'last November', 'DATE', '2012-11'],
  ['The product will ship next June.', 'next June', 'DATE', '2013-06'],
  ['Orders fell sharply in December.', 'December', 'DATE', '2012-12'],
  ['The store will open in April.', 'April', 'DATE', '2013-04'],
  ['The talks collapsed in late November.', 'late November', 'DATE', '2012-11'],
  ['Layoffs begin in mid-March.', 'mid-March', 'DATE', '2013-03'],
]);

table('decades and centuries', [
  ['Prices doubled in the 1990s.', 'the 1990s', 'DATE', '199'],
  ['It was popular in the early 1980s.', 'the early 1980s', 'DATE', '198'],
  ['Nobody wore that in the eighties.', 'the eighties', 'DATE', '198'],
  ['Tastes changed in the \'70s.', "the '70s", 'DATE', '197'],
  ['The church dates from the 11th century.', 'the 11th century', 'DATE', '10'],
  // a hundred years named by their first year is a century, except the 2000s, a decade in news
  ['The company was founded in the late 1800s.', 'the late 1800s', 'DATE', '18'],
  ['Steel output peaked in the 1900s.', 'the 1900s', 'DATE', '19'],
  ['The housing bubble of the 2000s burst.', 'the 2000s', 'DATE', '200'],
]);

table('weekdays and relative days', [
  // a timetable's present is still to come, and so is a plan told in the present after the day
  ['The Fed bought bills maturing in June and July, and on August 27, she said.', 'August 27', 'DATE', '2013-08-27'],
  ['The full council meets on Thursday.', 'Thursday', 'DATE', '2013-02-14'],
  ['On Friday, the company is scheduled to report results.', 'Friday', 'DATE', '2013-02-15'],
  ['On Friday, the league planned a rally.', 'Friday', 'DATE', '2013-02-08'],
  ['He says his main demand when he arrives for talks on Wednesday is clear.', 'Wednesday', 'DATE', '2013-02-13'],
  ['The minister leaves for Moscow on Saturday.', 'Saturday', 'DATE', '2013-02-16'],
  ['The offer of 1.07 mln shares closes on Friday.', 'Friday', 'DATE', '2013-02-15'],
  ['As the country begins to feel the effects of the Monday devaluation, prices rise.', 'Monday', 'DATE', '2013-02-11'],
  ['Housing starts fell on Monday.', 'Monday', 'DATE', '2013-02-11'],
  // a modal's perfect looks back, not its main verb "have"
  ['Under the previous system, reserves would have risen by 391 mln dlrs in January.', 'January', 'DATE', '2013-01'],
  ['He would have an audience with the Pope on June 6.', 'June 6', 'DATE', '2013-06-06'],
  // a deadline a board extended is ahead, however far back the verb
  ['Its board has extended the expiration date of its warrants until August 31 from April 30.', 'August 31', 'DATE', '2013-08-31'],
  // an occasion called the next one is still to come
  ['The treasury said it offered bonds, depending on market conditions, at its next monthly tender on Thursday.', 'Thursday', 'DATE', '2013-02-14'],
  // what is due now is still to come, and what is arranged by a passive infinitive
  ['The issue is partly paid, with the remainder due October 23.', 'October 23', 'DATE', '2013-10-23'],
  ['It missed the first payment, due on September 29.', 'September 29', 'DATE', '2012-09-29'],
  ['It announced a stock split, with shares to be issued on June 12.', 'June 12', 'DATE', '2013-06-12'],
  ['Heinz is moving ahead with a new plant targeted for completion by June.', 'June', 'DATE', '2013-06'],
  // a time that opens a clause takes the tense of the clause's own verb, after it
  ['The company said that on June 1 it will redeem 40,000 shares.', 'June 1', 'DATE', '2013-06-01'],
  ['Half will be returned to creditor banks which in December were asked to waive payments.', 'December', 'DATE', '2012-12'],
  // an agreement extended through a day runs on to it
  ['The union rejected an offer to extend the agreement through May 30.', 'May 30', 'DATE', '2013-05-30'],
  // a statistic's month has gone by
  ['The index will be revised next month when the January figure is released.', 'January', 'DATE', '2013-01'],
  ['The market will pay little attention to the January credit number.', 'January', 'DATE', '2013-01'],
  ['Strong housing statistics for January cannot be taken as a sign of strength.', 'January', 'DATE', '2013-01'],
  // a month that dates a thing the clause only mentions is the nearest one, whatever the clause's tense
  ['Talking will not stop the slide for long and the January meeting will be forgotten.', 'January', 'DATE', '2013-01'],
  ['The ministers will meet in Vienna to review their December accord on output.', 'December', 'DATE', '2012-12'],
  ['The minister left Paris today and is due back in Lagos on Monday.', 'Monday', 'DATE', '2013-02-18'],
  ['Talks are due to begin in Moscow on Wednesday.', 'Wednesday', 'DATE', '2013-02-13'],
  ['The payment was due on Monday.', 'Monday', 'DATE', '2013-02-11'],
  // the day an ongoing event has reached, said of the reference day
  ['In Saudi Arabia, today is the eighth day of Desert Shield.', 'the eighth day', 'DATE', '2013-02-12'],
  ["It's the second day of an offensive by the security forces.", 'the second day', 'DATE', '2013-02-12'],
  ['The strike, now in its third day, has closed ports.', 'third day', 'DATE', '2013-02-12'],
  // "today's" names the day when what follows happens on it, not "today's world"
  ['The offer was advertised in today\'s editions of the Journal.', 'today', 'DATE', '2013-02-12'],
  ['Much depends on today\'s vote in the Senate.', 'today', 'DATE', '2013-02-12'],
  // a weekday counted within a month (duckling: "first tuesday of october", "third tuesday of september 2014")
  ['The vote will be held on the first Tuesday of October.', 'the first Tuesday of October', 'DATE', '2013-10-01'],
  ['The board meets on the third Tuesday of September 2014.', 'the third Tuesday of September 2014', 'DATE', '2014-09-16'],
  ['The fair opened on the second Saturday in January.', 'the second Saturday in January', 'DATE', '2013-01-12'],
  ['Payments will be due on the last Monday of next month.', 'the last Monday of next month', 'DATE', '2013-03-25'],
  ['Talks will resume on the last Friday in October 2015.', 'the last Friday in October 2015', 'DATE', '2015-10-30'],
  ['The company said Wednesday it would cut jobs.', 'Wednesday', 'DATE', '2013-02-06'],
  ['The ministers will meet Friday in Brussels.', 'Friday', 'DATE', '2013-02-15'],
  ['The ministers met on Friday in Brussels.', 'Friday', 'DATE', '2013-02-08'],
  ['The index rose yesterday.', 'yesterday', 'DATE', '2013-02-11'],
  ['The results are due tomorrow.', 'tomorrow', 'DATE', '2013-02-13'],
  ['Shares fell today.', 'today', 'DATE', '2013-02-12'],
  ['Police arrived late yesterday.', 'late yesterday', 'DATE', '2013-02-11'],
  ['He spoke last Friday.', 'last Friday', 'DATE', '2013-02-08'],
  ['The vote is next Monday.', 'next Monday', 'DATE', '2013-02-18'],
  ['Sales fell last week.', 'last week', 'DATE', '2013-W06'],
  ['The report comes out this week.', 'this week', 'DATE', '2013-W07'],
  ['Talks resume next week.', 'next week', 'DATE', '2013-W08'],
  ['Output rose earlier this month.', 'earlier this month', 'DATE', '2013-02'],
  ['Profit jumped last year.', 'last year', 'DATE', '2012'],
  ['The plant opens next year.', 'next year', 'DATE', '2014'],
  ['Prices will rise early next year.', 'early next year', 'DATE', '2014'],
  ['The firm was founded two years ago.', 'two years ago', 'DATE', '2011'],
  ['The suspect fled 10 days ago.', '10 days ago', 'DATE', '2013-02-02'],
  ['It was sold five months ago.', 'five months ago', 'DATE', '2012-09'],
  ['Net income was $5 million a year earlier.', 'a year earlier', 'DATE', '2012'],
  ['Sales fell to 98,036 from 107,207 a year before and trucks rose.', 'a year before', 'DATE', '2012'],
  ['Last year\'s figures were revised; sales rose 9% from year-ago levels.', 'year-ago', 'DATE', '2012'],
  ['The minister resigned last month.', 'last month', 'DATE', '2013-01'],
]);

table('quarters and halves', [
  ['Third-quarter profit rose 11%.', 'Third-quarter', 'DATE', '2012-Q3'],
  ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2012-Q3'],
  // the article and the possessive belong to the noun the quarter modifies
  ['Widget posted a third-quarter loss.', 'third-quarter', 'DATE', '2012-Q3'],
  ['Toolco earned $3 million for its fourth quarter.', 'fourth quarter', 'DATE', '2012-Q4'],
  ['Prices will stay weak through at least the first two quarters of 1990.', 'the first two quarters of 1990', 'DATE', '1990-H1'],
  ['Sales picked up in the last two quarters of 2011.', 'the last two quarters of 2011', 'DATE', '2011-H2'],
  // a half of a decade is no half-year
  ["Beer sales were flat in the last half of the '80s.", "the '80s", 'DATE', '198'],
  ['Growth slowed in the first half of the 1990s.', 'the 1990s', 'DATE', '199'],
  ['Sales are expected to recover in the fourth quarter of 2013.', 'the fourth quarter of 2013', 'DATE', '2013-Q4'],
  ['Margins narrowed in the first half.', 'the first half', 'DATE', '2013-H1'],
  ['Revenue fell in the second half of 2011.', 'the second half of 2011', 'DATE', '2011-H2'],
  ['Demand should recover in the second half of next year.', 'the second half of next year', 'DATE', '2014-H2'],
  ['Margins improved in the first half of the year.', 'the first half of the year', 'DATE', '2013-H1'],
  ['Q3 2017 revenue beat forecasts.', 'Q3 2017', 'DATE', '2017-Q3'],
  // a year set after the quarter, bare or in brackets
  ['Perry earned 13 cts a share in its first quarter last year.', 'first quarter last year', 'DATE', '2012-Q1'],
  ['Demand will rise in the third quarter (2013), he said.', 'the third quarter (2013)', 'DATE', '2013-Q3'],
  // with no tense to go by, a quarter two or more ahead is the last one of that number
  ['Signs of growth, particularly the drawdown of business inventories in the fourth quarter.', 'the fourth quarter', 'DATE', '2012-Q4'],
  ['Margins widened in Q3.', 'Q3', 'DATE', '2012-Q3'],
  ['Costs rose in the latest quarter.', 'the latest quarter', 'DATE', '2012-Q4'],
  ['Earnings will improve next quarter.', 'next quarter', 'DATE', '2013-Q2'],
]);

table('seasons', [
  ['The model goes on sale this summer.', 'this summer', 'DATE', '2013-SU'],
  ['The plant closed last fall.', 'last fall', 'DATE', '2012-FA'],
  ['He was shot last fall in his home.', 'last fall', 'DATE', '2012-FA'],
  ['The strike began last spring.', 'last spring', 'DATE', '2012-SP'],
  ['The strike began in the winter of 1994.', 'the winter of 1994', 'DATE', '1994-WI'],
  ['Construction starts in spring 2014.', 'spring 2014', 'DATE', '2014-SP'],
]);

table('weeks and weekends', [
  ['Protesters gathered over the weekend.', 'the weekend', 'DATE', '2013-W06-WE'],
  ['The sale ends this weekend.', 'this weekend', 'DATE', '2013-W07-WE'],
  ['Stocks slid late last week.', 'late last week', 'DATE', '2013-W06'],
  ['The case may be heard the week of March 6.', 'the week of March 6', 'DATE', '2013-W10'],
]);

table('times of day', [
  ['The polls close at 10 p.m.', '10 p.m.', 'TIME', '2013-02-12T22:00'],
  ['The blast came at 10:35 a.m. EST.', '10:35 a.m. EST', 'TIME', '2013-02-12T10:35'],
  ['The deadline will expire at noon Thursday.', 'noon Thursday', 'TIME', '2013-02-14T12:00'],
  ['The tender will end at noon local time on Thursday.', 'noon local time on Thursday', 'TIME', '2013-02-14T12:00'],
  ['Talks will resume at 10 p.m. Wednesday.', '10 p.m. Wednesday', 'TIME', '2013-02-13T22:00'],
  ['He was arrested Friday morning.', 'Friday morning', 'TIME', '2013-02-08TMO'],
  ['Shares fell this morning.', 'this morning', 'TIME', '2013-02-12TMO'],
  ['Fighting raged last night.', 'last night', 'TIME', '2013-02-11TNI'],
  ['The show airs tonight.', 'tonight', 'TIME', '2013-02-12TNI'],
  ['The ferry left at 4 in the morning.', '4 in the morning', 'TIME', '2013-02-12T04:00'],
  ['Trading resumes at 15:30 after the break.', '15:30', 'TIME', '2013-02-12T15:30'],
  ['The train left at 14:30 GMT.', '14:30 GMT', 'TIME', '2013-02-12T14:30'],
  ['Trading was halted at 1400 GMT.', '1400 GMT', 'TIME', '2013-02-12T14:00'],
]);

table('durations', [
  ['The contract runs for three years.', 'three years', 'DURATION', 'P3Y'],
  ['They signed a multi-year patent agreement.', 'multi-year', 'DURATION', 'PXY'],
  ['Prices doubled over the past two years.', 'the past two years', 'DURATION', 'P2Y'],
  ['The two-hour meeting ended early.', 'two-hour', 'DURATION', 'PT2H'],
  ['The flight took 5 1/2 hours.', '5 1/2 hours', 'DURATION', 'PT5H30M'],
  ['The siege lasted two and a half years.', 'two and a half years', 'DURATION', 'P2Y6M'],
  ['Talks dragged on for several months.', 'several months', 'DURATION', 'PXM'],
  ['Profit rose 8% in the first nine months.', 'the first nine months', 'DURATION', 'P9M'],
  // decades count years, as "two decades" is P20Y
  ['The dispute has lasted for decades.', 'decades', 'DURATION', 'PXY'],
  ['It ended a decades-long feud.', 'decades-long', 'DURATION', 'PXY'],
  ['The talks took two decades.', 'two decades', 'DURATION', 'P20Y'],
  ['Rates have fallen in recent months.', 'recent months', 'DURATION', 'PXM'],
  ['The market may stay weak in the weeks ahead.', 'the weeks ahead', 'DURATION', 'PXW'],
  ['Three days later, the index recovered.', 'Three days', 'DURATION', 'P3D'],
  ['The talks lasted more than four hours.', 'more than four hours', 'DURATION', 'PT4H'],
  ['The lease lasts twenty years.', 'twenty years', 'DURATION', 'P20Y'],
  ['It took nearly two decades to finish.', 'nearly two decades', 'DURATION', 'P20Y'],
  ['The shares were held for 90 days.', '90 days', 'DURATION', 'P90D'],
]);

table('sets', [
  ['The magazine is published every month.', 'every month', 'SET', 'P1M'],
  ['The fee is reviewed annually.', 'annually', 'SET', 'P1Y'],
  ['Rallies are held daily.', 'daily', 'SET', 'P1D'],
  ['The board meets each year.', 'each year', 'SET', 'P1Y'],
  ['Elections are held every two years.', 'every two years', 'SET', 'P2Y'],
  ['The plant earns $5 million a year.', 'a year', 'SET', 'P1Y'],
  ['The mine will produce 41,000 ounces a year.', 'a year', 'SET', 'P1Y'],
  ['Staff work seven days a week.', 'a week', 'SET', 'P1W'],
  ['The service will text them a joke a day.', 'a day', 'SET', 'P1D'],
  ['He spent a year in jail.', 'a year', 'DURATION', 'P1Y'],
  ['The bourse extended trading by half an hour.', 'an hour', 'DURATION', 'PT1H'],
  ['The market is held each Thursday.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The notes pay 5 pct per annum.', 'per annum', 'SET', 'P1Y'],
  ['The festival takes place each July.', 'each July', 'SET', 'XXXX-07'],
]);

table('vague references', [
  ['The company is now the market leader.', 'now', 'DATE', 'PRESENT_REF'],
  ['The firm currently employs 300 people.', 'currently', 'DATE', 'PRESENT_REF'],
  ['The bank recently cut its rates.', 'recently', 'DATE', 'PAST_REF'],
  ['Prices were higher in the past.', 'the past', 'DATE', 'PAST_REF'],
  ['Demand will grow in the future.', 'the future', 'DATE', 'FUTURE_REF'],
  ['A decision is expected soon.', 'soon', 'DATE', 'FUTURE_REF'],
  ['The budget will soon move into surplus.', 'soon', 'DATE', 'FUTURE_REF'],
  ['The board will meet the day after tomorrow.', 'the day after tomorrow', 'DATE', '2013-02-14'],
  ['Rates will stay low in the near term.', 'the near term', 'DATE', 'FUTURE_REF'],
  ['They want a ruling as soon as possible.', 'as soon as possible', 'DATE', 'FUTURE_REF'],
  ['Taxes will rise in future.', 'future', 'DATE', 'FUTURE_REF'],
  // "then current" was current at a time gone by
  ['Holders may buy shares at 50% of the then current market price.', 'then current', 'DATE', 'PAST_REF'],
  ['The suit named the then-current chairman.', 'then-current', 'DATE', 'PAST_REF'],
  // after a modal, "one day" is some day to come, not a length
  ['Islam will one day be the second largest religion in the country.', 'one day', 'DATE', 'FUTURE_REF'],
  ['If the purpose is to stop imports, one day it will be extended to other sources.', 'one day', 'DATE', 'FUTURE_REF'],
  ['He hopes that one day it can be developed further.', 'one day', 'DATE', 'FUTURE_REF'],
  ['He hopes he can one day return to Havana.', 'one day', 'DATE', 'FUTURE_REF'],
  ['The strike lasted one day.', 'one day', 'DURATION', 'P1D'],
]);

table('holidays', [
  ['Protesters prayed as Easter week began.', 'Easter week', 'DATE', '2012-W14'],
  ['Shops will reopen after Good Friday.', 'Good Friday', 'DATE', '2013-03-29'],
  ['Retailers had a strong Black Friday.', 'Black Friday', 'DATE', '2012-11-23'],
  ['Online sales hit a record on Cyber Monday 2013.', 'Cyber Monday 2013', 'DATE', '2013-12-02'],
  ['Stores opened early on Thanksgiving.', 'Thanksgiving', 'DATE', '2012-11-22'],
  ['The ceasefire began on Christmas Day.', 'Christmas Day', 'DATE', '2012-12-25'],
  ['Sales will peak before Christmas.', 'Christmas', 'DATE', '2013-12-25'],
  ['The vote was held on Election Day 2012.', 'Election Day 2012', 'DATE', '2012-11-06'],
  ['Churches were full on Easter 2013.', 'Easter 2013', 'DATE', '2013-03-31'],
]);

table('a second day of the same month', [
  ['Foreign ministers will meet on May 25 and 26 to review it.', '26', 'DATE', '2013-05-26'],
  ['Shares were bought between Feb 3 and 11 at 13.25 dlrs.', '11', 'DATE', '2013-02-11'],
]);

describe('an amount after a month\'s day is no second day', () => {
  it('reads no day in "March 3 and 25 pct"', () => {
    expect(found('Sales rose on March 3 and 25 pct later.', REF).map(([text]) => text)).toEqual(['March 3']);
  });
});

describe('a half of a month', () => {
  it('is the month, no half-year', () => {
    expect(found('Trading was light in the second half of May.', REF)).toEqual([['May', 'DATE', '2012-05']]);
    expect(found('Sales fell in the first half of this month.', REF)).toEqual([['this month', 'DATE', '2013-02']]);
  });
});

describe("a market's forward month", () => {
  it('is this month or the next of that name, whatever the tense', () => {
    expect(found('Robusta coffee for May delivery ended the day lower.', REF)).toEqual([['May', 'DATE', '2013-05']]);
    expect(found('Cotton futures for February delivery rose.', REF)).toEqual([['February', 'DATE', '2013-02']]);
    expect(found('Bond futures fell as the June bond contract broke support.', REF)).toEqual([['June', 'DATE', '2013-06']]);
  });
  it('reads a range of months as one season ahead, begun last year where it wraps', () => {
    expect(found('Japan bought soybeans for May to September shipment.', REF)).toEqual([['May', 'DATE', '2013-05'], ['September', 'DATE', '2013-09']]);
    expect(found('The premium rose from the one for the November to April shipment.', REF)).toEqual([['November', 'DATE', '2012-11'], ['April', 'DATE', '2013-04']]);
  });
  it('and so is a shipping window by its days, the window\'s first day in its last day\'s year', () => {
    expect(found('The oil was bought for June 20/July 20 shipment, traders said.', REF).map((d) => d[2])).toEqual(['2013-06-20', '2013-07-20']);
    expect(found('The allocation, for the January 27-July 7 shipment period, is the third.', REF).map((d) => d[2])).toEqual(['2013-01-27', '2013-07-07']);
  });
  it('and so are the months a purchase is for ("for shipment in June, July and August")', () => {
    expect(found('Tunisia bought white sugar for shipment in June, July and August, traders said.', REF).map((d) => d[2])).toEqual(['2013-06', '2013-07', '2013-08']);
    expect(found('Lawn and garden shipments in January rose, he said.', REF)).toEqual([['January', 'DATE', '2013-01']]);
  });
  it('and so is a contract month whose price moved, in a futures report', () => {
    expect(found('Bill futures eased. September rose to 85.25 from 85.12 after the report.', REF)).toContainEqual(['September', 'DATE', '2013-09']);
    expect(found('Coffee futures were mixed. Near July traded at its session low.', REF)).toContainEqual(['July', 'DATE', '2013-07']);
    expect(found('Futures turnover during January was 140,417 lots.', REF)).toContainEqual(['January', 'DATE', '2013-01']);
    expect(found('Soybean futures firmed as a local house bought July soymeal, brokers said.', REF)).toContainEqual(['July', 'DATE', '2013-07']);
  });
  it('and so is a trading period of two months joined by a slash, priced, whatever the tense of the sale', () => {
    expect(found('Liquor sales were limited, with March/April selling at 2,325 dlrs and June/July at 2,375 dlrs.', REF).map((d) => d[2])).toEqual(['2013-06', '2013-07']);
    expect(found('Buyers were offered cargoes for May/June at the tender.', REF)).toContainEqual(['May', 'DATE', '2013-05']);
    // (not a statistic of months gone, nor a season's span)
    expect(found('The surplus for November/December was the largest, officials said.', REF).map((d) => d[2])).toEqual(['2012-11', '2012-12']);
  });
  it('but not what was shipped or signed, nor a range said to be the last', () => {
    expect(found('Exports fell in January shipments of wheat.', REF)).toEqual([['January', 'DATE', '2013-01']]);
    expect(found('Under the June contract the refiner was to buy crude.', REF)).toEqual([['June', 'DATE', '2012-06']]);
    expect(found('Prices were down from the last May to September shipment.', REF).map((d) => d[2])).toEqual(['2012-05', '2012-09']);
  });
});

describe('a figure before a unit in the singular', () => {
  it('counts no weeks: a market report\'s "130,000 week ago" is a week ago', () => {
    expect(found('Cattle slaughter is guesstimated at 128,000 head versus 130,000 week ago and 126,000 a year ago.', REF)).toEqual([
      ['week ago', 'DATE', '2013-W06'],
      ['a year ago', 'DATE', '2012'],
    ]);
  });
});

describe('a paper called a daily', () => {
  it('is no set, its name in Arabic after its article too', () => {
    expect(found("Sheikh Ali told Kuwait's daily al-Anba that all members were within their quotas.", REF)).toEqual([]);
  });
});

describe('a half hour', () => {
  it('is no half-year', () => {
    expect(found('Indeed, in the first half hour after the speech, prices rose.', REF).filter((d) => d[2].includes('H'))).toEqual([]);
  });
  it('nor is a half or a quarter century a half-year or a quarter', () => {
    expect(found('Conditions are unlike anything seen for the last half century.', REF)).toEqual([]);
    expect(found('Unemployment is a notch above its low of the last quarter century.', REF)).toEqual([]);
  });
});

describe('a period compared with another', () => {
  it('is the quarter a year before the one just named, where no quarter was reported yet', () => {
    const text = 'Acme expects to report higher earnings for its third quarter. It earned 21 cts a share in the same quarter last year.';
    expect(found(text, REF)).toContainEqual(['the same quarter last year', 'DATE', '2012-Q3']);
  });
  it("is the month or year its sentence reports, a year back, where no quarter was spoken of", () => {
    expect(found('Car sales for the February 4 to 8 period fell to 926 from 2,672 in the same period a year ago.', REF)).toContainEqual(['the same period a year ago', 'DATE', '2012-02']);
    expect(found('Exports rose between the beginning of January and February 4, up from 556,874 tonnes in the same period last year.', REF)).toContainEqual(['the same period last year', 'DATE', '2012']);
    expect(found('Year-to-date car sales declined 62 pct from 12,861 cars in the comparable period of 2012.', REF)).toContainEqual(['the comparable period', 'DATE', '2012']);
    expect(found('Miles flown fell to 4,180,000 from 5,681,000 the same period the year before.', REF)).toContainEqual(['the same period', 'DATE', '2012']);
  });
  it('is the year-ago quarter where the story reports a quarter', () => {
    expect(found('Profit rose in the fourth quarter. Sales were up from the same period last year.', REF)).toContainEqual(['the same period last year', 'DATE', '2011-Q4']);
  });
});

describe('"have" as the main verb', () => {
  it('is the present, not a perfect', () => {
    expect(found('Because of the Easter holidays bankers have no time for talks.', '2013-03-29')).toEqual([['Easter', 'DATE', '2013-03-31']]);
  });
});

describe("the year a report is of", () => {
  it('is the year before where its sentence tells of that year or compares with the one before it', () => {
    expect(found('In 2012 Lawnco earned 1.19 dlrs per share for the full year.', REF)).toContainEqual(['the full year', 'DATE', '2012']);
    expect(found('Repayments stood at 5.5 billion for the year, up from 3.1 billion in 2011.', REF)).toContainEqual(['the year', 'DATE', '2012']);
  });
  it('but not the year under way', () => {
    expect(found('Turnover was expected to fall over the whole year from 698.4 mln in 2012.', REF)).toContainEqual(['the whole year', 'DATE', '2013']);
    expect(found('In the first two months of the year, inflation was 3.8 pct, against 3.6 pct in the same period of 2012.', REF)).toContainEqual(['the year', 'DATE', '2013']);
  });
});

describe('a clock time given in two zones before its day', () => {
  it('takes the day written after both', () => {
    expect(found('The union will strike at 1000 EDT (1400 GMT) on Thursday unless a deal is reached.', REF)).toEqual([
      ['1000 EDT', 'TIME', '2013-02-14T10:00'],
      ['1400 GMT', 'TIME', '2013-02-14T14:00'],
      ['Thursday', 'DATE', '2013-02-14'],
    ]);
    expect(found('The exchange offers end at 1700 EST (2100 GMT) March 17.', REF).map((d) => d[2])).toEqual(['2013-03-17T17:00', '2013-03-17T21:00', '2013-03-17']);
  });
});

describe("a period's end", () => {
  it("is the year's next end or the quarter's nearest, whatever the tense", () => {
    expect(found('It compared with a 6.2 pct increase for the current year ending September, a spokesman said.', REF)).toContainEqual(['September', 'DATE', '2013-09']);
    expect(found('Sales fell in the quarter ending January 31.', REF)).toContainEqual(['January 31', 'DATE', '2013-01-31']);
  });
  it('but a past one\'s is behind', () => {
    expect(found('In its last fiscal year ending October 31, the company earned 228.7 mln dlrs.', REF)).toContainEqual(['October 31', 'DATE', '2012-10-31']);
  });
});

describe('an intent the tagger reads as a noun', () => {
  it('still points ahead', () => {
    expect(found('Olivetti plans to announce a new line of computer products in June, its chairman said.', REF)).toContainEqual(['June', 'DATE', '2013-06']);
  });
  it('but not a cause after "due to", nor the object of a verb', () => {
    expect(found('Earnings rose, due to increased shipments in January, he said.', REF)).toContainEqual(['January', 'DATE', '2013-01']);
    expect(found('The bank announced plans to add provisions in mid-January.', REF)).toContainEqual(['mid-January', 'DATE', '2013-01']);
  });
});

describe('a month listed after another', () => {
  it('continues its run a few months on, into the next year past December', () => {
    expect(found('The release of feed wheat onto the British market in March and April, Commission sources said.', REF).map((d) => d[2])).toEqual(['2013-03', '2013-04']);
    expect(found('Forecasts were issued in October and January, officials said.', REF).map((d) => d[2])).toEqual(['2012-10', '2013-01']);
  });
  it('but a month listed backwards is left alone ("in January and December", newest first)', () => {
    expect(found('Unemployment was 6.7 pct in January and December, the ministry said.', REF).map((d) => d[2])).toEqual(['2013-01', '2012-12']);
  });
});

describe('a range whose end has its year', () => {
  it('gives it to the month or day that opens it, a year back where the range wraps', () => {
    expect(found('Up to 6.7 billion dlrs could be issued between March and August 2013, officials said.', REF).map((d) => d[2])).toEqual(['2013-03', '2013-08']);
    expect(found('Sales rose 3 pct in November to March 2013.', REF).map((d) => d[2])).toEqual(['2012-11', '2013-03']);
    expect(found('He bought the shares between February 18 and February 21, 2011.', REF).map((d) => d[2])).toEqual(['2011-02-18', '2011-02-21']);
  });
  it('but not to the first half of a split year ("April/January 1986/87")', () => {
    expect(found('New issues rose in April/January 2012/13.', REF).map((d) => d[2])[0]).not.toBe('2011-04');
  });
});
