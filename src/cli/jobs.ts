// How many worker threads a run gets when the user does not say: one per
// core, but no more than its input keeps busy. A worker costs some half a
// second to start (a model and compiled rules of its own), which a small
// input never earns back. Measured on the project's two-core machine, one job
// against two: 4 articles 0.56 s against 0.71 s, 1,000 articles (0.8 MB)
// 3.0 s against 3.1 s, 2,127 (1.7 MB) 4.4 s against 4.5 s, 6,000 (5.7 MB)
// 10.1 s against 9.4 s.
import fs from 'node:fs';
import path from 'node:path';
import { defaultJobs } from '../parallel/pool.js';

/** Input that keeps one more worker busy enough to pay for its start. */
export const BYTES_PER_JOB = 2 * 1024 * 1024;

/** One job per BYTES_PER_JOB of input, up to `cores`; all of them when the size cannot be known (standard input, a pipe). */
export function jobsForInput(paths: readonly string[], cores = defaultJobs()): number {
  const bytes = inputBytesUpTo(paths, BYTES_PER_JOB * cores);
  return bytes === undefined ? cores : Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_JOB)));
}

/**
 * Bytes of the files the paths name, directories walked as the reader walks them (hidden entries skipped), counted
 * until `limit` is reached; undefined for standard input, a pipe or a device, whose size is known only once read.
 * A path that cannot be read counts nothing: the reader reports it.
 */
function inputBytesUpTo(paths: readonly string[], limit: number): number | undefined {
  let total = 0;
  const walk = (dir: string, ancestors: Set<string>) => {
    let real: string;
    let names: string[];
    try {
      real = fs.realpathSync(dir);
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    // (a symbolic link back to a directory above is read once)
    if (ancestors.has(real)) return;
    ancestors.add(real);
    for (const name of names) {
      if (total >= limit) break;
      if (name.startsWith('.')) continue;
      const stat = statOf(path.join(dir, name));
      if (stat?.isFile()) total += stat.size;
      else if (stat?.isDirectory()) walk(path.join(dir, name), ancestors);
    }
    ancestors.delete(real);
  };
  for (const p of paths) {
    if (total >= limit) break;
    const stat = p === '-' ? undefined : statOf(p);
    if (p === '-' || (stat && !stat.isFile() && !stat.isDirectory())) return undefined;
    if (stat?.isFile()) total += stat.size;
    else if (stat?.isDirectory()) walk(p, new Set());
  }
  return total;
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
