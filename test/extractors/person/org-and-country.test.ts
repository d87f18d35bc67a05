import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';
import { factsOf } from '../../helpers/extract.js';
import { splitRoles } from '../../../src/extractors/person/title.js';
import { extractDocument } from '../../../src/pipeline.js';
import type { FactOf } from '../../../src/types.js';

describe('the country a government officer serves', () => {
  it('is the country the story names when the sentence names none', () => {
    const text = 'Norway will cut taxes next year.\nNorway expects growth to slow.\nFinance Minister Eva Lindahl said the budget was balanced.';
    expect(one(text, 'Eva Lindahl')).toMatchObject({ roles: ['finance minister'], org: 'Norway' });
  });
  it('is the story\'s country for a department\'s post with its field after it', () => {
    const text = 'Zambia will sell copper.\nZambia expects prices to rise.\nMinister of Mines Peter Banda said output was up.\nUndersecretary of State Alan Webb met him.';
    expect(one(text, 'Peter Banda')).toMatchObject({ roles: ['minister of mines'], org: 'Zambia' });
    expect(one(text, 'Alan Webb')).toMatchObject({ roles: ['undersecretary of state'], org: 'Zambia' });
  });
  it('is the story\'s country for its debt negotiator', () => {
    const text = 'Peru will meet its bank creditors.\nPeru wants its interest cut.\nThe talks are led by chief debt negotiator Luis Ortega.';
    expect(one(text, 'Luis Ortega')).toMatchObject({ title: 'chief debt negotiator', org: 'Peru' });
  });
  it('is the country whose word opens an official\'s post', () => {
    expect(one('"The firms agreed," said Russian oil official Pavel Orlov.', 'Pavel Orlov')).toMatchObject({ roles: ['oil official'], org: 'Russia' });
    // (a body's name there is the body's, as for any post)
    expect(one('"The firms agreed," said Rosneft oil official Pavel Orlov.', 'Pavel Orlov')?.org).toBe('Rosneft');
  });
  it('is the country whose government, named by it, opens the sentence ("The U.K. Government hopes")', () => {
    const text = "The U.K. Government hopes for a breakthrough on the deadlock with Japan during next week's visit to Tokyo by Trade Minister Alan Clarke, sources said. Japan's exports rose. Japanese officials said so.";
    expect(one(text, 'Alan Clarke')?.org).toBe('U.K.');
  });
  it('is the country named earlier in the same sentence before the story\'s', () => {
    const text = 'Norway and Chile signed a pact.\nNorway will cut taxes.\nChile\'s debt will fall, Finance Minister Rafael Soto said.';
    expect(one(text, 'Rafael Soto')).toMatchObject({ org: 'Chile' });
  });
  it('is the country that opens what the officer reports, over others named after it', () => {
    const text = 'Canada wants Chile to agree a timetable for talks on tariffs, Trade Minister Ann Moss said.\nChile has refused.';
    expect(one(text, 'Ann Moss')).toMatchObject({ roles: ['trade minister'], org: 'Canada' });
    const adjective = 'The Norwegian government is awaiting the outcome of talks between Peru and Chile, Industry Minister Tor Berg said.';
    expect(one(adjective, 'Tor Berg')?.org).toBe('Norway');
  });
  it('is not the country that opens a sentence acting toward the officer', () => {
    const text = 'Egypt needs loans. Egypt will cut subsidies.\nThe U.S. And Western Europe have pledged backing for President Hasan Mabrouk\'s government.';
    expect(one(text, 'Hasan Mabrouk')?.org).toBe('Egypt');
    // (but "according to" reports what the officer says)
    expect(one('Peru hopes for growth.\nChile may lose 30 mln dlrs in tourism, according to tourism minister Ana Soto.', 'Ana Soto')?.org).toBe('Chile');
  });
  it('is the nearest country before a post the sentence does not report', () => {
    // ("after" opens no report: the country named last before the post is still the one)
    const text = 'Chile has sent troops to Peru after President Juan Soto broke a truce.\nPeru is calm.\nPeru has asked for aid.';
    expect(one(text, 'Juan Soto')?.org).toBe('Peru');
  });
  it('is the one country an office belongs to', () => {
    const text = 'Japan cut rates.\nChancellor of the Exchequer Nigel Parr said Japan acted wisely.';
    expect(one(text, 'Nigel Parr')).toMatchObject({ title: 'Chancellor of the Exchequer', roles: ['chancellor of the exchequer'], org: 'Britain' });
    const cabinet = 'The United States and the U.S. Congress pressed for action.\nChief Cabinet Secretary Kenji Oda said talks would go on.';
    expect(one(cabinet, 'Kenji Oda')).toMatchObject({ roles: ['chief cabinet secretary'], org: 'Japan' });
  });
  it('reads a country adjective wrapped over two lines', () => {
    expect(one('Talks were held with West\nGerman Finance Minister Karl Brandt on Monday.', 'Karl Brandt')).toMatchObject({ org: 'Germany' });
  });
  it('reads "French" as France', () => {
    expect(one('French Finance Minister Luc Girard spoke.', 'Luc Girard')).toMatchObject({ org: 'France' });
  });
  it('is not given to a company officer', () => {
    const text = 'Norway will cut taxes.\nNorway expects growth.\n"Sales rose," chairman Ola Berg said.';
    expect(one(text, 'Ola Berg')).toMatchObject({ org: null });
  });
  it('is not the country of a city where something happens in the officer\'s sentence', () => {
    const text = 'Philippine debt talks resume.\nThe Philippines wants better terms.\nTalks open with the 12-bank committee in New York tomorrow, a year after President Lara Aquino took power.';
    expect(one(text, 'Lara Aquino')?.org).toBe('Philippines');
  });
  it('is not the country of another, unnamed officer the sentence names before ("the Pakistani president met ...")', () => {
    const text = 'Britain has many problems. On Monday the Pakistani president met Prime Minister Tony Blane at 10 Downing Street. Pakistan wants aid.';
    expect(one(text, 'Tony Blane')?.org).toBe('Britain');
  });
  it('is not a nation of a list that names what happened ("the Romanian and Bulgarian visas scandal")', () => {
    const text = 'The report discussed the Romanian and Bulgarian visas scandal which led to the resignation of immigration minister Bev Hughton. Many had entered the UK.';
    expect(one(text, 'Bev Hughton')?.org).toBe('UK');
  });
  it('is not a country aid goes to ("aid to Bolivia")', () => {
    const text = 'Officials travelling with President Richard Vollmer said aid to Bolivia will rise. West Germany gave aid to Bolivia last year.';
    expect(one(text, 'Richard Vollmer')?.org).toBe('West Germany');
  });
  it('is not where a company\'s part stands ("SMC\'s Hong Kong subsidiary")', () => {
    const text = 'A down payment was made by SMC\'s Hong Kong subsidiary Neptora Ltd. SMC, the Philippines\' largest brewer, agreed. President Corazon Aquana asked SMC to act.';
    expect(one(text, 'Corazon Aquana')?.org).toBe('Philippines');
  });
  it('is still the country of such a city where the story names no other', () => {
    const text = 'Labour met in London.\nPrime Minister Tony Blane spoke in London.';
    expect(one(text, 'Tony Blane')?.org).toBe('Britain');
  });
  it('is not the country whose rebels the sentence names', () => {
    const text = 'The House will vote to block aid to the Nicaraguan "contra" rebels until President Rowan has accounted for it.\nThe money came from U.S. arms sales.';
    expect(one(text, 'Rowan')?.org).toBe('U.S.');
  });
  it('is not a country toured, first of a list or not', () => {
    const text = 'Brazil suspended payments. Gros will brief the banks on a 10-day tour of Europe and Japan that he and finance minister Ugo Sarto have just completed.';
    expect(one(text, 'Ugo Sarto')?.org).toBe('Brazil');
  });
  it('is written "U.S." where the story writes the initials as well as "United States"', () => {
    const text = 'Talks on U.S.-Japanese trade resumed.\nPresident Rowan announced tariffs.\nThe United States said so.\nThe United States would act, and Japan said it would talk to the United States.';
    expect(one(text, 'Rowan')).toMatchObject({ roles: ['president'], org: 'U.S.' });
  });
  it('is a country that has such an office: no president of Japan, no prime minister of the United States', () => {
    const text = 'Japan cut tariffs.\nJapan said it would talk to the United States.\nThe tariffs announced by President Rowan angered Japan.';
    expect(one(text, 'Rowan')).toMatchObject({ roles: ['president'], org: 'United States' });
    const greek = 'The United States urged calm.\nThe United States said so.\nPrime Minister Nikos Andros met the envoy.\nGreece is ready.';
    expect(one(greek, 'Nikos Andros')).toMatchObject({ roles: ['prime minister'], org: 'Greece' });
  });
  it('is no country without ministers or a chancellor of its own', () => {
    const text = 'The United States said so.\nThe United States agreed.\nFinance Minister Ken Mori spoke.';
    expect(one(text, 'Ken Mori')).toMatchObject({ org: null });
    expect(one('France agreed.\nFrance and Austria spoke.\nChancellor Karl Bauer said so.', 'Karl Bauer')).toMatchObject({ org: 'Austria' });
  });
  it('is the country that opens what the officer said, not one listed or visited after the title', () => {
    expect(one('Prime Minister Ada Vance said that the U.K. would fight.', 'Ada Vance')).toMatchObject({ org: 'U.K.' });
    const listed = 'Japan cut rates.\nJapan acted.\nFinance Minister Ken Mori told the committee that the six - Britain, Canada, France and Italy - had acted.';
    expect(one(listed, 'Ken Mori')).toMatchObject({ org: 'Japan' });
    const visited = 'Japan cut rates.\nFinance Minister Ken Mori pledged at the conference in Paris to act.\nThe Paris accord held.';
    expect(one(visited, 'Ken Mori')).toMatchObject({ org: 'Japan' });
  });
  it('is not guessed where the story names no country', () => {
    expect(one('Prime Minister Ada Vance said the talks went well.', 'Ada Vance')).toMatchObject({ org: null });
  });
});

