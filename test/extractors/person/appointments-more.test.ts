import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('appointments and departures', () => {
  it('reads "appointed X as title" after a company named earlier in the sentence', () => {
    const text = 'Tidewater Foods Inc ousted its chairman on March 24 and appointed Donald Michel as acting chief executive.';
    expect(one(text, 'Donald Michel')).toMatchObject({ roles: ['acting chief executive officer'], org: 'Tidewater Foods Inc' });
  });
  it('reads "X is an ORG title", the organization between the article and the post', () => {
    expect(one('Ruth Calder is an Alexis Halden officer and director.', 'Ruth Calder')).toMatchObject({ roles: ['officer', 'director'], org: 'Alexis Halden' });
  });
  it('reads the company another owns past the owner\'s ticker ("of Ryder System Inc\'s <RDR> American Jet Industries subsidiary")', () => {
    expect(one('Ruth Calder is president of Halden Systems Inc\'s <HSI> Jetway Industries subsidiary.', 'Ruth Calder')).toMatchObject({ roles: ['president'], org: 'Jetway Industries' });
  });
  it('reads a second post at another company after "and" in "X will remain title of A and title of B"', () => {
    const facts = people('Ruth Calder will remain executive vice president of Halden Industries and president of Halden Chemicals, the company said.');
    expect(facts.map((f) => [f.roles.join('+'), f.org])).toEqual([['executive vice president', 'Halden Industries'], ['president', 'Halden Chemicals']]);
    // (a post held before stays one: no second post read as current)
    const before = people('Ruth Calder was executive vice president of Halden Industries and president of Halden Chemicals.');
    expect(before.map((f) => f.roles.join('+'))).not.toContain('president');
  });
  it('reads "named X to the newly-created position of title"', () => {
    const text = 'Datarock Corp said it named John Novar to the newly-created position of senior vice president of operations.';
    expect(one(text, 'John Novar')).toMatchObject({ roles: ['senior vice president of operations'], org: 'Datarock Corp' });
  });
  it('reads "chairman of the board" as the chairman, and the posts listed after it', () => {
    expect(one('Halden Corp said Gil Morrow has been elected chairman of the board, president and chief executive officer.', 'Gil Morrow')).toMatchObject({
      title: 'chairman of the board, president and chief executive officer',
      roles: ['chairman', 'president', 'chief executive officer'],
    });
    expect(one('Gil Morrow, chairman of the board of Halden Corp, said sales rose.', 'Gil Morrow')).toMatchObject({ roles: ['chairman'], org: 'Halden Corp' });
  });
  it('reads the post an appointee is named to before the purpose or the predecessor ("to replace", "replacing")', () => {
    expect(one('Halden Corp said its board elected Peter Morrow chairman to replace acting chairman Tom Bryce.', 'Peter Morrow')).toMatchObject({ roles: ['chairman'], org: 'Halden Corp' });
  });
  it('reads a name the entity reader does not know as a person\'s where a board elects it straight to a post', () => {
    expect(one('Halden Corp said its board elected Gil Morrow chairman.', 'Gil Morrow')).toMatchObject({ roles: ['chairman'], org: 'Halden Corp' });
  });
  it('reads a second appointee past whom the first succeeds ("as chairman, succeeding X, and Y as president")', () => {
    const text = 'Belcorp said its shareholders elected Ivan Markle as chairman, succeeding Victor Pallas, and Joseph Stenberg as president. Stenberg is president of Lorcan National Corp.';
    expect(people(text).filter((p) => p.name === 'Joseph Stenberg').map((p) => p.org)).toEqual(['Belcorp', 'Lorcan National Corp']);
  });
  it('reads "X has resigned as title"', () => {
    expect(one('Concord Disk Corp said Thomas E. Swain has resigned as president.', 'Thomas E. Swain')).toMatchObject({ roles: ['president'], org: 'Concord Disk Corp' });
  });
  it('reads "X stepped down as title of Org"', () => {
    expect(one('Ann Leeds stepped down as chairman of Widget Holdings Inc.', 'Ann Leeds')).toMatchObject({ roles: ['chairman'], org: 'Widget Holdings Inc' });
  });
  it('does not read a verb of appointing with no title after the name', () => {
    expect(people('The board appointed Donald Michel yesterday.')).toEqual([]);
  });
});

