import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/post-after-name: a legislator\'s post written after the name', () => {
  it('reads "MP", "MSP", "MEP" after a name', () => {
    expect(one('The study, done with the help of Margaret Moreland MP and a team, was published.', 'Margaret Moreland')).toMatchObject({ title: 'MP', roles: ['mp'] });
    expect(one('Alex Salmonson MSP said no.', 'Alex Salmonson')?.roles).toEqual(['msp']);
  });
  it('lets the post before the name close at the comma after the post', () => {
    expect(one('Scottish Finance Minister, Tom McCane MSP, said no.', 'Tom McCane')?.roles).toContain('finance minister');
    expect(one('Philippe Sandys QC, a member of the bar council, said no.', 'Philippe Sandys')?.roles).toEqual(['member']);
  });
  it('is no name of its own and no post of a place ("East Midlands MEP")', () => {
    expect(one('Labour MP Tony Banfield said no.', 'Tony Banfield')).toMatchObject({ title: 'MP', org: 'Labour' });
    expect(people('The seat went to the East Midlands MEP, who said no.')).toEqual([]);
  });
});

describe('a party and a seat in an apposition', () => {
  it('gives the party as the organization and keeps the seat in the title', () => {
    expect(one('But Terry Banks, Labour MP for West Hamden, said the issue would soon disappear.', 'Terry Banks')).toMatchObject({ title: 'MP for West Hamden', org: 'Labour' });
  });
  it('gives the seat alone as the role, without the constituency', () => {
    expect(one('But Terry Banks, Labour MP for West Hamden, said the issue would soon disappear.', 'Terry Banks')?.roles).toEqual(['mp']);
    expect(one('Alan Clarkson, a former MP for Kensington and Chelsea, died.', 'Alan Clarkson')?.roles).toEqual(['former mp']);
  });
});

describe('a post in capitals set off before the name', () => {
  it('is the whole phrase, its portfolio after "for the" included', () => {
    expect(one('The Shadow Secretary of State for the Family, Tessa Mayfield, said: "These plans were announced."', 'Tessa Mayfield')).toMatchObject({ title: 'Shadow Secretary of State for the Family', org: null });
  });
});

describe('accountants', () => {
  it('are a post', () => {
    expect(one('"It will help," said Donald Nicolls, the SEC\'s chief accountant.', 'Donald Nicolls')).toMatchObject({ title: 'chief accountant', org: 'SEC' });
  });
});
