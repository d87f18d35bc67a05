// How many worker threads a run gets when the user does not say: one per
// core, but no more than its input keeps busy. A worker costs some half a
// second to start (a model and compiled rules of its own), which a small
// input never earns back. Measured on the project's two-core machine, one job
// against two: 4 articles 0.56 s against 0.71 s, 1,000 articles (0.8 MB)
// 3.0 s against 3.1 s, 2,127 (1.7 MB) 4.4 s against 4.5 s, 6,000 (5.7 MB)
// 10.1 s against 9.4 s.
import { defaultJobs } from '../parallel/pool.js';
import { inputBytes } from './input-size.js';

/** Input that keeps one more worker busy enough to pay for its start. */
export const BYTES_PER_JOB = 2 * 1024 * 1024;

/** One job per BYTES_PER_JOB of input, up to `cores`; all of them when the size cannot be known (standard input, a pipe). */
export function jobsForInput(paths: readonly string[], cores = defaultJobs()): number {
  const bytes = inputBytes(paths, { limit: BYTES_PER_JOB * cores });
  return bytes === undefined ? cores : Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_JOB)));
}