describe('titles with "of"', () => {
  it('reads "Secretary of State" before a name', () => {
    expect(one('He praised Secretary of State Dean Walsh and others.', 'Dean Walsh')).toMatchObject({ title: 'Secretary of State', roles: ['secretary of state'] });
  });
  it('does not take the title\'s last word into the name', () => {
    expect(people('He praised Secretary of State Dean Walsh.').map((p) => p.name)).toEqual(['Dean Walsh']);
  });
});

describe('one fact per person', () => {
  it('gives a surname the full name and drops the shorter title', () => {
    const text = 'He thanked Defence Secretary Caspar Whitby.\n"Secretary Whitby advised me," he said.';
    expect(people(text)).toEqual([{ name: 'Caspar Whitby', title: 'Defence Secretary', roles: ['defence secretary'], org: null }]);
  });
  it('keeps both roles of one person, in one fact where they are at one organization', () => {
    const text = 'Acme Widgets Inc said treasurer Ruth Kane, who is also a director, will join the audit committee.';
    expect(people(text).map((p) => p.roles.join('+'))).toEqual(['treasurer+director']);
  });
  it('drops the post a person is promoted from', () => {
    const text = 'Acme Widgets Inc said treasurer Ruth Kane was named chief financial officer of Acme Widgets Inc.';
    expect(people(text).map((p) => p.roles.join('+'))).toEqual(['chief financial officer']);
  });
  it('keeps the first organization stated for a person and title', () => {
    const text = 'Federal Reserve Chairman Paul Vann spoke.\nLater, Fed Chairman Paul Vann said rates would hold.';
    expect(people(text)).toEqual([{ name: 'Paul Vann', title: 'Chairman', roles: ['chairman'], org: 'Federal Reserve' }]);
  });
});

describe('a speaker closing a report about a company', () => {
  it('speaks for the company the report is about', () => {
    const text = '(Bloomberg) -- Chinese electric-vehicle maker Velo Motors Inc. will start selling cars in Germany, the UK and France next year, President Brian Gu said.';
    expect(one(text, 'Brian Gu')).toMatchObject({ roles: ['president'], org: 'Velo Motors Inc.' });
  });
  it('leaves a head of state to the country when the report is about one', () => {
    const text = 'The United States will cut tariffs on Japanese chips next month, President Ronald Reagan said.';
    expect(one(text, 'Ronald Reagan')).toMatchObject({ org: 'United States' });
  });
  it('leaves a minister to the government', () => {
    const text = 'Velo Motors Inc. will build a plant in Kenya, Trade Minister Amos Kariuki said.';
    expect(one(text, 'Amos Kariuki')?.org).not.toBe('Velo Motors Inc.');
  });
});

describe('the organization of a title', () => {
  it('is the company that announces its officer\'s title', () => {
    expect(one('Tidewater Foods Inc said chief financial officer Ronald Pace will retire.', 'Ronald Pace')).toMatchObject({ org: 'Tidewater Foods Inc' });
  });
  it('is the country of a seat of government a colleague works in ("White House Chief of Staff ... said President ...")', () => {
    const text = 'White House Chief of Staff Howard Bakely said President Ron Reagen will address the nation on the arms to Iran scandal.';
    expect(one(text, 'Ron Reagen')?.org).toBe('U.S.');
  });
  it('is the bank the sentence names for a president in lower case, not a country', () => {
    const text = 'The dollar fell in the United States. The Alpine National Bank will keep intervening, president Pierre Lanquet told the bank\'s annual meeting.';
    expect(one(text, 'Pierre Lanquet')?.org).toBe('Alpine National Bank');
  });
  it('is not the company or paper that reports a government officer\'s words, though a president it names is its own', () => {
    const text = 'Saudi Arabia will hire women. Saudi Arabia needs staff. The local Arab Daily said Labour Minister Ghazi Gosab had caused uproar.';
    expect(one(text, 'Ghazi Gosab')).toMatchObject({ org: 'Saudi Arabia' });
    expect(one('Ernst & Young said that Chancellor of the Exchequer Gordon Brenn was wrong.', 'Gordon Brenn')?.org).toBe('Britain');
    expect(one('Kaydon Corp said president Richard Shanz will retire.', 'Richard Shanz')?.org).toBe('Kaydon Corp');
  });
  it('is not a company that merely speaks in another sentence', () => {
    expect(one('Tidewater Foods Inc said so.\nShe said chief financial officer Ronald Pace will retire.', 'Ronald Pace')?.org).not.toBe('She');
  });
  it('skips words that describe the employer', () => {
    expect(one('Mehdi Varano, analyst with stockbroker Kleinwort Hale in London, agreed.', 'Mehdi Varano')).toMatchObject({ org: 'Kleinwort Hale' });
    expect(one('Analyst Joseph Roon with brokers James Capel in London noted the drive.', 'Joseph Roon')).toMatchObject({ org: 'James Capel' });
  });
  it('takes a name of unknown kind before a capitalized non-ministerial title', () => {
    expect(one('Baker met Bundesbank President Karl Otto Pohl in Frankfurt.', 'Karl Otto Pohl')).toMatchObject({ org: 'Bundesbank' });
  });
  it('still does not take a department before a minister\'s title', () => {
    expect(one('Fiscal Policy Minister Jan Smit said so.', 'Jan Smit')).toMatchObject({ org: null });
  });
  it('does not read a capitalized title after a comma as the organization', () => {
    expect(one('Adebayo Adele, Executive Secretary of the Economic Commission for Africa, said the plan failed.', 'Adebayo Adele')).toMatchObject({ roles: ['executive secretary'] });
  });
  it('takes a possessive before the title even where it looks like a person\'s name', () => {
    expect(one('"It is hard," Andrew Pell, Christian Aid\'s head of policy, said.', 'Andrew Pell')).toMatchObject({ org: 'Christian Aid' });
  });
});

describe('not people', () => {
  it('a body named by a title in the plural', () => {
    expect(people('The leaflet was published by the Association of Chief Police Officers (ACPO).')).toEqual([]);
  });
});

