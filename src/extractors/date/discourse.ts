// Anaphoric periods take the period the text is speaking of. Earnings
// reports say "the third quarter" once and then "the quarter", "the latest
// period", "a year earlier", "the year-ago quarter", "the 1988 period": each
// points at the quarter in focus (the last one reported), or the same
// quarter a year before. A comparison ("a year earlier", "compared with $3
// million last year") is first with the quarter or the recent year its own
// sentence reports, then with the quarter in focus a few sentences back.
// Narratives say "in 1995 ..." and then "the following year", "later that
// year": those count from the last year named.
import { sentenceAt, tokenAt, type Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';
import { ANAPHORIC_RULE } from './rules/anaphoric.js';
import { QUARTER_FOCUS_RULE, quarterEndedOn } from './rules/quarter-deictic.js';
import { YEAR_AGO_RULE } from './rules/relative-unit.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseDay, weekdayOf } from './calendar-math.js';
import { refDay } from './context.js';
import { shiftedValue } from './resolve.js';
import { tenseAround } from './tense.js';

type Candidate = Reported<'date'>;

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const POINT_VALUE = /^(\d{4})(?:-(\d{2}))?/;
const YEAR_BEFORE = /year-|a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:previous|prior)\s+year|comparable|corresponding/i;
const THAT_QUARTER = /^that\s+(?:quarter|period)$/i;
/** "the same period last year", "the year-ago period", "the comparable period": a report's period compared with another */
const COMPARED_PERIOD = /\b(?:same|comparable|corresponding|year-(?:ago|earlier|before))\s+(?:\d{4}\s+)?period\b/i;
const YEAR_WRITTEN_AFTER = /^\s+(?:(?:in|of)\s+)?(\d{4})\b/;
/** " the year before", " a year earlier", " of last year" after a compared period */
const YEAR_BEFORE_AFTER = /^\s+(?:the\s+(?:year|previous\s+year)\s+(?:before|earlier)|a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)\b/i;
const SAME_AS_FOCUS = /^(?:the|that|its|their)\s+(?:(?:latest|same|fiscal|latest\s+fiscal)\s+)?(?:quarter|period)$/i;
/** "this quarter's loss includes ...": the quarter reported; "sales should recover this quarter" the one under way */
const THIS_QUARTER = /^this\s+quarter$/i;
const OF_YEAR = /^(?:the\s+)?(?:\d{4}|(?:this|last|next)\s+year['’]s)\s+(?:quarter|period)$/i;
const MONTHS_SO_FAR = /^the\s+(?:first\s+|latest\s+|past\s+)?(?:six|nine|6|9)\s+months$/i;
const COMPARISON = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier|before))$/i;
const FISCAL = /\bfiscal/i;
const LAST_YEAR = /^last\s+year$/i;
/** "compared with $3 million last year", "up from last year's $1.5 billion": the word that opens a comparison */
const COMPARED = new Set(['from', 'than', 'versus', 'vs', 'vs.', 'over', 'against']);
/** "with" opens a comparison after these only */
const COMPARED_WITH = new Set(['compared', 'comparing', 'comparison', 'compares']);
/** "compared with the same month last year" */
const SAME_PERIOD = new Set(['same', 'like', 'corresponding', 'comparable', 'year-ago', 'year-earlier']);
/** how many tokens back a comparison may open before "last year" */
const COMPARED_REACH = 10;

/** rules whose dates name their year or month, so that "the following year" can count from them */
const NAMED_POINT_RULES = new Set(['date/full-date', 'date/month-day', 'date/month-year', 'date/month', 'date/year', 'date/season', 'date/holiday', 'date/quarter']);

/** "the full year", "the fiscal year", "the year to Oct. 31" (not "year-end") */
const WHOLE_YEAR = /\byear\b(?![-\s]+end)/i;
/** a year or a month of a year */
const PERIOD_VALUE = /^(\d{4})(?:-(\d{2}))?$/;
const QUARTER_PART = /^[QH]/;
const MONTH_RULES = new Set(['date/month', 'date/month-year']);
/** how far from the reference year a year the sentence names may be to anchor "a year earlier" */
const RECENT_YEARS = 2;
/** "compared with $3 million last year" is the year-ago quarter only right after the quarter is named */
const LAST_YEAR_SPAN = 1;

