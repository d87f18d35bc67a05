import { describe, expect, it } from 'vitest';
import { deals, topAcquisition } from './helpers.js';

describe('deal/merger', () => {
  it('reads "X and Y agreed to merge"', () => {
    const d = deals('Palmetto Bancorp and Riverbend Financial Corp said they agreed to merge.').find((f) => f.type === 'merger');
    expect(d).toMatchObject({ acquirer: 'Palmetto Bancorp', target: 'Riverbend Financial Corp', status: 'announced', rule: 'deal/merger' });
  });

  it('reads "X will be merged into Y" with Y absorbing X', () => {
    const d = deals('Corliss Tool Co will be merged into Hadley Manufacturing Inc next month.').find((f) => f.type === 'merger');
    expect(d).toMatchObject({ acquirer: 'Hadley Manufacturing Inc', target: 'Corliss Tool Co', status: 'planned' });
  });

  it('reads "the merger of the two companies" and a merger both boards approved', () => {
    const two = deals('Ardley Bancorp said its holders and those of Wickham Trust Corp approved the proposed merger of the two companies.').find((f) => f.type === 'merger');
    expect(two).toMatchObject({ acquirer: 'Ardley Bancorp', target: 'Wickham Trust Corp' });
    const boards = deals('Ardley Bancorp said that its board and the board of Wickham Trust Corp approved a definitive agreement to merge.').find((f) => f.type === 'merger');
    expect(boards).toMatchObject({ acquirer: 'Ardley Bancorp', target: 'Wickham Trust Corp', status: 'announced' });
  });

  it('reads "the merger of X and Y"', () => {
    const d = deals('Shareholders approved the merger of Dunlin Systems Inc and Petrel Software Corp.').find((f) => f.type === 'merger');
    expect(d).toMatchObject({ acquirer: 'Dunlin Systems Inc', target: 'Petrel Software Corp' });
  });
});

describe('deal/stake', () => {
  it('reads a stake taken in a company owned by another', () => {
    const d = topAcquisition('Halvard Airways said it agreed to take a 15 pct stake in Tern Air Ltd, a subsidiary of Brisbane Shipping Plc, in a deal worth four mln stg.');
    expect(d).toMatchObject({ acquirer: 'Halvard Airways', target: 'Tern Air Ltd', seller: 'Brisbane Shipping Plc', value: { amount: 4_000_000, currency: 'GBP' }, status: 'announced' });
  });

  it('reads a raised stake as buying and a lowered one as selling', () => {
    expect(topAcquisition('Carrow Associates L.P. said it raised its stake in Quarry Transport Inc to 9.1 pct.')).toMatchObject({
      acquirer: 'Carrow Associates L.P.',
      target: 'Quarry Transport Inc',
      seller: null,
    });
    expect(topAcquisition('Carrow Associates L.P. said it lowered its stake in Quarry Transport Inc to 4.2 pct.')).toMatchObject({
      acquirer: null,
      target: 'Quarry Transport Inc',
      seller: 'Carrow Associates L.P.',
    });
  });

  it('reads an investment in a company', () => {
    const d = deals('Wexford Capital Inc said it made a 2.5 mln dlr equity investment in Larkspur Software Inc.').find((f) => f.type === 'investment');
    expect(d).toMatchObject({ acquirer: 'Wexford Capital Inc', target: 'Larkspur Software Inc', value: { amount: 2_500_000 } });
  });
});