describe('more ways an organization is named', () => {
  it('keeps "and Co Ltd" in the name', () => {
    const text = 'Morgan Grenhill said so.\n"Gilts will rise," Morgan Grenhill and Co Ltd economist Stephen Bale said.';
    expect(one(text, 'Stephen Bale')).toMatchObject({ org: 'Morgan Grenhill and Co Ltd' });
  });
  it('reads "Association chairman" as the association named before', () => {
    const text = 'The Feed Stuffs Industry Association said prices would rise.\nAssociation chairman Ulrich Wagg told a news conference the levy was a threat.';
    expect(one(text, 'Ulrich Wagg')).toMatchObject({ org: 'Feed Stuffs Industry Association' });
  });
  it('reads the owner before a place and a title', () => {
    expect(one("Screen Weekly's US editor Mike Goodman thinks the films were weak.", 'Mike Goodman')).toMatchObject({ org: 'Screen Weekly' });
  });
  it('keeps a possessive owner over a capitalized field after "head of"', () => {
    expect(one('"It is hard," Andrew Pell, Christian Aid\'s head of Trade Policy, said.', 'Andrew Pell')).toMatchObject({ roles: ['head of trade policy'], org: 'Christian Aid' });
  });
  it('keeps a full title before a capitalized field', () => {
    expect(one("Wang Xiu, Xiaomo's senior vice president of Global Sales, spoke.", 'Wang Xiu')).toMatchObject({ roles: ['senior vice president'], org: 'Xiaomo' });
  });
});

describe('the government a story names', () => {
  it('counts the government named with its officers above a country the story names more often', () => {
    const text = 'President Rowan admitted he was wrong.\nHe defended Secretary of State Lee Dunn and Defence Secretary Carl Webb in the affair.\nIran denied it.\nIran said so.';
    expect(people(text).map((p) => [p.name, p.org])).toEqual([
      ['Rowan', 'U.S.'],
      ['Lee Dunn', 'U.S.'],
      ['Carl Webb', 'U.S.'],
    ]);
  });
});

describe('states that no longer exist', () => {
  it('names West Germany and the Soviet Union as the text does', () => {
    expect(one('West German Finance Minister Gerd Stolte said the accord worked.', 'Gerd Stolte')).toMatchObject({ org: 'West Germany' });
    expect(one('Soviet Foreign Minister Eduard Shevard met Shultz.', 'Eduard Shevard')).toMatchObject({ org: 'Soviet Union' });
  });
  it('names the country the story calls West Germany for an officer whose sentence names none', () => {
    const text = 'West Germany will cut taxes.\nWest German growth slowed.\nFinance Minister Gerd Stolte said so.';
    expect(one(text, 'Gerd Stolte')).toMatchObject({ org: 'West Germany' });
  });
  it('keeps today\'s Germany where the text says Germany', () => {
    expect(one('German Finance Minister Hans Eichl said so.', 'Hans Eichl')).toMatchObject({ org: 'Germany' });
  });
  it('knows Yugoslavia, Czechoslovakia and East Germany, which today\'s country data leaves out', () => {
    const text = 'Deputy Prime Minister Janek Zemlar said Yugoslavia sought credits. He spoke to the West German weekly Der Spiegel.';
    expect(one(text, 'Janek Zemlar')).toMatchObject({ org: 'Yugoslavia' });
    expect(one('Czechoslovak Prime Minister Lubos Strog met East German leader Erich Honek.', 'Lubos Strog')).toMatchObject({ org: 'Czechoslovakia' });
    expect(one('Czechoslovak Prime Minister Lubos Strog met East German leader Erich Honek.', 'Erich Honek')).toMatchObject({ org: 'East Germany' });
  });
  it('names Germany West Germany in a story dated before unification', () => {
    const text = 'Two top German officials, State Secretaries Otto Schlecker and Hans Tietmayer, said Bonn saw no need to act.';
    const orgs = factsOf('person', text, '1987-03-02').map((f) => f.org);
    expect(orgs).toEqual(['West Germany', 'West Germany']);
    expect(factsOf('person', text, '1991-03-02').map((f) => f.org)).toEqual(['Germany', 'Germany']);
  });
});

describe('Britain', () => {
  it('is named as the text writes it: Britain for "British" and "Britain", UK for "UK"', () => {
    expect(one('British farm minister John McGreg said so.', 'John McGreg')).toMatchObject({ org: 'Britain' });
    expect(one('UK Prime Minister Tony Blare said so.', 'Tony Blare')).toMatchObject({ org: 'UK' });
  });
  it('gives an office only Britain has the name the story uses', () => {
    expect(one('Britain cut rates.\nChancellor of the Exchequer Nigel Lamb said so.', 'Nigel Lamb')).toMatchObject({ org: 'Britain' });
    expect(one('The UK cut rates.\nChancellor of the Exchequer Nigel Lamb said so.', 'Nigel Lamb')).toMatchObject({ org: 'UK' });
  });
});

describe('a one-word company opening the sentence', () => {
  it('owns an abbreviated title right after it', () => {
    expect(one('Rinoa Labs said costs rose. Orvel CEO Dana Whitlow met the minister on Tuesday.', 'Dana Whitlow')).toMatchObject({ roles: ['chief executive officer'], org: 'Orvel' });
  });
  it('owns a lower-case title when the dictionary does not know it', () => {
    expect(one('Zentrix founder Mara Lind stepped down on Friday.', 'Mara Lind')).toMatchObject({ roles: ['founder'], org: 'Zentrix' });
  });
  it('is still no employer before a lower-case title when it is an ordinary word', () => {
    expect(one('Consumer spokesman Peter Baron said prices rose.', 'Peter Baron')?.org ?? null).toBeNull();
  });
  it('is the employer when it does the appointing', () => {
    expect(one('Orvel appointed Susan Marsh as chief financial officer in 2022.', 'Susan Marsh')).toMatchObject({ roles: ['chief financial officer'], org: 'Orvel' });
  });
});

describe('a party named before a title', () => {
  it.each([
    ['Tory leader Mark Hale said taxes would rise.', 'Mark Hale', ['leader'], 'Tory'],
    ['Labour leader Neil Kent called it a bribe.', 'Neil Kent', ['leader'], 'Labour'],
    ['Labour MP Ann Cray said she would vote against.', 'Ann Cray', ['mp'], 'Labour'],
    ['Liberal Democrat leader Colin Kerr added more.', 'Colin Kerr', ['leader'], 'Liberal Democrat'],
    ['Tory shadow chancellor Owen Lett said the sums did not add up.', 'Owen Lett', ['shadow chancellor'], 'Tory'],
    // (past the word "party" in lower case, which the party's name is without)
    ['They met Labour party chairman Ian McCarty for talks.', 'Ian McCarty', ['chairman'], 'Labour'],
    // (a portfolio in capitals between the party and the post is the post's)
    ['Lib Dem Home Affairs spokesman Mark Oakes said it would be prudent.', 'Mark Oakes', ['home affairs spokesman'], 'Lib Dem'],
    // (and so after a seat of government)
    ['White House Budget chief James Millar said no.', 'James Millar', ['budget chief'], 'White House'],
    // (the post capitalized as the field is)
    ['White House Budget Director James Millar said no.', 'James Millar', ['budget director'], 'White House'],
    ['Lib Dem spokesman Ed Dacey said so.', 'Ed Dacey', ['spokesman'], 'Lib Dem'],
    ['The poll was bad news for Labour opposition leader Neil Kent.', 'Neil Kent', ['opposition leader'], 'Labour'],
  ])('%s', (text, name, roles, org) => {
    expect(one(text, name)).toMatchObject({ roles, org });
  });
  it('is not whom a government officer serves', () => {
    const text = 'France votes in May.\nFrance is ready.\nSocialist President Henri Morel is tipped to win.';
    expect(one(text, 'Henri Morel')).toMatchObject({ roles: ['president'], org: 'France' });
  });
  it('is one fact whichever name of the party a later mention uses ("Tory" then "Conservative")', () => {
    const found = people('Tory leader Mark Hale said taxes would rise. Conservative leader Mark Hale added that they would not.').filter((p) => p.name === 'Mark Hale');
    expect(found.map((p) => [p.roles, p.org])).toEqual([[['leader'], 'Tory']]);
  });
  it('leaves a ministry\'s own title alone', () => {
    expect(one('Labour Minister Tom Kerr said jobs grew.', 'Tom Kerr')).toMatchObject({ roles: ['labour minister'] });
  });
});

