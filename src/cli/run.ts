// The process around main(): real streams, exit code, and a quiet end when
// the reader of our output goes away (`factx extract big | head -1`) or the
// user interrupts.
import { describeFsError } from '../read/problems.js';
import { main } from './main.js';
import { tuneCompiler } from './compiler-tuning.js';
import { keepHeapUnderMark } from './heap-ceiling.js';

/** Exit codes of a process ended by a signal, as shells report them (128 + number). */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export function run(): void {
  tuneCompiler();
  keepHeapUnderMark();
  // The reader closed the pipe: nothing more can be said, and saying so would
  // only clutter the terminal. exit() still runs the 'exit' handlers that
  // remove temporary files.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    // anything else (a full disk, /dev/full) loses facts: say so, plainly
    process.stderr.write(`factx: error: cannot write standard output: ${describeFsError(err)}\n`);
    process.exit(1);
  });
  // Messages that cannot be shown are dropped; the facts on stdout still matter.
  process.stderr.on('error', () => {});
  // Without a handler a signal kills the process at once, skipping the 'exit'
  // handlers, and `-o FILE` would leave its temporary file behind.
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) process.on(signal as NodeJS.Signals, () => process.exit(code));

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
