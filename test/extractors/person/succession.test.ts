import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/succession: the predecessor a later sentence names, in the appointee\'s post', () => {
  it('gives the predecessor named after the appointee the post the appointee takes', () => {
    const text = 'Corvale Systems Inc said it named Dana Whitfield president and chief executive officer. Whitfield succeeds Omar Lindqvist, the company said.';
    expect(one(text, 'Omar Lindqvist')).toMatchObject({ title: 'president and chief executive officer', roles: ['president', 'chief executive officer'], org: 'Corvale Systems Inc' });
  });
  it('reads "He replaces" after a sentence that gave one person a post, and "will succeed" past a courtesy title', () => {
    expect(one('Brantley Foods Inc elected Hugo Maris chairman. He replaces Ines Okafor, who retired.', 'Ines Okafor')).toMatchObject({ roles: ['chairman'], org: 'Brantley Foods Inc' });
    expect(one('Brantley Foods Inc elected Hugo Maris chairman. Maris will succeed Dr. Ines Okafor in the post.', 'Ines Okafor')).toMatchObject({ roles: ['chairman'], org: 'Brantley Foods Inc' });
  });
  it('takes the post given, not one the appointee held before', () => {
    const text = 'Brantley Foods Inc said Hugo Maris, chief financial officer of Dorn Corp, was named its president on Monday. Maris replaces Ines Okafor.';
    expect(one(text, 'Ines Okafor')).toMatchObject({ roles: ['president'], org: 'Brantley Foods Inc' });
  });
  it('gives nothing where no post was given, where "He" may be two people, or where the post is stated', () => {
    expect(one('Hugo Maris, president of Brantley Foods Inc, spoke. Maris replaces Ines Okafor on the panel.', 'Ines Okafor')).toBeUndefined();
    expect(one('Brantley Foods Inc elected Hugo Maris chairman and Lena Ruiz president. He replaces Ines Okafor.', 'Ines Okafor')).toBeUndefined();
    expect(people('Brantley Foods Inc elected Hugo Maris chairman. He replaced Ines Okafor as treasurer.').filter((p) => p.name === 'Ines Okafor').map((p) => p.roles)).toEqual([['treasurer']]);
  });
});
