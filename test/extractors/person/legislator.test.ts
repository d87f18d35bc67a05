import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';
import { statedParty } from '../../../src/extractors/person/legislator.js';

describe('a legislator\'s party', () => {
  it('is read after the name: a letter and a state, or a state and the party\'s word', () => {
    expect(one('"We will act," Sen. Joel Markham, an Arizona Republican, told reporters.', 'Joel Markham')).toMatchObject({ roles: ['senator'], org: 'Republican' });
    expect(one('Rep. Carl Stennett (D-Texas) said the bill was unfair.', 'Carl Stennett')?.org).toBe('Democratic');
    expect(one("In testimony before Sen. Frank Lauder's (D-N.J.) oversight committee, Homeyer said the company would work with the agency.", 'Frank Lauder')?.org).toBe('Democratic');
    expect(one('An aide to Rep. Carl Schuman, the New York Democratic sponsor, said it would pass.', 'Carl Schuman')?.org).toBe('Democratic');
    expect(people('The aide to majority leader Tom Farley, D-Wash., said no. Rep. Tom Farley agreed.').find((p) => p.roles.includes('representative'))?.org).toBe('Democratic');
  });
  it('is read before the title, even after the state', () => {
    expect(one('Republican Sen. Robert Dane said no.', 'Robert Dane')?.org).toBe('Republican');
    expect(one('The seat was open since the death of Nebraskan Democratic Sen. Edwin Zorn last month.', 'Edwin Zorn')?.org).toBe('Democratic');
  });
  it('is read past the state the legislator is "of", and stands over that state', () => {
    expect(one('Baker has talked with Senator Pete Dorman of New Mexico, the senior Republican on the Senate Budget Committee.', 'Pete Dorman')?.org).toBe('Republican');
  });
  it('stands over the committee his other post belongs to', () => {
    const text = 'It came in a letter to Senator Lloyd Benton, chairman of the Finance Committee. Benton, a Texas Democrat, is against it.';
    expect(people(text).map((p) => [p.roles[0], p.org])).toEqual(expect.arrayContaining([['senator', 'Democratic'], ['chairman', 'Finance Committee']]));
  });
  it('leaves the post set off after it to the legislator', () => {
    const text = 'Missing is Rep. Carl Stennett (D-Mich.), chairman of the House Energy and Commerce Committee.';
    expect(people(text).map((p) => [p.roles[0], p.org])).toEqual([['representative', 'Democratic'], ['chairman', 'House Energy and Commerce Committee']]);
  });
  it('leaves the post to the legislator when the brackets alone set it off', () => {
    const text = 'Sen. Dale Harmon (D-Okla.) chairman of the Senate Agriculture subcommittee, said the bill would pass.';
    expect(people(text).map((p) => [p.roles[0], p.org])).toEqual([['senator', 'Democratic'], ['chairman', 'Senate Agriculture subcommittee']]);
    // (not a verb or a word after the brackets: "Sen. Dale Harmon (D-Okla.) said")
    expect(people('Sen. Dale Harmon (D-Okla.) said the bill would pass.').map((p) => p.roles[0])).toEqual(['senator']);
  });
  it('is no company\'s post the legislator also holds; a legislator with no party serves the country', () => {
    const text = 'Hong Kong brokers welcomed the halt. But legislator Daniel Leung, who is also managing director of the Bank of Kowloon, said one day was enough. Legislator Ho Kam-wah agreed.';
    expect(people(text).map((p) => [p.name, p.roles[0], p.org])).toEqual([
      ['Daniel Leung', 'legislator', 'Hong Kong'],
      ['Daniel Leung', 'managing director', 'Bank of Kowloon'],
      ['Ho Kam-wah', 'legislator', 'Hong Kong'],
    ]);
    // ("key lawmakers including Reps. Glenn Ashby": news styles the lawmakers it names)
    expect(people('Key lawmakers including Reps. Glenn Ashby (D-Okla.), and Dan Glenn (D-Kan.) agreed.').map((p) => p.roles)).toEqual([['representative'], ['representative']]);
  });
  it('is read for a second name the style goes on to, after the first\'s party and state', () => {
    const text = 'Rep. Arne Stangel (R-Minn.) and Harold Volk (D-Mo.) have both backed the bill.';
    expect(people(text).map((p) => [p.name, p.roles[0], p.org])).toEqual([['Arne Stangel', 'representative', 'Republican'], ['Harold Volk', 'representative', 'Democratic']]);
    // (not a name with no party and state of its own: "and Harold Volk, a farmer")
    expect(people('Rep. Arne Stangel (R-Minn.) and Harold Volk, a farmer, backed the bill.').map((p) => p.name)).toEqual(['Arne Stangel']);
  });
  it('is none where the story states none', () => {
    expect(statedParty('Sen. Robert Dane said no, and Dane left.', 'Robert Dane')).toBeUndefined();
  });
});

