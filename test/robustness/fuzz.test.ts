// Random and hostile text through the whole pipeline (extractDocument): no
// crash, a time bound per document, every fact's text is the slice its
// offsets point at, every mention lies inside the text, and no rule's time
// grows faster than the text. Seeds are fixed: a failure reproduces.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { htmlToText } from '../../src/read/html.js';
import { parseJsonlLine } from '../../src/read/jsonl.js';
import { FACT_KINDS, type Fact } from '../../src/types.js';

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

// Pieces of news text and of what breaks naive patterns.
const WORDS = [
  'Nokia', 'Xiaomi', 'Apple Inc.', 'Samsung Electronics Co', 'the company', 'it', 'its', 'they', 'said', 'on', 'Wednesday', 'July 5, 2017', 'in 2019', 'this April',
  'last year', 'the third quarter', 'acquired', 'agreed to acquire', 'bought', 'a stake in', 'merger', 'agreement', 'signed', 'license', 'cross-license',
  'partnership', 'joint venture', 'with', 'and', 'or', 'of', 'for', '$1.5 billion', '83 mln dlrs', '120 million euros', 'president', 'chief executive officer',
  'CEO', 'Mr.', 'Rajeev Suri', 'Wang Xiang', 'expanded into', 'India', 'Russia, Indonesia and Vietnam', 'the Middle East', 'plans to enter', 'U.S.', 'Corp',
  'Ltd', '(Reuters)', '-', '—', '"', '“', '”', "'s", '’s', ',', ';', ':', '.', '?', '!', '(', ')', '[', ']', '{', '}', '<', '>', '&', '%', '/', '\\', '#', '@',
  '1', '2017', '1,000,000', '3.5', '10:30 a.m.', '1980s', '2017-07-05', '05/07/2017', 'Q3', 'H1', 'FY2020', 'é', 'Société Générale', '中文', 'Москва',
  'مرحبا', '😀', '👩‍👩‍👧', 'e\u0301', '\u200b', '\u00a0', '\u2028', '\ufeff', '\u0000', '\ud800', '\t', '\n', '\r\n', '\n\n', '    ',
];

function randomText(r: ReturnType<typeof random>, length: number): string {
  let s = '';
  while (s.length < length) s += r.pick(WORDS) + (r.next() < 0.8 ? ' ' : '');
  return s;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Hostile shapes, each at any length: long runs of what patterns count or repeat. */
const HOSTILE: Record<string, (n: number) => string> = {
  'capitals': (n) => repeat('NOKIA XIAOMI APPLE ', n),
  'capitalized words': (n) => repeat('Nokia Xiaomi Apple Samsung ', n),
  'one capital word': (n) => repeat('A', n),
  'commas': (n) => repeat(', ', n),
  'names and commas': (n) => repeat('Nokia, ', n),
  'digits': (n) => repeat('1234567890', n),
  'numbers and commas': (n) => repeat('12, ', n),
  '"and"': (n) => repeat('and ', n),
  'names joined by "and"': (n) => repeat('Nokia and ', n),
  'quotes': (n) => repeat('"', n),
  'quoted names': (n) => repeat('"Nokia" ', n),
  'brackets': (n) => repeat('([{<', n),
  'a very long word': (n) => repeat('a', n),
  'hyphenated run': (n) => repeat('a-', n),
  'periods': (n) => repeat('. ', n),
  'legal forms': (n) => repeat('Inc. ', n),
  'months': (n) => repeat('July ', n),
  'dates': (n) => repeat('July 5, 2017 ', n),
  'years': (n) => repeat('in 2019 ', n),
  'money': (n) => repeat('$1 ', n),
  'titles': (n) => repeat('chief executive officer ', n),
  'deal verbs': (n) => repeat('acquire ', n),
  'agreement nouns': (n) => repeat('agreement ', n),
  'markets': (n) => repeat('expand into India, ', n),
  'appositions': (n) => repeat('Rajeev Suri, the president of Nokia, ', n),
  'unicode': (n) => repeat('小米 Société 😀 e\u0301 ', n),
  'line breaks': (n) => repeat('Nokia\n', n),
  'unclosed markup left as text': (n) => repeat('<a href="x', n),
  'base64 blob (an inline image in Markdown)': (n) => {
    const r = random(n);
    return Buffer.from(Array.from({ length: Math.ceil((n * 3) / 4) }, () => r.int(256))).toString('base64').slice(0, n);
  },
};

/**
 * Known to grow faster than the text (reported with the rule and the cause,
 * not fixed here because the code is another engineer's). The scaling test
 * still runs them and prints their times, but does not fail on them; take
 * an entry out once fixed, and the test guards it from then on.
 */
const KNOWN_SUPERLINEAR: Record<string, string> = {
  'stage/document': "wink-nlp's tokenizer is quadratic in the length of a run without spaces ('a-a-a-…', '((((', base64): nlp.ts could hand it a copy with a space every few hundred characters of such a run (same length, same offsets)",
};

function checkFacts(text: string, facts: Fact[]): void {
  for (const f of facts) {
    const where = `${f.rule} ${JSON.stringify(f.text).slice(0, 60)}`;
    expect(FACT_KINDS, where).toContain(f.kind);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length, where).toBe(true);
    expect(f.text, where).toBe(text.slice(f.start, f.end));
    expect(f.confidence >= 0 && f.confidence <= 1, where).toBe(true);
    expect(f.mentions.length, where).toBeGreaterThan(0);
    for (const m of f.mentions) expect(Number.isInteger(m.start) && m.start >= 0 && m.start < m.end && m.end <= text.length && m.sentence >= 0, where).toBe(true);
    expect(() => JSON.stringify(f)).not.toThrow();
  }
}

