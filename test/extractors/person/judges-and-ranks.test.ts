import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe('a judge', () => {
  it('holds the court\'s post of the country before it', () => {
    expect(one('U.S. District Judge Edmund Palmer scheduled a hearing.', 'Edmund Palmer')).toMatchObject({ title: 'District Judge', roles: ['district judge'], org: 'U.S.' });
    expect(one('US bankruptcy judge Letitia Clarke ruled.', 'Letitia Clarke')).toMatchObject({ title: 'bankruptcy judge', roles: ['bankruptcy judge'], org: 'US' });
  });
  it('has no country where none is written', () => {
    expect(one('Judge John Smart ruled on Monday.', 'John Smart')).toMatchObject({ roles: ['judge'], org: null });
  });
});

describe('a rank read with a country as one name', () => {
  it('ranks the post after the country, which owns it', () => {
    expect(one('Deputy U.S. Trade Representative Michael Smithers met them.', 'Michael Smithers')).toMatchObject({ title: 'Deputy U.S. Trade Representative', roles: ['deputy trade representative'], org: 'U.S.' });
  });
  it('leaves a company\'s name alone', () => {
    expect(one('Deputy Acme Corp chairman John Smart spoke.', 'John Smart')?.roles).toEqual(['chairman']);
  });
});

describe('a military rank between a post and a name', () => {
  it('is passed over to the post before it', () => {
    const text = 'Lima approved the dismissal of Peruvian Air Force Commander Lieutenant General Luis Abram Cavaro yesterday.';
    expect(one(text, 'Luis Abram Cavaro')).toMatchObject({ title: 'Commander', org: 'Peruvian Air Force' });
  });
  it('is no rank where "General" ends the post', () => {
    expect(one('The letter went to Attorney General Edwin Meeson on Monday.', 'Edwin Meeson')?.roles).toEqual(['attorney general']);
    expect(one('Secretary General Javier Perez de Cuella met the envoys.', 'Javier Perez de Cuella')?.roles).toEqual(['secretary general']);
  });
});

describe('an occupation with its field', () => {
  it('keeps the field', () => {
    expect(one('That is one reason, says Fred Sawyer, a politics lecturer at the University of Lille.', 'Fred Sawyer')).toMatchObject({ title: 'politics lecturer', org: 'University of Lille' });
    expect(one('School teacher Helen Carr said so.', 'Helen Carr')?.roles).toEqual(['school teacher']);
  });
});

describe('a president or chairman after the body\'s word', () => {
  it('keeps the body in the title and the post as the role', () => {
    expect(one('He said union president Bob Whyte agreed.', 'Bob Whyte')).toMatchObject({ title: 'union president', roles: ['president'] });
    expect(one('Patrick Rickman, computer systems president, said sales would rise.', 'Patrick Rickman')).toMatchObject({ title: 'computer systems president', roles: ['president'] });
    expect(one('Karl Schneider, deputy management board chairman of DG Bank AG, said rates would fall.', 'Karl Schneider')).toMatchObject({ title: 'deputy management board chairman', org: 'DG Bank AG' });
  });
  it('takes no other words before the post', () => {
    expect(one('He imposed tough trade sanctions President Ronald Reagan said.', 'Ronald Reagan')?.title).toBe('President');
    expect(one('The cost-conscious chairman Rhys Eyton said so.', 'Rhys Eyton')?.title).toBe('chairman');
  });
});

describe('a body\'s president', () => {
  it('serves no state', () => {
    expect(one('Polish union president Lech Wala said so.', 'Lech Wala')?.org ?? null).not.toBe('Poland');
  });
  it('leaves a capitalized body to the name before it', () => {
    const text = 'The Senate Banking Committee met.\nThe Senate Banking Committee will vote.\nCommittee Chairman William Prox said so.';
    expect(one(text, 'William Prox')).toMatchObject({ title: 'Chairman', roles: ['chairman'] });
  });
});