describe('a capital city before a national office', () => {
  it('stands for its country, as the story names it', () => {
    expect(one('West German sources said Bonn Finance Minister Gerd Stolten was cool on the idea.', 'Gerd Stolten')).toMatchObject({ roles: ['finance minister'], org: 'West Germany' });
    expect(one("Tokyo's finance minister Kei Miyaza agreed.", 'Kei Miyaza')).toMatchObject({ org: 'Japan' });
  });
  it('stays a city for a city\'s office, or a club\'s', () => {
    expect(one('London mayor Ken Livings said no.', 'Ken Livings')).toMatchObject({ roles: ['mayor'], org: 'London' });
    expect(one('Madrid president Florin Peres said the coach stays.', 'Florin Peres')).toMatchObject({ org: 'Madrid' });
  });
});

describe('a company\'s home country', () => {
  it('says nothing of whose government an officer serves', () => {
    const text = 'U.S. officials opposed the sale. The United States may curb takeovers.\nCommerce Secretary Mal Bardo fought the sale to Japan\'s Fujiko Ltd.';
    expect(one(text, 'Mal Bardo')).toMatchObject({ org: 'U.S.' });
    const said = 'Russia sold the unit. President Vladimir Petrov also suggested that China\'s National Oil Corporation could help.';
    expect(one(said, 'Vladimir Petrov')?.org).not.toBe('China');
  });
});

describe('a minister\'s portfolio written in capitals after "of"', () => {
  it('is the title\'s, and the name follows it', () => {
    expect(one("Malaysia's Minister of International Trade and Industry Mustafa Mohd welcomed the plant.", 'Mustafa Mohd')).toMatchObject({
      title: 'Minister of International Trade and Industry', roles: ['minister of international trade and industry'], org: 'Malaysia',
    });
    expect(one("Nigeria's Minister of Communications and Digital Economy, Isa Pantam, welcomed the investment.", 'Isa Pantam')).toMatchObject({
      roles: ['minister of communications and digital economy'], org: 'Nigeria',
    });
  });
  it('keeps two roles joined by "and" apart', () => {
    expect(one('Orbix Corp said president and chief executive Tom Hale resigned.', 'Tom Hale')).toMatchObject({ roles: ['president', 'chief executive officer'] });
    expect(splitRoles('head of research and development')).toEqual(['head of research and development']);
    expect(splitRoles('chairman of Orbix and chief executive')).toEqual(['chairman of orbix', 'chief executive officer']);
  });
});

describe('a military rank abbreviated after a post', () => {
  it('is a role apart, the holder\'s own ("aide Lt. Col.")', () => {
    expect(one('A judge dismissed a suit by fired White House aide Lt. Col. Oliver Northam.', 'Oliver Northam')).toMatchObject({ roles: ['aide', 'lieutenant colonel'], org: 'White House' });
    // (a rank of two abbreviations and the wire's "Atty. Gen." stay one)
    expect(splitRoles('Lt. Col.')).toEqual(['lieutenant colonel']);
    expect(splitRoles('Atty. Gen.')).toEqual(['attorney general']);
  });
});

describe('a post across a copula or after "whose"', () => {
  it('reads "Acme\'s chief executive will be Julia Hart"', () => {
    expect(one("SkyMitra's chief executive will be Julia Hart, who ran sales at Alpenflug.", 'Julia Hart')).toMatchObject({ roles: ['chief executive officer'], org: 'SkyMitra' });
  });
  it('reads a country\'s post across a copula too ("Brazil\'s new planning minister is ...")', () => {
    expect(one("Norway's new planning minister is Anders Tveit Holm, the government said.", 'Anders Tveit Holm')).toMatchObject({ roles: ['planning minister'], org: 'Norway' });
  });
  it('needs the company\'s possessive: "The problem is John Doe" gives no post', () => {
    expect(people('The chief problem is John Doe.')).toEqual([]);
  });
  it('gives a post after "whose" to the company before it', () => {
    const text = "The firm is backed by venture capital group Redwood Partners, whose managing partner, Eli Brandt, sits on its board.";
    expect(one(text, 'Eli Brandt')).toMatchObject({ roles: ['managing partner'], org: 'Redwood Partners' });
  });
});

describe('portfolios, parties and countries before a title', () => {
  it('keeps a lower-case portfolio and gives the party named before it', () => {
    expect(one('Liberal Democrat home affairs spokesman Mark Oates said Labour was right.', 'Mark Oates')).toMatchObject({ roles: ['home affairs spokesman'], org: 'Liberal Democrat' });
    expect(one('Conservative shadow home secretary David Davison said the government had failed.', 'David Davison')).toMatchObject({ org: 'Conservative' });
  });
  it('gives a country\'s leader, attorney and central bank governor that country', () => {
    expect(one('The visiting Polish leader Wojciech Jarek met officials.', 'Wojciech Jarek')).toMatchObject({ roles: ['leader'], org: 'Poland' });
    expect(one('U.S. Attorney Rudolph Gill said he would not comment.', 'Rudolph Gill')).toMatchObject({ org: 'U.S.' });
    expect(one("Italy's central bank governor Carlo Ciamp criticized the plan.", 'Carlo Ciamp')).toMatchObject({ title: 'central bank governor', roles: ['central bank governor'], org: 'Italy' });
  });
  it('takes no time and no country into the portfolio', () => {
    expect(one('He met this month deputy prime minister Janos Milo.', 'Janos Milo')?.title).toBe('deputy prime minister');
    expect(one('French minister Francois Guill said no.', 'Francois Guill')?.title).toBe('minister');
  });
});

describe('a country is named as the story writes it', () => {
  it('by the name written most often, the first of equals', () => {
    const text = 'The United States will cut taxes. U.S. growth slowed. U.S. officials agreed.\nTreasury Secretary Jim Baken said so.';
    expect(one(text, 'Jim Baken')).toMatchObject({ org: 'U.S.' });
    expect(one('US and UK officials met. Prime Minister Tony Blare said so.', 'Tony Blare')).toMatchObject({ org: 'UK' });
  });
  it('by the name news gives it where the story writes only its adjective or a nation within it, else by its own', () => {
    expect(one('American growth slowed. President Ron Reagen said so.', 'Ron Reagen')).toMatchObject({ org: 'U.S.' });
    expect(one('Saudi output rose. Saudi Arabian oil minister Hisham Nazir said so.', 'Hisham Nazir')).toMatchObject({ org: 'Saudi Arabia' });
    expect(one('Wales voted. Wales grew. The UK Prime Minister Tony Blare said so.', 'Tony Blare')).toMatchObject({ org: 'UK' });
  });
  it('by the name written inside a capitalized run, where the story names it nowhere else', () => {
    const text = 'Banks came under pressure when senior U.S. Officials endorsed the plan as consistent with Treasury Secretary Jim Baken\'s strategy.';
    expect(one(text, 'Jim Baken')).toMatchObject({ org: 'U.S.' });
  });
  it('counting the name inside runs of capitals, not inside another name', () => {
    const runs = 'U.S. Officials met. The U.S. Position is firm. The U.S. Trade gap grew. The United States, Japan and France agreed.\nTreasury Secretary Jim Baken said so.';
    expect(one(runs, 'Jim Baken')).toMatchObject({ org: 'U.S.' });
    const korea = 'South Korea will cut tariffs. South Korea expects growth. Korea Exchange Bank and Korea First Bank agreed.\nDeputy Prime Minister Kim Soo-bin said so.';
    expect(one(korea, 'Kim Soo-bin')).toMatchObject({ org: 'South Korea' });
    const bank = 'Bank of America and Bank of America Corp shares rose. The United States will cut taxes.\nPresident Ron Reagen said so.';
    expect(one(bank, 'Ron Reagen')).toMatchObject({ org: 'United States' });
  });
  it('by the name written at the title, where the story writes two', () => {
    expect(one("Britain's Europe Director Dominick Chilt will represent the UK at the UK's talks.", 'Dominick Chilt')).toMatchObject({ org: 'Britain' });
  });
  it('as "United States" where the post is written with it, else by the initials the story writes too', () => {
    expect(one('United States Treasury Secretary James Bakerson met U.S. officials.', 'James Bakerson')).toMatchObject({ org: 'United States' });
    expect(one('The United States signed. Treasury Secretary James Bakerson met U.S. officials.', 'James Bakerson')).toMatchObject({ org: 'U.S.' });
  });
});

