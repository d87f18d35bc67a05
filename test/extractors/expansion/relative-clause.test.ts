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
