// What "it" stands for after a list that closes a prepositional phrase.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { buildDocument } from '../../src/document/document.js';
import { buildEntities } from '../../src/entities/entities.js';

const expansions = (text: string) => extractDocument({ id: 'r', text }, { kinds: ['expansion'] }).map((f) => (f as { company: string }).company);

describe('"it" after a list of investors', () => {
  it('is the subject, not the last name of a list after "by"', () => {
    const text = 'Plata Vera, a Mexican digital lender, has raised $210 million from a group led by Valora Capital Group and Kaszo, as it prepares to launch in Colombia later this year.';
    expect(expansions(text)).toEqual(['Plata Vera']);
  });
  it('is the last company named where that company is the subject', () => {
    expect(expansions('Valora Capital Group said on Monday that it would open an office in Colombia.')).toEqual(['Valora Capital Group']);
  });
});

describe('"the company" after a name that only stood after a preposition', () => {
  const people = (text: string) => extractDocument({ id: 'r', text }, { kinds: ['person'] }).map((f) => [(f as { name: string }).name, (f as { org: string }).org]);
  it('is the story\'s company, not the former employer', () => {
    const text = 'Corvid AI Ltd raised $400m. Corvid AI Ltd will hire 200 researchers. Ms Mensah, a former researcher at Orbis Labs, set up the company in 2020 with Oliver Grant, who is now its chief scientist.';
    expect(people(text)).toContainEqual(['Oliver Grant', 'Corvid AI Ltd']);
  });
});

describe('"its" after a seller described before its name', () => {
  it('is the buyer\'s: "from private equity firm Northgate Partners, a deal that would mark its entry"', () => {
    const text = 'Hartwell Coatings Co. said sales rose. In September it agreed to buy Maple Leaf Finishes from private equity firm Northgate Partners for $780 million, a deal that would mark its entry into Canada.';
    expect(expansions(text)).toEqual(['Hartwell Coatings Co.']);
  });
});

describe('news agencies', () => {
  it('points no reference at an agency the story cites, but at one the story is about', () => {
    const refs = (text: string) => buildEntities(buildDocument({ id: 'r', text })).references.map((r) => r.names[0]);
    expect(refs('Mr Walsh told the Associated Press news agency he would leave. The airline said it agreed.')).not.toContain('Associated Press');
    expect(refs('The Associated Press said its profits rose. The company said it would hire more staff.')).toContain('Associated Press');
  });
});

describe('"the company" after a sentence that describes a person by another employer', () => {
  const people = (text: string) => extractDocument({ id: 'r', text }, { kinds: ['person'] }).map((f) => [(f as { name: string }).name, (f as { org: string }).org]);
  const text = 'Halden, Stroud and Co said it named Ruth Calder as chairman. Calder, a partner of Morrow, Pike and Co, has been a Halden director since 1979. The company said Tomas Berg, president since 1983, was elected chief executive officer.';
  it('is the story\'s company, not the one the person was described by', () => {
    expect(people(text)).toContainEqual(['Tomas Berg', 'Halden, Stroud and Co']);
    expect(people(text)).not.toContainEqual(['Tomas Berg', 'Morrow, Pike and Co']);
  });
  it('keeps the described employer for the person it describes', () => {
    expect(people(text)).toContainEqual(['Ruth Calder', 'Morrow, Pike and Co']);
  });
});

describe('"that company"', () => {
  const refs = (text: string) => buildEntities(buildDocument({ id: 'r', text })).references.map((r) => [text.slice(r.start, r.end), r.names.join('|')]);
  it('points past the story\'s subject to the other company named last', () => {
    const text = 'Compumem Inc said it agreed to buy Hemdel Corp. It will issue shares to acquire Hemdel Corp. That company\'s owner, John Dalley, would run the group.';
    expect(refs(text)).toContainEqual(['That company', 'Hemdel Corp']);
  });
  it('skips the subject of its own clause', () => {
    const text = 'Harmon tried to take over Unicarb Corp, but Gafco Corp benefited from that company\'s restructuring.';
    expect(refs(text)).toContainEqual(['that company', 'Unicarb Corp']);
  });
  it('is no reference where "that" opens a clause', () => {
    const text = 'Compumem Inc said sales rose. Analysts said that company officials were pleased.';
    expect(refs(text).filter(([t]) => t.startsWith('that'))).toEqual([]);
  });
});
