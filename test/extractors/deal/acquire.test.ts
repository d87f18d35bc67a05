import { describe, expect, it } from 'vitest';
import { deals, topAcquisition } from './helpers.js';

describe('deal/acquire-verb', () => {
  it('reads an active acquisition with seller and price', () => {
    const d = topAcquisition('Brambleton Foods Inc said it agreed to buy the Halverson bakery chain from Ostrander Corp for 41.5 mln dlrs.');
    expect(d).toMatchObject({
      type: 'acquisition',
      acquirer: 'Brambleton Foods Inc',
      target: 'Halverson bakery chain',
      seller: 'Ostrander Corp',
      value: { amount: 41_500_000, currency: 'USD', text: '41.5 mln dlrs' },
      status: 'announced',
      rule: 'deal/acquire-verb',
    });
  });

  it('reads the passive voice', () => {
    const d = topAcquisition('Quillfeather Systems Corp was acquired by Marlow Holdings Inc last year.');
    expect(d).toMatchObject({ acquirer: 'Marlow Holdings Inc', target: 'Quillfeather Systems Corp', status: 'completed' });
  });

  it('reads "agreed to be acquired by"', () => {
    const d = topAcquisition('Tessaro Labs Inc said it agreed to be acquired by Venner Group Plc for 90 mln stg.');
    expect(d).toMatchObject({ acquirer: 'Venner Group Plc', target: 'Tessaro Labs Inc', value: { currency: 'GBP', amount: 90_000_000 } });
  });

  it('takes the company behind shares as the target', () => {
    const d = topAcquisition('Corvid Partners Ltd said it bought 1.2 mln shares of Pellham Mills Inc, or 6.1 pct of the total outstanding.');
    expect(d).toMatchObject({ acquirer: 'Corvid Partners Ltd', target: 'Pellham Mills Inc' });
  });

  it('reads a company bought from its owner, named or described', () => {
    expect(topAcquisition("Norcross Inc said it bought Redfern Inc's Bellamy Gear Co for 70 mln dlrs.")).toMatchObject({ acquirer: 'Norcross Inc', target: 'Bellamy Gear Co', seller: 'Redfern Inc' });
    expect(topAcquisition("Ashby Energy Ltd said it acquired Tarn Energy Corp's wholly owned Canadian subsidiary, Tarn Petroleum Ltd, for shares.")).toMatchObject({
      target: 'Tarn Petroleum Ltd',
      seller: 'Tarn Energy Corp',
    });
  });

  it('reads past where the target is', () => {
    expect(topAcquisition('Cordell Ventures Inc said it signed a letter of intent to acquire Boulder, Colo., homebuilder Wexley Inc.')).toMatchObject({ target: 'Wexley Inc' });
    expect(topAcquisition('Tanaka Bank Ltd agreed to buy a two pct stake in Lisbon-based Banco Meridional SA.')).toMatchObject({ target: 'Banco Meridional SA' });
  });

  it('does not read the terms of warrants as a purchase', () => {
    const found = deals('Corbin Industries Inc said it agreed to sell its Lumet unit to Vaylor Plc for 40 mln dlrs and warrants to purchase two mln Vaylor shares.');
    expect(found.filter((d) => d.type === 'acquisition')).toHaveLength(1);
  });

  it('keeps an asset as the target', () => {
    const d = topAcquisition('Ardent Mobile Ltd also acquired patent assets from Solberg Oyj as part of the transaction.');
    expect(d).toMatchObject({ acquirer: 'Ardent Mobile Ltd', target: 'patent assets', seller: 'Solberg Oyj', status: 'completed' });
  });

  it('gives a party found by coreference less confidence than a named one', () => {
    const named = topAcquisition('Brisco Steel Corp acquired Wendle Forge Inc for 12 mln dlrs.')!;
    const referred = topAcquisition('Brisco Steel Corp makes steel.\nThe company acquired Wendle Forge Inc for 12 mln dlrs.')!;
    expect(referred.acquirer).toBe('Brisco Steel Corp');
    expect(referred.confidence).toBeLessThan(named.confidence);
  });

  it('does not read buybacks or adjectives as acquisitions', () => {
    expect(deals('Hollin Corp said it bought back 200,000 of its own shares.')).toEqual([]);
    expect(deals('The acquired units performed well, Hollin Corp said.')).toEqual([]);
  });
});

