// CSV that opens safely in a spreadsheet (OWASP CSV injection: cells starting
// with = + - @ tab or CR get a leading ') and is always valid RFC 4180, read
// back with a strict parser.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/format/csv.js';
import type { Fact } from '../../src/types.js';
import { singleThread } from '../robustness/bad-input.js';
import { ARTICLE, parseJsonl, runMain, tempDir } from '../robustness/helpers.js';
import { parseCsv } from './rfc4180.js';

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** What a spreadsheet must show for a value: the value, with ' before a formula start. */
const shown = (s: string) => (DANGEROUS_START.test(s) ? `'${s}` : s);

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['x=1', 'x=1'],
    [' =1', ' =1'],
    ['', ''],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('flattens arrays and objects before defusing them', () => {
    expect(csvCell(['-Nokia', 'Xiaomi'])).toBe("'-Nokia; Xiaomi");
    expect(csvCell({ value: '2017-07-05', text: 'July 5, 2017' })).toBe('2017-07-05');
    expect(csvCell({ amount: 1, currency: 'USD', text: '+$1 mln' })).toBe("'+$1 mln");
    expect(csvCell(null)).toBe('');
    expect(csvCell(-0.5)).toBe("'-0.5");
  });
});

describe('csvRow, read back', () => {
  /** mulberry32, seeded: the same strings on every run */
  function strings(seed: number, count: number): string[] {
    let a = seed;
    const next = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', '""', ',', ';', "'", ' ', 'a', 'Z', '0', 'é', '😀', '\u2028', '\u0000', '|', '!', '(', ')'];
    return Array.from({ length: count }, () => {
      let s = '';
      const n = Math.floor(next() * 12);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    });
  }

  it('gives back every value exactly (defused), row for row, for 2,000 random values', () => {
    const values = strings(2024, 2000);
    const rows: string[][] = [];
    for (let i = 0; i < values.length; i += 5) rows.push(values.slice(i, i + 5));
    const parsed = parseCsv(rows.map(csvRow).join(''));
    expect(parsed).toEqual(rows.map((r) => r.map(shown)));
    for (const cell of parsed.flat()) expect(cell).not.toMatch(DANGEROUS_START);
  });
});

describe('CSV from the command line', () => {
  it('is valid RFC 4180 with safe cells, and says what the JSON says', async () => {
    const dir = tempDir('factx-csv-');
    const nasty = ARTICLE.replace('Nordic Telecom Oyj said', 'Nordic Telecom Oyj, "the Finnish operator", said').replace('\n', '\r\n');
    fs.writeFileSync(path.join(dir, '=HYPERLINK("http-evil").txt'), nasty);
    fs.writeFileSync(path.join(dir, '@SUM(1+1).md'), ARTICLE);
    const ids = ['=cmd|\' /C calc\'!A0', '+1', '-2', '@x', '\tTab', '\rCR', 'a,b', 'quote"d', 'new\nline'];
    fs.writeFileSync(path.join(dir, 'docs.jsonl'), ids.map((id) => JSON.stringify({ id, text: ARTICLE })).join('\n'));
    const single = await singleThread();

    const csv = await runMain(['extract', '-f', 'csv', ...single, dir]);
    const json = await runMain(['extract', '-f', 'jsonl', ...single, dir]);
    expect(csv.code, csv.stderr).toBe(0);
    const [header, ...records] = parseCsv(csv.stdout);
    const facts: Fact[] = parseJsonl(json.stdout);
    expect(records).toHaveLength(facts.length);
    for (const record of records) {
      expect(record).toHaveLength(header!.length);
      for (const cell of record) expect(cell).not.toMatch(DANGEROUS_START);
    }
    const column = (name: string) => records.map((r) => r[header!.indexOf(name)]);
    expect(column('id')).toEqual(facts.map((f) => f.id));
    expect(column('doc')).toEqual(facts.map((f) => shown(f.doc)));
    expect(column('text')).toEqual(facts.map((f) => shown(f.text)));
    expect(column('start')).toEqual(facts.map((f) => String(f.start)));
    expect(new Set(column('doc'))).toEqual(new Set([...ids.map(shown), path.join(dir, '=HYPERLINK("http-evil").txt'), path.join(dir, '@SUM(1+1).md')]));
  });

  it('the timeline is valid RFC 4180 with safe cells too', async () => {
    const dir = tempDir('factx-csv-');
    fs.writeFileSync(path.join(dir, 'docs.jsonl'), ['=1+1', '-x', 'a,"b"'].map((id) => JSON.stringify({ id, text: ARTICLE })).join('\n'));
    const run = await runMain(['timeline', ...(await singleThread()), dir]);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...records] = parseCsv(run.stdout);
    expect(header).toEqual(['date', 'granularity', 'kind', 'summary', 'doc', 'sentence', 'evidence']);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(record).toHaveLength(header!.length);
      for (const cell of record) expect(cell).not.toMatch(DANGEROUS_START);
    }
    expect(new Set(records.map((r) => r[4]))).toEqual(new Set(["'=1+1", "'-x", 'a,"b"']));
  });
});
