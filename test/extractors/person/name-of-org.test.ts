import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/name-of-org: a name tied to an employer by "of" alone', () => {
  it('is a fact with the organization and no title', () => {
    expect(one('"Demand is weak," said Yukio Hamada of the Tokai Economic Research Institute.', 'Yukio Hamada')).toEqual({ name: 'Yukio Hamada', title: null, roles: [], org: 'Tokai Economic Research Institute' });
    expect(one('John Smith of Acme Corp said the plant would close.', 'John Smith')).toMatchObject({ title: null, org: 'Acme Corp' });
  });
  it('reads past an adverb before the verb of saying', () => {
    expect(one('Carol Levey of E.F. Hutten also believes something is going on.', 'Carol Levey')).toMatchObject({ title: null, org: 'E.F. Hutten' });
  });
  it('reads past a unit named after the organization\'s possessive', () => {
    expect(one('"Growth will slow," said Pieter van Aal of Nordbank\'s economic research department.', 'Pieter van Aal')).toMatchObject({ title: null, org: 'Nordbank' });
    expect(one('Rita Kell of Veltor Corp\'s robotics division said the plant would close.', 'Rita Kell')).toMatchObject({ title: null, org: 'Veltor Corp' });
    expect(people('Rita Kell of Veltor Corp\'s new products were shown on Monday.')).toEqual([]);
  });
  it('reads past the town the employer is in', () => {
    expect(one('"It is a breakout," said Lena Kopp of Tecnova Data Corp of Boston.', 'Lena Kopp')).toMatchObject({ title: null, org: 'Tecnova Data Corp' });
  });
  it('reads past experts or a tracker the employer is called, whatever the tagger made of the word before', () => {
    expect(one('"It will take a day," said Daan Vreede of Dutch salvage experts Smit Holm International.', 'Daan Vreede')).toMatchObject({ title: null, org: 'Smit Holm International' });
    expect(one('"People like it," said Paul Dergaran of box office tracker Exhibit Counts.', 'Paul Dergaran')).toMatchObject({ title: null, org: 'Exhibit Counts' });
  });
  it('reads words that describe the employer after "the"', () => {
    expect(one('Sam Kadet of the corporate law firm Skadden, Arps said Popeyes could give notice.', 'Sam Kadet')).toMatchObject({ org: 'Skadden' });
  });
  it('reads the aside set off by commas when it names an organization', () => {
    expect(one('Ms Ward, of the Refugee Council, said the plan was cruel.', 'Ward')).toMatchObject({ title: null, org: 'Refugee Council' });
  });
  it('gives way to the title the text states for the same person', () => {
    expect(people('"It is cheap," said Tom Reyes of Kestrel Securities. Reyes, an analyst, expects more.')).toEqual([{ name: 'Tom Reyes', title: 'analyst', roles: ['analyst'], org: 'Kestrel Securities' }]);
  });
  it('is no fact for a peer, a place of residence or a word that describes the employer', () => {
    expect(people('Lord Irvine of Lairg spoke. Mary Queen of Scots was shown on Monday.')).toEqual([]);
    expect(people('The suit was filed by Jeffrey Neuman, of Santa Monica, on Monday.')).toEqual([]);
    expect(people('The stake is held by Robert Basso of Fort Wirth, Texas, and his family.')).toEqual([]);
    expect(people('Buses were built by Thomas Built Coaches of High Pointe, N.C., since 1977.')).toEqual([]);
  });
  it('reads past a legal form or initials that look like a state\'s abbreviation', () => {
    expect(one('"Prices fell," said Harry Laubsher of Tucker Antony, R.L. Dey.', 'Harry Laubsher')).toMatchObject({ org: 'Tucker Antony' });
    expect(people('"Demand is weak," said Cara Diemont of IT firm Dimension Data.').filter((p) => p.org === 'IT')).toEqual([]);
  });
  it('reads past an age, and gives two names joined by "and" the one employer', () => {
    expect(one('Ilse Brandauer, 47, of the European Space Agency was chosen to fly.', 'Ilse Brandauer')).toMatchObject({ title: null, org: 'European Space Agency' });
    const pair = people('Tomas Reiner and Clara Voss of Harvard University say the plan failed.');
    expect(pair.map((p) => [p.name, p.org])).toEqual([['Tomas Reiner', 'Harvard University'], ['Clara Voss', 'Harvard University']]);
  });
  it('reads "at" the employer before a verb of saying, and a firm set off before "said"', () => {
    expect(one('James Vojta at Paine Webber believes Santa Fe could fight off the bid.', 'James Vojta')).toMatchObject({ title: null, org: 'Paine Webber' });
    expect(one('"Money is chasing yields," William Bayer, of Bear Stearns, said of the rate.', 'William Bayer')).toMatchObject({ title: null, org: 'Bear Stearns' });
  });
  it('reads "at" or "from" the employer after a quote\'s verb of saying, where the phrase closes the sentence or a clause', () => {
    expect(one('"The risk is real," said Brad Wenlock, from Automotive Trade Weekly.', 'Brad Wenlock')).toMatchObject({ title: null, org: 'Automotive Trade Weekly' });
    expect(one('"Rates will rise," said Ken Mayhew at Clearview Economics.', 'Ken Mayhew')).toMatchObject({ title: null, org: 'Clearview Economics' });
    expect(one('According to Benoit Jolly from broadband telecoms firm Tharsis, most homes lack TV.', 'Benoit Jolly')).toMatchObject({ title: null, org: 'Tharsis' });
  });
  it('reads a one-word employer after a quote\'s speaker only where it is spelled as a company\'s', () => {
    expect(one('"It works," said Seth Hale from RIPMobile. One group collected phones.', 'Seth Hale')).toMatchObject({ title: null, org: 'RIPMobile' });
    expect(people('"It works," said Seth Hale from Brightling.')).toEqual([]);
  });
  it('reads a one-word employer between the speaker and the verb of saying', () => {
    expect(one('Steve Ashby, from Actigard, told the BBC there are two parts.', 'Steve Ashby')).toMatchObject({ title: null, org: 'Actigard' });
    expect(one('"We are lazy," David Noon from Intervox said.', 'David Noon')).toMatchObject({ title: null, org: 'Intervox' });
    expect(people('Jane Smith, from Portsmore, was chosen to make the call.')).toEqual([]);
  });
  it('reads a firm of brothers before its possessive ("Salomon Brothers\' Henry Kaufman said")', () => {
    expect(one("Salmon Brothers' Henry Kaufmann said the bond market could recover.", 'Henry Kaufmann')).toMatchObject({ title: null, org: 'Salmon Brothers' });
  });
  it('reads a name opening with initials before its possessive as a firm ("ABN Amro\'s Eddie Wong")', () => {
    expect(one('"It is not a big thing," said ABN Amrel\'s Eddie Wong.', 'Eddie Wong')).toMatchObject({ title: null, org: 'ABN Amrel' });
  });
  it('does not read where a speaker was or comes from as the employer', () => {
    expect(people('"It was hard," said John Smith at Heathrow.')).toEqual([]);
    expect(people('"It was hard," said John Smith from London.')).toEqual([]);
    expect(people('"It was hard," said John Smith at the Grand Hotel Ball in June.')).toEqual([]);
  });
  it('does not read "at" a place, or "at" without a verb of saying', () => {
    expect(people('John Smith at Wimbledon said he was tired.').filter((p) => p.org === 'Wimbledon')).toEqual([]);
    expect(people('She met John Smith at Acme Corp last week.')).toEqual([]);
  });
  it('keeps an organization whose name opens with a title word', () => {
    expect(one('Faith could suffer, said Stuart Hesketh of the Economist Intelligence Unit.', 'Stuart Hesketh')).toMatchObject({ org: 'Economist Intelligence Unit' });
  });
  it('is no fact for an age and a place of residence', () => {
    expect(people('The winner, Peter Halloway, 50, of Headingley, said he was delighted.')).toEqual([]);
  });
  it('is no fact where a name goes on after the "of"', () => {
    expect(people('She won praise for Maria Full of Grace last year.')).toEqual([]);
  });
});

