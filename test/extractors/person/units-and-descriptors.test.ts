import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('a company\'s board after "of"', () => {
  it('is the company\'s, so a second post after it is read too', () => {
    const found = people('John Swanson, chairman of the board of Continental Ilford Corp and president of Amoko Corp, said sales fell.');
    expect(found.map((p) => [p.roles[0], p.org])).toEqual([['chairman', 'Continental Ilford Corp'], ['president', 'Amoko Corp']]);
    expect(one('Sales fell, said Ann Roe, a member of the board of directors of Beltrex Inc.', 'Ann Roe')?.org).toBe('Beltrex Inc');
    // (past the wire's bracket around the company's name)
    expect(one('Darin K. Keller, former member of the board of <Santa Rosa Drilling Corp>, pleaded guilty.', 'Darin K. Keller')?.org).toBe('Santa Rosa Drilling Corp');
  });
});

describe('a firm named after words that describe it', () => {
  it('is the employer of the post before them, and no person', () => {
    const text = 'So said John Westmore, managing director of oil industry analysts Douglas-Westmore, on Monday.';
    expect(people(text).map((p) => [p.name, p.title, p.org])).toEqual([['John Westmore', 'managing director', 'Douglas-Westmore']]);
    expect(people('The offer was welcomed by a spokesman for brokers James Capell.').map((p) => p.name)).toEqual([]);
  });
  it('is read before the holder\'s name, in the wire\'s angle brackets or not, where the firm\'s name ends in its legal form', () => {
    const wire = 'The bid was high.\n    In London yesterday, chairman of Belgian starch producer\n<Amylum NV> Pierre Callard told Reuters\nthat his company might still\nsucceed with its bid.';
    expect(people(wire).map((p) => [p.name, p.title, p.org])).toEqual([['Pierre Callard', 'chairman', 'Amylum NV']]);
    expect(people('The chairman of Belgian starch producer Amylum NV Pierre Callard said so.').map((p) => [p.name, p.org])).toEqual([['Pierre Callard', 'Amylum NV']]);
  });
});

describe('an employer named after a part of it or a description', () => {
  it('is the organization that owns the office, section or house named first', () => {
    expect(one('"It was hard," said Tom Dorsey, a stock analyst at the Tokyo office of broker Hollis Kemp and Co.', 'Tom Dorsey')).toMatchObject({ title: 'stock analyst', org: 'Hollis Kemp and Co' });
    // (past a town and its state: "of the White Plains, N.Y. branch of U.S. District Court")
    expect(one('He pleaded before Judge Carl Briant of the Rye Plains, N.Y. branch of U.S. District Court, it said.', 'Carl Briant')).toMatchObject({ title: 'Judge', org: 'U.S. District Court' });
    expect(one('"It is so," said Taro Ueda, deputy general manager of the money market section of Sanwa Rinko Securities Co Ltd.', 'Taro Ueda')).toMatchObject({ org: 'Sanwa Rinko Securities Co Ltd' });
    expect(one('Pedro Ruiz, speaker of the lower house of the Argentine Parliament, spoke.', 'Pedro Ruiz')).toMatchObject({ title: 'speaker', org: 'Argentine Parliament' });
  });
  it('is no unit that has a name of its own', () => {
    expect(one('Dan Vale, the managing director of the Mergers and Acquisitions Department of the broker, left.', 'Dan Vale')?.org).toBe('Mergers and Acquisitions Department');
  });
  it('is the organization named after a unit that has a name of its own', () => {
    expect(one('Dan Vale, managing director of the Mergers and Acquisitions Department at Hollis Kemp and Co, left.', 'Dan Vale')).toMatchObject({ title: 'managing director', org: 'Hollis Kemp and Co' });
    expect(one('Ray Dunn, General Manager of the Supply Department at Tarvex Corp, said it.', 'Ray Dunn')?.org).toBe('Tarvex Corp');
    // (a unit's word alone is no name of a unit)
    expect(one('Ray Dunn, director of the Division of Investment, said it.', 'Ray Dunn')?.org).not.toBe('Investment');
  });
  it('reads the government\'s possessive before a body of its own', () => {
    expect(one('Sena Perera, head of the government\'s Tea Controller Department, told Reuters so.', 'Sena Perera')).toMatchObject({ title: 'head', org: 'Tea Controller Department' });
  });
  it('gives a committee\'s chairman the committee, not the body whose possessive opens it', () => {
    expect(one('Ann Marsh, chairman of the Manitoba Legislature\'s Select Committee on Farm Affairs, said it would help.', 'Ann Marsh')?.org).toBe('Select Committee on Farm Affairs');
  });
  it('gives a post held in a section the post alone', () => {
    expect(one('"It is so," said Taro Ueda, deputy general manager of the bond trading section at Sanwa Rinko Securities Co Ltd.', 'Taro Ueda')).toMatchObject({ roles: ['deputy general manager'], org: 'Sanwa Rinko Securities Co Ltd' });
  });
  it('reads "in the law firm" and a plural\'s possessive among the words that describe the employer', () => {
    expect(one('Peter Lund, a partner in the law firm Crane Hollis, said so.', 'Peter Lund')).toMatchObject({ title: 'partner', org: 'Crane Hollis' });
    expect(one("But Steve Hart, chief economist at the manufacturers' organisation EEF, said it was bad.", 'Steve Hart')).toMatchObject({ org: 'EEF' });
  });
  it('reads no employer after "in" without such words', () => {
    expect(one('Peter Lund, a partner in Paris, said so.', 'Peter Lund')?.org ?? null).toBeNull();
  });
  it('reads the wire\'s bracket around a company with no stock code', () => {
    expect(one('Paul Sheng, chairman of textile exporters <Taiwan Bright Group>, agreed.', 'Paul Sheng')).toMatchObject({ org: 'Taiwan Bright Group' });
  });
  it('takes no stock exchange\'s code for a company', () => {
    const text = 'Vienna Handelsbank <VHBK.VI> will raise its dividend, deputy general-director Guido Lenz said.\nThe bank\'s profit rose.\nGeneral director Hannes Rieder said growth would go on.';
    expect([one(text, 'Guido Lenz')?.org, one(text, 'Hannes Rieder')?.org]).not.toContain('VI');
  });
});

