// Arrivals, departures and successions in modern company news, and the
// company named before a post in its several shapes.
import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('a successor and the one who leaves', () => {
  it('gives the post to the appointee, not to the person succeeded', () => {
    const text = 'Orbix Corp said on Monday that it appointed Dana Reyes to succeed Tom Hale as chief executive.';
    expect(one(text, 'Dana Reyes')).toMatchObject({ roles: ['chief executive officer'], org: 'Orbix Corp' });
    expect(one(text, 'Tom Hale')).toMatchObject({ roles: ['chief executive officer'], org: 'Orbix Corp' });
  });
  it('reads "replacing X as"', () => {
    expect(one('Velar Inc named Ana Costa, replacing Jim Ortiz as finance director.', 'Ana Costa')).toMatchObject({ roles: ['finance director'], org: 'Velar Inc' });
  });
  it('passes an aside set off by commas before "as"', () => {
    const text = 'Lumo Systems Inc hired Jane Smith, a former Google executive, as its chief product officer.';
    expect(one(text, 'Jane Smith')).toMatchObject({ roles: ['chief product officer'], org: 'Lumo Systems Inc' });
  });
  it('does not pass a comma that opens a clause', () => {
    const text = 'Lumo Systems Inc hired Jane Smith, who said sales would rise as chief executive Tom Hale expected.';
    expect(people(text).filter((p) => p.name === 'Jane Smith')).toEqual([]);
  });
});

describe('departures announced by the company', () => {
  it('reads "X would step down as" with the announcing company', () => {
    expect(one('Marlow Group plc said Hana Weber would step down as chief executive.', 'Hana Weber')).toMatchObject({ roles: ['chief executive officer'], org: 'Marlow Group plc' });
  });
  it('reads "is to be" as a post to come', () => {
    const text = 'Quorra chairman Sir Peter Wald will be chairman of Quorra America, while Paul Lind is to be vice-chairman and chief executive officer.';
    expect(one(text, 'Paul Lind')).toMatchObject({ roles: ['vice chairman', 'chief executive officer'] });
  });
  it('reads a date between the verb of leaving and the post', () => {
    expect(one('Quorra Inc said Paul Lind will retire April 21 as chairman and chief executive officer.', 'Paul Lind')).toMatchObject({ roles: ['chairman', 'chief executive officer'], org: 'Quorra Inc' });
    expect(one('Quorra Inc said Mary Lowe will step down next month as president.', 'Mary Lowe')).toMatchObject({ roles: ['president'] });
  });
  it('reads "had retired as" and "took over as"', () => {
    expect(one('Quorra Inc said that Paul Lind had retired as chairman.', 'Paul Lind')).toMatchObject({ roles: ['chairman'], org: 'Quorra Inc' });
    expect(one('Dana Reyes took over as president of Orbix Corp in May.', 'Dana Reyes')).toMatchObject({ roles: ['president'], org: 'Orbix Corp' });
  });
  it('does not give a post to someone who took over a company', () => {
    expect(people('Dana Reyes took over Orbix Corp in May.')).toEqual([]);
  });
});

describe('the company before a post', () => {
  it('passes words of tenure after a possessive', () => {
    expect(one("Telvo Group's new boss Maria Dalla said costs would fall.", 'Maria Dalla')).toMatchObject({ title: 'boss', org: 'Telvo Group' });
    expect(one("Orbix Corp's outgoing chairman Tom Hale spoke.", 'Tom Hale')).toMatchObject({ roles: ['chairman'], org: 'Orbix Corp' });
  });
  it('ends the company name with a field word before a top post', () => {
    expect(one('Halden Energy CFO Maria Ferro said the company would break even.', 'Maria Ferro')).toMatchObject({ title: 'CFO', org: 'Halden Energy' });
  });
  it('keeps a field word in the title of that field', () => {
    expect(one('Halden Corp Marketing Director Maria Ferro said sales rose.', 'Maria Ferro')).toMatchObject({ roles: ['marketing director'] });
    expect(one('Norway cut taxes. Norway expects growth. Energy Minister Ola Berg said so.', 'Ola Berg')).toMatchObject({ roles: ['energy minister'], org: 'Norway' });
  });
  it('reads a company name followed by a capitalized title in one run', () => {
    expect(one('Marlow Motor Co. Chief Executive Jim Farr said prices would fall.', 'Jim Farr')).toMatchObject({ roles: ['chief executive officer'], org: 'Marlow Motor Co' });
  });
});

