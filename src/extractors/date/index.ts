// Temporal expressions (TimeML TIMEX3). First cut: full dates, month-year,
// years after a preposition, weekdays and "this April"; resolved against the
// document's reference date.
import type { Doc } from '../../document/document.js';
import { MONTH_NUMBER, WEEKDAYS } from '../../lexicon/calendar.js';
import type { DateFields } from '../../types.js';
import type { Extractor, Reported, Rule, RuleContext } from '../rule.js';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const FULL_DATE = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g');
const PREP_YEAR = /\b(?:in|by|since|until|before|after|of|for|from|to|during|through|early|late|mid-|end of) ((?:19|20)\d{2})\b(?!-| ?(?:pct|percent|%|mln|billion|shares|tonnes))/g;
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const THIS_MONTH = new RegExp(`\\b(this|last|next) ${MONTH}\\b`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (s: string) => MONTH_NUMBER.get(s.toLowerCase())!;
const FUTURE = /\b(will|shall|plans? to|planning to|to be|expects? to|next|going to)\b/i;

function dateFields(value: string, granularity: DateFields['granularity'], anchor: string | null): DateFields {
  return { type: 'DATE', value, granularity, relative: anchor !== null, anchor };
}

function report(ctx: RuleContext, start: number, end: number, fields: DateFields, confidence: number): void {
  ctx.report({ kind: 'date', start: ctx.sentence.start + start, end: ctx.sentence.start + end, confidence, ...fields });
}

const fullDate: Rule<'date'> = {
  id: 'date/full-date',
  kind: 'date',
  description: 'A day with month and year: "July 5, 2017", "5 July 2017", "2017-07-05".',
  run(ctx) {
    for (const m of ctx.sentenceText.matchAll(FULL_DATE)) {
      const [y, mo, d] = m[1] ? [m[3], monthOf(m[1]), m[2]] : m[5] ? [m[6], monthOf(m[5]), m[4]] : [m[7], Number(m[8]), m[9]];
      if (!mo || Number(d) < 1 || Number(d) > 31 || mo > 12) continue;
      report(ctx, m.index!, m.index! + m[0].length, dateFields(`${y}-${pad(mo)}-${pad(Number(d))}`, 'day', null), 0.95);
    }
  },
};

const monthYear: Rule<'date'> = {
  id: 'date/month-year',
  kind: 'date',
  description: 'A month of a year: "July 2014".',
  run(ctx) {
    for (const m of ctx.sentenceText.matchAll(MONTH_YEAR)) report(ctx, m.index!, m.index! + m[0].length, dateFields(`${m[2]}-${pad(monthOf(m[1]!))}`, 'month', null), 0.9);
  },
};

const prepositionYear: Rule<'date'> = {
  id: 'date/year',
  kind: 'date',
  description: 'A year after a preposition: "in 2019".',
  run(ctx) {
    for (const m of ctx.sentenceText.matchAll(PREP_YEAR)) {
      const start = m.index! + m[0].length - m[1]!.length;
      report(ctx, start, start + 4, dateFields(m[1]!, 'year', null), 0.85);
    }
  },
};

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const weekday: Rule<'date'> = {
  id: 'date/weekday',
  kind: 'date',
  description: 'A weekday, the one before the reference date in past-tense text, after it in future-tense text.',
  run(ctx) {
    const ref = ctx.doc.refDate;
    const future = FUTURE.test(ctx.sentenceText);
    for (const m of ctx.sentenceText.matchAll(WEEKDAY)) {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]);
      let value = 'XXXX-WXX-' + (target + 1);
      if (ref) {
        const refDay = (new Date(`${ref}T00:00:00Z`).getUTCDay() + 6) % 7;
        let delta = target - refDay;
        if (future && delta < 0) delta += 7;
        if (!future && delta > 0) delta -= 7;
        value = shiftDays(ref, delta);
      }
      report(ctx, m.index!, m.index! + m[0].length, dateFields(value, 'day', ref), 0.8);
    }
  },
};

const thisMonth: Rule<'date'> = {
  id: 'date/this-month',
  kind: 'date',
  description: '"this April", "last March", "next June" relative to the reference date.',
  run(ctx) {
    const ref = ctx.doc.refDate;
    for (const m of ctx.sentenceText.matchAll(THIS_MONTH)) {
      const month = monthOf(m[2]!);
      let value = `XXXX-${pad(month)}`;
      if (ref) {
        const year = Number(ref.slice(0, 4));
        const which = m[1]!.toLowerCase();
        value = `${which === 'last' ? year - 1 : which === 'next' ? year + 1 : year}-${pad(month)}`;
      }
      report(ctx, m.index!, m.index! + m[0].length, dateFields(value, 'month', ref), 0.85);
    }
  },
};

/** Overlapping candidates: the longer expression wins. */
function settle(candidates: Reported<'date'>[]): Reported<'date'>[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Reported<'date'>[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  rules: [fullDate, monthYear, prepositionYear, weekday, thisMonth],
  settle,
};

/** The latest fully specified date in the text, as the reference date of last resort. */
export function inferRefDate(doc: Pick<Doc, 'text'>): string | null {
  let latest: string | null = null;
  for (const m of doc.text.matchAll(FULL_DATE)) {
    const [y, mo, d] = m[1] ? [m[3], monthOf(m[1]), m[2]] : m[5] ? [m[6], monthOf(m[5]), m[4]] : [m[7], Number(m[8]), m[9]];
    if (!mo || mo > 12 || Number(d) < 1 || Number(d) > 31) continue;
    const iso = `${y}-${pad(mo)}-${pad(Number(d))}`;
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}
