import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('posts of the press, the courts, the services and the campus', () => {
  it('reads judges, prosecutors and police chiefs before a name', () => {
    expect(one('Manhattan Federal Court Judge Shirley Wohl Kram ruled on Monday.', 'Shirley Wohl Kram')).toMatchObject({ title: 'Judge', roles: ['judge'], org: 'Manhattan Federal Court' });
    expect(one('Federal Judge Cecil Miller affirmed his ruling.', 'Cecil Miller')).toMatchObject({ title: 'Federal Judge', org: null });
    expect(one('The case was brought by prosecutor Alexis Ortiz in Milan.', 'Alexis Ortiz')).toMatchObject({ roles: ['prosecutor'] });
    expect(one('Norfolk police chief Andy Hayman said more officers were needed.', 'Andy Hayman')).toMatchObject({ roles: ['police chief'] });
  });
  it('reads publishers, lecturers, envoys and controllers', () => {
    expect(one("PowerPage's publisher Jason O-Grady said he would appeal.", 'Jason O-Grady')).toMatchObject({ roles: ['publisher'], org: 'PowerPage' });
    expect(one('Richard Bowden, lecturer at the Centre for Vision, built the system.', 'Richard Bowden')).toMatchObject({ roles: ['lecturer'], org: 'Centre for Vision' });
    expect(one('BBC Two controller Roly Keating said the show would return.', 'Roly Keating')).toMatchObject({ roles: ['controller'], org: 'BBC Two' });
    expect(one("Assad Omar, Afghanistan's envoy, spoke in Bonn.", 'Assad Omar')).toMatchObject({ roles: ['envoy'], org: 'Afghanistan' });
  });
  it('does not read a firm named like a person, or a given name, as a post', () => {
    expect(one('Dean Witter analyst Mark Daugherty said the stock was cheap.', 'Mark Daugherty')).toMatchObject({ roles: ['analyst'], org: 'Dean Witter' });
    expect(people('The insurer hired broker Marsh & McLennan and auditor Grant Thornton.')).toEqual([]);
  });
});

describe('a department in lower case before a post', () => {
  it('stays in the title', () => {
    expect(one('Sturholm resigned, said Kathryn Rich, assistant news director for KIRO.', 'Kathryn Rich')).toMatchObject({ title: 'assistant news director', org: 'KIRO' });
    expect(one('Stephen Toulouse, a security manager at Microsoft, said the flaw was fixed.', 'Stephen Toulouse')).toMatchObject({ title: 'security manager', org: 'Microsoft' });
  });
  it('leaves out words that praise or date the holder', () => {
    expect(one('The film was made by famed director James Cameron in 1997.', 'James Cameron')).toMatchObject({ title: 'director' });
    expect(one('The club has hired new manager Rafael Benitez.', 'Rafael Benitez')).toMatchObject({ title: 'manager' });
  });
  it('is no person where a bank runs an issue', () => {
    expect(people('Ford Motor Credit Co is raising 200 mln dlrs via notes, said sole manager Salomon Brothers.')).toEqual([]);
  });
});

describe('an institution named before an apposition', () => {
  it('is not the person the apposition describes', () => {
    expect(one('"Man could speak," said Professor Baruch Arensberg of Tel Aviv University, a member of the team.', 'Baruch Arensberg')).toMatchObject({ org: 'Tel Aviv University' });
    expect(people('"Man could speak," said Professor Baruch Arensberg of Tel Aviv University, a member of the team.').map((p) => p.name)).not.toContain('Tel Aviv University');
  });
  it('reads an ordinal after "the"', () => {
    expect(one('Judge Ralph K. Winter of the 2nd U.S. Circuit Court of Appeals is being considered.', 'Ralph K. Winter')).toMatchObject({ org: 'U.S. Circuit Court of Appeals' });
  });
});

