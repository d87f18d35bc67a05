// What makes an unknown name a person: being given a post.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { buildEntities } from '../../src/entities/entities.js';

const mentionsOf = (text: string) => buildEntities(buildDocument({ id: 'p', text })).mentions;
const surfacesOf = (text: string) => mentionsOf(text).map((m) => m.surface);

const typeOf = (text: string, surface: string) =>
  buildEntities(buildDocument({ id: 'p', text })).mentions.find((m) => m.surface === surface)?.type;

describe('evidence of a person', () => {
  it('is a family name the story gives a person\'s style elsewhere', () => {
    const text = "The Fabian Society's Sundar Katwal said the change was overdue. Mr Katwal added more.";
    expect(typeOf(text, 'Sundar Katwal')).toBe('person');
    // (not past a word that describes the person)
    expect(typeOf('The talks chose Dominican Alfredo Ricarte. Mr Ricarte agreed.', 'Dominican Alfredo Ricarte')).not.toBe('person');
  });
  it('is a name given a post by an appointing verb', () => {
    expect(typeOf('Lumo hired Sabih Karan as chief operating officer.', 'Sabih Karan')).toBe('person');
    expect(typeOf('Vanta named Rhea Patel to the board on Monday.', 'Rhea Patel')).toBe('person');
  });
  it('is a name a passive of appointing gives a post, in lower case or after "as"', () => {
    expect(typeOf('Corvane Industries Inc said T.R. Olden has been elected president.', 'T.R. Olden')).toBe('person');
    expect(typeOf('Corvane said V.K. Maris was named as its new chairman.', 'V.K. Maris')).toBe('person');
    // (not a party named in a suit, nor a prize's winner)
    expect(typeOf('Corvane said H.J. Tolliver was named in the suit.', 'H.J. Tolliver')).not.toBe('person');
    expect(typeOf('Corvane said H.J. Tolliver has been named the best bakery.', 'H.J. Tolliver')).not.toBe('person');
  });
  it('is one name a "who" clause gives a post, capitalized or not', () => {
    expect(typeOf('Quorst, who was Finance Minister of Peru until 1986, added: "No."', 'Quorst')).toBe('person');
    expect(typeOf('Quorst, who is chairman of the bank, left.', 'Quorst')).toBe('person');
    expect(typeOf('Quorst, who was there, left early.', 'Quorst')).not.toBe('person');
    expect(typeOf('We heard from Lord Aske of Quorst, who was a minister then.', 'Quorst')).not.toBe('person');
  });
  it('is a name followed by "as" and a post', () => {
    expect(typeOf('The board chose Teodor Lind as its new chairman.', 'Teodor Lind')).toBe('person');
  });
  it('is a given name that is also a verb, opening the sentence before a family name the tagger read as a verb', () => {
    // (wink tags both words of "Don Manning will remain president" verbs)
    expect(typeOf('Acme Corp said profit rose. Don Manning will remain president, the company said.', 'Don Manning')).toBe('person');
  });
  it('is not taken from an attribution after the name (", the company said")', () => {
    expect(typeOf('Vanta said Rhea Patel resigned. She was replaced by Teodor Lindqvist, the company said.', 'Teodor Lindqvist')).not.toBe('org');
    expect(typeOf('Halvorsen Marine, the shipping group, said profit rose.', 'Halvorsen Marine')).toBe('org');
  });
  it('is not a bank\'s role in an issue', () => {
    expect(typeOf('The bonds were sold with Nomura Trust as lead manager.', 'Nomura Trust')).not.toBe('person');
    expect(typeOf('Lazard Brothers acted with Halden Partners as financial adviser.', 'Halden Partners')).not.toBe('person');
  });
});

describe('a company name with a capitalized title after it', () => {
  it('ends at the legal form, even when the first word was tagged a verb', () => {
    // wink tags a sentence-opening "Ford" as a verb
    const mentions = buildEntities(buildDocument({ id: 'p', text: 'Ford Motor Co. Chief Executive Jim Farr said prices would fall.' })).mentions;
    expect(mentions.map((m) => [m.surface, m.type])).toEqual([['Ford Motor Co', 'org'], ['Jim Farr', 'person']]);
  });
});

describe('a post set off after a name, before what it is for', () => {
  it('makes the name a person\'s ("Jay LeBoff, spokesman for Hotseat")', () => {
    expect(typeOf('Jay LeBeau, spokesman for Hotseat, said so.', 'Jay LeBeau')).toBe('person');
  });
});

describe('a name opening with a country\'s initials', () => {
  it('is no person\'s where they are the country\'s initials, though a post is set off after it', () => {
    expect(typeOf('Japan should buy more U.S. Goods, a spokesman for the federation said.', 'U.S. Goods')).not.toBe('person');
    expect(typeOf('Chad Hurley, co-founder of the site, said so.', 'Chad Hurley')).toBe('person');
  });
});

