// "James Allen, Judith Areen and Carl Aycock": names listed one after another,
// each a person's, as lists of officers and appointees write them.
import type { RuleContext } from '../rule.js';
import { personNameAt } from './context.js';
import { PARTY_STATE } from '../../lexicon/people.js';

/** The names listed from token `k`: "A, B and C", each a person's. */
export function namesAfter(ctx: RuleContext, k: number): Array<[number, number, string]> {
  const { doc, entities, sentence } = ctx;
  const names: Array<[number, number, string]> = [];
  while (k < sentence.tokenEnd) {
    const m = entities.mentionAt(k);
    const name = m && m.tokenStart === k && !m.possessive ? personNameAt(ctx, k) : undefined;
    if (!m || !name) break;
    names.push([m.tokenStart, m.tokenEnd, name]);
    k = afterHomePlace(ctx, m.tokenEnd);
    const next = doc.tokens[k]?.lower;
    if (next === 'and') k++;
    else if (next === ',') k += doc.tokens[k + 1]?.lower === 'and' ? 2 : 1;
    else break;
    if (names.length > 1 && doc.tokens[k - 1]?.lower === 'and') {
      const last = entities.mentionAt(k);
      const lastName = last && last.tokenStart === k && !last.possessive ? personNameAt(ctx, k) : undefined;
      if (last && lastName) names.push([last.tokenStart, last.tokenEnd, lastName]);
      return names;
    }
  }
  return names;
}

/** Past a legislator's state after a listed name ("Larry Craig of Idaho and Beau Bolter of Texas", "Alan Cranston (D-Cal.) and"). */
function afterHomePlace(ctx: RuleContext, k: number): number {
  const { doc } = ctx;
  if (doc.tokens[k]?.text === '(') {
    let e = k + 1;
    while (e < ctx.sentence.tokenEnd && e < k + 8 && doc.tokens[e]!.text !== ')') e++;
    const inside = doc.text.slice(doc.tokens[k + 1]?.start ?? 0, doc.tokens[e - 1]?.end ?? 0);
    return doc.tokens[e]?.text === ')' && PARTY_STATE.test(inside) ? e + 1 : k;
  }
  const place = doc.tokens[k]?.lower === 'of' ? ctx.entities.mentionAt(k + 1) : undefined;
  return place && place.type === 'place' && !place.possessive ? place.tokenEnd : k;
}
