// Settles the candidates of a document: where expressions overlap the
// longest wins ("the past two years" over "the past"); a clock time next to
// its day becomes one TIME ("10 p.m. Wednesday"); a weekday next to its
// date one DATE ("Thursday, April 6"); then anaphoric quarters take the
// quarter the text was speaking of (discourse.ts).
import type { Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';
import { addDays, fmtDay, fmtWeek, isoWeek, parseDay, weekdayOf } from './calendar-math.js';
import { anchorTimes } from './anchor-times.js';
import { anchorToDiscourse } from './discourse.js';

type Candidate = Reported<'date'>;

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d|XXXX-XX-XX|XXXX-\d{2}-\d{2})$/;
const CLOCK_VALUE = /T(\d{2}:\d{2}|MO|AF|EV|NI)$/;
/** between a clock time and its day: "noon Thursday", "5 p.m., Nov. 6", "mid-morning local time on Monday" */
const JOIN_TIME_THEN_DAY = /^(?:\s+local\s+time)?(?:\s+|\s*,\s*|\s+on\s+)$/;
const JOIN_DAY_THEN_DATE = /^(?:\s*,\s*|\s+)$/;

export function settle(candidates: Candidate[], doc: Doc): Candidate[] {
  const kept = dropOverlaps(candidates);
  continueMonthLists(kept, doc.text);
  yearFromRangeEnd(kept, doc.text);
  anchorTimes(kept, doc);
  const merged = mergeNeighbours(kept, doc.text);
  return anchorToDiscourse(merged, doc);
}

const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
const LIST_JOIN = /^\s*(?:,|and|or)\s*(?:(?:and|or)\s+)?$/;
/** How far on a listed month may be from the one before it and still continue its run ("in May and June", not "in January and December") */
const LIST_STEP = 6;

/**
 * "in May and June", "in November and January": a month listed right after another, a few months on, continues its run,
 * in the first one's year or, past December, the next (each was resolved alone, and a tense can put the farther one a
 * year back). A month listed further on is more likely listed backwards ("in January and December", data reported
 * newest first), and left alone.
 */
function continueMonthLists(sorted: Candidate[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const ma = MONTH_VALUE.exec(a.value);
    const mb = MONTH_VALUE.exec(b.value);
    if (!ma || !mb || a.rule !== 'date/month' || b.rule !== 'date/month' || !LIST_JOIN.test(text.slice(a.end, b.start))) continue;
    const step = (Number(mb[2]) - Number(ma[2]) + 12) % 12;
    if (step === 0 || step > LIST_STEP) continue;
    const year = Number(ma[1]) + (Number(mb[2]) < Number(ma[2]) ? 1 : 0);
    if (year !== Number(mb[1])) b.value = `${year}-${mb[2]}`;
  }
}

const RANGE_JOIN = /^\s*(?:and|to|through|thru|until|till|-|–|\/)\s*$/;
const YEARLESS_RULES = new Set(['date/month', 'date/month-day']);
const YEAR_WRITTEN_RULES = new Set(['date/month-year', 'date/full-date']);
const MONTH_OR_DAY_VALUE = /^(\d{4})-(\d{2})(-\d{2})?$/;

/**
 * "between January and August 1987", "from May 6 to August 15, 1987": a month or day without a year that opens a range
 * whose end has one is in the end's year, or the year before where the range wraps ("November to March 1988").
 */
function yearFromRangeEnd(sorted: Candidate[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    // (not a split year's first half: "April/January 1986/87")
    if (!YEARLESS_RULES.has(a.rule) || !YEAR_WRITTEN_RULES.has(b.rule) || !RANGE_JOIN.test(text.slice(a.end, b.start)) || /^\/\d/.test(text.slice(b.end))) continue;
    const ma = MONTH_OR_DAY_VALUE.exec(a.value);
    const mb = MONTH_OR_DAY_VALUE.exec(b.value);
    if (!ma || !mb) continue;
    const wraps = `${ma[2]}${ma[3] ?? ''}` > `${mb[2]}${mb[3] ?? ''}`;
    a.value = `${Number(mb[1]) - (wraps ? 1 : 0)}-${ma[2]}${ma[3] ?? ''}`;
  }
}

/** keeps the longest of overlapping expressions, then the surest */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  // overlaps only happen inside a run of candidates that chain into each other; each run is settled alone
  let run: Candidate[] = [];
  let runEnd = -1;
  for (const c of sorted) {
    if (run.length && c.start >= runEnd) {
      settleRun(run, kept);
      run = [];
    }
    run.push(c);
    runEnd = Math.max(runEnd, c.end);
  }
  settleRun(run, kept);
  return kept;
}

