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
