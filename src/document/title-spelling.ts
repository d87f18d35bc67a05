// The wire misspells posts ("trade reprsentative", "exeuctive vice
// president", "Prime Minsiter"); readers, and the sets' annotators, read the
// word meant. A word that no dictionary knows and that is one slip of the
// keyboard from exactly one word of a title (a letter left out, one too many,
// two swapped, one struck for another) is read as that word.
import { isDictionaryWord } from './nlp.js';
import { isTitleWord, ROLE_CANON, ROLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';

/** Shorter words are too often a name or another word one letter away ("head", "heed"). */
const MIN_LENGTH = 6;
const WORD = /^[a-z]+$/;

let titleWords: Set<string> | undefined;
/** Each title word with one letter left out, and where: "minster" ← minister at 4. */
let withLetterOut: Map<string, Array<{ word: string; at: number }>> | undefined;

function index(): { words: Set<string>; letterOut: Map<string, Array<{ word: string; at: number }>> } {
  if (!titleWords || !withLetterOut) {
    titleWords = new Set([...ROLE_HEADS, ...TITLE_MODIFIERS, ...Object.keys(ROLE_CANON)].filter((w) => WORD.test(w) && w.length >= MIN_LENGTH));
    withLetterOut = new Map();
    for (const word of titleWords) {
      for (let at = 0; at < word.length; at++) {
        const key = word.slice(0, at) + word.slice(at + 1);
        const found = withLetterOut.get(key);
        if (found) found.push({ word, at });
        else withLetterOut.set(key, [{ word, at }]);
      }
    }
  }
  return { words: titleWords, letterOut: withLetterOut };
}

/** Words already looked at, and the title word each stands for ('' for none), by case; emptied when they grow large. */
const meant = new Map<string, string>();
const meantCapitalized = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/**
 * The title word a misspelled `lower` (in lower case) stands for, if exactly one. A capitalized word (`capital`)
 * is as often a name one letter from a post ("Lander", "Speakes"), so only a letter left out, added or swapped
 * counts there, and only where the caller knows a title is near. Not a plural ("spokesmen") nor a foreign form
 * ("Nacional", "Generale", "Credito"): no change at the word's end.
 */
export function titleWordMeant(lower: string, capital: boolean): string | undefined {
  if (lower.length < MIN_LENGTH) return undefined;
  const remembered = capital ? meantCapitalized : meant;
  const known = remembered.get(lower);
  if (known !== undefined) return known || undefined;
  const word = !WORD.test(lower) || isTitleWord(lower) || isDictionaryWord(lower) ? undefined : correction(lower, capital);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(lower, word ?? '');
  return word;
}

function correction(w: string, capital: boolean): string | undefined {
  const { words, letterOut } = index();
  const last = w.length - 1;
  const found = new Set<string>();
  // a letter left out ("offcer", "Dirctor"), not the last ("Produc")
  for (const { word, at } of letterOut.get(w) ?? []) if (at < word.length - 1) found.add(word);
  for (let at = 0; at < last; at++) {
    const shorter = w.slice(0, at) + w.slice(at + 1);
    // a letter too many ("Preesident"), not at the start of a capitalized word ("Cenergy")
    if (words.has(shorter) && !(capital && at === 0)) found.add(shorter);
    // a letter struck for another ("sernior"), in lower case only, not the first ("costed")
    if (!capital && at > 0) for (const { word, at: out } of letterOut.get(shorter) ?? []) if (out === at && !menForMan(w, word)) found.add(word);
  }
  // two letters swapped ("exeuctive", "Minsiter")
  for (let at = 0; at < last; at++) {
    const swapped = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    if (words.has(swapped)) found.add(swapped);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "spokesmen", "chairmen": the plural, not a slip. */
const menForMan = (w: string, word: string) => w.endsWith('men') && word === `${w.slice(0, -3)}man`;
