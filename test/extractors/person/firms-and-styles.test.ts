import { describe, expect, it } from 'vitest';
import { one, people } from './helpers.js';

describe('employers named for their partners', () => {
  it('takes three partners after "at" and before a title', () => {
    expect(one('Jon Wolf, senior vice president at Dunmore Lufton and Jennet, noted it.', 'Jon Wolf')?.org).toBe('Dunmore Lufton and Jennet');
    expect(one('"It is hard," said Carrow McTeer and Gillan analyst Bo Sing.', 'Bo Sing')?.org).toBe('Carrow McTeer and Gillan');
  });
});

describe('styles and ranks before a name', () => {
  it('reads "Vice Adm." as the style, not as a name', () => {
    const found = people('The victims are former national security adviser Vice Adm. Jon Pardee who resigned.');
    expect(found.map((p) => p.name)).not.toContain('Vice');
    expect(found.map((p) => p.name)).not.toContain('Vice Adm');
  });
  it('reads plural styles whole ("Sens.") before a list of names', () => {
    expect(people('Sens. Ada Kell (D-Cal.) and Bo Rusk (R-Wash.) said they would act.').map((p) => [p.name, p.roles])).toEqual([
      ['Ada Kell', ['senator']],
      ['Bo Rusk', ['senator']],
    ]);
  });
});

describe('the organization before a title', () => {
  it('keeps a hyphenated body whole ("AFL-CIO president")', () => {
    expect(one('"No," said AFL-CIO president Lane Kirkby.', 'Lane Kirkby')).toMatchObject({ title: 'president', org: 'AFL-CIO' });
  });
  it("takes a city between a company's possessive and the title into the title", () => {
    expect(one("Dresdel Bank AG's Moscow representative Mika Stone said.", 'Mika Stone')).toMatchObject({ title: 'Moscow representative', org: 'Dresdel Bank AG' });
  });
  it("but not a country: the company's own post there", () => {
    expect(one("Toyoda's U.S. chief executive Jim Priss said.", 'Jim Priss')).toMatchObject({ title: 'chief executive', org: 'Toyoda' });
  });
});

describe('a unit the company owns', () => {
  it('employs the officer named to head it ("president of its Britt Airways unit")', () => {
    const text = 'Tejas Air Corp said it named Norm McIntyre as president of its Brett Airways unit, succeeding Bill Brett.';
    expect(one(text, 'Norm McIntyre')?.org).toBe('Brett Airways');
  });
  it('employs the officer of a division named with a name of its own, past what it does, after "its" or "the company\'s"', () => {
    expect(one("Marsh Stores Co said it named Ronald Tandy as chairman of the company's L.S. Ayers department store division.", 'Ronald Tandy')?.org).toBe('L.S. Ayers');
    expect(one('Kola Co said Eugene Amaro has resigned as president of its Tropica Foods division.', 'Eugene Amaro')?.org).toBe('Tropica Foods');
  });
  it('leaves a division named for what it does to its company', () => {
    expect(one('Rainer Bancorp said David Wills is currently head of its Corporate Banking division.', 'David Wills')?.org).toBe('Rainer Bancorp');
  });
  it('employs the officer of a subsidiary named after its parent\'s possessive and a description', () => {
    const text = 'Kessler AG said Otto Brandt, formerly finance director at Kessler\'s former office equipment subsidiary Lindmark-Adler AG, would take over.';
    expect(one(text, 'Otto Brandt')?.org).toBe('Lindmark-Adler AG');
  });
  it('but not a division, which stays the company\'s', () => {
    const text = 'Rainbow Bancorp said Dave Willis is currently head of its Corporate Banking division.';
    expect(one(text, 'Dave Willis')?.org).not.toBe('Corporate Banking');
  });
});

describe("a body's initials before a field in capitals", () => {
  it('give the field to the post and the initials the employer', () => {
    expect(one('A spokeswoman said EC External Trade Commissioner Willem Declercq had written.', 'Willem Declercq')).toMatchObject({ title: 'External Trade Commissioner', org: 'EC' });
  });
  it('but a place after the initials is part of the employer, and a country ranks its court', () => {
    expect(one('GM Europe President Bob Smitt said.', 'Bob Smitt')).toMatchObject({ title: 'President', org: 'GM Europe' });
    expect(one("The ruling of U.S. Supreme Court Justice Sandy O'Connell was clear.", "Sandy O'Connell")).toMatchObject({ title: 'Justice', org: 'U.S. Supreme Court' });
  });
});

