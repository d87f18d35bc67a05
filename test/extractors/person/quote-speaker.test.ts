// An officer who closes a quote speaks for the organization the quote's lead-in opened on.
import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

const story = (lead: string) =>
  ['Halden Telecom offered rivals equal access to its network.', lead, '"Now the real negotiation begins," chief executive Ada Quill said.'].join('\n\n');

describe('the organization of an officer closing a quote', () => {
  it('is the one the lead-in opens on, where it speaks or takes a stand', () => {
    expect(one(story('Internet service provider (ISP) Brightwave also backed the proposals.'), 'Ada Quill')?.org).toBe('Brightwave');
    expect(one(story('Telecom analysts Corvane welcomed the move.'), 'Ada Quill')?.org).toBe('Corvane');
  });
  it('is not one the lead-in only names in passing', () => {
    expect(one(story('Regulator Corvane fined Brightwave.'), 'Ada Quill')?.org).not.toBe('Corvane');
    expect(one(story('Brightwave shares rose 4%.'), 'Ada Quill')?.org).not.toBe('Brightwave');
  });
  it('is not given to an analyst, who speaks for a firm of their own', () => {
    const text = ['Brightwave said profit rose.', '"A good result," analyst Ada Quill said.'].join('\n\n');
    expect(one(text, 'Ada Quill')?.org ?? null).not.toBe('Brightwave');
  });
});
