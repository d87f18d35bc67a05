import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const JOBS = ['--jobs', '1'];
let dir: string;
let ofArticles: string;
let asJson: string;
let asJsonl: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-timeline-'));
  ofArticles = (await runMain(['timeline', ...JOBS, 'seeds/'])).stdout;
  asJson = (await runMain(['extract', ...JOBS, 'seeds/', '--format', 'json'])).stdout;
  asJsonl = (await runMain(['extract', ...JOBS, 'seeds/', '--format', 'jsonl'])).stdout;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('timeline of facts factx wrote', () => {
  it('is the timeline of the articles, from JSON on standard input', async () => {
    const run = await runMain(['timeline'], { stdin: asJson });
    expect(run.code, run.stderr).toBe(0);
    expect(ofArticles.split('\r\n').length).toBeGreaterThan(5);
    expect(run.stdout).toBe(ofArticles);
    expect(run.stderr).toBe('factx: 1 document, 22 facts\n');
  });

  it('is the timeline of the articles, from a JSONL file', async () => {
    const file = path.join(dir, 'facts.jsonl');
    fs.writeFileSync(file, asJsonl);
    const run = await runMain(['timeline', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(ofArticles);
  });

  it('keeps only the kinds asked for', async () => {
    const run = await runMain(['timeline', '--kinds', 'expansion', '-'], { stdin: asJsonl });
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\r\n').slice(1, -1);
    expect(rows).toEqual(ofArticles.split('\r\n').filter((r) => r.split(',')[2] === 'expansion'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reports a line that is no fact and writes the rest (exit code 1)', async () => {
    const lines = asJsonl.trim().split('\n');
    const run = await runMain(['timeline', '-'], { stdin: [lines[0], '{"kind": "date"}', ...lines.slice(1)].join('\n') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('-:2: not a factx fact');
    expect(run.stdout).toBe(ofArticles);
  });

  it('refuses articles and facts together (exit code 2)', async () => {
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, asJsonl);
    const run = await runMain(['timeline', file, 'seeds/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('factx: give a timeline articles or facts that factx wrote, not both\n');
    expect(run.stdout).toBe('');
  });

  it('refuses facts as CSV on standard input, which keep no date\'s words (exit code 2)', async () => {
    const csv = (await runMain(['extract', ...JOBS, 'seeds/', '--format', 'csv'])).stdout;
    const run = await runMain(['timeline', '-'], { stdin: csv });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('factx: standard input holds facts as CSV; give the timeline facts as JSON or JSONL (factx extract --format jsonl)\n');
    expect(run.stdout).toBe('');
  });

  it('still reads an article on standard input as an article', async () => {
    const text = fs.readFileSync(path.join('seeds', fs.readdirSync('seeds')[0]!), 'utf8');
    const run = await runMain(['timeline', ...JOBS, '-'], { stdin: text });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1).join('\n')).toBe(ofArticles.split('\n').slice(1).join('\n').replaceAll(/seeds\/[^,]+\.txt/g, "'-"));
  });
});

describe('timeline of facts, options that do not apply', () => {
  it('says that --ref-date cannot change dates already resolved', async () => {
    const asJsonl = (await runMain(['extract', ...JOBS, 'seeds/', '--format', 'jsonl', '--kinds', 'date'])).stdout;
    const run = await runMain(['timeline', '--ref-date', '2020-01-01'], { stdin: asJsonl });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('factx: warning: --ref-date does not change facts already found; ignored\n');
    expect(run.stdout).toContain('2017-07-05,day,date,');
  });
});