describe('deal/sale', () => {
  it('makes the subject the seller and "to" the acquirer', () => {
    const d = topAcquisition('Mercator Oil Co said it sold its Alberta pipeline operations to Dunmore Energy Ltd for 80 mln Canadian dlrs.');
    expect(d).toMatchObject({ seller: 'Mercator Oil Co', acquirer: 'Dunmore Energy Ltd', target: 'Alberta pipeline operations', value: { currency: 'CAD' }, status: 'completed' });
  });

  it('keeps a sale with only a seller and a price', () => {
    const d = topAcquisition('Parrish Technologies Inc said it sold its subsidiaries engaged in pipeline services for 7.3 mln dlrs.');
    expect(d).toMatchObject({ seller: 'Parrish Technologies Inc', acquirer: null, target: null, value: { amount: 7_300_000 } });
  });

  it('takes the owner of a named division as the seller', () => {
    const d = topAcquisition('Carrow Instruments Inc said it acquired the Fluid Metering Division of Ballard-Keane Corp for 8 mln dlrs.');
    expect(d).toMatchObject({ acquirer: 'Carrow Instruments Inc', target: 'Fluid Metering Division', seller: 'Ballard-Keane Corp' });
  });

  it('keeps a company named with "of" whole', () => {
    const d = topAcquisition('Carrow Instruments Inc said it acquired Bank of Ellsworth.');
    expect(d).toMatchObject({ acquirer: 'Carrow Instruments Inc', seller: null });
  });

  it('reads "was selling" as a sale in progress, not a passive', () => {
    expect(topAcquisition('Brantley Corp said it was selling its subsidiary to Marlow Holdings Inc.')).toMatchObject({ seller: 'Brantley Corp', acquirer: 'Marlow Holdings Inc', status: 'announced' });
  });

  it('takes a plant named by the goods it makes for the thing sold', () => {
    expect(topAcquisition('Brantley Corp said it has sold its coffee roasting plant to Marlow Holdings Inc.')).toMatchObject({ seller: 'Brantley Corp', target: 'coffee roasting plant', acquirer: 'Marlow Holdings Inc' });
    expect(deals('The bank bought gold futures from Ostrander Corp.')).toEqual([]);
  });

  it('leaves a "by" that belongs to another noun out of the deal', () => {
    expect(topAcquisition('Carrow Instruments Inc said it completed the acquisition of Pellham Mills Inc, following approval by Pellham shareholders.')).toMatchObject({ acquirer: 'Carrow Instruments Inc', target: 'Pellham Mills Inc' });
  });

  it('prefers the name in apposition to a described business', () => {
    const d = topAcquisition('Ravel Industries Inc said it agreed to sell its valve business, Kestrel Controls Co, to Ambry Corp.');
    expect(d).toMatchObject({ seller: 'Ravel Industries Inc', target: 'Kestrel Controls Co', acquirer: 'Ambry Corp', status: 'announced' });
  });

  it('keeps the sale of its own described business with no buyer or price named', () => {
    const d = topAcquisition('Vesper Display Corp said it has reached a tentative agreement to sell its existing cable television business for undisclosed terms.');
    expect(d).toMatchObject({ seller: 'Vesper Display Corp', target: 'cable television business', acquirer: null, value: { amount: null, currency: null, text: 'undisclosed' }, status: 'announced' });
  });

  it('says planned for "is seeking to sell"', () => {
    const d = topAcquisition('Harwick Corp said it is seeking to sell its Tolland Instruments Corp subsidiary.');
    expect(d).toMatchObject({ seller: 'Harwick Corp', target: 'Tolland Instruments Corp', status: 'planned' });
  });
});

