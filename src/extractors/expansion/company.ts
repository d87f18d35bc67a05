// The company that expands: the organization (or "it", "the company") that is
// the subject before the trigger, in the same sentence.
import type { Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';

export interface Company {
  name: string;
  tokenStart: number;
  tokenEnd: number;
  viaReference: boolean;
}

const CLAUSE_BREAK = new Set([';', ':', '"', '“', '”']);

const VERBAL = new Set(['AUX', 'VERB']);

/**
 * The nearest organization before `trigger`, not beyond a clause break nor
 * past another subject ("... and the technology is set to be rolled out").
 */
export function companyBefore(doc: Doc, entities: Entities, trigger: number, sentenceStart: number): Company | undefined {
  for (let k = trigger - 1; k >= sentenceStart; k--) {
    const t = doc.tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return undefined;
    if ((t.pos === 'NOUN' || t.pos === 'PRON') && (k + 1 === trigger || VERBAL.has(doc.tokens[k + 1]?.pos ?? '')) && !entities.referenceEndingAt(k)) return undefined;
    const m = entities.mentionEndingAt(k);
    if (m) {
      if (m.type === 'org') return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
      if (m.type === 'person') return undefined;
      k = m.tokenStart;
      continue;
    }
    const r = entities.referenceEndingAt(k);
    if (r && r.names.length === 1) return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
    if (r) k = r.tokenStart;
  }
  return undefined;
}
