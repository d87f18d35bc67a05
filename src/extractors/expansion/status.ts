// Whether an expansion happened, is happening or is planned, from the words
// between the company and the trigger and the trigger's own form.
import type { Doc } from '../../document/document.js';
import type { ExpansionTrigger } from '../../lexicon/expansions.js';
import { PLAN_CUES } from '../../lexicon/expansions.js';
import type { ExpansionStatus } from '../../types.js';

const BE = new Set(['is', 'are', "'s", 'was', 'were', 'been', 'be']);
const PERFECT = new Set(['has', 'have', 'had']);

export function expansionStatus(doc: Doc, from: number, trigger: number, t: ExpansionTrigger, sentenceStart: number, sentenceEnd: number): ExpansionStatus {
  for (let k = from; k < trigger; k++) if (PLAN_CUES.has(doc.tokens[k]!.lower)) return 'planned';
  const word = doc.tokens[trigger]!.lower;
  if (t.noun) {
    // a noun has no tense: the sentence's future words decide
    for (let k = sentenceStart; k < sentenceEnd; k++) if (PLAN_CUES.has(doc.tokens[k]!.lower) && doc.tokens[k]!.lower !== 'may') return 'planned';
    return 'completed';
  }
  const before = doc.tokens[trigger - 1]?.lower ?? '';
  if (t.past) return 'completed';
  if (word.endsWith('ing')) {
    if (BE.has(before) || (doc.tokens[trigger - 2] && BE.has(doc.tokens[trigger - 2]!.lower))) return 'ongoing';
    // a gerund after a preposition ("an objective of building a presence in Asia") takes the main clause's time
    return doc.tokens[trigger - 1]?.pos === 'ADP' ? 'completed' : 'planned';
  }
  if (PERFECT.has(before)) return 'completed';
  // "to enter", bare present: intention or habit; news present tense of an event is rare
  return before === 'to' ? 'planned' : 'ongoing';
}
