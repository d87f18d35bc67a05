import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const expansions = (text: string) =>
  extractDocument({ id: 'a', text, date: '2017-04-04' }, { kinds: ['expansion'] }).flatMap((f) => (f.kind === 'expansion' ? [{ market: f.market, date: f.date?.value ?? null }] : []));

describe('the date of an expansion', () => {
  it('is the date at the market’s end of the sentence', () => {
    expect(expansions('Zentrix Corp plans to enter Poland in 2019.')).toEqual([{ market: 'Poland', date: '2019' }]);
  });

  it('is not a date of an aside between the company and its verb', () => {
    expect(expansions('Zentrix Corp, which entered Chile in 2011, plans to expand into Peru.')).toEqual([
      { market: 'Chile', date: '2011' },
      { market: 'Peru', date: null },
    ]);
  });
});
