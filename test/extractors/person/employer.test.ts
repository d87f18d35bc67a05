import { describe, expect, it } from 'vitest';
import { factsOf } from '../../helpers/extract.js';
import { one } from './helpers.js';

const people = (text: string) => factsOf('person', text).map((f) => [f.name, f.roles.join('+'), f.org]);

describe('the company a story is about', () => {
  const story = [
    'Lumo Motors Corp said quarterly profit rose 12 pct.',
    'Lumo Motors sold more cars in Europe, the company said, and it expects a strong year.',
    '"We are growing," chairman and chief executive Ida Brandt said.',
    'Analyst Tom Reyes of Kestrel Securities said the results were good.',
  ].join('\n');

  it("employs an officer whose sentence names no organization", () => {
    expect(people(story)).toContainEqual(['Ida Brandt', 'chairman+chief executive officer', 'Lumo Motors Corp']);
  });
  it('employs a co-chief executive too', () => {
    expect(people(story.replace('chairman and chief executive Ida Brandt', 'co-chief executive Ida Brandt'))).toContainEqual(['Ida Brandt', 'co-chief executive officer', 'Lumo Motors Corp']);
  });
  it('employs a financial or operating officer without the "chief" too, but not a police officer', () => {
    expect(people(story.replace('chairman and chief executive Ida Brandt', 'financial officer Ida Brandt'))).toContainEqual(['Ida Brandt', 'financial officer', 'Lumo Motors Corp']);
    expect(people(story.replace('chairman and chief executive Ida Brandt', 'police officer Ida Brandt'))).not.toContainEqual(['Ida Brandt', 'police officer', 'Lumo Motors Corp']);
  });
  it('leaves other roles to what their sentence says', () => {
    expect(people(story)).toContainEqual(['Tom Reyes', 'analyst', 'Kestrel Securities']);
  });
  it('is not guessed when two companies share the story', () => {
    const shared = 'Lumo Motors Corp and Corvex Systems Inc agreed to merge.\nLumo Motors and Corvex Systems will share plants.\n"It is a good fit," chairman Ida Brandt said.';
    expect(people(shared)).toContainEqual(['Ida Brandt', 'chairman', null]);
  });
  it('is the one the lead names where another company is named about as often', () => {
    const led = [
      'Morland Grey Group Plc said it would recover from last year\'s scandal.',
      'Quill Plc shares fell and Quill Plc said it would sue.',
      'Morland Grey said it had new managers.',
      'Quill Plc was fined and Morland Grey was not.',
      'Finance director David Ewan told the news conference that profit rose.',
    ].join('\n');
    expect(people(led)).toContainEqual(['David Ewan', 'finance director', 'Morland Grey Group Plc']);
  });
  it('is not guessed where the lead names both', () => {
    const both = 'Morland Grey Group Plc and Quill Plc said they would merge.\nQuill Plc and Morland Grey shares rose.\nMorland Grey and Quill Plc will cut jobs.\nFinance director David Ewan said profit rose.';
    expect(people(both)).toContainEqual(['David Ewan', 'finance director', null]);
  });
  it('is, where no company stands out, the company the lead opens on, by its legal form', () => {
    const merger = 'Texas Crown Bancshares Inc said its holders approved the merger with Chemical Union Corp.\nThe vote was 98 pct in favour.\nChemical Union Corp holders vote in April.\nThe vote needs a majority.\nChairman Ben Lowe said all hurdles were cleared.';
    expect(people(merger)).toContainEqual(['Ben Lowe', 'chairman', 'Texas Crown Bancshares Inc']);
    const body = merger.replace('Texas Crown Bancshares Inc', 'The Texas Banking Commission');
    expect(people(body)).toContainEqual(['Ben Lowe', 'chairman', null]);
  });
  it('does not employ the chairman of a body the text describes without naming it: the description is his organization', () => {
    const text = 'Harlan Press Inc said it rejected the bid.\nHarlan Press Inc shares fell.\nHarlan Press Inc will meet on Monday.\n"It is not enough," said Walt Knowles, chairman of the council of economic advisers.';
    expect(people(text)).toContainEqual(['Walt Knowles', 'chairman', 'council of economic advisers']);
  });
  it('does not employ an officer of a ministry or a cabinet', () => {
    const text = 'Iraq said its forces crushed a new Iranian offensive near Basra. Basra was shelled. Troops east of Basra held. Adbul-Jabbar Mohsin, chief of the defence ministry political department, said the Iranians had 15,000 casualties.';
    expect(one(text, 'Adbul-Jabbar Mohsin')?.org ?? null).toBeNull();
    expect(one(story.replace('chairman and chief executive Ida Brandt', 'Cabinet chief Ida Brandt'), 'Ida Brandt')?.org ?? null).toBeNull();
  });
  it('does not employ a head of state, where the story names a country', () => {
    const politics = story.replace('chairman and chief executive Ida Brandt', 'President Ida Brandt').replace('in Europe', 'in Brazil');
    expect(people(politics).find((p) => p[0] === 'Ida Brandt')?.[2]).not.toBe('Lumo Motors Corp');
  });
});

