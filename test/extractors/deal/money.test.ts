import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/document.js';
import { dealPriceIn } from '../../../src/extractors/deal/money-context.js';
import { moneyAt } from '../../../src/extractors/deal/money.js';

const money = (text: string) => {
  const doc = buildDocument({ id: 'm', text });
  const m = dealPriceIn(doc, 0, doc.tokens.length);
  return m && { amount: m.amount, currency: m.currency, text: m.text };
};

describe('money', () => {
  it.each([
    ['for 12.2 mln dlrs.', 12_200_000, 'USD', '12.2 mln dlrs'],
    ['paid $1.13bn in cash', 1_130_000_000, 'USD', '$1.13bn'],
    ['valued at £600m', 600_000_000, 'GBP', '£600m'],
    ['worth one billion stg', 1_000_000_000, 'GBP', 'one billion stg'],
    ['about 500 billion lire', 500_000_000_000, 'ITL', '500 billion lire'],
    ['for 16.5 mln Canadian dlrs', 16_500_000, 'CAD', '16.5 mln Canadian dlrs'],
    ['at 1,100,000 dlrs', 1_100_000, 'USD', '1,100,000 dlrs'],
    ['some 7.5 billion Belgian francs', 7_500_000_000, 'BEF', '7.5 billion Belgian francs'],
    ['for HK$3m in cash', 3_000_000, 'HKD', 'HK$3m'],
    ['for almost a billion dlrs', 1_000_000_000, 'USD', 'a billion dlrs'],
    ['US$3.5 billion', 3_500_000_000, 'USD', 'US$3.5 billion'],
  ])('%s', (text, amount, currency, span) => {
    expect(money(text)).toEqual({ amount, currency, text: span });
  });

  it('reads pence glued to the number', () => {
    const doc = buildDocument({ id: 'm', text: 'an offer of 700p' });
    expect(moneyAt(doc, 3, doc.tokens.length)).toMatchObject({ amount: 7, currency: 'GBP', text: '700p' });
  });

  it('takes small amounts without a scale for prices, not deal values', () => {
    expect(money('at 6.50 dlrs, or 14 mln dlrs in all')).toMatchObject({ amount: 14_000_000 });
  });

  it('skips prices per share for the deal value', () => {
    expect(money('paid 22 dlrs a share, or 53 mln dlrs')).toEqual({ amount: 53_000_000, currency: 'USD', text: '53 mln dlrs' });
  });

  it('finds no amount in an undisclosed sum or a bare number', () => {
    expect(money('for an undisclosed sum')).toBeUndefined();
    expect(money('bought 500 shares and one plant')).toBeUndefined();
  });
});
