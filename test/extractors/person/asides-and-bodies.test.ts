import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('an employer set off after a name that a title precedes', () => {
  it('is read after "of", "at" or "with"', () => {
    expect(one('Nevertheless, New York analyst Walter Brisco, of Halden Barnes Securities, said the stock was cheap.', 'Walter Brisco')).toMatchObject({ title: 'analyst', org: 'Halden Barnes Securities' });
    expect(one('Economist Ruth Adair, at Carrow Finch and Co in London, said rates would fall.', 'Ruth Adair')).toMatchObject({ title: 'Economist', org: 'Carrow Finch and Co' });
  });
  it('is not a place the person comes from', () => {
    expect(one('Senator Mark Dolan, of Ohio, said the bill would pass.', 'Mark Dolan').org).not.toBe('Ohio');
  });
});

describe('a title of a company described before its name, set off before the holder', () => {
  it('reads the employer past the words that describe it and the word for it', () => {
    expect(one('The head of the Ukrainian state-owned Naftoprom company, Yuri Bodko, said he was happy.', 'Yuri Bodko')).toMatchObject({ roles: ['head'], org: 'Naftoprom' });
    expect(one('A member of the three-man FCA board, Marvin Dunlop, said no.', 'Marvin Dunlop')).toMatchObject({ roles: ['member'], org: 'FCA' });
  });
});

describe('a title set off before a name with an honorific', () => {
  it('gives the organization', () => {
    expect(one('The head of the Queensland Kidney Research Service, Dr. Alan Pruett, said the operation went well.', 'Alan Pruett')).toMatchObject({ title: 'head', org: 'Queensland Kidney Research Service' });
  });
});

describe('bodies whose names run through "and" or "on"', () => {
  it('keeps a society\'s or a foundation\'s whole name', () => {
    expect(one('Jeffrey Lamb, executive director of the National Tenants and Homeowners Task Force, said the law was unfair.', 'Jeffrey Lamb').org).toBe('National Tenants and Homeowners Task Force');
    expect(one('Roger Bellamy, director general of the Entertainment and Leisure Software Publishers Association, said games were valuable.', 'Roger Bellamy').org).toBe('Entertainment and Leisure Software Publishers Association');
    expect(one('Jeremy Ralston, director of the Foundation on Economic Trends, said it was a grass-roots effort.', 'Jeremy Ralston').org).toBe('Foundation on Economic Trends');
  });
  it('ends a union\'s name before its local', () => {
    expect(one('Allen Zeller, a spokesman for the United Food and Commercial Workers Union Local 222, said no.', 'Allen Zeller').org).toBe('United Food and Commercial Workers Union');
  });
  it('does not join a company to a weekday', () => {
    expect(people('The Ford Foundation on Monday said it would give money.')).toEqual([]);
  });
});

describe('an employer after a modifier, a field or another owner', () => {
  it('reads "the banned" or "the ruling" before the name', () => {
    expect(one('Ashok Verma, joint general secretary of the banned Hindu Sena Parishad, was charged.', 'Ashok Verma').org).toBe('Hindu Sena Parishad');
  });
  it('takes "at" the employer over the person whose aide someone is', () => {
    expect(one('Oded Barak, Rabin\'s spokesman at the Defense Ministry, said the position was supportive.', 'Oded Barak')).toMatchObject({ title: 'spokesman', org: 'Defense Ministry' });
  });
  it('keeps a capitalized field of a head before "at" the employer', () => {
    expect(one('"Access is restricted," said Pete Bunting, head of Distribution and Exhibition at the UK Film Council.', 'Pete Bunting')).toMatchObject({ title: 'head of Distribution and Exhibition', org: 'UK Film Council' });
  });
  it('leaves a head of a named company its company', () => {
    expect(one('John Marle, head of Barclays, said profits rose.', 'John Marle')).toMatchObject({ title: 'head', org: 'Barclays' });
  });
});

