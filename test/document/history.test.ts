// A document reads the same whatever came before it: wink learns the words
// of every text it reads, and without care one document changes how the next
// is tokenized, so that output would depend on sharding and on --jobs.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { extractDocument } from '../../src/pipeline.js';

const tokens = (text: string) => buildDocument({ id: 'd', text }).tokens.map((t) => t.text);

describe('document history', () => {
  it('does not let one document change how the next is tokenized', () => {
    const probe = 'Corvel Inc\'s unit was sold to Lumo Motors Corp for 10 mln dlrs.';
    const alone = tokens(probe);
    expect(alone).toContain("'s");
    // a wire-style bracketed name keeps "Inc's" whole, and wink then knows the word
    buildDocument({ id: 'teacher', text: 'It was led by <Walden Mosle Inc\'s>\nWalden Mosle Technology Partners LP.' });
    expect(tokens(probe)).toEqual(alone);
  });

  it('gives the same facts for a document read first or after others', () => {
    const doc = { id: 'b', text: 'Corvel Inc\'s Harbor Systems Ltd unit was sold to Lumo Motors Corp for 10 mln dlrs.', date: '1987-03-02' };
    const first = JSON.stringify(extractDocument(doc));
    extractDocument({ id: 'a', text: 'A group led by <Corvel Inc\'s>\nCorvel Technology Partners LP bought shares.' });
    expect(JSON.stringify(extractDocument(doc))).toBe(first);
  });
});
