// A judge with no court stated sits on the one court the story names.
import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a judge\'s court', () => {
  it('is the one court the story names', () => {
    const text = 'In Brookfield Federal Court, Rowe pleaded guilty. He will be sentenced by Judge Amos Tull on June 1.';
    expect(one(text, 'Amos Tull')?.org).toBe('Brookfield Federal Court');
    expect(one('An appeals panel of the Court of Appeals ruled. Chief Judge Ida Marsh wrote the ruling.', 'Ida Marsh')?.org).toBe('Court of Appeals');
  });
  it('is left open where the story names no court, or two', () => {
    expect(one('He will be sentenced by Judge Amos Tull on June 1.', 'Amos Tull')?.org).toBeNull();
    const two = 'The Brookfield Federal Court ruled, and the Court of Appeals upheld it. Judge Amos Tull wrote the ruling.';
    expect(one(two, 'Amos Tull')?.org).toBeNull();
  });
  it('is not given to a post that is no judge\'s', () => {
    expect(one('In Brookfield Federal Court, the case went on. Prosecutor Amos Tull spoke.', 'Amos Tull')?.org ?? null).not.toBe('Brookfield Federal Court');
  });
  it("is the court of the judge's kind over the country before the post, and only such a court", () => {
    const text = 'An easing by the U.S. District Court would help. U.S. District Judge Harold Grant presided over the case.';
    expect(one(text, 'Harold Grant')?.org).toBe('U.S. District Court');
    const rights = 'Yukos appealed to the European Court of Human Rights. U.S. bankruptcy judge Leta Clarke ruled on Friday.';
    expect(one(rights, 'Leta Clarke')?.org).toBe('U.S.');
    // (a court of another kind named first leaves each judge the court of theirs)
    const both = 'The Bankruptcy Court and the U.S. District Court ruled. U.S. District Judge Harold Grant and U.S. bankruptcy judge Leta Clarke spoke.';
    expect([one(both, 'Harold Grant')?.org, one(both, 'Leta Clarke')?.org]).toEqual(['U.S. District Court', 'Bankruptcy Court']);
  });
});