/** how many sentences a named quarter stays the one the text speaks of */
const FOCUS_SPAN = 8;
/** "a year earlier" compares with the quarter of its own or a nearby sentence only */
const COMPARISON_SPAN = 4;

interface Focus {
  year: number;
  part: string;
  sentence: number;
}

/** the period a sentence reports: a quarter or half (part "Q3", "H1"), a month (part "03") or a year (part "") */
type Own = Focus;

export function anchorToDiscourse(sorted: Candidate[], doc: Doc): Candidate[] {
  let focus: Focus | null = null;
  // "for the nine months ... in the 1988 period": the text has moved from quarters to the year so far
  let yearToDate = false;
  // "that quarter" is the quarter named last, a year-ago one included
  let lastQuarter: string | null = null;
  /** the sentence of the last quarter a rule named by its number ("its third fiscal quarter") */
  let namedQuarterSentence = -1;
  let lastPoint: { year: number; month: number | null } | null = null;
  let lastDay: string | null = null;
  const ref = refDay(doc);
  const lastFinished = ref ? shiftedValue(ref, 'Q', -1) : null;
  const inProgress = ref ? shiftedValue(ref, 'Q', 0) : null;
  // "GNP grew 3% in the fourth quarter of 1986 from a year earlier", "1986 net income fell from year-ago levels",
  // "in March it sold 4,324 cars, down from 6,198 last year": a comparison is first with its own sentence's period
  let own: Own | null = null;
  for (const c of sorted) {
    const sentence = sentenceAt(doc, c.start);
    const text = doc.text.slice(c.start, c.end);
    if (c.rule === ANAPHORIC_RULE) {
      resolveAnaphor(c, text, lastPoint, lastDay);
      continue;
    }
    if (c.rule === 'date/weekday' && lastDay) countFromDay(c, text, lastDay);
    const day = DAY_VALUE.exec(c.value);
    if (day && c.type === 'DATE') lastDay = day[0];
    const point = POINT_VALUE.exec(c.value);
    if (point && NAMED_POINT_RULES.has(c.rule)) lastPoint = { year: Number(point[1]), month: point[2] ? Number(point[2]) : null };
    if (c.rule === 'date/quarter') {
      // only a quarter that is over can be the one a report compares with the year before
      const q = QUARTER_VALUE.exec(c.value);
      const named = q ? `${q[1]}-${q[2]}` : '';
      // a fiscal quarter can end before the calendar's: a story that opens on "reported a decline in fourth-quarter
      // earnings" or "its fourth quarter ended Sept. 30" reports the quarter in progress as over
      const over = lastFinished ? named <= lastFinished : !aheadOf(doc, sentence, c);
      const reported = over || (lastQuarter === null && named === inProgress && reportedAsOver(doc, sentence, c));
      // "after a flat second quarter", "a charge in the 1988 second quarter": a report looks back from its quarter without
      // leaving it; a fiscal quarter is another company's calendar ("posted net income for the fiscal second quarter")
      const fresh = focus && sentence - focus.sentence <= FOCUS_SPAN ? focus : null;
      const earlier = fresh !== null && named < `${fresh.year}-${fresh.part}` && !FISCAL.test(text);
      if (q && !YEAR_BEFORE.test(text) && reported && !earlier) {
        focus = { year: Number(q[1]), part: q[2]!, sentence };
        yearToDate = false;
      }
      if (q) {
        lastQuarter = c.value;
        namedQuarterSentence = sentence;
      }
      // "fell 3.5% in the fourth quarter after declining 0.8% in the third quarter and 2.7% a year earlier"
      if (q && !YEAR_BEFORE.test(text) && !comparedBefore(doc, sentence, c.start)) own = { year: Number(q[1]), part: q[2]!, sentence };
      continue;
    }
    if (c.type === 'DURATION' && MONTHS_SO_FAR.test(text)) {
      focus = null;
      yearToDate = true;
      continue;
    }
    // "the full fiscal year", "in the year to Oct. 31" (a length), "fiscal 1986", "in March"
    // ... but not the period compared with: "down from $26 in 1985 and $2.18 a year earlier"
    if ((c.rule === 'date/whole-year' ? WHOLE_YEAR.test(text) : c.rule === 'date/year' || MONTH_RULES.has(c.rule)) && !comparedBefore(doc, sentence, c.start)) {
      // "127% of the 1977 average ... up 1.7% from a year ago" compares with the recent past only
      const p = PERIOD_VALUE.exec(c.value);
      const year = p ? Number(p[1]) : NaN;
      if (Number.isNaN(year) || !ref || Math.abs(year - ref.y) <= RECENT_YEARS) own = { year, part: p?.[2] ?? '', sentence };
    }
    const current = focus && sentence - focus.sentence <= FOCUS_SPAN ? focus : null;
    if (c.rule === QUARTER_FOCUS_RULE) {
      // "the quarter ended Sept. 30" opening a report names its quarter, in focus from here; after "the fiscal first
      // quarter" it is that quarter by the company's calendar, as reports keep calling it
      const ended = current ? null : quarterEndedOn(doc.text.slice(c.end, c.end + 32), ref);
      const q = ended !== null && ended === c.value ? QUARTER_VALUE.exec(ended) : null;
      if (q) {
        focus = { year: Number(q[1]), part: q[2]!, sentence };
        lastQuarter = c.value;
        own = { year: Number(q[1]), part: q[2]!, sentence };
        continue;
      }
      if (THAT_QUARTER.test(text) && lastQuarter) c.value = lastQuarter;
      else if (OF_YEAR.test(text) && yearToDate) {
        c.value = c.value.slice(0, 4);
        c.granularity = 'year';
      } else if (!current && COMPARED_PERIOD.test(text) && ref) {
        // "car sales for the February 21 to 28 period fell from 2,734 in the same period last year": a period compared
        // with the month or year its own sentence reports, or else with the year, not with a quarter no one spoke of
        // (a year written in it or after it is its own: "the same 1986 period", "the same period in 1986")
        const after = doc.text.slice(c.end, c.end + 24);
        const written = /\b(\d{4})\b/.exec(text)?.[1] ?? YEAR_WRITTEN_AFTER.exec(after)?.[1];
        const back = YEAR_BEFORE.test(text) || YEAR_BEFORE_AFTER.test(after) ? 1 : 0;
        // (the same period as one just reported: "in calendar 1986 ... rose in the same period")
        const reported = own && !QUARTER_PART.test(own.part) && !Number.isNaN(own.year) ? own : null;
        const mine = reported && (reported.sentence === sentence || (!back && sentence - reported.sentence <= 1)) ? reported : null;
        // (a month only where the sentence reports one: "between January and February 24" is no month's)
        const month = mine?.part && onlyDateBefore(sorted, doc, sentence, c) ? `-${mine.part}` : '';
        if (written) c.value = written;
        else c.value = mine ? fmtYear(mine.year - back) + month : fmtYear(ref.y - back);
        c.granularity = !written && month ? 'month' : 'year';
      } else if (!current && YEAR_BEFORE.test(text) && !OF_YEAR.test(text) && lastQuarter && sentence - namedQuarterSentence <= 1) {
        // "what it would earn in its third fiscal quarter ... Wang earned 21 cts in the same quarter last year": with no
        // quarter reported yet, the quarter a year before the one just named
        c.value = `${Number(lastQuarter.slice(0, 4)) - 1}${lastQuarter.slice(4)}`;
      } else if (!current) {
        // a report that opens with "the quarter" speaks of the quarter just ended
        const q = QUARTER_VALUE.exec(c.value);
        if (q && SAME_AS_FOCUS.test(text)) focus = { year: Number(q[1]), part: q[2]!, sentence };
      } else {
        let value: string | null = null;
        if (OF_YEAR.test(text)) value = `${c.value.slice(0, 4)}-${current.part}`;
        else if (YEAR_BEFORE.test(text)) value = `${current.year - 1}-${current.part}`;
        else if (SAME_AS_FOCUS.test(text) || (THIS_QUARTER.test(text) && reportedThisQuarter(doc, sentence, c))) value = `${current.year}-${current.part}`;
        if (value !== null) {
          // each of these speaks of the quarter in focus, which so stays in focus
          c.value = value;
          current.sentence = sentence;
        }
      }
      if (QUARTER_VALUE.test(c.value)) lastQuarter = c.value;
      continue;
    }
    if (c.rule !== YEAR_AGO_RULE) continue;
    const mine = own && own.sentence === sentence ? own : null;
    if (mine && !QUARTER_PART.test(mine.part)) {
      // the year or month the sentence names is the one compared; a length ("the year to Oct. 31") leaves the value
      if (!Number.isNaN(mine.year) && (COMPARISON.test(text.trim()) || (LAST_YEAR.test(text) && mine.part && comparedBefore(doc, sentence, c.start, c.end)))) {
        c.value = mine.part ? `${fmtYear(mine.year - 1)}-${mine.part}` : fmtYear(mine.year - 1);
        c.granularity = mine.part ? 'month' : 'year';
        c.relative = false;
        c.anchor = null;
      }
      continue;
    }
    const compared = mine ?? current;
    if (!compared) continue;
    const distance = sentence - compared.sentence;
    if (COMPARISON.test(text.trim()) ? distance <= COMPARISON_SPAN : LAST_YEAR.test(text) && distance <= LAST_YEAR_SPAN && comparedBefore(doc, sentence, c.start, c.end)) {
      c.value = `${compared.year - 1}-${compared.part}`;
      c.granularity = 'quarter';
    } else if (LAST_YEAR.test(text) && distance <= COMPARISON_SPAN) {
      // "Last year, catastrophe losses totaled $5 million": the text has turned to the whole year
      focus = null;
    }
  }
  if (ref) for (const c of sorted) if (c.rule === 'date/whole-year' && THE_YEAR.test(doc.text.slice(c.start, c.end)) && c.value === fmtYear(ref.y)) reportedYear(sorted, doc, c, ref.y);
  return sorted;
}