describe('a post written with its field', () => {
  it('spells the post as it is spelled alone', () => {
    expect(one('Ton Wanglee, vice-president for finance at Siam Air, told a meeting.', 'Ton Wanglee')?.roles).toEqual(['vice president for finance']);
  });
  it('keeps a word the post alone would change', () => {
    expect(one('Undersecretary for external debt Jorge Lima said so.', 'Jorge Lima')?.roles ?? []).not.toContain('under secretary for external debt');
  });
  it('reads the field past "the group\'s", which is the company the story is about, as it reads past "its"', () => {
    const text = 'Brenna Optics Group was set up in May. Aldo Ferrante, head of the group\'s international marketing operations, said sales would grow.';
    expect(one(text, 'Aldo Ferrante')).toMatchObject({ roles: ['head of international marketing operations'], org: 'Brenna Optics Group' });
    // (a name's possessive keeps its article: "head of the Bundesbank's credit department")
    expect(one('Kurt Vogel, head of the Bundesbank\'s credit department, said so.', 'Kurt Vogel')?.roles).toEqual(['head of the credit department']);
  });
  it('gives a post held in a staff with a field of its own the post alone, but keeps a chief of staff', () => {
    expect(one('Keith Collier, director of USDA\'s economics analysis staff, said so.', 'Keith Collier')).toMatchObject({ roles: ['director'], org: 'USDA' });
    expect(one('Howard Bakerson, White House chief of staff, said so.', 'Howard Bakerson')?.roles).toEqual(['chief of staff']);
  });
  it('gives a post held in a company\'s group the post alone, as in its division', () => {
    const text = 'Halvern Data Corp said sales fell. Colm Brady, senior vice president of the company\'s communications systems group, said so.';
    expect(one(text, 'Colm Brady')).toMatchObject({ roles: ['senior vice president'], org: 'Halvern Data Corp' });
  });
});

describe('a post of two words in the plural before a list', () => {
  it('is each listed name\'s post', () => {
    const text = 'But two top German officials, State Secretaries Otto Lenz and Hans Kuhl, told reporters.';
    expect(one(text, 'Otto Lenz')).toMatchObject({ title: 'State Secretaries', roles: ['state secretary'] });
    expect(one(text, 'Hans Kuhl')).toMatchObject({ title: 'State Secretaries', roles: ['state secretary'] });
  });
});

describe('a post spelled its own way', () => {
  it('keeps "advisor" and "undersecretary" as written', () => {
    expect(one('Chief economic advisor Tom Vale said so.', 'Tom Vale')?.roles).toEqual(['chief economic advisor']);
    expect(one('Agriculture undersecretary Dan Amstutz said so.', 'Dan Amstutz')?.roles).toEqual(['agriculture undersecretary']);
  });
  it('still merges a neutral or gendered spelling of one post', () => {
    expect(one('Havbruk chair Tone Lind said so.', 'Tone Lind')?.roles).toEqual(['chairman']);
  });
});

describe('a two-tier company\'s board in the title', () => {
  it('opens the title', () => {
    expect(one('A dispute between him and Heinz Krebs, management board chairman of Thyssen Stahl AG, was denied.', 'Heinz Krebs')).toMatchObject({ title: 'management board chairman', org: 'Thyssen Stahl AG' });
  });
});

