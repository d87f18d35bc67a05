import { describe, expect, it } from 'vitest';
import { buildDocument, sentenceAt, tokenAt } from '../../src/document/document.js';
import { splitBlocks } from '../../src/document/blocks.js';

describe('buildDocument', () => {
  it('gives every token exact character offsets, also around odd spacing', () => {
    const text = "Xiaomi's CEO can't say\u00a0it:  U.S. deal\r\nworth $1.13bn 😀 closed.";
    const doc = buildDocument({ id: 'd', text });
    expect(doc.tokens.length).toBeGreaterThan(10);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('U.S.');
  });

  it('splits one-paragraph-per-line text at every line break, even without a full stop', () => {
    const text = 'Talks ended on Monday. /Photo\nNokia said it would sign.';
    const doc = buildDocument({ id: 'd', text });
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Talks ended on Monday.', '/Photo', 'Nokia said it would sign.']);
  });

  it('keeps hard-wrapped wire copy together until a blank or indented line', () => {
    const text = 'Gulf Applied Technologies Inc said it\nsold its subsidiaries for 12.2 mln dlrs.\n    The company said the sale is final.';
    const doc = buildDocument({ id: 'd', text });
    expect(doc.sentences).toHaveLength(2);
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe('Gulf Applied Technologies Inc said it\nsold its subsidiaries for 12.2 mln dlrs.');
  });

  it('finds the sentence and token at an offset', () => {
    const text = 'One sentence here. Another one there.';
    const doc = buildDocument({ id: 'd', text });
    const at = text.indexOf('Another');
    expect(sentenceAt(doc, at)).toBe(1);
    expect(doc.tokens[tokenAt(doc, at)]!.text).toBe('Another');
  });

  it('handles empty text', () => {
    const doc = buildDocument({ id: 'd', text: '' });
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
  });
});

describe('splitBlocks', () => {
  it('treats blank lines as paragraph ends', () => {
    const text = 'First paragraph.\n\nSecond paragraph.';
    expect(splitBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(['First paragraph.', 'Second paragraph.']);
  });
  const wire = (lines: string[]) => lines.join('\n');
  const blocks = (text: string) => splitBlocks(text).map((b) => text.slice(b.start, b.end));
  it('reads a line opened by one space in mid-sentence as the wire\'s wrap, and one after a full stop as a paragraph', () => {
    const text = wire(['The Australian Stock', ' Exchange Ltd (ASX) today took up the', 'task of running a new market.', ' It opens in July for all', 'brokers and banks.', '    Trading starts soon.', ' Reuter']);
    expect(blocks(text)).toEqual([
      'The Australian Stock\n Exchange Ltd (ASX) today took up the\ntask of running a new market.',
      'It opens in July for all\nbrokers and banks.',
      'Trading starts soon.',
      'Reuter',
    ]);
  });
  it('keeps a rule of dashes and the wire\'s sign-off apart from the words around them', () => {
    const text = wire(['Soybeans were firm, traders', 'said, and they added.', ' ----', ' Palm oil trimmed gains in', 'early trade', ' Reuter']);
    expect(blocks(text)).toEqual(['Soybeans were firm, traders\nsaid, and they added.', '----', 'Palm oil trimmed gains in\nearly trade', 'Reuter']);
  });
});

describe('sentences across initials', () => {
  it('does not end a sentence inside "D-N.Y."', () => {
    const doc = buildDocument({ id: 'x', text: 'Rep. Ted Weiss, D-N.Y., chairman of the panel, spoke. He left. It was in the U.S. Then he went.' });
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Rep. Ted Weiss, D-N.Y., chairman of the panel, spoke.', 'He left.', 'It was in the U.S.', 'Then he went.']);
  });
});

describe('names written as web addresses', () => {
  it('are one token, with offsets that slice the text', () => {
    const doc = buildDocument({ id: 'w', text: 'Iggy Fan works at Shopworld.com, he said. Amazon.com sales rose.' });
    const web = doc.tokens.filter((t) => t.text.includes('.com'));
    expect(web.map((t) => [t.text, doc.text.slice(t.start, t.end)])).toEqual([['Shopworld.com', 'Shopworld.com'], ['Amazon.com', 'Amazon.com']]);
  });
});

describe('sentences across abbreviations', () => {
  const sentences = (text: string) => {
    const doc = buildDocument({ id: 'x', text });
    return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  };
  it('does not end a sentence after a style in the plural, or inside a party and state that the words after go on from', () => {
    expect(sentences('The bill is backed by Sens. Alan Cranston (D-Cal.) and Daniel Evans (R-Wash.) said so. Then it passed.')).toEqual([
      'The bill is backed by Sens. Alan Cranston (D-Cal.) and Daniel Evans (R-Wash.) said so.',
      'Then it passed.',
    ]);
    expect(sentences('They include Max Bauer (D-Mont.), David Pryer (D-Ark.) and others.')).toHaveLength(1);
  });
  it('still ends a sentence at an abbreviation before a capitalized word', () => {
    expect(sentences('He moved to Washington, D.C. He left in May.')).toHaveLength(2);
    expect(sentences('Prices fell in the U.S. Under the plan, rates rise.')).toHaveLength(2);
  });
  it('goes on past a country\'s initials into an under-secretary\'s post', () => {
    expect(sentences('Visiting U.S. Under-Secretary of State Allen Wallace spoke.')).toHaveLength(1);
  });
});

describe('styles wink parts from their full stop', () => {
  it('keeps "Adm." one token, and the sentence whole', () => {
    const doc = buildDocument({ id: 's', text: 'Aides of Vice Adm. Jon Pardee left. Sens. Ada Kell and Bo Rusk spoke.' });
    expect(doc.tokens.map((t) => t.text)).toContain('Adm.');
    expect(doc.tokens.find((t) => t.text === 'Adm.')?.start).toBe(doc.text.indexOf('Adm.'));
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Aides of Vice Adm. Jon Pardee left.', 'Sens. Ada Kell and Bo Rusk spoke.']);
  });
  it('leaves a full stop that ends a sentence after a word that is no style', () => {
    const doc = buildDocument({ id: 's', text: 'He joined the Adm team. Then he left.' });
    expect(doc.sentences).toHaveLength(2);
  });
});

describe("the wire's stock codes", () => {
  it('keeps "<CPC.N>" one token, and the sentence whole', () => {
    const doc = buildDocument({ id: 'k', text: 'Its offer for CPC International Inc <CPC.N> was rejected. Volvo <VOLV.ST> said so.' });
    expect(doc.tokens.filter((t) => t.text.includes('.') && t.text.length > 1).map((t) => [t.text, doc.text.slice(t.start, t.end)])).toEqual([['CPC.N', 'CPC.N'], ['VOLV.ST', 'VOLV.ST']]);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Its offer for CPC International Inc <CPC.N> was rejected.', 'Volvo <VOLV.ST> said so.']);
  });
  it('leaves a code with no exchange, and a full stop after the bracket, as they were', () => {
    const doc = buildDocument({ id: 'k', text: 'It sold shares of Amdex Corp <AMX>. Then it left.' });
    expect(doc.sentences).toHaveLength(2);
  });
});
