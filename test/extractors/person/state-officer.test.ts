import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

// Invented stories in the style of wire news about a state's government.

describe('a state\'s own posts styled "State ..."', () => {
  it.each([
    ['State Comptroller Dana Holt said revenue fell.', 'Dana Holt', 'State Comptroller', ['state comptroller']],
    ['The plan was drafted by Finance Ministry State Secretary Karl Brandl.', 'Karl Brandl', 'State Secretary', ['state secretary']],
    ['Chief state prosecutor Lena Voss opened an inquiry.', 'Lena Voss', 'Chief state prosecutor', ['chief state prosecutor']],
  ])('reads %s', (text, name, title, roles) => {
    expect(one(text, name)).toMatchObject({ title, roles });
  });
  it('gives a state named before the post as its organization', () => {
    expect(one('Ohio State Treasurer Mary Cobb said bonds would be sold.', 'Mary Cobb')).toMatchObject({ title: 'State Treasurer', org: 'Ohio' });
    expect(one('Kansas Comptroller Ray Dunn said revenue fell.', 'Ray Dunn')).toMatchObject({ roles: ['comptroller'], org: 'Kansas' });
  });
  it('keeps a name that ends in "State" whole', () => {
    expect(one('Jim Marsh, former Lone State president, was charged.', 'Jim Marsh')).toMatchObject({ roles: ['former president'], org: 'Lone State' });
  });
  it('leaves "state" before "central bank" to the bank', () => {
    expect(one('West Berlin state central bank president Otto Kiel spoke.', 'Otto Kiel')?.roles).toEqual(['president']);
  });
});

describe('a state officer in a story about one state', () => {
  const story = 'Texas faces a budget deficit. State Treasurer Ann Cole said taxes may rise in Texas. Governor Bill Hart opposes an income tax.';
  it('gives the state the story names to its treasurer and governor', () => {
    expect(one(story, 'Ann Cole')).toMatchObject({ roles: ['state treasurer'], org: 'Texas' });
    expect(one(story, 'Bill Hart')).toMatchObject({ roles: ['governor'], org: 'Texas' });
  });
  it('gives none where the story names no state', () => {
    expect(one('Governor Ken Sato of the prefecture said the plant would stay.', 'Ken Sato')?.org ?? null).toBeNull();
  });
  it('leaves a central bank\'s governor to the bank', () => {
    expect(one('The Bank of Canada held rates in Ottawa. Governor John Crowe said Ontario grew.', 'John Crowe')?.org).toBe('Bank of Canada');
  });
  it('leaves a German State Secretary to the country', () => {
    expect(people('Bonn said exports rose. State Secretary Hans Roth said West Germany would act.').find((p) => p.name === 'Hans Roth')?.org).toBe('West Germany');
  });
});
