import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/past-post: a post the sentence says was held before', () => {
  it('reads "had been" and "was previously" with the organization after the post', () => {
    const text = 'Northgate Mining Ltd appointed Colm Rafferty as president. Rafferty had been executive vice-president of Northgate Mining Ltd.';
    expect(people(text).map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Colm Rafferty', ['president'], 'Northgate Mining Ltd'],
      ['Colm Rafferty', ['former executive vice president'], 'Northgate Mining Ltd'],
    ]);
    const earlier = 'Pacific Rim Air named Tom Sigwart chairman. Sigwart was previously president of Pacific Rim Air Corp.';
    expect(people(earlier).map((p) => p.roles)).toEqual([['chairman'], ['former president']]);
  });
  it('reads a post held before in a clause after the name', () => {
    expect(one('Vela Tools Inc said Morton Hale, who had been chief operating officer, resigned.', 'Morton Hale')?.roles).toEqual(['former chief operating officer']);
    expect(one('Vela Tools Inc said Morton Hale, who was president, would keep his other post.', 'Morton Hale')?.roles).toEqual(['former president']);
  });
  it('keeps a founder a founder', () => {
    expect(one('Orrin Blake was the founder of Blake Industries Inc, the company said.', 'Orrin Blake')?.roles).toEqual(['founder']);
  });
  it('reads no post where the words after it go on', () => {
    expect(people('Vela Tools Inc named Morton Hale as its director. Hale had been chief of the bank\'s trading floor.').flatMap((p) => p.roles).filter((r) => r.startsWith('former'))).toEqual([]);
  });
  it('leaves a present post present', () => {
    expect(one('Morton Hale is president of Vela Tools Inc.', 'Morton Hale')?.roles).toEqual(['president']);
  });
});

describe('person/past-post: the organization by reference', () => {
  it('is the company the story names', () => {
    const text = 'Vela Tools Inc appointed Morton Haskell as president. Haskell had been executive vice president of the company.';
    expect(people(text).map((p) => [p.roles, p.org])).toEqual([[['president'], 'Vela Tools Inc'], [['former executive vice president'], 'Vela Tools Inc']]);
  });
});

describe('"has been" and "recently"', () => {
  it('reads "has been" as a post held now', () => {
    expect(one('Federal Stores Inc named a president. Matt Norland has been vice chairman of Federal Stores Inc since 1980.', 'Matt Norland')).toMatchObject({ roles: ['vice chairman'], org: 'Federal Stores Inc' });
  });
  it('reads "recently" before a post in apposition as one held before', () => {
    expect(people('Endo Labs Inc said Rick Sakowski has been named president. Sakowski, recently vice president at Control Datum Corp, succeeds John Wray.').map((p) => [p.roles, p.org])).toContainEqual([['former vice president'], 'Control Datum Corp']);
  });
  it('reads a deposed or ousted holder\'s post as written, and leaves the office to its holder', () => {
    const text = 'Peru seized the shares. Peru said President Alma Quispe would decide. The bank was linked with the country\'s deposed President Juan Velas.';
    expect(one(text, 'Juan Velas')).toMatchObject({ title: 'deposed President', roles: ['deposed president'], org: 'Peru' });
    expect(one('He said deposed former president Juan Velas fled.', 'Juan Velas')?.roles).toEqual(['deposed president']);
    expect(one('Ousted prime minister Tom Barra spoke.', 'Tom Barra')?.roles).toEqual(['ousted prime minister']);
  });
});
