import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/counterpart: "his West German counterpart X" holds the post of the person named before', () => {
  it('takes the post of the person the sentence names before, and the country named with the counterpart', () => {
    expect(one('French Defence Minister Andre Girard and his West German counterpart Manfred Wormer had agreed.', 'Manfred Wormer')).toMatchObject({ title: 'Defence Minister', roles: ['defence minister'], org: 'West Germany' });
  });
  it('takes an organization named with the counterpart', () => {
    expect(one('Eurobourse chief Jean Theodor is to meet his Lexcorp counterpart Clara Furst on Friday.', 'Clara Furst')).toMatchObject({ roles: ['chief'], org: 'Lexcorp' });
  });
  it('leaves out the nation whose adjective the other person\'s post has inside it', () => {
    expect(one('Talks go on, chief Portuguese negotiator Rui Medeiros said, and he will meet his Chinese counterpart Zhou Nanfang.', 'Zhou Nanfang')).toMatchObject({ title: 'chief negotiator', roles: ['chief negotiator'], org: 'China' });
  });
  it('is no fact where the person named before has no post in the sentence', () => {
    expect(people('Mr Straw and his Spanish counterpart Miguel Morales agreed to talks.').filter((p) => p.name === 'Miguel Morales')).toEqual([]);
  });
  it('names no owner in lower-case words, nor the office of the person named before', () => {
    const f = one('North Korean prime minister Li Gun-Mo wrote to his southern counterpart Lho Shin-Yong.', 'Lho Shin-Yong');
    expect(f).toMatchObject({ roles: ['prime minister'] });
    expect(f?.org ?? null).toBeNull();
  });
});
