// Seasons: "this summer" (2017-SU), "last fall", "the winter of 1994",
// "summer 2017", "early spring". "fall" and "spring" are also verbs and
// nouns, so a season needs a determiner, a preposition or a year.
import { SEASONS } from '../../../lexicon/date-words.js';
import type { Rule } from '../../rule.js';
import { fmtYear, type Day } from '../calendar-math.js';
import { eachMatch, emit, fields, refDay, wordAfter, wordBefore } from '../context.js';
import { parseSpokenYear } from '../numbers.js';
import { SPOKEN_YEAR, YEAR_NUMBER } from '../patterns.js';
import { tenseAt, type Tense } from '../tense.js';
import { has, T_SEASON } from '../triggers.js';

const SEASON = new RegExp(
  `(?:\\b(?:the\\s+)?(early|late|mid)[-\\s]+)?(?:\\b(this\\s+past|this\\s+coming|the\\s+past|the\\s+coming|this|last|next|the|that|every|each)\\s+)?` +
    `(?:\\b(early|late|mid)[-\\s]+)?\\b(spring|summer|fall|autumn|winter)\\b(?!-)(?:,?\\s+(?:of\\s+)?(${YEAR_NUMBER})|\\s+of\\s+(${SPOKEN_YEAR})\\b)?`,
  'gi',
);

const PREPOSITIONS = new Set(['in', 'during', 'by', 'since', 'until', 'till', 'through', 'throughout', 'over', 'before', 'after', 'until', 'from', 'this', 'last', 'next']);

type Code = 'SP' | 'SU' | 'FA' | 'WI';
const ORDER: Code[] = ['SP', 'SU', 'FA', 'WI'];

/** index of a season instance: year * 4 + position, spring first */
const instance = (y: number, c: Code) => y * 4 + ORDER.indexOf(c);
/** the season instance the reference day is in (January and February belong to the previous year's winter) */
function currentInstance(ref: Day): number {
  if (ref.m <= 2) return instance(ref.y - 1, 'WI');
  return instance(ref.y, ORDER[Math.floor((ref.m - 3) / 3)]!);
}

function resolve(ref: Day, code: Code, which: string, tense: Tense | null): number {
  const now = currentInstance(ref);
  const pos = ORDER.indexOf(code);
  // the latest instance of this season strictly before the current one, and the first after it
  let before = now - 1;
  while (((before % 4) + 4) % 4 !== pos) before--;
  let after = now + 1;
  while (after % 4 !== pos) after++;
  // "last spring" is the spring of the year before; "this past spring" the latest one
  if (which === 'last') return instance(code === 'WI' && ref.m <= 2 ? ref.y - 2 : ref.y - 1, code);
  if (which === 'this past' || which === 'the past') return before;
  if (which === 'next' || which === 'this coming' || which === 'the coming') return after;
  if (now % 4 === pos) return now;
  if (which === 'this') return instance(code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y, code);
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  return instance(ref.y, code);
}

export const season: Rule<'date'> = {
  id: 'date/season',
  kind: 'date',
  description: 'A season, of a named year or the nearest one: "this summer", "last fall", "the winter of 1994".',
  run(ctx) {
    if (!has(ctx, T_SEASON)) return;
    const text = ctx.sentenceText;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, SEASON, (m) => {
      const word = m[4]!.toLowerCase();
      const code = SEASONS.get(word)!;
      const which = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const explicit = m[5] ? Number(m[5]) : m[6] ? parseSpokenYear(m[6]) : null;
      const start = m.index;
      const end = start + m[0].length;
      if (which === 'every' || which === 'each') return emit(ctx, start, end, fields('SET', `XXXX-${code}`, 'season'), 0.8);
      const modified = m[1] !== undefined || m[3] !== undefined;
      // "the summer" and "the winter" are seasons; "the fall" and "the spring" too often something else
      const unambiguous = word === 'summer' || word === 'winter' || word === 'autumn';
      const cued = explicit !== null || modified || (which !== undefined && (which !== 'the' || unambiguous) && which !== 'that') || PREPOSITIONS.has(wordBefore(text, start));
      if (!cued) return;
      // "the fall of the Berlin Wall", "a fall in prices", "spring water"
      // ("last fall in his home" is the season, "this fall from 2.1%" still a fall)
      const deictic = which === 'last' || which === 'next';
      if ((word === 'fall' || word === 'spring') && explicit === null && !deictic && /^(of|in|to|from|water|training|break|collection|line|season)$/.test(wordAfter(text, end))) return;
      if (explicit !== null) return emit(ctx, start, end, fields('DATE', `${fmtYear(explicit)}-${code}`, 'season'), 0.85);
      if (!ref) return emit(ctx, start, end, fields('DATE', `XXXX-${code}`, 'season'), 0.7);
      const k = resolve(ref, code, which ?? '', tenseAt(ctx, start, end));
      emit(ctx, start, end, fields('DATE', `${fmtYear(Math.floor(k / 4))}-${ORDER[((k % 4) + 4) % 4]}`, 'season', ref), 0.8);
    });
  },
};
