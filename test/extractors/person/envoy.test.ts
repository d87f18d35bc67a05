import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

// Invented sentences in the style of wire news about envoys.

describe('where an envoy is sent', () => {
  it.each([
    ['Moscow backs free navigation, its ambassador to Kuwait, Ivan Zorin, told the agency. The Soviet Union agreed.', 'Ivan Zorin', 'ambassador to Kuwait', 'Soviet Union'],
    ['Taro Mori, Japan\'s ambassador to the U.S., said trade would grow.', 'Taro Mori', 'ambassador to the U.S.', 'Japan'],
    ['U.S. Ambassador to Kuwait Alan Quint said the ships would be protected.', 'Alan Quint', 'Ambassador to Kuwait', 'U.S.'],
    // (an envoy's name that no list of given names knows, after the place sent to)
    ['Portuguese Ambassador to China Octavo Valeria said there would be no talks.', 'Octavo Valeria', 'Ambassador to China', 'Portugal'],
    ['Ede Kwame, Ivorian delegate to the International Cocoa Organization, spoke.', 'Ede Kwame', 'delegate to the International Cocoa Organization', 'Ivory Coast'],
  ])('is part of the post in %s', (text, name, title, org) => {
    expect(one(text, name)).toMatchObject({ title, roles: [title.toLowerCase()], org });
  });
  it('is a Commonwealth country\'s post too, a high commissioner\'s', () => {
    expect(one('It comes after Pakistan\'s High Commissioner to Britain said more. Dr Maleeka Lodi said people must integrate.', 'Maleeka Lodi')).toMatchObject({ roles: ['high commissioner'], org: 'Pakistan' });
    expect(one('The government asked High Commissioner Rod Gatesby to return from Suva.', 'Rod Gatesby')?.roles).toEqual(['high commissioner']);
  });
  it('may be a body, before the name', () => {
    expect(one('Several nations objected, and European Union ambassador to the WTO, Carla Troy, said the bid must stand alone.', 'Carla Troy')).toMatchObject({ title: 'ambassador to the WTO', org: 'European Union' });
    expect(one('U.S. Ambassador to GATT Mike Samuel said talks would resume.', 'Mike Samuel')).toMatchObject({ title: 'Ambassador to GATT', org: 'U.S.' });
  });
  it('is not a verb\'s "to" after the post', () => {
    expect(one('The U.S. Trade Representative Carla Hill is to decide within 30 days.', 'Carla Hill')?.roles).toEqual(['trade representative']);
    expect(one('Envoy Ivan Zorin went to Kuwait to talk.', 'Ivan Zorin')?.title).toBe('Envoy');
  });
});
