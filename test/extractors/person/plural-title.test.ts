import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/plural-title: a post in the plural before a list of names', () => {
  it('gives each name the post, with the qualifiers of a board seat', () => {
    const found = people('The ten former outside directors are James Allard, Judith Arens and Carl Aycroft.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['James Allard', ['former outside director']],
      ['Judith Arens', ['former outside director']],
      ['Carl Aycroft', ['former outside director']],
    ]);
  });
  it('gives them the organization named before the post', () => {
    const found = people('Balfour Bates managers Anthony Walden and Nicholas Jeffers were charged.');
    expect(found.map((p) => [p.name, p.title, p.org])).toEqual([
      ['Anthony Walden', 'managers', 'Balfour Bates'],
      ['Nicholas Jeffers', 'managers', 'Balfour Bates'],
    ]);
  });
  it('is no fact for one name, for members, or for adjectives that only describe the people', () => {
    expect(people('The plan was drawn up by economists at the bank.')).toEqual([]);
    expect(people('Band members Bryan Fennel and Phil Manzano toured.')).toEqual([]);
    expect(people('It starred the usual famous actors including Gary Oldfield and Emma Thomson.').map((p) => p.roles)).toEqual([['actor'], ['actor']]);
  });
  it('gives each listed name the country or body named after it, but not a legislator his state', () => {
    expect(people('Prime Ministers Zhu Mingde of China and Anibal Cavalho of Portugal signed the accord.').map((p) => [p.name, p.org])).toEqual([
      ['Zhu Mingde', 'China'],
      ['Anibal Cavalho', 'Portugal'],
    ]);
    expect(people('Republican Senators Phil Gramble of Texas and Warren Rudd of Ohio objected.').map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Phil Gramble', ['senator'], 'Republican'],
      ['Warren Rudd', ['senator'], 'Republican'],
    ]);
  });
  it('reads the board the post is held on, which makes members a post', () => {
    const found = people('Two members of the board, Michael Chile and Henry McCanse, will retire, Astor Research Inc said.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Michael Chile', ['member of the board'], 'Astor Research Inc'],
      ['Henry McCanse', ['member of the board'], 'Astor Research Inc'],
    ]);
  });
  it('reads the board\'s word before members, which makes them a post too', () => {
    const found = people("Pauls Plaza Inc said its chairman sold shares to advisory board members Alan H. Marcov and Gerald M. Marcov and a buyer.");
    expect(found.filter((p) => p.name.endsWith('Marcov')).map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Alan H. Marcov', ['board member'], 'Pauls Plaza Inc'],
      ['Gerald M. Marcov', ['board member'], 'Pauls Plaza Inc'],
    ]);
    expect(people('The members Tom Smithers and Jim Jonas came to the meeting.')).toEqual([]);
  });
  it('reads the list past a first name with a post of its own', () => {
    const found = people('The senators -- including Senate Finance Committee Chairman Lloyd Benton (D-Tex.), Max Bacus (D-Mont.) and Thad Cochrane (R-Miss.) -- may act.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Max Bacus', ['senator'], 'Democratic'],
      ['Thad Cochrane', ['senator'], 'Republican'],
      ['Lloyd Benton', ['chairman'], 'Senate Finance Committee'],
    ]);
  });
  it('takes the organization the story gave the same post before', () => {
    const found = people('Ten former directors at WorldLink have agreed to pay. The ten former outside directors are James Allard and Judith Arens.');
    expect(found.map((p) => [p.name, p.org])).toEqual([
      ['James Allard', 'WorldLink'],
      ['Judith Arens', 'WorldLink'],
    ]);
  });
  it('reads a capitalized post in the plural that heads a list mid-sentence, past each legislator\'s state', () => {
    expect(people('He was joined by Justices Walter Brannan, Byron Whitley and Harold Blackwell.').map((p) => [p.name, p.roles])).toEqual([
      ['Walter Brannan', ['justice']],
      ['Byron Whitley', ['justice']],
      ['Harold Blackwell', ['justice']],
    ]);
    expect(people('Two House Republicans, Representatives Larry Crane of Idaho and Beau Boulter of Texas, introduced the bill.').map((p) => [p.name, p.roles])).toEqual([
      ['Larry Crane', ['representative']],
      ['Beau Boulter', ['representative']],
    ]);
  });
  it('reads a capitalized post in the plural opening the sentence, where the names reader leaves it out of the first name', () => {
    const found = people('The rule would not help, two CFTC commissioners said. Commissioners Wilbur Seale and Kalo Hinemann told a House panel so.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Wilbur Seale', ['commissioner'], 'CFTC'],
      ['Kalo Hinemann', ['commissioner'], 'CFTC'],
    ]);
    // (not a firm's name that opens with a plural: "Directors Guild")
    expect(people('Directors Guild Inc and Paul Hermer agreed.')).toEqual([]);
  });
  it('gives a given name listed alone before "and" the family name of the name after it', () => {
    const text = 'Pope Mills said it bought 780,000 shares from Putnam Mills Corp principals Sidney and Peter Kaplin.';
    expect(people(text).map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Sidney Kaplin', ['principal'], 'Putnam Mills Corp'],
      ['Peter Kaplin', ['principal'], 'Putnam Mills Corp'],
    ]);
  });
  it('gives the names a sentence lists the post the sentence before counted', () => {
    const found = people('Corvina Cruises Inc said its board met. The company also elected three directors. They are Paul Hermer, John Clive Bayliss and Costas Galetis.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['Paul Hermer', ['director'], 'Corvina Cruises Inc'],
      ['John Clive Bayliss', ['director'], 'Corvina Cruises Inc'],
      ['Costas Galetis', ['director'], 'Corvina Cruises Inc'],
    ]);
  });
  it('is no post in a firm\'s name that opens with a plural, nor in a party\'s or a law\'s', () => {
    expect(people('The loan was signed, Bankers Trust Co, a joint lead manager, said.')).toEqual([]);
    expect(people('The ruling Democratic Justice Party won the vote.')).toEqual([]);
    expect(people('The Criminal Justice Bill was passed by MPs.')).toEqual([]);
    expect(people('They are Paul Hermer and John Bayliss, the market said.')).toEqual([]);
  });
});

