// A post's word the wire misspelled is read as the word meant; names and
// plurals one letter from a post are not.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { titleWordMeant } from '../../src/document/title-spelling.js';
import { people } from '../extractors/person/helpers.js';

const lowerOf = (text: string, word: string) => buildDocument({ id: 'd', text }).tokens.find((t) => t.text === word)?.lower;

describe('titleWordMeant', () => {
  it('reads a letter left out, one too many, two swapped or one struck for another', () => {
    expect(titleWordMeant('offcer', false)).toBe('officer');
    expect(titleWordMeant('preesident', false)).toBe('president');
    expect(titleWordMeant('exeuctive', false)).toBe('executive');
    expect(titleWordMeant('sernior', false)).toBe('senior');
  });
  it('leaves words of the dictionary, plurals, foreign forms and short words alone', () => {
    expect(titleWordMeant('manger', false)).toBeUndefined();
    expect(titleWordMeant('spokesmen', false)).toBeUndefined();
    expect(titleWordMeant('generale', false)).toBeUndefined();
    expect(titleWordMeant('banked', false)).toBeUndefined();
    expect(titleWordMeant('hed', false)).toBeUndefined();
  });
  it('reads a capitalized word only by a letter left out, added or swapped', () => {
    expect(titleWordMeant('minsiter', true)).toBe('minister');
    expect(titleWordMeant('lander', true)).toBeUndefined();
  });
});

describe('misspelled posts in a document', () => {
  it('reads the word meant in lower case, and keeps the text as written', () => {
    expect(lowerOf('Acme said its exeuctive vice president left.', 'exeuctive')).toBe('executive');
  });
  it('reads a capitalized one only next to another word of a title', () => {
    expect(lowerOf('Japanese Finance Minsiter Kiichi Miyazawa spoke.', 'Minsiter')).toBe('minister');
    expect(lowerOf('Mr Minsiter spoke.', 'Minsiter')).toBe('minsiter');
  });
  it('gives the post as written and its roles as meant', () => {
    const found = people('Japan acts. Japanese Finance Minsiter Kiichi Miyazawa said so. Acme Corp said Jo Rand, chairman and chief executive offcer, left.');
    expect(found.map((p) => [p.name, p.title, p.roles, p.org])).toEqual([
      ['Kiichi Miyazawa', 'Finance Minsiter', ['finance minister'], 'Japan'],
      ['Jo Rand', 'chairman and chief executive offcer', ['chairman', 'chief executive officer'], 'Acme Corp'],
    ]);
  });
});