describe('departments and portfolios in capitals', () => {
  it('reads "Home Office" as a department', () => {
    expect(one('Home Office minister Baroness Grayling said murder was the most serious crime.', 'Baroness Grayling').org).toBe('Home Office');
    expect(one('"There is a clear need for advice," said Home Office Minister Hazel Brant.', 'Hazel Brant').org).toBe('Home Office');
  });
  it('keeps a portfolio after a country\'s adjective in the title', () => {
    expect(one('I asked Russian Atomic Energy Minister Viktor Mikhalev how Ukraine lost out.', 'Viktor Mikhalev')).toMatchObject({ title: 'Atomic Energy Minister', org: 'Russia' });
    expect(one('Constitutional Affairs Minister David Lamming spoke on Monday.', 'David Lamming').title).toBe('Constitutional Affairs Minister');
  });
  it('reads "Commissioner of Food and Drugs" and a vice-minister\'s portfolio', () => {
    expect(one('Commissioner of Food and Drugs Frank E. Yardley said the drug was approved.', 'Frank E. Yardley').title).toBe('Commissioner of Food and Drugs');
    expect(one('Toyoo Gyoda, vice-minister of finance for international affairs, said the yen was stable.', 'Toyoo Gyoda').roles).toEqual(['vice minister of finance for international affairs']);
  });
});

describe('more posts', () => {
  it('reads a legislature\'s speaker', () => {
    expect(one('House Speaker Jim Walden said the bill would pass.', 'Jim Walden')).toMatchObject({ roles: ['speaker'] });
  });
  it('reads "ex-" as a past post, written "former" in its roles', () => {
    expect(one('Cynthia Coles, the ex-head of internal accounting at Lantern Telecom, testified on Tuesday.', 'Cynthia Coles')).toMatchObject({ roles: ['former head of internal accounting'], org: 'Lantern Telecom' });
    expect(one('The ex-President Leonid Kravets left office in January.', 'Leonid Kravets').roles).toEqual(['former president']);
  });
  it('reads a field before a bare "chief", and a country\'s possessive as its employer', () => {
    expect(one('Brazil\'s coffee chief Jorio Daltro said yesterday Brazil would not sell.', 'Jorio Daltro')).toMatchObject({ title: 'coffee chief', org: 'Brazil' });
  });
  it('does not read a club opening a sentence into "chief executive"', () => {
    expect(one('Forest chief executive Mark Arden agreed.', 'Mark Arden').title).toBe('chief executive');
  });
  it('reads scientists by their field and a company official', () => {
    expect(one('David Pimm, an ecologist at Cornell University, said more energy was needed.', 'David Pimm')).toMatchObject({ roles: ['ecologist'], org: 'Cornell University' });
    expect(one('Waste Disposal Co. of Randolph is preparing a pickup service, said Debra Bornholm, a company official.', 'Debra Bornholm')).toMatchObject({ title: 'company official', org: 'Waste Disposal Co.' });
  });
});

describe('employers after "from", "at" and "for", set off after a name', () => {
  it('reads an organization named in two words or more', () => {
    expect(one('"Prices will rise," said Carl Emmett, from the Institute for Fiscal Studies, on Monday.', 'Carl Emmett')).toMatchObject({ title: null, org: 'Institute for Fiscal Studies' });
    expect(one('"Oil will fall," said Kyle Cowper, at Citigroup Global Markets.', 'Kyle Cowper')).toMatchObject({ org: 'Citigroup Global Markets' });
    expect(one('"The list is long," said Junya Tanabe of JPMorgan Chase bank in Tokyo.', 'Junya Tanabe')).toMatchObject({ org: 'JPMorgan Chase bank' });
  });
  it('does not read a town after "from" as the employer', () => {
    expect(one('Hazel Gilmore, 23, an information manager from Newcastle, said she was pleased.', 'Hazel Gilmore')?.org).toBeNull();
  });
});

