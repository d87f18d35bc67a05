// A ceiling for the main thread's heap, kept by collecting. V8 sizes how much
// garbage an old generation may hold before a full collection from the
// machine's memory, not from what the program keeps: one job over the whole
// corpus let its heap fill to near 300 MB of peak memory, 230 MB with this.
// Worker threads are given a ceiling when they start (src/parallel/pool.ts);
// a running thread cannot be, so this one collects itself once its heap passes
// the mark. Collections free memory only; no result depends on them.
import v8 from 'node:v8';
import vm from 'node:vm';

const MARK_BYTES = 100 * 1024 * 1024;
const CHECK_EVERY_MS = 1000;

/** Starts the check; it never keeps the process alive. */
export function keepHeapUnderMark(): void {
  v8.setFlagsFromString('--expose-gc');
  // (the flag only exposes `gc` to contexts made after it, as a new one is)
  const collect = vm.runInNewContext('gc') as () => void;
  const timer = setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size > MARK_BYTES) collect();
  }, CHECK_EVERY_MS);
  timer.unref();
}
