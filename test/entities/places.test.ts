import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupPlaceAdjective } from '../../src/entities/classify.js';

describe('a place broken across wire lines', () => {
  it('is found by its name and by its adjective', () => {
    expect(lookupPlace('United\nStates')?.code).toBe('US');
    expect(lookupPlace('New  York')?.kind).toBe('state');
    expect(lookupPlaceAdjective('West\nGerman')?.code).toBe('DE');
  });
  it('is not made from words that name none', () => {
    expect(lookupPlace('United\nStatesmen')).toBeUndefined();
  });
});
