import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

// Invented stories in the style of wire news about a head of government's staff.

describe("a head of government's staff member with no organization stated", () => {
  it('serves the White House the story names', () => {
    const text = 'The White House said the talks would go on. Chief of staff Don Regis said the president would decide.';
    expect(one(text, 'Don Regis')).toMatchObject({ roles: ['chief of staff'], org: 'White House' });
    expect(one('The White House denied it. The plan was drafted by aide Lyn Nofzig.', 'Lyn Nofzig')?.org).toBe('White House');
  });
  it('serves none where the story names no such seat, or only the Kremlin', () => {
    expect(one('Congress debated. Chief of staff Don Regis said the president would decide.', 'Don Regis')?.org ?? null).toBeNull();
    expect(one('The Kremlin said so. Chief of staff Don Regis said the president would decide.', 'Don Regis')?.org ?? null).toBeNull();
  });
  it('leaves other posts alone', () => {
    expect(one('The White House said the talks would go on. Analyst Ann Reddy said they would fail.', 'Ann Reddy')?.org ?? null).not.toBe('White House');
  });
});
