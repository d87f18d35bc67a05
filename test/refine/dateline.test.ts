// The date a story was filed is not the date of what it tells.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const dated = (text: string) =>
  extractDocument({ id: 'd', text, date: '2025-06-11' }, { kinds: ['expansion', 'deal'] }).map((f) => (f as { date: { value: string } | null }).date?.value ?? null);

describe('a dateline', () => {
  it('dates nothing the story tells', () => {
    expect(dated('PARIS, June 11 (Reuters) - French retailer Halvet SA will enter Vietnam through a franchise deal, it said.')).toEqual([null]);
    expect(dated('TOKYO, May 9 (Bloomberg) -- Kinuga Corp plans to enter India.')).toEqual([null]);
  });
  it('leaves a date in the story\'s own words', () => {
    expect(dated('PARIS, June 11 (Reuters) - French retailer Halvet SA will enter Vietnam in 2026, it said.')).toEqual(['2026']);
    expect(dated('On June 11 French retailer Halvet SA entered Vietnam.')).toEqual(['2025-06-11']);
  });
});
