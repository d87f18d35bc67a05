import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { PersonFact } from '../../src/types.js';

const people = (text: string) => extractDocument({ id: 'p', text }, { kinds: ['person'] }).filter((f): f is PersonFact => f.kind === 'person');

describe("merging a person's posts at one organization", () => {
  it('makes posts stated in two sentences one fact with every role and both mentions', () => {
    const facts = people('Halvorsen Tool Corp said chairman Doreen Maddox will retire. Maddox, who also holds the title of chief executive officer, is 64.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ name: 'Doreen Maddox', org: 'Halvorsen Tool Corp', title: 'chairman; chief executive officer', roles: ['chairman', 'chief executive officer'] });
    expect(facts[0]!.mentions).toHaveLength(2);
  });

  it('keeps the mentions in the order of the text', () => {
    const text = 'Halvorsen Tool Corp said chairman Doreen Maddox will retire. Maddox, also its chief executive officer, is 64. Halvorsen Tool Corp chairman Doreen Maddox spoke.';
    const [fact] = people(text);
    expect(fact!.roles).toEqual(['chairman', 'chief executive officer']);
    const starts = fact!.mentions.map((m) => m.start);
    expect(starts).toHaveLength(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('adds a post given later to the one already held', () => {
    const facts = people('Vantrell Inc said president Colm Reddin will assume the added post of chairman.');
    expect(facts.map((f) => [f.name, f.org, f.title, f.roles])).toEqual([['Colm Reddin', 'Vantrell Inc', 'president; chairman', ['president', 'chairman']]]);
  });

  it('keeps a former post apart from the one held now', () => {
    const facts = people('Vantrell Inc named Colm Reddin chairman. Reddin, formerly president of Vantrell Inc, is 58.');
    expect(facts.map((f) => f.roles)).toEqual([['chairman'], ['former president']]);
  });

  it('keeps a rank apart from the post it ranks below, which nobody holds at once', () => {
    const facts = people('Vantrell Inc said vice president Colm Reddin was named to succeed Ada Pike as president.').filter((f) => f.name === 'Colm Reddin');
    expect(facts.map((f) => f.roles)).toEqual([['vice president'], ['president']]);
  });

  it('keeps posts at two organizations apart', () => {
    const facts = people('Colm Reddin, chairman of Vantrell Inc, spoke on Monday. Reddin, a director of Pellham Mills Inc, said prices would rise.');
    expect(facts.map((f) => [f.roles, f.org])).toEqual([
      [['chairman'], 'Vantrell Inc'],
      [['director'], 'Pellham Mills Inc'],
    ]);
  });
});
