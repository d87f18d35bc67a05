import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with fake streams; terminals are simulated with `tty`. */
export async function runMain(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; stdoutTTY?: boolean; stderrTTY?: boolean; columns?: number } = {}): Promise<RunResult> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutTTY ?? false, columns: options.columns ?? 120 });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrTTY ?? false });
  const stdin = Object.assign(Readable.from(options.stdin !== undefined ? [Buffer.from(options.stdin)] : []), { isTTY: options.stdin === undefined });
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdout, stderr, stdin, env: options.env ?? {} });
  return { code, stdout: out, stderr: err };
}
