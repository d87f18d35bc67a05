import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a post owned by a body the apposition names only by its kind', () => {
  it('is the body the story named by that word', () => {
    const gallery = 'The Harbour Art Gallery drew record crowds. Imogen Tallis, the gallery\'s director, said she was delighted.';
    expect(one(gallery, 'Imogen Tallis')).toMatchObject({ title: 'director', org: 'Harbour Art Gallery' });
    const federation = 'The Prairie Angling Federation attacked the plan. Dale Whitcombe, the federation\'s executive vice president, called it flawed.';
    expect(one(federation, 'Dale Whitcombe')).toMatchObject({ roles: ['executive vice president'], org: 'Prairie Angling Federation' });
  });
  it('finds a body by the word before its "of"', () => {
    const text = 'The Coastal Institute of Marine Studies announced the result. Dr. Piers Hallam, the institute\'s scientific director, said it was promising.';
    expect(one(text, 'Piers Hallam')?.org).toBe('Coastal Institute of Marine Studies');
  });
  it('is no company the story is about where no such body is named', () => {
    const text = 'Brellan Pharmaceuticals Inc said its drug works. Dr. Piers Hallam, the institute\'s scientific director, said it was promising.';
    expect(one(text, 'Piers Hallam')).toMatchObject({ title: 'scientific director', org: null });
  });
  it('is the country for a government\'s minister', () => {
    const text = 'The Irish government cut the grant. Niall Breen, the government\'s communications minister, said the lab would close.';
    expect(one(text, 'Niall Breen')).toMatchObject({ title: 'communications minister', org: 'Ireland' });
  });
  it('does not end a title before words that go on with it', () => {
    expect(one('Rosa Dimaano, the government\'s chief economic planner, said growth came first.', 'Rosa Dimaano')).toBeUndefined();
  });
});

describe('a past post written before its organization', () => {
  it('keeps "former" opening a sentence in the roles', () => {
    expect(one('The trial went on. Former Calloway Telecom chief Dexter Mabry denied the claims.', 'Dexter Mabry')).toMatchObject({ roles: ['former chief'], org: 'Calloway Telecom' });
    expect(one('The trial went on. Former Northern Ireland minister Sir Giles Penrose has died.', 'Giles Penrose')?.roles).toEqual(['former minister']);
  });
  it('does not read a portfolio as the organization', () => {
    expect(one('The former External Affairs Commissioner Willem Daalder spoke.', 'Willem Daalder')?.org).toBeNull();
  });
});
