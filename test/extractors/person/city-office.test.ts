import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe("a city's officer", () => {
  it('gives a mayor or a governor with no organization the city the text has just named, not one where something happens', () => {
    expect(one('The city of Lyon today signed an agreement with a cargo centre in Osaka. Acting Mayor Jan Vos said trade would grow.', 'Jan Vos')).toMatchObject({ roles: ['acting mayor'], org: 'Lyon' });
    // (a city opening the sentence as its subject, whatever the tagger makes of the word)
    expect(one('Shanghai plans to rely on soft loans to build a railway, Mayor Jiang Zemin said.', 'Jiang Zemin')).toMatchObject({ roles: ['mayor'], org: 'Shanghai' });
    expect(one('In Osaka, incumbent Governor Taro Sato has said he cannot support the tax.', 'Taro Sato')).toMatchObject({ org: 'Osaka' });
    // (no city named near: no organization; a minister is no city's)
    expect(one('The tax was debated. Governor Taro Sato has said he cannot support it.', 'Taro Sato')?.org).toBeNull();
    expect(one('In Osaka, Finance Minister Taro Sato spoke.', 'Taro Sato')?.org).not.toBe('Osaka');
  });
});
