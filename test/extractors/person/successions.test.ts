import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('a post given straight after the name', () => {
  const text = 'Carrow Industries Inc said its board elected Philip J. Amsel president and chief executive officer, succeeding Warren Tebbit, who retired after 14 years.';
  it('is read without "as"', () => {
    expect(one(text, 'Philip J. Amsel')).toMatchObject({ roles: ['president', 'chief executive officer'], org: 'Carrow Industries Inc' });
    expect(one('The French government named Henri Castagne chairman of Banque Fontenay, the state-owned bank.', 'Henri Castagne')).toMatchObject({ roles: ['chairman'], org: 'Banque Fontenay' });
  });
  it('gives the one succeeded the post, gone or going', () => {
    expect(one(text, 'Warren Tebbit')).toMatchObject({ roles: ['president', 'chief executive officer'], org: 'Carrow Industries Inc' });
    expect(one('Telwyn has appointed Claire Brennock as chief executive, succeeding Graham Pool, who quit in May.', 'Graham Pool')).toMatchObject({ roles: ['chief executive officer'], org: 'Telwyn' });
  });
  it('is not read after a participle glued to an adverb', () => {
    expect(people('Sir Ian Blair, the newly-appointed Metropolitan Police commissioner, said he was in favour.').map((p) => p.name)).not.toContain('Metropolitan Police');
  });
});

describe('who chairs, who leads', () => {
  it('reads the body after "the"', () => {
    expect(one('Pierre-Yves Rambert, who chairs the Commission de la Privatisation, said the panel would set a price.', 'Pierre-Yves Rambert')).toMatchObject({ roles: ['chairman'], org: 'Commission de la Privatisation' });
  });
});

describe('delegates and officials', () => {
  it('gives a delegate the country that sends them', () => {
    expect(one("Japan's chief delegate, Takeshi Morimoto, said rice must be treated as a special case.", 'Takeshi Morimoto')).toMatchObject({ roles: ['chief delegate'], org: 'Japan' });
  });
  it('reads "official" after the body it serves', () => {
    expect(one('IMF official Klaus Ebeling said the fund would not endorse it.', 'Klaus Ebeling')).toMatchObject({ roles: ['official'] });
    expect(one('Usdaw official Pauline Rigby said staff had been kept in the dark.', 'Pauline Rigby')).toMatchObject({ roles: ['official'], org: 'Usdaw' });
  });
  it('does not read the adjective "official" as a post', () => {
    expect(people('The decree was printed in the Official Bulletin on Monday.')).toEqual([]);
    expect(people('It was reported by the official Communist Party daily on Monday.')).toEqual([]);
  });
});

describe('a title set off before a name and its employer', () => {
  it('is read when "of" and the employer follow the name', () => {
    expect(one('His lawyer, Emmanuel Gaillard of Shearman, said the award stood.', 'Emmanuel Gaillard')).toMatchObject({ roles: ['lawyer'], org: 'Shearman' });
  });
  it('is not read for a peer styled "of" a place', () => {
    expect(people('The Lord Chancellor, Lord Irvine of Lairg, spoke.').filter((p) => p.org === 'Lairg')).toEqual([]);
  });
});

describe('posts of government and the public sector', () => {
  it('reads an under secretary with the department before, as a Treasury Secretary is read', () => {
    expect(one('In Washington, Treasury Under Secretary Curtis Brannock said talks would go on.', 'Curtis Brannock')).toMatchObject({ roles: ['treasury under secretary'], org: 'U.S.' });
    expect(people('Budget under President Clinton rose.').map((p) => p.title)).toEqual(['President']);
  });
  it('reads a minister of state with a field after "for"', () => {
    expect(one("In Delhi, India's minister of state for information technology, Arvind Rao, said firms were creating value.", 'Arvind Rao')).toMatchObject({ roles: ['minister of state for information technology'], org: 'India' });
  });
  it('keeps a place adjective that opens the body\'s name', () => {
    expect(one('European Community farm commissioner Henning Bruun rejected the plan.', 'Henning Bruun')).toMatchObject({ org: 'European Community' });
  });
});

describe('a region opening an apposed post', () => {
  it('is passed to the post after it', () => {
    expect(one('"Banks will want more," said Carmen Robles, Latin American debt specialist at Waverly Brothers Inc.', 'Carmen Robles')).toMatchObject({ roles: ['debt specialist'], org: 'Waverly Brothers Inc' });
  });
});

