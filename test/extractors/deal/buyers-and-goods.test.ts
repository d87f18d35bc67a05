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

describe('the buyer after "by"', () => {
  it('is found past adjectives joined by "but" or a hyphen', () => {
    expect(only('The airline arose from the takeover of Canadian Pacer Air Ltd by the small but cash-rich Pacific Westway Airlines Corp.')[0]).toMatchObject({ acquirer: 'Pacific Westway Airlines Corp', target: 'Canadian Pacer Air Ltd' });
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

describe('companies described before their names', () => {
  it('are both parties: "X and South Korean battery maker Y said they would form a joint venture"', () => {
    const text = "Japan's Halvor Motor Corp and South Korean battery maker Kestra On said on Tuesday they would form a joint venture to build batteries.";
    expect(deals(text)).toContainEqual(expect.objectContaining({ type: 'joint-venture', parties: ['Halvor Motor Corp', 'Kestra On'] }));
    const two = 'Cloud software company Orbix Inc and artificial intelligence startup Vantra AI have struck a multi-year partnership.';
    expect(deals(two)).toContainEqual(expect.objectContaining({ type: 'partnership', parties: ['Orbix Inc', 'Vantra AI'] }));
  });
  it('are read after "with": "a collaboration with Chinese drugmaker X", "a licensing agreement with Britain\'s Y"', () => {
    expect(deals('Sandora said it had entered a collaboration with Chinese drugmaker Zhejiang Halvor Pharmaceutical Co.')).toContainEqual(
      expect.objectContaining({ type: 'collaboration', parties: ['Sandora', 'Zhejiang Halvor Pharmaceutical Co'] }),
    );
    expect(deals("Kestra Corp announced a licensing agreement with Britain's Orbix Holdings.")).toContainEqual(expect.objectContaining({ type: 'license', parties: ['Kestra Corp', 'Orbix Holdings'] }));
  });
  it('are read as the owner of an asset and as what a stake is in', () => {
    expect(only('Kestra Corp agreed to acquire the power semiconductor business of Dutch electronics group Van Halvor Electronics NV for 310 million euros.')[0]).toMatchObject({
      acquirer: 'Kestra Corp', target: 'power semiconductor business', seller: 'Van Halvor Electronics NV',
    });
    expect(only('Orbix Group said it had completed its acquisition of a 51% stake in Turkish cloud provider Anatolian Cloud AS.')[0]).toMatchObject({ acquirer: 'Orbix Group', target: 'Anatolian Cloud AS' });
  });
});

describe('a partnership made by tying up', () => {
  it('is read between companies', () => {
    expect(deals("Paynova Ltd has tied up with Abu Dhabi's First Halvor Bank to offer instant transfers.")).toContainEqual(
      expect.objectContaining({ type: 'partnership', parties: ['Paynova Ltd', 'First Halvor Bank'] }),
    );
  });
  it('is not read between people, nor from a verb glued to a name', () => {
    expect(deals('Stan Leeds is to team up with producer Robert Evanson on a film.')).toEqual([]);
    expect(deals('Creatix Ltd and other Orbix-partnered firms sold players.').filter((d) => d.type === 'collaboration')).toEqual([]);
  });
});

describe('supplies of products with numbers in their names', () => {
  it('read "5G radio equipment" as what is supplied, to a described recipient', () => {
    expect(deals("Ericsen AB said it had signed a five-year deal to supply 5G radio equipment to Brazil's Vivamar Telecom SA.")).toContainEqual(
      expect.objectContaining({ type: 'supply', parties: ['Ericsen AB', 'Vivamar Telecom SA'], object: '5G radio equipment' }),
    );
  });
});

describe('licensing and supplying verbs', () => {
  it('read "licensed its technology to X" as a license', () => {
    expect(deals('Hallberg Chemie AG said it had licensed its solvent technology to Gujarat Orbix Ltd.')).toContainEqual(
      expect.objectContaining({ type: 'license', parties: ['Hallberg Chemie AG', 'Gujarat Orbix Ltd'] }),
    );
  });
  it('read "will supply X with Y" with the recipient first', () => {
    expect(deals('Orbix Corp will supply Corvan Inc with computing power through its cloud platform.')).toContainEqual(
      expect.objectContaining({ type: 'supply', parties: ['Orbix Corp', 'Corvan Inc'], object: 'computing power' }),
    );
  });
  it('read a described target after "purchase of"', () => {
    expect(only('Meridia Infotech Ltd completed its $180 million purchase of U.S. consulting firm Crestline Partners LLC.')[0]).toMatchObject({ acquirer: 'Meridia Infotech Ltd', target: 'Crestline Partners LLC' });
  });
});

describe('more descriptions, statuses and types', () => {
  it('reads a merger called off with a described rival, as cancelled', () => {
    expect(deals('Hallberg Chemie AG said it had called off merger talks with Dutch rival Veldin Coatings NV.')).toContainEqual(
      expect.objectContaining({ type: 'merger', parties: ['Hallberg Chemie AG', 'Veldin Coatings NV'], status: 'cancelled' }),
    );
  });
  it('reads a joint venture with a "Shanghai-based retailer" and a bid for a "data-centre operator"', () => {
    expect(deals('British chain Greaves & Holm is to open stores in China through a joint venture with Shanghai-based retailer Hengtai Group.')).toContainEqual(
      expect.objectContaining({ type: 'joint-venture', parties: ['Greaves & Holm', 'Hengtai Group'] }),
    );
    expect(only('Nusara Digital Tbk is weighing a bid for Thai data-centre operator Siamo Compute Co, people familiar with the matter said.')[0]).toMatchObject({ acquirer: 'Nusara Digital Tbk', target: 'Siamo Compute Co' });
  });
  it('reads a franchise deal as a license and an agreement to supply as a supply deal', () => {
    expect(deals('French retailer Halvet SA will enter Vietnam through a franchise deal with local conglomerate Thanh Long Group.')).toContainEqual(
      expect.objectContaining({ type: 'license', parties: ['Halvet SA', 'Thanh Long Group'] }),
    );
    expect(deals('Nusara Digital Tbk signed an agreement with Orbix Corp to supply graphics processors.')).toContainEqual(
      expect.objectContaining({ type: 'supply', parties: ['Nusara Digital Tbk', 'Orbix Corp'], object: 'graphics processors' }),
    );
  });
});

describe('the company bought behind a country and a description', () => {
  it('names "Brazilian home-goods chain Casa Verde" by its name', () => {
    expect(only('Jinlan Group has agreed to buy Brazilian home-goods chain Casa Verde for 1.9 billion yuan.')[0]).toMatchObject({ acquirer: 'Jinlan Group', target: 'Casa Verde' });
  });
  it('reads the buyer past "controlled by the Almeida family"', () => {
    expect(only('Serra Alta SA, controlled by the Almeida family, bought Uruguayan cheese maker Quesos del Este in 2004.')[0]).toMatchObject({ acquirer: 'Serra Alta SA', target: 'Quesos del Este' });
  });
});

describe('selling in a market', () => {
  it('is no deal: "plans to sell in the United States"', () => {
    expect(only('Huaxin Mobile Ltd has no immediate plans to sell in the United States, Liu said.')).toEqual([]);
  });
  it('is still a sale when sold in an auction', () => {
    expect(only('Orbix Inc sold its Vexa unit in an auction to Corvel Corp for $10 million.')[0]).toMatchObject({ seller: 'Orbix Inc', acquirer: 'Corvel Corp' });
  });
});

describe('a bid owned across its price', () => {
  it('is the possessor\'s: "Dunmore Plc\'s 410 mln stg hostile bid for"', () => {
    const text = "Trade Secretary Nigel Ash referred Dunmore Plc's 410 mln stg hostile bid for brewer Kirkbride Ales Plc to the Monopolies and Mergers Commission.";
    expect(only(text)[0]).toMatchObject({ acquirer: 'Dunmore Plc', target: 'Kirkbride Ales Plc' });
  });
});

describe('a seat of government', () => {
  it('is no party to a deal: it rules on it', () => {
    const d = only('The White House will consider blocking the sale of Norvik Semiconductor Corp to Tanaka Ltd.')[0];
    expect(d?.parties ?? []).not.toContain('White House');
    expect(d?.seller ?? null).toBeNull();
  });
});

describe('buyers the text does not name', () => {
  it('are the subject of their clause, not the speaker before "said"', () => {
    const text = 'Goodyear Tire and Rubber Co expects to sell its Celer Corp unit. Rob Merton, Goodyear\'s chairman and chief executive officer, also said profit would rise. Merton said about seven companies are interested in buying Celer.';
    expect(only(text).map((d) => d.acquirer)).not.toContain('Rob Merton');
  });
  it('leave the owner of what they offer to buy its seller', () => {
    expect(only('Phoenicia Steel Corp said a group of investors offered to buy its Clayborn steel plate mill for 10 mln dlrs.')[0]).toMatchObject({ acquirer: null, seller: 'Phoenicia Steel Corp', target: 'Clayborn steel plate mill' });
  });
  it('are not named ones a reference stands for, nor a named party\'s own', () => {
    expect(only('Duma Corp and Velar Inc said they agreed to merge. The companies said they expect to complete the merger in May.').length).toBeGreaterThan(0);
    expect(only('Pergola Holdings Ltd and its associate companies said they had sold 30 mln shares in Britannic Printing Plc.')[0]).toMatchObject({ seller: 'Pergola Holdings Ltd' });
  });
});