describe('a post held, by "holds the title of"', () => {
  it('is read after "who holds", and a stake held is no post', () => {
    const text = 'Boston Edson Co chairman Stephen Sweeny said sales rose. Sweeny, who also holds the titles of president and chief executive officer, is 60.';
    // (one fact: the posts held at one company are merged)
    expect(people(text).map((p) => [p.name, p.roles, p.org])).toEqual([['Stephen Sweeny', ['chairman', 'president', 'chief executive officer'], 'Boston Edson Co']]);
    expect(people('John Smithers holds a 10 pct stake in Acme Corp.')).toEqual([]);
  });
});

describe('a family name that is a title word', () => {
  it('stays in the name between a given name and its suffix ("John Pope Jr")', () => {
    expect(people('Western Wire said John Pope Jr has been elected president of the telegraph company.').map((p) => [p.name, p.title])).toEqual([['John Pope Jr', 'president']]);
  });
});

describe('a government officer with "from" after the name', () => {
  it('is no officer of the body the sentence says something came from', () => {
    expect(people('The paper published a letter sent to President Corina Aquilo from Ariadna Ltd, which offered cash.').map((p) => [p.name, p.org])).toEqual([['Corina Aquilo', null]]);
  });
});

describe('a country\'s adjective inside a post no body claims', () => {
  it('says whose the post is, and stays out of the roles', () => {
    expect(one('There were no talks, but chief Portuguese negotiator Rui Medeira said he would call.', 'Rui Medeira')).toMatchObject({ title: 'chief Portuguese negotiator', roles: ['chief negotiator'], org: 'Portugal' });
    expect(one('ABN Amro chief Asian strategist Eddie Wang said so.', 'Eddie Wang')?.org).toBe('ABN Amro');
  });
});

describe('a council seat', () => {
  it('is a post, and the body before it employs', () => {
    expect(one('Bundesbahn council member Lothar Muellen said it.', 'Lothar Muellen')).toMatchObject({ title: 'council member', org: 'Bundesbahn' });
  });
});

describe('more titles and names', () => {
  it('reads a title and honorific set off by commas', () => {
    expect(one('The scandal led to the resignation of its chairman, Sir Phil Watt, and others.', 'Phil Watt')).toMatchObject({ roles: ['chairman'] });
  });
  it('keeps two particles in a row in the name', () => {
    expect(one('He met production chief Walter van der Vliet.', 'Walter van der Vliet')).toMatchObject({ roles: ['production chief'] });
  });
  it('reads a firm that looks like a person\'s name before a lower-case title', () => {
    expect(one('Dean Whitman analyst Karen Gibb said sales were weak.', 'Karen Gibb')).toMatchObject({ roles: ['analyst'], org: 'Dean Whitman' });
  });
  it('reads the employer past lower-case words that describe it', () => {
    expect(one('Eishiro Saita, head of top Japanese business group Keidanren, spoke.', 'Eishiro Saita')).toMatchObject({ org: 'Keidanren' });
    expect(one('There may be too few, predicts Oliver Irwin, editor of gadget magazine Stuff.', 'Oliver Irwin')).toMatchObject({ roles: ['editor'], org: 'Stuff' });
    // (the wire's brackets around the name too)
    expect(one('Rene Rivkon, head of Sydney brokerage house <Rivkon James Capel Ltd>, said brokers will resist.', 'Rene Rivkon')).toMatchObject({ roles: ['head'], org: 'Rivkon James Capel Ltd' });
  });
  it.each([
    ['"It will rain," Gail Martin, chief meteorologist for E.F. Hutton said.', 'Gail Martin', ['chief meteorologist'], 'E.F. Hutton'],
    ['Aviation analyst Nick Van den Bree of BNP Paribas called the results modest.', 'Nick Van den Bree', ['aviation analyst'], 'BNP Paribas'],
    ['Simon Smith, a Kleinwort Benson International share analyst, said Tokyo was weak.', 'Simon Smith', ['share analyst'], 'Kleinwort Benson International'],
  ])('reads %s', (text, name, roles, org) => {
    expect(one(text, name)).toMatchObject({ roles, org });
  });
});