describe('the story\'s company against a company named nearby', () => {
  const one = (text: string, name: string) => factsOf('person', text).find((f) => f.name === name);
  it('is the employer where the sentence speaks of the story\'s company by a reference', () => {
    const text = 'PT Sentra Pangan Tbk agreed to buy a rival. PT Sentra Pangan Tbk said sales rose. PT Sentra Pangan Tbk will grow.\n'
      + 'The company will fund the purchase with loans from PT Bank Mandala Tbk, finance director Ratna Kusuma said.';
    expect(one(text, 'Ratna Kusuma')).toMatchObject({ org: 'PT Sentra Pangan Tbk' });
  });
  it('is the employer of a quoted chairman where the sentence before names another company', () => {
    const text = 'Ferrov Nord SpA named a new chief. Ferrov Nord SpA said sales rose. Ferrov Nord SpA will grow. The new chief came from Alpen Gueter AG.\n'
      + '"She knows every terminal," Chairman Paolo Vesco said.';
    expect(one(text, 'Paolo Vesco')).toMatchObject({ org: 'Ferrov Nord SpA' });
  });
});

describe('a chamber\'s committee named nearby', () => {
  const one = (text: string, name: string) => factsOf('person', text).find((f) => f.name === name);
  it('employs no officer but its chair', () => {
    expect(one('Mr Lorne testified before a Senate Fisheries Committee.\nHe spoke after acting director Robert Gale withdrew.', 'Robert Gale')?.org ?? null).toBeNull();
    expect(one('Mr Lorne testified before a Senate Fisheries Committee.\nHe spoke after chairman Robert Gale withdrew.', 'Robert Gale')).toMatchObject({ org: 'Senate Fisheries Committee' });
  });
});

describe('company posts named by their field', () => {
  const story = ['Hollister Valve Co. will build a plant in Ohio.', 'Hollister Valve Co. said it would hire 300 people.', 'Hollister Valve said the plant would open in 2026.'].join('\n');
  it('work for the story\'s company: a plant manager, a head of some field', () => {
    expect(people(`${story}\nPlant manager Sandra Whitley said hiring would begin in October.`)).toContainEqual(['Sandra Whitley', 'plant manager', 'Hollister Valve Co.']);
    expect(people(`${story}\nRyan Colquhoun, currently head of equity capital markets, will lead it.`)).toContainEqual(['Ryan Colquhoun', 'head of equity capital markets', 'Hollister Valve Co.']);
  });
  it('do not make a bare manager the company\'s', () => {
    expect(people(`${story}\nManager Kevin Keegan said the team played well.`)).toContainEqual(['Kevin Keegan', 'manager', null]);
  });
});

