import { describe, expect, it } from 'vitest';
import { one } from './helpers.js';

describe("an envoy's post set off before the name", () => {
  it('reads past "to" and where the envoy is sent', () => {
    expect(one("However, Japan's ambassador to the U.S., Nobu Matsuda, told reporters.", 'Nobu Matsuda')).toMatchObject({ roles: ['ambassador'], org: 'Japan' });
    expect(one("He refused South Africa's new envoy to Canada, Jan de Kort.", 'Jan de Kort')).toMatchObject({ roles: ['envoy'], org: 'South Africa' });
  });
  it('but not for a post no envoy holds', () => {
    expect(one("He spoke of Japan's exports to the U.S., Nobu Matsuda said.", 'Nobu Matsuda')?.roles ?? []).not.toContain('exports');
  });
});

describe('occupations news gives as a title', () => {
  it('include the oilman and the industrialist, with no employer', () => {
    expect(one('An effort by Texas oilman T. Bart Pickett to take over Dalton Oil failed.', 'T. Bart Pickett')).toMatchObject({ roles: ['oilman'], org: null });
    expect(one('Merton fought off British industrialist Sir Jim Goldman.', 'Jim Goldman')).toMatchObject({ roles: ['industrialist'], org: null });
  });
});

describe("a party's candidate", () => {
  it('holds the post for the party named before it', () => {
    expect(one('Labour candidate Jon Kingsley polled 3,603 votes.', 'Jon Kingsley')).toMatchObject({ roles: ['candidate'], org: 'Labour' });
  });
});

describe('arbitragers', () => {
  it('are an occupation with no employer', () => {
    expect(one('It charged arbitrager Ivo Bosky with fraud.', 'Ivo Bosky')).toMatchObject({ roles: ['arbitrager'], org: null });
  });
});

describe("a legislator's party and state in brackets after the name", () => {
  it('is skipped on the way to the post', () => {
    expect(one('"We need it," said Dan Glickmann, (D-Kans.), chairman of the Senate panel.', 'Dan Glickmann')?.roles).toEqual(['chairman']);
  });
});

describe('a special post', () => {
  it('keeps "special" in the title', () => {
    expect(one('"It is the only one," CME special counsel Leon Melman said.', 'Leon Melman')).toMatchObject({ title: 'special counsel', org: 'CME' });
    expect(one('Special prosecutor Larry Walters said so.', 'Larry Walters')?.title).toBe('Special prosecutor');
    expect(one('Special Japanese envoy Shin Abeno met Reagan.', 'Shin Abeno')?.org).toBe('Japan');
  });
});
