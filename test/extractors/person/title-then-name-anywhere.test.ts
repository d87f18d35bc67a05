import { describe, expect, it } from 'vitest';
import { people } from './helpers.js';

describe('person/title-then-name: a post anywhere in the sentence before, then its holder saying something', () => {
  it('gives the post and its owner to the full name that opens the next sentence with a verb of saying', () => {
    const found = people('Meanwhile, France\'s finance minister has said the world faced "economic catastrophe". Herve Gaymont said he would seek action.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([['Herve Gaymont', ['finance minister'], 'France']]);
    const member = people('Traders were encouraged by comments from the energy minister of Opec member Algeria. Chakib Khalil said output would not change.');
    expect(member.map((p) => [p.name, p.roles, p.org])).toEqual([['Chakib Khalil', ['energy minister'], 'Algeria']]);
  });
  it('is no fact where the sentence before names someone, states two posts, or the name was met before', () => {
    expect(people('France\'s finance minister Jean Arthus has said growth is weak. Herve Gaymont said he would act.').map((p) => p.name)).not.toContain('Herve Gaymont');
    expect(people('France\'s finance minister and Germany\'s economy minister met. Herve Gaymont said he would act.').map((p) => p.name)).not.toContain('Herve Gaymont');
    expect(people('Herve Gaymont is an economist. France\'s finance minister has said growth is weak. Herve Gaymont said he agreed.').map((p) => p.name)).not.toContain('Herve Gaymont');
  });
});
