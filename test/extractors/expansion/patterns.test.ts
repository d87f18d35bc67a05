// Ways news says a company goes into a market, each with sentences that look
// alike and are not expansions. The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../helpers/extract.js';

const expansions = (text: string, refDate: string | null = '2017-07-05') =>
  factsOf('expansion', text, refDate).map((f) => ({ company: f.company, market: f.market, code: f.marketCode, status: f.status }));

const one = (company: string, market: string, code: string | null, status: string) => [{ company, market, code, status }];

describe('an entry noun through its verb', () => {
  it.each([
    ['Kestrel Foods Inc gained a foothold in India last year.', one('Kestrel Foods Inc', 'India', 'IN', 'completed')],
    ['Kestrel Foods Inc is seeking a foothold in the Brazilian market.', one('Kestrel Foods Inc', 'Brazil', 'BR', 'planned')],
    ['Corvex Systems Inc has made inroads into the Indian market.', one('Corvex Systems Inc', 'India', 'IN', 'completed')],
    ['Corvex Systems Inc is considering expansion in Europe.', one('Corvex Systems Inc', 'Europe', null, 'planned')],
    ['Corvex Systems Inc plans an expansion into Latin America.', one('Corvex Systems Inc', 'Latin America', null, 'planned')],
    ['The acquisition is part of the expansion of Lumo Motors Corp in the European car market.', one('Lumo Motors Corp', 'Europe', null, 'completed')],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
  it.each([
    ['a refusal', 'Tidewater Foods Inc was refused entry to Britain.'],
    ['a state, not a move', 'Lumo Motors Corp has a presence in 40 countries including India.'],
    ['activities cut', 'Lumo Bank Corp cut its activities in Brazil.'],
    ['a plant that grows', 'The expansion of its plant in Mexico will cost $5 mln, Lumo Motors Corp said.'],
    ['something else that is present', 'Traders noted the presence of Corvex Systems Inc wheat in Brazil.'],
    ['a denial', 'Lexus Motors Inc did well in Japan without managing to make inroads in Europe.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

describe('an entry noun that opens the sentence', () => {
  it.each([
    ['Lumo Motors Corp reported higher profit. The expansion into Africa will cost $1 bln, the company said.'],
    ['The expansion into Africa will cost $1 bln, said Lumo Motors Corp.'],
  ])('takes the company that says it: %s', (text) => {
    expect(expansions(text)).toEqual(one('Lumo Motors Corp', 'Africa', null, 'planned'));
  });
  it.each([
    ['no company says it', 'The expansion into Africa will cost $1 bln, analysts said.'],
    ['the entry of others', 'The entry of foreign banks into Japan was slow, Lumo Bank Corp said.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

describe('a presence that grows', () => {
  it.each([
    ['Nordvik Telecom AB intends to increase its presence in the United States.', one('Nordvik Telecom AB', 'United States', 'US', 'planned')],
    ["The deal increased Nordvik Telecom AB's presence in Saudi Arabia.", one('Nordvik Telecom AB', 'Saudi Arabia', 'SA', 'completed')],
    ['Lumo Motors Corp expanded its footprint in Africa.', one('Lumo Motors Corp', 'Africa', null, 'completed')],
    ['Lumo Bank Corp decided to increase its activities in the Soviet Union.', one('Lumo Bank Corp', 'Russia', 'RU', 'planned')],
    ['Nixdorf Systems AG plans a sharp expansion of its activities in the United States.', one('Nixdorf Systems AG', 'United States', 'US', 'planned')],
    ['Halvard Foods Ltd has expanded in the U.S. food products industry by acquisitions.', one('Halvard Foods Ltd', 'United States', 'US', 'completed')],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
});

describe('what may stand between the verb and its market', () => {
  it.each([
    ['Quarry Holdings Inc will set up a 100 pct-owned subsidiary in Thailand.', one('Quarry Holdings Inc', 'Thailand', 'TH', 'planned')],
    ['Quarry Holdings Inc will set up a second wholly-owned subsidiary in Malaysia.', one('Quarry Holdings Inc', 'Malaysia', 'MY', 'planned')],
    ['Lumo Express NV will open another 20 to 25 offices in the U.S.', one('Lumo Express NV', 'United States', 'US', 'planned')],
    ['Jaguar Cars Plc will start selling XJ-6 in the U.S.', one('Jaguar Cars Plc', 'United States', 'US', 'planned')],
    ['Quarry Holdings Inc has established a marketing division based in Hong Kong.', one('Quarry Holdings Inc', 'Hong Kong', 'HK', 'completed')],
    ['Nordvik Telecom AB will expand further in the U.S.', one('Nordvik Telecom AB', 'United States', 'US', 'planned')],
    ['Nordvik Telecom AB may expand this year in continental Europe.', one('Nordvik Telecom AB', 'Europe', null, 'planned')],
    ['Lumo Motors Corp began selling its cars in Mexico in March.', one('Lumo Motors Corp', 'Mexico', 'MX', 'completed')],
    ['Lumo Motors Corp formed a joint venture in China to make engines.', one('Lumo Motors Corp', 'China', 'CN', 'completed')],
    ['Lumo Motors Corp returned to the Iranian market in 2016.', one('Lumo Motors Corp', 'Iran', 'IR', 'completed')],
    ['Quarry Exchange Inc has established a Far East marketing division based in Hong Kong.', one('Quarry Exchange Inc', 'Hong Kong', 'HK', 'completed')],
    ['Ecoline Co will set up the first Sino-American Joint venture in China.', one('Ecoline Co', 'China', 'CN', 'planned')],
    ['Halvard Bank Corp and Lumo Bank Corp have already entered the Japanese securities market.', [
      { company: 'Halvard Bank Corp', market: 'Japan', code: 'JP', status: 'completed' },
      { company: 'Lumo Bank Corp', market: 'Japan', code: 'JP', status: 'completed' },
    ]],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
  it('reads a list whose preposition is said again', () => {
    expect(expansions('Lumo Airways will expand its service in the Caribbean and to Europe.').map((f) => f.market)).toEqual(['Caribbean', 'Europe']);
  });
  it.each([
    ['a listing', 'Lumo Commerce Ltd began trading in New York on Friday.'],
    ['a futures contract', 'Lumo Exchange Inc is waiting for approval from the Commodity Futures Trading Commission to begin trading a new future in Chicago.'],
    ['a bank made by a merger', 'Corvex Bank Corp and Tidewater Bank Corp agreed to merge and create the biggest bank in West Africa.'],
    ['a return that is a trip', 'Lumo Motors Corp will return to the United States for talks.'],
    ['an enlarged plant', 'Noelle Industries Inc is expanding its factory in Jamaica.'],
    ['a product named in the object', 'Corvex Software Inc launched Windmill in India.'],
    ['a central bank in a financial market', 'The Federal Reserve entered the government securities market in the United States.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

describe('the company', () => {
  it('reads a relative clause', () => {
    expect(expansions('Analysts at Blackwatch Services Ltd, which entered Iraq in 2003, were upbeat.')).toEqual(one('Blackwatch Services Ltd', 'Iraq', 'IQ', 'completed'));
  });
  it('reads a relative clause on a description beside the name', () => {
    expect(expansions("Kestrel Corp, the Japanese electronics group which plans to enter Britain's liberalised telecommunications market, risks a row.")).toEqual(
      one('Kestrel Corp', 'United Kingdom', 'GB', 'planned'),
    );
  });
  it('gives the move to the buyer, not to what it buys, and to the one helped', () => {
    expect(expansions('Lumo Motors Corp acquired Beta Cars Corp to enter the Indian market.')).toEqual(one('Lumo Motors Corp', 'India', 'IN', 'planned'));
    expect(expansions('The new law helped Beta Cars Corp to enter the Indian market.')).toEqual(one('Beta Cars Corp', 'India', 'IN', 'planned'));
  });
  it.each([
    ['Lumo Motors Corp forayed into the Indian market in 2015.', 'India', 'completed'],
    ['Lumo Motors Corp opened its doors in India last year.', 'India', 'completed'],
  ])('%s', (text, market, status) => {
    expect(expansions(text)).toEqual([expect.objectContaining({ company: 'Lumo Motors Corp', market, status })]);
  });
  it('skips an untyped partner after "with"', () => {
    expect(expansions('Lumo Phones Corp has partnered with Reliance to expand in India.')).toEqual(one('Lumo Phones Corp', 'India', 'IN', 'planned'));
  });
  it.each([
    ['Lumo Phones Corp made its official entry into Spain on Tuesday.', 'completed'],
    ['Lumo Phones Corp announced its arrival in Spain.', 'completed'],
  ])('%s', (text, status) => {
    expect(expansions(text)).toEqual(one('Lumo Phones Corp', 'Spain', 'ES', status));
  });
  it('not: a listing', () => {
    expect(expansions('Lumo Airways Corp made its stock market debut in Hong Kong.')).toEqual([]);
  });
  it('reads a list of companies with their tickers', () => {
    expect(expansions('Halvard Bank Corp <HALV> and Nordvik Bank Corp <NRDV> have entered the Japanese market.').map((f) => f.company)).toEqual([
      'Halvard Bank Corp',
      'Nordvik Bank Corp',
    ]);
  });
  it("reads a foreign parent's unit in the market as going there", () => {
    expect(expansions('Halvard Securities Inc, the U.S. unit of Union Bank of Halvard, won the issue. Bankers noted that Halvard Securities Inc was the first foreigner to break into the U.S. market.')).toEqual(
      one('Halvard Securities Inc', 'United States', 'US', 'completed'),
    );
  });
  it('reads a company past its stock code ("<SNE.T> said"), every one of a list, from its name', () => {
    const facts = expansions('Lumo Electronics Corp <LUMO.T> said it will set up a subsidiary in Malaysia. Halvard Bank Plc <HALV.L> and Nordvik Bank Corp <NRDV.N> have already entered the Japanese securities market.');
    expect(facts.map((f) => [f.company, f.market])).toContainEqual(['Nordvik Bank Corp', 'Japan']);
    expect(facts.map((f) => [f.company, f.market])).toContainEqual(['Halvard Bank Plc', 'Japan']);
    expect(facts.map((f) => [f.company, f.market])).toContainEqual(['Lumo Electronics Corp', 'Malaysia']);
    // (and names the wire set in angle brackets: "<Halvard Bank Plc> and <Nordvik Bank Corp> have")
    const bracketed = expansions('Banks such as <Halvard Bank Plc> and <Nordvik Bank Corp> have increased their presence in London.');
    expect(bracketed.map((f) => f.company)).toEqual(['Halvard Bank Plc', 'Nordvik Bank Corp']);
    const texts = factsOf('expansion', 'Nordvik Bank Corp <NRDV.N> has entered the Japanese market.', '2017-07-05').map((f) => f.text);
    expect(texts).toEqual(['Nordvik Bank Corp <NRDV.N> has entered the Japanese market']);
  });
  it('skips a partner after "with"', () => {
    expect(expansions('Ecoline Co signed a contract with Northern Industrial Co to set up a joint venture in China.')).toEqual(one('Ecoline Co', 'China', 'CN', 'planned'));
  });
  it.each([
    ['a product in a relative clause', 'Lumo Telecom Inc is working with Nordvik AB on a radio service for phones, which would launch in Europe.'],
    ['a partner at home', 'Kestrel Corp said it and Brightwater Industries Inc of the United States will set up a joint venture in the U.S.'],
    ['a town named for a capital', 'Lumo Savings Bank opened a new office in Vienna, Va.'],
    ["a city's own market", 'Lumo Cellular Inc said the option would mark its entry into the Los Angeles market.'],
    ['a company described as at home', 'U.S.-based insurance broker Halvard Resources Inc has set up two subsidiaries in the U.S.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text).filter((f) => f.company !== 'Kestrel Corp')).toEqual([]);
  });
});

describe('status', () => {
  it.each([
    ['Lumo Motors Corp set up shop in Brazil.', 'completed'],
    ['Tidewater Foods Inc enters Vietnam in 2019.', 'planned'],
    ['Tidewater Foods Inc enters Vietnam next year.', 'planned'],
    ['Tidewater Foods Inc enters Vietnam in 2012.', 'ongoing'],
  ])('%s', (text, status) => {
    expect(expansions(text)[0]?.status).toBe(status);
  });
});

describe('the market before the noun, and markets a count names', () => {
  it.each([
    ['Lumo Motors Corp announced its European expansion in May.', one('Lumo Motors Corp', 'Europe', null, 'completed')],
    ["Kestrel Foods Inc's Indian debut came in 2015.", one('Kestrel Foods Inc', 'India', 'IN', 'completed')],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
  it('reads the markets after "including"', () => {
    expect(expansions('Tidewater Media Inc has expanded to 130 new countries, including India and Russia.').map((f) => [f.market, f.status])).toEqual([
      ['India', 'completed'],
      ['Russia', 'completed'],
    ]);
    expect(expansions('Lumo Motors Corp aims to enter 10 new markets, such as Brazil, by 2020.')).toEqual(one('Lumo Motors Corp', 'Brazil', 'BR', 'planned'));
  });
  it.each([
    ['a product launch', 'Corvex Games Inc said its US launch of the console sold out.'],
    ['markets without names', 'Tidewater Media Inc has expanded to 130 new countries.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

describe('more verbs', () => {
  it.each([
    ['Volkswagen Group AG is considering building a car factory in India.', one('Volkswagen Group AG', 'India', 'IN', 'planned')],
    ['Streamly Music SA went live in Japan in 2016.', one('Streamly Music SA', 'Japan', 'JP', 'completed')],
    ['Xiaomi Corp said it would launch its first handset in Brazil next month.', one('Xiaomi Corp', 'Brazil', 'BR', 'planned')],
    ['Ridely Technologies Inc launched its ride-hailing service in Cairo in 2014.', one('Ridely Technologies Inc', 'Egypt', 'EG', 'completed')],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
  it.each([
    ['a delegation arriving', 'The Cocoa Producers Alliance council was expected to arrive in London on Monday.'],
    ['a withdrawal', 'Ridely Technologies Inc pulled out of China in 2016.'],
    ['a price going live', 'Lumo Motors Corp said prices went up in Japan.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

describe('a bare name the entities leave untyped, right before the verb', () => {
  it.each([
    ['Brightwell is considering building a car factory in India.', one('Brightwell', 'India', 'IN', 'planned')],
    ['Zantora began selling its cars in the U.S. in 1986.', one('Zantora', 'United States', 'US', 'completed')],
    ['Streamwise plans to expand into Russia.', one('Streamwise', 'Russia', 'RU', 'planned')],
    ["Voltari's expansion into China has been rapid.", one('Voltari', 'China', 'CN', 'completed')],
    ['Clothing group Modaria launched online sales in India in 2017.', one('Modaria', 'India', 'IN', 'completed')],
  ])('%s', (text, want) => {
    expect(expansions(text)).toEqual(want);
  });
  it.each([
    ['a people', 'Soviets would enter the U.S. market again.'],
    ['a product with a model number', 'Galaxy S8 launched in India on Friday.'],
    ['a product after an article', 'The Zenphone debuted in Japan on Friday.'],
    ['money', 'The report said 500 mln U.S. Dlrs had entered Taiwan.'],
    ["a product's launch", "Regulators delayed Sativex's launch in the UK."],
    ['a person named before', 'Prime Minister Alan Rudd visited Japan. Rudd entered India on Monday.'],
  ])('not: %s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});

/** Company, market and status of each expansion in a text of 2021. */
const markets = (text: string) => factsOf('expansion', text, '2021-03-01').map((f) => [f.company, f.market, f.status]);

describe('more ways a market is named', () => {
  it('reads country adjectives sharing one "markets"', () => {
    expect(markets('Kestrel Pay Ltd plans to enter the Italian and Polish markets.')).toEqual([
      ['Kestrel Pay Ltd', 'Italy', 'planned'],
      ['Kestrel Pay Ltd', 'Poland', 'planned'],
    ]);
  });
  it('reads a plant "near" a town of a country', () => {
    expect(markets('VoltNord Storage SA plans to open its first factory near Zaragoza, Spain, in early 2023.')).toEqual([['VoltNord Storage SA', 'Spain', 'planned']]);
  });
  it('reads the preposition said again after a time', () => {
    expect(markets('PayHarbor Ltd will launch in Kenya this year and in Egypt in 2023.')).toEqual([
      ['PayHarbor Ltd', 'Kenya', 'planned'],
      ['PayHarbor Ltd', 'Egypt', 'planned'],
    ]);
  });
  it('reads an entry a company is evaluating as planned', () => {
    expect(markets('Lindqvist Foods AB is evaluating entry into the UK market.')).toEqual([['Lindqvist Foods AB', 'United Kingdom', 'planned']]);
  });
  it('gives "its entry" to the subject, not to a partner described before its name', () => {
    expect(markets('Brightline Software Inc. struck a partnership with Tokyo-based Nakamura Systems ahead of its planned entry into Japan.')).toEqual([
      ['Brightline Software Inc.', 'Japan', 'planned'],
    ]);
  });
});

describe('airlines', () => {
  it('reads flights and services to a country', () => {
    expect(markets('Budget airline SkyBridge Ltd is to launch flights to Hungary and Slovakia in May.')).toEqual([
      ['SkyBridge Ltd', 'Hungary', 'planned'],
      ['SkyBridge Ltd', 'Slovakia', 'planned'],
    ]);
    expect(markets('SkyBridge Ltd began flying to Poland last year.')).toEqual([['SkyBridge Ltd', 'Poland', 'completed']]);
  });
  it('takes no "launched a bid to" for a market', () => {
    expect(markets('Acme Corp launched a bid to win customers in Spain.')).toEqual([]);
  });
});

describe('a second verb after "and"', () => {
  it('belongs to the subject, not to the first verb\'s object', () => {
    expect(markets('Serra Alta SA bought Uruguayan cheese maker Quesos del Este in 2004 and opened a plant in Paraguay last year.')).toEqual([['Serra Alta SA', 'Paraguay', 'completed']]);
  });
  it('still belongs to a company that is the subject of its own clause', () => {
    expect(markets('Acme Corp said Orbix Inc opened a plant in Paraguay.')).toEqual([['Orbix Inc', 'Paraguay', 'completed']]);
  });
});
