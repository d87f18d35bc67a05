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

describe('person/succession: a participle after an appointment in the same sentence', () => {
  it("gives whom the appointee replaces or succeeds the appointee's post", () => {
    expect(one('Kaydon Corp said president Richard Shantz has been named chairman, succeeding Glenn W. Bailey, who remains on the board.', 'Glenn W. Bailey')).toMatchObject({ roles: ['chairman'], org: 'Kaydon Corp' });
    expect(one('Acme Inc said its board named Dale Mount as president replacing Robert Hagop, who resigned.', 'Robert Hagop')).toMatchObject({ roles: ['president'], org: 'Acme Inc' });
    expect(one('The institute said Klaus Lamp will take over as its director-general in early 1988, succeeding M.S. Swaminath.', 'M.S. Swaminath')).toMatchObject({ roles: ['director-general'] });
  });
  it('gives no post where no appointment comes before, or where the post is stated after the name', () => {
    expect(one('Simon Webster is on the wing replacing Simon Danielli.', 'Simon Danielli')).toBeUndefined();
    expect(one('Acme Inc named Dale Mount president, replacing Robert Hagop as the largest holder.', 'Robert Hagop')).toBeUndefined();
  });
});