describe('a union\'s officers in a story about a company', () => {
  const text = 'General Motors Corp said talks with the Canadian Auto Workers broke down. GM said it would try again. GM said more. "We are far apart," union president Bob White said. Union spokesman Wendy Cuthbertson said talks would resume.';
  it('work for the union the story names, not the company', () => {
    expect(people(text)).toContainEqual(['Bob White', 'president', 'Canadian Auto Workers']);
    expect(people(text)).toContainEqual(['Wendy Cuthbertson', 'union spokesman', 'Canadian Auto Workers']);
  });
  it('read an employer described after "the"', () => {
    expect(people('Ike Kerridge, an economist with the oilfield service firm Baker Hughes Inc., said rigs rose.')).toContainEqual(['Ike Kerridge', 'economist', 'Baker Hughes Inc.']);
  });
});

describe('a news organization the story cites', () => {
  it('is no employer of an officer named near it', () => {
    const text = 'Earlier, the New York Times had reported that the payments were required. Chief operating officer Peter Chernow said so.';
    expect(people(text)).toEqual([['Peter Chernow', 'chief operating officer', null]]);
  });
});

describe('a coalition', () => {
  it('is an organization, whose spokesman the sentence after it quotes', () => {
    const text = 'The Canadian Coalition on Acid Smog hailed the call. "It is clear that he understands," said spokesman Michael Pearly.';
    expect(people(text)).toEqual([['Michael Pearly', 'spokesman', 'Canadian Coalition on Acid Smog']]);
  });
});

describe('a product the story names again and again', () => {
  it('is no employer of the officer the story gives no organization', () => {
    const text = 'Zentra is fighting claims about its drug Calmora. Zentra says Calmora sales fell. Zentra defends Calmora. Calmora is safe, chief executive Sidney Taurus said.';
    expect(people(text)).toEqual([['Sidney Taurus', 'chief executive officer', 'Zentra']]);
  });
});

describe('a union of states', () => {
  it('is no company officer\'s employer, even in a story about it', () => {
    const text = 'The EU economy is slow. In the EU growth is 1%, the EU said. Factory manager Herbert Stuck says he hopes to do better. The EU disagrees.';
    expect(people(text)).toEqual([['Herbert Stuck', 'factory manager', null]]);
  });
});

describe('an employer named after words that describe it', () => {
  it('reads past a town and fields joined by "and" before the word for the firm', () => {
    expect(people('"It is bad," says Radwan Haddad, deputy managing director of Aberdeen-based oil and gas consultancy Blackwater Petroleum Services, which entered Iraq.')).toEqual([
      ['Radwan Haddad', 'deputy managing director', 'Blackwater Petroleum Services'],
    ]);
    expect(people('Steel analyst Peter Fisk, director of Sheffield-based consulting group MEPX, said the rise was uncharted.').map((p) => p[2])).toEqual(['MEPX']);
  });
  it('reads past words that describe the employer with no article before them', () => {
    expect(people('"No," commented Mirela Vossen, economist at recently-privatised Banque Ardent.')).toEqual([['Mirela Vossen', 'economist', 'Banque Ardent']]);
    expect(people('Tod Renwick, 42, had been president of privately-held Edgeway Oil Co.')).toEqual([['Tod Renwick', 'former president', 'Edgeway Oil Co']]);
    expect(people('Ross Galt, chairman of the newly formed Acme Holdings, said so.')).toEqual([['Ross Galt', 'chairman', 'Acme Holdings']]);
    // (a noun is a word for the firm, read as before)
    expect(people('"No," said Jo Kahn, analyst at stockbroker Kleinwort Benson.')).toEqual([['Jo Kahn', 'analyst', 'Kleinwort Benson']]);
  });
  it('reads a hyphened word among them once, and a publication by how often it comes out', () => {
    expect(people('Rebel raids endanger the boom, Mario Quenca, manager of the state-run oil company Petrolandia said.')).toEqual([['Mario Quenca', 'manager', 'Petrolandia']]);
    expect(people('"Sideways should win," said Tom Darne, news editor of trade weekly Screenline International.')).toEqual([['Tom Darne', 'news editor', 'Screenline International']]);
    expect(people('Prices will rise, said Gary Willems, a partner of land agent Vigors Holdings.')).toEqual([['Gary Willems', 'partner', 'Vigors Holdings']]);
    // ... and "of" between the word for a firm and its name
    expect(people('Nick Bradley, a managing partner with the New York investment banking firm of Dillard, Reed and Co Inc, said so.')).toEqual([['Nick Bradley', 'managing partner', 'Dillard, Reed and Co Inc']]);
  });
  it('takes the whole name that initials in brackets spell out, small words and all', () => {
    expect(people('Chitta Majumder, general secretary of the Centre of Indian Trade Unions (CITU), said FDI is bad.')).toEqual([
      ['Chitta Majumder', 'general secretary', 'Centre of Indian Trade Unions'],
    ]);
    expect(people('Nigel Marston, head of group marketing at Transport for London (TfL), said the posters work.')).toEqual([
      ['Nigel Marston', 'head of group marketing', 'Transport for London'],
    ]);
    expect(people('Tim Jonas, analyst at Deutsche Bank in London (DBL), spoke.')).toEqual([['Tim Jonas', 'analyst', 'Deutsche Bank']]);
  });
});

