import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('person/title-then-name: a post opening one sentence, its holder opening the next', () => {
  it('gives the holder the post and its organization', () => {
    expect(one('The chief executive of department store group Hollins & Vane has quit. Graham Pettifer, who joined in 2001, will leave at once.', 'Graham Pettifer')).toMatchObject({ roles: ['chief executive officer'], org: 'Hollins & Vane' });
    expect(one('Corvane Semiconductor Corp said orders fell. Corvane\'s finance chief sounded more cautious. Ingrid Solberg said margins would fall.', 'Ingrid Solberg')).toMatchObject({ roles: ['finance chief'], org: 'Corvane Semiconductor Corp' });
    expect(one("The European Central Bank's president sounded more upbeat. Jean-Marc Delattre told reporters that recovery was under way.", 'Jean-Marc Delattre')).toMatchObject({ roles: ['president'], org: 'European Central Bank' });
  });
  it('needs the two sentences side by side, and an organization for the post', () => {
    expect(people("The company's chairman spoke. Sales fell in May. John Smith said it.")).toEqual([]);
    expect(people('The chairman resigned on Monday. John Smith said it was a shock.')).toEqual([]);
  });
  it('does not take a person for an employer', () => {
    expect(people("Kostas Kenteris' lawyer has called for the charges to be dropped. Gregory Ioannidis said the case was weak.").filter((p) => p.org === 'Kostas Kenteris')).toEqual([]);
  });
});

describe('a post the lexicon knows whole, in capitals, set off before the name', () => {
  it('is read whole, and "Under" stays in it', () => {
    expect(one('Reagan said he was told by his former National Security Adviser, John Poindale.', 'John Poindale')).toMatchObject({ roles: ['former national security adviser'] });
    expect(one('The talks were led by Under Secretary of Commerce, Bruce Smarte, on Monday.', 'Bruce Smarte')?.roles).toEqual(['under secretary of commerce']);
  });
});

describe('a rank written in two abbreviations', () => {
  it('is one rank', () => {
    expect(one('Marine Lt. Col. Oliver Northam was fired.', 'Oliver Northam')).toMatchObject({ title: 'Lt. Col.', roles: ['lieutenant colonel'] });
  });
  it('is one post where the wire abbreviates an office so', () => {
    expect(one('Freeman was referring to Michigan Atty. Gen. Frank J. Kellner.', 'Frank J. Kellner')).toMatchObject({ title: 'Atty. Gen.', roles: ['attorney general'], org: 'Michigan' });
  });
});

describe('person/title-then-name: an unnamed post opening the sentence before', () => {
  it('may open on "a" or "an", and name someone else after its verb', () => {
    expect(one('An ex-chief financial officer at Larchco has received a jail sentence. Mick Sayers admitted his guilt.', 'Mick Sayers')).toMatchObject({ roles: ['former chief financial officer'], org: 'Larchco' });
    const text = 'The former chief financial officer at US telecoms firm Velcom has given evidence at the trial of his ex-boss Bern Ebbs. Scot Sullen admitted he lied.';
    expect(one(text, 'Scot Sullen')).toMatchObject({ roles: ['former chief financial officer'], org: 'Velcom' });
  });
  it('reads past the state of an American firm\'s town', () => {
    expect(one('The former chairman of Peoples Union Bank of Rockland County, N.Y., pleaded guilty to bribery. Len Slutz, 41, faces prison.', 'Len Slutz')).toMatchObject({ roles: ['former chairman'], org: 'Peoples Union Bank of Rockland County' });
  });
  it('is no one\'s where a person is named before the verb', () => {
    expect(people('The chairman of Larchco, Ann Lee, has quit. Tom Ward said so.').filter((p) => p.name === 'Tom Ward')).toEqual([]);
  });
});

