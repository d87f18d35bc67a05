// What every date rule needs around a match: the document's reference day,
// and a way to report an expression by its offsets in the sentence.
import type { Doc, Token } from '../../document/document.js';
import type { DateFields, Granularity, TimexType } from '../../types.js';
import type { RuleContext } from '../rule.js';
import { fmtDay, parseDay, type Day } from './calendar-math.js';
import { TITLE_WORDS_AFTER_TIME } from '../../lexicon/date-exclusions.js';

const refCache = new WeakMap<Doc, { day: Day | null }>();

/** the document's reference date as a day, parsed once per document */
export function refDay(doc: Doc): Day | null {
  let cached = refCache.get(doc);
  if (!cached) {
    cached = { day: parseDay(doc.refDate) };
    refCache.set(doc, cached);
  }
  return cached.day;
}

/** fields of an expression; `anchor` is the reference day when the value was computed from it */
export function fields(type: TimexType, value: string, granularity: Granularity | null, anchor: Day | null = null): DateFields {
  return { type, value, granularity, relative: anchor !== null, anchor: anchor ? fmtDay(anchor) : null };
}

/** reports an expression found at [start, end) of the sentence text */
export function emit(ctx: RuleContext, start: number, end: number, f: DateFields, confidence: number): void {
  if (namesTitle(ctx.sentenceText, start, end)) return;
  ctx.report({ kind: 'date', start: ctx.sentence.start + start, end: ctx.sentence.start + end, confidence, ...f });
}

/** "the Sunday Times", "the Evening Standard", "China Daily": a capitalized day or time of day in a title */
function namesTitle(text: string, start: number, end: number): boolean {
  const last = TIME_IN_TITLE.exec(text.slice(start, end));
  if (!last) return false;
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 20));
  if (next && TITLE_WORDS_AFTER_TIME.has(next[1]!)) return true;
  // ("the China Daily has reported": a paper named after its country)
  return /^(?:Daily|Weekly)$/.test(text.slice(start, end)) && /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, start - 20), start));
}

/** a capitalized day or time of day closing an expression ("Sunday", "Evening"), not a month ("the June Standard and Poor's") */
const TIME_IN_TITLE = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$|(?:Daily|Weekly|Evening|Morning|Night|Tonight|Midnight)$/;

/**
 * Whether the words before `start` end a period at the day or month there ("the current year ending September", "the
 * quarter ending February 28"), and whether the period is a year.
 */
export function endsPeriodBefore(text: string, start: number): 'year' | 'period' | undefined {
  // (not a past one's, "in its last fiscal year ending October 31", nor a season's named by its years, "the 1986/87
  // cocoa year ending September 30", which the tense places)
  const before = text.slice(Math.max(0, start - 48), start);
  if (!ENDING_BEFORE.test(before) || PAST_PERIOD_BEFORE.test(before) || /\b\d{4}\/\d{2,4}\b/.test(before)) return undefined;
  // a year's end is the one still to come ("the current year ending September" said in February); a quarter's the nearest
  return YEAR_ENDING_BEFORE.test(before) ? 'year' : 'period';
}
const YEAR_ENDING_BEFORE = /\byear,?\s+(?:ending|ends)\s+(?:on\s+)?$/i;
const ENDING_BEFORE = /\b(?:ending|ends)\s+(?:on\s+)?$/i;
const PAST_PERIOD_BEFORE = /\b(?:last|previous|prior)\s+(?:[\w-]+\s+){0,3}(?:ending|ends)\s+(?:on\s+)?$/i;

/** runs `re` (global) over the sentence; the callback gets each match */
export function eachMatch(ctx: RuleContext, re: RegExp, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  const text = ctx.sentenceText;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    onMatch(m);
  }
}

const WORD_CHAR = /[\w'$%.-]/;

/** the word before `index` in `text` as written ("" at the start) */
export function previousWord(text: string, index: number): string {
  let e = index;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 10)) e--;
  let s = e;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  return text.slice(s, e);
}

/** the word before `index` in `text`, lower case ("" at the start) */
export const wordBefore = (text: string, index: number) => previousWord(text, index).toLowerCase();

/** the word after `index` in `text`, lower case */
export function wordAfter(text: string, index: number): string {
  let s = index;
  while (s < text.length && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 10)) s++;
  let e = s;
  while (e < text.length && WORD_CHAR.test(text[e]!) && text[e] !== '.') e++;
  return text.slice(s, e).toLowerCase();
}

/**
 * "USA Today", "VOA Today", "NBC's Today show", "High Noon": a capitalized
 * day word right after a capitalized word inside a sentence is part of a name.
 */
export function inTitle(text: string, start: number): boolean {
  if (start === 0 || !isCapitalized(text.slice(start, start + 1))) return false;
  const before = previousWord(text, start);
  return before !== '' && isCapitalized(before) && /^[ ]$/.test(text[start - 1]!);
}

/** starts with a capital letter, as month and weekday names in news do */
export const isCapitalized = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/**
 * Reads modifiers that stand before a match ("the past", "nearly") with
 * `re`, which must end in `$`, over the few characters before `index`.
 * Matching the core first and its modifiers only where it matched keeps
 * the rules' hot expressions short. The match is null when nothing stands
 * there (or only part of a word does).
 */
export function modifiersBefore(text: string, index: number, re: RegExp, reach = 48): RegExpExecArray | null {
  const from = Math.max(0, index - reach);
  const m = re.exec(text.slice(from, index));
  if (!m || m[0].length === 0) return null;
  const at = from + m.index;
  if (at > 0 && /\w/.test(text[at - 1]!)) return null;
  m.index = at;
  return m;
}

/** the first token at or after `offset` (in the sentence text) in the rule's sentence, if any */
export function tokenAfter(ctx: RuleContext, offset: number): Token | undefined {
  const at = ctx.sentence.start + offset;
  const tokens = ctx.doc.tokens;
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (tokens[i]!.start >= at) return tokens[i];
  return undefined;
}

/** the last token ending before `offset` (in the sentence text) in the rule's sentence, if any */
export function tokenBefore(ctx: RuleContext, offset: number): Token | undefined {
  const at = ctx.sentence.start + offset;
  const tokens = ctx.doc.tokens;
  let found: Token | undefined;
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd && tokens[i]!.end <= at; i++) found = tokens[i];
  return found;
}

/** "future losses", "overnight rates": the word stands before a noun as its adjective */
export function beforeNoun(ctx: RuleContext, end: number): boolean {
  const next = tokenAfter(ctx, end);
  return next !== undefined && next.start === ctx.sentence.start + end + 1 && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}
