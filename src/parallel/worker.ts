// A worker thread: extracts the batches of documents it is sent and posts
// back, per document, its facts or (with a stream format) its output text.
import { parentPort, workerData } from 'node:worker_threads';
import { serializerFor } from '../format/stream.js';
import type { SourceDocument } from '../pipeline.js';
import { loadRulePack } from '../rule-packs/index.js';
import { processDocument, type WorkerOptions } from './pool.js';

const options = workerData as WorkerOptions;
// a worker has lexicons of its own: the rule packs the main thread loaded are loaded here too
for (const file of options.rulePacks ?? []) loadRulePack(file);
const serialize = options.serialize ? serializerFor(options.serialize) : undefined;

parentPort!.on('message', (batch: { seq: number; sources: SourceDocument[] }) => {
  parentPort!.postMessage({ seq: batch.seq, results: batch.sources.map((source) => processDocument(source, options, serialize)) });
});
