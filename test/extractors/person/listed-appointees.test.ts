import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/listed-appointees', () => {
  it('gives the post in the plural to each name listed before the verb', () => {
    const text = 'Hollis Oil Corp said Charles M. Brand and James O. Barker were also named directors, expanding the board to five.';
    expect(one(text, 'Charles M. Brand')).toMatchObject({ title: 'directors', roles: ['director'], org: 'Hollis Oil Corp' });
    expect(one(text, 'James O. Barker')).toMatchObject({ title: 'directors', roles: ['director'], org: 'Hollis Oil Corp' });
  });
  it('reads two posts, and a post left', () => {
    const text = 'Zenda Energy Corp said James Mead, William Roth and Steven Dunn have resigned as officers and directors.\nZenda Energy Corp shares fell.\nZenda Energy Corp will sell assets.';
    for (const name of ['James Mead', 'William Roth', 'Steven Dunn']) expect(one(text, name)).toMatchObject({ roles: ['officer', 'director'], org: 'Zenda Energy Corp' });
  });
  it('reads the organization after the post, and no post cut short of its plural', () => {
    const facts = people('John Hale and Mary Rowe were named executive vice presidents of Acme Corp.');
    expect(facts).toEqual([
      { name: 'John Hale', title: 'executive vice presidents', roles: ['executive vice president'], org: 'Acme Corp' },
      { name: 'Mary Rowe', title: 'executive vice presidents', roles: ['executive vice president'], org: 'Acme Corp' },
    ]);
  });
  it('needs a verb of appointment and a post in the plural', () => {
    expect(people('John Hale and Mary Rowe met directors of Acme Corp.')).toEqual([]);
    expect(people('John Hale and Mary Rowe were named in the suit against the directors.')).toEqual([]);
  });
  it('gives "officer" alone no company', () => {
    const text = 'Acme Corp is big.\nAcme Corp grew.\nAcme Corp hired staff.\nAlan Parker has been made an officer.';
    expect(one(text, 'Alan Parker')?.org ?? null).toBeNull();
  });
});
