// Shared by the robustness tests: temporary directories that clean up after
// themselves, factx run in process (fast) or as the real binary (for what only
// a process shows: pipes, signals, environment).
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Fact } from '../../src/types.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/robustness');
export const ARTICLE = fs.readFileSync(path.join(FIXTURES, 'article.txt'), 'utf8');
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    // a test may have taken permissions away; give them back so the tree can go
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh directory under the system's temporary directory, removed after the test file. */
export function tempDir(label = 'factx-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), label));
  made.push(dir);
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() in this process, with fake streams. */
export async function runMain(args: string[], options: { stdin?: string | Buffer; stdinIsTTY?: boolean; stdoutIsTTY?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = Object.assign(new PassThrough(), { isTTY: options.stdoutIsTTY ?? false });
  out.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const err = new PassThrough();
  err.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: options.stdinIsTTY ?? false });
  const code = await main(args, { stdout: out, stderr: err, stdin, env: {} });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout, stderr };
}

const BIN = path.join(ROOT, 'bin/factx');

/** The built binary, as a user runs it (`npm test` builds first). */
export function runBinary(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> & { code: number } {
  ensureBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return Object.assign(result, { code: result.status ?? -1 });
}

export function spawnBinary(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  ensureBuilt();
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
}

let built = false;
/** `npx vitest run` straight after a clone has no dist/ yet: build it once. */
export function ensureBuilt(): void {
  if (built || fs.existsSync(path.join(ROOT, 'dist/bin/factx.js'))) {
    built = true;
    return;
  }
  spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  built = true;
}

export function parseJsonl(text: string): Fact[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Fact);
}

/** No crash: an answer, an exit code of ours and no stack trace. */
export function expectNoCrash(run: { code: number; stderr: string }): void {
  if (![0, 1, 2].includes(run.code) || /internal error|\n\s+at .+:\d+:\d+/.test(run.stderr)) {
    throw new Error(`factx crashed (exit ${run.code}):\n${run.stderr}`);
  }
}
