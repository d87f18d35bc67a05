import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe("an envoy's post set off before the name", () => {
  it('reads past "to" and where the envoy is sent', () => {
    expect(one("However, Japan's ambassador to the U.S., Nobu Matsuda, told reporters.", 'Nobu Matsuda')).toMatchObject({ roles: ['ambassador to the u.s.'], org: 'Japan' });
    expect(one("He refused South Africa's new envoy to Canada, Jan de Kort.", 'Jan de Kort')).toMatchObject({ roles: ['envoy to canada'], org: 'South Africa' });
  });
  it('and past "in" and the city the envoy is posted to', () => {
    expect(one("Norway's ambassador in Lima, Per Arne Holt, told reporters the talks were over.", 'Per Arne Holt')).toMatchObject({ roles: ['ambassador'], org: 'Norway' });
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
  it("include a scholar's field, with the university after the name", () => {
    expect(one('Anthropologist Dean Falk of Harvard University supports the findings.', 'Dean Falk')).toMatchObject({ roles: ['anthropologist'], org: 'Harvard University' });
    expect(one('The linguist and political analyst Noam Chomsky spoke.', 'Noam Chomsky')).toMatchObject({ roles: ['linguist', 'political analyst'] });
    expect(one('David Kahn, a former Yale historian, said the code was broken.', 'David Kahn')).toMatchObject({ roles: ['former historian'], org: 'Yale' });
  });
});

describe('who drew up a plan', () => {
  it('holds no post as its "architect of"', () => {
    expect(people('Prices rose, said Dalton Furano, chief architect of the Cruzado Plan.')).toEqual([]);
    expect(people('Baker is the chief architect of the U.S. strategy.').filter((p) => p.name === 'Baker')).toEqual([]);
  });
  it('unlike a firm\'s architect of its systems', () => {
    expect(one('Cisco said its chief security architect John Stewert left.', 'John Stewert')).toMatchObject({ roles: ['chief security architect'], org: 'Cisco' });
  });
});

describe('occupations in the arts', () => {
  it('are titles before a name, alone or in the plural before a list', () => {
    expect(one('Rapper Kayne Wesley will perform at the awards.', 'Kayne Wesley')).toMatchObject({ roles: ['rapper'] });
    expect(people('And playwrights David Eldrich and Owen McCaffery will fight it out for the award.').map((p) => [p.name, p.roles])).toEqual([['David Eldrich', ['playwright']], ['Owen McCaffery', ['playwright']]]);
  });
  it('keep a conductor out of the name it opens, and a body a place owns past the words that praise it', () => {
    const text = 'Conductor Marco Vitelli, director of Milan\'s famous La Scala Theatre, has died at 50.';
    expect(people(text).map((p) => [p.name, p.roles, p.org])).toEqual([['Marco Vitelli', ['director'], 'La Scala Theatre']]);
  });
  it('take a publication\'s name with its word for it, which is no part of the post', () => {
    expect(one('The band are great, said Kew magazine reviews editor Ted Kestle.', 'Ted Kestle')).toMatchObject({ title: 'reviews editor', org: 'Kew magazine' });
  });
  it('take the band named before them', () => {
    expect(one('Blurr guitarist Graham Coxen has left the group.', 'Graham Coxen')).toMatchObject({ roles: ['guitarist'], org: 'Blurr' });
  });
  it('include an agent and an executive producer, but not a producer alone, as often a company', () => {
    expect(one('Agent Simon Beresfield said she was a favourite client.', 'Simon Beresfield')).toMatchObject({ roles: ['agent'] });
    expect(one('The show is made by executive producer Andy Stevens.', 'Andy Stevens')).toMatchObject({ roles: ['executive producer'] });
    expect(one('Jean-Marc Verne, president of French sugar producer Beghin-Sey, said so.', 'Jean-Marc Verne')).toMatchObject({ roles: ['president'], org: 'Beghin-Sey' });
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

describe("a country's envoy to a body known by its initials", () => {
  it('serves the country, with the body in the title', () => {
    expect(one("It said Pakistan's acting U.N. representative Anees Ahmad wrote a letter.", 'Anees Ahmad')).toMatchObject({ title: 'acting U.N. representative', org: 'Pakistan' });
    expect(one('Neither Finch nor U.S. IMF Representative Charles Dallmann could be reached.', 'Charles Dallmann')).toMatchObject({ title: 'IMF Representative', org: 'U.S.' });
  });
  it('but a body\'s own representative is the body\'s', () => {
    expect(one('IMF representative Omar Saeed spoke.', 'Omar Saeed')).toMatchObject({ title: 'representative', org: 'IMF' });
  });
});

describe('a firm bearing the person\'s name', () => {
  it('is the firm the story names after the person', () => {
    const text = 'Jefferson and Co is small. Macro Can owns 20 pct of Jefferson and is its largest shareholder. Yesterday, Boyd Jefferson, chairman and founder of the brokerage firm bearing his name, resigned.';
    expect(one(text, 'Boyd Jefferson')).toMatchObject({ roles: ['chairman', 'founder'], org: 'Jefferson and Co' });
  });
});

describe("a firm's forecaster and a resident post", () => {
  it('reads "futurologist" as a post, and "resident" as part of a title', () => {
    expect(one('Phones will be printed on wrists, says Ian Parson, Telco\'s resident futurologist.', 'Ian Parson')).toMatchObject({ roles: ['resident futurologist'], org: 'Telco' });
    expect(one('Rolando Arriola, the World Bank\'s resident representative, said so.', 'Rolando Arriola')).toMatchObject({ roles: ['resident representative'], org: 'World Bank' });
  });
});

describe("a scientist's field before the post", () => {
  it('is part of the title', () => {
    expect(one('"It is dry," said Carl Stiller, an extension agronomist with the Agricultural Extension Service.', 'Carl Stiller')).toMatchObject({ roles: ['extension agronomist'], org: 'Agricultural Extension Service' });
    expect(one('Sports psychologist Hugo Rich said so.', 'Hugo Rich')?.roles).toEqual(['sports psychologist']);
  });
});