describe('deal/nominal', () => {
  it('reads "X\'s purchase of Y"', () => {
    const d = topAcquisition("Regulators approved Castellan Corp's purchase of Ferrow Mining Inc.");
    expect(d).toMatchObject({ acquirer: 'Castellan Corp', target: 'Ferrow Mining Inc', rule: 'deal/nominal' });
  });

  it('reads the owner past its ticker, and no deal where its owner is none of the parties', () => {
    expect(topAcquisition("Fenwick declined to comment on Castellan Corp <CSL>'s proposed acquisition of Ferrow Mining Inc.")).toMatchObject({ acquirer: 'Castellan Corp', target: 'Ferrow Mining Inc' });
    expect(topAcquisition("He declined to comment on Castellan Corp (CSL)'s bid for Ferrow Mining Inc.")).toMatchObject({ acquirer: 'Castellan Corp', target: 'Ferrow Mining Inc' });
    expect(deals("Marlow Holdings Inc said it would gain ahead of the British government's planned sale of 31 pct of Dorrigan Corp.")).toEqual([]);
    // (a time or the company before the mark owns nothing: the clause's subject does)
    expect(topAcquisition("Marlow Holdings Inc gained from last week's sale of Dorrigan Corp.")).toMatchObject({ seller: 'Marlow Holdings Inc' });
  });

  it('reads the buyer before its stock code in a sentence the code does not cut, and no code alone as a party', () => {
    expect(topAcquisition('Marlow Holdings Inc <MRLW.L> said it has agreed to buy Dorrigan Corp.')).toMatchObject({ acquirer: 'Marlow Holdings Inc', target: 'Dorrigan Corp' });
    expect(deals("It looked into (Marlow Holdings Inc's) <MRLW.L> takeover of Dorrigan Corp.").flatMap((d) => d.parties)).not.toContain('MRLW.L');
  });

  it('reads "the acquisition of Y by X"', () => {
    const d = topAcquisition('The acquisition of Ferrow Mining Inc by Castellan Corp closed on Friday.');
    expect(d).toMatchObject({ acquirer: 'Castellan Corp', target: 'Ferrow Mining Inc' });
  });

  it('reads a tender offer for shares in a company', () => {
    const d = topAcquisition('Orrin Holdings Plc said it was making a tender offer for up to 20 mln ordinary shares in Bexley Gas Co.');
    expect(d).toMatchObject({ acquirer: 'Orrin Holdings Plc', target: 'Bexley Gas Co', status: 'announced' });
  });

  it('reads a bid with its price before the noun', () => {
    const d = topAcquisition('Analysts expect the 120 mln dlr bid for Tamsin Courier Corp by Halden Capital Inc to succeed.');
    expect(d).toMatchObject({ acquirer: 'Halden Capital Inc', target: 'Tamsin Courier Corp', value: { amount: 120_000_000 } });
  });
});

describe('the subject of a deal past whom it is told to', () => {
  it('is the one who speaks, not the agency told ("told the SEC it may acquire")', () => {
    expect(topAcquisition('The Kelso group told the SEC it may acquire Dorrigan Corp.')).toMatchObject({ acquirer: 'Kelso', target: 'Dorrigan Corp' });
    expect(topAcquisition('Marlow Partners LP told the SEC their purpose is to acquire Dorrigan Corp.')).toMatchObject({ acquirer: 'Marlow Partners LP', target: 'Dorrigan Corp' });
  });
  it('keeps one asked to act the one who acts ("asked Siemens to submit an offer")', () => {
    expect(topAcquisition('The French government asked Veltran AG to submit an offer for Dorrigan Corp.')).toMatchObject({ acquirer: 'Veltran AG', target: 'Dorrigan Corp' });
  });
});

describe('a story\'s principal deal completed from its other sentences', () => {
  it('takes no seller that is the company bought', () => {
    const text = 'Halvern Data Co said it has signed an agreement allowing Brisk Systems Inc to buy 3.6 mln shares of Halvern stock at 3.25 dlrs per share. In addition, Halvern said Brisk Systems would buy a minimum of 10 mln dlrs of equipment from Halvern.';
    expect(topAcquisition(text)).toMatchObject({ acquirer: 'Brisk Systems Inc', target: 'Halvern Data Co', seller: null });
  });
});

describe('a source named after "according to"', () => {
  it('is no buyer of what the sentence says was sold', () => {
    const found = deals('Harwick Pacific Ltd also sold three properties last year, according to Tamsin Capel (Far East) Ltd.');
    expect(found.map((d) => d.acquirer)).not.toContain('Tamsin Capel (Far East) Ltd');
    expect(found.flatMap((d) => d.parties)).not.toContain('Tamsin Capel (Far East) Ltd');
  });
});

describe('a competition a bid is for', () => {
  it('is no company bought ("its bid for the Davis Cup", "London\'s bid for the 2012 Games")', () => {
    expect(deals('Harland said he was available to help Britain in its bid for the Davis Cup.')).toEqual([]);
    expect(deals('The committee began a tour to assess London\'s bid for the 2012 Games.')).toEqual([]);
  });
  it('leaves a bid for a company a deal', () => {
    expect(topAcquisition('Marlow Holdings Inc made a bid for Dorrigan Corp.')).toMatchObject({ acquirer: 'Marlow Holdings Inc', target: 'Dorrigan Corp' });
  });
});
