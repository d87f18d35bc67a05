// The adapter's reading of wink's lexicon: found by binary search on first
// use, which holds only while the pinned model keeps its words in order.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { analyze, breakLongRuns, isDictionaryWord } from '../../src/document/nlp.js';

const require = createRequire(import.meta.url);

describe('wink lexicon index', () => {
  it('relies on a model that lists its words in lower-case order after the unknown-word marker', () => {
    const list = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json').features.lexeme.list as string[];
    let outOfOrder = 0;
    for (let i = 2; i < list.length; i++) if (list[i]!.toLowerCase() < list[i - 1]!.toLowerCase()) outOfOrder++;
    expect(outOfOrder).toBe(0);
  });

  it('knows dictionary words in any case the model lists, and not names', () => {
    expect(isDictionaryWord('shares')).toBe(true);
    expect(isDictionaryWord('consumer')).toBe(true);
    expect(isDictionaryWord('broadcom')).toBe(false);
    expect(isDictionaryWord('xiaomi')).toBe(false);
  });

  it('does not count words wink learned from a document, before or after it forgets them', () => {
    analyze('Shares of Zorvex-Quill Inc\'s unit and Zzyzx.Qa rose on zorvexing news.');
    expect(isDictionaryWord('Zorvex-Quill')).toBe(false);
    expect(isDictionaryWord('zorvexing')).toBe(false);
    expect(isDictionaryWord('shares')).toBe(true);
    expect(isDictionaryWord('news')).toBe(true);
  });
});

describe('breakLongRuns', () => {
  it('leaves ordinary text alone, the same string', () => {
    const text = 'Nokia bought Alcatel-Lucent in 2016.\nShares rose.';
    expect(breakLongRuns(text)).toBe(text);
    expect(breakLongRuns('x'.repeat(256))).toBe('x'.repeat(256));
  });

  it('puts a space into a run longer than 256 characters, keeping the length', () => {
    const text = `a ${'b'.repeat(600)} c`;
    const broken = breakLongRuns(text);
    expect(broken.length).toBe(text.length);
    expect(broken.split(' ').map((w) => w.length)).toEqual([1, 256, 256, 86, 1]);
  });

  it('never splits a surrogate pair', () => {
    const broken = breakLongRuns('😀'.repeat(300));
    expect(broken.length).toBe(600);
    expect(broken).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('words wink splits at a letter beyond Latin-1', () => {
  it('are one token again, at the offset of their first piece', () => {
    const text = 'Agnieszka Nowak-Zielińska met Lech Wałęsa. Recep Erdoğan spoke.';
    const a = analyze(text);
    expect(a.values).toContain('Nowak');
    expect(a.values).toContain('Zielińska');
    expect(a.values).toContain('Wałęsa');
    expect(a.values).toContain('Erdoğan');
    const i = a.values.indexOf('Wałęsa');
    expect(text.slice(a.starts[i], a.starts[i]! + 'Wałęsa'.length)).toBe('Wałęsa');
    expect(a.sentences).toHaveLength(2);
    expect(a.values[a.sentences[1]![0]]).toBe('Recep');
  });
  it('leaves Latin-1 names and plain text as wink reads them', () => {
    expect(analyze('José Müller-Ñúñez agreed.').values).toEqual(['José', 'Müller', '-', 'Ñúñez', 'agreed', '.']);
  });
});

describe('a numeric character reference left in text from the web', () => {
  it('is part of its word, at the offsets of the text as given', () => {
    const text = 'EC President Jos&#233; Manuel Barroso met O&#39;Reilly at Bernab&#233;u and the &#201;cole.';
    const a = analyze(text);
    expect(a.values).toEqual(['EC', 'President', 'Jos&#233;', 'Manuel', 'Barroso', 'met', "O&#39;Reilly", 'at', 'Bernab&#233;u', 'and', 'the', '&#201;cole', '.']);
    a.values.forEach((v, i) => expect(text.slice(a.starts[i], a.starts[i]! + v.length)).toBe(v));
  });
  it('leaves an ampersand, a hash and a semicolon that make no reference apart', () => {
    expect(analyze('Tom & Jerry; #5 & 6; R&D.').values).toEqual(['Tom', '&', 'Jerry', ';', '#', '5', '&', '6', ';', 'R&D', '.']);
  });
});
