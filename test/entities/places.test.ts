import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupPlaceAdjective } from '../../src/entities/classify.js';
import { buildDocument } from '../../src/document/document.js';
import { buildEntities } from '../../src/entities/entities.js';

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

describe('a place opening a sentence', () => {
  const mentions = (text: string) => buildEntities(buildDocument({ id: 'p', text })).mentions.map((m) => [m.surface, m.type]);
  it('is a place as the subject, whatever the tagger makes of the word ("Shanghai plans")', () => {
    expect(mentions('Shanghai plans to rely on soft loans.')).toContainEqual(['Shanghai', 'place']);
  });
  it('is no place where the lexicon knows no such place ("Reading")', () => {
    expect(mentions('Reading the report, analysts saw gains.')).not.toContainEqual(['Reading', 'place']);
  });
});