describe('the headline\'s country', () => {
  const withTitle = (title: string, text: string, name: string) =>
    (extractDocument({ id: 'h', title, text, date: '1987-03-02' }, { kinds: ['person'] }) as Array<{ name: string; roles: string[]; org: string | null }>).find((p) => p.name === name);
  it('is a minister\'s where the text names none', () => {
    const f = withTitle('KENYA CUTS SPENDING', 'Finance Minister Joseph Kamau said spending would fall.', 'Joseph Kamau');
    expect(f).toMatchObject({ roles: ['finance minister'], org: 'Kenya' });
  });
  it('is read past a possessive written in capitals ("CANADA\'S WILSON ...")', () => {
    const f = withTitle("CANADA'S WILLIS HAS NO COMMENT ON DOME", 'Finance Minister Michael Willis said it was too early to comment.', 'Michael Willis');
    expect(f).toMatchObject({ org: 'Canada' });
  });
  it('is read from the wire\'s short forms ("N.Z. PLANS ...")', () => {
    const f = withTitle('N.Z. PLANS EIGHT BOND TENDERS', 'Finance Minister Roger Dougan said eight bond tenders would be held.', 'Roger Dougan');
    expect(f).toMatchObject({ org: 'New Zealand' });
  });
  it('breaks a tie between the countries the text names as often', () => {
    const f = withTitle('JAPAN PLANS STIMULUS PACKAGE', 'France and Japan met. France spoke, Japan listened. Prime Minister Yasuo Nakamoto said growth would pick up.', 'Yasuo Nakamoto');
    expect(f).toMatchObject({ org: 'Japan' });
  });
  it('but not a president who may be a company\'s', () => {
    const f = withTitle('U.S. OIL HAS NEW MANAGEMENT', 'Paolo Ricci was named president and chief of the oil producer.', 'Paolo Ricci');
    expect(f?.org ?? null).not.toBe('U.S.');
  });
});

describe("a government's own bodies, where the story names no country", () => {
  it('give their government the officers ("the Senate", "the FBI", "the Defense Department")', () => {
    const dole = people('Transportation Secretary Eliza Marr said the Senate would sustain President Reagan\'s veto.');
    expect(dole.map((p) => [p.name, p.org])).toEqual([['Eliza Marr', 'U.S.'], ['Reagan', 'U.S.']]);
    expect(one('A senior Defense Department official said Assistant Defense Secretary Rick Pearle spoke.', 'Rick Pearle')?.org).toBe('U.S.');
  });
  it('but not over a country the story or its headline names ("told the Senate" in an Italian story)', () => {
    const f = extractDocument({ id: 's', title: 'ITALIAN GOVERNMENT TO RESIGN', text: 'Carlo Bensi told the Senate (upper house) he would hand the resignation to President Franco Cosso.', date: '1987-03-02' }, { kinds: ['person'] }).find((p) => p.kind === 'person' && p.name === 'Franco Cosso');
    expect(f).toMatchObject({ org: 'Italy' });
    expect(one('Prime Minister Kenji Sato told the Senate that Japan would cut tariffs.', 'Kenji Sato')?.org).toBe('Japan');
  });
});

describe('the money a story counts in, where nothing else names a country', () => {
  it("gives a national post that currency's country", () => {
    expect(one('Finance Minister Gerd Stollberg said the government is seeking 19 billion marks to finance the reform.', 'Gerd Stollberg')?.org).toMatch(/Germany$/);
    expect(one('Prime Minister Jacques Chirot said the deficit will fall by about 15 billion francs.', 'Jacques Chirot')?.org).toBe('France');
  });
  it('but not from a rate or a threshold, nor for a president, whom a company has too', () => {
    expect(one('Finance Minister Neil Lawton said the pound rose to 2.95 marks.', 'Neil Lawton')?.org ?? null).toBeNull();
    expect(one('Finance Minister Neil Lawton said joblessness would fall below the three million mark.', 'Neil Lawton')?.org ?? null).toBeNull();
    expect(one('President Robert Stauber said profit fell to 64.5 mln Swiss francs.', 'Robert Stauber')?.org ?? null).not.toBe('Switzerland');
  });
});

describe("an office the story gives another person by its country", () => {
  it('is not the office of a president the story gives no country', () => {
    const text = 'Kenya and the U.S. signed a pact. Kenya will get aid. Kenya is pleased.\nThe pact was reached between President Ron Reagen and Kenya\'s President Daniel Moy when they met.';
    expect(one(text, 'Ron Reagen')).toMatchObject({ org: 'U.S.' });
    expect(one(text, 'Daniel Moy')).toMatchObject({ org: 'Kenya' });
  });
});

describe('a country one sentence gives an officer', () => {
  it('holds where another sentence restates the post and the story names other countries more', () => {
    const text = "A US firm paid bribes in Benin. US officials said US law was broken.\nThe money went to the campaign of President Mathieu Kerek.\nAn agent in Benin claimed ties with President Kerek, US prosecutors said.";
    expect(people(text).filter((p) => p.name === 'Mathieu Kerek').map((p) => p.org)).toEqual(['Benin']);
  });
});

describe('a country dealt with is not the officer\'s own', () => {
  it('is not the country after "with" or "against"', () => {
    const text = 'The U.K. government hopes for a breakthrough on the deadlock with Japan during a visit by Corporate Affairs Minister Michael Hewitt.';
    expect(one(text, 'Michael Hewitt')).toMatchObject({ org: 'U.K.' });
  });
  it('is not the country the officer accuses or warns', () => {
    const text = 'The United States sent ships to the Gulf. President Ron Reagen accused Iran of attacking a tanker and warned Iran again.';
    expect(one(text, 'Ron Reagen')?.org).toBe('United States');
  });
});

describe('a country visited is not the officer\'s own', () => {
  it('is not a city the officer leaves for', () => {
    const text = "Argentina's debt talks go on. Argentina wants growth. Carlos Mach leaves for New York tomorrow with President Raul Alfon to see the banks.";
    expect(one(text, 'Raul Alfon')).toMatchObject({ org: 'Argentina' });
  });
  it('gives a finance minister travelling to Japan his own country', () => {
    const text = "Finance Minister Manuel Azpur said today he will travel to Japan to seek credits for Venezuela's state industries.\nHe will meet banks with business in Venezuela.";
    expect(one(text, 'Manuel Azpur')).toMatchObject({ org: 'Venezuela' });
  });
  it('gives the host, not the visiting leader\'s country, to the prime minister', () => {
    const text = 'Japan will lend more. Prime Minister Yasuhiro Nakaso explained the conditions to the visiting Polish leader Wojciech Jarek.';
    expect(one(text, 'Yasuhiro Nakaso')).toMatchObject({ org: 'Japan' });
  });
  it('does not count a visiting officer\'s country as the story\'s government', () => {
    const text = 'Miners will resume talks. Labour minister Alfredo Fran left to attend a session of Congress attended by visiting West German President Rolf Weiz.';
    const facts = extractDocument({ id: 'v', date: '1987-03-23', title: 'BOLIVIAN MINERS CONTINUE STRIKE TALKS', text }, { kinds: ['person'] });
    expect(facts.map((f) => (f.kind === 'person' ? [f.name, f.org] : []))).toEqual([['Alfredo Fran', 'Bolivia'], ['Rolf Weiz', 'West Germany']]);
  });
});

describe('a common word capitalized for opening the sentence', () => {
  it('stays in the title or its organization: "Central bank governor", "Schools Minister"', () => {
    const text = 'Indonesia cut rates. Indonesia will grow. Central bank governor Arifin Sire said Indonesia faced limited choices.';
    expect(one(text, 'Arifin Sire')).toMatchObject({ title: 'Central bank governor', org: 'Indonesia' });
    expect(one('Schools Minister Stephen Twiggs said so.', 'Stephen Twiggs')?.roles).toEqual(['schools minister']);
  });
});

describe('a seat of government named for its country', () => {
  it('makes the story about that country\'s officers', () => {
    const text = 'The arms affair with Iran hurt the White House.\nPresident Reagan faces a hostile Congress, analysts said.';
    expect(people(text)).toContainEqual({ name: 'Reagan', title: 'President', roles: ['president'], org: 'U.S.' });
  });
});