describe('joining, becoming, leaving', () => {
  it('reads a post someone is leaving as ("Volcker is leaving as chairman of the Fed"), not "left as a result"', () => {
    expect(one('Union leaders said they were pleased Paul Volker is leaving as chairman of the Federal Reserve Board.', 'Paul Volker')).toMatchObject({ roles: ['chairman'], org: 'Federal Reserve Board' });
    expect(people('John Roe left as a result of the merger with Acme Corp.')).toEqual([]);
  });
  it('reads "X joined Y as title", also in a relative clause', () => {
    expect(one('Laura Chen joined Vantix Corp as chief financial officer in 2020.', 'Laura Chen')).toMatchObject({ roles: ['chief financial officer'], org: 'Vantix Corp' });
    expect(one('Mark Olsen, who joined Brightline Inc as president last year, will lead the unit.', 'Mark Olsen')).toMatchObject({ roles: ['president'], org: 'Brightline Inc' });
  });
  it('reads past the company\'s city and the wire\'s angle brackets ("joined <X Inc> of Los Angeles as chairman")', () => {
    expect(one('Tom Roche spoke. Roche joined Halvick Stores Inc of Los Angeles as chairman in March.', 'Tom Roche')).toMatchObject({ roles: ['chairman'], org: 'Halvick Stores Inc' });
    expect(one('Tom Roche spoke. Roche joined <Halvick Stores Inc> as chairman in March.', 'Tom Roche')).toMatchObject({ roles: ['chairman'], org: 'Halvick Stores Inc' });
  });
  it('reads a post assumed, kept or given up by its word for the post ("will assume the role of president")', () => {
    expect(one('Quillon Corp said Jim Morrow will assume the position of president and chief executive officer.', 'Jim Morrow')).toMatchObject({ roles: ['president', 'chief executive officer'], org: 'Quillon Corp' });
    expect(one('Quillon Corp said Jim Morrow has relinquished his role as chief operating officer.', 'Jim Morrow')).toMatchObject({ roles: ['chief operating officer'], org: 'Quillon Corp' });
    expect(one('Quillon Corp said Jim Morrow retains his post as treasurer.', 'Jim Morrow')).toMatchObject({ roles: ['treasurer'], org: 'Quillon Corp' });
    // ... or acted in for a time ("will act as chief operating officer"), not a part played ("act as a mediator")
    expect(one('Quillon Corp said Leonard Hecker, formerly chief executive, will act as chief operating officer.', 'Leonard Hecker')?.roles).toContain('chief operating officer');
    expect(people('Labour Minister Almir Pazzion would act as a mediator.').map((p) => p.roles)).toEqual([['labour minister']]);
    // ... and past a word for posts held now ("his present titles of")
    expect(one('Quillon Corp said Jim Morrow will retain his present titles of president and chief executive officer.', 'Jim Morrow')).toMatchObject({ roles: ['president', 'chief executive officer'], org: 'Quillon Corp' });
  });
  it('gives a president so worded the story\'s company, not a country', () => {
    const text = 'Brandt Media Inc of the U.S. shifted officers. Vice chairman William Worden is assuming the role of president.';
    expect(people(text).filter((p) => p.roles.includes('president')).map((p) => p.org)).toEqual(['Brandt Media Inc']);
  });
  it('does not read a post into assuming a thing', () => {
    expect(people('Quillon Corp said Jim Morrow assumed the debts of the unit.')).toEqual([]);
  });
  it('does not read a post into joining without "as"', () => {
    expect(people('Laura Chen joined Vantix Corp in 2020 and chief executive Tom Hale welcomed her.').filter((p) => p.name === 'Laura Chen')).toEqual([]);
  });
  it('reads the organization\'s possessive after "will become"', () => {
    expect(one("Nadia Farouk will become Corvel Inc's chief executive in July.", 'Nadia Farouk')).toMatchObject({ roles: ['chief executive officer'], org: 'Corvel Inc' });
  });
  it('passes an age and a description set off by commas', () => {
    const text = 'Oliver Grant, 54, a former banker, will become chief executive of Norden Insurance Ltd.';
    expect(people(text)).toEqual([
      { name: 'Oliver Grant', title: 'former banker', roles: ['former banker'], org: null },
      { name: 'Oliver Grant', title: 'chief executive', roles: ['chief executive officer'], org: 'Norden Insurance Ltd' },
    ]);
  });
  it('reads "is stepping down as" and "was ousted as"', () => {
    expect(one('Pia Lund is stepping down as chief executive of Skarp AB after ten years.', 'Pia Lund')).toMatchObject({ roles: ['chief executive officer'], org: 'Skarp AB' });
    expect(one('Raj Mehta was ousted as chairman of Dovetail Inc on Friday.', 'Raj Mehta')).toMatchObject({ roles: ['chairman'], org: 'Dovetail Inc' });
  });
});

