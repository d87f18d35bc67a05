import { describe, expect, it } from 'vitest';
import { factsOf } from '../../helpers/extract.js';

const expansions = (text: string, refDate: string | null = '2017-07-05') =>
  factsOf('expansion', text, refDate).map((f) => ({ company: f.company, market: f.market, code: f.marketCode, status: f.status, date: f.date?.value ?? null }));

describe('expansion/verb', () => {
  it('gives one fact per market in a list, regions with a null code', () => {
    expect(expansions('Lumo Motors has expanded its business into Brazil, Chile and some Southeast Asian countries.')).toEqual([
      { company: 'Lumo Motors', market: 'Brazil', code: 'BR', status: 'completed', date: null },
      { company: 'Lumo Motors', market: 'Chile', code: 'CL', status: 'completed', date: null },
      { company: 'Lumo Motors', market: 'Southeast Asia', code: null, status: 'completed', date: null },
    ]);
  });
  it('reads a plan with a year and a market named by its adjective', () => {
    expect(expansions('Corvex Systems Inc plans to enter the Japanese market in 2019.')).toEqual([
      { company: 'Corvex Systems Inc', market: 'Japan', code: 'JP', status: 'planned', date: '2019' },
    ]);
  });
  it('reads "is expanding into" as ongoing', () => {
    expect(expansions('Tidewater Foods Inc said it is expanding into Mexico.')).toEqual([
      { company: 'Tidewater Foods Inc', market: 'Mexico', code: 'MX', status: 'ongoing', date: null },
    ]);
  });
  it('resolves "it" and ties the date of the clause', () => {
    expect(expansions('Quarry Holdings Inc sells gravel. Its growth began in March 2012, when it entered Poland.')).toEqual([
      { company: 'Quarry Holdings Inc', market: 'Poland', code: 'PL', status: 'completed', date: '2012-03' },
    ]);
  });
  it('reads facilities opened in a country', () => {
    expect(expansions('Lumo Motors Corp will open a plant in Mexico next year.')[0]).toMatchObject({ company: 'Lumo Motors Corp', market: 'Mexico', status: 'planned' });
  });
  it('reads U.S. and the US as the United States', () => {
    expect(expansions('Nordvik Telecom AB launched its service in the U.S. last month.')[0]).toMatchObject({ market: 'United States', code: 'US', status: 'completed' });
  });
});

describe('more ways news says it', () => {
  it.each([
    ['Kestrel Foods Inc made its debut in Canada last year.', 'Canada', 'completed'],
    ['Corvex Systems Inc said it would enter the market in Vietnam next year.', 'Vietnam', 'planned'],
    ['Lumo Motors Corp brought its cars to Australia in 2011.', 'Australia', 'completed'],
    ['Tidewater Foods Inc launched in India in 2012 with two stores.', 'India', 'completed'],
    ['Nordvik Telecom AB is rolling out its service in Germany.', 'Germany', 'ongoing'],
    ['Quarry Holdings Inc announced plans to enter the Brazilian market.', 'Brazil', 'planned'],
    ['Corvex Systems Inc has set up a subsidiary in Chile.', 'Chile', 'completed'],
    ['Lumo Motors Corp opened an office in Dubai.', 'United Arab Emirates', 'completed'],
  ])('%s', (text, market, status) => {
    expect(expansions(text)[0]).toMatchObject({ market, status });
  });
});

describe('words that are both verbs and nouns', () => {
  it.each([
    ['Corvex Systems Inc plans to launch its smartphones in Indonesia next year.', 'Indonesia', 'ID', 'planned'],
    ['Kestrel Foods Inc debuted in Canada in 2015.', 'Canada', 'CA', 'completed'],
    ['Lumo Motors Corp will push into Southeast Asia.', 'Southeast Asia', null, 'planned'],
  ])('reads the verb: %s', (text, market, code, status) => {
    expect(expansions(text)).toEqual([expect.objectContaining({ market, code, status })]);
  });
});

describe('expansion/noun', () => {
  it("reads \"Org's entry into X\"", () => {
    expect(expansions("Analysts welcomed Corvex Systems Inc's entry into India.")[0]).toMatchObject({ company: 'Corvex Systems Inc', market: 'India', code: 'IN' });
  });
});

describe('not expansions', () => {
  it.each([
    ['a person travelling', 'Finance Minister Alan Rudd travelled to India and entered talks.'],
    ['a product made in a country', 'Lumo Motors Corp cars are made in Mexico.'],
    ['trade statistics', 'Exports to Japan rose 5 pct in March, the ministry said.'],
    ['a market that grew', 'The market expanded by 3 pct and India\'s market grew.'],
    ['a product launched somewhere', 'The new phone was launched in Korea in May.'],
    ['a plant that is enlarged', 'Noelle Industries Inc is expanding its factory in Kingston, Jamaica.'],
    ['an agreement entered into', 'Lumo Motors Corp entered into an agreement with India Steel Ltd.'],
    ['bankruptcy protection', 'Corvex Systems Inc entered bankruptcy protection in the United States.'],
    ['a company going into receivership', 'Quarry Holdings Inc went into receivership in Britain.'],
    ['a delegation arriving', 'The International Cocoa Organization council is expected to arrive in London on Monday.'],
    ['a bond launched', 'Nomura International Ltd launched a 100 mln dlr bond in London.'],
    ['a financial market', 'The Federal Reserve is expected to enter the U.S. government securities market.'],
    ['goods entering a country', 'The Canadian Pork Council said hogs entering the U.S. pay a duty.'],
  ])('%s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});