describe('a company in the wire\'s brackets after a name', () => {
  it('is the employer after "of", with or without words that describe it', () => {
    expect(one('"It sounds good," Stuart Keel of <A.C. Goode and Co> told Reuters.', 'Stuart Keel')).toMatchObject({ title: null, org: 'A.C. Goode and Co' });
    expect(one('"They collapsed," Owen Eyre of Sydney broker <Meares and Philips Ltd> said.', 'Owen Eyre')).toMatchObject({ org: 'Meares and Philips Ltd' });
  });
});

describe('a German name\'s small words', () => {
  it('stay in the name', () => {
    expect(one('Thomas Wegner, chairman of Bank fuer Gemeinwirtschaft AG, spoke.', 'Thomas Wegner')?.org).toBe('Bank fuer Gemeinwirtschaft AG');
    expect(one('The view of Berliner Handels- und Frankfurter Bank economist Hans Remer was clear.', 'Hans Remer')?.org).toBe('Berliner Handels- und Frankfurter Bank');
  });
});

describe('an undersecretary', () => {
  it('is a government post of the country before it', () => {
    expect(one('Philippine Finance Undersecretary Ernesto Lim said so.', 'Ernesto Lim')).toMatchObject({ roles: ['finance undersecretary'], org: 'Philippines' });
  });
});

describe('a word for what the employer makes or sells before its name', () => {
  it('reads the employer past it', () => {
    expect(one('Sugar will be sold, Anna Morelli, an official at French sugar producer Verdain-Say, said.', 'Anna Morelli')).toMatchObject({ roles: ['official'], org: 'Verdain-Say' });
    expect(one('Jean-Luc Varnet, president of French sugar producer Verdain-Say, said it would bid.', 'Jean-Luc Varnet')).toMatchObject({ roles: ['president'], org: 'Verdain-Say' });
  });
});

describe('an owner named after a company\'s word for it', () => {
  it('is the employer, not the company it owns', () => {
    expect(one('Tim Osbourne, head of Yukov main shareholders\' group Menatek, said Yukov may go bankrupt.', 'Tim Osbourne')).toMatchObject({ roles: ['head'], org: 'Menatek' });
    expect(one('Tim Osbourne, head of Yukov, said Yukov may go bankrupt.', 'Tim Osbourne')?.org).toBe('Yukov');
  });
});

describe('a word the tagger misreads before a word for the firm', () => {
  it('still describes the employer named after it', () => {
    expect(one('Dan Kaaker, a spokesman for the Dutch salvage firm Smitt International, told Reuters.', 'Dan Kaaker')).toMatchObject({ roles: ['spokesman'], org: 'Smitt International' });
    expect(one('Dan Kaaker a spokesman for the Dutch salvage firm Smitt International told Reuters by telephone.', 'Dan Kaaker')).toMatchObject({ roles: ['spokesman'], org: 'Smitt International' });
  });
  it('is no owner\'s word before a firm\'s own name', () => {
    expect(one('Jack W. Blume, a Rolm vice president and head of its Business Communications Group, said sales rose. Rolm Corp agreed.', 'Jack W. Blume')?.org).not.toBe('Business Communications Group');
  });
});

describe("a unit of a named organization's, after \"of\" and its possessive", () => {
  it('is the post\'s field, and the owner is the employer', () => {
    expect(one('"We have it," said Dr Lena Varga, director of Corvex\'s optical switching lab.', 'Lena Varga')).toMatchObject({ title: "director of Corvex's optical switching lab", roles: ['director of optical switching lab'], org: 'Corvex' });
    expect(one('Paul Dent, deputy head of Arlon Re\'s natural catastrophe department, said claims rose.', 'Paul Dent')).toMatchObject({ roles: ['deputy head of natural catastrophe department'], org: 'Arlon Re' });
  });
  it('keeps the article of a unit whose owner is cut out ("head of the credit department")', () => {
    expect(one("Karla Tomm, head of the Bundesbank's credit department, said so.", 'Karla Tomm')).toMatchObject({ roles: ['head of the credit department'], org: 'Bundesbank' });
  });
  it('gives a post of its own held in a division or a department as the post alone, and a head the unit headed', () => {
    expect(one("Piet Gillis, vice president and general manager of Kodak's mass memory division, said so.", 'Piet Gillis')).toMatchObject({ roles: ['vice president', 'general manager'], org: 'Kodak' });
    expect(one("Jo Bell, head of Kodak's mass memory division, said so.", 'Jo Bell')?.roles).toEqual(['head of mass memory division']);
    // (a department too: "deputy general manager of Sumitomo Bank Ltd's economics department")
    expect(one("Koichi Tsuki, Deputy General Manager of Sumitomo Bank Ltd's economics department, said so.", 'Koichi Tsuki')?.roles).toEqual(['deputy general manager']);
  });
  it("keeps a unit's own field after its \"of\"", () => {
    expect(one('Mary Holt, chief of the FTCC\'s division of trading and markets, said the rule stood.', 'Mary Holt')?.roles).toEqual(['chief of the division of trading and markets']);
  });
  it('is no field where the words describe the employer, or end in a word that only describes', () => {
    expect(one("Tom Roe, head of Wall Street's largest brokerage firm, said so.", 'Tom Roe')?.roles).toEqual(['head']);
    expect(one("Dirk Maas, president of Tavex's competitor, Brill Brokers Inc's London operations, said so.", 'Dirk Maas')?.roles).toEqual(['president']);
    expect(one("Ken Sato, manager of Mirai Securities Co Ltd's international fixed income activities, said so.", 'Ken Sato')?.roles).toEqual(['manager']);
  });
  it("is no field of a place's", () => {
    expect(one("Juan Vela, head of Spain's employers federation, said so.", 'Juan Vela')?.roles).toEqual(['head']);
  });
});

