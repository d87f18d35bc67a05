import { describe, expect, it } from 'vitest';
import { people as found } from './helpers.js';

const people = (text: string) => found(text).map((p) => [p.name, p.roles[0] ?? null, p.org]);

describe('person/party-member: a person set off as a party\'s member', () => {
  it('is the party\'s, with no post, past a state\'s or a chamber\'s name', () => {
    expect(people('The bill was sponsored by John LaFalco, a New York House Democrat.')).toEqual([['John LaFalco', null, 'Democratic']]);
    expect(people('A proposal is being fashioned by Bruce Morriss, a House Democrat from Connecticut.')).toEqual([['Bruce Morriss', null, 'Democratic']]);
    expect(people('Steven Simms, a conservative Republican, objected.')).toEqual([['Steven Simms', null, 'Republican']]);
  });
  it('gives way to a post the story states, and lends that post no party', () => {
    expect(people('Senate Agriculture Committee Chairman Patrick Leahey, a Vermont Democrat, spoke.')).toEqual([['Patrick Leahey', 'chairman', 'Senate Agriculture Committee']]);
  });
  it('is no fact for a party\'s word before a post, or for a description with no party', () => {
    expect(people('Tom Reeves, a Democrat senator, agreed.')).toEqual([['Tom Reeves', 'senator', 'Democratic']]);
    expect(people('Tom Reeves, a New York lawyer, agreed.').filter((p) => p[2] === 'Democratic')).toEqual([]);
  });
});

describe('person/party-member: a party\'s word right before a name', () => {
  it('makes the person the party\'s, as British news writes it', () => {
    expect(people('Liberal Democrat Alan Beath said the claims were serious.')).toEqual([['Alan Beath', null, 'Liberal Democrat']]);
    expect(people('Fellow Lib Dem Norman Bakewell said the episode was unflattering.')).toEqual([['Norman Bakewell', null, 'Lib Dem']]);
  });
  it('names the party, not its member\'s word ("Democrat Lawton Chiles")', () => {
    expect(people('Democrat Lawton Childs said the budget was bad.')).toEqual([['Lawton Childs', null, 'Democratic']]);
  });
  it('is no person where the words after the party name its body', () => {
    expect(people('The Republican Task Force said so.')).toEqual([]);
  });
  it('is no fact where the word before opens another name ("the Labour Party")', () => {
    expect(people('The Labour Party said so.')).toEqual([]);
  });
});

describe('a party\'s word before a post held no more', () => {
  it('is the party of a former minister, also glued to "Ex-"', () => {
    expect(people('Ex-Labour minister Frank Fields told the programme there was a danger.')).toEqual([['Frank Fields', 'former minister', 'Labour']]);
    expect(people('But Labour former minister Jack Cunningam disagreed.')).toEqual([['Jack Cunningam', 'former minister', 'Labour']]);
  });
  it('is the party of a member who was a minister, and of the sentence\'s opening word no part', () => {
    expect(found('Veteran Labour MP and former Cabinet minister Jack Cunningam said he would stand down.').map((p) => [p.roles, p.org])).toEqual([[['mp', 'former cabinet minister'], 'Labour']]);
    expect(people('Veteran Labour MP Jack Cunningam said he would stand down.')).toEqual([['Jack Cunningam', 'mp', 'Labour']]);
  });
  it('but a minister of labour in office stays one', () => {
    expect(people('Labour Minister Norbert Bloem said so.')).toEqual([['Norbert Bloem', 'labour minister', null]]);
  });
});