describe('a person named again by one word of the full name', () => {
  const nameOf = (text: string, surface: string) =>
    buildEntities(buildDocument({ id: 'p', text })).mentions.filter((m) => m.surface === surface).map((m) => m.name);
  it('is the family name inside a longer name ("Lula" for "Luiz Inacio Lula da Silva")', () => {
    expect(nameOf('President Joao Carlos Vanda da Costa spoke. Later Vanda met bankers.', 'Vanda')).toEqual(['Joao Carlos Vanda da Costa']);
  });
  it('is the name before a generation\'s numeral ("Sargent" for "Winthrop Sargent IV")', () => {
    expect(nameOf('Winthrop Sargant IV resigned. It said Sargant, who was senior vice president, left.', 'Sargant')).toEqual(['Winthrop Sargant IV']);
  });
});

describe('no person', () => {
  it('is a name opening with a country\'s initials, as the wire capitalizes after them ("chief U.K. Economist")', () => {
    expect(typeOf('said Bill Marten, chief U.K. Economist at stockbrokers Phillips and Drew.', 'U.K. Economist')).not.toBe('person');
  });
});

describe('a party before a name', () => {
  it('is no part of the person\'s name ("Democrat Lawton Chiles")', () => {
    const names = buildEntities(buildDocument({ id: 'p', text: 'Senators met. They included Democrat Ernest Hollins of South Carolina and Democrat Lawden Chile.' })).mentions.filter((m) => m.type === 'person').map((m) => m.name);
    expect(names).toEqual(['Ernest Hollins', 'Lawden Chile']);
  });
});

describe('a weekday before a title', () => {
  it('is the day something was said, not the start of a name ("said Friday Deputy Trade Representative")', () => {
    const names = buildEntities(buildDocument({ id: 'p', text: 'The official said Friday Deputy U.S. Trade Representative Mike Smyth will lead the talks.' })).mentions.map((m) => m.surface);
    expect(names.some((n) => n.startsWith('Friday'))).toBe(false);
  });
});

describe('a party before a person\'s name', () => {
  const names = (text: string) => buildEntities(buildDocument({ id: 'p', text })).mentions.map((m) => [m.surface, m.name]);
  it('is a name of its own, so that the person\'s later "Mr" mention gets the full name', () => {
    const found = names('But Tory Dominic Greave branded it a scandal. Later Mr Greave said so. Lib Dem Norman Bakker agreed.');
    expect(found).toContainEqual(['Dominic Greave', 'Dominic Greave']);
    expect(found).toContainEqual(['Greave', 'Dominic Greave']);
    expect(found).toContainEqual(['Norman Bakker', 'Norman Bakker']);
  });
  it('stays in a body\'s name that no given name follows (the post closing it is none of the name)', () => {
    expect(names('The Labour Party Chairman spoke.').map(([s]) => s)).toContain('Labour Party');
  });
});

describe("a company's acronym before a person's name", () => {
  const names = (text: string) => mentionsOf(text).map((m) => [m.surface, m.type]);
  it('is a name of its own', () => {
    const found = names('The co-head of defence group KLDR Philippe Camel is to leave his post.');
    expect(found).toContainEqual(['KLDR', 'org']);
    expect(found).toContainEqual(['Philippe Camel', 'person']);
  });
  it("stays in a firm's name with two letters or a legal form", () => {
    expect(names('He joined CB Richard Ellis last year.').map(([s]) => s)).toContain('CB Richard Ellis');
    expect(names('He joined HSBC James Capel Ltd last year.').map(([s]) => s)).toContain('HSBC James Capel Ltd');
  });
});

describe('a rank abbreviated without its stop', () => {
  const names = (text: string) => buildEntities(buildDocument({ id: 'p', text })).mentions.map((m) => [m.surface, m.type]);
  it('is a style before the name, not part of it', () => {
    expect(names('Gen Pinoche ruled for years. Lt Col Olivar North and Adm Jon Poindexer testified.')).toEqual(
      expect.arrayContaining([['Pinoche', 'person'], ['Olivar North', 'person'], ['Jon Poindexer', 'person']]),
    );
  });
  it('stays in a company\'s name', () => {
    expect(names('Gen Term Corp said it would buy Lewis Westco.').map(([s]) => s)).toContain('Gen Term Corp');
  });
});

describe('a family name opening a sentence', () => {
  const mention = (text: string, surface: string) => buildEntities(buildDocument({ id: 'p', text })).mentions.find((m) => m.surface === surface);
  it('is the person the story named in full, even where the tagger reads it as a verb', () => {
    // (wink tags a sentence-opening "Rose" a verb)
    expect(mention('Walter Rose spoke. Rose, executive vice president of Quillon Corp, said no.', 'Rose')?.name).toBe('Walter Rose');
    expect(mention('Mr. Rose spoke. Rose said no.', 'Rose')?.type).not.toBe('org');
  });
  it('is no name where the story never gave it to anyone', () => {
    expect(mention('Profits rose. Rose growers, the company said, cut jobs.', 'Rose')).toBeUndefined();
  });
});

