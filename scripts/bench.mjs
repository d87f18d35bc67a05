#!/usr/bin/env node
// Throughput of factx on a JSONL corpus against wink-nlp's own readDoc with
// the same pipes, in the same run. Prints MB/s, documents/s, facts/s, peak
// memory, the ratio factx ÷ baseline and the time of each rule and stage.
//
//   npm run bench -- [FILE.jsonl] [--limit N] [--kinds deal,person,date,expansion]
import fs from 'node:fs';
import readline from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../dist/index.js';
import { WINK_PIPES } from '../dist/document/nlp.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const limit = Number(option('--limit', Infinity));
const kinds = option('--kinds', 'deal,person,date,expansion').split(',');
const file = args[0] ?? '../shared/corpora/news.jsonl';

async function* documents() {
  let n = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n++ >= limit) break;
    const d = JSON.parse(line);
    yield { id: String(d.id), text: d.text, date: d.date ?? null };
  }
}

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleMemory, 50);

async function measure(name, each) {
  let bytes = 0;
  let docs = 0;
  let facts = 0;
  const began = performance.now();
  for await (const doc of documents()) {
    bytes += Buffer.byteLength(doc.text);
    docs++;
    facts += each(doc);
  }
  const seconds = (performance.now() - began) / 1000;
  sampleMemory();
  return { name, seconds, mb: bytes / 1e6, docs, facts, mbPerSecond: bytes / 1e6 / seconds, docsPerSecond: docs / seconds, factsPerSecond: facts / seconds };
}

const nlp = winkNLP(model, [...WINK_PIPES]);
const its = nlp.its;
const baseline = await measure(`wink-nlp readDoc (${WINK_PIPES.join('+')})`, (doc) => {
  nlp.readDoc(doc.text).tokens().out(its.pos);
  return 0;
});
const timings = new Map();
const factx = await measure(`factx (${kinds.join(',')})`, (doc) => extractDocument(doc, { kinds, timings }).length);
clearInterval(sampler);

const row = (r) => `${r.name.padEnd(44)} ${r.mbPerSecond.toFixed(2).padStart(6)} MB/s ${r.docsPerSecond.toFixed(0).padStart(6)} docs/s ${r.factsPerSecond.toFixed(0).padStart(7)} facts/s  (${r.docs} docs, ${r.mb.toFixed(1)} MB, ${r.facts} facts, ${r.seconds.toFixed(1)} s)`;
console.log(row(baseline));
console.log(row(factx));
console.log(`ratio factx / baseline: ${(factx.mbPerSecond / baseline.mbPerSecond).toFixed(2)}`);
console.log(`peak memory (RSS): ${(peakRss / 1048576).toFixed(0)} MB`);
console.log('time by stage and rule (ms, all documents):');
const total = [...timings.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...timings.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(36)} ${v.toFixed(0).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%`);