describe('founders, fellows, mediators and scientists', () => {
  it('reads founders from the verb, two subjects sharing it', () => {
    const text = 'Fieldnote Inc raised money. Aisha Rahman and Jonas Weiler co-founded the company in 2020 after working together.';
    expect(people(text)).toEqual([
      { name: 'Aisha Rahman', title: 'co-founder', roles: ['co-founder'], org: 'Fieldnote Inc' },
      { name: 'Jonas Weiler', title: 'co-founder', roles: ['co-founder'], org: 'Fieldnote Inc' },
    ]);
    expect(one('Jane Doe founded Acme Robotics in 1999.', 'Jane Doe')).toMatchObject({ roles: ['founder'], org: 'Acme Robotics' });
  });
  it('reads fellows, professors of a field, mediators and a former chief geologist', () => {
    expect(one('"Nobody wants it," said Hamid Qureshi, a senior fellow at the Harbourview Institute for Economic Policy in Sydney.', 'Hamid Qureshi')).toMatchObject({ roles: ['senior fellow'], org: 'Harbourview Institute for Economic Policy' });
    expect(one('"It is hard," said Orin Tabachnik, a law professor at Bayview University who has followed the case.', 'Orin Tabachnik')).toMatchObject({ roles: ['law professor'], org: 'Bayview University' });
    expect(one('A federal mediator, Judith Kwan-Sorensen of the Federal Mediation and Conciliation Service, has met both sides.', 'Judith Kwan-Sorensen')).toMatchObject({ roles: ['federal mediator'], org: 'Federal Mediation and Conciliation Service' });
    expect(one('Brian Tollefson, a former Northfield chief geologist, said the cuts would hit exploration.', 'Brian Tollefson')).toMatchObject({ roles: ['former chief geologist'] });
  });
  it('reads a speaker "of" a firm closed by a verb of saying', () => {
    expect(one('Kiyoshi Arakawa of Minato Securities in Tokyo said suppliers had reported the same weakness.', 'Kiyoshi Arakawa')).toMatchObject({ title: null, org: 'Minato Securities' });
  });
});

describe('a post named between the appointing verb and the name', () => {
  it('is the post left for the one given', () => {
    expect(people('Tessaro Brands said its board named Chief Operating Officer Nadia Farouk interim CEO, effective immediately.')).toEqual([
      { name: 'Nadia Farouk', title: 'interim CEO', roles: ['interim chief executive officer'], org: 'Tessaro Brands' },
    ]);
  });
});

describe('a post named before the name, and a new one still to come', () => {
  it('keeps the post held now', () => {
    const text = 'Trellis Freight Inc on Tuesday named chief operating officer Marisol Vega Aranda as its next chief executive.';
    expect(people(text).map((p) => p.roles.join('+'))).toEqual(['chief executive officer+chief operating officer']);
  });
});

describe('portfolios in capitals, joining after a time, barristers and senior officials', () => {
  it('reads them', () => {
    expect(one("Australia's Resources Minister, Leith Corrigan, said the government welcomed capital.", 'Leith Corrigan')).toMatchObject({ title: 'Resources Minister', org: 'Australia' });
    expect(one('The office will be run by Rodrigo Echenique Varas, who joined Kettle Ridge this month as a vice president.', 'Rodrigo Echenique Varas')).toMatchObject({ roles: ['vice president'], org: 'Kettle Ridge' });
    expect(one("The trustees' barrister, Catherine Oduya QC, had argued the case.", 'Catherine Oduya')).toMatchObject({ roles: ['barrister'] });
    expect(one('Henrik Solberg, a senior European Commission official, said Brussels had been told.', 'Henrik Solberg')).toMatchObject({ roles: ['official'], org: 'European Commission' });
  });
});

describe('named to succeed', () => {
  it('gives the one named to succeed the post the other leaves, and the other the post', () => {
    const found = people('Acme Corp said vice president John Smithe has been named to succeed Robert Calley as president.');
    expect(found.map((p) => [p.name, p.roles, p.org])).toEqual([
      ['John Smithe', ['vice president'], 'Acme Corp'],
      ['John Smithe', ['president'], 'Acme Corp'],
      ['Robert Calley', ['president'], 'Acme Corp'],
    ]);
  });
  it('keeps a body\'s "of" and its town in the name after its "and"', () => {
    const found = people('First Federal Savings and Loan Association of Charleston said executive vice president A.L. Hutchins Jr. retired.');
    expect(found.map((p) => p.org)).toEqual(['First Federal Savings and Loan Association of Charleston']);
  });
});

