// Runs documents on worker threads and gives results back in input order, so
// `--jobs 4` writes exactly the bytes `--jobs 1` writes. Workers start only
// once a second document shows up: one article never pays for a thread.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocument, type ExtractOptions, type SourceDocument } from '../pipeline.js';
import type { Fact } from '../types.js';

export interface DocumentResult {
  source: SourceDocument;
  facts?: Fact[];
  error?: string;
}

/** What a worker is told; kept to plain data so that it crosses threads. */
export interface WorkerOptions {
  kinds?: ExtractOptions['kinds'];
  refDate?: string | null;
  /** rule-pack files to load in each worker before extracting (this thread has loaded them already) */
  rulePacks?: string[];
}

interface Job {
  seq: number;
  source: SourceDocument;
}

const MAX_WORKER_FAILURES = 8;

export const defaultJobs = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

function runHere(source: SourceDocument, options: WorkerOptions): DocumentResult {
  try {
    return { source, facts: extractDocument(source, { kinds: options.kinds, refDate: options.refDate }) };
  } catch (err) {
    return { source, error: (err as Error).message };
  }
}

/**
 * Extracts every document of `sources`, yielding results in input order.
 * With jobs = 1 everything runs on this thread.
 */
export async function* extractInOrder(sources: AsyncIterable<SourceDocument>, options: WorkerOptions, jobs: number): AsyncGenerator<DocumentResult> {
  const iterator = sources[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const second = jobs > 1 ? await iterator.next() : undefined;
  if (jobs <= 1 || !second || second.done) {
    yield runHere(first.value, options);
    if (second && !second.done) yield runHere(second.value, options);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield runHere(next.value, options);
    return;
  }
  yield* pooled(first.value, second.value, iterator, options, jobs);
}

async function* pooled(first: SourceDocument, second: SourceDocument, iterator: AsyncIterator<SourceDocument>, options: WorkerOptions, jobs: number): AsyncGenerator<DocumentResult> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: options }));
  const idle: Worker[] = [...workers];
  const inFlight = new Map<Worker, Job>();
  const done = new Map<number, DocumentResult>();
  const maxAhead = jobs * 8;
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  let failures = 0;
  let broken = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const pending: SourceDocument[] = [first, second];
  const dispatch = (worker: Worker, source: SourceDocument) => {
    const job = { seq: nextSeq++, source };
    inFlight.set(worker, job);
    worker.postMessage({ seq: job.seq, source });
  };
  const watch = (worker: Worker) => {
    worker.on('message', (msg: { seq: number; facts?: Fact[]; error?: string }) => {
      const job = inFlight.get(worker)!;
      inFlight.delete(worker);
      done.set(msg.seq, { source: job.source, facts: msg.facts, error: msg.error });
      idle.push(worker);
      notify();
    });
    // a worker that dies fails its document only and a fresh one takes its
    // place; if workers keep dying (they cannot even start), this thread
    // does the rest of the work itself
    worker.on('error', (err) => {
      const job = inFlight.get(worker);
      inFlight.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (job) done.set(job.seq, { source: job.source, error: `worker failed: ${err.message}` });
      if (++failures > MAX_WORKER_FAILURES) broken = true;
      else {
        const fresh = new Worker(workerUrl, { workerData: options });
        workers[workers.indexOf(worker)] = fresh;
        watch(fresh);
        idle.push(fresh);
      }
      notify();
    });
  };
  workers.forEach(watch);

  try {
    while (!broken) {
      // keep workers busy, but never read too far ahead of what was written
      while (idle.length && nextSeq - nextOut < maxAhead) {
        let source = pending.shift();
        if (!source && !exhausted) {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else source = next.value;
        }
        if (!source) break;
        dispatch(idle.pop()!, source);
      }
      while (done.has(nextOut)) {
        const result = done.get(nextOut)!;
        done.delete(nextOut++);
        yield result;
      }
      if (exhausted && !pending.length && nextOut === nextSeq) return;
      // wait only for work that is running: with nothing in flight, go back and hand out more
      if (!done.has(nextOut) && !broken && inFlight.size > 0) await new Promise<void>((resolve) => (wake = resolve));
    }
    // the pool broke: finish here, in order, redoing what was in flight
    const redo = new Map([...inFlight.values()].map((job) => [job.seq, job.source]));
    for (; nextOut < nextSeq; nextOut++) yield done.get(nextOut) ?? runHere(redo.get(nextOut)!, options);
    for (const source of pending) yield runHere(source, options);
    if (!exhausted) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield runHere(next.value, options);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
