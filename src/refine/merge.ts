// Identical facts stated more than once in a document become one fact with
// several mentions. A date is a fact of its sentence: the same "Wednesday"
// merges only where the whole sentence is repeated (a caption printed twice).
import type { Doc } from '../document/document.js';
import type { Fact } from '../types.js';

const PROVENANCE = new Set(['id', 'doc', 'sentence', 'start', 'end', 'text', 'confidence', 'rule', 'mentions']);

function identity(doc: Doc, f: Fact): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) if (!PROVENANCE.has(k) && !(f.kind === 'deal' && k === 'date')) fields[k] = v;
  if (f.kind === 'date') {
    const s = doc.sentences[f.sentence]!;
    fields.sentenceText = doc.text.slice(s.start, s.end);
    fields.text = f.text;
  }
  if (f.kind === 'person') return JSON.stringify([f.kind, f.name, f.roles, f.org]);
  if (f.kind === 'expansion') return JSON.stringify([f.kind, f.company, f.market, f.status]);
  return JSON.stringify(fields);
}

export function mergeIdentical(doc: Doc, facts: Fact[]): Fact[] {
  const byIdentity = new Map<string, Fact>();
  const out: Fact[] = [];
  for (const f of [...facts].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = identity(doc, f);
    const first = byIdentity.get(key);
    if (!first) {
      byIdentity.set(key, f);
      out.push(f);
      continue;
    }
    if (!first.mentions.some((m) => m.start === f.start && m.end === f.end)) first.mentions.push(...f.mentions);
    first.confidence = Math.max(first.confidence, f.confidence);
    if ((first.kind === 'deal' || first.kind === 'expansion') && !first.date && (f.kind === 'deal' || f.kind === 'expansion') && f.date) first.date = f.date;
  }
  return out;
}
