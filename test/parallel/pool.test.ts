import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// the built module: worker threads run dist/parallel/worker.js, which exists only after the build (`npm test` builds first)
import { extractInOrder } from '../../dist/parallel/pool.js';
import type { SourceDocument } from '../../src/pipeline.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/factx');

/** Invented articles, varied enough that documents take different times. */
function corpus(n: number): SourceDocument[] {
  const companies = ['Lumo Motors Corp', 'Nordvik Telecom AB', 'Quarry Holdings Inc', 'Tidewater Foods Inc', 'Corvex Systems Ltd'];
  const markets = ['Brazil', 'Japan', 'Poland', 'Kenya', 'Vietnam'];
  return Array.from({ length: n }, (_, i) => {
    const a = companies[i % 5]!;
    const b = companies[(i + 2) % 5]!;
    const filler = ' Shares were steady.'.repeat(i % 7);
    return {
      id: `doc-${String(i).padStart(3, '0')}`,
      date: `2015-0${(i % 9) + 1}-1${i % 10}`,
      text: `${a} said on Monday it agreed to acquire ${b} for ${10 + i} mln dlrs.${filler}\n${a} entered ${markets[i % 5]} in ${2000 + (i % 15)}, chief executive Anna Berg${i} said.`,
    };
  });
}

async function* from(docs: SourceDocument[]) {
  for (const d of docs) yield d;
}

describe('extractInOrder', () => {
  it('gives the same facts in the same order on worker threads as on one thread', async () => {
    const docs = corpus(40);
    const one: string[] = [];
    const many: string[] = [];
    for await (const r of extractInOrder(from(docs), {}, 1)) one.push(`${r.source.id}:${JSON.stringify(r.facts)}`);
    for await (const r of extractInOrder(from(docs), {}, 3)) many.push(`${r.source.id}:${JSON.stringify(r.facts)}`);
    expect(many).toEqual(one);
    expect(one.map((r) => r.split(':')[0])).toEqual(docs.map((d) => d.id));
    expect(one.join('').length).toBeGreaterThan(40 * 200);
  });
});

describe('the stdin/stdout contract of a cluster mapper', () => {
  const docs = corpus(30);
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const run = (input: string, jobs: string) => execFileSync('node', [bin, 'extract', '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, '--quiet'], { input, encoding: 'utf8' });

  it('reads JSONL on stdin and writes JSONL on stdout, byte-identical with any --jobs', () => {
    const single = run(jsonl, '1');
    expect(single.split('\n').filter(Boolean).every((line) => JSON.parse(line).kind)).toBe(true);
    expect(run(jsonl, '2')).toBe(single);
    expect(run(jsonl, '4')).toBe(single);
  });

  it('gives, over shards concatenated, exactly the output of one run', () => {
    const lines = jsonl.split('\n').filter(Boolean);
    const shards = [lines.slice(0, 7), lines.slice(7, 19), lines.slice(19)].map((s) => s.join('\n') + '\n');
    expect(shards.map((s) => run(s, '2')).join('')).toBe(run(jsonl, '2'));
  });

  it('writes the same bytes to a file with -o', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-pool-'));
    try {
      const file = path.join(dir, 'docs.jsonl');
      fs.writeFileSync(file, jsonl);
      const out = path.join(dir, 'facts.jsonl');
      execFileSync('node', [bin, 'extract', file, '--format', 'jsonl', '--jobs', '2', '--quiet', '-o', out]);
      expect(fs.readFileSync(out, 'utf8')).toBe(run(jsonl, '1'));
      // ids of documents from a file are their own ids, not the file name
      expect(fs.readFileSync(out, 'utf8')).toContain('"doc":"doc-000"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