describe('employers told by their description and by their full name', () => {
  it('reads words we do not list before a describing word', () => {
    expect(one('Lin Yu-cheng, president of Hsinchu-based substrate maker Jadeway Materials Co, told reporters orders fell.', 'Lin Yu-cheng')).toMatchObject({ org: 'Jadeway Materials Co' });
    expect(one('Graham Cluley, senior consultant at security firm Sophos, said the virus spread.', 'Graham Cluley')).toMatchObject({ org: 'Sophos' });
  });
  it('keeps a union local number and a body "on" its subject', () => {
    expect(one('Mike Danner, president of United Steelworkers Local 7712, which represents hourly workers, called it a relief.', 'Mike Danner')).toMatchObject({ org: 'United Steelworkers Local 7712' });
    expect(one('The charge went to the General Agreement on Tariffs and Trade (GATT), GATT spokesman David Woods said.', 'David Woods')).toMatchObject({ org: 'General Agreement on Tariffs and Trade' });
  });
  it('does not give the company a body named after it later in the story', () => {
    const text = "Skyvola will fly to Morocco, Chief Executive Tomasz Wierzbicki said. Skyvola's chief commercial officer, Agnieszka Nowak, said fares would fall. Krzysztof Mazur, who leads the Skyvola Pilots Association, said pilots were tired.";
    expect(one(text, 'Tomasz Wierzbicki')).toMatchObject({ org: 'Skyvola' });
    expect(one(text, 'Agnieszka Nowak')).toMatchObject({ org: 'Skyvola' });
    expect(one(text, 'Krzysztof Mazur')).toMatchObject({ org: 'Skyvola Pilots Association' });
  });
});

describe('a field after "for"', () => {
  it('stays in the title', () => {
    expect(one("Kent Albrecht, the company's senior vice president for labor relations, said the union walked away.", 'Kent Albrecht')).toMatchObject({ title: 'senior vice president for labor relations', roles: ['senior vice president for labor relations'] });
    expect(one("Singapore's Minister for Trade and Industry, Lim Boon Keat, said talks went well.", 'Lim Boon Keat')).toMatchObject({ roles: ['minister for trade and industry'], org: 'Singapore' });
  });
  it('is not read into a time', () => {
    expect(one('John Smith, chairman for two years, said he would retire.', 'John Smith')).toMatchObject({ title: 'chairman' });
  });
  it('reads a commissioner\'s field', () => {
    expect(one('EU competition commissioner Annelies Vermeulen said the deal could reduce choice.', 'Annelies Vermeulen')).toMatchObject({ roles: ['competition commissioner'], org: 'EU' });
  });
});

describe('a rank\'s portfolio and a director-general\'s field', () => {
  it('reads "Minister of State for ..." and "Secretary of State for ..." in full', () => {
    expect(one("Egypt's Minister of State for Foreign Affairs, Boutros Gali, said so.", 'Boutros Gali')).toMatchObject({ title: 'Minister of State for Foreign Affairs', org: 'Egypt' });
    expect(one('Secretary of State for Trade and Industry Patricia Hewlett said so.', 'Patricia Hewlett')).toMatchObject({ roles: ['secretary of state for trade and industry'] });
  });
  it('reads a director-general\'s portfolio after "of"', () => {
    expect(one("South Africa's director-general of finance Chris Stalls said he was optimistic.", 'Chris Stalls')).toMatchObject({ roles: ['director-general of finance'], org: 'South Africa' });
  });
  it('reads the Pope as a post', () => {
    expect(one('Reagan would have an audience with Pope John Paul II on June 6.', 'John Paul II')).toMatchObject({ roles: ['pope'], org: null });
  });
});

describe('a city\'s or a state\'s post', () => {
  it('gives the post the city or state after its "of", as annotators of real news write it', () => {
    expect(one('The line has the support of the Mayor of London, Ken Livingston, and business groups.', 'Ken Livingston')).toMatchObject({ title: 'Mayor', roles: ['mayor'], org: 'London' });
    expect(one('The Governor of Texas, Rick Perrey, said so.', 'Rick Perrey')).toMatchObject({ roles: ['governor'], org: 'Texas' });
  });
  it('gives a state\'s commissioner or superintendent the state named before the post', () => {
    expect(one('The bank was closed today by Iowa Banking Superintendent William Bernow.', 'William Bernow')).toMatchObject({ roles: ['banking superintendent'], org: 'Iowa' });
    expect(one('Texas Agriculture Commissioner Jim Hightowers said prices would rise.', 'Jim Hightowers')?.org).toBe('Texas');
  });
  it('leaves a bank after a governor\'s "of" its employer', () => {
    expect(one('Mervyn Kingsley, Governor of the Bank of England, said so.', 'Mervyn Kingsley')).toMatchObject({ roles: ['governor'], org: 'Bank of England' });
  });
});

describe('a nation\'s adjective before a party\'s name and a government post', () => {
  it('gives the post that nation, not one the sentence names later', () => {
    expect(one('Finnish Social Democrat Prime Minister Kalle Sorsi and his government resigned, ending talks with Sweden.', 'Kalle Sorsi')).toMatchObject({ roles: ['prime minister'], org: 'Finland' });
  });
});

