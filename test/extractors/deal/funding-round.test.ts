import { describe, expect, it } from 'vitest';
import { deals } from './helpers.js';

describe('deal/funding-round', () => {
  it('reads the lead investor as investing in the company that raised the money', () => {
    expect(deals('Nigerian payments start-up Kobra Pay has raised $60 million in a Series B funding round led by Harmon Capital, the company said.')).toContainEqual(
      expect.objectContaining({ type: 'investment', parties: ['Kobra Pay', 'Harmon Capital'], acquirer: 'Harmon Capital', target: 'Kobra Pay', value: { amount: 60_000_000, currency: 'USD', text: '$60 million' }, rule: 'deal/funding-round' }),
    );
  });
  it('needs a round led by someone', () => {
    expect(deals('Kobra Pay Ltd raised $60 million last year.').filter((d) => d.rule === 'deal/funding-round')).toEqual([]);
    expect(deals('Kobra Pay Ltd raised $60 million in a funding round last year.').filter((d) => d.rule === 'deal/funding-round')).toEqual([]);
  });
  it('does not take a person leading the round for an investor company', () => {
    expect(deals('Kobra Pay Ltd raised $6 million in a seed round led by Tom Harlan.').filter((d) => d.rule === 'deal/funding-round')).toEqual([]);
  });
});