describe('a country named for what happened there', () => {
  it('is not the government a minister serves', () => {
    expect(one('Britain will hold an inquiry. Tony Blare has rejected calls to publish advice on the legality of the Iraq war, Prime Minister Tony Blare said.', 'Tony Blare')?.org).toBe('Britain');
  });
  it('nor is a country named before a controversy', () => {
    expect(one('Labour takes Britain forward. The MP said Prime Minister Tony Blare had been trying. But Mr Blare was hurt by the Iraq controversy.', 'Tony Blare')?.org).toBe('Britain');
  });
  it('nor is a country named after the event\'s word, or before the words of an affair', () => {
    const text = 'The wars in Iraq and Afghanistan cost more than the surplus inherited by President Georg Bosh. The US budget grew.';
    expect(one(text, 'Georg Bosh')?.org).toBe('US');
    const affair = 'Committees investigating the Iran arms scandal want tapes of President Ron Reagen. The White House declined.';
    expect(one(affair, 'Ron Reagen')?.org).toBe('U.S.');
  });
});

describe('a post of a body the text does not name', () => {
  it('is no country\'s ("president of the co-op")', () => {
    const found = people('Growmark no longer trades through the cooperative, said Tom Mulligan, president of the co-op.').find((p) => p.name === 'Tom Mulligan');
    expect(found?.roles).toEqual(['president']);
    expect(found?.org).not.toBe('United States');
  });
});

describe('a country named by its adjective opening a sentence', () => {
  it('is the country of the post after it', () => {
    expect(one('Soviet deputy prime minister Alexei Antonin begins talks in Bonn.', 'Alexei Antonin')?.org).toBe('Soviet Union');
    expect(one('French finance minister Edmond Balard said so.', 'Edmond Balard')?.org).toBe('France');
  });
});

describe("a post the title gives a body", () => {
  it('is no country\'s, even where the story names one ("group president")', () => {
    const text = 'French oil group Totale Cie Francaise des Petrols expects a loss.\nIn January group president Franck Ortolan told journalists the slump hurt.';
    expect(one(text, 'Franck Ortolan')?.org).not.toBe('France');
  });
});

describe("a country's post set off by commas before the name", () => {
  it('keeps the country as the employer', () => {
    expect(one('Last week, Argentine Economy Minister, Roberto Lavagnino, told the media.', 'Roberto Lavagnino')).toMatchObject({ title: 'Economy Minister', org: 'Argentina' });
  });
  it('but a post in capitals with no country reads no owner out of its own words', () => {
    expect(one('He met the Humanitarian Aid Commissioner, Louis Michot, on Monday.', 'Louis Michot')?.org ?? null).not.toBe('Humanitarian Aid');
  });
});

describe('a place of two words opening the sentence', () => {
  it('is the place, not its second word', () => {
    expect(one('New Zealand trade minister Mike Moorcroft told his colleagues.', 'Mike Moorcroft')).toMatchObject({ title: 'trade minister', org: 'New Zealand' });
    expect(one('New York Attorney General Elliot Spitzner sued.', 'Elliot Spitzner')).toMatchObject({ org: 'New York' });
  });
});

describe('a country and a body known by its initials before a post', () => {
  it('gives the country for its minister of the body\'s affairs and its delegates', () => {
    expect(one('French EC affairs minister Bernard Bossard told journalists.', 'Bernard Bossard')).toMatchObject({ title: 'EC affairs minister', org: 'France' });
    expect(one('Guatemalan ICO delegate Rene Montejo said so.', 'Rene Montejo')).toMatchObject({ title: 'ICO delegate', org: 'Guatemala' });
  });
  it('keeps the initials before a post in the plural as the employer', () => {
    expect(people('The talks come as EC Commissioners Willy de Clercken and Frans Andriesma visit Washington.').map((p) => p.org)).toEqual(['EC', 'EC']);
  });
});

describe('commercial counselors and attaches', () => {
  it('serve the country named with them', () => {
    expect(one('Albert Melnikoff, commercial counselor for the Soviet Union, said so.', 'Albert Melnikoff')?.org).toBe('Soviet Union');
  });
});

describe('a post held before, with its place between "former" and the title', () => {
  it('is a former post', () => {
    expect(one('The debate was led by former Iowa Congressman Berkley Bedwell and others.', 'Berkley Bedwell')?.roles).toEqual(['former congressman']);
    expect(one('Former Japanese Prime Minister Yasu Nakasen spoke.', 'Yasu Nakasen')).toMatchObject({ roles: ['former prime minister'], org: 'Japan' });
  });
});

describe('a national security adviser', () => {
  it('serves the country the story is about', () => {
    expect(one('U.S. oil imports are growing. He said National Security Adviser Frank Carlson will wait for the report.', 'Frank Carlson')?.org).toBe('U.S.');
  });
});

describe('a government body named with its country', () => {
  it('speaks for that country, as written', () => {
    expect(one('The U.S. Senate called for President Ron Reagen to force Japan to open its markets.', 'Ron Reagen')?.org).toBe('U.S.');
    expect(one('France and Spain talked. The West German Finance Ministry said. Finance Minister Gerd Stolte agreed.', 'Gerd Stolte')?.org).toBe('West Germany');
  });
  it('does not where the body is an embassy, which stands abroad', () => {
    expect(one('Indonesia grows. Indonesia exports oil. A U.S. Embassy report says President Suhar is divided.', 'Suhar')?.org).toBe('Indonesia');
  });
});

describe('a country the story names only in its headline', () => {
  const orgOf = (title: string, text: string) => extractDocument({ id: 'h', date: '1987-03-20', title, text }, { kinds: ['person'] }).map((f) => (f.kind === 'person' ? f.org : null));
  it('is named as the headline writes it, initials as written and words in any case', () => {
    expect(orgOf('U.S. SPEAKER SEES EASY VETO OVERRIDE', 'Congress will override President Ron Reagen, lawmakers said.')).toEqual(['U.S.']);
    // (the longest name the headline writes, not one inside it)
    expect(orgOf('SOUTH KOREA THREATENS EMERGENCY MEASURES', 'Demonstrators in Seoul demanded the resignation of President Chun Doo-ho.')).toEqual(['South Korea']);
    expect(orgOf('BRITAIN CUTS RATES', 'Chancellor of the Exchequer Nigel Lawsen said so.')).toEqual(['Britain']);
  });
  it('is not the word "us" in a headline', () => {
    expect(orgOf('Help us, says the President', 'Congress will override President Ron Reagen, lawmakers said.')).toEqual(['U.S.']);
  });
});

describe('"former" inside a role', () => {
  it('goes first, as in every other role', () => {
    expect(splitRoles('outside former director')).toEqual(['former outside director']);
    expect(splitRoles('chairman and former president')).toEqual(['chairman', 'former president']);
  });
});

describe('a central bank named by its kind', () => {
  it('before the title, is part of a post of the country that owns it, or of the story\'s country', () => {
    expect(one('But, Brazilian central bank governor Franco Gross said the banks were willing.', 'Franco Gross')).toMatchObject({ title: 'central bank governor', roles: ['central bank governor'], org: 'Brazil' });
    expect(one('Chile cut rates. Central bank president Dieter Hiss said so.', 'Dieter Hiss')).toMatchObject({ roles: ['central bank president'], org: 'Chile' });
    expect(one('Peru cut rates. Central bank general manager Hector Ney said so.', 'Hector Ney')).toMatchObject({ title: 'general manager', org: 'Central bank' });
  });
  it('capitalized, is the bank\'s name', () => {
    expect(one('Philippine Central Bank Governor Jose Fernan said so.', 'Jose Fernan')).toMatchObject({ title: 'Governor', org: 'Philippine Central Bank' });
    expect(one('Rates rose. Central Bank Governor Abdul Ahmed said so.', 'Abdul Ahmed')).toMatchObject({ title: 'Governor', org: 'Central Bank' });
  });
  it('after the title, is the organization, with the country that owns it as written', () => {
    expect(one("Eduardo Lizan, President of Costa Rica's central bank, resigned.", 'Eduardo Lizan')).toMatchObject({ roles: ['president'], org: "Costa Rica's central bank" });
  });
  it('before the title, is a monarchy\'s too, and the headline\'s country\'s in a story of talks abroad', () => {
    expect(one('Dutch growth slowed, hurt by West Germany. Many Dutch banks reacted. Central bank president Wim Duisen defended the move.', 'Wim Duisen')).toMatchObject({ org: 'Netherlands' });
    const text = 'Brazil wants new terms. "It is fair," central bank president Franco Gross said in London. British banks and British officials agreed with the British plan.';
    const found = extractDocument({ id: 'b', title: 'BRAZIL SEEKS NEW TERMS', text, date: '1987-03-02' }, { kinds: ['person'] }) as Array<{ name: string; org: string | null }>;
    expect(found.find((p) => p.name === 'Franco Gross')?.org).toBe('Brazil');
  });
  it('in lower case before a capitalized post below its head, is the organization, or the bank named before it', () => {
    expect(one('Lebanese central bank Vice Governor Meg Boulian called for a fund.', 'Meg Boulian')).toMatchObject({ roles: ['vice governor'], org: 'Lebanese central bank' });
    expect(one('Bundesbank central bank council member Lothar Mull said so.', 'Lothar Mull')).toMatchObject({ roles: ['council member'], org: 'Bundesbank' });
  });
});