describe('person/plural-title: legislators with their party and state', () => {
  it('reads past a party and state in brackets after each name', () => {
    expect(people('The senators -- including Max Bauer (D-Mont.), David Pryer (D-Ark.) and Thad Cochrane (R-Miss.) -- may act.').map((p) => [p.name, p.roles])).toEqual([
      ['Max Bauer', ['senator']],
      ['David Pryer', ['senator']],
      ['Thad Cochrane', ['senator']],
    ]);
  });
  it('reads a capitalized post set off by a comma, where a party and state marks the names as people', () => {
    expect(people('Two farm state Congressmen, Pat Robbins (R-Kan.) and Glenn Engels (D-Okla.) said the program costs too much.').map((p) => [p.name, p.roles])).toEqual([
      ['Pat Robbins', ['farm state congressman']],
      ['Glenn Engels', ['farm state congressman']],
    ]);
  });
});

describe('person/plural-title: one name picked out by "including"', () => {
  it('gives the post to the one name, with the employer after it', () => {
    const found = people('Rates will climb, senior economists, including Susumu Takeda of Industrial Bank of Nippon, said.');
    expect(found).toEqual([{ name: 'Susumu Takeda', title: 'senior economists', roles: ['senior economist'], org: 'Industrial Bank of Nippon' }]);
  });
  it('leaves the one name its own post where the text states one', () => {
    const found = people('Some credit market analysts, including Norman Quine, president of Golden Gait Futures, said so.');
    expect(found).toEqual([{ name: 'Norman Quine', title: 'president', roles: ['president'], org: 'Golden Gait Futures' }]);
  });
});

describe('a list after a post in the plural, with a name of one word or an honorific', () => {
  it('takes a person known by one name between two full names', () => {
    const found = people('It shows images by photographers Davy Bayley, Rankine and Nan Golding.').map((p) => p.name);
    expect(found).toEqual(['Davy Bayley', 'Rankine', 'Nan Golding']);
  });
  it('reads past an honorific that opens the list', () => {
    const found = people('It shows works by artists Sir Pete Blakey, Trace Emmin and Jake Vetter.').map((p) => p.name);
    expect(found).toEqual(['Pete Blakey', 'Trace Emmin', 'Jake Vetter']);
  });
  it('but a single word that ends the list is no name of its own', () => {
    const found = people('It shows images by photographers Davy Bayley and Nan Golding, and Reuters.').map((p) => p.name);
    expect(found).not.toContain('Reuters');
  });
});

describe('an apposition that names a place before the post', () => {
  it('keeps a place written in capitals ("a New York investor")', () => {
    expect(one('It gave control to Benson Sazer, a New York investor, for cash.', 'Benson Sazer')).toMatchObject({ roles: ['investor'], org: null });
  });
});

describe('a post in the plural set off after a list of names', () => {
  it('is each name\'s post, with the organization inside it', () => {
    const found = people('The panel will hear Dale Prentiss and Owen Marsh, two former White House aides who ran the plan.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([['Dale Prentiss', ['former aide'], 'White House'], ['Owen Marsh', ['former aide'], 'White House']]);
  });
  it('is no post where the words are no title', () => {
    expect(people('He met Ann Roe and Bo Li, two friends, in London.')).toEqual([]);
  });
});

describe('a post in the plural before a list set off by dashes', () => {
  it('is each listed name\'s post', () => {
    const found = people('She was elected along with three other Labour MPs - Keith Vane, Paul Boaden and Bernard Grantley - in 1987.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Keith Vane', ['mp']], ['Paul Boaden', ['mp']], ['Bernard Grantley', ['mp']]]);
  });
});

describe('a post held before, in the plural and glued to "ex-"', () => {
  it('is each listed name\'s former post', () => {
    const found = people('The settlement included three other ex-managers, Pete Marten, Erik Gustafsen and Joe Palomba, who paid penalties.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Pete Marten', ['former manager']], ['Erik Gustafsen', ['former manager']], ['Joe Palomba', ['former manager']]]);
  });
});
