import { describe, expect, it } from 'vitest';
import { people } from './helpers.js';

describe('a body\'s generic word opening a post', () => {
  it('is the body the story named in full before, and no part of the post', () => {
    const text = 'The request came from the Japan Chamber of Commerce and Industry.\n    Chamber head Noboru Gotto told a press conference it was so.';
    expect(people(text)).toEqual([{ name: 'Noboru Gotto', title: 'Chamber head', roles: ['head'], org: 'Japan Chamber of Commerce and Industry' }]);
    expect(people('The Building Societies Association met. It said Association director-general Mark Bolat agreed.').map((p) => [p.roles, p.org])).toEqual([[['director-general'], 'Building Societies Association']]);
    expect(people('Losses are likely, an Agriculture Ministry spokesman said. Ministry spokesman Leonardo Brita told Reuters so.').map((p) => [p.roles, p.org])).toEqual([[['spokesman'], 'Agriculture Ministry']]);
  });
  it('stays in the post where the story names no such body', () => {
    expect(people('Chamber head Noboru Gotto told a press conference it was so.').map((p) => [p.roles, p.org])).toEqual([[['chamber head'], null]]);
  });
});