describe('two officers of one company', () => {
  it('gives the second, joined by "and", the first one\'s company', () => {
    const text = 'Helix Pharma chief executive Ivan Petrov and chief financial officer Sara Gomez presented the results.';
    expect(people(text)).toEqual([
      { name: 'Ivan Petrov', title: 'chief executive', roles: ['chief executive officer'], org: 'Helix Pharma' },
      { name: 'Sara Gomez', title: 'chief financial officer', roles: ['chief financial officer'], org: 'Helix Pharma' },
    ]);
  });
  it('gives a second officer of government the first one\'s country only where it has such an office', () => {
    expect(one('Talks between Japanese Prime Minister Yasuo Nakamoto and President Ron Reagen went on.', 'Ron Reagen')?.org).not.toBe('Japan');
    expect(one('West German Chancellor Helmut Kolbe and Foreign Minister Hans Genschler met.', 'Hans Genschler')?.org).toBe('West Germany');
  });
  it('gives a President named in full beside a company\'s chairman the company, but not one met "between" them', () => {
    expect(one('The letter, written by Costal Chairman Oscar S. Wyat and President James R. Paull, urged shareholders to vote.', 'James R. Paull')?.org).toBe('Costal');
    expect(one('Talks between Nippo Steel Chairman Yuta Takeba and President Ron Reagen ended.', 'Ron Reagen')?.org).not.toBe('Nippo Steel');
  });
  it('does not give a minister a company', () => {
    const text = 'Helix Pharma chief executive Ivan Petrov and Finance Minister Sara Gomez met in Oslo.';
    expect(one(text, 'Sara Gomez')?.org).not.toBe('Helix Pharma');
  });
});

describe('a relative clause, then the sentence\'s own verb', () => {
  it('reads the post after the clause as well as the one inside it', () => {
    const text = 'Brian Noll, who heads Corvel Grill Inc, became chief executive of Starlane Inc in 2024.';
    expect(people(text)).toEqual([
      { name: 'Brian Noll', title: 'head', roles: ['head'], org: 'Corvel Grill Inc' },
      { name: 'Brian Noll', title: 'chief executive', roles: ['chief executive officer'], org: 'Starlane Inc' },
    ]);
  });
  it('still reads the post inside the clause', () => {
    expect(one('Kai Moto, who was appointed chairman of Sorin Holdings in 2019, resigned.', 'Kai Moto')).toMatchObject({ roles: ['chairman'], org: 'Sorin Holdings' });
  });
});

describe('a company announcing its officer', () => {
  it('is a name of unknown kind saying "chairman X would"', () => {
    expect(one('Stellara said chairman John Elk would lead an interim committee.', 'John Elk')).toMatchObject({ roles: ['chairman'], org: 'Stellara' });
  });
});