describe('posts set off before the name, and the post now held', () => {
  it('reads "The new chairman of X, NAME warned"', () => {
    expect(one('The new chairman of the Bar Council, Guy Mansell QC warned there was a risk.', 'Guy Mansell')).toMatchObject({ title: 'chairman', org: 'Bar Council' });
  });
  it('reads a region as the field of a country\'s post', () => {
    expect(one('Britain\'s Europe Director Dominick Chilton will represent the UK.', 'Dominick Chilton')).toMatchObject({ title: 'Europe Director', org: 'Britain' });
    expect(one('Madrid is represented by Spain\'s director general for Europe, Jose Maria Pena.', 'Jose Maria Pena')).toMatchObject({ title: 'director general for Europe', org: 'Spain' });
  });
  it('takes the post now held over a former one', () => {
    expect(one('The day after Peter Mandeville, former Labour minister and now a European Commissioner, warned the BBC, the row grew.', 'Peter Mandeville')).toMatchObject({ title: 'European Commissioner' });
  });
  it('reads a description before "and" the post', () => {
    expect(one('Saleh Kamal, a leading businessman and head of the Jeddah-based Dallah group, said business needed funding.', 'Saleh Kamal')).toMatchObject({ title: 'head', org: 'Dallah' });
  });
  it('reads a lower-case body before a name with its own rank', () => {
    expect(one('But the chairman of the working party, Ambassador Stefan Johanson of Iceland, warned there was work to do.', 'Stefan Johanson')?.roles).toEqual(['chairman']);
  });
  it('names a lower-case body as written, so that the person\'s other employer does not stand in for it', () => {
    const text = "But the chairman of the bank employers' federation, Horst Burgmann, said talks would resume. Burgmann, also management board member of Dresdner Bank AG, said so.";
    expect(people(text).filter((p) => p.name === 'Horst Burgmann').map((p) => [p.roles[0], p.org])).toEqual([
      ['chairman', "bank employers' federation"],
      ['management board member', 'Dresdner Bank AG'],
    ]);
  });
  it('names a lower-case body after a post set off after the name too ("president of the private exporters\' association")', () => {
    expect(one('Gilberto Arangel, president of the private exporters\' association, said quotas would return.', 'Gilberto Arangel')?.org).toBe("private exporters' association");
    expect(one('Teofilo Paternal, chairman of the newly established foreign debt committee, said so.', 'Teofilo Paternal')?.org).toBe('foreign debt committee');
  });
  it('leaves a company\'s own board to the company', () => {
    expect(one('Rolf Selinger, financial member of the management board, said profit fell.', 'Rolf Selinger')?.org).not.toBe('management board');
  });
  it('lends a lower-case body to no other post of the person', () => {
    const text = 'Halberd and Rowe Publishers Inc said so, according to director Winthrop Knowles, now chairman of the newly established independent committee.';
    expect(people(text).filter((p) => p.name === 'Winthrop Knowles').map((p) => [p.roles[0], p.org])).toEqual([
      ['director', 'Halberd and Rowe Publishers Inc'],
      ['chairman', 'independent committee'],
    ]);
  });
  it('leaves a bare word for a thing or a part without an organization ("the director of the film, Vinod Pandey")', () => {
    expect(one('The director of the film, Vinod Pandey, said it would open soon.', 'Vinod Pandey')?.org).toBeNull();
  });
});

describe('names around a firm\'s possessive and a surname alone', () => {
  it('keeps a founder\'s possessive in a firm\'s name, not a company\'s own part', () => {
    expect(one('"It is over," said Kurt Barnes, president of Barnes\'s Retail Consulting Group.', 'Kurt Barnes')?.org).toBe('Barnes\'s Retail Consulting Group');
    expect(one('Macrovision said sales rose. "It works," said Steve Wein, general manager of Macrovision\'s Entertainment Technologies Group.', 'Steve Wein')?.org).toBe('Macrovision');
  });
  it('gives a surname the full name written earlier', () => {
    expect(people('Amitai Etzel, a key influence on New Labour thinking, says the US is wrong. Professor Etzel was a senior adviser.').map((p) => p.name)).toEqual(['Amitai Etzel']);
  });
  it('keeps "Global" in a firm\'s name before its analyst', () => {
    expect(one('"This is positive news," Global Asset Management investment chief David Smythe said.', 'David Smythe')?.org).toBe('Global Asset Management');
  });
});