describe('a short name that only "said it" makes a company', () => {
  const readings = (text: string, surface: string) =>
    buildEntities(buildDocument({ id: 'p', text })).mentions.filter((m) => m.surface === surface).map((m) => [m.type, m.name]);
  it('is the person named in full before it ("Thomas Ward ... Ward said it was his idea")', () => {
    expect(readings('Quillon director Tomas Wardell spoke. Wardell said it was his idea to merge.', 'Wardell')).toEqual([['person', 'Tomas Wardell']]);
  });
  it('stays a company where the story named the company first ("Halvard, the shipping group")', () => {
    const text = 'Halvard, the shipping group, said profit rose. Chairman Olaf Halvard said it would grow. Halvard said it would hire.';
    expect(readings(text, 'Halvard')).toEqual([
      ['org', 'Halvard'],
      ['org', 'Halvard'],
    ]);
  });
});

describe('"X said" and a pronoun after it', () => {
  it('reads no company into X where a subject of its own opens what was said', () => {
    expect(typeOf('Quillon shares fell. Stroud said the company is continuing its buyback program.', 'Stroud')).not.toBe('org');
  });
  it('still reads one past a phrase of how it was said', () => {
    expect(typeOf('Quillon said in a statement it would cut jobs.', 'Quillon')).toBe('org');
  });
});

describe('a count of members before a name', () => {
  it('is no title that makes the name a person\'s', () => {
    expect(typeOf('Talks between the 20,000-member Postal Carriers Guild of Canada and Canada Post resumed.', 'Postal Carriers Guild of Canada')).not.toBe('person');
    expect(typeOf('Talks between the seven member Union of Tin Producing States resumed.', 'Union of Tin Producing States')).not.toBe('person');
  });
  it('leaves a member named by the title a person', () => {
    expect(typeOf('The decision angered board member Laila Orvik.', 'Laila Orvik')).toBe('person');
  });
});

describe('a family name with its particles', () => {
  it('is the short form of the full name ("President da Silva" after "Luiz Inacio Lula da Silva")', () => {
    const mentions = buildEntities(buildDocument({ id: 'p', text: 'President Luiz Ignacio Lulo da Silveira was elected. Investors doubted President da Silveira.' })).mentions;
    expect(mentions.filter((m) => m.surface === 'da Silveira').map((m) => m.name)).toEqual(['Luiz Ignacio Lulo da Silveira']);
  });
});

describe("a party's members in the plural before \"and\"", () => {
  it("open no body's name", () => {
    const found = surfacesOf('He will talk with other Democrats and Senate Farm Committee Chairman Jon Brink first.');
    expect(found).toContain('Senate Farm Committee');
    expect(found).not.toContain('Democrats and Senate Farm Committee');
  });
});

describe("an elided particle glued to a name's last word", () => {
  it("stays in a person's name and a company's", () => {
    expect(surfacesOf("Former French President Marcel Bouvier d'Arnaud spoke.")).toContain("Marcel Bouvier d'Arnaud");
    expect(surfacesOf("Shares of Societe Lyonnaise d'Electronique rose.")).toContain("Societe Lyonnaise d'Electronique");
  });
});

describe("a place's name before a given name", () => {
  it("is a name of its own", () => {
    expect(surfacesOf('The team, led by assistant director for Africa Paul Mensah, left.')).toContain('Paul Mensah');
  });
  it("stays in a firm's name that ends in a company's word", () => {
    expect(surfacesOf('Shares of Toronto Sun Publishing rose.')).toContain('Toronto Sun Publishing');
  });
});

describe('a name that opens with a digit', () => {
  it('is whole, though the tokenizer parts the digit from the rest', () => {
    expect(surfacesOf('Eric Benham, chief executive of 7Net, said so.')).toContain('7Net');
    expect(surfacesOf('It said 4Kast will grow.')).toContain('4Kast');
  });
  it('is no speed written with its unit', () => {
    expect(surfacesOf('Lines run at 4Mbps today.')).not.toContain('4Mbps');
  });
});

describe('styles news writes without a stop before a name', () => {
  it('are no part of the name', () => {
    const people = mentionsOf('Prof Al Aynsley-Greene said so. Cardinal Jaime Sinn spoke, and the Rt Rev Michael Scott-Jones agreed.').filter((m) => m.type === 'person');
    expect(people.map((m) => m.name)).toEqual(['Al Aynsley-Greene', 'Jaime Sinn', 'Michael Scott-Jones']);
  });
  it('leave a company named with the word whole', () => {
    expect(mentionsOf('Cardinal Health Inc said so.').map((m) => m.name)).toEqual(['Cardinal Health Inc']);
  });
});

describe('a noun for a nation\'s people before a name', () => {
  it('is where the person is from, no name of a party to anything', () => {
    const mentions = mentionsOf('Petranol Plc is discussing the takeover of a company owned by Frenchman Hubert Perrot.');
    expect(mentions.map((m) => [m.type, m.name])).toEqual([['org', 'Petranol Plc'], ['place', 'Frenchman'], ['person', 'Hubert Perrot']]);
  });
  it('leaves a newspaper named like one alone', () => {
    expect(mentionsOf('Hamish MacDonald, political editor of The Scotsman, said so.').map((m) => m.name)).toContain('Scotsman');
  });
});