describe('a cabinet secretary\'s country', () => {
  it('is one whose government has such secretaries', () => {
    const text = 'Japan will face penalties, U.S. officials said. Commerce Secretary Malcolm Bridger said Tokyo had broken the pact. Japan\'s trade ministry denied it.';
    expect(one(text, 'Malcolm Bridger')?.org).toBe('U.S.');
  });
});

describe('a legislator\'s party in lists and broken lines', () => {
  it('is read where the wire breaks the line inside the name', () => {
    expect(one('Leahy said he would be delighted to have\nfreshman Sen. John\nBrough (D-La.) join the committee. But\nBrough\'s appointment was resisted.', 'John Brough')?.org).toBe('Democratic');
  });
  it('is read before a plural title, past each name\'s state', () => {
    expect(people('Aides to Republican Sens. Mitch Conway (Ky.) and Pete Wilder (Calif.) said their bosses were opposed.').map((p) => [p.name, p.org])).toEqual([['Mitch Conway', 'Republican'], ['Pete Wilder', 'Republican']]);
  });
});

describe('a legislator\'s party stated after the surname alone', () => {
  it('is the party', () => {
    expect(one('Rep. Richard Gebhart wants a cut in surpluses. Gebhart, a Missouri Democrat, has not decided.', 'Richard Gebhart')?.org).toBe('Democratic');
  });
  it('is a chamber\'s majority leader\'s party too', () => {
    expect(one('There will be difficulty, said an aide to house majority leader Tom Foli, D-Wash.', 'Tom Foli')?.org).toBe('Democratic');
  });
});

describe('a legislator\'s party after a word of leaning', () => {
  it('is the party', () => {
    expect(one('Sen. Steven Simms, a conservative Republican from Idaho, introduced it.', 'Steven Simms')?.org).toBe('Republican');
  });
});

describe('a senator\'s country, where no party is stated', () => {
  it('is never one whose parliament has no senators', () => {
    expect(one('Japan must open its markets. Japan sells chips. Sen. Pete Wilsen said Japan cheated.', 'Pete Wilsen')?.org).toBeNull();
    expect(one('The U.S. must act. U.S. trade suffers. Japan sells chips. Sen. Pete Wilsen said Japan cheated.', 'Pete Wilsen')?.org).toBe('U.S.');
  });
  it('reads a governor\'s abbreviated style, with the state before it', () => {
    expect(one('Yeutter declined to comment on a rumor that Nebraska Gov. Kay Orrin was considering him.', 'Kay Orrin')).toMatchObject({ title: 'Gov.', roles: ['governor'], org: 'Nebraska' });
  });
});

