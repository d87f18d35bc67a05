// Clock times without a day of their own take the day the text named last.
import { sentenceAt, type Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';

type Candidate = Reported<'date'>;

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
/** how many sentences back a clock time looks for its day */
const DAY_SPAN = 2;

/**
 * "Police said the shots were fired at about 10 p.m.": a clock time without
 * its own day happened on the day the text last named, if one was named
 * close by; otherwise on the reference day it was given.
 */
export function anchorTimes(sorted: Candidate[], doc: Doc): void {
  let lastDay: { day: string; sentence: number; relative: boolean } | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const sentence = sentenceAt(doc, c.start);
    if (c.rule === 'date/time-of-day') {
      // "at 1000 EDT (1400 GMT) on Thursday", "1700 EST/2100 GMT November 17": the day written after the time and
      // its other zone's time is theirs
      const after = dayAfterPairedTime(sorted, i, doc);
      if (after) {
        c.value = after.value.slice(0, 10) + c.value.slice(c.value.indexOf('T'));
        c.relative = after.relative;
        c.anchor = after.relative ? after.anchor : null;
      } else if (lastDay && sentence - lastDay.sentence <= DAY_SPAN) {
        c.value = lastDay.day + c.value.slice(c.value.indexOf('T'));
        c.relative = lastDay.relative;
        c.anchor = lastDay.relative ? c.anchor : null;
      }
      continue;
    }
    const day = DAY_VALUE.exec(c.value);
    if (day && (c.type === 'DATE' || c.type === 'TIME')) lastDay = { day: day[0], sentence, relative: c.relative };
  }
}

/** What may stand between a clock time, the same time in another zone, and the day after them. */
const PAIRED_GAP = /^[\s()/]*(?:on\s+)?$/;

/** The day named right after the clock time at `i` and its other zone's time ("1000 EDT (1400 GMT) on Thursday"), if any. */
function dayAfterPairedTime(sorted: Candidate[], i: number, doc: Doc): Candidate | undefined {
  let end = sorted[i]!.end;
  for (let k = i + 1; k < sorted.length && k <= i + 2; k++) {
    const next = sorted[k]!;
    if (!PAIRED_GAP.test(doc.text.slice(end, next.start))) return undefined;
    if (next.rule !== 'date/time-of-day') return next.type === 'DATE' && DAY_VALUE.test(next.value) ? next : undefined;
    end = next.end;
  }
  return undefined;
}
