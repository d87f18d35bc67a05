import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a shadow post is the opposition party\'s, never a country\'s', () => {
  it('is the party the story names in the sentences before it', () => {
    const text = 'The Tories want to cut taxes in Britain. Shadow home secretary David Davies said the plan was costed.';
    expect(one(text, 'David Davies')).toMatchObject({ roles: ['shadow home secretary'], org: 'Tories' });
  });
  it('or after it in its own sentence', () => {
    expect(one('Theresa Mayhew, the shadow secretary for the family, told the Conservatives to stand firm.', 'Theresa Mayhew')?.org).toBe('Conservatives');
  });
  it('keeps the party written into the title', () => {
    expect(one('Tory shadow chancellor Oliver Letwyn said no to Britain joining.', 'Oliver Letwyn')?.org).toBe('Tory');
  });
  it('has no organization where the story names no party near it', () => {
    expect(one('Britain has seen growth. Shadow home secretary David Davies said it was slowing.', 'David Davies')?.org).toBeNull();
  });
  it('passes over a party that opens another person\'s post', () => {
    const text = 'The Tories met on Monday. Liberal Democrat leader Charles Kenley spoke first. Shadow home secretary David Davies agreed.';
    expect(one(text, 'David Davies')?.org).toBe('Tories');
  });
});
