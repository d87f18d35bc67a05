#!/usr/bin/env node
// Scores factx's acquisitions against gold in the form of acq-dev.jsonl
// (Freitag slots PURCHASER, ACQUIRED, SELLER, DLRAMT): each document's most
// confident acquisition-type deal is its answer, compared exactly and
// leniently (case, punctuation, legal suffix ignored; one name may extend the
// other by whole words), the same way the reference scorer does.
//
//   npm run eval:deals -- GOLD.jsonl [--facts OUT.jsonl] [--misses N] [--json]
import fs from 'node:fs';
import { extractDocument } from '../dist/index.js';

const args = process.argv.slice(2);
const goldPath = args.find((a, i) => !a.startsWith('--') && !['--facts', '--misses'].includes(args[i - 1]));
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!goldPath) {
  console.error('usage: eval-deals.mjs GOLD.jsonl [--facts OUT.jsonl] [--misses N] [--json]');
  process.exit(2);
}

const ACQ_TYPES = new Set(['acquisition', 'merger', 'investment']);
const SLOTS = { PURCHASER: 'acquirer', ACQUIRED: 'target', SELLER: 'seller', DLRAMT: 'value' };
const SUFFIX = /\b(incorporated|inc|corporation|corp|company|co|limited|ltd|plc|llc|lp|l\.p|sa|s\.a|ag|nv|n\.v|bv|gmbh|spa|holdings?|group)\b\.?/g;

export function normOrg(s) {
  if (!s) return '';
  return String(s)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.,&()"'’]/g, ' ')
    .replace(SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const eqExact = (a, b) => a.trim() === b.trim();
const eqLenient = (a, b) => {
  const x = normOrg(a);
  const y = normOrg(b);
  return !!x && !!y && (x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x) || x.startsWith(y + ' ') || y.startsWith(x + ' '));
};

/** The document's answer: its most confident acquisition-type deal, the earliest on ties. */
export function answerOf(facts) {
  return facts
    .filter((f) => f.kind === 'deal' && ACQ_TYPES.has(f.type))
    .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || (a.start ?? 0) - (b.start ?? 0))[0];
}

const docs = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const blank = () => Object.fromEntries(Object.keys(SLOTS).map((k) => [k, { tp: 0, sys: 0, gold: 0 }]));
const exact = blank();
const lenient = blank();
const misses = [];
const factsOut = option('--facts') ? fs.createWriteStream(option('--facts')) : undefined;
const began = performance.now();

for (const d of docs) {
  const facts = extractDocument({ id: String(d.id), text: d.text, date: d.date ?? null }, { kinds: ['deal'] });
  if (factsOut) for (const f of facts) factsOut.write(JSON.stringify(f) + '\n');
  const answer = answerOf(facts);
  for (const [slot, field] of Object.entries(SLOTS)) {
    const goldFills = d.template?.[slot] ?? [];
    let v = answer ? answer[field] : null;
    if (v && typeof v === 'object') v = v.text;
    const sysFills = v ? [String(v)] : [];
    for (const [acc, eq] of [[exact, eqExact], [lenient, eqLenient]]) {
      acc[slot].gold += goldFills.length;
      acc[slot].sys += sysFills.length;
      const used = new Set();
      for (const s of sysFills) {
        const i = goldFills.findIndex((alts, j) => !used.has(j) && alts.some((a) => eq(a, s)));
        if (i >= 0) {
          used.add(i);
          acc[slot].tp++;
        }
      }
    }
    const ok = sysFills.length && goldFills.some((alts) => alts.some((a) => eqLenient(a, sysFills[0])));
    if (!ok && (sysFills.length || goldFills.length)) misses.push(`${d.id} ${slot}: got ${JSON.stringify(sysFills[0] ?? null)} want ${JSON.stringify(goldFills.map((a) => a[0]))}`);
  }
}
factsOut?.end();

const prf = ({ tp, sys, gold }) => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4), tp, sys, gold };
};
const finish = (acc) => {
  const out = {};
  const total = { tp: 0, sys: 0, gold: 0 };
  for (const [k, v] of Object.entries(acc)) {
    out[k] = prf(v);
    for (const x of ['tp', 'sys', 'gold']) total[x] += v[x];
  }
  out.TOTAL = prf(total);
  return out;
};
const result = { exact: finish(exact), lenient: finish(lenient) };

if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  console.log(`${docs.length} documents, ${((performance.now() - began) / 1000).toFixed(1)} s`);
  console.log('slot        lenient P     R    F1 |  exact P     R    F1');
  for (const slot of [...Object.keys(SLOTS), 'TOTAL']) {
    const l = result.lenient[slot];
    const e = result.exact[slot];
    console.log(`${slot.padEnd(10)}    ${pct(l.p)} ${pct(l.r)} ${pct(l.f1)} |   ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)}`);
  }
  const n = Number(option('--misses') ?? 0);
  if (n) for (const m of misses.slice(0, n)) console.log(m);
}