describe('past posts', () => {
  it('are dropped where the story states the same post at the same organization as held now', () => {
    const text = 'Vantra said former chief executive Arthur Menz would return. "We are glad," said Arthur Menz, Vantra\'s chief executive.';
    expect(people(text)).toEqual([{ name: 'Arthur Menz', title: 'chief executive', roles: ['chief executive officer'], org: 'Vantra' }]);
  });
  it('stay beside another post at the same organization ("Vice Premier Yao Yilin, a former Commerce Minister")', () => {
    const text = 'China must not borrow too much, he said. Vice Premier Yao Lin, a former Commerce Minister, told the same news conference.';
    expect(people(text).filter((p) => p.name === 'Yao Lin').map((p) => [p.roles, p.org])).toEqual([[['vice premier'], 'China'], [['former commerce minister'], 'China']]);
  });
  it('stay beside a present post at another organization', () => {
    const text = 'Vantra was founded by former Lumo Labs researcher Arthur Menz. "We are glad," said Arthur Menz, Vantra\'s chief executive.';
    expect(people(text)).toEqual([
      { name: 'Arthur Menz', title: 'researcher', roles: ['former researcher'], org: 'Lumo Labs' },
      { name: 'Arthur Menz', title: 'chief executive', roles: ['chief executive officer'], org: 'Vantra' },
    ]);
  });
  it('stay where they are all the story says', () => {
    expect(one('The report was written by former Lumo Labs researcher Arthur Menz.', 'Arthur Menz')).toMatchObject({ title: 'researcher', org: 'Lumo Labs' });
  });
  it('include a post left: "who ran", "stepped down as"', () => {
    const text = 'Brian Noll, who ran Corvel Grill Inc, became chief executive of Starlane Inc in 2024.';
    expect(people(text)).toEqual([
      { name: 'Brian Noll', title: 'head', roles: ['head'], org: 'Corvel Grill Inc' },
      { name: 'Brian Noll', title: 'chief executive', roles: ['chief executive officer'], org: 'Starlane Inc' },
    ]);
  });
  it('include the post of one succeeded, beside the post they keep', () => {
    const text = 'Norvel Inc said it named Jan Marsh as president and chief executive officer, succeeding Harold Simms. Simms will continue as chairman.';
    // (one fact: the posts held at one company are merged)
    expect(people(text).filter((p) => p.name === 'Harold Simms').map((p) => p.roles)).toEqual([['president', 'chief executive officer', 'chairman']]);
    expect(people('Norvel Inc said it named Jan Marsh as president, succeeding Harold Simms.').filter((p) => p.name === 'Harold Simms').map((p) => p.roles)).toEqual([['president']]);
  });
});

describe('a present post beside a past one', () => {
  it('reads the post given after an aside on the appointee ("named X, formerly president of Y, vice chairman")', () => {
    const text = 'Norlane Corp said it named Otto van Brill, formerly president of Kessel Hoechst, vice chairman.';
    expect(people(text)).toEqual([
      { name: 'Otto van Brill', title: 'vice chairman', roles: ['vice chairman'], org: 'Norlane Corp' },
      { name: 'Otto van Brill', title: 'president', roles: ['former president'], org: 'Kessel Hoechst' },
    ]);
  });
  it('passes an aside of a dozen words before "has been named"', () => {
    const text = 'Norlane Corp said Hal Benning, former executive vice president and chief financial officer of Kessel Hoechst, has been named treasurer.';
    expect(people(text).find((p) => p.roles[0] === 'treasurer')).toEqual({ name: 'Hal Benning', title: 'treasurer', roles: ['treasurer'], org: 'Norlane Corp' });
  });
  it('gives a post held now no employer of a post held before', () => {
    const text = 'Norlane Corp said Hal Benning, former president of Kessel Hoechst, joined its board. Benning, the treasurer, said sales rose at Norlane Corp.';
    expect(people(text)).toEqual([
      { name: 'Hal Benning', title: 'former president', roles: ['former president'], org: 'Kessel Hoechst' },
      { name: 'Hal Benning', title: 'treasurer', roles: ['treasurer'], org: 'Norlane Corp' },
    ]);
    // (a country stays the person's)
    const minister = 'Former Foreign Minister Lars Vinge of Sweden spoke. Vinge, the ambassador, said so.';
    expect(one(minister, 'Lars Vinge')).toMatchObject({ org: 'Sweden' });
  });
  it('reads an honour kept after the post ("chairman emeritus of the subsidiary")', () => {
    const text = 'Kestrel Mfg Co said its unit, Lotterex Inc, would change. It said Ron Vasko, co-founder of Lotterex, will become chairman emeritus of the subsidiary.';
    expect(people(text).find((p) => p.roles.includes('chairman emeritus'))).toMatchObject({ name: 'Ron Vasko', org: 'Lotterex Inc' });
  });
});