const THE_YEAR = /^the\s+(?:full\s+|whole\s+|entire\s+)?year$/i;
/** words after "the year" that tell what is still expected of it */
const AHEAD_AFTER = /^[^,;]*?\b(?:will|would|should|could|expects?|expected|forecasts?|forecast)\b/i;

/**
 * "In 1986 ChemLawn earned 1.19 dlrs for the full year", "Repayments stood at 5.5 billion for the year, up from 3.1
 * billion in 1985": "the year" of a report is the year before the reference where its sentence tells of that year, or
 * compares with the one before it (not "turnover will fall over the whole year from 698.4 mln in 1986").
 */
function reportedYear(sorted: Candidate[], doc: Doc, c: Candidate, refYear: number): void {
  const sentence = sentenceAt(doc, c.start);
  const s = doc.sentences[sentence]!;
  // (not a part of the year under way, "in the first two months of the year", nor what is still expected of it: "net
  // income for the full year will be about equal to 1986's")
  if (/\bof\s*$/i.test(doc.text.slice(Math.max(0, c.start - 4), c.start))) return;
  if (tenseAround(doc, s.tokenStart, s.tokenEnd, c.start, c.end) === 'future' || AHEAD_AFTER.test(doc.text.slice(c.end, doc.text.indexOf('.', c.end) + 1 || undefined))) return;
  for (const x of sorted) {
    if (x === c || x.type !== 'DATE' || sentenceAt(doc, x.start) !== sentence || !/\b\d{4}\b/.test(doc.text.slice(x.start, x.end))) continue;
    const year = Number(PERIOD_VALUE.exec(x.value)?.[1]);
    const compared = comparedBefore(doc, sentence, x.start);
    if ((year === refYear - 1 && !compared) || (year === refYear - 2 && compared)) {
      c.value = fmtYear(refYear - 1);
      return;
    }
  }
}

