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
  ])('%s', (_why, text) => {
    expect(expansions(text)).toEqual([]);
  });
});
