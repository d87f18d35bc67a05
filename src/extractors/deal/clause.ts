// Shared reading of one deal clause around a verb: the tokens of the
// sentence, where the verb's object ends and what follows it.
import type { Doc, Token } from '../../document/document.js';
import { BE_FORMS } from '../../lexicon/deals.js';

/** "was acquired", "agreed to be acquired", "is being bought", "has been sold": the verb is passive. */
export function isPassive(doc: Doc, verb: number, sentenceStart: number): boolean {
  // "was selling", "is buying": a form of "be" before a gerund is the progressive
  if (doc.tokens[verb]!.lower.endsWith('ing')) return false;
  let k = verb - 1;
  while (k >= sentenceStart && (doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.lower === 'not')) k--;
  return k >= sentenceStart && BE_FORMS.has(doc.tokens[k]!.lower);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'any', 'each', 'no']);

/** A verb form used as a noun or adjective: "the purchase", "an acquired company", "its buying". */
export function isNominalUse(doc: Doc, i: number, sentenceStart: number): boolean {
  const prev = i > sentenceStart ? doc.tokens[i - 1] : undefined;
  return !!prev && (DETERMINERS.has(prev.lower) || prev.text === "'s" || prev.text === '’s');
}

/** How far right of its trigger a deal's parts are looked for; keeps rules linear on run-on text. */
export const CLAUSE_WINDOW = 60;

/** End of the clause that began at `from`: a semicolon, the sentence's end, or the window's. */
export function clauseEnd(doc: Doc, from: number, sentenceEnd: number): number {
  const stop = Math.min(sentenceEnd, from + CLAUSE_WINDOW);
  for (let k = from; k < stop; k++) if (doc.tokens[k]!.text === ';') return k;
  return stop;
}

export const lowerAt = (doc: Doc, i: number): string => (doc.tokens[i] as Token | undefined)?.lower ?? '';

/** A capitalized trigger inside a sentence is part of a name: "PC Acquisition Inc", "Arsenal Acquiring Corp". */
export function isInName(doc: Doc, i: number, sentenceStart: number): boolean {
  const t = doc.tokens[i]!;
  return i > sentenceStart && t.text !== t.lower && t.text !== t.text.toUpperCase();
}