describe('offers and bids', () => {
  it('makes the company rejecting an offer its target', () => {
    const d = topAcquisition('Ormond Resorts Inc said its board rejected a 28 dlr a share takeover offer by Kessler Holdings Corp.');
    expect(d).toMatchObject({ acquirer: 'Kessler Holdings Corp', target: 'Ormond Resorts Inc', value: null });
  });

  it('reads an offer priced per share for a number of shares', () => {
    const d = topAcquisition('Corliss Holdings Ltd said it is extending its offer of 13 dlrs a share for 3.3 mln Pemberton Resorts Corp shares.');
    expect(d).toMatchObject({ acquirer: 'Corliss Holdings Ltd', target: 'Pemberton Resorts Corp' });
  });

  it('reads shares tendered to an offer', () => {
    const d = topAcquisition('Banfield Industries Inc said 19.8 mln of the 20 mln shares in Roxbury Inc were tendered pursuant to its 26 dlr a share offer.');
    expect(d).toMatchObject({ acquirer: 'Banfield Industries Inc', target: 'Roxbury Inc' });
  });

  it('says cancelled when the offer is withdrawn', () => {
    const d = topAcquisition('Kessler Holdings Corp said it withdrew its offer for Ormond Resorts Inc.');
    expect(d).toMatchObject({ acquirer: 'Kessler Holdings Corp', target: 'Ormond Resorts Inc', status: 'cancelled' });
  });

  it('finds no deal where the buyer rules one out in advance', () => {
    expect(deals('Kessler Holdings Corp has no plans to buy Ormond Resorts Inc.')).toEqual([]);
    expect(deals('Tallmadge Foods Corp said it had no plans to sell any of Brevard Packing Co\'s five plants.')).toEqual([]);
  });

  it('says cancelled when the letter of intent is terminated', () => {
    const d = topAcquisition('Pinewood Corp said it terminated the letter of intent to acquire Ashgrove Dairy Inc.');
    expect(d).toMatchObject({ acquirer: 'Pinewood Corp', target: 'Ashgrove Dairy Inc', status: 'cancelled' });
  });

  it('says completed for a previously announced acquisition now completed, announced for a preliminary agreement', () => {
    expect(topAcquisition('Quinlan Corp said it has completed the previously announced acquisition of Mercer Labs Inc.')).toMatchObject({ status: 'completed' });
    expect(topAcquisition('Quinlan Corp said it has a preliminary agreement to sell its Mercer Labs Inc unit to Oriel Corp.')).toMatchObject({ status: 'announced' });
  });

  it('says planned for talks', () => {
    const d = topAcquisition('Pinewood Corp said it is in talks to acquire Ashgrove Dairy Inc.');
    expect(d).toMatchObject({ status: 'planned' });
  });
});

describe('deal/agreement', () => {
  it('splits two agreements signed together and keeps what a cross-license covers', () => {
    const found = deals(
      'Corvina Mobile, the Danish handset maker, and Ulmus Networks signed a business collaboration agreement and a multi-year patent agreement, including a cross license to each company\'s radio standard essential patents.',
    );
    expect(found.map((d) => d.type).sort()).toEqual(['collaboration', 'cross-license']);
    expect(found.find((d) => d.type === 'cross-license')).toMatchObject({
      parties: ['Corvina Mobile', 'Ulmus Networks'],
      object: 'radio standard essential patents',
      status: 'completed',
    });
  });

  it('makes one license deal per named counterpart', () => {
    const found = deals('It is not the first time for Ulmus Networks to have license deals with leading handset makers such as Pearl and Quince.');
    expect(found.map((d) => d.parties)).toEqual([
      ['Ulmus Networks', 'Pearl'],
      ['Ulmus Networks', 'Quince'],
    ]);
    expect(found.every((d) => d.type === 'license' && d.status === 'completed')).toBe(true);
  });

  it('reads planned cooperation of two companies', () => {
    const d = deals('Corvina Mobile and Ulmus Networks will work together on optical transport systems for data centers.')[0];
    expect(d).toMatchObject({ type: 'collaboration', parties: ['Corvina Mobile', 'Ulmus Networks'], object: 'optical transport systems', status: 'planned' });
  });

  it('reads a joint venture formed with a partner', () => {
    const d = deals('Tamarind Steel Corp said it formed a joint venture with Okapi Mining Ltd.')[0];
    expect(d).toMatchObject({ type: 'joint-venture', parties: ['Tamarind Steel Corp', 'Okapi Mining Ltd'], status: 'completed' });
  });
});

