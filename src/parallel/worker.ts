// A worker thread: extracts the documents it is sent and posts their facts back.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument, type SourceDocument } from '../pipeline.js';
import type { WorkerOptions } from './pool.js';
import { loadRulePack } from '../rule-packs/index.js';

const options = workerData as WorkerOptions;
// a worker has lexicons of its own: the rule packs the main thread loaded are loaded here too
for (const file of options.rulePacks ?? []) loadRulePack(file);

parentPort!.on('message', (msg: { seq: number; source: SourceDocument }) => {
  try {
    const facts = extractDocument(msg.source, { kinds: options.kinds, refDate: options.refDate });
    parentPort!.postMessage({ seq: msg.seq, facts });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).message });
  }
});