describe('the countries a story gives its officers in so many words', () => {
  it('count for an officer whose sentence names none, under the names the story writes them by', () => {
    const text = 'Israeli Foreign Minister Shimon Perez met Arab leaders in Rome. U.S. Secretary of State George Schultz agreed to talks, and U.S. officials and U.S. banks welcomed it. President Ron Reagen ordered a review.';
    expect(one(text, 'Ron Reagen')?.org).toBe('U.S.');
  });
});

describe('a country named as a buyer or in a hyphened affair', () => {
  it('says nothing of whose officer the president is', () => {
    const text = 'The U.S. acted. President Ron Reagen spoke to the nation on the Iran-contra scandal, defending the original arms sales to Iran.';
    expect(one(text, 'Ron Reagen')?.org).toBe('U.S.');
  });
});

describe('countries the sentence names that are not the officer\'s', () => {
  it('a country visited or dealt with, past its article', () => {
    const visit = 'Peru will get a loan. Peru expects growth. The loan was agreed during a visit to the United States by President Alma Quispe.';
    expect(one(visit, 'Alma Quispe')).toMatchObject({ org: 'Peru' });
    const dealt = 'Yugoslavia seeks credit. Yugoslavia will pay. The talks with the West German government were hard, Prime Minister Branko Mikolic said.';
    expect(one(dealt, 'Branko Mikolic')).toMatchObject({ org: 'Yugoslavia' });
  });
  it('the country of another officer\'s title, unless the post is "his"', () => {
    const other = 'The U.S. will meet soon. The U.S. agreed. The U.S. will pay. The U.S. gains. Yesterday French Prime Minister Jacques Chirot, in a visit with President Ron Reagen, spoke.';
    expect(one(other, 'Ron Reagen')).toMatchObject({ org: 'U.S.' });
    const his = 'Germany and France met. Germany agreed. Present were French President Francois Mitter, his Prime Minister Jacques Chirot, and Helmut Kool of Germany.';
    expect(one(his, 'Jacques Chirot')).toMatchObject({ org: 'France' });
  });
});

describe('a country the text writes only as initials opening runs of capitals', () => {
  it('is the officer\'s where the text names no country with the office', () => {
    const text = 'Japanese goods will be excluded from the U.S. Market from today.\nPresident Ron Reagen will announce the tariffs.';
    expect(one(text, 'Ron Reagen')).toMatchObject({ org: 'U.S.' });
    // (the text's one country is named as where goods are sold, which says nothing of whose officer he is)
    const sold = `${text} Japanese makers stepped up their exports to the United States.`;
    expect(one(sold, 'Ron Reagen')).toMatchObject({ org: 'U.S.' });
  });
  it('is not a bank president\'s', () => {
    const text = 'The Asian Development Bank will lend more. U.S. Officials agreed.\nBank president Masao Fujiyama said so.';
    expect(one(text, 'Masao Fujiyama')?.org).not.toBe('U.S.');
  });
});

describe('a governor with no organization stated', () => {
  it('is the governor of the one central bank the story names', () => {
    const text = 'The Bank of Canada cut its rate. The report, by retired governor Gerald Boyle, was released. Deputy governor John Crowe spoke.';
    expect(one(text, 'Gerald Boyle')).toMatchObject({ roles: ['retired governor'], org: 'Bank of Canada' });
    expect(one(text, 'John Crowe')).toMatchObject({ org: 'Bank of Canada' });
  });
  it('is no bank\'s where the story names none, or two', () => {
    // (a state's, where the story names a state)
    expect(one('Oklahoma will cut taxes, Governor Henry Belmont said.', 'Henry Belmont')?.org).toBe('Oklahoma');
    const two = 'The Bank of Japan and the Bundesbank cut rates. Governor Sato Ito said so.';
    expect(one(two, 'Sato Ito')?.org ?? null).toBeNull();
  });
});

describe('a Treasurer by his style', () => {
  it('is the government\'s the story names, where a company\'s treasurer is in lower case', () => {
    expect(one('Australia will cut spending, Treasurer Paul Keller said. The Australian dollar rose.', 'Paul Keller')?.org).toBe('Australia');
    expect(one('Australia will cut spending. Fabrikam Corp said its treasurer Paul Keller retired.', 'Paul Keller')?.org).toBe('Fabrikam Corp');
  });
});

describe('a bare president after the name', () => {
  it('is the story\'s organization\'s, not a country\'s', () => {
    const text = 'The directors of the American Grain Bureau voted to keep the farm bill. "We are opposed to changes," said Dale Kloss, president. Congress will debate the bill.';
    expect(one(text, 'Dale Kloss')?.org).toBe('American Grain Bureau');
  });
  it('leaves a head of state named with the title before the name to the country', () => {
    expect(one('France will act. President Francois Mitter said so, and the U.S. agreed.', 'Francois Mitter')?.org).toBe('France');
  });
});

describe('a Vice President by his style', () => {
  it('is the country\'s, where the story names a head of state', () => {
    const text = 'The U.S. will act, President Ron Reagen said. Vice President Greg Bushell met officials in Tokyo.';
    expect(one(text, 'Greg Bushell')?.org).toBe('U.S.');
  });
  it('is a company\'s where the story names none', () => {
    const text = 'Fabrikam Bank raised its rates. Vice-President Sam Katz said loans would grow.';
    expect(one(text, 'Sam Katz')?.org).toBe('Fabrikam Bank');
  });
});

describe('a president who is also a chief executive', () => {
  it('is a firm\'s officer, never a country\'s', () => {
    const text = 'Vistral Technology Inc of Boston, Massachusetts, said its U.S. sales rose. Clifford Zimmerly remains president and chief executive officer.';
    expect(one(text, 'Clifford Zimmerly')?.org).toBe('Vistral Technology Inc');
    expect(one('The U.S. economy grew. President Reagan said so.', 'Reagan')?.org).toBe('U.S.');
  });
  it('is the company\'s where other posts in lower case come with it ("chairman and president Jack Reichert said")', () => {
    const text =
      'Brunsvik Corp expects 1987 first quarter sales to be up "dramatically" and profits to "do well," chairman and president Jack Reichley said after a meeting. Brunsvik is test marketing in California a health club, he said.';
    expect(one(text, 'Jack Reichley')?.org).toBe('Brunsvik Corp');
  });
});

describe('a President listed after another officer of a company', () => {
  it('is the company\'s, not the country the story names', () => {
    const text = 'Kelpie Foods Inc was formed by its managers, including Chairman Dana Pike and President Lou Marr. The U.S. market is large.';
    expect(one(text, 'Lou Marr')).toMatchObject({ roles: ['president'], org: 'Kelpie Foods Inc' });
  });
  it('is the country\'s after a government officer', () => {
    const text = 'Prime Minister Tom Lee and President Jim Hall met in Manila. The Philippines wants aid.';
    expect(one(text, 'Jim Hall')?.org).toBe('Philippines');
  });
});

describe('a legislature the story names most', () => {
  it('employs no officer the story gives no organization', () => {
    const text = 'Congress will vote on the bill. Congress wants cuts, and Congress may act soon. Spokesman Tom Reed of the farm group said prices would fall. Spokesman Ray Dunn said no.';
    expect(one(text, 'Ray Dunn')?.org).not.toBe('Congress');
  });
});

describe('a seat of government the story names', () => {
  it('counts for its country over a country the story names as often ("President Reagan" in a story on Iran)', () => {
    const text = 'Iran said the talks were over. Iran denied the report. The White House declined comment. President Reagan met aides at the White House, and Iran disagreed.';
    expect(one(text, 'Reagan')).toMatchObject({ roles: ['president'], org: 'U.S.' });
  });
});