describe('an embassy\'s posts', () => {
  it('reads a counsellor as a post', () => {
    expect(one("China's commercial counsellor Chen Shibo said so.", 'Chen Shibo')).toMatchObject({ roles: ['commercial counsellor'], org: 'China' });
  });
});

describe('two portfolios joined by "and"', () => {
  it('are one office, before the name or set off after it', () => {
    expect(one("India's Commerce and Industry Minister Kamal Nayar said so.", 'Kamal Nayar')).toMatchObject({ title: 'Commerce and Industry Minister', roles: ['commerce and industry minister'], org: 'India' });
    expect(one('Kamal Nayar, Commerce and Industry Minister, announced the decision in Delhi.', 'Kamal Nayar')).toMatchObject({ roles: ['commerce and industry minister'] });
    expect(one('He urged International Trade and Industry Minister Hajime Tamoru to act.', 'Hajime Tamoru')).toMatchObject({ roles: ['international trade and industry minister'] });
  });
  it('keep the country whose adjective was read with the first portfolio', () => {
    expect(one('Venezuelan Energy and Mines Minister Arturo Hernandez Grisales told the meeting.', 'Arturo Hernandez Grisales')).toMatchObject({ roles: ['energy and mines minister'], org: 'Venezuela' });
  });
  it('leave two companies joined by "and" before a post alone', () => {
    expect(one('Shell and BP chairman John Smithers said so.', 'John Smithers')).toMatchObject({ roles: ['chairman'] });
  });
});

describe('a supreme court\'s judges', () => {
  it('reads Justice and Chief Justice before a name as the post', () => {
    expect(one('The law stands, Justice John Paul Stevenson wrote for the majority.', 'John Paul Stevenson')).toMatchObject({ roles: ['justice'] });
    expect(one('Chief Justice William Rehnberg dissented.', 'William Rehnberg')).toMatchObject({ roles: ['chief justice'] });
  });
});

describe('posts written in wire copy\'s ways', () => {
  it('reads a country\'s name whatever its case before "counterpart"', () => {
    expect(one('Talks between Brazilian Finance Minister Dilson Funar and his West german counterpart Gerhard Stoltenborg were held.', 'Gerhard Stoltenborg')).toMatchObject({ roles: ['finance minister'], org: 'West Germany' });
  });
  it('keeps a portfolio that ends in a company\'s word after the country', () => {
    expect(one('Malaysian Primary Industries Minister Lim Keng Yeap welcomed the accord.', 'Lim Keng Yeap')).toMatchObject({ roles: ['primary industries minister'], org: 'Malaysia' });
  });
  it('leaves a legislator\'s abbreviated style out of the post before it', () => {
    expect(one('Poindexter answered questions from House Government Operations Committee chairman Rep. Jack Brookes.', 'Jack Brookes')).toMatchObject({ title: 'chairman', roles: ['chairman'], org: 'House Government Operations Committee' });
  });
  it('gives a lower-case president before the name the company a story is about, not a country', () => {
    const text = 'Merrill Lynch and Co Inc said its profit rose. Merrill Lynch will expand. Merrill Lynch hired staff. "We are pleased," said president Daniel Tulley in a statement.';
    expect(one(text, 'Daniel Tulley')).toMatchObject({ org: 'Merrill Lynch and Co Inc' });
  });
});

describe('countries by the adjectives news uses', () => {
  it('reads Kyrgyz, Kazakh, Saudi and Ecuadorian before a post as the country', () => {
    expect(one('Kyrgyz President Askar Akayeff said the vote was fair.', 'Askar Akayeff')).toMatchObject({ org: 'Kyrgyzstan' });
    expect(one('Saudi Oil Minister Hisham Nazir said output would rise.', 'Hisham Nazir')).toMatchObject({ org: 'Saudi Arabia' });
  });
});

describe('a portfolio after a country, written alone elsewhere', () => {
  it('stays in the title: the story naming the department is no reason to make it the employer', () => {
    expect(one('It follows the statement made by U.S. Treasury secretary James Bakers. The U.S. Treasury said more.', 'James Bakers')).toMatchObject({ roles: ['treasury secretary'], org: 'U.S.' });
  });
});

