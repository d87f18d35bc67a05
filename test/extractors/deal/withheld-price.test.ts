import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/document.js';
import { withheldPriceIn } from '../../../src/extractors/deal/money-context.js';
import { topAcquisition } from './helpers.js';

const withheld = (text: string) => {
  const doc = buildDocument({ id: 'w', text });
  return withheldPriceIn(doc, 0, doc.tokens.length)?.text;
};

describe('a price the story withholds', () => {
  it.each([
    ['It bought the plant for undisclosed terms.', 'undisclosed'],
    ['It bought the plant for an undisclosed amount of cash.', 'undisclosed'],
    ['The unit went for an undisclosed sum.', 'undisclosed'],
    ['Terms were undisclosed.', 'undisclosed'],
    ['Terms of the acquisition were not disclosed.', 'not disclosed'],
    ['The sale price was not\ndisclosed.', 'not disclosed'],
    ["Terms of the buyer's offer have not been disclosed.", 'not been disclosed'],
    ['The company did not disclose the terms of the agreement.', 'not disclose'],
    ['Financial details were not released.', 'not released'],
  ])('%s → %s', (text, expected) => {
    expect(withheld(text)).toBe(expected);
  });

  it.each([
    ['It agreed to indemnify the buyer against undisclosed liabilities.'],
    ['The company did not disclose the identity of the investor.'],
    ['A spokesman did not disclose which dealers took part.'],
    ['The plant was not released from its lease.'],
    ['Terms of office were set for two years, and nothing else was disclosed.'],
  ])('none in: %s', (text) => {
    expect(withheld(text)).toBeUndefined();
  });

  it('is the value of the story’s acquisition, with no amount', () => {
    const d = topAcquisition('Halloway Corp said it acquired Pemberton Tool Co. Terms were not disclosed.');
    expect(d).toMatchObject({ acquirer: 'Halloway Corp', target: 'Pemberton Tool Co', value: { amount: null, currency: null, text: 'not disclosed' } });
  });

  it('gives way to a price stated before it', () => {
    const d = topAcquisition('Halloway Corp said it acquired Pemberton Tool Co. The purchase price was 12 mln dlrs. Other terms were not disclosed.');
    expect(d?.value).toEqual({ amount: 12_000_000, currency: 'USD', text: '12 mln dlrs' });
  });
});
