// A first minister with no organization stated heads the one devolved government the story names.
import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a first minister\'s government', () => {
  it('is the one devolved government the story names', () => {
    const text = 'The Scottish Executive has backed the ferry plan. First Minister Ailsa Drummond said it would help the islands.';
    expect(one(text, 'Ailsa Drummond')?.org).toBe('Scottish Executive');
    const welsh = 'First Minister Owen Pryce said the Welsh Assembly Government would fund the road.';
    expect(one(welsh, 'Owen Pryce')?.org).toBe('Welsh Assembly Government');
  });
  it('is not guessed where the story names two devolved governments', () => {
    const two = 'The Scottish Executive and the Welsh Assembly Government backed the plan. First Minister Ailsa Drummond said it would help.';
    expect(one(two, 'Ailsa Drummond')?.org ?? '').not.toMatch(/Scottish|Welsh/);
  });
  it('is not given to another minister', () => {
    const text = 'The Scottish Executive has backed the plan. Health Minister Ailsa Drummond said it would help.';
    expect(one(text, 'Ailsa Drummond')?.org ?? null).not.toBe('Scottish Executive');
  });
});