describe('person/name-of-org: "who covers ... at" an employer', () => {
  it('is a fact with the organization named outright', () => {
    expect(one('"Brazil is crowded," said Felipe Maranhao, who covers financial technology at research firm Lumiar Insights in Sao Paulo.', 'Felipe Maranhao')).toEqual({ name: 'Felipe Maranhao', title: null, roles: [], org: 'Lumiar Insights' });
    expect(one('"It is wrong," said Mark Hassel, who covers Henley for DLJ Securities.', 'Mark Hassel')).toMatchObject({ org: 'DLJ Securities' });
  });
  it('is no fact without a named organization', () => {
    expect(people('John Smith, who works at a bakery, said it.')).toEqual([]);
  });
});

describe('an employer whose phrase another clause or a legal form\'s stop closes', () => {
  it('reads past what the employer is, to the verb of saying', () => {
    expect(one('Gene Kimble of the Consumer Federation, which represents 200 consumer groups, said rules would be eased.', 'Gene Kimble')).toMatchObject({ title: null, org: 'Consumer Federation' });
  });
  it('reads a quote\'s speaker whose employer\'s legal form ends the sentence', () => {
    expect(one('"It works," said Brian Waters at James Capel and Co. "With a high yen, it grows."', 'Brian Waters')?.org).toMatch(/^James Capel and Co\.?$/);
  });
});

