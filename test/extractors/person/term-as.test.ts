import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/term-as: a term in a post after its holder\'s name', () => {
  it('reads the post, with the body named before it or after it', () => {
    expect(one('Officials said Paul Volker would not accept a third term as Federal Reserve Chairman.', 'Paul Volker')).toEqual({ name: 'Paul Volker', title: 'Chairman', roles: ['chairman'], org: 'Federal Reserve' });
    expect(one("Jon Tarrow's decision not to seek a second term as president of the Ardley Society was a surprise.", 'Jon Tarrow')).toMatchObject({ roles: ['president'], org: 'Ardley Society' });
    expect(one('Ann Morrow served a two-year stint as chief economist at Larch Bank.', 'Ann Morrow')).toMatchObject({ roles: ['chief economist'], org: 'Larch Bank' });
  });
  it('gives no post where no person holds the term, or where no post follows "as"', () => {
    expect(people('The term as a whole was good, Ann Morrow said.')).toEqual([]);
    expect(people('Ann Morrow said the Larch Bank board would not renew its term as trustee.')).toEqual([]);
    // (nor where the post names no body: any body's president, or a country's)
    expect(people('Tom Mill replaces Ron Kahl who served the maximum two-year term as president.').filter((p) => p.name === 'Ron Kahl')).toEqual([]);
  });
});
