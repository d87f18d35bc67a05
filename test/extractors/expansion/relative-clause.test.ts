// The company that expands stands before a relative clause about it.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/pipeline.js';

const expansions = (text: string) => extractDocument({ id: 'x', text }, { kinds: ['expansion'] }).map((f) => ({ company: (f as { company: string }).company, market: (f as { market: string }).market }));

describe('a relative clause between the company and its plan', () => {
  it('is passed whole: the company is the one before it, not a name inside it', () => {
    const text = 'Vantra AI Inc, which counts Orbix Corp and Lumo Ltd among its investors, is also in talks to open an office in Singapore.';
    expect(expansions(text)).toEqual([{ company: 'Vantra AI Inc', market: 'Singapore' }]);
  });
});

describe('a place the lexicon does not know', () => {
  it('is read by the country after it: "in Krakow, Poland"', () => {
    expect(expansions('Meridia Infotech Ltd plans to open a software centre in Krakowa, Poland, next year.')).toEqual([{ company: 'Meridia Infotech Ltd', market: 'Poland' }]);
  });
  it('does not turn a company followed by a country into a market', () => {
    expect(expansions('Meridia Infotech Ltd plans to expand into Orbix Corp, Poland said.').map((e) => e.market)).not.toContain('Poland');
  });
});

describe('a description with a place glued to "-based"', () => {
  it('still refers back to the company', () => {
    const text = 'Kobra Pay Ltd raised money this year. The Lagos-based firm launched in Ghana in January.';
    expect(expansions(text)).toEqual([{ company: 'Kobra Pay Ltd', market: 'Ghana' }]);
  });
});

describe('a plan given up', () => {
  it('is no expansion', () => {
    expect(expansions('Separately, Banco Meridio SA said it had shelved plans to open a branch in Lisbon because of market turmoil.')).toEqual([]);
    expect(expansions('Orbix Corp scrapped plans to enter India.')).toEqual([]);
  });
  it('leaves a plan that goes ahead', () => {
    expect(expansions('Orbix Corp plans to enter India next year.')).toEqual([{ company: 'Orbix Corp', market: 'India' }]);
  });
});
