import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/bare-apposition: a post after a name with no commas, the wire having dropped them', () => {
  it('reads the post where it names its employer and a verb of saying follows', () => {
    expect(one('Yuki Hashida general manager of Nippon Life Insurance Co told a conference that rates would fall.', 'Yuki Hashida')).toMatchObject({ roles: ['general manager'], org: 'Nippon Life Insurance Co' });
    expect(one('"In the next generation HD support is mandatory," Dr Mark Tuffin games systems director at digital content firm THX told the BBC.', 'Mark Tuffin')).toMatchObject({ roles: ['games systems director'], org: 'THX' });
  });
  it('reads nothing where no verb of saying follows the employer', () => {
    expect(people('They met Yuki Hashida general manager of Nippon Life Insurance Co in Tokyo.').map((p) => p.roles)).not.toContainEqual(['general manager']);
  });
  it('reads nothing where the post names no employer', () => {
    expect(people('Yuki Hashida general manager said rates would fall.')).toEqual([]);
  });
});
