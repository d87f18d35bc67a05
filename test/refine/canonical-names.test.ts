import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers/extract.js';
import { withoutOwnersInitials } from '../../src/refine/canonical-names.js';

const orgOf = (text: string) => factsOf('person', text).map((f) => f.org);

describe('a central bank named with its country\'s initials before it', () => {
  it('goes by its own name', () => {
    expect(orgOf('U.S. Federal Reserve Board Chairman Paul Vann said rates would hold.')).toEqual(['Federal Reserve Board']);
    expect(orgOf('Paul Vann, chairman of the US Federal Reserve, said so.')).toEqual(['Federal Reserve']);
    expect(withoutOwnersInitials('U.S. Fed')).toBe('Fed');
  });
  it('leaves other bodies their initials', () => {
    expect(withoutOwnersInitials('U.S. Agriculture Department')).toBe('U.S. Agriculture Department');
    expect(withoutOwnersInitials('US Federal Express Corp')).toBe('US Federal Express Corp');
  });
});
