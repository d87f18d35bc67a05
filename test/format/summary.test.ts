import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/format/summary.js';
import type { DealFact } from '../../src/types.js';

const deal = (value: DealFact['value']): DealFact =>
  ({
    id: 'x', kind: 'deal', doc: 'd', sentence: 0, start: 0, end: 1, text: 'x', confidence: 0.9, rule: 'deal/acquire-verb', mentions: [],
    type: 'acquisition', parties: ['Halloway Corp', 'Pemberton Tool Co'], acquirer: 'Halloway Corp', target: 'Pemberton Tool Co', seller: null, object: null,
    value, status: 'completed', date: null,
  }) as DealFact;

describe('summarize a deal', () => {
  it('gives its price', () => {
    expect(summarize(deal({ amount: 12_000_000, currency: 'USD', text: '12 mln dlrs' }))).toBe('Halloway Corp acquires Pemberton Tool Co for 12 mln dlrs (completed)');
  });

  it('says when the price was not disclosed', () => {
    expect(summarize(deal({ amount: null, currency: null, text: 'undisclosed' }))).toBe('Halloway Corp acquires Pemberton Tool Co, price not disclosed (completed)');
  });

  it('says nothing of a price the story does not mention', () => {
    expect(summarize(deal(null))).toBe('Halloway Corp acquires Pemberton Tool Co (completed)');
  });
});
