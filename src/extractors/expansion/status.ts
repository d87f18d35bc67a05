// Whether an expansion happened, is happening or is planned, from the words
// between the company and the trigger and the trigger's own form.
import type { Doc } from '../../document/document.js';
import type { ExpansionTrigger } from '../../lexicon/expansions.js';
import { PLAN_CUES } from '../../lexicon/expansions.js';
import type { ExpansionStatus } from '../../types.js';

const BE = new Set(['is', 'are', "'s", 'was', 'were', 'been', 'be']);
const PERFECT = new Set(['has', 'have', 'had']);

const SAME_IN_PAST = new Set(['set', 'put']);
const MODAL = new Set(['will', "'ll", 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't"]);
const TIME_NOUN = /^(year|month|week|quarter|spring|summer|autumn|fall|winter)$/;

/** After the trigger, a year later than the document's ("in 2019") or "next year": a time still to come. */
function futureTimeAfter(doc: Doc, trigger: number, sentenceEnd: number): boolean {
  const refYear = doc.refDate ? Number(doc.refDate.slice(0, 4)) : undefined;
  for (let k = trigger + 1; k < sentenceEnd; k++) {
    const w = doc.tokens[k]!.lower;
    if (refYear !== undefined && /^(19|20)\d\d$/.test(w) && Number(w) > refYear) return true;
    if (w === 'next' && TIME_NOUN.test(doc.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

const RANKS = new Set(['first', 'second', 'third', 'last', 'only', 'latest']);
function firstToDo(doc: Doc, trigger: number): boolean {
  // was|were the first [adjective] foreigner to <trigger>
  for (let k = trigger - 2; k >= 0 && k >= trigger - 5; k--) {
    if (RANKS.has(doc.tokens[k]!.lower)) return doc.tokens[k - 1]?.lower === 'the' && /^(was|were)$/.test(doc.tokens[k - 2]?.lower ?? '');
  }
  return false;
}

export function expansionStatus(doc: Doc, from: number, trigger: number, t: ExpansionTrigger, sentenceStart: number, sentenceEnd: number, verbOfNoun = false): ExpansionStatus {
  for (let k = from; k < trigger; k++) if (PLAN_CUES.has(doc.tokens[k]!.lower)) return 'planned';
  // a noun read through its verb: "is seeking a foothold in", "plans an expansion into"
  if (verbOfNoun && PLAN_CUES.has(doc.tokens[trigger]!.lower)) return 'planned';
  // "the deal would enhance its presence", "will give X an entry ... and boost its presence": a bare verb of a noun takes the sentence's future
  if (verbOfNoun && !t.past && !/(ing|s)$/.test(doc.tokens[trigger]!.lower)) {
    for (let k = sentenceStart; k < trigger; k++) if (PLAN_CUES.has(doc.tokens[k]!.lower) && doc.tokens[k]!.lower !== 'may') return 'planned';
  }
  const word = doc.tokens[trigger]!.lower;
  if (t.noun) {
    // a noun has no tense: the sentence's future words decide
    for (let k = sentenceStart; k < sentenceEnd; k++) if (PLAN_CUES.has(doc.tokens[k]!.lower) && doc.tokens[k]!.lower !== 'may') return 'planned';
    return futureTimeAfter(doc, trigger, sentenceEnd) ? 'planned' : 'completed';
  }
  const before = doc.tokens[trigger - 1]?.lower ?? '';
  if (t.past) return 'completed';
  if (word.endsWith('ing')) {
    if (BE.has(before) || (doc.tokens[trigger - 2] && BE.has(doc.tokens[trigger - 2]!.lower))) return 'ongoing';
    // a gerund after a preposition ("an objective of building a presence in Asia") takes the main clause's time
    return doc.tokens[trigger - 1]?.pos === 'ADP' ? 'completed' : 'planned';
  }
  if (PERFECT.has(before)) return 'completed';
  // "was the first foreigner to break into": the infinitive takes the past of "was"
  if (before === 'to' && firstToDo(doc, trigger)) return 'completed';
  if (before === 'to') return 'planned';
  // "Acme set up shop in Brazil": a past the same as the base form, straight after its subject
  if (SAME_IN_PAST.has(word) && !MODAL.has(before)) return 'completed';
  // bare present: intention ("enters Vietnam in 2019") or what goes on now
  return futureTimeAfter(doc, trigger, sentenceEnd) ? 'planned' : 'ongoing';
}
