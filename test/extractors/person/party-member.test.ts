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
