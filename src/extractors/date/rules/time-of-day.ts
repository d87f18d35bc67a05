// Clock times and parts of the day: "10 p.m.", "10:35 a.m. EST", "noon",
// "midnight", "4 in the morning", "14:30 GMT", "the morning",
// "mid-afternoon". They land on the reference day; `settle` moves them onto
// a day written next to them ("10 p.m. Wednesday", "noon Thursday").
import { CLOCK_WORDS, DAY_PARTS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { fmtDay } from '../calendar-math.js';
import { beforeNoun, eachMatch, emit, fields, inTitle, refDay, wordBefore } from '../context.js';
import { alternation, NUMBER_WORD } from '../patterns.js';
import { wordNumber } from '../numbers.js';
import { has, T_DAY_PART } from '../triggers.js';

export const ZONE = '(?:[ECMP][SD]T|ET|GMT|UTC|BST|CET|CEST|JST|HKT|SGT|IST|AEST|AEDT|local\\s+time|Eastern|Pacific|Central|Mountain)';
const MERIDIEM = '(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)';

const TIME_OF_DAY = new RegExp(
  `(?:\\b(?:around|about|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?` +
    `(?:(?<![\\d.:$])(\\d{1,2})(?::([0-5]\\d))?\\s*${MERIDIEM}(?:\\s+${ZONE}\\b)?` +
    `|(?<![\\d.:$,])([01]\\d|2[0-3])([0-5]\\d)\\s+(?:(?:${ZONE})\\b|hrs\\b|hours\\b)` +
    `|(?<![\\d.:$])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d.:])(?:\\s*(?:(${ZONE})\\b|hours?\\b|hrs\\b)|(?<=\\b(?:at|by|until|till|from|around|before|after|since)\\s+\\d{1,2}:\\d\\d)(?![\\d%]|\\s*(?:pct|percent|to\\s+\\d)))` +
    `|\\b(\\d{1,2}|${NUMBER_WORD})\\s+(?:o['’]clock(?:\\s+in\\s+the\\s+(morning|afternoon|evening|night))?|in\\s+the\\s+(morning|afternoon|evening))\\b` +
    `|\\b(${alternation(CLOCK_WORDS.keys())})\\b` +
    `|\\b(?:(the|this|that|early|late|mid)[-\\s]+)(morning|afternoon|evening)\\b(?!s)` +
    `|\\b(mid-?afternoon|overnight)\\b(?!\\s+(?:rate|loan|lending|trading|session|index|deposit|market)s?\\b))`,
  'gi',
);

/** a number that begins a "$10 a.m." or "Rat 6 pm" is still a time; one after "won" or "by" rarely is */
const SCORE_WORDS = new Set(['won', 'lost', 'beat', 'score', 'scored', 'drew', 'led', 'trailed']);

export const timeOfDay: Rule<'date'> = {
  id: 'date/time-of-day',
  kind: 'date',
  description: 'A clock time or part of the day, on the reference day: "10 p.m.", "noon", "this morning".',
  run(ctx) {
    if (!has(ctx, T_DAY_PART)) return;
    const ref = refDay(ctx.doc);
    const text = ctx.sentenceText;
    eachMatch(ctx, TIME_OF_DAY, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      let clock: string | null = null;
      if (m[1]) {
        let h = Number(m[1]);
        if (h < 1 || h > 12) return;
        const pm = m[3]![0]!.toLowerCase() === 'p';
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
        clock = `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
      } else if (m[4]) {
        // "1400 GMT": a clock time as wire services write it
        clock = `${m[4]}:${m[5]}`;
      } else if (m[6]) {
        if (SCORE_WORDS.has(wordBefore(text, start))) return;
        clock = `${m[6].padStart(2, '0')}:${m[7]}`;
      } else if (m[9]) {
        let h = /^\d/.test(m[9]) ? Number(m[9]) : wordNumber(m[9]);
        if (h === null || h < 1 || h > 12) return;
        const part = m[10] ?? m[11];
        if (part && part.toLowerCase() !== 'morning' && h < 12) h += 12;
        clock = `${String(h).padStart(2, '0')}:00`;
      } else if (m[12]) {
        // "the film High Noon"
        if (inTitle(text, start)) return;
        clock = CLOCK_WORDS.get(m[12].toLowerCase().replace(/\s+/g, ' '))!;
      }
      const day = ref ? fmtDay(ref) : 'XXXX-XX-XX';
      if (clock) return emit(ctx, start, end, fields('TIME', `${day}T${clock}`, 'time', ref), 0.85);
      const part = (m[14] ?? m[15])!.toLowerCase();
      // "overnight rates", "the overnight interbank market": an adjective of finance, not the night
      if (m[15] && (beforeNoun(ctx, end) || /^\s+or\b/.test(text.slice(end)))) return;
      const code = DAY_PARTS.get(part) ?? (part.includes('afternoon') ? 'AF' : 'NI');
      emit(ctx, start, end, fields('TIME', `${day}T${code}`, 'time', ref), 0.7);
    });
  },
};
