// The process around main(): real streams, exit code, and a quiet end when
// the reader of our output goes away (`factx extract big | head -1`).
import { main } from './main.js';

export function run(): void {
  const quietOnBrokenPipe = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  };
  process.stdout.on('error', quietOnBrokenPipe);
  process.on('SIGINT', () => process.exit(130));
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`factx: internal error: ${err.stack ?? err.message}\n`);
      process.exitCode = 70;
    },
  );
}
