// Some wire stories come in lower case only ("finance minister manuel azpurua
// told a press conference"). Names are read from their capitals, so such a
// story gives no one. It is read from a copy with the capitals a writer would
// have put: at a sentence's start, on places and calendar names, and on words
// no dictionary knows, which in news are names. The copy has the same length,
// so every offset stays an offset into the text as given. A story with its
// capitals gets a copy too where the wire capitalized the word after "U.S.".
import { isDictionaryWord } from './nlp.js';
import { places } from '../lexicon/places.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { isTitleWord } from '../lexicon/titles.js';
import { CURRENCY_WORDS, SCALE_WORDS } from '../lexicon/money.js';
import { NOT_NAME_WORDS } from '../lexicon/organizations.js';

/** Below this share of capitals among letters, a story of some length was sent in lower case. */
const MAX_CAPITALS_SHARE = 0.01;
const MIN_LETTERS = 200;

/**
 * The wire's abbreviations no dictionary lists and which are no names: its currencies ("dlrs", "stg") and scales
 * ("mln") as the money lexicon has them, the words of its tables ("shr", "qtr") as the names lexicon does, and these.
 */
const WIRE_ABBREVIATIONS = new Set(['pct', 'cts', 'yr', 'yrs']);
const isWireAbbreviation = (word: string) => WIRE_ABBREVIATIONS.has(word) || CURRENCY_WORDS.has(word) || SCALE_WORDS.has(word) || NOT_NAME_WORDS.has(word);

const CALENDAR_NAMES = new Set<string>([...MONTHS, ...WEEKDAYS]);
const WORD = /[A-Za-z][a-z'’-]*/g;
const TWO_WORDS = /\b([a-z]+)[ \t]+(?=([a-z]+)\b)/g;
/** Initials written with stops: "u.s.", "u.k.". */
const INITIALS = /\b(?:[a-z]\.){2,3}/g;

/** The text with a writer's capitals where it was sent in lower case only; undefined for text that has its capitals. */
export function truecased(text: string): string | undefined {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    }
  }
  if (letters < MIN_LETTERS || capitals > letters * MAX_CAPITALS_SHARE) return afterInitials(text);
  const out = text.split('');
  const upper = (i: number) => (out[i] = out[i]!.toUpperCase());
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’-].*$/, '').toLowerCase();
    const at = m.index!;
    if (opensSentence(text, at) || namesSomething(word)) upper(at);
  }
  // ... and places named in two words ("new york", "hong kong")
  for (const m of text.matchAll(TWO_WORDS)) {
    const name = `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`;
    if (places().byName.has(name)) {
      upper(m.index!);
      upper(m.index! + m[0].length);
    }
  }
  for (const m of text.matchAll(INITIALS)) for (let i = m.index!; i < m.index! + m[0].length; i += 2) upper(i);
  return out.join('');
}

function namesSomething(word: string): boolean {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
  if (CALENDAR_NAMES.has(word) || places().byName.has(capitalized) || places().byAdjective.has(capitalized)) return true;
  return word.length >= 3 && !isWireAbbreviation(word) && !isTitleWord(word) && !isDictionaryWord(word);
}

/** Whether the word at `at` opens a sentence: first in the text, or after a full stop, a question or an exclamation. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[\s"'“‘(]/.test(text[k]!)) k--;
  if (k < 0) return true;
  if (!/[.!?]/.test(text[k]!) || k === at - 1) return false;
  // (not after initials' stops, "u.s. officials", nor a figure's, "1.5")
  return !/(?:^|[^a-z])[a-z]$/.test(text.slice(Math.max(0, k - 2), k)) && !/\d/.test(text[k - 1] ?? '');
}

/**
 * The wire writes the word after "U.S." with a capital ("talks between the U.S. And Japan", "the U.S. Has asked"),
 * so that the word seems to open a sentence and a name to go on. A word that opens no sentence of news is read in
 * lower case there; undefined where the text has none.
 */
function afterInitials(text: string): string | undefined {
  let out: string[] | undefined;
  for (const m of text.matchAll(CAPITAL_AFTER_INITIALS)) {
    out ??= text.split('');
    const at = m.index! + m[0].length - m[1]!.length;
    out[at] = out[at]!.toLowerCase();
  }
  return out?.join('');
}
/** Initials, then one of the words that open no sentence of news, capitalized. */
const CAPITAL_AFTER_INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.){2,3}[ \t]+(And|Or|Than|To|Of|For|With|From|By|Is|Are|Was|Were|Has|Have|Had|Will|Would|Could|Should|Can|Must|Fell|Rose|Said)\b/gu;
