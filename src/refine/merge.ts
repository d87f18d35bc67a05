// Identical facts stated more than once in a document become one fact with
// several mentions. A date is a fact of its sentence: the same "Wednesday"
// merges only where the whole sentence is repeated (a caption printed twice),
// at the same place in it.
import type { Doc } from '../document/document.js';
import { OWNERSHIP_DEAL_TYPES, type DealStatus, type Fact } from '../types.js';

const SEP = '\u0000';
const STATUS_RANK: Record<DealStatus, number> = { rumored: 0, planned: 1, announced: 2, completed: 3, cancelled: 4 };

/**
 * One number per distinct sentence text of a document (the index of its first
 * sentence with that text), so that a date's identity names its sentence's
 * text without carrying it: a key with the whole sentence in it made merging
 * quadratic in a long sentence full of dates.
 */
function sentenceTextIds(doc: Doc): (sentence: number) => number {
  const ids = new Array<number>(doc.sentences.length).fill(-1);
  const byText = new Map<string, number>();
  return (sentence) => {
    if (ids[sentence] === -1) {
      const s = doc.sentences[sentence]!;
      const text = doc.text.slice(s.start, s.end);
      let id = byText.get(text);
      if (id === undefined) byText.set(text, (id = sentence));
      ids[sentence] = id;
    }
    return ids[sentence]!;
  };
}

/** What makes two facts the same fact: their fields, not where they were found. */
function identity(doc: Doc, f: Fact, sentenceTextId: (sentence: number) => number): string {
  switch (f.kind) {
    case 'deal':
      // an agreement told twice ("signs licensing deal" in a headline, "had signed a licensing
      // agreement" below) is one agreement, whatever tense each telling takes; a cancelled one is another
      if (!OWNERSHIP_DEAL_TYPES.has(f.type)) return ['deal', f.type, [...f.parties].sort().join(SEP), f.object, f.status === 'cancelled'].join(SEP);
      return ['deal', f.type, f.parties.join(SEP), f.acquirer, f.target, f.seller, f.object, f.value?.amount, f.value?.currency, f.status].join(SEP);
    case 'person':
      return ['person', f.name, f.roles.join(SEP), f.org].join(SEP);
    case 'expansion':
      return ['expansion', f.company, f.market, f.status].join(SEP);
    case 'date': {
      // the same place in the same sentence: two "Friday"s of one sentence stay two facts
      const s = doc.sentences[f.sentence]!;
      return ['date', f.type, f.value, f.text, f.start - s.start, sentenceTextId(f.sentence)].join(SEP);
    }
  }
}

export function mergeIdentical(doc: Doc, facts: Fact[]): Fact[] {
  const byIdentity = new Map<string, Fact>();
  const sentenceTextId = sentenceTextIds(doc);
  const out: Fact[] = [];
  for (const f of [...facts].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = identity(doc, f, sentenceTextId);
    const first = byIdentity.get(key);
    if (!first) {
      byIdentity.set(key, f);
      out.push(f);
      continue;
    }
    if (!first.mentions.some((m) => m.start === f.start && m.end === f.end)) for (const m of f.mentions) first.mentions.push(m);
    first.confidence = Math.max(first.confidence, f.confidence);
    if ((first.kind === 'deal' || first.kind === 'expansion') && !first.date && (f.kind === 'deal' || f.kind === 'expansion') && f.date) first.date = f.date;
    // the telling that has got furthest says where the agreement stands: signed after planned
    if (first.kind === 'deal' && f.kind === 'deal' && STATUS_RANK[f.status] > STATUS_RANK[first.status]) first.status = f.status;
  }
  return out;
}
