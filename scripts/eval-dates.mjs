#!/usr/bin/env node
// Scores the date extractor on TimeML-style gold, TempEval-3 fashion:
//   npm run eval:dates -- GOLD.jsonl [--misses N]
// GOLD.jsonl holds one {id, date, text, timex3: [{begin, end, type, value}]}
// per line. Each document goes through the built library exactly as the CLI
// runs it (its `date` is the reference date). System and gold expressions
// are paired one-to-one, greedily, exact spans first and then by overlap;
// strict counts pairs with identical spans, relaxed every pair, type and
// value the pairs whose type or value agree. Precision is over all system
// expressions, recall over all gold ones.
import fs from 'node:fs';
import { extractDocument } from '../dist/index.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const missIndex = args.indexOf('--misses');
const showMisses = missIndex >= 0 ? Number(args[missIndex + 1] ?? 20) : 0;
if (!file) {
  console.error('usage: npm run eval:dates -- GOLD.jsonl [--misses N]');
  process.exit(2);
}

const docs = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const overlap = (g, s) => Math.max(0, Math.min(g.end, s.end) - Math.max(g.begin, s.start));
const exact = (g, s) => g.begin === s.start && g.end === s.end;

/** one-to-one pairs, best score first (an exact span outranks any overlap) */
function pair(gold, sys) {
  const scored = [];
  gold.forEach((g, i) =>
    sys.forEach((s, j) => {
      const v = overlap(g, s) + (exact(g, s) ? 1000 : 0);
      if (v > 0) scored.push([v, i, j]);
    }),
  );
  scored.sort((a, b) => b[0] - a[0]);
  const usedG = new Set();
  const usedS = new Set();
  const pairs = [];
  for (const [, i, j] of scored) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    pairs.push([gold[i], sys[j]]);
  }
  return pairs;
}

const counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
const misses = { value: [], missed: [], spurious: [] };
const began = performance.now();
for (const doc of docs) {
  const facts = extractDocument({ id: String(doc.id), text: doc.text, date: doc.date ?? null }, { kinds: ['date'] }).filter((f) => f.kind === 'date');
  const gold = doc.timex3 ?? [];
  counts.gold += gold.length;
  counts.sys += facts.length;
  const pairs = pair(gold, facts);
  for (const [g, s] of pairs) {
    counts.relaxed++;
    if (exact(g, s)) counts.strict++;
    if (g.type === s.type) counts.type++;
    if (String(g.value) === String(s.value)) counts.value++;
    else misses.value.push(`${doc.id}: "${g.text ?? doc.text.slice(g.begin, g.end)}" gold ${g.type} ${g.value} | got "${s.text}" ${s.type} ${s.value}`);
  }
  const pairedG = new Set(pairs.map(([g]) => g));
  const pairedS = new Set(pairs.map(([, s]) => s));
  for (const g of gold) if (!pairedG.has(g)) misses.missed.push(`${doc.id}: "${doc.text.slice(g.begin, g.end)}" ${g.type} ${g.value}`);
  for (const s of facts) if (!pairedS.has(s)) misses.spurious.push(`${doc.id}: "${s.text}" ${s.type} ${s.value} (${s.rule})`);
}
const seconds = (performance.now() - began) / 1000;

const prf = (tp) => {
  const p = counts.sys ? tp / counts.sys : 0;
  const r = counts.gold ? tp / counts.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp };
};
const rows = { 'strict span': prf(counts.strict), 'relaxed span': prf(counts.relaxed), type: prf(counts.type), value: prf(counts.value) };

console.log(`${docs.length} documents, ${counts.gold} gold expressions, ${counts.sys} found (${seconds.toFixed(1)} s)`);
console.log('measure        P       R       F1      tp');
for (const [name, r] of Object.entries(rows)) {
  console.log(`${name.padEnd(14)} ${r.p.toFixed(4)}  ${r.r.toFixed(4)}  ${r.f1.toFixed(4)}  ${r.tp}`);
}
if (showMisses) {
  for (const [kind, list] of Object.entries(misses)) {
    console.log(`\n${kind} (${list.length}):`);
    for (const line of list.slice(0, showMisses)) console.log(`  ${line}`);
  }
}
