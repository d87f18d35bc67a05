// Anaphoric periods take the period the text is speaking of. Earnings
// reports say "the third quarter" once and then "the quarter", "the latest
// period", "a year earlier", "the year-ago quarter": each of these points
// at the last quarter named, or at the same quarter of the year before.
import type { Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';
import { QUARTER_FOCUS_RULE } from './rules/quarter-deictic.js';
import { YEAR_AGO_RULE } from './rules/relative-unit.js';

type Candidate = Reported<'date'>;

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
const YEAR_BEFORE = /year-|a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:previous|prior)\s+year|comparable|corresponding/i;
const SAME_AS_FOCUS = /^(?:the|that|its|their)\s+(?:(?:latest|same|fiscal|latest\s+fiscal)\s+)?(?:quarter|period)$/i;
const COMPARISON = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier|before))$/i;

/** how many sentences a named quarter stays the one the text speaks of */
const FOCUS_SPAN = 6;

export function anchorToDiscourse(sorted: Candidate[], doc: Doc): Candidate[] {
  let focus: { year: number; part: string; sentence: number } | null = null;
  for (const c of sorted) {
    const sentence = sentenceIndex(doc, c.start);
    if (c.rule === 'date/quarter') {
      const q = QUARTER_VALUE.exec(c.value);
      if (q) focus = { year: Number(q[1]), part: q[2]!, sentence };
      continue;
    }
    if (!focus || sentence - focus.sentence > FOCUS_SPAN) continue;
    const text = doc.text.slice(c.start, c.end);
    if (c.rule === QUARTER_FOCUS_RULE) {
      if (YEAR_BEFORE.test(text)) c.value = `${focus.year - 1}-${focus.part}`;
      else if (SAME_AS_FOCUS.test(text)) c.value = `${focus.year}-${focus.part}`;
      continue;
    }
    if (c.rule === YEAR_AGO_RULE && COMPARISON.test(text.trim())) {
      c.value = `${focus.year - 1}-${focus.part}`;
      c.granularity = 'quarter';
    }
  }
  return sorted;
}

function sentenceIndex(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