describe('an employer whose name is also a word', () => {
  it('is the employer before a title at a sentence\'s start where the story writes it mid-sentence too', () => {
    expect(people('Airbus head Noel Forgere is set to replace Mr Camu. The board of Airbus agreed.')).toEqual([['Noel Forgere', 'head', 'Airbus']]);
  });
  it('owns a post that words describing the holder follow', () => {
    expect(people('He left after a dispute with Apple\'s mercurial boss Steve Jobson.')).toEqual([['Steve Jobson', 'boss', 'Apple']]);
    expect(people('Analysts believe Pacific Eastern\'s aggressive and cost-conscious chairman Rhys Eaton will do well.')).toEqual([['Rhys Eaton', 'chairman', 'Pacific Eastern']]);
  });
  it('is the company of a story that names it more often than any organization', () => {
    const text = 'Apple has unveiled a new computer. Chief executive Steve Jobson showed it off. The machine was made by Apple. Apple said it would sell well. Analysts said Apple was right to compete with makers like Dell.';
    expect(people(text)).toEqual([['Steve Jobson', 'chief executive officer', 'Apple']]);
  });
  it('keeps a field word in the name the story writes whole elsewhere, or a research house\'s before a post in lower case', () => {
    expect(people('Use has shifted, said Jupiter Research analyst Olivier Beauvais. Jupiter Research said more.')).toEqual([['Olivier Beauvais', 'analyst', 'Jupiter Research']]);
    expect(people('Use has shifted, said Jupiter Research analyst Olivier Beauvais.')).toEqual([['Olivier Beauvais', 'analyst', 'Jupiter Research']]);
    expect(people('Rates will fall, said David Horne, a Merrill Lynch Economics analyst.')).toEqual([['David Horne', 'analyst', 'Merrill Lynch Economics']]);
    // (a rank's capital before a post in lower case is the post's: "Senate Majority leader")
    expect(people('Senate Majority leader Robert Bird said no.').map((p) => p[1])).toEqual(['majority leader']);
  });
  it('is the body named in full before, where a post names it by its generic word alone', () => {
    expect(people('The House of Commons Finance Committee met. "It is big," said Committee Chairman Don Blenkin.')).toEqual([['Don Blenkin', 'chairman', 'House of Commons Finance Committee']]);
    expect(people('The International Swap Dealers Association met. Rules are needed, said Thomas Jasperson, the Association\'s co-chairman.')).toEqual([
      ['Thomas Jasperson', 'co-chairman', 'International Swap Dealers Association'],
    ]);
  });
});

