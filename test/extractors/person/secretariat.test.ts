import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

// Invented stories in the style of wire news about international bodies.

describe('a secretary-general with no organization stated', () => {
  it('heads the one international body the story names', () => {
    expect(one('The U.N. Security Council met. A report went to Secretary General Jan Pereira on Monday.', 'Jan Pereira')?.org).toBe('U.N.');
    expect(one('NATO ministers met in Brussels. Secretary-General Lord Carew said the alliance was united.', 'Lord Carew')?.org).toBe('NATO');
  });
  it('is named in full where the story writes the full name too', () => {
    expect(one('The United Nations called for talks. A U.N. spokesman said Secretary General Jan Pereira would travel.', 'Jan Pereira')?.org).toBe('United Nations');
  });
  it('heads none where the story names none, or two', () => {
    expect(one('The party met. Secretary General Ana Ruiz spoke.', 'Ana Ruiz')?.org ?? null).toBeNull();
    expect(one('OPEC and NATO officials met. Secretary General Ana Ruiz spoke.', 'Ana Ruiz')?.org ?? null).toBeNull();
  });
});
