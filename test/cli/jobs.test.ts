import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYTES_PER_JOB, jobsForInput } from '../../src/cli/jobs.js';

let dir: string;
const file = (name: string, bytes: number) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, '');
  fs.truncateSync(p, bytes);
  return p;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-jobs-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the default number of jobs', () => {
  it('is one for a small input, which a worker would slow down', () => {
    expect(jobsForInput([file('small.jsonl', 4_000)], 8)).toBe(1);
    expect(jobsForInput([path.join(dir, 'missing.jsonl')], 8)).toBe(1);
  });
  it('is one per BYTES_PER_JOB of input, up to the cores', () => {
    expect(jobsForInput([file('five.jsonl', 2.5 * BYTES_PER_JOB)], 8)).toBe(3);
    expect(jobsForInput([file('big.jsonl', 20 * BYTES_PER_JOB)], 4)).toBe(4);
  });
  it('counts the files of a folder, hidden ones left out as the reader leaves them', () => {
    file('folder/a.txt', BYTES_PER_JOB);
    file('folder/deeper/b.txt', BYTES_PER_JOB / 2);
    file('folder/.hidden/c.txt', 10 * BYTES_PER_JOB);
    expect(jobsForInput([path.join(dir, 'folder')], 8)).toBe(2);
  });
  it('is every core for standard input, whose size is known only once read', () => {
    expect(jobsForInput(['-'], 6)).toBe(6);
  });
});