describe('legislators and broadcasters', () => {
  it('keeps MP and MSP as written in the role, and spells out MEP', () => {
    expect(one('MSP Karen Whitford wants shops to close.', 'Karen Whitford')?.roles).toEqual(['msp']);
    expect(one('MEP Karen Whitford wants shops to close.', 'Karen Whitford')?.roles).toEqual(['member of the european parliament']);
  });
  it('reads presenters, journalists and co-ordinators', () => {
    expect(one('The e-mail was sent to Newsnight journalist Andrew McFadden by mistake.', 'Andrew McFadden')).toMatchObject({ roles: ['journalist'], org: 'Newsnight' });
    expect(one('NM2\'s co-ordinator Peter Stollmann explained the genre.', 'Peter Stollmann')).toMatchObject({ roles: ['co-ordinator'], org: 'NM2' });
  });
  it('reads critics with their field, DJs and organisers', () => {
    expect(one('The band was tipped by the Clarion\'s music critic Rupert Haye, who called them spiky.', 'Rupert Haye')).toMatchObject({ title: 'music critic', roles: ['music critic'], org: 'Clarion' });
    expect(one('Other pundits included Radio Vega DJ Tom Barlow and Fenfield organiser Ada Quist.', 'Tom Barlow')).toMatchObject({ roles: ['dj'], org: 'Radio Vega' });
    expect(one('Other pundits included Radio Vega DJ Tom Barlow and Fenfield organiser Ada Quist.', 'Ada Quist')).toMatchObject({ roles: ['organiser'], org: 'Fenfield' });
  });
  it('reads a portfolio in capitals before a commissioner', () => {
    expect(one('Home Affairs Commissioner Franco Fratelli spoke.', 'Franco Fratelli')?.title).toBe('Home Affairs Commissioner');
  });
});

describe('more bodies and posts from real wire copy', () => {
  it('keeps a body named for what it is "for" through its "and"', () => {
    expect(one('Jean-Claude Payet, Director General of the Organization for Economic Cooperation and Development (OECD), said growth slowed.', 'Jean-Claude Payet')?.org).toBe('Organization for Economic Cooperation and Development');
    expect(one('Rudolf Muller, president of the Swiss Options and Financial Futures Exchange, said trading would start.', 'Rudolf Muller')?.org).toBe('Swiss Options and Financial Futures Exchange');
  });
  it('reads a limited partner and a bank named after its founder', () => {
    expect(one('Acme Foods Inc said it has retained Howard Saltz, Flum Partners limited partner, to serve as a consultant.', 'Howard Saltz')).toMatchObject({ roles: ['limited partner'], org: 'Flum Partners' });
    expect(one('Hans Kaufner, who follows Swiss equities for Bank Julius Baer, says the exchange will help.', 'Hans Kaufner')?.org).toBe('Bank Julius Baer');
  });
});

describe('a unit named in lower case before the employer', () => {
  it('keeps a head\'s unit in the title and reads the employer after "at"', () => {
    expect(one('"It is money," said Pete Simms, head of the threat laboratory at security firm Clearswift.', 'Pete Simms')).toMatchObject({ title: 'head of the threat laboratory', org: 'Clearswift' });
  });
  it('reads the employer after another post\'s field, leaving the post as it is', () => {
    expect(one('"Growth will slow," said Glenn Maguin, chief economist for the region at Societe Generale.', 'Glenn Maguin')).toMatchObject({ title: 'chief economist', org: 'Societe Generale' });
  });
  it('reads "based at" an employer', () => {
    expect(one('Professor Angela MacFarland, based at Bristol University, has spent years on games.', 'Angela MacFarland')?.org).toBe('Bristol University');
  });
});

describe('an organization\'s possessive before a name', () => {
  it('gives a person named after it the organization', () => {
    expect(one('"We saw the chance," eBay\'s David Sterne told the BBC.', 'David Sterne')).toMatchObject({ title: null, org: 'eBay' });
    expect(one('"Bundle it," the EPA\'s Andrew Fanning said.', 'Andrew Fanning')?.org).toBe('EPA');
  });
  it('is no employer for a person, a place, or a title of a work', () => {
    expect(people('Prime Minister Tony Blair spoke. Blair\'s John Prescotte agreed.').filter((p) => p.org === 'Blair')).toEqual([]);
    expect(people('Britain\'s Tony Blare spoke.').filter((p) => p.name === 'Tony Blare')).toEqual([]);
    expect(people('Critics loved American Beauty\'s Sam Mendel.')).toEqual([]);
  });
});