describe('a firm named for its partners, owning a quote\'s speaker', () => {
  it('is the employer', () => {
    expect(one('"It could ignite interest," added Ernst and Young\'s Sanjay Mehra.', 'Sanjay Mehra')).toMatchObject({ title: null, org: 'Ernst and Young' });
  });
  it('is no employer outside a quote', () => {
    expect(one("Romeo and Juliet's John Smart starred.", 'John Smart')).toBeUndefined();
  });
});

describe('a quote\'s speaker "from" an employer of one word', () => {
  it('reads a word of no dictionary and no place as the employer', () => {
    expect(one('"Increasingly, it is consumer content," said Derek Brose, from Macrosoft.', 'Derek Brose')).toMatchObject({ title: null, org: 'Macrosoft' });
  });
  it('reads no place or ordinary word as one', () => {
    expect(one('"It is good," said Derek Brose, from London.', 'Derek Brose')).toBeUndefined();
    expect(one('"It is good," said Derek Brose, from Home.', 'Derek Brose')).toBeUndefined();
  });
});

describe('person/name-of-org: a speaker and the day, the comma or the verb after the employer', () => {
  it('reads past the day the speaker spoke', () => {
    expect(one('A slowdown is certain, said David Andes at Merrill Lynch on Thursday.', 'David Andes')).toMatchObject({ title: null, org: 'Merrill Lynch' });
    expect(one('David Andes at Merrill Lynch yesterday said it would.', 'David Andes')).toMatchObject({ org: 'Merrill Lynch' });
  });
  it('reads a comma the writer put before the verb of saying', () => {
    expect(one('"It is digital," Kirsten Pfeiffer from the Consumer Electronics Association, told the BBC.', 'Kirsten Pfeiffer')).toMatchObject({ org: 'Consumer Electronics Association' });
  });
  it('reads an aside whose closing comma the writer left out before the verb of saying', () => {
    expect(one('"Sell futures," Jeffrey Mills, of Mills Tabak Hirsh and Co said.', 'Jeffrey Mills')).toMatchObject({ org: 'Mills Tabak Hirsh and Co' });
    // (past a unit and the place the employer is in: the unit's organization, "of the" in its name)
    expect(one('Dr Erel Avine, of the Centre for Transport at the University of the West of England in Bristol said: "It matters."', 'Erel Avine')).toMatchObject({ org: 'University of the West of England' });
  });
  it('reads "agreed" as a verb of saying', () => {
    expect(one('James Arensen at DLJ Securities agreed that it helps.', 'James Arensen')).toMatchObject({ org: 'DLJ Securities' });
  });
  it('is no fact where a name goes on after the employer and the day', () => {
    expect(one('He met David Andes at Merrill Lynch on Thursday morning to talk.', 'David Andes')).toBeUndefined();
  });
});

