// The tense of the clause a temporal expression sits in, read from the
// sentence's tokens: "released Wednesday" is past, "will meet Wednesday" and
// "plans to launch in April" future. The nearest verb group to the left
// decides; without one, the first to the right ("On Friday, it said ...").
import type { Doc, Token } from '../../document/document.js';
import { FUTURE_INTENT, FUTURE_MARKERS, IRREGULAR_PAST } from '../../lexicon/date-tense.js';
import type { RuleContext } from '../rule.js';

export type Tense = 'past' | 'present' | 'future';

const CLAUSE_BREAK = new Set([';', ':', '"', '``', "''", '“', '”', '(', ')', '--', '—', '–']);
const MAX_DISTANCE = 14;

const isVerbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const looksPast = (t: Token) => IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));

/** tense of the clause around [start, end) (offsets in the sentence text) */
export function tenseAt(ctx: RuleContext, start: number, end: number): Tense | null {
  return tenseAround(ctx.doc, ctx.sentence.tokenStart, ctx.sentence.tokenEnd, ctx.sentence.start + start, ctx.sentence.start + end);
}

export function tenseAround(doc: Doc, first: number, last: number, start: number, end: number): Tense | null {
  const tokens = doc.tokens;
  let i = first;
  while (i < last && tokens[i]!.end <= start) i++;
  let j = i;
  while (j < last && tokens[j]!.start < end) j++;
  return tenseLeft(tokens, first, i - 1) ?? tenseRight(tokens, j, last);
}

/** the verb group ending nearest before index `from` */
function tenseLeft(tokens: Token[], first: number, from: number): Tense | null {
  const stop = Math.max(first, from - MAX_DISTANCE);
  for (let k = from; k >= stop; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (FUTURE_MARKERS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return 'future';
    if (!isVerbal(t)) continue;
    let g = k;
    while (g > first && inGroup(tokens[g - 1]!)) g--;
    // "agreed to meet Friday": the infinitive nearest the expression is still to come
    if (k - 1 >= g && tokens[k - 1]!.lower === 'to' && !(k - 2 >= first && (tokens[k - 2]!.lower === 'used' || tokens[k - 2]!.lower === 'had'))) return 'future';
    return groupTense(tokens, g, k);
  }
  return null;
}

/** the first verb group after index `from` ("On Friday, it said ...") */
function tenseRight(tokens: Token[], from: number, last: number): Tense | null {
  const stop = Math.min(last, from + MAX_DISTANCE);
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (FUTURE_MARKERS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return 'future';
    if (!isVerbal(t)) continue;
    let e = k;
    while (e + 1 < stop && inGroup(tokens[e + 1]!)) e++;
    return groupTense(tokens, k, e);
  }
  return null;
}

const inGroup = (t: Token) => isVerbal(t) || t.pos === 'PART' || t.lower === 'to' || t.lower === 'not' || t.lower === "n't" || (t.pos === 'ADV' && t.lower.endsWith('ly'));

/** tense of the verb group tokens[g..e]: a modal or "plans to" makes it future, else its first finite verb decides */
function groupTense(tokens: Token[], g: number, e: number): Tense {
  for (let x = g; x <= e; x++) {
    const t = tokens[x]!;
    if (FUTURE_MARKERS.has(t.lower)) return 'future';
    if (FUTURE_INTENT.has(t.lower) && x + 1 < tokens.length && tokens[x + 1]!.lower === 'to' && !IRREGULAR_PAST.has(t.lower)) return 'future';
  }
  for (let x = g; x <= e; x++) {
    const t = tokens[x]!;
    if (!isVerbal(t)) continue;
    if (t.lower === 'has' || t.lower === 'have' || t.lower === "'ve" || looksPast(t)) return 'past';
    return 'present';
  }
  return 'present';
}