describe('more names of bodies and posts', () => {
  it('reads a body "for the" something, and what it is of', () => {
    expect(one('"It rose," says Paul Saffron, a director at the California-based Institute for the Future.', 'Paul Saffron')?.org).toBe('Institute for the Future');
    expect(one('Jan Egelund, head of the UN Office for the Coordination of Humanitarian Affairs, said aid was slow.', 'Jan Egelund')?.org).toBe('UN Office for the Coordination of Humanitarian Affairs');
  });
  it('reads a post with its field set off before the name', () => {
    expect(one('The chief inspector of schools, David Bella, also said exams should go.', 'David Bella')?.title).toBe('chief inspector of schools');
    expect(one('It will be up to the incoming president of the European Commission, Jose Manuel Barros, to act.', 'Jose Manuel Barros')).toMatchObject({ roles: ['president'], org: 'European Commission' });
  });
  it('splits a country from the post that follows it inside one name', () => {
    expect(one('This week Colin Powel, US Secretary of State was visiting the West Bank.', 'Colin Powel')).toMatchObject({ title: 'Secretary of State', org: 'US' });
    expect(one('"Demand is up," said Ian Fogge, Jupiter Research analyst.', 'Ian Fogge')?.org).toBe('Jupiter Research');
  });
  it('reads a union\'s name with a singular possessive, and "take on the role of"', () => {
    expect(one('Transport & General Worker\'s Union general secretary Tony Woodlee repeated his view.', 'Tony Woodlee')?.org).toBe('Transport & General Worker\'s Union');
    expect(one('Unilever said Dutch co-chairman Antony Burgman will take on the role of non-executive chairman.', 'Antony Burgman')).toBeDefined();
    expect(people('Dutch co-chairman Antony Burgman will take on the role of non-executive chairman.').map((p) => p.title)).toContain('non-executive chairman');
  });
  it('reads a legislator\'s party and state written with initials, and no date as an employer', () => {
    expect(one('"It would help," shot back Rep. Ted Weisz, D-N.Y., chairman of the House oversight subcommittee.', 'Ted Weisz')).toBeDefined();
    expect(people('"It would help," shot back Rep. Ted Weisz, D-N.Y., chairman of the House oversight subcommittee.').map((p) => p.roles.join('+'))).toContain('chairman');
    expect(people('They fled threats by 18 January Senator Osny Eugene, who was angry.').map((p) => p.org)).toEqual([null]);
  });
});

describe('Reuters forms of officials and academics', () => {
  it('does not join a person\'s name to a body after "and"', () => {
    expect(people('Treasury Secretary James Bakker and Federal Reserve Board Chairman Paul Volker held a meeting.').map((p) => [p.name, p.org])).toEqual([
      ['James Bakker', 'U.S.'],
      ['Paul Volker', 'Federal Reserve Board'],
    ]);
  });
  it('keeps a capitalized field before "at" the employer', () => {
    expect(one('Luigi Spavento, Professor of Economics at Rome University, said the lira was strong.', 'Luigi Spavento')).toMatchObject({ title: 'Professor of Economics', org: 'Rome University' });
  });
  it('reads a party named before "party" in lower case, a union\'s president and an under secretary', () => {
    expect(one('Matthias Wissman, economics spokesman for the ruling Christian Democratic party, said the plan was wrong.', 'Matthias Wissman')?.org).toBe('Christian Democratic party');
    expect(one('"It is a problem," Allen Wallace, undersecretary of state for economic affairs, said.', 'Allen Wallace')?.roles).toEqual(['undersecretary of state for economic affairs']);
  });
});

