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

describe('posts written with a word of tenure', () => {
  it('reads "retired" and "worldwide" as part of the post', () => {
    expect(one('Yesterday, Frank Oberle, a retired vice chairman of Garnet Mutual Insurance Co, said no.', 'Frank Oberle')).toMatchObject({ roles: ['retired vice chairman'], org: 'Garnet Mutual Insurance Co' });
    expect(one('Tomas Weber, Christie\'s worldwide head of modern art, said the sale went well.', 'Tomas Weber')?.roles).toEqual(['worldwide head of modern art']);
  });
  it('reads "formerly" as a post held before and "presently" as one held now', () => {
    expect(one('Quantel Corp named Lionel Hart, formerly chief executive, to the board.', 'Lionel Hart')?.roles).toEqual(['former chief executive officer']);
    expect(one('The board will appoint Rupert Vance, presently president of Sonic Press Inc, a unit of the firm.', 'Rupert Vance')).toMatchObject({ roles: ['president'], org: 'Sonic Press Inc' });
  });
});

describe('a title before a name in the possessive', () => {
  it('is the person\'s post, not an organization\'s name', () => {
    expect(one('Cuba banned the dollar. President Alvarez\'s chief aide said it was needed.', 'Alvarez')).toMatchObject({ roles: ['president'], org: 'Cuba' });
  });
});

describe('an adviser\'s "to"', () => {
  it('names the body the adviser serves', () => {
    expect(one('Wendell Ames, advisor to the Central Bank of Grenada, said yes.', 'Wendell Ames')).toMatchObject({ roles: ['advisor'], org: 'Central Bank of Grenada' });
  });
  it('is no organization where it is someone\'s post', () => {
    expect(one('Gene Mott, agricultural aide to House Majority Leader Jim Wirth, said no.', 'Gene Mott')?.org).toBeNull();
  });
});

describe('apposition past a word of tenure', () => {
  it('reads the post after "veteran"', () => {
    expect(one('Juan Ortiz Paredes, the veteran secretary general of the Bolivian Miners Federation, said no.', 'Juan Ortiz Paredes')).toMatchObject({ roles: ['secretary general'], org: 'Bolivian Miners Federation' });
  });
  it('reads a bank opening the apposition as the employer, not the name as a bank', () => {
    expect(one('Michael Seybold, Bank of Ohio vice-president and regional manager, said talks went on.', 'Michael Seybold')).toMatchObject({ roles: ['vice president', 'regional manager'], org: 'Bank of Ohio' });
  });
});

describe('"the company\'s" after a firm named just before', () => {
  it('is that firm, not the body the story names most', () => {
    const text = 'The Commission ruled on Monday. The Commission\'s decision hurts Britain\'s sole cheese producer, Dales company Hollin Farm Cheeses. Edith Marr, the company\'s founder, said it would cost a lot.';
    expect(one(text, 'Edith Marr')).toMatchObject({ roles: ['founder'], org: 'Hollin Farm Cheeses' });
  });
});

describe('a government\'s spokesman', () => {
  it('speaks for the country the story names', () => {
    const text = 'In Mongolia the cost could wipe out growth. "We are in peril," said Ahmad Shafiq, the chief government spokesman.';
    expect(one(text, 'Ahmad Shafiq')?.org).toBe('Mongolia');
  });
  it('is a president\'s spokesman\'s too', () => {
    const text = 'Chilean Planning Minister Jorge Vidal resigned. Chile\'s trade surplus fell. Presidential spokesman Raul Vega told journalists the cabinet would change.';
    expect(one(text, 'Raul Vega')).toMatchObject({ roles: ['presidential spokesman'], org: 'Chile' });
  });
  it('is a party\'s where the post is local government\'s', () => {
    expect(one('Conservative local government spokesman Glyn Dawes said the tax was unfair.', 'Glyn Dawes')?.org).toBe('Conservative');
  });
});

describe('"of the council" after the body is named', () => {
  it('is the body the story named by that word', () => {
    expect(one('The Muslim Council of Wales urged help. "We want them home," said Iqbal Saleem, secretary general of the council.', 'Iqbal Saleem')?.org).toBe('Muslim Council of Wales');
  });
  it('is no body where the phrase goes on', () => {
    expect(one('The Muslim Council of Wales urged help. "We want them home," said Iqbal Saleem, secretary general of the council\'s youth wing.', 'Iqbal Saleem')?.org ?? null).not.toBe('Muslim Council of Wales');
  });
});

describe('police ranks', () => {
  it('reads a chief constable and the force', () => {
    expect(one('Craig Macken, assistant chief constable of Gloucestershire Police, said: "We acted."', 'Craig Macken')).toMatchObject({ roles: ['assistant chief constable'], org: 'Gloucestershire Police' });
  });
});

describe('"the organisation\'s" after a body is named', () => {
  it('is that body, whatever its kind', () => {
    expect(one('The National Care Association welcomed it. Tony Hart, the organisation\'s president, said it was fair.', 'Tony Hart')?.org).toBe('National Care Association');
  });
});