describe('an employer behind a description', () => {
  it('reads past a description set off by a comma before the name', () => {
    expect(people('"Growth will be strong," said Hiten Mehra, manager of merchant banking firm, Fortune Financial Services.')).toEqual([['Hiten Mehra', 'manager', 'Fortune Financial Services']]);
  });
  it('takes a name between "the" and a word for a firm as the firm\'s, however personal it looks', () => {
    expect(people('"Prices will fall," said Henri de Bodinet, vice-president of the Arthur D. Little consultancy.')).toEqual([['Henri de Bodinet', 'vice president', 'Arthur D. Little']]);
  });
  it('keeps a region\'s adjective inside the title after a title word', () => {
    expect(people('"It is not big," said ABN Amro chief Asian strategist Eddie Wang.')).toEqual([['Eddie Wang', 'chief asian strategist', 'ABN Amro']]);
  });
  it('gives a story\'s airline its officers, and no news agency it cites', () => {
    const text = "Three executives of Ireland's state-owned airline, Aer Lingan, are to leave. The trio are chief executive Willie Walshe and finance director Brian Dunn. Aer Lingan said so. Mr Walshe told AP news agency he would go. The airline and Aer Lingan's staff agreed.";
    expect(people(text)).toEqual([
      ['Willie Walshe', 'chief executive officer', 'Aer Lingan'],
      ['Brian Dunn', 'finance director', 'Aer Lingan'],
    ]);
  });
});

describe('the company a story opens on, and its President', () => {
  it('is the employer of a company officer where the story opens on it and names it most, without a legal form', () => {
    const text = "McDonalt's, the world's largest restaurant chain, is to sponsor a show on MTV. MTV reckons it will help McDonalt's. McDonalt's said so.\nChief executive Jim Skinnar attributed the rise to its menu.";
    expect(one(text, 'Jim Skinnar')).toMatchObject({ roles: ['chief executive officer'], org: 'McDonalt' });
  });
  it('gives a President named in full in a sentence that names the story\'s company to that company, not a head of state elsewhere', () => {
    const text = 'Cyclopa Corp said its board changed. Cyclopa Corp said so. The board has three Cyclopa Corp executives -- Chairman W.H. Knowle, President James F. Wille.\nPresident Corazon Aquina earlier set up a panel.';
    expect(one(text, 'James F. Wille')).toMatchObject({ org: 'Cyclopa Corp' });
    expect(one(text, 'Corazon Aquina')?.org).toBeNull();
  });
  it('reads a field with a place after "of" as a company officer\'s', () => {
    const text = 'Wanga Laboratories Inc expects revenue to rise. Wanga Laboratories Inc said so. Wanga Laboratories Inc grew.\nSales surged, senior vice president of U.S. operations Ian Deery said.';
    expect(one(text, 'Ian Deery')).toMatchObject({ org: 'Wanga Laboratories Inc' });
  });
});

describe('a commissioner whose sentence names no organization', () => {
  it('sits on the commission the story names', () => {
    const text = 'The European Commission proposed a cut in farm prices. "We cannot go on," Agriculture Commissioner Frans Andries said.';
    expect(people(text)).toContainEqual(['Frans Andries', 'agriculture commissioner', 'European Commission']);
  });
  it('and stays unplaced where the story names no commission', () => {
    expect(people('"We cannot go on," Agriculture Commissioner Frans Andries said.')).toContainEqual(['Frans Andries', 'agriculture commissioner', null]);
  });
});

describe('a committee chairman whose sentence names no organization', () => {
  it('chairs the committee the story last named', () => {
    const text = 'Volcker went before the House Banking Committee on Tuesday. Volcker told committee chairman Fernand St. Germand the plan was unwise.';
    expect(people(text)).toContainEqual(['Fernand St. Germand', 'chairman', 'House Banking Committee']);
  });
  it('chairs a chamber\'s committee the story named by its field in lower case', () => {
    const text = 'The Commons home office committee was responding to new guidelines. Committee chairman John Denholm said drink was no excuse.';
    expect(people(text)).toContainEqual(['John Denholm', 'chairman', 'Commons home office committee']);
  });
  it('chairs the committee the sentence before names, with no other organization between', () => {
    const text = 'The Child Support Agency must improve, MPs say. The Child Support Agency has failed parents, and the Child Support Agency chief said sorry. A report by the Commons work and pensions committee called for the agency to be wound up. Chairman Sir Archy Kirkwell said it had failed.';
    expect(people(text)).toContainEqual(['Archy Kirkwell', 'chairman', 'Commons work and pensions committee']);
    const other = 'The Commons work and pensions committee met. Acme Corp said sales rose. Chairman Tom Pike said so.';
    expect(people(other).find((p) => p[0] === 'Tom Pike')?.[2]).not.toBe('Commons work and pensions committee');
  });
  it('but not where the words before the post name its own committee', () => {
    const text = 'He told the House appropriations subcommittee it was so. Public accounts committee chairman Edward Leight said yes.';
    expect(people(text).find((p) => p[0] === 'Edward Leight')?.[2]).not.toBe('House appropriations subcommittee');
  });
  it('but not one named before another the story writes in lower case', () => {
    const text = 'The House Foreign Affairs Subcommittee voted. The House Energy and Commerce subcommittee on Commerce voted too. "We are losing," subcommittee chairman James Floria said.';
    expect(people(text).find((p) => p[0] === 'James Floria')?.[2]).not.toBe('House Foreign Affairs Subcommittee');
  });
});