describe('named to succeed, with the post held now', () => {
  it('keeps the post held now beside the one to come', () => {
    const found = people('James Cottam, now vice chairman and chief financial officer, was named to succeed Donald Lennox as chairman and chief executive officer of Navistar International Corp.');
    expect(found.filter((p) => p.name === 'James Cottam').map((p) => p.roles)).toEqual([
      ['vice chairman', 'chief financial officer'],
      ['chairman', 'chief executive officer'],
    ]);
  });
});

describe('the one replaced, after "to replace"', () => {
  it('held the post the appointee is named to', () => {
    const text = 'Sheldon-Glove Corp said it has named Alf Grava president and chief operating officer to replace Jim Grahame who was granted a medical leave.';
    expect(one(text, 'Jim Grahame')).toMatchObject({ roles: ['president', 'chief operating officer'], org: 'Sheldon-Glove Corp' });
  });
});

describe('an initial opening a sentence', () => {
  it('is part of the name before a given name, not the article', () => {
    expect(one('A. William Reyes, chairman of GenCore Inc, told shareholders so.', 'A. William Reyes')?.org).toBe('GenCore Inc');
    expect(people('A Texas company said so.')).toEqual([]);
  });
});

describe('"X will be succeeded as TITLE by Y"', () => {
  it('gives the post to both, the one succeeded and the successor', () => {
    const found = people('Xylex Corp said Lester Colbourne will be succeeded as president and chief executive officer by executive vice president Bert Zaccardi.');
    expect(found).toContainEqual(expect.objectContaining({ name: 'Lester Colbourne', roles: ['president', 'chief executive officer'], org: 'Xylex Corp' }));
    expect(found).toContainEqual(expect.objectContaining({ name: 'Bert Zaccardi', roles: ['president', 'chief executive officer'], org: 'Xylex Corp' }));
  });
});

describe('the one replaced, after a post given in the passive', () => {
  it('held the post the appointee takes', () => {
    const text = 'Harbor Valley Financial Corp said president Jerry Pohlen was appointed chairman and chief executive officer, replacing James Andersen who resigned.';
    expect(one(text, 'James Andersen')).toMatchObject({ roles: ['chairman', 'chief executive officer'], org: 'Harbor Valley Financial Corp' });
    expect(one('Wurlin Co said George Howe was elected vice chairman, succeeding Sid Weis.', 'Sid Weis')).toMatchObject({ roles: ['vice chairman'], org: 'Wurlin Co' });
  });
  it('holds the new post, not the one left, where the story moves them up, with or without a comma', () => {
    expect(people('Wurlin Co said George Howe was elected vice chairman, succeeding Sid Weis who was named chief executive officer.').map((p) => [p.name, p.roles])).toEqual([
      ['George Howe', ['vice chairman']],
      ['Sid Weis', ['chief executive officer']],
    ]);
    expect(people('Wurlin Co named George Howe chairman, succeeding Sid Weis, who becomes vice chairman.').map((p) => [p.name, p.roles])).toEqual([
      ['George Howe', ['chairman']],
      ['Sid Weis', ['vice chairman']],
    ]);
  });
  it('is no one where "replacing" states a post of its own', () => {
    expect(people('Jerry Pohlen was named chairman of Harbor Corp, replacing James Andersen as the top executive.').map((p) => p.name)).toEqual(['Jerry Pohlen']);
  });
  it('reads no post where the word owns another ("as the president\'s top aide")', () => {
    expect(people('Baker, who replaced Donald Reyes as the president\'s top aide, is a moderate. Don Rees quit as the president\'s adviser.')).toEqual([]);
  });
});

describe('a post "as" a body\'s, in a succession', () => {
  it('is the body\'s, named before the post or with its possessive', () => {
    const text = 'Reagan named Hal Barker to replace Don Regis as White House chief of staff.';
    expect(one(text, 'Hal Barker')).toEqual({ name: 'Hal Barker', title: 'chief of staff', roles: ['chief of staff'], org: 'White House' });
    expect(one(text, 'Don Regis')).toMatchObject({ roles: ['chief of staff'], org: 'White House' });
    expect(one("The board approved the swearing in of Jon Tarrow as Larch Corp's president.", 'Jon Tarrow')).toMatchObject({ roles: ['president'], org: 'Larch Corp' });
  });
  it('goes to the one chosen, where no verb of appointing reads them', () => {
    const text = 'Reagan won praise for his selection of former Senate leader Hal Barker to replace Don Regis as White House chief of staff.';
    expect(people(text).filter((p) => p.name === 'Hal Barker').map((p) => p.roles)).toContainEqual(['chief of staff']);
  });
});
