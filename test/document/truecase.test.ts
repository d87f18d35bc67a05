// A story sent in lower case only is read from a copy with a writer's capitals, at the same offsets.
import { describe, expect, it } from 'vitest';
import { truecased } from '../../src/document/truecase.js';
import { extractDocument } from '../../src/pipeline.js';

const STORY = `venezuela is seeking a flexible attitude from its creditor banks in current talks to
reschedule 21 billion dlrs in foreign debt, finance minister manuel azpurua told a press conference.
    he declined to comment on meetings this week in new york between public finances director jorge
marcano and the u.s. banks on the advisory committee, which met in february.`;

describe('truecased', () => {
  it('gives a story sent in lower case the capitals of sentences, places, calendar names and names', () => {
    const cased = truecased(STORY)!;
    expect(cased).toHaveLength(STORY.length);
    expect(cased).toContain('Venezuela is seeking');
    expect(cased).toContain('finance minister Manuel Azpurua told');
    expect(cased).toContain('He declined');
    expect(cased).toContain('in New York between');
    expect(cased).toContain('the U.S. banks');
    expect(cased).toContain('in February.');
    // (the wire's abbreviations and ordinary words keep their case)
    expect(cased).toContain('21 billion dlrs in foreign debt');
  });
  it('leaves a story that has its capitals alone, and a short one', () => {
    expect(truecased('Venezuela is seeking a flexible attitude from its creditor banks, Finance Minister Manuel Azpurua said.')).toBeUndefined();
    expect(truecased('venezuela is seeking a flexible attitude.')).toBeUndefined();
  });
});

describe('the word the wire capitalizes after initials', () => {
  it('is read in lower case where it opens no sentence of news, at the same offsets', () => {
    const text = 'Japan hopes for trade talks between the U.S. And Japan soon. The U.S. Has asked for more. Banks open from 8 A.M. To noon.';
    const cased = truecased(text)!;
    expect(cased).toHaveLength(text.length);
    expect(cased).toContain('between the U.S. and Japan soon');
    expect(cased).toContain('The U.S. has asked');
    expect(cased).toContain('from 8 A.M. to noon');
  });
  it('leaves a sentence that opens after initials, and a month, as written', () => {
    expect(truecased('Sales rose in the U.S. The rise was small.')).toBeUndefined();
    expect(truecased('Car sales in the U.S. May rose.')).toBeUndefined();
  });
  it('keeps a name from running on into the word ("the U.S. And Japan" is two countries)', () => {
    const facts = extractDocument({ id: 'x', text: 'The Norwegian government is awaiting the outcome of talks between the U.S. And Japan, Industry Minister Tor Berg said.' });
    expect(facts.find((f) => f.kind === 'person')).toMatchObject({ name: 'Tor Berg', org: 'Norway' });
  });
});

describe('a story sent in lower case', () => {
  it('gives its people, with the text of each fact as sent', () => {
    const facts = extractDocument({ id: 'lc', text: STORY }, { kinds: ['person'], refDate: '1987-02-26' });
    expect(facts.map((f) => f.kind === 'person' && [f.name, f.title, f.text])).toContainEqual(['Manuel Azpurua', 'finance minister', 'finance minister manuel azpurua']);
  });
});
