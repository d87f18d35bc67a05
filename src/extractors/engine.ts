// Runs every rule of the chosen extractors over a document and stamps
// provenance, so that no rule can get `doc`, `sentence`, `text` or `mentions` wrong.
import type { Doc } from '../document/document.js';
import { sentenceAt } from '../document/document.js';
import type { Entities } from '../entities/entities.js';
import type { Candidate, Fact, FactKind } from '../types.js';
import type { Extractor, Reported, RuleContext } from './rule.js';

export interface RuleTiming {
  rule: string;
  ms: number;
}

/** Runs the extractors' rules sentence by sentence, then their document rules, then lets each extractor settle its candidates. */
export function runExtractors(doc: Doc, entities: Entities, extractors: readonly Extractor[], timings?: Map<string, number>): Reported[] {
  const out: Reported[] = [];
  // every rule reads the same sentence texts: cut them once
  const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  for (const extractor of extractors) {
    const found: Reported[] = [];
    for (const rule of extractor.rules) {
      const began = timings ? performance.now() : 0;
      const ctx: RuleContext = {
        doc,
        entities,
        sentence: doc.sentences[0]!,
        sentenceText: '',
        report: (c: Candidate) => {
          if (!isValidSpan(doc, c)) return;
          (c as Reported).rule = rule.id;
          found.push(c as Reported);
        },
      };
      for (const sentence of doc.sentences) {
        ctx.sentence = sentence;
        ctx.sentenceText = texts[sentence.index]!;
        rule.run(ctx);
      }
      if (timings) timings.set(rule.id, (timings.get(rule.id) ?? 0) + performance.now() - began);
    }
    const sentenceFound = extractor.documentRules ? found.slice() : found;
    for (const rule of extractor.documentRules ?? []) {
      const began = timings ? performance.now() : 0;
      rule.run({
        doc,
        entities,
        found: sentenceFound,
        report: (c: Candidate) => {
          if (!isValidSpan(doc, c)) return;
          (c as Reported).rule = rule.id;
          found.push(c as Reported);
        },
      });
      if (timings) timings.set(rule.id, (timings.get(rule.id) ?? 0) + performance.now() - began);
    }
    const began = timings ? performance.now() : 0;
    const settled = extractor.settle ? extractor.settle(found as never, doc, entities) : found;
    if (timings) timings.set(`${extractor.kind}/settle`, (timings.get(`${extractor.kind}/settle`) ?? 0) + performance.now() - began);
    // no spread: a huge document can have more facts than a call has room for arguments
    for (const r of settled as Reported[]) out.push(r);
  }
  return out;
}

function isValidSpan(doc: Doc, c: Candidate): boolean {
  return Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start && c.end <= doc.text.length;
}

/** What the engine writes itself; every other field of a candidate is the kind's and is copied after these. */
const STAMPED = new Set(['kind', 'start', 'end', 'confidence', 'rule']);

/** Turns a reported candidate into a fact with provenance from the document itself. */
export function stamp(doc: Doc, r: Reported): Fact {
  const sentence = sentenceAt(doc, r.start);
  const { kind, start, end, confidence, rule } = r;
  const fact: Record<string, unknown> = {
    id: factId(doc.id, kind, start, end),
    kind,
    doc: doc.id,
    sentence,
    start,
    end,
    // (the text as given, whatever capitals the extractors read it with)
    text: (doc.source ?? doc.text).slice(start, end),
    confidence: round(confidence),
    rule,
    mentions: [{ sentence, start, end }],
  };
  // the kind's fields in the candidate's own order (as a spread of the rest
  // would put them, without making the rest object first)
  for (const key in r) if (!STAMPED.has(key)) fact[key] = (r as unknown as Record<string, unknown>)[key];
  return fact as unknown as Fact;
}

/**
 * 16 hex digits from two 32-bit FNV-1a hashes of doc, kind and span: stable
 * across runs and machines, and much cheaper per fact than a cryptographic hash.
 */
export function factId(doc: string, kind: FactKind, start: number, end: number): string {
  // the hash of `${doc}\0${kind}\0${start}\0${end}`, read part by part without joining them
  const parts = [doc, kind, String(start), String(end)];
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ (parts[0]!.length + parts[1]!.length + parts[2]!.length + parts[3]!.length + 3);
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      // the NUL between parts
      a = Math.imul(a, 0x01000193);
      b = Math.imul(b, 0x5bd1e995) ^ (b >>> 15);
    }
    const part = parts[p]!;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
