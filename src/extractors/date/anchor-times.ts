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
  for (const c of sorted) {
    const sentence = sentenceAt(doc, c.start);
    if (c.rule === 'date/time-of-day') {
      if (lastDay && sentence - lastDay.sentence <= DAY_SPAN) {
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
