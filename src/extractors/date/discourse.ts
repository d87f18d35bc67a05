// Anaphoric periods take the period the text is speaking of. Earnings
// reports say "the third quarter" once and then "the quarter", "the latest
// period", "a year earlier", "the year-ago quarter", "the 1988 period": each
// points at the last quarter named, or the same quarter a year before.
// Narratives say "in 1995 ..." and then "the following year", "later that
// year": those count from the last year named.
import { sentenceAt, type Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';
import { ANAPHORIC_RULE } from './rules/anaphoric.js';
import { QUARTER_FOCUS_RULE } from './rules/quarter-deictic.js';
import { YEAR_AGO_RULE } from './rules/relative-unit.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseDay } from './calendar-math.js';
import { refDay } from './context.js';
import { shiftedValue } from './resolve.js';

type Candidate = Reported<'date'>;

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const POINT_VALUE = /^(\d{4})(?:-(\d{2}))?/;
const YEAR_BEFORE = /year-|a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:previous|prior)\s+year|comparable|corresponding/i;
const THAT_QUARTER = /^that\s+(?:quarter|period)$/i;
const SAME_AS_FOCUS = /^(?:the|that|its|their)\s+(?:(?:latest|same|fiscal|latest\s+fiscal)\s+)?(?:quarter|period)$/i;
const OF_YEAR = /^(?:the\s+)?(?:\d{4}|(?:this|last|next)\s+year['’]s)\s+(?:quarter|period)$/i;
const MONTHS_SO_FAR = /^the\s+(?:first\s+|latest\s+|past\s+)?(?:six|nine|6|9)\s+months$/i;
const COMPARISON = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier|before))$/i;

/** rules whose dates name their year or month, so that "the following year" can count from them */
const NAMED_POINT_RULES = new Set(['date/full-date', 'date/month-day', 'date/month-year', 'date/month', 'date/year', 'date/season', 'date/holiday', 'date/quarter']);

/** how many sentences a named quarter stays the one the text speaks of */
const FOCUS_SPAN = 8;
/** "a year earlier" compares with the quarter of its own or a nearby sentence only */
const COMPARISON_SPAN = 2;

interface Focus {
  year: number;
  part: string;
  sentence: number;
}

export function anchorToDiscourse(sorted: Candidate[], doc: Doc): Candidate[] {
  let focus: Focus | null = null;
  // "for the nine months ... in the 1988 period": the text has moved from quarters to the year so far
  let yearToDate = false;
  // "that quarter" is the quarter named last, a year-ago one included
  let lastQuarter: string | null = null;
  let lastPoint: { year: number; month: number | null } | null = null;
  let lastDay: string | null = null;
  const ref = refDay(doc);
  const lastFinished = ref ? shiftedValue(ref, 'Q', -1) : null;
  for (const c of sorted) {
    const sentence = sentenceAt(doc, c.start);
    const text = doc.text.slice(c.start, c.end);
    if (c.rule === ANAPHORIC_RULE) {
      resolveAnaphor(c, text, lastPoint, lastDay);
      continue;
    }
    const day = DAY_VALUE.exec(c.value);
    if (day && c.type === 'DATE') lastDay = day[0];
    const point = POINT_VALUE.exec(c.value);
    if (point && NAMED_POINT_RULES.has(c.rule)) lastPoint = { year: Number(point[1]), month: point[2] ? Number(point[2]) : null };
    if (c.rule === 'date/quarter') {
      // only a quarter that is over can be the one a report compares with the year before
      const q = QUARTER_VALUE.exec(c.value);
      if (q && !YEAR_BEFORE.test(text) && (!lastFinished || `${q[1]}-${q[2]}` <= lastFinished)) {
        focus = { year: Number(q[1]), part: q[2]!, sentence };
        yearToDate = false;
      }
      if (q) lastQuarter = c.value;
      continue;
    }
    if (c.type === 'DURATION' && MONTHS_SO_FAR.test(text)) {
      focus = null;
      yearToDate = true;
      continue;
    }
    const current = focus && sentence - focus.sentence <= FOCUS_SPAN ? focus : null;
    if (c.rule === QUARTER_FOCUS_RULE) {
      if (THAT_QUARTER.test(text) && lastQuarter) c.value = lastQuarter;
      else if (OF_YEAR.test(text) && yearToDate) {
        c.value = c.value.slice(0, 4);
        c.granularity = 'year';
      } else if (!current) {
        // a report that opens with "the quarter" speaks of the quarter just ended
        const q = QUARTER_VALUE.exec(c.value);
        if (q && SAME_AS_FOCUS.test(text)) focus = { year: Number(q[1]), part: q[2]!, sentence };
      } else if (OF_YEAR.test(text)) c.value = `${c.value.slice(0, 4)}-${current.part}`;
      else if (YEAR_BEFORE.test(text)) c.value = `${current.year - 1}-${current.part}`;
      else if (SAME_AS_FOCUS.test(text)) {
        c.value = `${current.year}-${current.part}`;
        current.sentence = sentence;
      }
      if (QUARTER_VALUE.test(c.value)) lastQuarter = c.value;
      continue;
    }
    if (current && sentence - current.sentence <= COMPARISON_SPAN && c.rule === YEAR_AGO_RULE && COMPARISON.test(text.trim())) {
      c.value = `${current.year - 1}-${current.part}`;
      c.granularity = 'quarter';
    }
  }
  return sorted;
}

function resolveAnaphor(c: Candidate, text: string, anchor: { year: number; month: number | null } | null, lastDay: string | null): void {
  const lower = text.toLowerCase();
  const shift = /following|next/.test(lower) ? 1 : /previous|preceding/.test(lower) ? -1 : 0;
  if (/year$/.test(lower)) {
    if (!anchor) return;
    c.value = fmtYear(anchor.year + shift);
  } else if (/month$/.test(lower)) {
    if (!anchor || anchor.month === null) return;
    const m = addMonths(anchor.year, anchor.month, shift);
    c.value = fmtMonth(m.y, m.m);
  } else {
    // "the next day", "earlier that day": counted from the day named last
    const day = lastDay ? parseDay(lastDay) : null;
    if (!day) return;
    const part = c.value.indexOf('T');
    c.value = fmtDay(addDays(day, shift)) + (part > 0 ? c.value.slice(part) : '');
  }
  c.relative = false;
  c.anchor = null;
}
