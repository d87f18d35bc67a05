import { describe, expect, it } from 'vitest';
import { people } from './helpers.js';

describe('person/plural-title: a post in the plural before a list of names', () => {
  it('gives each name the post, with the qualifiers of a board seat', () => {
    const found = people('The ten former outside directors are James Allard, Judith Arens and Carl Aycroft.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['James Allard', ['former outside director']],
      ['Judith Arens', ['former outside director']],
      ['Carl Aycroft', ['former outside director']],
    ]);
  });
  it('gives them the organization named before the post', () => {
    const found = people('Balfour Bates managers Anthony Walden and Nicholas Jeffers were charged.');
    expect(found.map((p) => [p.name, p.title, p.org])).toEqual([
      ['Anthony Walden', 'managers', 'Balfour Bates'],
      ['Nicholas Jeffers', 'managers', 'Balfour Bates'],
    ]);
  });
  it('is no fact for one name, for members, or for adjectives that only describe the people', () => {
    expect(people('The plan was drawn up by economists at the bank.')).toEqual([]);
    expect(people('Band members Bryan Fennel and Phil Manzano toured.')).toEqual([]);
    expect(people('It starred the usual famous actors including Gary Oldfield and Emma Thomson.').map((p) => p.roles)).toEqual([['actor'], ['actor']]);
  });
  it('takes the organization the story gave the same post before', () => {
    const found = people('Ten former directors at WorldLink have agreed to pay. The ten former outside directors are James Allard and Judith Arens.');
    expect(found.map((p) => [p.name, p.org])).toEqual([
      ['James Allard', 'WorldLink'],
      ['Judith Arens', 'WorldLink'],
    ]);
  });
});
