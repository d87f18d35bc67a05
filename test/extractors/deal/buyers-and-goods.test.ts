// Who buys in "sold X to Y" when Y is described first, what a supplier
// supplies, and which of "Parent's Company" acts.
import { describe, expect, it } from 'vitest';
import { deals } from './helpers.js';

const only = (text: string) => deals(text).map((d) => ({ type: d.type, parties: d.parties, acquirer: d.acquirer, seller: d.seller, target: d.target }));

describe('the buyer after "to"', () => {
  it('ends what was sold at "to": "sold stakes to X"', () => {
    expect(only('Jorvik Platforms Ltd has also sold stakes to Faber Inc this year.')[0]).toMatchObject({ acquirer: 'Faber Inc', seller: 'Jorvik Platforms Ltd' });
  });
  it('keeps "up to" and "to 15 pct" inside what was bought', () => {
    expect(only('Faber Inc said it may buy up to 20 pct of Jorvik Platforms Ltd.')[0]).toMatchObject({ acquirer: 'Faber Inc', target: 'Jorvik Platforms Ltd' });
  });
  it('passes a lower-case description before the buyer\'s name', () => {
    expect(only('Orbix Inc agreed to sell its China business to rival Duma Chuxing.')[0]).toMatchObject({ acquirer: 'Duma Chuxing', seller: 'Orbix Inc', target: 'China business' });
    expect(only('Velar Plc sold its tea business to private equity firm Halden Capital Partners.')[0]).toMatchObject({ acquirer: 'Halden Capital Partners', seller: 'Velar Plc' });
  });
  it('does not take a pronoun after the description for the buyer', () => {
    const d = only('Corvel Resources Ltd said it agreed to sell a 50 pct interest in a group of mineral properties to a buyer it did not name for 30 mln dlrs.')[0];
    expect(d?.acquirer ?? null).toBeNull();
    expect(d?.seller).toBe('Corvel Resources Ltd');
  });
});

describe('supply deals', () => {
  it('read goods of any kind when the recipient is named', () => {
    expect(deals('Halden Electronics Co Ltd has signed a deal to supply memory chips to Orbix Inc.')).toContainEqual(
      expect.objectContaining({ type: 'supply', parties: ['Halden Electronics Co Ltd', 'Orbix Inc'], object: 'memory chips' }),
    );
  });
  it('need the recipient', () => {
    expect(deals('Halden Electronics Co Ltd will supply memory chips this year.').filter((d) => d.type === 'supply')).toEqual([]);
  });
});

describe('a company named with its parent', () => {
  it('acts itself: "Alphabet Inc\'s Google will invest"', () => {
    expect(only("Orbix Holdings Inc's Velo will invest $4.5 billion in Jorvik Platforms Ltd.")[0]).toMatchObject({ type: 'investment', acquirer: 'Velo' });
  });
  it('leaves the acting to the parent when the name is its unit\'s: "X Ltd\'s Y Inc unit"', () => {
    expect(only("Federal Orbix Ltd's Velo Steel Inc unit acquired Dunmore Metals Corp.")[0]).toMatchObject({ acquirer: 'Federal Orbix Ltd', target: 'Dunmore Metals Corp' });
  });
});
