#!/usr/bin/env node
// Throughput of factx on a JSONL corpus against wink-nlp's own readDoc with
// the same pipes, in the same run. Prints MB/s, documents/s, facts/s, CPU and
// garbage-collection time, peak memory, the ratio factx ÷ baseline and the
// time of each rule and stage. With --jobs it also runs the command line over
// the corpus once per job count and prints wall time, speed-up and peak memory.
//
//   npm run bench -- [FILE.jsonl] [--limit N] [--kinds deal,person,date,expansion] [--jobs 1,2]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import readline from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../dist/index.js';
import { WINK_PIPES } from '../dist/document/nlp.js';
import { tuneCompiler } from '../dist/cli/compiler-tuning.js';
import { keepHeapUnderMark } from '../dist/cli/heap-ceiling.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const limit = Number(option('--limit', Infinity));
const kinds = option('--kinds', 'deal,person,date,expansion').split(',');
const jobCounts = option('--jobs', '').split(',').filter(Boolean).map(Number);
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

// time spent in garbage collection pauses on this thread (concurrent marking on helper threads is not counted)
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

async function measure(name, each) {
  let bytes = 0;
  let docs = 0;
  let facts = 0;
  const gcBefore = gcMs;
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  for await (const doc of documents()) {
    bytes += Buffer.byteLength(doc.text);
    docs++;
    facts += each(doc);
  }
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // let the observer hear of the last collections
  await new Promise((resolve) => setImmediate(resolve));
  sampleMemory();
  return {
    name,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    gcSeconds: (gcMs - gcBefore) / 1000,
    mb: bytes / 1e6,
    docs,
    facts,
    mbPerSecond: bytes / 1e6 / seconds,
    docsPerSecond: docs / seconds,
    factsPerSecond: facts / seconds,
  };
}

// both runs with the compiler and the heap mark as the command line sets them
tuneCompiler();
keepHeapUnderMark();
const nlp = winkNLP(model, [...WINK_PIPES]);
const its = nlp.its;
const baseline = await measure(`wink-nlp readDoc (${WINK_PIPES.join('+')})`, (doc) => {
  nlp.readDoc(doc.text).tokens().out(its.pos);
  return 0;
});
const timings = new Map();
const factx = await measure(`factx (${kinds.join(',')})`, (doc) => extractDocument(doc, { kinds, timings }).length);
clearInterval(sampler);

const row = (r) =>
  `${r.name.padEnd(44)} ${r.mbPerSecond.toFixed(2).padStart(6)} MB/s ${r.docsPerSecond.toFixed(0).padStart(6)} docs/s ${r.factsPerSecond.toFixed(0).padStart(7)} facts/s  ` +
  `(${r.docs} docs, ${r.mb.toFixed(1)} MB, ${r.facts} facts, ${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, ${r.gcSeconds.toFixed(1)} s in GC pauses)`;
console.log(row(baseline));
console.log(row(factx));
console.log(`ratio factx / baseline: ${(factx.mbPerSecond / baseline.mbPerSecond).toFixed(2)}`);
console.log(`peak memory (RSS): ${(peakRss / 1048576).toFixed(0)} MB`);
console.log('time by stage and rule (ms, all documents):');
const total = [...timings.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...timings.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(36)} ${v.toFixed(0).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%`);

// The command line end to end, once per job count: reading, worker threads, writing.
if (jobCounts.length) {
  const bin = fileURLToPath(new URL('../bin/factx', import.meta.url));
  // the child reports its own peak memory (workers included: they are threads of the same process)
  const reportPeak = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
  console.log(`command line over ${file} (--format jsonl, output discarded):`);
  let first;
  for (const jobs of jobCounts) {
    const began = performance.now();
    const run = spawnSync(process.execPath, ['--import', reportPeak, bin, 'extract', file, '--format', 'jsonl', '--quiet', '--kinds', kinds.join(','), '--jobs', String(jobs)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const seconds = (performance.now() - began) / 1000;
    if (run.status !== 0) {
      console.log(`  --jobs ${jobs}: failed (${run.stderr.trim()})`);
      continue;
    }
    first ??= seconds;
    const rssKb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    console.log(`  --jobs ${String(jobs).padEnd(3)} ${seconds.toFixed(1).padStart(6)} s  ${(first / seconds).toFixed(2)}x  peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
  }
}
