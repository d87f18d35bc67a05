// Identical facts stated more than once in a document become one fact with
// several mentions. A date is a fact of its sentence: the same "Wednesday"
// merges only where the whole sentence is repeated (a caption printed twice),
// at the same place in it.
import type { Doc } from '../document/document.js';
import type { Fact } from '../types.js';

const SEP = '\u0000';

/** What makes two facts the same fact: their fields, not where they were found. */
function identity(doc: Doc, f: Fact): string {
  switch (f.kind) {
    case 'deal':
      return ['deal', f.type, f.parties.join(SEP), f.acquirer, f.target, f.seller, f.object, f.value?.amount, f.value?.currency, f.status].join(SEP);
    case 'person':
      return ['person', f.name, f.roles.join(SEP), f.org].join(SEP);
    case 'expansion':
      return ['expansion', f.company, f.market, f.status].join(SEP);
    case 'date': {
      // the same place in the same sentence: two "Friday"s of one sentence stay two facts
      const s = doc.sentences[f.sentence]!;
      return ['date', f.type, f.value, f.text, f.start - s.start, doc.text.slice(s.start, s.end)].join(SEP);
    }
  }
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
    if (!first.mentions.some((m) => m.start === f.start && m.end === f.end)) for (const m of f.mentions) first.mentions.push(m);
    first.confidence = Math.max(first.confidence, f.confidence);
    if ((first.kind === 'deal' || first.kind === 'expansion') && !first.date && (f.kind === 'deal' || f.kind === 'expansion') && f.date) first.date = f.date;
  }
  return out;
}