describe('a title that begins inside a name', () => {
  it('reads "U.S. Secretary of State X" with its country', () => {
    expect(one('U.S. Secretary of State Dean Walsh met the Soviet minister today.', 'Dean Walsh')).toMatchObject({ title: 'Secretary of State', roles: ['secretary of state'], org: 'U.S.' });
  });
  it('reads "British Chancellor of the Exchequer X"', () => {
    expect(one('They met British Chancellor of the Exchequer Nigel Lamb on Monday.', 'Nigel Lamb')).toMatchObject({ roles: ['chancellor of the exchequer'], org: 'Britain' });
  });
  it('keeps an organization\'s own last word in its name', () => {
    expect(one('Prices will rise, said Morgan Stanley Group managing director John Weller.', 'John Weller')).toMatchObject({ title: 'managing director', org: 'Morgan Stanley Group' });
  });
});

describe('more employers', () => {
  it('reads a firm before "bank analyst" and "management board joint spokesman"', () => {
    expect(one('Wood Gundy Inc bank analyst Patricia Mereday said so.', 'Patricia Mereday')).toMatchObject({ roles: ['bank analyst'], org: 'Wood Gundy Inc' });
  });
  it('reads a state for a governor', () => {
    expect(one('Inland Steel Industries and Governor Robert Orrin of Indiana said the plant will be built.', 'Robert Orrin')).toMatchObject({ org: 'Indiana' });
  });
  it('reads the organization a country owns after "of"', () => {
    expect(one('Prices could drop, Jorge Cardo, manager of Colombia\'s National Coffee Federation said.', 'Jorge Cardo')).toMatchObject({ org: 'National Coffee Federation' });
  });
});

