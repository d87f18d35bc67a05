// Words and numbers that look like times and are not.
import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('not dates', () => {
  it.each([
    'The company is planning to march into the US market.',
    'The deal may close without approval.',
    'Regulators may also object.',
    'He finished second in the race.',
    'It was the second time the board met.',
    'She won a second term.',
    'The airline ordered a 747 and two A380s.',
    'The plant laid off the 1,000 employees it hired.',
    'The firm hired 2000 workers.',
    'Call the newsroom at 650-650-6500 or 650.650.6500.',
    'The stock rose 20% to $2,013.50.',
    'Shares closed at $1990.',
    'Manchester United won 3-1 at home.',
    'Rat 6 was found in the maze.',
    'Flight 1990 landed safely.',
    // a comparison's name is no length
    'Money supply showed a year-on-year rise of 10.6 pct and a month-on-month fall.',
    // "one day" told in the past is no day TimeML dates
    'One day he walked into the office and quit.',
    // clock times as wire services write them, alone or in a range, and a figure glued to its unit
    'Trades must be entered by 1000 London time.',
    'The session would extend from 1700 to 2100 local time.',
    'The work is on the 1150-megawatt station.',
    'The bill cleared Section 2010 of the code.',
    'Theresa May met the press.',
    'The March for Life drew thousands.',
    'May one of them object?',
    'A 6-year-old boy was rescued.',
    'The 52-year-old executive resigned.',
    'He watched 60 Minutes.',
    'Prices fell by three-quarters.',
    'The daily newspaper endorsed him.',
    'The Communist Party daily Granma compared him to Marti.',
    'The business daily Handelsblatt reported the talks.',
    'The poll was published by USA Today.',
    'A MORI poll conducted for The Sunday Times showed the lead.',
    'He told the Evening Standard that he would stay.',
    'Output fell, the China Daily said.',
    'She presented Saturday Night Takeaway with her partner.',
    'This is VOA Today.',
    'He told NBC\'s Today show about the plan.',
    'The poster showed Gary Cooper from the film High Noon.',
    'If I were choosing the people of tomorrow, I would pick them.',
    'He was soon released from the hospital.',
    'The last quarter of the century saw big changes.',
    'It was the third day of protests.',
    "Chips like these run many of today's personal computers.",
    "The case is for today's youth what the revolution was for their parents.",
    'A trickle of cash soon became a flood.',
    'The current account deficit widened.',
    'The fall in prices hurt farmers.',
    'The bank attributed this fall to lower reserves.',
    'Economists predict this fall from 2.1 pct.',
    'Investors fear a spring in inflation.',
    'He sold a quarter of his shares.',
    'The index stood at 2,000 points.',
    'The score was 24-14.',
    'HP introduced the LaserJet 2000 printer.',
    'The provision covers future losses.',
    'Overnight interbank sterling traded at 11 pct.',
    'Shares rose to 10.30 pct.',
    'He left as soon as he could.',
    'Time named her Person of the Year.',
  ])('%s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('keeps "march" the verb out but "March" the month in', () => {
    expect(found('Workers will march on Parliament in March.').map(([t]) => t)).toEqual(['March']);
  });
});
