import { describe, expect, it } from 'vitest';
import { people } from './helpers.js';

describe('two appointees whose posts "respectively" pairs with them', () => {
  it('gives each the post in its place', () => {
    const found = people('Orrin Gas Inc said Petra Lund and Karl Obst were elected chairman and co-chairman, respectively.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Petra Lund', ['chairman'], 'Orrin Gas Inc'],
      ['Karl Obst', ['co-chairman'], 'Orrin Gas Inc'],
    ]);
  });
  it('reads past the organization before "respectively"', () => {
    const found = people('Orrin Gas Inc said Petra Lund and Karl Obst were named president and treasurer of Orrin Gas Inc, respectively.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Petra Lund', ['president']],
      ['Karl Obst', ['treasurer']],
    ]);
  });
  it('gives both every post without "respectively"', () => {
    const found = people('Orrin Gas Inc said Petra Lund and Karl Obst were elected chairman and chief executive.');
    expect(found.map((p) => p.roles)).toEqual([
      ['chairman', 'chief executive officer'],
      ['chairman', 'chief executive officer'],
    ]);
  });
});