describe('an appointee described before the name', () => {
  it('is read past "former Tesco executive" and "Citigroup Inc veteran"', () => {
    expect(one('Retail chain Marlow & Finch has appointed former Halden executive Priya Raman as its new chief executive.', 'Priya Raman')).toMatchObject({ roles: ['chief executive officer'], org: 'Marlow & Finch' });
    const text = 'Harlow Bancorp Inc, the Ohio-based regional lender, named Orbix Inc veteran Denise Alvarez as its next chief executive officer on Monday.';
    expect(one(text, 'Denise Alvarez')).toMatchObject({ roles: ['chief executive officer'], org: 'Harlow Bancorp Inc' });
  });
  it('gives "its" after the post to the appointer, past an aside naming another company', () => {
    const text = 'Halvor Motor Corp said sales rose. Halvor Motor Corp named Emily Carter, a former Ford executive, as head of its North American operations.';
    expect(one(text, 'Emily Carter')).toMatchObject({ title: 'head of its North American operations', roles: ['head of north american operations'], org: 'Halvor Motor Corp' });
  });
  it('passes an aside whose title wink read as a verb: "previously head of international at Wise"', () => {
    expect(one('PayNest Ltd hired Mark Ellis, previously head of international at Wise, as its chief operating officer.', 'Mark Ellis')).toMatchObject({ roles: ['chief operating officer'], org: 'PayNest Ltd' });
  });
});

describe('"who heads" with the company referred to', () => {
  it('gives the company the reference stands for', () => {
    const text = 'Kinugawa Electric Corp said sales rose. Kinugawa also plans to open an office in India, said Yuki Morita, who heads the company\'s robotics division.';
    expect(one(text, 'Yuki Morita')).toMatchObject({ title: 'head of robotics division', roles: ['head of robotics division'], org: 'Kinugawa Electric Corp' });
  });
  it('is plain "head" when what follows is no part of a company', () => {
    expect(one('Mikka Hyppo, who heads Orbix Secure Oy, said the virus spread.', 'Mikka Hyppo')).toMatchObject({ title: 'head', org: 'Orbix Secure Oy' });
  });
});

describe('"its" in the post given by an appointer', () => {
  it('is the appointer\'s, also when "it" names the appointer', () => {
    const text = 'Greaves & Holm Plc said sales rose. Last month it appointed former Burbridge executive Nigel Fairley as its first chief digital officer.';
    expect(one(text, 'Nigel Fairley')).toMatchObject({ roles: ['first chief digital officer'], org: 'Greaves & Holm Plc' });
  });
  it('reads the appointer\'s own officer named to a new post', () => {
    const text = 'Hallberg Chemie AG named its research chief Markus Feld as chief executive on Wednesday.';
    expect(people(text)).toContainEqual({ name: 'Markus Feld', title: 'chief executive', roles: ['chief executive officer'], org: 'Hallberg Chemie AG' });
  });
});

describe('successions', () => {
  it('gives the post to the one who "would succeed him as" it, at the company that announced it', () => {
    const text = 'Brantley Securities Inc said its president resigned. The firm said Roberta Stone, 51, would succeed him as president.';
    expect(one(text, 'Roberta Stone')).toMatchObject({ roles: ['president'], org: 'Brantley Securities Inc' });
  });
  it('keeps the post of a predecessor who has not yet gone', () => {
    const text = 'Drinks group Ellesmere has named Anthony Cress as its new chairman, replacing Sir David Farrell, who retires in June.';
    expect(one(text, 'David Farrell')).toMatchObject({ roles: ['chairman'], org: 'Ellesmere' });
  });
  it('gives the post to a predecessor who has gone, as news states a departure', () => {
    const text = 'Hoshino Motor Corp named Emily Carr as head of its North American operations, succeeding Takashi Ona, who retired in April.';
    expect(one(text, 'Takashi Ona')).toMatchObject({ roles: ['head of north american operations'], org: 'Hoshino Motor Corp' });
  });
});

describe('family names written first', () => {
  it('link "Mr Park" to "Park Ji-hoon"', () => {
    const text = 'Daebok Semiconductor chief executive Park Ji-hoon said sales rose. "We cannot wait," Mr Park, who is chief executive, said.';
    expect(people(text).map((p) => p.name)).toEqual(['Park Ji-hoon']);
  });
});