function settleRun(run: Candidate[], kept: Candidate[]): void {
  if (run.length === 1) {
    kept.push(run[0]!);
    return;
  }
  const byStrength = [...run].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of byStrength) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  kept.push(...chosen.sort((a, b) => a.start - b.start));
}

function mergeNeighbours(sorted: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, c.start);
      const joined = join(prev, c, gap) ?? lengthOfYearBefore(prev, c, gap, text);
      if (joined) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(weekOf(c, text) ?? dayNextTo(c, text) ?? c);
  }
  return out;
}

const WEEK_OF = /\b(?:the\s+)?week(end)?\s+of\s+$/i;

/** "the week of March 6": the ISO week (or weekend) of a day the text names */
function weekOf(c: Candidate, text: string): Candidate | null {
  if (c.type !== 'DATE' || c.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) return null;
  const before = WEEK_OF.exec(text.slice(Math.max(0, c.start - 20), c.start));
  if (!before) return null;
  const day = parseDay(c.value)!;
  const w = isoWeek(before[1] ? addDays(day, 5 - weekdayOf(day)) : day);
  return { ...c, start: c.start - before[0].length, value: `${fmtWeek(w.y, w.w)}${before[1] ? '-WE' : ''}`, granularity: 'week' };
}

const DAY_NEXT_TO = /\b(?:the\s+)?day\s+(before|after)\s+$/i;

/** "the day before last Tuesday's hearing", "the day after Christmas": a day counted from a day the text names */
function dayNextTo(c: Candidate, text: string): Candidate | null {
  if (c.type !== 'DATE' || c.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) return null;
  const before = DAY_NEXT_TO.exec(text.slice(Math.max(0, c.start - 20), c.start));
  if (!before) return null;
  const day = addDays(parseDay(c.value)!, before[1]!.toLowerCase() === 'before' ? -1 : 1);
  return { ...c, start: c.start - before[0].length, value: fmtDay(day) };
}

const YEAR_BEFORE_MODIFIER = /^year-(?:ago|earlier)$/i;
const THE_BEFORE = /\bthe\s+$/i;

/** "the year-earlier nine months": the length the report compares with, one DURATION */
function lengthOfYearBefore(a: Candidate, b: Candidate, gap: string, text: string): Candidate | null {
  if (gap !== ' ' || b.type !== 'DURATION' || !YEAR_BEFORE_MODIFIER.test(text.slice(a.start, a.end))) return null;
  const the = THE_BEFORE.exec(text.slice(Math.max(0, a.start - 4), a.start));
  return { ...b, start: a.start - (the ? the[0].length : 0) };
}

function join(a: Candidate, b: Candidate, gap: string): Candidate | null {
  // (room for " local time on " between a time and its day)
  if (gap.length > 17 || gap.includes('\n')) return null;
  const aClock = a.type === 'TIME' && a.rule === 'date/time-of-day' && CLOCK_VALUE.test(a.value);
  // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6"
  if (aClock && JOIN_TIME_THEN_DAY.test(gap) && b.type === 'DATE' && DAY_VALUE.test(b.value)) {
    return { ...b, start: a.start, type: 'TIME', granularity: 'time', value: b.value + a.value.slice(a.value.indexOf('T')), relative: a.relative || b.relative, anchor: a.anchor ?? b.anchor, rule: a.rule };
  }
  // "Wednesday 10 p.m."
  const bClock = b.type === 'TIME' && b.rule === 'date/time-of-day' && CLOCK_VALUE.test(b.value);
  if (bClock && /^\s*,?\s*$/.test(gap) && a.type === 'DATE' && DAY_VALUE.test(a.value)) {
    return { ...a, end: b.end, type: 'TIME', granularity: 'time', value: a.value + b.value.slice(b.value.indexOf('T')), relative: a.relative || b.relative, anchor: a.anchor ?? b.anchor, rule: b.rule };
  }
  // "Thursday, April 6": the written date is surer than the one the weekday was resolved to
  if (a.rule === 'date/weekday' && a.type === 'DATE' && JOIN_DAY_THEN_DATE.test(gap) && b.type === 'DATE' && b.granularity === 'day' && b.rule !== 'date/weekday' && b.rule !== 'date/relative-day') {
    return { ...b, start: a.start };
  }
  return null;
}