describe('an organization known by its initials, set off after a name', () => {
  it('is the employer where words after it say what it is', () => {
    expect(one('"It is not enough," Jean-Paul Mercier, from the FNPA farmers union, told the agency.', 'Jean-Paul Mercier')).toMatchObject({ title: null, org: 'FNPA' });
  });
});

describe('a firm named for its partners, set off by commas', () => {
  it('runs to the legal form that closes the list', () => {
    expect(one('Paul Ferrer, an analyst with New Orleans-based Harlow, Weil, Labrosse, Friedman, Inc, said he was not surprised.', 'Paul Ferrer')?.org).toBe('Harlow, Weil, Labrosse, Friedman, Inc');
    expect(one('"They set the signal," Wim Hartog, chief economist of Schroder, Munck, Hengst Investment GmbH said. Munck was not there.', 'Wim Hartog')?.org).toBe('Schroder, Munck, Hengst Investment GmbH');
  });
});

describe('an owner\'s possessive before a title, with where the holder is based between', () => {
  it('is the employer', () => {
    expect(one('"I doubt it," Dunmore Lambert Inc\'s Houston-based analyst Jon Olafsen said.', 'Jon Olafsen')).toMatchObject({ roles: ['analyst'], org: 'Dunmore Lambert Inc' });
  });
});

describe('a quote\'s speaker of a firm the wire gives a stock code', () => {
  it('is read past the code', () => {
    expect(one('"Copper should rise," said Dan Rolfe of Merrill Lynch and Co <MER>. "Supply is tight."', 'Dan Rolfe')).toMatchObject({ title: null, org: 'Merrill Lynch and Co' });
  });
});

describe('names with their firms in a list', () => {
  it('read each "X of Y" where "and" and the next name follow', () => {
    const found = people('Among those charged are Mark Baylin of Rymer Seafood Inc; Tim Dalby of Michael Foods Inc and Kenneth Bowie, who worked for Total Foods.');
    expect(found.map((p) => [p.name, p.org])).toEqual([['Mark Baylin', 'Rymer Seafood Inc'], ['Tim Dalby', 'Michael Foods Inc']]);
  });
});

describe('a speaker "from the" body, set off by commas', () => {
  it('speaks for the body, whatever the name looks like', () => {
    expect(one('The men landed on Tuesday. Massud Shadjar, from the Muslim Safety Council, said: "They are innocent."', 'Massud Shadjar')).toMatchObject({ title: null, org: 'Muslim Safety Council' });
  });
});

describe('a firm whose name keeps its article after the words that describe it', () => {
  it('is the employer', () => {
    expect(one('Gamers will move, said Linda Schrot, an analyst with research firm The Yonder Group.', 'Linda Schrot')).toMatchObject({ roles: ['analyst'], org: 'Yonder Group' });
  });
  it('or in lower case, past a faith\'s adjective among the words', () => {
    const text = 'Marvin Heer, founder of Jewish human rights group the Simon Weiss Center, said so.';
    expect(one(text, 'Marvin Heer')).toMatchObject({ roles: ['founder'], org: 'Simon Weiss Center' });
  });
});

describe('a body named in lower case after "of"', () => {
  it('is the organization, as written ("according to David Mitchell of the state energy commission")', () => {
    expect(people('Only 55 wells were drilled in 1986, according to Dave Mitchum of the state energy commission.')).toEqual([
      { name: 'Dave Mitchum', title: null, roles: [], org: 'state energy commission' },
    ]);
  });
  it('is no bare word ("of the company" is read elsewhere, "of the group" names nothing)', () => {
    expect(people('Prices will rise, said Dave Mitchum of the group.')).toEqual([]);
  });
});

