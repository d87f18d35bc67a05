import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const dates = (text: string) => extractDocument({ id: 'd', text, date: '1998-02-07' }, { kinds: ['date'] });

describe('merging identical facts', () => {
  it('merges a date of a repeated caption into one fact with two mentions', () => {
    const facts = dates('Talks in Geneva on Friday. /Photo\nTalks in Geneva on Friday. /Photo');
    expect(facts).toHaveLength(1);
    expect(facts[0]!.mentions.map((m) => m.sentence)).toEqual([0, 2]);
  });
  it('keeps two mentions of the same day in one sentence as two facts', () => {
    const facts = dates('Shares fell on Friday after a warning on Friday morning and a profit fall reported Friday.');
    expect(facts.filter((f) => f.text === 'Friday')).toHaveLength(2);
  });
  it('keeps the same date in different sentences apart', () => {
    expect(dates('Prices rose on Friday.\nVolumes fell on Friday.')).toHaveLength(2);
  });
});

describe('merging an agreement told twice', () => {
  const dealsOf = (text: string) => extractDocument({ id: 'm', text }, { kinds: ['deal'] }).filter((f) => f.kind === 'deal');

  it('makes a headline and its story one agreement, as far on as the story says', () => {
    const [d, ...rest] = dealsOf('Zentrix signs licensing deal with Halloway Music\n\nZentrix said on Tuesday it had signed a licensing agreement with Halloway Music.');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ type: 'license', status: 'completed' });
    expect(d!.mentions).toHaveLength(2);
  });

  it('keeps two acquisitions of one company by different buyers apart', () => {
    expect(dealsOf('Zentrix agreed to buy Pellham Mills Inc. Halloway Corp agreed to buy Pellham Mills Inc.')).toHaveLength(2);
  });
});
