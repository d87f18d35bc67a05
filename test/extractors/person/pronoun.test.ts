import { describe, expect, it } from 'vitest';
import { people } from './helpers.js';

describe('person/pronoun: "he" or "she" opening a sentence', () => {
  it('states a post of the one person the sentence before names', () => {
    expect(people('Thomas Mallory, chairman of Phibro Oil, left. Earlier he resigned as a director and vice chairman of Salton Inc.')).toEqual([
      { name: 'Thomas Mallory', title: 'chairman', roles: ['chairman'], org: 'Phibro Oil' },
      { name: 'Thomas Mallory', title: 'director and vice chairman', roles: ['director', 'vice chairman'], org: 'Salton Inc' },
    ]);
    expect(people('Carla Coxe said the agency was winning its cases. She became acting chairman of the Securities Board in May.')).toEqual([
      { name: 'Carla Coxe', title: 'acting chairman', roles: ['acting chairman'], org: 'Securities Board' },
    ]);
  });
  it('is no one where the sentence before names two people, or none', () => {
    expect(people('John Smithers met Paul Jonas. He was named president of Acme Corp.')).toEqual([]);
    expect(people('The market fell. He was named president of Acme Corp.')).toEqual([]);
    // (nor a pronoun inside the sentence, which may be anyone's)
    expect(people('John Smithers spoke. The board said he was named president of Acme Corp.').map((p) => p.name)).not.toContain('John Smithers');
  });
});