describe('a President the story gives no country', () => {
  it('is the company the lead opens on, where the story names no country at all', () => {
    const text = 'Minntrex Corp said it expects a loss for its first quarter. However, revenues should increase, President Louis Cosenza told analysts.';
    expect(people(text)).toEqual([['Louis Cosenza', 'president', 'Minntrex Corp']]);
  });
  it('but not where the story names a country', () => {
    const text = 'Minntrex Corp said Brazil would buy its products. President Jose Sarnor approved the deal in Brazil.';
    expect(people(text).find((p) => p[0] === 'Jose Sarnor')?.[2]).not.toBe('Minntrex Corp');
  });
});

describe('a post read in a clause after the name', () => {
  it('reads "who is both X and Y of Z"', () => {
    expect(people('United Press Agency said so. Mario Vazquez, who is both chairman and chief executive officer of UPA, spoke.')).toEqual([['Mario Vazquez', 'chairman+chief executive officer', 'United Press Agency']]);
  });
  it('gives a former company president the story\'s company, not a former head of state', () => {
    const text = 'Northgate Mining Ltd said it appointed John Kerner as president. A company spokesman said Patrick Hughes, who previously was both president and chairman, will stay.';
    expect(people(text)).toContainEqual(['Patrick Hughes', 'former president+former chairman', 'Northgate Mining Ltd']);
    expect(people('San Miguel Corp said so. The shares were seized from former president Ferdinand Marquez.')).toEqual([['Ferdinand Marquez', 'former president', null]]);
  });
});


describe('a person\'s own surname', () => {
  it('is no employer of theirs where the story once writes it as a company\'s', () => {
    const text = 'Director of public credit Angelo Gurrian told reporters that the economy would grow. Interest rates remain high, Gurrian added. Gurrian said it would resume the program once the loan is paid. "We have long memories," Gurrian said.';
    expect(one(text, 'Angelo Gurrian')).toMatchObject({ roles: ['director of public credit'], org: null });
  });
  it('is the employer where the sentence names the company apart from the name', () => {
    const text = 'Saurex, a publisher, said it sold all of its assets to Butterworth Group. Saurex said Klaus Saurex, president and owner of the company, will remain president of Saurex operations.';
    expect(one(text, 'Klaus Saurex')?.org).toBe('Saurex');
  });
});

describe('what a person owns', () => {
  it('is no employer for a post the story gives without one', () => {
    const text = 'Vexor Inc said its board has removed Ronald G. Willet as chairman and chief executive officer. Willet is the majority owner of <Dunmore Cos Inc>.';
    expect(factsOf('person', text).map((f) => [f.title, f.org])).toEqual([
      ['chairman and chief executive officer', 'Vexor Inc'],
      ['majority owner', 'Dunmore Cos Inc'],
    ]);
  });
});

describe('words that describe the employer between "of the" and its name', () => {
  it('may be three, with a hyphened one among them', () => {
    expect(factsOf('person', 'Antonio Hermoso, leader of the main opposition right-wing Popular Front party, said so.').map((f) => f.org)).toEqual(['Popular Front party']);
    expect(factsOf('person', 'Avinash Purkar, chief manager of the state-owned Union Bank of Bharat, said so.').map((f) => f.org)).toEqual(['Union Bank of Bharat']);
  });
  it('do not reach a name past a clause of their own', () => {
    expect(factsOf('person', 'Anna Ruiz, head of the board which named Petra Lind, said so.').map((f) => f.org)).not.toContain('Petra Lind');
  });
});

