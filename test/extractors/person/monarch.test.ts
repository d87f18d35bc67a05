import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/monarch: a monarch\'s style tied to a country', () => {
  it('reads the country after the name, before it as a possessive, or as an adjective', () => {
    expect(one('King Fahid of Saudi Arabia begins a four-day visit on Tuesday.', 'Fahid')).toEqual({ name: 'Fahid', title: 'King', roles: ['king'], org: 'Saudi Arabia' });
    expect(one("Jordan's King Husain met the envoy.", 'Husain')).toMatchObject({ roles: ['king'], org: 'Jordan' });
    expect(one('Saudi King Fahid met the envoy.', 'Fahid')).toMatchObject({ roles: ['king'], org: 'Saudi Arabia' });
    expect(one('Emir Sheikh Jabir al-Sabah of Kuwait spoke.', 'Jabir al-Sabah')).toMatchObject({ roles: ['emir'], org: 'Kuwait' });
  });
  it('reads a style of two words', () => {
    expect(one("Oman's Crown Prince Qabus said oil prices would rise.", 'Qabus')).toEqual({ name: 'Qabus', title: 'Crown Prince', roles: ['crown prince'], org: 'Oman' });
    expect(people('Crown Prince Qabus attended the races.')).toEqual([]);
  });
  it('reads a country adjective of two words before the style', () => {
    expect(one('Saudi Arabian Crown Prince Abdulla bin Abdul Aziz was thanked by the envoy.', 'Abdulla bin Abdul Aziz')).toMatchObject({ roles: ['crown prince'], org: 'Saudi Arabia' });
  });
  it('is no fact for a style no country is tied to: a film, a pub, a royal visit', () => {
    expect(people('King Kong was the hit of the year, and Queen Vic regulars cheered.')).toEqual([]);
    expect(people('The leader will meet Queen Elizabeth and Prince Philip.')).toEqual([]);
  });
  it("gives an untied king the story's country where that is a monarchy the story names twice or more", () => {
    const story = 'Saudi Arabia will buy submarines. A study has been completed and King Fahid will announce the builder. Saudi Arabia has asked for bids.';
    expect(one(story, 'Fahid')).toMatchObject({ title: 'King', roles: ['king'], org: 'Saudi Arabia' });
  });
  it('gives no untied king a country that is no monarchy, that the story names once, or that the story names less than another', () => {
    expect(people('Fans in France cheered when King Fahid came. France loved it.')).toEqual([]);
    expect(people('Fans cheered when King Fahid came to Saudi Arabia.')).toEqual([]);
    expect(people('Saudi Arabia and Jordan talked. King Fahid came. France and France and France and France.')).toEqual([]);
  });
  it('gives an untied queen or a name the dictionary lists no country', () => {
    expect(people('Britain cheered. Queen Latifah sang. Britain loved it.')).toEqual([]);
    expect(people('Saudi Arabia cheered. King World sold shares. Saudi Arabia loved it.')).toEqual([]);
  });
});

describe('an emperor', () => {
  it("is Japan's in a story about Japan, and a king there is no emperor's country's", () => {
    const text = "Japan's economy grew in the quarter. Spending marked 60 years of Emperor Hirotomo's reign, Japanese officials said.";
    expect(one(text, 'Hirotomo')).toMatchObject({ title: 'Emperor', roles: ['emperor'], org: 'Japan' });
    expect(one("Japan's exports rose. Japan's imports fell. King Farad said so.", 'Farad')).toBeUndefined();
  });
});