describe('not people, again', () => {
  it.each([
    ['an organization named after its title word', 'Growth will slow, the Economist Intelligence Unit (EIU) said.'],
    ['an agreement', 'Members back the International Tin Agreement, an EC spokesman said.'],
    ['a commission', 'The letter went to the EC\'s Executive Commission last week.'],
  ])('%s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('"X as title"', () => {
  it('reads a name followed by "as" and a title', () => {
    expect(one('Reagan spoke at the swearing in of C. William Verrit as Commerce Secretary.', 'C. William Verrit')).toMatchObject({ roles: ['commerce secretary'] });
  });
  it('reads a team before the title', () => {
    expect(one('He pulled out of the race to succeed Mark Hews as Wales national coach.', 'Mark Hews')).toMatchObject({ roles: ['national coach'], org: 'Wales' });
  });
  it('does not read a title that goes on as a noun phrase', () => {
    expect(people('He sees John Smyth as president material.')).toEqual([]);
  });
});

describe('country names as news writes them', () => {
  it('calls Turkey Turkey', () => {
    expect(one('Turkish premier Recep Erdo spoke.', 'Recep Erdo')).toMatchObject({ org: 'Turkey' });
  });
});

describe('a relative clause with a verb of leading', () => {
  it.each([
    ['Mary Jones, who heads Bolton Corp, said no.', 'Mary Jones', ['head'], 'Bolton Corp'],
    ['Peter Lamb, who runs Dexa Ltd, agreed.', 'Peter Lamb', ['head'], 'Dexa Ltd'],
    ['Tom Hale, who founded Zentrix Inc, spoke.', 'Tom Hale', ['founder'], 'Zentrix Inc'],
    // (the unit's noun ends it before the sentence goes on in lower case)
    ['Mrs Orla Penn, 59, who led Relief Aid operations in Chad, was freed.', 'Orla Penn', ['head of operations'], 'Relief Aid'],
  ])('%s', (text, name, roles, org) => {
    expect(one(text, name)).toMatchObject({ roles, org });
  });
  it('needs an organization after the verb', () => {
    expect(people('Ann Bell, who runs five miles a day, agreed.')).toEqual([]);
  });
});

describe('"who heads" after a description of the person', () => {
  it('names the head of what is led', () => {
    expect(one("Hank Fincher, an Australian who heads the IMF's exchange department, told the board.", 'Hank Fincher')).toMatchObject({ title: 'head of exchange department', org: 'IMF' });
    expect(one('Tancredo Nevis, a popular politician who headed the Brazilian Democratic Movement Party, died.', 'Tancredo Nevis')).toMatchObject({ roles: ['head'], org: 'Brazilian Democratic Movement Party' });
  });
});

describe('an added post', () => {
  it('is read after a post the appointee holds, and the held post stays', () => {
    const found = people('Amerton Savings said its board has named president and chief operating officer Edward P. Mahon to the added post of chief executive officer.').filter((p) => p.name === 'Edward P. Mahon');
    expect(found.map((p) => p.roles)).toEqual([['chief executive officer', 'president', 'chief operating officer']]);
  });
});

describe('appointments around an aside', () => {
  it('reads "elected X, a consultant, to be president"', () => {
    expect(people('Modena Tech Inc said its board elected Fred Goldman, a business consultant, to be president of the company.').find((p) => p.roles.includes('president'))?.org).toBe('Modena Tech Inc');
  });
  it('reads a name set off after a post, then "was named"', () => {
    const text = 'Modena Tech Inc said it elected a president. Modena Tech\'s former president, Harold Lyle, was named senior managing director.';
    expect(people(text).map((p) => [p.name, p.roles])).toContainEqual(['Harold Lyle', ['senior managing director']]);
  });
  it('reads "joined the company in November 1984 as"', () => {
    const text = 'Equable Leasing Corp said it named Lars Johns president. Johns joined the company in November 1984 as chief financial officer.';
    expect(people(text).map((p) => [p.roles, p.org])).toEqual([[['president', 'chief financial officer'], 'Equable Leasing Corp']]);
  });
});

describe('posts after "as" and "to serve as"', () => {
  it('reads an organization written before the post ("retired as Raytheon president")', () => {
    expect(one('D. Brandon Holmes, who retired as Raythorn president, joined the board.', 'D. Brandon Holmes')).toMatchObject({ roles: ['president'], org: 'Raythorn' });
  });
  it('reads "elected to serve as"', () => {
    expect(one('David Swale, who was elected to serve as president and chief executive officer of Acme-Cleve Corp, spoke.', 'David Swale')).toMatchObject({ roles: ['president', 'chief executive officer'], org: 'Acme-Cleve Corp' });
  });
  it('reads a field after the post in apposition ("vice president sales,")', () => {
    expect(one('Court Shannon, executive vice president, and Gary Hunter, vice president sales, resigned.', 'Gary Hunter')?.roles).toEqual(['vice president sales']);
  });
});

describe('a board seat after "and a"', () => {
  it('is one of the posts', () => {
    expect(one('Endo Labs Inc said Rick Sakowski has been named president, chief executive officer and a director.', 'Rick Sakowski')?.roles).toEqual(['president', 'chief executive officer', 'director']);
  });
});

describe('an appointee described by an aside with a relative clause in it', () => {
  it('reads the post past the aside', () => {
    expect(one('Fabrikam Corp said sales fell. Lea Baum, part of the family that controls the Ohio-based firm, will take on the role of CEO.', 'Lea Baum')).toMatchObject({ roles: ['chief executive officer'], org: 'Fabrikam Corp' });
  });
  it('does not read a post the clause gives someone else', () => {
    expect(one('Lea Baum, a friend of the man who runs Fabrikam, will meet the chairman.', 'Lea Baum')).toBeUndefined();
  });
});

describe('an appointing verb with no "was" before a post and a name', () => {
  it('is the subject appointing the name, not being appointed ("Reagan nominated economist Alan Greenspan")', () => {
    const found = people('President Regan spoke. Regan has nominated economist Alan Greenbaum in his place.');
    expect(found.filter((p) => p.name === 'Regan').map((p) => p.roles)).toEqual([['president']]);
    expect(found.find((p) => p.name === 'Alan Greenbaum')).toMatchObject({ roles: ['economist'] });
  });
  it('still reads a headline\'s "X named president"', () => {
    expect(one('John Smithers named president of Quillon Corp.', 'John Smithers')).toMatchObject({ roles: ['president'], org: 'Quillon Corp' });
  });
});

describe('the announcer of an appointment with a word before its verb', () => {
  it('is the employer ("The company also said X has been named chairman")', () => {
    const text = 'Wexford Steel Corp said its chief executive resigned. The company also said Lloyd Lubin, 64, its largest shareholder, has been named chairman. Lubin is president of Ardent Jet Industries.';
    expect(people(text).filter((p) => p.roles[0] === 'chairman').map((p) => p.org)).toEqual(['Wexford Steel Corp']);
  });
  it('is read past its initials in brackets and past what the appointee is', () => {
    const text = 'The International Rice Institute (IRI) said West German agricultural scientist Klaus Lamp will take over as its director-general.';
    expect(people(text).find((p) => p.roles.includes('director-general'))?.org).toBe('International Rice Institute');
  });
});

describe("a post's word before a noun it describes", () => {
  it('is no post ("made up an executive committee"), or one with the noun ("continue as executive producer")', () => {
    expect(people('Ferris, Lubin and director John P. Innis made up an executive committee formed last month.').filter((p) => p.name === 'John P. Innis').map((p) => p.roles)).toEqual([['director']]);
    expect(people('Andi Petersen would continue as executive producer, the BBC said.').map((p) => p.roles)).toEqual([['executive producer']]);
  });
  it('stays a post before "emeritus" and where the post has several roles', () => {
    expect(one('William Jonson has been named chairman emeritus.', 'William Jonson')?.roles[0]).toMatch(/^chairman/);
  });
});

describe('a post after "was" with its organization before it', () => {
  it('is the organization\'s post ("was Home Office permanent secretary")', () => {
    expect(one('Sir John Grieve was Home Office permanent secretary during the saga.', 'John Grieve')).toMatchObject({ title: 'permanent secretary', roles: ['former permanent secretary'], org: 'Home Office' });
    expect(one('Karl Otto Pohl has been Bundesbank chief since 1980.', 'Karl Otto Pohl')).toMatchObject({ roles: ['chief'], org: 'Bundesbank' });
  });
});

describe('a post after a copula and "the company\'s"', () => {
  it('is the post of the company the reference stands for', () => {
    expect(one('Kanza Power and Light Co named David Blick chief executive. It said Blick is the company\'s senior vice president.', 'David Blick')?.roles).toContain('senior vice president');
    expect(one('Acme Corp said profits rose. John Coxe was the company\'s chief economist.', 'John Coxe')).toMatchObject({ roles: ['former chief economist'], org: 'Acme Corp' });
  });
  it('but not a unit\'s, which the reference reads as its owner', () => {
    const text = 'Midland Corp, a unit of Occident Petroleum Corp, said Dan Grubbs will be the unit\'s president.';
    expect(one(text, 'Dan Grubbs')?.org).not.toBe('Occident Petroleum Corp');
  });
});

describe('a national office after "as" or a copula with its country before it', () => {
  it('is the country\'s office', () => {
    const text = 'Reagan will nominate John Shadd to succeed Paul Bremmer as the U.S. ambassador to the Netherlands.';
    expect(one(text, 'Paul Bremmer')).toMatchObject({ roles: ['ambassador to the netherlands'], org: 'U.S.' });
    expect(one('Tom Smithe was named French ambassador to Chad.', 'Tom Smithe')?.org).toBe('France');
    expect(one('Jim Lowe is the U.S. trade representative.', 'Jim Lowe')).toMatchObject({ roles: ['trade representative'], org: 'U.S.' });
  });
  it('but an occupation is no country\'s', () => {
    expect(one('Dina Mehra is an Indian blogger.', 'Dina Mehra')?.org ?? null).toBeNull();
  });
});

describe('an appointment to a post serving a person styled by a title', () => {
  it("reads the post after the principal's possessive, not the principal's style", () => {
    expect(one("The White House named Tom Grissom as President Reagan's communications director.", 'Tom Grissom')).toMatchObject({ title: 'communications director', roles: ['communications director'] });
  });
});

describe('posts joined twice over before another name', () => {
  it('end the first appointee\'s posts at the last "and"', () => {
    const text = 'Hydro Optics Inc said director Melvin Gould has been named chairman and chief executive officer and vice president-sales Barry Kaye has been named president.';
    expect(one(text, 'Melvin Gould')?.roles).toEqual(['director', 'chairman', 'chief executive officer']);
  });
  it('give the next person only the post right before the name', () => {
    const text = 'Vestron Systems Inc said John Dixson will retire. The company said president David Tacker will succeed Dixson as chairman and chief executive and senior vice president Gene Keiger will become president.';
    expect(people(text).filter((p) => p.name === 'David Tacker').flatMap((p) => p.roles)).not.toContain('senior vice president');
    expect(one(text, 'John Dixson')?.roles).toEqual(['chairman', 'chief executive officer']);
  });
  it('leave an "and" inside one post alone', () => {
    expect(one('Chancellor Nigel Lawton and Trade and Industry Secretary Paul Chanon met the bankers.', 'Paul Chanon')?.roles).toEqual(['trade and industry secretary']);
  });
});
