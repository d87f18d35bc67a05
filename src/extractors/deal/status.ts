// How far a deal has got, from the words that lead up to its trigger:
// "terminated" > "could" > "plans to" > "agreed to" > "completed"/past tense.
import type { Doc } from '../../document/document.js';
import { ANNOUNCE_CUES, CANCEL_CUES, COMPLETE_CUES, PAST_FORMS, PLAN_CUES, RUMOR_CUES } from '../../lexicon/deals.js';
import type { DealStatus } from '../../types.js';

const ORDER: ReadonlyArray<readonly [DealStatus, ReadonlySet<string>]> = [
  ['cancelled', CANCEL_CUES],
  ['rumored', RUMOR_CUES],
  ['planned', PLAN_CUES],
  ['announced', ANNOUNCE_CUES],
  ['completed', COMPLETE_CUES],
];

/** Verbs whose particle cancels a deal. */
const CANCEL_PHRASES: Record<string, string> = { called: 'off', calls: 'off', call: 'off', walked: 'away', walks: 'away', pulled: 'out', pulls: 'out', backed: 'out' };

/**
 * Status from the cue words in [from, trigger) and the trigger's own form.
 * `fallback` is what a trigger with no cue means (a noun like "offer" is announced).
 */
export function statusOf(doc: Doc, from: number, trigger: number, fallback?: DealStatus): DealStatus {
  const tokens = doc.tokens;
  let found = -1;
  for (let k = Math.max(0, from); k < trigger; k++) {
    const lower = tokens[k]!.lower;
    // "the previously announced acquisition" tells of the past, not of this deal's stage
    const before = tokens[k - 1]?.lower;
    if (before === 'previously' || (before === '-' && tokens[k - 2]?.lower === 'previously')) continue;
    for (let o = 0; o < ORDER.length; o++) {
      if ((found < 0 || o < found) && ORDER[o]![1].has(lower)) found = o;
    }
    // "called off merger talks", "walked away from its takeover", "pulled out of the deal"
    if (CANCEL_PHRASES[lower] === tokens[k + 1]?.lower) found = 0;
  }
  if (found >= 0) return ORDER[found]![0];
  if (fallback) return fallback;
  const t = tokens[trigger]!;
  if (PAST_FORMS.has(t.lower)) return 'completed';
  // a bare infinitive or present: "to acquire", "X buys Y" in a headline
  return tokens[trigger - 1]?.lower === 'to' ? 'planned' : 'announced';
}
