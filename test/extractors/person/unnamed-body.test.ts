import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a body the text describes in lower case instead of naming it', () => {
  it('is the organization of the post held in it, as written', () => {
    expect(one('Beryl Sprinkle, chairman of the council of economic advisers, had been chosen.', 'Beryl Sprinkle')?.org).toBe('council of economic advisers');
    expect(one('Wang Chao-Wen, vice-chairman of the council for economic planning and development, told Reuters the cuts would go on.', 'Wang Chao-Wen')?.org).toBe('council for economic planning and development');
    expect(one('V. Martynov, head of a flood commission in the Donbass area, told Pravda.', 'V. Martynov')?.org).toBe('flood commission');
  });
  it("keeps a nation's adjective before it and a place it is of after it", () => {
    expect(one('Wong Kum Chan, head of the Malaysian delegation, said he was cautiously optimistic.', 'Wong Kum Chan')?.org).toBe('Malaysian delegation');
    expect(one('Miguel Mancero, head of the central bank of Mexico, said so.', 'Miguel Mancero')?.org).toBe('central bank of Mexico');
    // (a capitalized word that is no nation's is no part of a description)
    expect(one('John Rowe, head of the Arden delegation, said so.', 'John Rowe')?.org ?? null).not.toBe('Arden delegation');
  });
  it("is none where a board's committee serves the company, or a name follows it", () => {
    expect(one('Stuart Baynes, who becomes vice chairman of the finance committee, said so.', 'Stuart Baynes')?.org ?? null).not.toBe('finance committee');
    expect(one('Dirk Holt, head of the economics department of Marlow Bank, said rates would fall.', 'Dirk Holt')?.org).toBe('Marlow Bank');
  });
});
