// Progress on stderr for long runs, for a person watching a terminal:
// documents done, throughput and, when the input size is known, time left.
// Silent when stderr is not a terminal, so logs and pipes stay clean.
import type { Writable } from 'node:stream';

const EVERY_MS = 250;

export interface Progress {
  /** a document of `bytes` bytes was done */
  tick(bytes: number): void;
  /** clears the line */
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

const formatDuration = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

export function progress(stderr: Writable & { isTTY?: boolean }, enabled: boolean, totalBytes: number | undefined, now: () => number = () => performance.now()): Progress {
  if (!enabled || !stderr.isTTY) return silent;
  const began = now();
  let last = 0;
  let docs = 0;
  let bytes = 0;
  let shown = false;
  return {
    tick(n) {
      docs++;
      bytes += n;
      const t = now();
      if (t - last < EVERY_MS) return;
      last = t;
      const seconds = (t - began) / 1000;
      const rate = bytes / 1e6 / Math.max(seconds, 1e-3);
      let line = `factx: ${docs} documents, ${rate.toFixed(2)} MB/s`;
      if (totalBytes && bytes > 0 && bytes < totalBytes) line += `, ${Math.round((100 * bytes) / totalBytes)}%, ${formatDuration(((totalBytes - bytes) / 1e6) / rate)} left`;
      stderr.write(`\r\x1b[2K${line}`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}