describe('a President in the wire\'s story of a listed company', () => {
  const story = (title: string, text: string) => extractDocument({ id: 't', title, text, date: '1987-03-02' }, { kinds: ['person'] }) as FactOf<'person'>[];
  it('is the company\'s where the name is written in full', () => {
    const text = 'Tarlow Foods Co expects strong fourth quarter earnings, helped by lower milk prices in Brazil and Chile. President Howard Tarlow said the company will gain from its new plants.';
    expect(story('TARLOW FOODS <TF> SEES STRONG 4TH QTR', text).find((f) => f.name === 'Howard Tarlow')?.org).toBe('Tarlow Foods Co');
  });
  it('leaves a head of state, named by surname, the country', () => {
    const text = 'Tarlow Foods Co wants tariffs on Brazil lifted. The United States imposed them in 1983, and President Reagan said they would stay.';
    expect(story('TARLOW FOODS <TF> WANTS TARIFFS LIFTED', text).find((f) => f.name === 'Reagan')?.org).toBe('United States');
  });
});

describe('a seat of government a possessive gives another owner', () => {
  it('says nothing of the United States', () => {
    const text = "A reform of Brazil's bankruptcy laws has been approved by the country's Congress. The bill was approved by the leadership of President Luiz Inacio da Sola.";
    expect(one(text, 'Luiz Inacio da Sola')).toMatchObject({ roles: ['president'], org: 'Brazil' });
  });
});

describe('a state as named on the story\'s date', () => {
  it('is the Soviet Union before 1992, where the story gives Russia by the adjective "Soviet"', () => {
    const text = 'A senior Soviet official said a visit to Moscow by the U.S. envoy was under consideration. Deputy Foreign Minister Alexei Bessmer told a news conference so. Earlier, officials said the envoy would go to Moscow after the Kremlin leader spoke of Soviet missiles.';
    const orgOf = (story: string, date: string) => factsOf('person', story, date).find((f) => f.name === 'Alexei Bessmer')?.org;
    expect(orgOf(text, '1987-03-02')).toBe('Soviet Union');
    expect(orgOf(text.replace('Soviet', 'Russian'), '2005-03-02')).toBe('Russia');
  });
});

describe("a currency's nation", () => {
  it("is not whose officers a company's story names", () => {
    const text = 'Alpenflug AG reported a drop in net profit to 64.5 mln Swiss francs.\nPresident Rolf Amsler told a news conference that profit would recover.\nThe strength of the Swiss franc hurt.';
    expect(one(text, 'Rolf Amsler')?.org).not.toBe('Switzerland');
  });
  it('still names the country where the story names its government', () => {
    const text = 'The Swiss government will cut taxes, Switzerland said.\nPresident Rolf Amsler said costs rose to 10 mln Swiss francs.';
    expect(one(text, 'Rolf Amsler')?.org).toBe('Switzerland');
  });
});

describe('a post in lower case wrapped at the line', () => {
  it('is read as the one written on one line: a company president, no country\'s', () => {
    const text = [
      'The shareholders of Acme Futures Co voted',
      'to dissolve the 26-year-old firm, the trading',
      'arm of 85 U.S. farm cooperatives, its president',
      'said.',
      '    Thomas E. Mulligan said 87 pct of the members voting',
      'favored dissolution of the U.S. firm.',
    ].join('\n');
    const facts = extractDocument({ id: 't', text, date: '1987-03-25' }, { kinds: ['person'] }) as FactOf<'person'>[];
    expect(facts.map((f) => [f.name, f.roles, f.org])).toEqual([['Thomas E. Mulligan', ['president'], 'Acme Futures Co']]);
  });
});

describe("a country's initials opening a body's name", () => {
  it('name the country of a head of state the story names no other country for', () => {
    expect(one("The U.S. Supreme Court upheld the programmes yesterday, handing President Reagan's civil rights policy a defeat.", 'Reagan')).toMatchObject({ roles: ['president'], org: 'U.S.' });
  });
});

describe("a post that serves a head of government or a minister, named by the principal's possessive", () => {
  it("is the principal's country, over the story's other countries", () => {
    expect(one("Remarks by prime minister Jacques Chirac's spokesman Denis Baudouin moved French bonds.", 'Denis Baudouin')).toMatchObject({ roles: ['spokesman'], org: 'France' });
    const story = "Japan rejected the U.S. plan. President Reagan's National Security Adviser, Frank Carlucci, said Japan must act. Japan's exports rose.";
    expect(one(story, 'Frank Carlucci')).toMatchObject({ roles: ['national security adviser'], org: 'U.S.' });
  });
  it("is not a legislator's country, nor a chief of staff's", () => {
    expect(one("Senator Patrick Leahy's spokeswoman Tracy Schmaler said the U.S. Senate would act.", 'Tracy Schmaler')?.org).not.toBe('U.S.');
    expect(one("President Reagan's chief of staff, Donald Regan, told the White House staff.", 'Donald Regan')?.org).not.toBe('U.S.');
  });
});

describe('a government post after "its"', () => {
  it('is the country the clause names first, not the last organization', () => {
    const text = 'The Open Society Institute studied the region. Since 1991, Kazakhstan has been dominated by its president Nursultan Nazarbek.';
    expect(one(text, 'Nursultan Nazarbek')).toMatchObject({ roles: ['president'], org: 'Kazakhstan' });
  });
  it('is still the company a company post\'s "its" stands for', () => {
    expect(one('Acme Corp, based in Britain, said its president John Smyth would retire.', 'John Smyth')?.org).toBe('Acme Corp');
  });
});

describe('a story that goes from country to country', () => {
  it('gives an officer whose sentence names none the country the paragraph opened on with "In"', () => {
    const text = 'Thailand expects growth to slow. Thailand will spend more. In the Maldives the cost could wipe out growth. "Our nation is in peril," said Ahmed Shah, the chief government spokesman.';
    expect(one(text, 'Ahmed Shah')?.org).toBe('Maldives');
  });
  it('but not where the officer\'s own sentence names a country, or no paragraph opens on one', () => {
    const text = 'Thailand expects growth to slow. Thailand will spend more. In the Maldives the cost is high. Thailand will help, said Ahmed Shah, the chief government spokesman.';
    expect(one(text, 'Ahmed Shah')?.org).toBe('Thailand');
    expect(one('Thailand expects growth to slow. The Maldives cost is high. "We are in peril," said Ahmed Shah, the chief government spokesman.', 'Ahmed Shah')?.org).toBe('Thailand');
  });
});

describe('Britain, where a story writes its initials too', () => {
  it('is named by its name for an officer whose title names no country', () => {
    const text = 'U.K. RATES FALL\nU.K. money market rates fell. U.K. banks cut rates, and Britain may follow. Chancellor of the Exchequer Nigel Lawton said so.';
    expect(one(text, 'Nigel Lawton')?.org).toBe('Britain');
  });
  it('but keeps the initials written with the title, or where the story never writes "Britain"', () => {
    expect(one('U.K. banks cut rates, and Britain may follow. U.K. Chancellor of the Exchequer Nigel Lawton said so.', 'Nigel Lawton')?.org).toBe('U.K.');
    expect(one('U.K. money market rates fell. U.K. banks cut rates. Chancellor of the Exchequer Nigel Lawton said so.', 'Nigel Lawton')?.org).toBe('U.K.');
  });
});

describe("a body's word in lower case before a president", () => {
  it('makes the president the body\'s, not a country\'s the story names', () => {
    const text = 'The Midvale Stock Exchange plans to serve Far Eastern markets from Hong Kong, exchange president Nils Gorrand said.';
    expect(one(text, 'Nils Gorrand')).toMatchObject({ roles: ['president'], org: 'Midvale Stock Exchange' });
  });
  it('leaves a head of state after a word that ends the phrase before ("told a press conference Prime Minister ...")', () => {
    expect(one('Japan is wary. Miyazawa told a press conference Prime Minister Yasuhiro Nakasone would not go.', 'Yasuhiro Nakasone')).toMatchObject({ org: 'Japan' });
  });
});

describe("a campaign as its word after the name", () => {
  it('is part of the organization a spokesman speaks for', () => {
    expect(one('"It is fine," said Ed Stoll, a spokesman for the Bush-Quayle campaign.', 'Ed Stoll')).toMatchObject({ org: 'Bush-Quayle campaign' });
  });
});
