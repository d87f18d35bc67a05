// V8's optimizing compiler, tuned for factx's kind of code. The rules are
// large functions that V8 optimizes, then throws away and optimizes again
// each time a new kind of sentence reaches a branch it had not seen: some 800
// compiles over the corpus, which took a second core's worth of time beside
// the one that extracts, and again in every worker thread, so that --jobs 2
// gained little on two cores. Inlining less and skipping two of the costlier
// optimizations cut that compile time by about 40% at no measurable cost to
// the extracting thread (see scripts/bench.mjs). The flags are V8's and the
// process's, so worker threads started after this get them too.
import v8 from 'node:v8';

export const COMPILER_FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--no-turbo-loop-peeling', '--no-turbo-escape'] as const;

/** Sets COMPILER_FLAGS; call before any hot code runs. */
export function tuneCompiler(): void {
  for (const flag of COMPILER_FLAGS) v8.setFlagsFromString(flag);
}