describe("a legislature's party leaders", () => {
  it('hold their post in the chamber named before it, even opening the sentence', () => {
    expect(one('Senate majority leader Robert Byrne said the veto would stand.', 'Robert Byrne')).toMatchObject({ title: 'majority leader', org: 'Senate' });
    expect(one('He met House Minority Whip Trent Loft on Monday.', 'Trent Loft')).toMatchObject({ title: 'Minority Whip', org: 'House' });
    expect(one('House Speaker Jim Wrighton said no.', 'Jim Wrighton')).toMatchObject({ title: 'Speaker', org: 'House' });
  });
  it('but a majority alone is no post', () => {
    expect(people('Shareholders voted with the majority Tuesday, Robert Byrne said.')).toEqual([]);
  });
});

describe('an office whose name opens with "Lord"', () => {
  it('is read whole, not as the "Chancellor" of the Exchequer', () => {
    expect(one('Lord Chancellor Lord Falkirk defended the plans.', 'Lord Falkirk')).toMatchObject({ title: 'Lord Chancellor', roles: ['lord chancellor'] });
    expect(one('Lord Chief Justice Lord Woolcott said the plans were fair.', 'Lord Woolcott')).toMatchObject({ title: 'Lord Chief Justice', roles: ['lord chief justice'] });
  });
  it('leaves a Chancellor with no "Lord" before the post as written', () => {
    expect(one('Chancellor Gordon Browne said the plans were fair.', 'Gordon Browne')).toMatchObject({ title: 'Chancellor', roles: ['chancellor'] });
  });
});

describe('aid as a government portfolio', () => {
  it('is the post\'s, not an organization', () => {
    expect(one('The EU\'s Humanitarian Aid Commissioner, Louis Michal, said aid was key.', 'Louis Michal')).toMatchObject({ roles: ['humanitarian aid commissioner'], org: 'EU' });
    expect(one('Aid minister Hilary Benns flew to Jakarta.', 'Hilary Benns')?.roles).toEqual(['aid minister']);
  });
});

describe('the armed services and the branches of a planned economy as portfolios', () => {
  it('are the post\'s, not an organization nor dropped', () => {
    expect(one('The order was given by Navy Minister Henrique Sabota on grounds of national security.', 'Henrique Sabota')).toMatchObject({ title: 'Navy Minister', roles: ['navy minister'] });
    expect(one('Armed Forces Minister Adam Ingrams said the troops would stay.', 'Adam Ingrams')).toMatchObject({ title: 'Armed Forces Minister', roles: ['armed forces minister'] });
    expect(one('Tass said Grain Products Minister Grigory Zolotov was being retired.', 'Grigory Zolotov')).toMatchObject({ title: 'Grain Products Minister', roles: ['grain products minister'] });
  });
  it('take in an arms negotiator\'s field, a government\'s post', () => {
    expect(one('U.S. arms control negotiator Max Kampelmann said a fair pact would be hard to reach.', 'Max Kampelmann')).toMatchObject({ roles: ['arms control negotiator'], org: 'U.S.' });
    expect(one('Soviet arms negotiator Yuli Vorontsoff said a fair pact would be hard to reach.', 'Yuli Vorontsoff')).toMatchObject({ roles: ['arms negotiator'], org: 'Soviet Union' });
  });
  it('leave a company\'s division named for its industry to the company', () => {
    expect(one('BHP Steel chief executive David Rise said prices would rise.', 'David Rise')?.roles).toEqual(['chief executive officer']);
  });
});

describe('posts of a government with words of their own', () => {
  it('reads a minister without portfolio as a national government\'s', () => {
    expect(one('Talks were held with Yugoslavian minister without portfolio Egon Padar.', 'Egon Padar')).toMatchObject({ roles: ['minister without portfolio'], org: 'Yugoslavia' });
    expect(one('Egon Padar, a minister without portfolio, said trade rose. Yugoslavia wants more.', 'Egon Padar')).toMatchObject({ org: 'Yugoslavia' });
  });
  it('reads a portfolio in capitals before "Director" as the post\'s, not an organization', () => {
    expect(one("Venezuela's banks were told that Public Finances Director Jorge Marzo may visit.", 'Jorge Marzo')).toMatchObject({ title: 'Public Finances Director', roles: ['public finances director'] });
  });
});

describe('a post of "the country"', () => {
  it('is the post of the country the story is about ("the country\'s vice president Jose Alencar")', () => {
    const text = "Brazil's airport authority said the government would save Varig, Brazil's flagship airline. However, the country's vice president Jose Alenco said the government is looking at options.";
    expect(one(text, 'Jose Alenco')).toMatchObject({ roles: ['vice president'], org: 'Brazil' });
  });
});

