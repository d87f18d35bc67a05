import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findFactInputs, isFactRecord, readFacts, sniffFacts } from '../../src/read/facts.js';
import type { Problem } from '../../src/read/problems.js';

const DATE = { id: 'a1', kind: 'date', doc: 'd1', sentence: 0, start: 0, end: 9, text: 'yesterday', type: 'DATE', value: '2017-07-04' };
const PERSON = { id: 'b2', kind: 'person', doc: 'd1', sentence: 1, start: 20, end: 40, text: 'chairman Jane Roe', name: 'Jane Roe', title: 'chairman', roles: ['chairman'], org: null };

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

async function read(text: string, split = 7) {
  const problems: Problem[] = [];
  const parts = text.match(new RegExp(`[^]{1,${split}}`, 'g')) ?? [];
  const facts = [];
  for await (const f of readFacts(chunks(...parts), 'facts.jsonl', (p) => problems.push(p))) facts.push(f);
  return { facts, problems };
}

async function drain(stream: Readable): Promise<string> {
  let out = '';
  for await (const c of stream) out += c;
  return out;
}

describe('isFactRecord', () => {
  it('takes a fact as factx writes it', () => {
    expect(isFactRecord(DATE)).toBe(true);
    expect(isFactRecord(PERSON)).toBe(true);
  });
  it('refuses an article, a fact of an unknown kind and things that are no objects', () => {
    expect(isFactRecord({ id: 'r1', date: '1987-03-02', text: 'Shares rose.' })).toBe(false);
    expect(isFactRecord({ ...DATE, kind: 'event' })).toBe(false);
    expect(isFactRecord({ ...DATE, sentence: '0' })).toBe(false);
    expect(isFactRecord([DATE])).toBe(false);
    expect(isFactRecord(null)).toBe(false);
  });
});

describe('readFacts', () => {
  it('reads JSONL, one fact a line, across chunk boundaries', async () => {
    const { facts, problems } = await read([DATE, PERSON].map((f) => JSON.stringify(f)).join('\n') + '\n');
    expect(facts).toEqual([DATE, PERSON]);
    expect(problems).toEqual([]);
  });
  it("reads factx's JSON array, one fact a line", async () => {
    const { facts } = await read(`[\n${JSON.stringify(DATE)},\n${JSON.stringify(PERSON)}\n]\n`);
    expect(facts).toEqual([DATE, PERSON]);
  });
  it('reads an array on one line, as jq -c writes it', async () => {
    const { facts } = await read(JSON.stringify([DATE, PERSON]) + '\n');
    expect(facts).toEqual([DATE, PERSON]);
  });
  it('reports a bad line by its number and reads on', async () => {
    const { facts, problems } = await read(`${JSON.stringify(DATE)}\n{"kind": \n${JSON.stringify({ name: 'x' })}\n${JSON.stringify(PERSON)}\n`);
    expect(facts).toEqual([DATE, PERSON]);
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ['error', 2],
      ['error', 3],
    ]);
    expect(problems[0]!.message).toMatch(/^not valid JSON/);
    expect(problems[1]!.message).toMatch(/^not a factx fact/);
  });
});

describe('sniffFacts', () => {
  it('tells facts from an article and from article JSONL, and gives every byte back', async () => {
    const cases: Array<[string[], boolean]> = [
      [[`[\n${JSON.stringify(DATE).slice(0, 30)}`, `${JSON.stringify(DATE).slice(30)},\n]\n`], true],
      [[JSON.stringify(PERSON) + '\n'], true],
      [['Xiaomi and Nokia signed a patent agreement on Wednesday.\n'], false],
      [['{"id": "r1", "text": "Shares rose ', 'on Monday."}\n'], false],
      [['  \n'], false],
      [[], false],
    ];
    for (const [parts, facts] of cases) {
      const sniffed = await sniffFacts(chunks(...parts));
      expect(sniffed.facts, parts.join('')).toBe(facts);
      expect(await drain(sniffed.stream)).toBe(parts.join(''));
    }
  });
  it("tells factx's CSV apart", async () => {
    const sniffed = await sniffFacts(chunks('id,kind,doc,sentence,start,end,date,summary\r\n'));
    expect([sniffed.facts, sniffed.csv]).toEqual([false, true]);
    expect((await sniffFacts(chunks('id,name,price\n'))).csv).toBe(false);
  });
  it('decides on an article at its first letter, before its first line ends', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.from('On Monday the board met ');
      }
    }
    const sniffed = await sniffFacts(endless());
    expect(sniffed.facts).toBe(false);
    expect(pulled).toBe(1);
  });
});

describe('findFactInputs', () => {
  it('looks into .json and .jsonl files and standard input, not into text files or folders', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-facts-'));
    try {
      fs.writeFileSync(path.join(dir, 'facts.json'), `[\n${JSON.stringify(DATE)}\n]\n`);
      fs.writeFileSync(path.join(dir, 'articles.jsonl'), JSON.stringify({ id: 'r1', text: 'Shares rose.' }) + '\n');
      fs.writeFileSync(path.join(dir, 'facts.txt'), JSON.stringify(DATE) + '\n');
      const stdin = chunks(JSON.stringify(PERSON) + '\n');
      const found = await findFactInputs([path.join(dir, 'facts.json'), path.join(dir, 'articles.jsonl'), path.join(dir, 'facts.txt'), dir, path.join(dir, 'missing.json'), '-'], stdin);
      expect(found.facts).toEqual([true, false, false, false, false, true]);
      expect(found.csvStdin).toBe(false);
      expect(await drain(found.stdin!)).toBe(JSON.stringify(PERSON) + '\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