describe('a post being left for a new one', () => {
  it('gives only the new post where the aside is the post left at the same company', () => {
    const text = "Pembroke & Vale plc said profits fell. Fiona Cart, the group's chief financial officer, has been named interim chief executive.";
    expect(people(text).map((p) => p.roles)).toEqual([['interim chief executive officer']]);
  });
  it('reads past "currently its chief operating officer" to the post to come', () => {
    const text = 'Ferrovia Nord SpA said that Giulia Berna, currently its chief operating officer, would become chief executive.';
    expect(people(text).map((p) => p.roles)).toEqual([['chief executive officer', 'chief operating officer']]);
  });
  it('keeps a post the aside names at another company', () => {
    const text = 'Clifford Evers, president of Demico Futures, was elected treasurer of the exchange.';
    expect(people(text).find((p) => p.roles.includes('president'))?.org).toBe('Demico Futures');
  });
});

describe('"who runs the company as" a post', () => {
  it('gives the post, not a bare head', () => {
    const text = 'Datalake Inc co-founder Ali Gho, who runs the company as chief executive, said the purchase would help.';
    expect(people(text).map((p) => p.roles)).toEqual([['co-founder', 'chief executive officer']]);
  });
});

describe('a present post and one to come', () => {
  it('keeps both where the aside says "currently" and the verb "will be"', () => {
    const found = people('White Engines Inc said it was sold. And Joseph G. Scheff, currently president, will be vice chairman, according to the company.');
    expect(found.map((p) => p.roles.join('+'))).toEqual(['president+vice chairman']);
  });
  it('reads a "current" post in an aside beside one kept', () => {
    expect(people('White Engines Inc said it was sold. John Lennox, current chairman and chief executive officer, will remain as chairman.')).toEqual([{ name: 'John Lennox', title: 'chairman and chief executive officer', roles: ['chairman', 'chief executive officer'], org: 'White Engines Inc' }]);
  });
  it('does not read a date after "the board" as the employer, nor a condition as a post', () => {
    expect(one('Acme Corp said John Boyle will be the vice chairman of the board effective July One.', 'John Boyle')?.org).toBe('Acme Corp');
    expect(people('Critics said Gordon Brake would be premier by now.')).toEqual([]);
  });
});


describe('two appointees of one verb, and a post continued', () => {
  it('gives the second appointee the appointer too', () => {
    expect(people('Acme Corp named John Smythe chairman and Mary Jonas president.').map((p) => [p.name, p.roles.join('+'), p.org])).toEqual([
      ['John Smythe', 'chairman', 'Acme Corp'],
      ['Mary Jonas', 'president', 'Acme Corp'],
    ]);
    expect(one('Carolina Savings and Loan Association elected J. Graham Harwell its chairman, and R. Martin Hale its president and chief operating officer.', 'R. Martin Hale')).toMatchObject({ roles: ['president', 'chief operating officer'], org: 'Carolina Savings and Loan Association' });
  });
  it('reads "will continue as" a post', () => {
    const text = 'Northgate Mining Ltd named John Kearns president. A spokesman said Patrick Hughton, who was both president and chairman, will continue as chairman and chief executive officer.';
    expect(people(text).filter((p) => p.name === 'Patrick Hughton').map((p) => p.roles)).toContainEqual(['chairman', 'chief executive officer']);
  });
});

describe('where the person named is from, between the name and the verb', () => {
  it('is read past ("Heinz Hofer of Switzerland was elected ...")', () => {
    expect(one('Heinz Hofmann of Switzerland was elected executive committee chairman, they added.', 'Heinz Hofmann')).toMatchObject({ roles: ['executive committee chairman'] });
  });
});

describe('an appointee\'s employer between the name and the post', () => {
  it('is a fact of its own beside the post', () => {
    const found = people("The Inter-Arab Cambist Association (ICA) elected Abdullah al-Dakhil of Kuwait's Burgan Bank its new chairman.");
    expect(found).toEqual([
      { name: 'Abdullah al-Dakhil', title: 'chairman', roles: ['chairman'], org: 'Inter-Arab Cambist Association' },
      { name: 'Abdullah al-Dakhil', title: null, roles: [], org: 'Burgan Bank' },
    ]);
  });
  it('is one fact with a post at the same employer written shorter', () => {
    const found = people('James Capel and Co analyst Tom Murtha said so. "It is cheap," said Capel\'s Murtha.');
    expect(found).toEqual([{ name: 'Tom Murtha', title: 'analyst', roles: ['analyst'], org: 'James Capel and Co' }]);
  });
});