describe('an undersecretary\'s portfolio', () => {
  it('reads "Undersecretary of State for Economic Affairs" whole, the name after it apart', () => {
    expect(one('U.S. Undersecretary of State for Economic Affairs Allan Wallin said he had urged Japan to do more.', 'Allan Wallin')).toMatchObject({ roles: ['undersecretary of state for economic affairs'], org: 'U.S.' });
    expect(one('"We agree," said Robert Ortman, Undersecretary of Commerce for Economic Affairs.', 'Robert Ortman')?.roles).toEqual(['undersecretary of commerce for economic affairs']);
  });
  it('leaves a field that goes on in other words to be read as a field ("undersecretary for external debt")', () => {
    expect(one('Argentina said so. Jorge Gonzo, undersecretary for external debt, said talks went on.', 'Jorge Gonzo')?.roles).toEqual(['undersecretary for external debt']);
  });
});

describe('two fields in lower case joined by "and" before one post', () => {
  it('are one post, set off after the name or before it', () => {
    expect(one("\"We chose,\" Lars Tennvik, Orvada's risk management and insurance director, said.", 'Lars Tennvik')).toMatchObject({ title: 'risk management and insurance director', roles: ['risk management and insurance director'], org: 'Orvada' });
    expect(one('Mia Kallberg, sales and marketing director at Tessaly Corp, said so.', 'Mia Kallberg')).toMatchObject({ roles: ['sales and marketing director'], org: 'Tessaly Corp' });
    expect(one('The talks were led by food and civil supplies minister Ravi Pendharkar of India.', 'Ravi Pendharkar')).toMatchObject({ roles: ['food and civil supplies minister'] });
  });
  it('keep a portfolio that a post\'s word spells in the office', () => {
    expect(one('European Justice and Home Affairs Commissioner Carlo Venturi said so.', 'Carlo Venturi')).toMatchObject({ roles: ['european justice and home affairs commissioner'] });
  });
  it('leave two posts two posts, and a body\'s post after "and" its own', () => {
    expect(one('Tom Arkwell was named acting chief executive and director of Brellin Inc.', 'Tom Arkwell')).toMatchObject({ roles: ['acting chief executive officer', 'director'] });
    // (a doer's word is no field: the programmer is not part of the analyst's post)
    expect(one('He quoted former programmer and technology analyst Dev Raman.', 'Dev Raman')?.roles).toEqual(['technology analyst']);
    expect(one("He attacked Labour's record and party leader Simon Faraday.", 'Simon Faraday')?.roles).toEqual(['party leader']);
  });
});

describe('seats in the Lords and on councils, and a government\'s auditor', () => {
  it('reads a peer with the party named before the post, and a law lord', () => {
    expect(one('But Liberal Democrat peer Lord Carlyle said the law was wrong.', 'Carlyle')).toMatchObject({ roles: ['peer'], org: 'Liberal Democrat' });
    expect(one('On Thursday, Lord Bingley - a senior law lord - said the rules were bad.', 'Bingley')).toMatchObject({ roles: ['senior law lord'] });
  });
  it('reads a councillor', () => {
    expect(one('Labour councillor Mohammed Kazim denied the charge.', 'Mohammed Kazim')).toMatchObject({ roles: ['councillor'], org: 'Labour' });
  });
  it("reads a city's alderman and councilman, with the city", () => {
    expect(one("It is cheaper, said Rotterdam's financial alderman Jan Vos after signing.", 'Jan Vos')).toMatchObject({ roles: ['financial alderman'], org: 'Rotterdam' });
    expect(one('City Councilman Tom Roe of Chicago objected.', 'Tom Roe')).toMatchObject({ roles: ['councilman'], org: 'Chicago' });
  });
  it('reads a post whose first word alone is no title word, before an honorific and a name', () => {
    expect(one('Auditor General Sir John Bourne said the figures were rising.', 'John Bourne')).toMatchObject({ title: 'Auditor General', roles: ['auditor general'] });
  });
  it('reads a plural post past the post written after each listed name', () => {
    const found = people('It will be followed by those of five other barristers - Nicholas Blaik QC, Andrew Nicoll QC and Rick Scannel.');
    expect(found.map((p) => [p.name, p.roles[0]])).toEqual([['Nicholas Blaik', 'barrister'], ['Andrew Nicoll', 'barrister'], ['Rick Scannel', 'barrister']]);
  });
});

