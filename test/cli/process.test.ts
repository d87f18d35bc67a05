// What only a real process shows: a reader that goes away (`| head -1`),
// Ctrl-C and kill during `-o FILE`, a closed stderr, exit codes as the shell
// sees them, and running out of heap.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ensureBuilt, parseJsonl, ROOT, runBinary, spawnBinary, tempDir } from '../robustness/helpers.js';

const BIN = path.join(ROOT, 'bin/factx');
let corpus: string;

beforeAll(() => {
  ensureBuilt();
  // enough output to fill a pipe many times over, and a run that lasts a while
  corpus = tempDir('factx-proc-');
  for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(corpus, `a${String(i).padStart(3, '0')}.txt`), ARTICLE);
});

const tempFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('pipes', () => {
  it('ends quietly when the reader of its output goes away (| head -1)', () => {
    const dir = tempDir('factx-pipe-');
    const err = path.join(dir, 'stderr.txt');
    const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${corpus}" -f jsonl 2>"${err}" | head -1; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60_000 });
    const [first, status] = shell.stdout.trim().split('\n');
    expect(JSON.parse(first!).doc).toMatch(/a000\.txt$/);
    expect(status).toBe('0');
    expect(fs.readFileSync(err, 'utf8')).toBe('');
  });

  it('does not crash when standard error is closed', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', path.join(corpus, 'a000.txt'), path.join(corpus, 'missing.txt'), '-f', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(parseJsonl(out).length).toBeGreaterThan(0);
  });
});

describe('interrupted -o FILE', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal} leaves neither a half-written file nor a temporary one, and an old file untouched`, async () => {
      const dir = tempDir('factx-sig-');
      const target = path.join(dir, 'out.json');
      fs.writeFileSync(target, 'previous run\n');
      const child = spawnBinary(['extract', corpus, '-o', target]);
      await waitFor(() => tempFiles(dir).length > 0);
      child.kill(signal);
      const [exitCode] = (await new Promise((resolve) => child.on('close', (...args) => resolve(args)))) as [number | null];
      expect(exitCode).toBe(code);
      expect(tempFiles(dir)).toEqual([]);
      expect(fs.readFileSync(target, 'utf8')).toBe('previous run\n');
    });
  }

  it('a finished run leaves the whole file and no temporary one', () => {
    const dir = tempDir('factx-out-');
    const target = path.join(dir, 'out.json');
    const run = runBinary(['extract', path.join(corpus, 'a000.txt'), path.join(corpus, 'a001.txt'), '-o', target]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).length).toBeGreaterThan(0);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('finishes a long run into -o (a file that is slower than the extraction never stalls it)', () => {
    const dir = tempDir('factx-out-');
    const target = path.join(dir, 'out.jsonl');
    const run = spawnSync(process.execPath, [BIN, 'extract', corpus, '-f', 'jsonl', '-o', target], { encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'did not finish within 60 s').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    const lines = fs.readFileSync(target, 'utf8').trim().split('\n');
    expect(new Set(lines.map((l) => JSON.parse(l).doc)).size).toBe(300);
  }, 90_000);

  it('writes into a named pipe given as -o instead of replacing it with a file', async () => {
    const dir = tempDir('factx-fifo-');
    const fifo = path.join(dir, 'facts.jsonl');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c));
    const run = runBinary(['extract', path.join(corpus, 'a000.txt'), '-f', 'jsonl', '-o', fifo]);
    await new Promise((resolve) => reader.on('close', resolve));
    expect(run.code, run.stderr).toBe(0);
    expect(parseJsonl(got).length).toBeGreaterThan(0);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe.runIf(fs.existsSync('/dev/full'))('a full disk', () => {
  // /dev/full fails every write with ENOSPC, as a full disk does
  it('standard output: says so, exit code 1, no stack trace', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${path.join(corpus, 'a000.txt')}" -f jsonl > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/factx: error: cannot write standard output: no space left on device/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('-o FILE: says so, exit code 1, no stack trace', () => {
    const run = runBinary(['extract', path.join(corpus, 'a000.txt'), '-o', '/dev/full']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/factx: error: cannot write \/dev\/full: no space left on device/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('exit codes as the shell sees them', () => {
  it('0 when all is well, 1 when an input failed (the rest still written), 2 for a usage error', () => {
    const good = path.join(corpus, 'a000.txt');
    const ok = runBinary(['extract', good, '-f', 'jsonl']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('factx: 1 document, ' + parseJsonl(ok.stdout).length + ' facts\n');

    const partial = runBinary(['extract', good, path.join(corpus, 'nope.txt'), '-f', 'jsonl']);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toBe(ok.stdout);
    expect(partial.stderr).toMatch(/nope\.txt: no such file or directory\n.*1 document, \d+ facts, 1 error\n$/);

    const usage = runBinary(['extract', good, '--ref-date', '2017-02-30']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/--ref-date "2017-02-30" is not a calendar date/);
  });
});

describe('memory', () => {
  it('refuses a document the heap cannot hold, with a way out, and still writes the others', () => {
    const dir = tempDir('factx-mem-');
    // a run of one-character tokens: about 2 million of them
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'a,'.repeat(1_000_000));
    fs.writeFileSync(path.join(dir, 'small.txt'), ARTICLE);
    const result = spawnSync(process.execPath, ['--max-old-space-size=160', BIN, 'extract', dir, '-f', 'jsonl'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/huge\.txt: too large to process in the memory available .*--max-old-space-size=\d+/);
    expect(parseJsonl(result.stdout).every((f) => f.doc.endsWith('small.txt'))).toBe(true);
    expect(parseJsonl(result.stdout).length).toBeGreaterThan(0);
  });
});
