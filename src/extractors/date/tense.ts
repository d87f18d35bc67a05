// The tense of the clause a temporal expression sits in, read from the
// sentence's tokens: "released Wednesday" is past, "will meet Wednesday" and
// "plans to launch in April" future. The nearest verb group to the left
// decides; without one, the first to the right ("On Friday, it said ...").
import type { Doc, Token } from '../../document/document.js';
import { FUTURE_INTENT, FUTURE_MARKERS, IRREGULAR_PAST, PRESENT_AUXILIARIES } from '../../lexicon/date-tense.js';
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
    // the verb nearest the expression; what stands before it in its group decides
    return groupTense(tokens, first, k);
  }
  return null;
}

function tenseRight(tokens: Token[], from: number, last: number): Tense | null {
  const stop = Math.min(last, from + MAX_DISTANCE);
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (FUTURE_MARKERS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return 'future';
    if (!isVerbal(t)) continue;
    // walk to the end of the group ("has been", "is expected to") then read it whole
    let e = k;
    while (e + 1 < stop && (isVerbal(tokens[e + 1]!) || tokens[e + 1]!.pos === 'PART' || tokens[e + 1]!.pos === 'ADV')) e++;
    while (e > k && !isVerbal(tokens[e]!)) e--;
    return groupTense(tokens, k, e);
  }
  return null;
}

/** tense of the verb group whose last verb is tokens[k] */
function groupTense(tokens: Token[], first: number, k: number): Tense {
  const head = tokens[k]!;
  // "to launch": an infinitive points ahead, unless it is "used to"
  const before = k > first ? tokens[k - 1]! : null;
  let g = k;
  while (g > first && (isVerbal(tokens[g - 1]!) || tokens[g - 1]!.pos === 'ADV' || tokens[g - 1]!.pos === 'PART')) g--;
  for (let x = g; x <= k; x++) {
    const t = tokens[x]!;
    if (FUTURE_MARKERS.has(t.lower)) return 'future';
    if (t.lower === 'to' && x > g && FUTURE_INTENT.has(tokens[x - 1]!.lower)) return 'future';
  }
  if (before && before.lower === 'to' && k - 2 >= first) {
    const governor = tokens[k - 2]!;
    if (governor.lower !== 'used' && governor.lower !== 'had') return 'future';
  }
  if (FUTURE_INTENT.has(head.lower) && k + 1 < tokens.length && tokens[k + 1]!.lower === 'to') return 'future';
  for (let x = g; x <= k; x++) {
    const t = tokens[x]!;
    if (t.lower === 'has' || t.lower === 'have' || t.lower === "'ve") return 'past';
    if (PRESENT_AUXILIARIES.has(t.lower)) return 'present';
    if (looksPast(t)) return 'past';
  }
  return looksPast(head) ? 'past' : 'present';
}
