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
    expect(one('Critics say Tony Blare has called for an apology. The mayor has refused.', 'Tony Blare')).toBeUndefined();
    expect(one('Labour says Michael Hayward was planning cuts. The prime minister said so.', 'Michael Hayward')).toBeUndefined();
  });
});