describe('a speaker named after the verb, with where the employer works from', () => {
  it('reads the employer past "in" and the town', () => {
    expect(one('"Most of the value was in the drug," said Ian Hunt at Goodway Stockbrokers in Dublin.', 'Ian Hunt')).toMatchObject({ title: null, org: 'Goodway Stockbrokers' });
  });
});

describe('a firm whose name ends in its own "\'s"', () => {
  it('closes the speaker\'s phrase before where they work from', () => {
    expect(one('"Worse," said Dave Wyse of Standard & Pooley\'s in New York.', 'Dave Wyse')).toMatchObject({ title: null, org: 'Standard & Pooley' });
  });
});

describe('a delegate "of" a country, speaking for it', () => {
  it('is tied to the country', () => {
    expect(one('Ahmed Rashidi of Malaysia, speaking on behalf of producers, said the pact was fair.', 'Ahmed Rashidi')).toMatchObject({ title: null, org: 'Malaysia' });
    expect(one('Pierre Vaubert of France, who spoke for consumers, agreed.', 'Pierre Vaubert')).toMatchObject({ org: 'France' });
  });
  it('not where the country is where one lives, nor a firm\'s', () => {
    expect(one('Mr Pierre Vaubert of France won the race in record time.', 'Pierre Vaubert')).toBeUndefined();
    expect(people('L.M. Ericsson of Sweden said it would bid.')).toEqual([]);
  });
});

describe('an employer named after "works for", and a failed firm\'s administrators', () => {
  it('is the employer', () => {
    expect(one('David Mikosh works for the IFEZ, an international organisation.', 'David Mikosh')).toMatchObject({ title: null, org: 'IFEZ' });
    expect(one('"We are pleased," said David Ruben of administrators David Ruben & Partners.', 'David Ruben')).toMatchObject({ org: 'David Ruben & Partners' });
  });
  it('not where one studies', () => {
    expect(one('John Smithers studies at Harvard University.', 'John Smithers')).toBeUndefined();
  });
});

describe('a firm named for partners, a comma after the first', () => {
  it('is read whole where a name of more words with a legal form closes it', () => {
    expect(one('"Production will slow," cautioned Joe Plocik of McCarthy, Crisanto and Maffey Inc, who expects growth.', 'Joe Plocik')).toMatchObject({ org: 'McCarthy, Crisanto and Maffey Inc' });
    expect(one('"The banks will gain," said Eugene Atkins, president of Goldberg, Sachs Japan Corp.', 'Eugene Atkins')).toMatchObject({ org: 'Goldberg, Sachs Japan Corp' });
  });
});

describe('person/name-of-org: a speaker styled with an honorific, and a unit inside an organization', () => {
  it('reads a speaker past the honorific after the verb of saying', () => {
    expect(one('"It works," said Dr Ian Gillwater from Loughton University.', 'Ian Gillwater')).toMatchObject({ title: null, org: 'Loughton University' });
  });
  it('takes the organization a unit is "at" as the employer', () => {
    expect(one('"It works," said Ian Gillwater of the Transport Studies Group at Loughton University.', 'Ian Gillwater')).toMatchObject({ org: 'Loughton University' });
  });
});

describe('given names news writes less often', () => {
  it('are names of people, so an owner before them is an employer', () => {
    expect(one("Five critics tipped him, with Empire's Angie Errington plumping for Eastwood.", 'Angie Errington')).toMatchObject({ title: null, org: 'Empire' });
    expect(one("It got fewer votes than Labour's Lorna Fitzsimmons.", 'Lorna Fitzsimmons')).toMatchObject({ org: 'Labour' });
  });
  it('are no one\'s employer where an actor plays the name as a show\'s character', () => {
    expect(people("Keavey, who played Brookfield's Marie Jackman when the soap began in 1982, has died.")).toEqual([]);
  });
});
