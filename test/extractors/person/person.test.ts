import { describe, expect, it } from 'vitest';
import { factsOf } from '../../helpers/extract.js';
import { people } from './helpers.js';

describe('person/apposition', () => {
  it('reads "Name, the title of Org"', () => {
    expect(people('"We are pleased," said Maria Lindqvist, the president and CEO of Nordvik Telecom.')).toEqual([
      { name: 'Maria Lindqvist', title: 'president and CEO', roles: ['president', 'chief executive officer'], org: 'Nordvik Telecom' },
    ]);
  });
  it("reads \"Name, Org's title\"", () => {
    expect(people('Harlan Brooks, Corvex Systems\' chief financial officer, declined to comment.')).toEqual([
      { name: 'Harlan Brooks', title: 'chief financial officer', roles: ['chief financial officer'], org: 'Corvex Systems' },
    ]);
  });
  it('reads "said Name, title at Org" with a field after "head of"', () => {
    expect(people('Rates will rise, said Tomas Varga, head of currency strategy at Baltic Capital Partners.')).toEqual([
      { name: 'Tomas Varga', title: 'head of currency strategy', roles: ['head of currency strategy'], org: 'Baltic Capital Partners' },
    ]);
  });
  it('skips an age between name and title', () => {
    expect(people('Ellen Marsh, 52, chairman of Quarry Holdings Inc, will retire.')[0]).toMatchObject({ name: 'Ellen Marsh', roles: ['chairman'], org: 'Quarry Holdings Inc' });
  });
});

describe('person/title-before', () => {
  it('reads "Org title Name"', () => {
    expect(people('Nordvik Telecom chief executive Maria Lindqvist said sales rose.')).toEqual([
      { name: 'Maria Lindqvist', title: 'chief executive', roles: ['chief executive officer'], org: 'Nordvik Telecom' },
    ]);
  });
  it('reads a capitalized government title with its country', () => {
    expect(people('British Finance Minister Alan Rudd met bankers.')).toEqual([
      { name: 'Alan Rudd', title: 'Finance Minister', roles: ['finance minister'], org: 'Britain' },
    ]);
  });
  it('splits "chairman and chief executive" into two roles', () => {
    expect(people('"Results were strong," chairman and chief executive Paul Okafor said.')[0]).toMatchObject({ name: 'Paul Okafor', roles: ['chairman', 'chief executive officer'], org: null });
  });
  it('does not take an organization\'s words into the title', () => {
    expect(people('Kestrel Global Markets analyst Dana Whitfield expects more cuts.')[0]).toMatchObject({ name: 'Dana Whitfield', title: 'analyst', org: 'Kestrel Global Markets' });
  });
});

describe('person/appointment', () => {
  it('reads "Name was named title of Org"', () => {
    expect(people('Rosa Delgado was named chief operating officer of Tidewater Foods Inc on Monday.')[0]).toMatchObject({ name: 'Rosa Delgado', roles: ['chief operating officer'], org: 'Tidewater Foods Inc' });
  });
  it('reads "Org appointed Name as title"', () => {
    expect(people('Tidewater Foods Inc appointed Rosa Delgado as chairman.')[0]).toMatchObject({ name: 'Rosa Delgado', roles: ['chairman'], org: 'Tidewater Foods Inc' });
  });
});

describe('one fact per person and role', () => {
  it('merges restated titles into one fact with every mention', () => {
    const text = 'Ivo Petrov, senior vice president of Lumo Motors, spoke in Sofia.\nLumo Motors plans to grow, Ivo Petrov, Lumo Motors\' senior vice president, told reporters.';
    const facts = factsOf('person', text);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.mentions).toHaveLength(2);
  });
});

describe('not people', () => {
  it.each([
    ['an organization that says something', 'Ford said sales fell.'],
    ['analysts of a bank without a name', 'Morgan Stanley analysts expect a rebound.'],
    ['a title with no name', 'The Apple CEO will speak on Friday.'],
    ['a spokesperson without a name', 'A Xylo spokesperson told reporters the plan was on track.'],
    ['a place with a title-like word', 'Prices in Washington rose, the director said.'],
    ['a company by its place in the market', 'Its rivals - market leader Mengniu Dary and Bright Dary - dominate.'],
  ])('%s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});
