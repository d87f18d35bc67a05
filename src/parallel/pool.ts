// Runs documents on worker threads and gives results back in input order, so
// `--jobs 4` writes exactly the bytes `--jobs 1` writes. Workers start only
// once a second document shows up: one article never pays for a thread.
// Documents travel in batches, and with a stream format the worker also
// writes the output text, so that little but strings crosses between threads.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { serializerFor, type SerializeOptions } from '../format/stream.js';
import { extractDocument, type ExtractOptions, type SourceDocument } from '../pipeline.js';
import type { Fact } from '../types.js';

export interface DocumentResult {
  source: SourceDocument;
  /** the facts, unless the output was serialized where they were found */
  facts?: Fact[];
  /** the document's output text, when `WorkerOptions.serialize` was given */
  chunk?: string;
  count: number;
  error?: string;
}

/** What a worker is told; kept to plain data so that it crosses threads. */
export interface WorkerOptions {
  kinds?: ExtractOptions['kinds'];
  refDate?: string | null;
  /** rule-pack files to load in each worker before extracting (this thread has loaded them already) */
  rulePacks?: string[];
  /** serialize each document's facts in this stream format instead of returning them */
  serialize?: SerializeOptions;
}

interface Batch {
  seq: number;
  sources: SourceDocument[];
}

const MAX_WORKER_FAILURES = 8;
/**
 * A worker's live heap stays near 35 MB, but V8 lets garbage grow to several
 * times that before a full collection; a ceiling makes it collect sooner and
 * keeps two jobs over the whole corpus under 300 MB (a smaller young
 * generation saves some 25 MB more for about 4% of the time; 56 MB rather
 * than 64 for the old one some 10 MB more, at no cost in time the machine's
 * noise lets one see: two jobs peaked at 283 to 296 MB with 64). The rare
 * document too big for it (megabytes of text in one piece) is done again on
 * this thread, which has no such ceiling.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 56, maxYoungGenerationSizeMb: 16 };
const BATCH_DOCUMENTS = 16;
const BATCH_CHARACTERS = 64 * 1024;
/** Batches queued on each worker, so that it has work while this thread reads and writes. */
const WORKER_DEPTH = 3;

export const defaultJobs = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** One document, here or in a worker: the same code either way, so the same bytes. */
export function processDocument(source: SourceDocument, options: WorkerOptions, serialize = options.serialize ? serializerFor(options.serialize) : undefined): DocumentResult {
  try {
    const facts = extractDocument(source, { kinds: options.kinds, refDate: options.refDate });
    // the source's text stays behind: the caller already has it
    const done = { ...source, text: '' };
    return serialize ? { source: done, chunk: serialize(facts), count: facts.length } : { source: done, facts, count: facts.length };
  } catch (err) {
    return { source: { ...source, text: '' }, count: 0, error: (err as Error).message };
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
    const serialize = options.serialize ? serializerFor(options.serialize) : undefined;
    yield withText(processDocument(first.value, options, serialize), first.value);
    if (second && !second.done) yield withText(processDocument(second.value, options, serialize), second.value);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield withText(processDocument(next.value, options, serialize), next.value);
    return;
  }
  yield* pooled([first.value, second.value], iterator, options, jobs);
}

const withText = (result: DocumentResult, source: SourceDocument): DocumentResult => ({ ...result, source });

/**
 * `jobs` workers extract; this thread reads, hands out batches and writes.
 * It does not extract itself: it would load a model of its own, and a heap
 * with no ceiling, for a share of the work that kept the workers waiting.
 */
async function* pooled(pending: SourceDocument[], iterator: AsyncIterator<SourceDocument>, options: WorkerOptions, jobs: number): AsyncGenerator<DocumentResult> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: options, resourceLimits: WORKER_LIMITS }));
  const serialize = options.serialize ? serializerFor(options.serialize) : undefined;
  // batches sent to each worker and not yet answered, oldest first: a worker
  // holds more than one so that it never waits for this thread to send more
  const queued = new Map<Worker, Batch[]>(workers.map((w) => [w, []]));
  const done = new Map<number, DocumentResult[]>();
  // how far reading may run ahead of writing: room for the workers' queues and a slow document
  const maxAhead = jobs * 64;
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
  const inFlight = () => [...queued.values()].reduce((n, q) => n + q.length, 0);
  const leastBusy = () => workers.reduce((best, w) => (queued.get(w)!.length < queued.get(best)!.length ? w : best), workers[0]!);
  const canTake = () => workers.length > 0 && queued.get(leastBusy())!.length < WORKER_DEPTH;

  /** Up to a batch of documents: pending ones first, then from the reader. */
  const nextBatch = async (documents = BATCH_DOCUMENTS): Promise<SourceDocument[]> => {
    const batch: SourceDocument[] = [];
    let size = 0;
    while (batch.length < documents && size < BATCH_CHARACTERS) {
      let source = pending.shift();
      if (!source && !exhausted) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else source = next.value;
      }
      if (!source) break;
      batch.push(source);
      size += source.text.length;
    }
    return batch;
  };

  const watch = (worker: Worker) => {
    worker.on('message', (msg: { seq: number; results: DocumentResult[] }) => {
      const batch = queued.get(worker)!.shift()!;
      done.set(msg.seq, msg.results.map((r, i) => withText(r, batch.sources[i]!)));
      notify();
    });
    // a worker that dies fails its batches only and a fresh one takes its
    // place; if workers keep dying (they cannot even start), this thread
    // does the rest of the work itself
    worker.on('error', (err: NodeJS.ErrnoException) => {
      // a document too big for a worker's heap is done here; other deaths fail their documents
      const redo = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      for (const batch of queued.get(worker) ?? []) {
        done.set(batch.seq, batch.sources.map((source) => (redo ? withText(processDocument(source, options, serialize), source) : { source, count: 0, error: `worker failed: ${err.message}` })));
      }
      queued.delete(worker);
      // a document too big is no sign that workers cannot run
      if (!redo && ++failures > MAX_WORKER_FAILURES) broken = true;
      else {
        const fresh = new Worker(workerUrl, { workerData: options, resourceLimits: WORKER_LIMITS });
        workers[workers.indexOf(worker)] = fresh;
        queued.set(fresh, []);
        watch(fresh);
      }
      notify();
    });
  };
  workers.forEach(watch);

  try {
    while (!broken) {
      // keep every worker WORKER_DEPTH batches deep, but never read too far ahead of what was written
      while (nextSeq - nextOut < maxAhead && canTake()) {
        const worker = leastBusy();
        const sources = await nextBatch();
        if (!sources.length || broken) break;
        const batch = { seq: nextSeq++, sources };
        queued.get(worker)!.push(batch);
        worker.postMessage(batch);
      }
      while (done.has(nextOut)) {
        const results = done.get(nextOut)!;
        done.delete(nextOut++);
        yield* results;
      }
      if (exhausted && !pending.length && nextOut === nextSeq) return;
      // wait only for work that is running: with nothing in flight, go back and hand out more
      if (!done.has(nextOut) && !broken && inFlight() > 0) await new Promise<void>((resolve) => (wake = resolve));
    }
    // the pool broke: finish here, in order, redoing what was in flight
    const redo = new Map([...queued.values()].flat().map((batch) => [batch.seq, batch.sources]));
    for (; nextOut < nextSeq; nextOut++) {
      const results = done.get(nextOut) ?? redo.get(nextOut)!.map((source) => withText(processDocument(source, options), source));
      yield* results;
    }
    for (const source of pending) yield withText(processDocument(source, options), source);
    if (!exhausted) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield withText(processDocument(next.value, options), next.value);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