interface Measured {
  facts: Fact[];
  ms: number;
  timings: Map<string, number>;
}

function measure(text: string, refDate?: string): Measured {
  const timings = new Map<string, number>();
  const t = performance.now();
  let facts: Fact[];
  try {
    facts = extractDocument({ id: 'fuzz', text }, { timings, refDate });
  } catch (err) {
    // say where, and on what, so that the rule's owner can reproduce it
    const at = (err as Error).stack?.split('\n').find((l) => l.includes('/src/'))?.trim();
    throw new Error(`extractDocument threw "${(err as Error).message}" ${at} (refDate ${refDate}) on ${JSON.stringify(text.slice(0, 200))}`);
  }
  return { facts, ms: performance.now() - t, timings };
}

const slowest = (timings: Map<string, number>) =>
  [...timings]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([rule, ms]) => `${rule} ${ms.toFixed(0)} ms`)
    .join(', ');

/** A document of a few thousand characters must never take long, whatever it holds. */
const BOUND_MS = 3000;

describe('fuzz: random text through the whole pipeline', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: 30 documents, facts consistent, each within ${BOUND_MS} ms`, () => {
      const r = random(seed);
      const crashes: string[] = [];
      for (let i = 0; i < 30; i++) {
        const text = randomText(r, 200 + r.int(3000));
        let run: Measured;
        try {
          run = measure(text, r.next() < 0.5 ? '2017-07-05' : undefined);
        } catch (err) {
          // the other documents are still tried: one crash must not hide another
          crashes.push(`document ${i}: ${(err as Error).message}`);
          continue;
        }
        checkFacts(text, run.facts);
        expect(run.ms, `seed ${seed} document ${i}: ${slowest(run.timings)}`).toBeLessThan(BOUND_MS);
      }
      expect(crashes.length, `documents on which the pipeline threw, the first: ${crashes.slice(0, 2).join('\n')}`).toBe(0);
    });
  }

  it('hostile text: every shape at 4,000 characters, facts consistent, within the bound', () => {
    for (const [name, make] of Object.entries(HOSTILE)) {
      const text = make(4000);
      const run = measure(text);
      checkFacts(text, run.facts);
      expect(run.ms, `${name}: ${slowest(run.timings)}`).toBeLessThan(BOUND_MS);
    }
  });

  it('text opening with the wire\'s brackets before a title', () => {
    for (const text of ['<Lloyds Bank NZA Ltd> chief economist Will Buttrose said so.', '<ABC.D> chief economist Will Buttrose said so.', '<> chairman John Roe said so.', '< chairman John Roe said so.']) {
      checkFacts(text, measure(text).facts);
    }
    expect(measure('<Lloyds Bank NZA Ltd> chief economist Will Buttrose said so.').facts.find((f) => f.kind === 'person')).toMatchObject({ name: 'Will Buttrose', org: 'Lloyds Bank NZA Ltd' });
  });

  it('hostile text mixed at random, with random cuts', () => {
    const r = random(42);
    const shapes = Object.values(HOSTILE);
    for (let i = 0; i < 20; i++) {
      let text = '';
      while (text.length < 3000) text += r.pick(shapes)(50 + r.int(400)) + r.pick(WORDS);
      text = text.slice(r.int(10), text.length - r.int(10));
      const run = measure(text);
      checkFacts(text, run.facts);
      expect(run.ms, slowest(run.timings)).toBeLessThan(BOUND_MS);
    }
  });
});

describe('fuzz: no rule grows faster than the text', () => {
  // 8 times the text takes about 8 times as long when linear, 64 when
  // quadratic; a rule is suspect above 24 times, and is measured again
  // before it is blamed, since this machine is shared.
  const SMALL = 2500;
  const LARGE = 20000;
  const RATIO = 24;
  // below this a rule is too quick to judge on a shared machine (a GC pause is longer)
  const NOISE_MS = 150;

  const suspects = (small: Measured, large: Measured) => {
    const out: string[] = [];
    for (const [rule, ms] of large.timings) if (ms > NOISE_MS && ms > Math.max(small.timings.get(rule) ?? 0, NOISE_MS / RATIO) * RATIO) out.push(rule);
    return out;
  };

  it('on each hostile shape', () => {
    const found: string[] = [];
    const known: string[] = [];
    // the first document loads the language model: not a cost of any shape
    measure('Nokia agreed to buy Alcatel on July 5, 2017.');
    for (const [name, make] of Object.entries(HOSTILE)) {
      let small = measure(make(SMALL));
      let large = measure(make(LARGE));
      if (!suspects(small, large).length) continue;
      // once more, keeping the faster of each, before blaming anyone; one
      // character longer, since wink remembers a text it has seen and would
      // hide its own cost the second time
      const small2 = measure(make(SMALL + 1));
      const large2 = measure(make(LARGE + 1));
      const faster = (a: Measured, b: Measured): Measured => ({ facts: a.facts, ms: Math.min(a.ms, b.ms), timings: new Map([...a.timings].map(([k, v]) => [k, Math.min(v, b.timings.get(k) ?? v)])) });
      small = faster(small, small2);
      large = faster(large, large2);
      for (const rule of suspects(small, large)) {
        const line = `${name}: ${rule} ${(small.timings.get(rule) ?? 0).toFixed(0)} ms at ${SMALL} chars → ${large.timings.get(rule)!.toFixed(0)} ms at ${LARGE}`;
        (rule in KNOWN_SUPERLINEAR ? known : found).push(line);
      }
    }
    if (known.length) console.warn(`known superlinear rules (reported, see KNOWN_SUPERLINEAR):\n  ${known.join('\n  ')}`);
    expect(found, 'rules whose time grows faster than the text').toEqual([]);
  }, 120_000);
});

describe('fuzz: the readers never throw on random input', () => {
  const r = random(7);
  const HTML_BITS = ['<', '>', '</', '<!--', '-->', '<script>', '</script>', '<p>', '<a href="', '"', "'", '=', '&', '&amp;', '&#', 'x', ';', '<!', '<?', ' ', '\n', 'Nokia'];
  it('htmlToText: 300 random pages', () => {
    for (let i = 0; i < 300; i++) {
      let html = '';
      const n = r.int(400);
      for (let k = 0; k < n; k++) html += r.pick(HTML_BITS);
      expect(typeof htmlToText(html)).toBe('string');
    }
  });
  it('parseJsonlLine: 300 random lines, each a document or one problem', () => {
    const BITS = ['{', '}', '[', ']', '"', ':', ',', '"id"', '"text"', '"date"', '1', '1e999', 'null', 'true', '"x"', '\\', '\\u', 'd800', ' '];
    for (let i = 0; i < 300; i++) {
      let line = '';
      const n = r.int(30);
      for (let k = 0; k < n; k++) line += r.pick(BITS);
      const problems: unknown[] = [];
      const doc = parseJsonlLine(line, 'f', 1, (p) => problems.push(p));
      if (!doc) expect(problems.length).toBeGreaterThan(0);
      else expect(typeof doc.text).toBe('string');
    }
  });
});