describe('person/title-then-name: the one post a sentence states, before a new name that speaks', () => {
  it('may follow "a", with the organization named between', () => {
    expect(one('Larch Bank must freeze the accounts, a Justice Ministry spokesman said. Jorg Kessler said they belonged to two people.', 'Jorg Kessler')).toMatchObject({ roles: ['spokesman'], org: 'Justice Ministry' });
  });
  it('gives no country for a nationality before an occupation', () => {
    expect(people('Prices of tests fell, a Swedish virologist said. Anders Vahl said a new test was ready.').filter((p) => p.name === 'Anders Vahl')).toEqual([]);
  });
});

describe('a name after a style, opening the sentence after an unnamed post', () => {
  it('holds the post', () => {
    const text = "Kuwait's oil minister said there were no plans for an emergency meeting. Sheikh Ali al-Khalid al-Sabri was quoted by a local daily as saying so.";
    expect(one(text, 'Ali al-Khalid al-Sabri')).toMatchObject({ roles: ['oil minister'], org: 'Kuwait' });
  });
});

describe('an unnamed post in one sentence, and the one new speaker of the next', () => {
  it('is the speaker\'s post, after "said" or before it', () => {
    const almunia = 'US Treasury Secretary John Snew said the dollar was strong. And the European Union\'s monetary affairs commissioner made it clear that action was necessary. "I welcome the words of Mr Snew," said Joaquin Almudena, "but we need decisions."';
    expect(one(almunia, 'Joaquin Almudena')).toMatchObject({ roles: ['monetary affairs commissioner'], org: 'European Union' });
    const khan = "Amnesty International's chief has said so. In a lecture at the London School of Economics, Irene Kahn said rights were at risk.";
    expect(one(khan, 'Irene Kahn')).toMatchObject({ roles: ['chief'], org: 'Amnesty International' });
  });
  it('not after a post quoted in full, which has had its say', () => {
    const text = 'The Archbishop of Canterbury said: "I am pleased that they will marry." Tony Blanchard said he was delighted for the couple.';
    expect(people(text).filter((p) => p.name === 'Tony Blanchard')).toEqual([]);
  });
  it('not where the speaker has a post of their own before the name, nor where a body speaks', () => {
    expect(one('A Labour Ministry official said so. Finance Minister Kiichi Miyazama said growth would slow.', 'Kiichi Miyazama')).toMatchObject({ roles: ['finance minister'] });
    expect(people('A spokesman for Vell Corp declined to comment. Tokyo is the dearest city, a survey by Employment Conditions Abroad said.')).toEqual([]);
  });
});

describe('person/title-then-name: a lead that describes a post, the next sentence naming its holder', () => {
  it('gives the post and its organization to the first person the next sentence names', () => {
    expect(one('The former chief financial officer at US telecoms firm WorldCorp has admitted that he lied.\n\nScott Sullivant told the court he had been ordered to do so.', 'Scott Sullivant')).toMatchObject({ roles: ['former chief financial officer'], org: 'WorldCorp' });
  });
  it('takes an owner named before the post', () => {
    expect(one("Britain's corporate affairs minister left for Tokyo on Monday.\n\nMichael Howarth said he would press for a bigger role.", 'Michael Howarth')).toMatchObject({ roles: ['corporate affairs minister'] });
  });
  it('is no fact where the lead names a person', () => {
    expect(people('Tom Brady said the chairman of Acme Corp would resign.\n\nJohn Smithers said he agreed.').filter((p) => p.name === 'John Smithers')).toEqual([]);
  });
  it('is no fact where the person named next has another post of their own', () => {
    expect(people('The former finance chief of Shelling stepped down in April.\n\nChief executive Jeroen van der Veen said she had left.').filter((p) => p.roles.includes('former finance chief'))).toEqual([]);
  });
  it('is no fact for a post that news often leaves unnamed, or a post\'s word describing a noun', () => {
    expect(people('A company spokesman said profits would rise.\n\nJohn Smithers, an analyst, agreed.').filter((p) => p.roles.includes('spokesman'))).toEqual([]);
    expect(people('The Justice Department told the agency it supported a review.\n\nJames Weissman said so.')).toEqual([]);
  });
});
