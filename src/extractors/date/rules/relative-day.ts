// Days named from the reference date: "yesterday", "today", "tomorrow",
// "the day before yesterday", "late yesterday", "tonight", and their parts
// ("yesterday morning", "this morning", "last night" are TIMEs).
import { DAY_PARTS, DEICTIC_DAYS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { addDays, fmtDay } from '../calendar-math.js';
import { eachMatch, emit, fields, inTitle, refDay, wordAfter } from '../context.js';
import { has, T_DAY_PART, T_DEICTIC } from '../triggers.js';

const RELATIVE_DAY = new RegExp(
  `(?:\\b(?:early|late|earlier|later)\\s+)?(?:\\b(the\\s+day\\s+before|the\\s+day\\s+after)\\s+)?` +
    `\\b(yesterday|today|tomorrow|tonight|this|last)\\b(?:['’]s)?(?:\\s+(morning|afternoon|evening|night)\\b)?`,
  'gi',
);

/** "the people of ", "the world of ": a noun and "of" before the day word */
const OF_GENERIC = /\b(?:the|a|an)\s+[a-z]+\s+of\s+$/i;

/** what "today's" names as happening on the day itself */
const DAY_EVENTS = new Set([
  'edition', 'editions', 'issue', 'paper', 'papers', 'newspaper', 'newspapers', 'quiz', 'vote', 'voting', 'meeting', 'session', 'trading',
  'announcement', 'hearing', 'election', 'elections', 'deadline', 'summit', 'talks', 'game', 'match', 'race', 'ceremony', 'rally', 'speech',
  'decision', 'ruling', 'report', 'statement', 'broadcast', 'program', 'programme', 'show', 'agenda', 'debate', 'conference', 'auction',
  'offering', 'close', 'opening', 'launch', 'visit', 'attack', 'strike', 'march', 'protest', 'deal', 'agreement', 'sale',
]);

export const relativeDay: Rule<'date'> = {
  id: 'date/relative-day',
  kind: 'date',
  description: 'A day or part of a day counted from the reference date: "yesterday", "tonight", "this morning", "last night".',
  run(ctx) {
    if (!has(ctx, T_DEICTIC | T_DAY_PART)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, RELATIVE_DAY, (m) => {
      const word = m[2]!.toLowerCase();
      const part = m[3]?.toLowerCase();
      if ((word === 'this' || word === 'last') && !part) return;
      if (word === 'last' && part !== 'night') return;
      // "the people of tomorrow", "the cars of today": the time in general, not the day
      if (!part && !m[1] && (word === 'today' || word === 'tomorrow') && OF_GENERIC.test(ctx.sentenceText.slice(Math.max(0, m.index - 24), m.index))) return;
      // "today's world", "today's youth": the present in general, not the day; "today's editions", "today's vote" are the day's
      if (word === 'today' && !part && /['’]s$/.test(m[0]) && !DAY_EVENTS.has(wordAfter(ctx.sentenceText, m.index + m[0].length))) return;
      // "USA Today", "This is VOA Today": a paper's or a programme's name
      if (!m[1] && inTitle(ctx.sentenceText, m.index)) return;
      let offset = word === 'last' ? -1 : DEICTIC_DAYS.get(word) ?? 0;
      if (m[1]) offset += /before/i.test(m[1]) ? -1 : 1;
      const code = part ? DAY_PARTS.get(part)! : word === 'tonight' ? 'NI' : null;
      const start = m.index;
      // "Friday's session": the possessive is not part of the expression
      const end = start + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0);
      const day = ref ? fmtDay(addDays(ref, offset)) : 'XXXX-XX-XX';
      if (code) return emit(ctx, start, end, fields('TIME', `${day}T${code}`, 'time', ref), 0.85);
      emit(ctx, start, end, fields('DATE', day, 'day', ref), 0.9);
    });
  },
};