describe('a day set off before the verb of a relative clause', () => {
  it('is read past ("who on April 1 becomes chairman of ...")', () => {
    expect(one('Neil Springfield, who on April 1 becomes chairman of the holding company, Navistar Transport Corp, said costs would fall.', 'Neil Springfield')).toMatchObject({ roles: ['chairman'], org: 'Navistar Transport Corp' });
  });
});

describe('a second appointee sharing a passive verb', () => {
  it('takes the post named after it ("X was elected chairman and Y of Norway vice chairman")', () => {
    const found = people('Heinz Hofmann of Switzerland was elected executive committee chairman and Mette Mogsen of Norway vice chairman, they added.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Heinz Hofmann', ['executive committee chairman']],
      ['Mette Mogsen', ['vice chairman']],
    ]);
  });
});

describe('one post at two organizations', () => {
  it('keeps the same post stated at another company in another mention', () => {
    const text = 'Parlex Corp said it elected Ivo M. Danning as chairman. Danning is chairman of <Lorrell National Corp>, which owns 39 pct of Parlex.';
    expect(people(text).filter((p) => p.name === 'Ivo M. Danning').map((p) => p.org)).toEqual(['Parlex Corp', 'Lorrell National Corp']);
  });
  it('keeps one post where the organization is named again in short', () => {
    const text = 'Federal Reserve Chairman Paul Volmer spoke. Later, Fed Chairman Paul Volmer left.';
    expect(people(text).filter((p) => p.name === 'Paul Volmer').map((p) => p.org)).toEqual(['Federal Reserve']);
  });
  it('gives the unit a parent\'s possessive opens as the subject that appointed', () => {
    const text = "Dorian Motors Corp's Halvard Aircraft Co said it named Alvin Wheeler as chairman, succeeding Alan Pockett.";
    expect(people(text).filter((p) => p.name === 'Alvin Wheeler').map((p) => p.org)).toEqual(['Halvard Aircraft Co']);
  });
});

describe('an age between the name and its relative clause', () => {
  it('reads the post the clause gives', () => {
    expect(one('Bexley Corp said Ward Holt Sr., 67, who becomes vice chairman, will stay on the board.', 'Ward Holt Sr.')).toMatchObject({ roles: ['vice chairman'], org: 'Bexley Corp' });
  });
});

describe('the agent of a passive appointing verb', () => {
  it('gives the post to the one appointed, not to the one who appoints', () => {
    const text = 'Roger Andwell is being nominated by President Reagan as a judge of the United States Claims Court.';
    expect(people(text).filter((p) => p.name === 'Reagan').map((p) => p.roles)).toEqual([['president']]);
    expect(one('The new group will be headed by Jim Curran as chief executive officer.', 'Jim Curran')?.roles).toEqual(['chief executive officer']);
  });
});

describe('a town before its state after a verb of leading', () => {
  it('is no organization led', () => {
    expect(people('James Trebig, who founded the Cupertino, Calif.-based company, said orders rose.').map((p) => p.org)).not.toContain('Cupertino');
  });
});

describe('a day between the verb and its "as"', () => {
  it('is read past', () => {
    expect(one('Ralph A. Alder resigned yesterday as chairman of ORX Corp.', 'Ralph A. Alder')).toMatchObject({ roles: ['chairman'], org: 'ORX Corp' });
    expect(one('Ralph A. Alder resigned Monday as chairman of ORX Corp.', 'Ralph A. Alder')).toMatchObject({ roles: ['chairman'], org: 'ORX Corp' });
  });
});

describe('"to become" after the appointee', () => {
  it('reads the post, and gives the one replaced the same post', () => {
    const text = 'Ralston Corp said it nominated J. Paul Stich to become chairman of the board, replacing J. Tyler Wilks, who will retire.';
    expect(one(text, 'J. Tyler Wilks')).toMatchObject({ roles: ['chairman'], org: 'Ralston Corp' });
  });
});

describe('a post kept', () => {
  it('is read where the post is named before the word for it', () => {
    const text = 'Kestrel Controls Inc said Jon Ostrow, who retains his vice president\'s post, will also be counsel.';
    expect(one(text, 'Jon Ostrow')).toMatchObject({ roles: ['vice president'], org: 'Kestrel Controls Inc' });
    expect(people('Ames Corp said Lena Vo replaced Dan Reiss as the president\'s top aide.').map((p) => p.roles)).not.toContainEqual(['president']);
  });
  it('is read after the post left, joined by "but"', () => {
    const text = 'Dorset Tool Inc said Carl Benning will retire as chairman but remain a director of the company.';
    expect(people(text).map((p) => p.roles)).toEqual([['chairman', 'director']]);
    expect(people('Dorset Tool Inc said Carl Benning resigned as chairman and remains angry.').map((p) => p.roles)).toEqual([['chairman']]);
  });
});

