import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/one-of: one of several who hold a post', () => {
  it('holds the post, in the singular, with the owner the text names', () => {
    expect(one("Tom Browne, one of Acme Corp's senior vice presidents, said so.", 'Tom Browne')).toEqual({ name: 'Tom Browne', title: 'senior vice presidents', roles: ['senior vice president'], org: 'Acme Corp' });
    expect(one("Manvill Corp filed suit. Herbert Edelmann, one of Manvill's lawyers, said so.", 'Herbert Edelmann')).toMatchObject({ roles: ['lawyer'], org: 'Manvill Corp' });
  });
  it('reads the post opening the sentence before the name', () => {
    expect(one('One of their leaders, Orlando dos Santo, told Reuters that most seamen resigned.', 'Orlando dos Santo')).toMatchObject({ roles: ['leader'] });
  });
  it('reads the organization named before the post or after it, and a phrase that qualifies the post', () => {
    expect(one('"It was hard," said Jurgen van Loon, one of the Corvex Labs researchers behind the project.', 'Jurgen van Loon')).toMatchObject({ roles: ['researcher'], org: 'Corvex Labs' });
    expect(one('Clara Dunn, one of the lawyers at Barrow Finch Ltd, said so.', 'Clara Dunn')).toMatchObject({ roles: ['lawyer'], org: 'Barrow Finch Ltd' });
  });
  it('reads no employer from what the post is "of"', () => {
    expect(people('"It is hard," said Erich Moll, one of the co-founders of the Top50 list.')).toEqual([]);
  });
  it('is no fact for "one of" a thing that is no post, or a phrase that goes on', () => {
    expect(people('Tom Browne, one of the best players, scored twice.')).toEqual([]);
    expect(people('Tom Browne, one of the directors who left in May, said so.')).toEqual([]);
  });
});