describe('a body\'s word in lower case after its name', () => {
  it('is part of the organization as written', () => {
    expect(one('Mitchell Kapp, chairman of the Mozilla foundation, warned of lawsuits.', 'Mitchell Kapp')?.org).toBe('Mozilla foundation');
    expect(one('Edward Lee, chairman of the Commons public accounts committee, warned the government.', 'Edward Lee')?.org).toBe('Commons public accounts committee');
  });
  it('names a local government by its kind of place', () => {
    expect(one('Gao Lanfeng, an official of Qinxi county outside Hangzhou, said farmers were paid.', 'Gao Lanfeng')?.org).toBe('Qinxi county');
    expect(one('Rafael Ortega, governor of Santa Fe province, said the plan would help.', 'Rafael Ortega')?.org).toBe('Santa Fe province');
    expect(one('Mary Cole, a director of Harlan Mills Inc in Orange county, said so.', 'Mary Cole')?.org).toBe('Harlan Mills Inc');
  });
  it('is not taken from the title or from a name that goes on', () => {
    expect(one('"We are surprised," said DZ bank economist Bernd Weiden.', 'Bernd Weiden')?.org).toBe('DZ');
  });
});

describe('a union\'s president and a company\'s short name opening with a country\'s adjective', () => {
  it('gives a union\'s president the union, not a country', () => {
    expect(one('The Canadian Auto Workers union and General Motors talked. But union president Bob Whyte said issues were open.', 'Bob Whyte')?.org).toBe('Canadian Auto Workers');
  });
  it('reads "American Financial Chairman" as the company\'s chairman', () => {
    expect(one('American Financial Corp owns Charter Co. Its chairman resigned, and American Financial Chairman Carl H. Lindman has taken over.', 'Carl H. Lindman')).toMatchObject({ title: 'Chairman', org: 'American Financial Corp' });
  });
});

describe('parties set off after a name, initials after a body, and a former party post', () => {
  it('reads "for" a party and a body\'s initials before the verb', () => {
    expect(one('Vincent Cabel, for the Liberal Democrats, called on Mr Brown to act.', 'Vincent Cabel')?.org).toBe('Liberal Democrats');
    expect(one('"It is personal," Jeff Josephs, from the Consumer Electronics Association (CEA) told the BBC.', 'Jeff Josephs')?.org).toBe('Consumer Electronics Association');
  });
  it('keeps "former" in the role and the party out of it', () => {
    expect(one('Former Labour leader Neil Kinnick said the party would win.', 'Neil Kinnick')).toMatchObject({ roles: ['former leader'], org: 'Labour' });
  });
  it('gives a party\'s post in a chamber to the party, with the chamber and the party in the title', () => {
    expect(one('Senate Democratic leader Robert Bird said so.', 'Robert Bird')).toMatchObject({ title: 'Senate Democratic leader', roles: ['senate democratic leader'], org: 'Democratic' });
    expect(one('He met former Senate Republican leader Harold Bakker.', 'Harold Bakker')).toMatchObject({ title: 'former Senate Republican leader', roles: ['former senate republican leader'], org: 'Republican' });
    expect(one('Democratic leader Jim Wrighte spoke.', 'Jim Wrighte')).toMatchObject({ roles: ['leader'], org: 'Democratic' });
  });
});

describe('a body described by where it is based', () => {
  it('is the body named before, not the place', () => {
    const text = 'The African Development Bank said it would lend more. Babacar Ndia, president of the Abidjan-based bank, said so.';
    expect(one(text, 'Babacar Ndia')).toMatchObject({ roles: ['president'], org: 'African Development Bank' });
    expect(one('Tom Raye, chief of the London-based Acme Ltd, said so.', 'Tom Raye')).toMatchObject({ org: 'Acme Ltd' });
  });
});

describe('a company in brackets', () => {
  it('reads the wire\'s bracket before a post as the company, though a name stands before it', () => {
    expect(one('Police told Reuters <Banca di Credito di Vento e Salina - Bacreve> president Franco Sapi was held.', 'Franco Sapi')).toMatchObject({ org: 'Banca di Credito di Vento e Salina' });
    expect(one('Police told Reuters <Orvex Corp> president John Smith was held.', 'John Smith')).toMatchObject({ org: 'Orvex Corp' });
  });
  it('reads a company in round brackets after "of"', () => {
    expect(one('Others were held, including Franco Del Mare, vice president of (Banca Nazionale del Lido), he said.', 'Franco Del Mare')).toMatchObject({ org: 'Banca Nazionale del Lido' });
  });
});