describe('a post "in" a unit named after its organization\'s possessive', () => {
  it('is held at the organization', () => {
    expect(one('Hackers changed, said Kevin Hogg, senior manager in Semantix\'s security response group.', 'Kevin Hogg')).toMatchObject({ roles: ['senior manager'], org: 'Semantix' });
  });
  it('is not where no unit follows', () => {
    expect(one("Kevin Hogg, senior manager in Semantix's view, said so.", 'Kevin Hogg')?.org ?? null).toBeNull();
  });
});

describe('a unit named in capitals, then the organization it is part of', () => {
  it('is the post\'s field, the organization after it the employer', () => {
    expect(one('Wim Lau, head of the Treasury Unit of Corvale Bank N.A., said rates would rise.', 'Wim Lau')).toMatchObject({ title: 'head of the Treasury Unit', org: 'Corvale Bank N.A.' });
    expect(one('"Prices will hold," said Aiko Mori, Director of the Second Economic Affairs Division of the Foreign Ministry.', 'Aiko Mori')).toMatchObject({ title: 'Director of the Second Economic Affairs Division', org: 'Foreign Ministry' });
  });
  it('is no unit where its name goes on after "of"', () => {
    expect(one('Ron Mahl, director of the Division of Investment, said no.', 'Ron Mahl')?.title).toBe('director');
  });
});

describe('a unit or a body named by its word', () => {
  it('reads a company\'s unit in a place, a country too, as the head\'s field ("head of the Philippines branch of")', () => {
    expect(one('Nobu Wakai, head of the Philippines branch of Mitsuro and Co Ltd, is being visited daily.', 'Nobu Wakai')).toMatchObject({ roles: ['head of the philippines branch'], org: 'Mitsuro and Co Ltd' });
  });
  it('reads the word for a body before a post, with no article, as the body the story named by it ("bank chief executive")', () => {
    expect(one('Royal Bank of Canada has closed its unit, said Vince Fanner, bank chief executive here.', 'Vince Fanner')).toMatchObject({ roles: ['chief executive officer'], org: 'Royal Bank of Canada' });
  });
  it('gives a bare secretary in lower case the company the story opens on, not a country it names', () => {
    const text = 'Insiform Group Ltd of Guernsey, Channel Islands, said it raised its stake. Insiform also said secretary Scott Salt has resigned.';
    expect(one(text, 'Scott Salt')).toMatchObject({ roles: ['secretary'], org: 'Insiform Group Ltd' });
    expect(one('Hong Kong monetary affairs secretary David Nendo told the annual meeting of the Asian Development Bank.', 'David Nendo')?.org).not.toBe('Asian Development Bank');
  });
});

describe('an employer after "the" and the wire\'s bracket, or past a committee in lower case', () => {
  it('is read', () => {
    expect(one('Nim Nontha, chief economist at the <Larch Bank Ltd>, said exports rose.', 'Nim Nontha')).toMatchObject({ roles: ['chief economist'], org: 'Larch Bank Ltd' });
    expect(one('Gord Macklen has resigned as president of the <National Association of Bond Dealers>.', 'Gord Macklen')).toMatchObject({ org: 'National Association of Bond Dealers' });
    expect(one('Dave Rockwell, chairman of the international advisory committee of Larch Manhattan Bank NA, said so.', 'Dave Rockwell')).toMatchObject({ roles: ['chairman'], org: 'Larch Manhattan Bank NA' });
  });
});

describe("a lead the wire's stock code runs through", () => {
  it('gives a speaker closing it the company the lead opens on, not the one a bid is "by"', () => {
    const text = "Belgian starch maker <Amylum NV> is disappointed that its offer for the business of CPC International Inc <CPC.N> was rejected in favour of a bid by Italy's <Gruppo Ferruzzi>, chairman Pierre Callebaut said.";
    expect(one(text, 'Pierre Callebaut')?.org).toBe('Amylum NV');
  });
});