describe('a post after a possessive', () => {
  it('is the appointee\'s where the appointer\'s own possessive opens it', () => {
    const text = 'He said he had appointed Senate veteran Harlan Voss as his new chief of staff.';
    expect(one(text, 'Harlan Voss')).toMatchObject({ roles: ['chief of staff'] });
  });
  it('is the one after a styled owner\'s possessive, not the owner\'s style', () => {
    const text = 'Former aide Kenneth Dalberg has been chosen to be President Rowan\'s deputy chief of staff, officials said.';
    expect(people(text).filter((p) => p.name === 'Kenneth Dalberg').map((p) => p.roles)).toEqual([['former aide'], ['deputy chief of staff']]);
  });
});

describe('a party lent to another post of its member', () => {
  it('is lent to a legislator\'s post, not to a post the party does not give', () => {
    const text = 'Former Senate Republican leader Harlan Voss was named chief of staff. Senator Voss said he was pleased.';
    expect(people(text)).toEqual([
      { name: 'Harlan Voss', title: 'Former Senate Republican leader', roles: ['former senate republican leader'], org: 'Republican' },
      { name: 'Harlan Voss', title: 'chief of staff', roles: ['chief of staff'], org: null },
      { name: 'Harlan Voss', title: 'Senator', roles: ['senator'], org: 'Republican' },
    ]);
  });
});

describe('a post kept, in a participle', () => {
  it('reads "with X continuing as Y\'s president"', () => {
    expect(one("Reebok said Avian will operate as a subsidiary with Dean Crofton continuing as Avian's president.", 'Dean Crofton')).toMatchObject({ roles: ['president'], org: 'Avian' });
  });
});

describe('a day in words between the verb and the post', () => {
  it('passes "on May one" as it passes "on May 1"', () => {
    expect(one('Harold Klinger, 48, will resign on May one as president of Liberty Finance Group Inc, the company said.', 'Harold Klinger')).toMatchObject({ roles: ['president'], org: 'Liberty Finance Group Inc' });
  });
});

describe('praise of a holder before the post', () => {
  it('is passed after "has been an" ("an outstanding Chairman of the Federal Reserve")', () => {
    expect(one('Lawson said Paul Volk has been an outstanding Chairman of the Federal Reserve and he will be missed.', 'Paul Volk')).toMatchObject({ roles: ['chairman'], org: 'Federal Reserve' });
  });
  it('is passed in every word of praise the apposition knows ("a superb chairman", "a capable director")', () => {
    expect(one('"Mr Volk has been a superb chairman of the Federal Reserve Board," he said.', 'Volk')).toMatchObject({ roles: ['chairman'], org: 'Federal Reserve Board' });
    expect(one('Paul Volk is a capable director of Acme Corp.', 'Paul Volk')?.roles).toEqual(['director']);
    // (the years of a career are no praise of the post: "a seasoned envoy with a long diplomatic career")
    expect(people('The chief negotiator, Ramon Guerra, is a seasoned envoy with a long career.').map((p) => p.roles)).toEqual([['chief negotiator']]);
  });
});

describe('a post served before, past an adverb of time', () => {
  it('is read after "most recently" and "formerly"', () => {
    const text = 'Palmetto Savings named Joe Burr as president. Burr most recently served as executive vice president of Cardinal Savings Bank.';
    expect(people(text).find((p) => p.org === 'Cardinal Savings Bank')).toMatchObject({ name: 'Joe Burr', roles: ['executive vice president'] });
    expect(one('Jerry Kent formerly served as chief operating officer of Paramount Foods.', 'Jerry Kent')).toMatchObject({ roles: ['chief operating officer'], org: 'Paramount Foods' });
  });
  it('leaves "is currently" to the copula', () => {
    expect(one('Jim Curt is currently executive vice president of Utah Minerals Inc.', 'Jim Curt')).toMatchObject({ roles: ['executive vice president'], org: 'Utah Minerals Inc' });
  });
});