describe('a rank in capitals before a post in lower case', () => {
  it('is part of the post, after the country that holds it', () => {
    expect(one('Jon Rosenbloom, U.S. Assistant trade representative and delegate to the talks, said it.', 'Jon Rosenbloom')).toMatchObject({ roles: ['assistant trade representative', 'delegate'], org: 'U.S.' });
  });
  it('but a field word in capitals stays with the employer', () => {
    expect(one('Jane Roe, Jupiter Research analyst, said so.', 'Jane Roe')).toMatchObject({ title: 'analyst', org: 'Jupiter Research' });
  });
});

describe("a person's company", () => {
  it('is the company after the possessive, not the person', () => {
    expect(one("Mike Davis, head trader for Ivan Bosky's Seamill Corp, has consented.", 'Mike Davis')?.org).toBe('Seamill Corp');
  });
});

describe('a firm that lists its partners', () => {
  it('is one employer after a post, however many partners it names', () => {
    expect(one('Pete Morten, a partner in the law firm Milbeck, Tweedy, Hadlow and McCoy, noted the risk.', 'Pete Morten')?.org).toBe('Milbeck, Tweedy, Hadlow and McCoy');
    expect(one('Lars Cohen, analyst with Merrow Lynde, Pierce, Fenwick and Smith, said so.', 'Lars Cohen')?.org).toBe('Merrow Lynde, Pierce, Fenwick and Smith');
  });
  it('but not where one partner is named alone in the story: then they are several firms', () => {
    expect(one('Lars Cohen, analyst with Merrow, Pierce and Fenwick, said so. Merrow rose.', 'Lars Cohen')?.org).not.toBe('Merrow, Pierce and Fenwick');
  });
});

describe("a bank's branch in a city", () => {
  it('is part of the post, and the bank employs', () => {
    expect(one('It may fall, said Chemic Bank Tokyo branch vice president Yuki Takada.', 'Yuki Takada')).toMatchObject({ title: 'Tokyo branch vice president', org: 'Chemic Bank' });
    expect(one('But First Union Bank of Chicago Tokyo Branch assistant manager Hiro Mochida said no.', 'Hiro Mochida')).toMatchObject({ title: 'Tokyo Branch assistant manager', org: 'First Union Bank of Chicago' });
  });
});

describe('words between the employer and the post', () => {
  it('skip a gloss in brackets ("Bundesbank (central bank) president")', () => {
    expect(one('It fell when Bundesbahnk (central bank) president Karl Pohlmann told reporters.', 'Karl Pohlmann')).toMatchObject({ title: 'president', org: 'Bundesbahnk' });
  });
  it('skip the short name in brackets, and the word for what the body is', () => {
    expect(one('She took drugs from Bay Area Lab Co-Operative (Balko) president Victor Contel.', 'Victor Contel')).toMatchObject({ title: 'president', org: 'Bay Area Lab Co-Operative' });
    expect(one('Vybe magazine president Kenard Gibbons said the attack was bad.', 'Kenard Gibbons')).toMatchObject({ title: 'president', org: 'Vybe' });
    expect(one('The company president John Smith said so.', 'John Smith')).toMatchObject({ org: null });
  });
});

describe('ranks glued to the post by a hyphen', () => {
  it('keep their capital ("Under-Secretary"), and the body before them employs', () => {
    expect(one('Under-Secretary of State for Economic Affairs Allen Wallace spoke.', 'Allen Wallace')?.title).toBe('Under-Secretary of State for Economic Affairs');
    expect(one('Treasury Under-secretary Yavuz Canel said so.', 'Yavuz Canel')).toMatchObject({ title: 'Under-secretary', org: 'Treasury' });
  });
  it('keep the country whose initials go before them ("visiting U.S. Under-Secretary")', () => {
    expect(one('Visiting U.S. Under-Secretary of State Allen Wallace told Eishiro Sato.', 'Allen Wallace')).toMatchObject({ title: 'Under-Secretary of State', org: 'U.S.' });
    expect(one('Visiting U.S. Under Secretary Allen Wallace told reporters.', 'Allen Wallace')).toMatchObject({ title: 'Under Secretary', org: 'U.S.' });
  });
  it('are one post with a known phrase that shares their last word ("Deputy Director General")', () => {
    expect(one('MITI Deputy Director General Masao Yamane told reporters.', 'Masao Yamane')).toMatchObject({ title: 'Deputy Director General', org: 'MITI' });
    expect(one('Said deputy managing director Bob Smithers.', 'Bob Smithers')?.title).toBe('deputy managing director');
  });
  it('and a heavy industry is a portfolio', () => {
    expect(one('Baghdad relieved the Minister of Heavy Industries, Subhi Khadir, of his post.', 'Subhi Khadir')?.title).toBe('Minister of Heavy Industries');
  });
  it('and so are the arts, capitalized mid-sentence, which no organization is', () => {
    expect(one('"It is essential," said Arts minister Estel Morrison of the findings.', 'Estel Morrison')).toMatchObject({ title: 'Arts minister', roles: ['arts minister'] });
    expect(one('"It is essential," said Arts minister Estel Morrison of the findings.', 'Estel Morrison')?.org).not.toBe('Arts');
  });
});