/** Whether one date expression alone comes before `c` in its sentence. */
function onlyDateBefore(sorted: Candidate[], doc: Doc, sentence: number, c: Candidate): boolean {
  let n = 0;
  for (const x of sorted) if (x !== c && x.type === 'DATE' && x.start < c.start && sentenceAt(doc, x.start) === sentence) n++;
  return n === 1;
}

/** the clause around the expression speaks of the future */
function aheadOf(doc: Doc, sentence: number, c: Candidate): boolean {
  const s = doc.sentences[sentence]!;
  return tenseAround(doc, s.tokenStart, s.tokenEnd, c.start, c.end) === 'future';
}

const POSSESSIVE = /^['’]s\b/;

/** "This quarter's loss includes ...", "this quarter was weak": the quarter reported, not the one under way */
function reportedThisQuarter(doc: Doc, sentence: number, c: Candidate): boolean {
  const s = doc.sentences[sentence]!;
  const tense = tenseAround(doc, s.tokenStart, s.tokenEnd, c.start, c.end);
  return tense === 'past' || (tense !== 'future' && POSSESSIVE.test(doc.text.slice(c.end, c.end + 3)));
}

const ENDED = /^\s*(?:ended|closed)\b/;

/** the quarter is spoken of as over: "the fourth quarter ended Aug. 26", "reported lower fourth-quarter profit" */
function reportedAsOver(doc: Doc, sentence: number, c: Candidate): boolean {
  if (ENDED.test(doc.text.slice(c.end, c.end + 12))) return true;
  const s = doc.sentences[sentence]!;
  return tenseAround(doc, s.tokenStart, s.tokenEnd, c.start, c.end) === 'past';
}

/** token k opens a comparison: "from", "than", "compared with", "after 2.0%" */
function opensComparison(tokens: Doc['tokens'], k: number, first: number): boolean {
  const t = tokens[k]!;
  if (COMPARED.has(t.lower)) return true;
  // "compared with"; "after 2.0% in 1985" (a figure), not "after the buyback last year"
  if (t.lower === 'with') return k > first && COMPARED_WITH.has(tokens[k - 1]!.lower);
  const next = tokens[k + 1];
  return t.lower === 'after' && next !== undefined && (next.pos === 'NUM' || /^\d/.test(next.text));
}

/**
 * "compared with earnings of $33 million last year", "a 13% increase from
 * last year's": a comparison opens shortly before the expression and no
 * verb stands between ("lower than the 16 cents it reported last year" is
 * an event of last year, not the quarter).
 */
function comparedBefore(doc: Doc, sentence: number, start: number, figureFrom = -1): boolean {
  const tokens = doc.tokens;
  const first = doc.sentences[sentence]!.tokenStart;
  let k = tokenAt(doc, start) - 1;
  // "compared with $11.4 billion in all of last year": the whole year
  if (k >= first && tokens[k]!.lower === 'of') return false;
  // with `figureFrom` (the end of the expression) what is compared must be a figure or the same period: "up from $3
  // million last year", "than last year", "from last year's $1.55 billion", "over the same month last year", not
  // "from the drop in oil prices last year"
  let counted = figureFrom < 0 || POSSESSIVE.test(doc.text.slice(figureFrom, figureFrom + 3));
  const adjacent = k;
  for (let seen = 0; k >= first && seen < COMPARED_REACH; k--, seen++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' || /^\d/.test(t.text) || SAME_PERIOD.has(t.lower)) counted = true;
    if (opensComparison(tokens, k, first)) return counted || k === adjacent;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') {
      // "after declining 0.8% in the third quarter"
      return t.lower.endsWith('ing') && k > first && (COMPARED.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'after');
    }
  }
  return false;
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

const COUNTED_WEEKDAY = /^the\s+(previous|preceding|following|next)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * "down 4.5% from the previous Friday", "the following Monday": a weekday
 * counted from the day the text named last, not from the reference date.
 */
function countFromDay(c: Candidate, text: string, lastDay: string): void {
  const m = COUNTED_WEEKDAY.exec(text);
  const from = m ? parseDay(lastDay) : null;
  if (!m || !from) return;
  const target = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
  const delta = target - weekdayOf(from);
  const back = /previous|preceding/i.test(m[1]!);
  const day = addDays(from, back ? (delta < 0 ? delta : delta - 7) : delta > 0 ? delta : delta + 7);
  c.value = fmtDay(day) + c.value.slice(10);
  c.relative = false;
  c.anchor = null;
}
