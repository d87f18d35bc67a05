// Why a fact was found: the rule that fired, what it looks for, and the
// evidence with the parts that became the fact's fields marked [like this].
import { RULE_DESCRIPTIONS } from '../extractors/index.js';
import type { Fact } from '../types.js';

export interface MarkedPart {
  field: string;
  start: number;
  end: number;
}

export interface Explanation {
  rule: string;
  description: string;
  /** the evidence text with each matched part in brackets */
  evidence: string;
  /** the matched parts, offsets into the document */
  parts: MarkedPart[];
}

/** The values of a fact that can be seen in its evidence, by field. */
function visibleValues(f: Fact): Array<[string, string | null | undefined]> {
  switch (f.kind) {
    case 'deal':
      return [...f.parties.map((p) => ['parties', p] as [string, string]), ['target', f.target], ['object', f.object], ['value', f.value?.text], ['date', f.date?.text]];
    case 'person':
      return [['name', f.name], ['title', f.title], ['org', f.org]];
    case 'date':
      return [['value', f.text]];
    case 'expansion':
      return [['company', f.company], ['market', f.market], ['marketCode', f.marketCode], ['date', f.date?.text]];
  }
}

export function explain(f: Fact): Explanation {
  const lower = f.text.toLowerCase();
  const parts: MarkedPart[] = [];
  const taken = (s: number, e: number) => parts.some((p) => s < p.end - f.start && e > p.start - f.start);
  for (const [field, value] of visibleValues(f)) {
    if (!value) continue;
    // the canonical form first, then its first word ("Marriott" for "Marriott Corp")
    for (const needle of [value, value.split(/\s+/)[0]!]) {
      const at = needle.length > 1 ? lower.indexOf(needle.toLowerCase()) : -1;
      if (at >= 0 && !taken(at, at + needle.length)) {
        parts.push({ field, start: f.start + at, end: f.start + at + needle.length });
        break;
      }
    }
  }
  parts.sort((a, b) => a.start - b.start);
  let evidence = '';
  let cursor = f.start;
  for (const p of parts) {
    evidence += f.text.slice(cursor - f.start, p.start - f.start) + '[' + f.text.slice(p.start - f.start, p.end - f.start) + ']';
    cursor = p.end;
  }
  evidence += f.text.slice(cursor - f.start);
  return { rule: f.rule, description: RULE_DESCRIPTIONS.get(f.rule) ?? '', evidence, parts };
}

/** The facts with an `explain` field added. */
export function withExplanations<T extends Fact>(facts: readonly T[]): Array<T & { explain: Explanation }> {
  return facts.map((f) => ({ ...f, explain: explain(f) }));
}