describe('a secretary beside a company\'s post', () => {
  it('is the company\'s officer, not a minister of the country the story names', () => {
    const text = 'Larch Corp said its chairman quit. India buys its goods. In addition, Carl Baxby, executive vice president and secretary, resigned.';
    expect(one(text, 'Carl Baxby')).toMatchObject({ roles: ['executive vice president', 'secretary'], org: 'Larch Corp' });
  });
});

describe('an executive', () => {
  it('is a company\'s officer, lent the company the story is about', () => {
    const text = 'Larchley Co Plc said the Finnish PTT invited it to install a trial. Sales executive Pete Findle told reporters that Larchley was negotiating further contracts.';
    expect(one(text, 'Pete Findle')).toMatchObject({ roles: ['sales executive'], org: 'Larchley Co Plc' });
  });
});

describe('another post\'s employer', () => {
  it('is not lent to a company\'s post in the story of a company', () => {
    const text = 'The two most senior executives at US mortgage giant Larchie Mae have resigned after irregularities at Larchie Mae. Chief executive Frank Raynes has left the firm, Larchie Mae said. Mr Raynes, head of the Office of Budget Affairs under President Clint, has retired.';
    expect(people(text).filter((p) => p[0] === 'Frank Raynes')).toEqual([['Frank Raynes', 'chief executive officer', 'Larchie Mae'], ['Frank Raynes', 'head', 'Office of Budget Affairs']]);
  });
});

describe('a chamber committee written with its word in lower case', () => {
  it('employs its chairman, named before the post or later in a sentence of its own', () => {
    expect(people('The Senate Banking committee chairman William Proxmer said no.')).toContainEqual(['William Proxmer', 'chairman', 'Senate Banking committee']);
    const text = 'TRW chairman Ruben Mettle testified to the House Oversight subcommittee. Subcommittee chairman John Dingle, a Michigan Democrat, said TRW was sued.';
    expect(people(text).find((p) => p[0] === 'John Dingle')?.[2]).toBe('House Oversight subcommittee');
  });
});

describe("an acting or interim president in lower case", () => {
  it("is a company's post, and takes the story's company as a president does", () => {
    const text = 'Healthline Services Inc said its chairman resigned. Michael Cronan will take over as chairman and Michael Murfy as acting president, the company said.';
    expect(people(text).find((p) => p[0] === 'Michael Murfy')?.[2]).toBe('Healthline Services Inc');
  });
});

describe('a company the sentence deals in', () => {
  it('is no employer of an officer named there', () => {
    const text = 'Houston-based Bain Chemical believes it can grow. Chairman Gordon Bain, who previously led a leveraged buyout of Ponoco Inc\'s chemical business, has spent 1.1 billion dlrs.';
    expect(one(text, 'Gordon Bain')?.org).toBe('Bain Chemical');
  });
  it('is still the employer where the company sells a stake in itself', () => {
    const text = 'The sale of a 25 pct stake in Air Zealand would free the airline, managing director Norman Gear told reporters.';
    expect(one(text, 'Norman Gear')?.org).toBe('Air Zealand');
  });
});

describe('a company the story points back to two sentences before', () => {
  it('employs an officer the sentences between name no one else for', () => {
    const text = 'As European Union leaders gather in Rome, many companies worry about business. Lille is a popular destination for Britons.\n\nBrek-Castel is a specialist steel firm in Armentieres, about 20 miles from Lille. The company has not laid off a worker since 1945. It makes bolts for power stations.\n\nDirector Hugo Charbon says he is under pressure.\n\nIn Rotterdam, crane maker Huisman Itrek is busy. Huisman Itrek is now setting up a factory in China. Huisman Itrek said so.';
    expect(one(text, 'Hugo Charbon')?.org).toBe('Brek-Castel');
  });
});