describe('what is not a deal', () => {
  it('ignores a trade deal between countries', () => {
    expect(deals('Officials said a trade deal worth 5 bln dlrs between the two countries was signed on Monday.')).toEqual([]);
  });

  it('ignores a product partnership in an advertisement', () => {
    expect(deals('Join the Fernhill Rewards partnership program today and save 20 pct on every order.')).toEqual([]);
  });

  it('does not take a person named like a company for a party', () => {
    const d = topAcquisition('Chairman Ford Motors said he was pleased that Alder Logistics Inc acquired Birch Freight Corp.');
    expect(d).toMatchObject({ acquirer: 'Alder Logistics Inc', target: 'Birch Freight Corp' });
    expect(d!.parties).not.toContain('Ford Motors');
  });

  it('finds nothing when a market expanded', () => {
    expect(deals('The market expanded by 4 pct last year as demand for steel rose.')).toEqual([]);
  });

  it('does not read revenues as the price of a deal', () => {
    const d = topAcquisition('Lanyard Corp said it acquired Bexhill Tools Inc.\nBexhill Tools had sales of 40 mln dlrs last year.');
    expect(d).toMatchObject({ acquirer: 'Lanyard Corp', target: 'Bexhill Tools Inc', value: null });
  });
});

describe('what people and products do is not a deal', () => {
  it.each([
    ['Mr Hale and Mr Wren worked together on the album.'],
    ['Prime Minister Ellen Marsh purchased two copies of the charity single.'],
    ['Daniel Okafor took over from Peter Lind as head of the department in May.'],
    ['Ravenport Athletic completed the purchase of striker Mr Benedetti for 5 mln dlrs.'],
    ['Ravenport Athletic completed the purchase of Mr Benedetti for 5 mln dlrs.'],
    ['Orchard Computer said it has sold more than six million Tunebox players.'],
    ['The Kestrel console, which sold more than the Drift, was the best seller of the year.'],
    ['Players sold 3.2 CDs each, a survey by Hartwell Research found.'],
    ['Cobalt Retail said it would stop selling VHS tapes next year.'],
    ['Nolan Wright, the creator of the best-selling Skyline series, spoke at Arcanum Games.'],
    ['Teller Media said a lot of people are going to be buying the new Pixel Mini from Orchard Computer.'],
  ])('%s', (text) => {
    expect(deals(text).filter((d) => d.type === 'acquisition' || d.type === 'collaboration' || d.type === 'partnership')).toEqual([]);
  });

  it('still reads shares a newswire counts without saying "shares"', () => {
    expect(topAcquisition('Quarrington Inc will also acquire another 2.4 mln Roach from the family trust.')).toMatchObject({ acquirer: 'Quarrington Inc', target: 'Roach' });
  });

  it('still reads a stake an investor sold', () => {
    expect(topAcquisition('Harold Greaves said he sold his 9.5 pct stake in Pellham Mills Inc to Corvid Partners Ltd.')).toMatchObject({ seller: 'Harold Greaves', target: 'Pellham Mills Inc', acquirer: 'Corvid Partners Ltd' });
  });

  it('still reads a company that began selling its stake', () => {
    expect(topAcquisition('Brantley Corp said it began selling its stake in Ostrander Corp to Marlow Holdings Inc.')).toMatchObject({ seller: 'Brantley Corp', acquirer: 'Marlow Holdings Inc' });
  });
});

describe('currencies are not parties', () => {
  it('reads a bid priced in Australian dollars', () => {
    expect(topAcquisition("Xstrata's bid of A$7.4bn for WMC Resources was rejected.")).toMatchObject({ acquirer: 'Xstrata', target: 'WMC Resources' });
    expect(topAcquisition('Lend Lease Corp sold its property business Lensworth for A$846m.')).toMatchObject({ seller: 'Lend Lease Corp', value: { amount: 846_000_000, currency: 'AUD' } });
  });
});

describe('one-word companies opening a sentence', () => {
  it('reads a company the dictionary does not know as a party', () => {
    expect(topAcquisition('Brocketta agreed to acquire Vantive Systems for 68.7 bln dlrs.')).toMatchObject({ acquirer: 'Brocketta', target: 'Vantive Systems' });
  });
  it('keeps an ordinary word opening a sentence out', () => {
    expect(deals('Discussions with Barclays are continuing.')).toEqual([]);
    expect(deals('Shares of Vantive Systems rose.')).toEqual([]);
  });
  it('reads a collaboration announced without the word agreement', () => {
    expect(deals('Brocketta and Vantive announced a collaboration to develop a vaccine.')[0]).toMatchObject({ type: 'collaboration', parties: ['Brocketta', 'Vantive'] });
  });
});
