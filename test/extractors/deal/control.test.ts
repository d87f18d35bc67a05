import { describe, expect, it } from 'vitest';
import { deals } from './helpers.js';

const control = (text: string) => deals(text).filter((d) => d.rule === 'deal/control');

describe('deal/control: a company whose control someone takes, wins or gains', () => {
  it('reads "won control of" as an acquisition done', () => {
    expect(control('Harrowgate Group Plc won control of Pellham Corp with a 95 dlr a share tender offer.')).toMatchObject([
      { type: 'acquisition', acquirer: 'Harrowgate Group Plc', target: 'Pellham Corp', status: 'completed' },
    ]);
  });
  it('reads "took full control of" and a plan to "take control of"', () => {
    expect(control('Corvane Video Inc recently took full control of Telnet Hotels Inc.')).toMatchObject([{ acquirer: 'Corvane Video Inc', target: 'Telnet Hotels Inc', status: 'completed' }]);
    expect(control('Marston Engineering Corp would take control of Soltra SA at the beginning of 1988.')).toMatchObject([{ acquirer: 'Marston Engineering Corp', target: 'Soltra SA', status: 'planned' }]);
  });
  it('reads no deal where the thing controlled is no company, or nobody is named to control it', () => {
    expect(control('Hackers could seize control of the computer through the flaw.')).toEqual([]);
    expect(control('The champion reeled off seven games to take control of the match.')).toEqual([]);
    expect(control('Stern Mills Inc said the plan was not in response to any effort to obtain control of the company.')).toEqual([]);
    expect(control('Harrowgate Group Plc now hopes to take full control of the Premier League side.')).toEqual([]);
  });
  it('leaves a manager\'s control to managers', () => {
    expect(control('Palmer Co assumed management control of Brightwater Corp in May.')).toEqual([]);
  });
});