describe("a church's post", () => {
  it('is named for its see, which is no employer', () => {
    expect(one('Cardinal Jaime Sinn, the archbishop of Manila, said it.', 'Jaime Sinn')).toMatchObject({ title: 'archbishop of Manila', roles: ['archbishop of manila'], org: null });
    expect(one('Rowan Williamson, the Archbishop of Canterbury, agreed.', 'Rowan Williamson')).toMatchObject({ roles: ['archbishop of canterbury'], org: null });
  });
  it('and so before the name, set off by a comma', () => {
    expect(one('He met the Archbishop of Canterbury, Dr Rowan Williamson, on Monday.', 'Rowan Williamson')).toMatchObject({ title: 'Archbishop of Canterbury', org: null });
  });
});

describe('a portfolio of two words joined by "and"', () => {
  it('is read whole before the post ("Work and Pensions Secretary")', () => {
    expect(one('Work and Pensions Secretary Alan Johnstone has warned the agency.', 'Alan Johnstone')).toMatchObject({ title: 'Work and Pensions Secretary', roles: ['work and pensions secretary'] });
  });
});

describe('a post and its employer before the name', () => {
  it('reads past words that describe the employer after "the"', () => {
    expect(one('The outgoing head of the troubled Child Support Agency Doug Smithers also earns an honour.', 'Doug Smithers')).toMatchObject({ roles: ['head'], org: 'Child Support Agency' });
  });
  it('but not past a joiner that starts another name', () => {
    expect(people('Zismer resigned as chairman of the board and O. Frederick Kile, who resigned as president, left.').some((p) => p.roles.includes('chairman') && p.name.endsWith('Kile'))).toBe(false);
  });
  it('reads an inspector\'s field after "of" ("chief inspector of schools")', () => {
    expect(one('Former chief inspector of schools Mike Tomlinsen has recommended it.', 'Mike Tomlinsen')).toMatchObject({ roles: ['former chief inspector of schools'] });
  });
});

describe("a secretary's portfolio in lower case", () => {
  it('is read whole, two portfolios joined by "and" too', () => {
    expect(one('Patricia Hewett, trade and industry secretary, said it was wrong.', 'Patricia Hewett')).toMatchObject({ title: 'trade and industry secretary', roles: ['trade and industry secretary'] });
    expect(one('Theresa Mays, Tory shadow work and pensions secretary, said it was wrong.', 'Theresa Mays')).toMatchObject({ roles: ['shadow work and pensions secretary'], org: 'Tory' });
    expect(one('U.N. press secretary Francois Giuliano said so.', 'Francois Giuliano')).toMatchObject({ roles: ['press secretary'] });
  });
  it('takes no word that is no portfolio ("attractive personal secretary", "colleagues Foreign Secretary")', () => {
    expect(one('His attractive personal secretary, Fawn Hallam, said so.', 'Fawn Hallam')?.roles).toEqual(['secretary']);
    expect(one('Along with cabinet colleagues Foreign Secretary Jack Strawe and others, he agreed.', 'Jack Strawe')?.roles).toEqual(['foreign secretary']);
  });
});

describe('an under secretary', () => {
  it('keeps "Under" in the title, which no longer opens a name of its own', () => {
    expect(one('George Gould, Under Secretary of the Treasury, said exports rose.', 'George Gould')).toMatchObject({ title: 'Under Secretary', roles: ['under secretary'], org: 'Treasury' });
    expect(one('Deputy Under Secretary of Commerce Bruce Smart said the U.S. would act.', 'Bruce Smart')).toMatchObject({ roles: ['deputy under secretary of commerce'], org: 'U.S.' });
  });
  it("is a cabinet department's, so no country without secretaries holds it", () => {
    const story = 'Japan rejected the U.S. plan. Michael Armacost, Under Secretary of State for Political Affairs, said Japan must act. Japan agreed.';
    expect(one(story, 'Michael Armacost')).toMatchObject({ roles: ['under secretary of state for political affairs'], org: 'U.S.' });
  });
});

describe("Britain's Treasury ministers", () => {
  it('keep the department their title names after "to", and are the country\'s', () => {
    expect(one('The UK is on course, said Paul Boatman, chief secretary to the Treasury, in a statement.', 'Paul Boatman')).toMatchObject({ title: 'chief secretary to the Treasury', roles: ['chief secretary to the treasury'], org: 'UK' });
  });
});