describe('a legislator\'s state and party before the post', () => {
  it('reads the post after "a Wisconsin Democrat and"', () => {
    expect(one('Ralph Kastner, a Wisconsin Democrat and member of the House Intelligence Committee, told Reuters.', 'Ralph Kastner')).toMatchObject({ roles: ['member'], org: 'House Intelligence Committee' });
    expect(one('Ben Johnson, a New Jersey Republican and former chairman of the House Ways and Means Committee, said no.', 'Ben Johnson')).toMatchObject({ roles: ['former chairman'], org: 'House Ways and Means Committee' });
  });
  it('reads no stance as a post (the party is what the story states)', () => {
    expect(one('Phil Crain, an Illinois Republican and staunch free trader, said no.', 'Phil Crain')).toEqual({ name: 'Phil Crain', title: null, roles: [], org: 'Republican' });
  });
});

describe('a party in brackets after the name', () => {
  it('reads the party\'s word alone ("Senator Bill Brade (Democrat) of New Jersey")', () => {
    expect(one('Senator Bill Brade (Democrat) of New Jersey said the plan failed.', 'Bill Brade')).toMatchObject({ roles: ['senator'], org: 'Democratic' });
  });
});

describe('a party given by a legislator\'s rank in it', () => {
  it('reads "the committee\'s top Republican" after a senator', () => {
    expect(one("But Sen. Jake Garner, the committee's top Republican, chastised senators.", 'Jake Garner')).toMatchObject({ roles: ['senator'], org: 'Republican' });
  });
});

describe('a committee\'s ranking member', () => {
  it('is a post on the committee named after "on"', () => {
    expect(one('"We came to talk," Jake Garnet, ranking Republican on the Senate Banking Committee, told the minister.', 'Jake Garnet')).toMatchObject({ title: 'ranking Republican', roles: ['ranking republican'], org: 'Senate Banking Committee' });
    expect(people('Sen. Richard Lugner (R-Ind.), ranking minority member on the Senate Agriculture Committee, said so.')).toContainEqual(expect.objectContaining({ roles: ['ranking minority member'], org: 'Senate Agriculture Committee' }));
  });
  it('is no post where "ranking" describes no seat', () => {
    expect(people('Jake Garnet, a high-ranking Republican, said so.').some((p) => p.roles.includes('ranking republican'))).toBe(false);
  });
});

describe('a party given when the story refers back to a legislator', () => {
  it('reads "a fellow Texas Democrat"', () => {
    expect(one('Wright said the plan by Sen. Lloyd Benton, a fellow Texas Democrat, was useful.', 'Lloyd Benton')).toMatchObject({ roles: ['senator'], org: 'Democratic' });
  });
  it('reads "the California Republican said" after the senator it stands for', () => {
    const text = 'Sen. Jon Mercer, an Arizona Republican, spoke first. Sen. Pete Walden told reporters, "It is clear." "We think so," the California Republican said.';
    expect(one(text, 'Pete Walden')).toMatchObject({ roles: ['senator'], org: 'Republican' });
    expect(one(text, 'Jon Mercer')).toMatchObject({ org: 'Republican' });
  });
  it('gives no party the story does not give', () => {
    expect(one('Sen. Pete Walden told reporters the plan was clear. Trade officials said the talks would go on.', 'Pete Walden')?.org ?? '').not.toMatch(/Republican|Democratic/);
  });
});

describe('a chamber\'s post of a party the story states', () => {
  it('is the party\'s, the chamber kept in the title', () => {
    expect(one('In recent days House Speaker Jim Marlow, a Texas Democrat, has called for such a tax.', 'Jim Marlow')).toMatchObject({ title: 'House Speaker', roles: ['house speaker'], org: 'Democratic' });
    const text = 'Congress should act, Senate majority leader Robert Hale said. "We will pass it," the West Virginia Democrat said.';
    expect(one(text, 'Robert Hale')).toMatchObject({ title: 'Senate majority leader', roles: ['senate majority leader'], org: 'Democratic' });
  });
  it('stays the chamber\'s where the story states no party', () => {
    expect(one('The House should override the veto, House Speaker Jim Marlow said.', 'Jim Marlow')).toMatchObject({ title: 'Speaker', org: 'House' });
  });
});