describe('a body opening the sentence before a post', () => {
  it('reads a seat of government as the body, though it is a word too ("Kremlin leader")', () => {
    expect(one('No decision had been reached. Kremlin leader Mikhail Gorbov proposed on Saturday that talks be separated.', 'Mikhail Gorbov')).toMatchObject({ roles: ['leader'], org: 'Kremlin' });
  });
  it('reads "Group president" as a company\'s post, capital and all', () => {
    expect(one('Holderbank earlier reported a profit. Group president Thomas Schmidt said Holderbank was now in a consolidation phase.', 'Thomas Schmidt')).toMatchObject({ org: 'Holderbank' });
  });
});

describe('a firm named for its founders after a post and its holder', () => {
  it('is the employer, though shaped like a person\'s name', () => {
    expect(one('Industry analyst Rich Pzenna of Sanford C. Bernsen said the unit earned more.', 'Rich Pzenna')).toMatchObject({ roles: ['industry analyst'], org: 'Sanford C. Bernsen' });
    expect(one('Analyst Tom Ray of Dean Whitter said so.', 'Tom Ray')).toMatchObject({ org: 'Dean Whitter' });
  });
  it('is not read for a post no firm holds, nor before the person\'s own post', () => {
    expect(one('Senator Bob Dole of Kansas spoke.', 'Bob Dole')).toMatchObject({ org: 'Kansas' });
    expect(people('Aide Tom Ray of Treasury Secretary James Baker spoke.').find((p) => p.name === 'Tom Ray')?.org ?? null).not.toBe('Treasury Secretary James Baker');
  });
});

describe('a company\'s short name that a title word spells, saying what comes before', () => {
  it('closes the posts before it', () => {
    expect(one('Sims continues as treasurer and chief financial officer, Premier said. Ray Sims joined in 1980.', 'Ray Sims')).toMatchObject({ roles: ['treasurer', 'chief financial officer'] });
  });
});

describe('a style between a post closing a run of capitals and the name', () => {
  it('leaves the post out of the body\'s name', () => {
    expect(one('"Merchants will trade anywhere," Mocatta Metals Chairman Dr. Henrik Jarvis said.', 'Henrik Jarvis')).toMatchObject({ roles: ['chairman'], org: 'Mocatta Metals' });
  });
  it('but not a post word read as a style ("AFL-CIO president")', () => {
    expect(one('AFL-CIO president Lane Kirkby said the union would fight.', 'Lane Kirkby')).toMatchObject({ roles: ['president'], org: 'AFL-CIO' });
  });
});

describe("a parent's short name beside its arm's full one", () => {
  it('stays the parent\'s ("Diamond Shamrock" is no short form of "Diamond Shamrock Refining and Marketing Co")', () => {
    const text = 'Zephyr Shamrock Refining and Marketing Co will be spun off. "We will not be vulnerable," said Charles Blakeley, Zephyr Shamrock\'s president.';
    expect(one(text, 'Charles Blakeley')?.org).toBe('Zephyr Shamrock');
  });
});

describe("a broadcaster's outlet", () => {
  it('is no full name of the broadcaster its staff are credited to', () => {
    const text = 'Citizens in most nations surveyed in a BBC World Service poll believe the economy is worsening. Europe is gloomy, says the BBC\'s Ellen Blunt. China is confident, says the BBC\'s Louisa Lam in Beijing.';
    expect(one(text, 'Louisa Lam')?.org).toBe('BBC');
  });
});

describe('a company post with its field written right after it', () => {
  it("is the story's company's, like the posts listed beside it", () => {
    const text = 'Lorrimer Pictures Corp said three executives resigned. The company said Stuart Karle, president; Court Shanon, executive vice president, and Gary Hurst, vice president sales, resigned.';
    expect(one(text, 'Gary Hurst')).toMatchObject({ roles: ['vice president sales'], org: 'Lorrimer Pictures Corp' });
  });
});
