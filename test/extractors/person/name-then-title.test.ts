import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/name-then-title: a subject, then "The" and a post held by one', () => {
  it('gives the post to the person the sentence before opens with', () => {
    expect(one('David Blunkitt has apologised to MPs after the Home Office announced a review. The home secretary confirmed the review was under way.', 'David Blunkitt')).toMatchObject({ title: 'home secretary', roles: ['home secretary'] });
    expect(one('Gordon Browne has addressed the conference behind closed doors. The Chancellor said growth would rise.', 'Gordon Browne')?.roles).toEqual(['chancellor']);
  });
  it('is no fact for a post anyone may hold, or where the sentence before names two people', () => {
    expect(people('Mary Stone has praised the plan. The spokesman said it would start soon.')).toEqual([]);
    expect(people('Tony Blare met Gordon Browne on Monday. The prime minister said they agreed.')).toEqual([]);
  });
  it('is no fact where the post is not the subject or names its holder', () => {
    expect(people('Tony Blare has praised the plan. The prime minister\'s office said it would start soon.')).toEqual([]);
    expect(people('Tony Blare has praised the plan. The prime minister of France, Jacques Chirak, disagreed.').filter((p) => p.name === 'Tony Blare')).toEqual([]);
  });
});

describe('person/name-then-title: a party before the post', () => {
  it('is the post\'s organization ("The Tory leader said")', () => {
    expect(one('Michael Hayward has launched an attack on the asylum system. The Tory leader said it was chaotic.', 'Michael Hayward')).toMatchObject({ title: 'leader', org: 'Tory' });
  });
  it('but not before a government office ("The Labour Minister" may be labour\'s)', () => {
    expect(one('Michael Hayward has launched an attack. The Labour Minister said it was chaotic.', 'Michael Hayward')?.org).toBeNull();
  });
});

describe('person/name-then-title: the one person who says the sentence before', () => {
  it('holds the post the next sentence opens with', () => {
    expect(one('Next year will be make or break for poorer countries, Gordon Browne will say. The chancellor is due to outline his plans.', 'Gordon Browne')).toMatchObject({ roles: ['chancellor'] });
  });
  it('but not a person named later in the sentence who does not say it', () => {
    expect(one('London mayor Ken Livingston spoke at noon. Critics say Tony Blare has called for an apology. The mayor has refused.', 'Tony Blare')).toBeUndefined();
    expect(one('Labour says Michael Hayward was planning cuts. The prime minister said so.', 'Michael Hayward')).toBeUndefined();
  });
});

describe('person/name-then-title: the one person the sentence before names, however it names them', () => {
  it('gives the post to the one person the sentence before names, not as its subject', () => {
    expect(one('Labour has done well under Mr Grown. The chancellor walked beside Mr Milburn.', 'Grown')).toMatchObject({ roles: ['chancellor'] });
  });
  it('takes the body named between "The" and the post', () => {
    expect(one('Charles Kenning is set to address voters at a temple.\n\nThe Liberal Democrat leader will speak on Sunday.', 'Charles Kenning')).toMatchObject({ roles: ['leader'], org: 'Liberal Democrat' });
  });
  it('reads "The former ..." as a post held before', () => {
    expect(one('Jeffrey Arthur spent two years in prison. The former Tory deputy chairman was released in June.', 'Jeffrey Arthur')).toMatchObject({ roles: ['former deputy chairman'] });
  });
  it('is no one\'s where the sentence before names two people', () => {
    expect(people('Mr Fax met Michael Hayward on Monday. The chancellor said it went well.')).toEqual([]);
  });
  it('leaves out a name inside a quote', () => {
    expect(people('The board said: "We thank Mr Fenwick for his work." The chancellor said it went well.')).toEqual([]);
  });
  it('is no one\'s for a post news leaves unnamed ("a company spokesman said ... The spokesman")', () => {
    expect(people('Shares of Bravo Corp rose after Tom Hollis bought them. The spokesman said the stake was small.')).toEqual([]);
  });
  it('is no one\'s where "other" or a possessive follows "The"', () => {
    expect(people('Hugh Wyles resigned on Monday. The other chief executive officer said it was sad.')).toEqual([]);
    expect(people('Cheryl Blare criticised the policy in a speech. The prime minister\'s wife said it was private.')).toEqual([]);
  });
  it('is not the post of a person the story names with another post', () => {
    expect(people('Tory co-chairman Liam Foxe spoke first. Mr Foxe said the party was ready. The Tory leader wanted to meet voters.').map((p) => p.roles)).toEqual([['co-chairman']]);
  });
  it('is not the post of a person another fact gives it to', () => {
    const found = people('Chancellor Gordon Grown spoke first. Then Alan Milbourne said the plan was costly. The chancellor rejected the claim.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Gordon Grown', ['chancellor']]]);
  });
  it('gives a country\'s leader only to the subject of the sentence before', () => {
    expect(people('Labour has praised the plans of Mr Hayward. The prime minister said so.')).toEqual([]);
  });
});
