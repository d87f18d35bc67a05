import { describe, expect, it } from 'vitest';
import { deals } from './helpers.js';

// A short wire story of our own, checked field by field.
const ARTICLE = [
  'Marbury Industries Inc said it agreed to sell its Kestrel valve division to Tollan Group Plc for 48.5 mln dlrs in cash.',
  '    The company said the sale, expected to close in June, is subject to regulatory approval.',
  '    Marbury also said it has signed a supply agreement with Tollan Group for castings.',
].join('\n');

describe('a short article', () => {
  const found = deals(ARTICLE);

  it('finds the sale with every field', () => {
    const sale = found.find((d) => d.type === 'acquisition')!;
    expect(sale).toMatchObject({
      kind: 'deal',
      doc: 't',
      sentence: 0,
      rule: 'deal/sale',
      type: 'acquisition',
      parties: ['Marbury Industries Inc', 'Tollan Group Plc'],
      acquirer: 'Tollan Group Plc',
      target: 'Kestrel valve division',
      seller: 'Marbury Industries Inc',
      object: null,
      value: { amount: 48_500_000, currency: 'USD', text: '48.5 mln dlrs' },
      status: 'announced',
      date: null,
    });
    expect(ARTICLE.slice(sale.start, sale.end)).toBe(sale.text);
    expect(sale.confidence).toBeGreaterThan(0.7);
  });

  it('finds the supply agreement with one canonical name per company', () => {
    const supply = found.find((d) => d.type === 'supply')!;
    expect(supply).toMatchObject({ parties: ['Marbury Industries Inc', 'Tollan Group Plc'], status: 'completed', sentence: 2 });
  });

  it('finds nothing else', () => {
    expect(found).toHaveLength(2);
  });
});
