// A document as the extractors see it: the text, its sentences and its tokens,
// all addressed by character offsets into `text`.
import { analyze, isSpace, type PartOfSpeech } from './nlp.js';
import { splitBlocks } from './blocks.js';
import { HONORIFICS } from '../lexicon/people.js';
import { isTitleWord } from '../lexicon/titles.js';
import { titleWordMeant } from './title-spelling.js';
import { truecased } from './truecase.js';

export interface Token {
  /** index in Doc.tokens */
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  type: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** first token index (inclusive) and last (exclusive) in Doc.tokens */
  tokenStart: number;
  tokenEnd: number;
}

export interface Doc {
  id: string;
  /** the text the extractors read: as given, or with a writer's capitals where it came in lower case only */
  text: string;
  /** the text as given, where `text` is its copy with capitals (same length, same offsets) */
  source?: string;
  title: string | null;
  /** Reference date (document creation time), ISO YYYY-MM-DD, or null when unknown. */
  refDate: string | null;
  sentences: Sentence[];
  tokens: Token[];
}

export interface DocumentInput {
  id: string;
  text: string;
  title?: string | null;
  refDate?: string | null;
}

export function buildDocument(input: DocumentInput): Doc {
  const cased = truecased(input.text);
  const text = cased ?? input.text;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // wink reads the whole text at once (one call is much cheaper than one per
  // paragraph); its sentences are then cut again where a block begins.
  const blockStarts = splitBlocks(text).map((b) => b.start);
  let nextBlock = 1;
  const a = analyze(text);
  for (const [first, last] of joinInitials(a)) {
    let tokenStart = tokens.length;
    for (let i = first; i <= last; i++) {
      if (isSpace(a, i)) continue;
      const start = a.starts[i]!;
      let cut = false;
      while (nextBlock < blockStarts.length && start >= blockStarts[nextBlock]!) {
        nextBlock++;
        cut = true;
      }
      if (cut && tokens.length > tokenStart) {
        pushSentence(sentences, tokens, tokenStart);
        tokenStart = tokens.length;
      }
      const value = a.values[i]!;
      tokens.push({ index: tokens.length, text: value, lower: value.toLowerCase(), start, end: start + value.length, pos: a.tags[i]!, type: a.types[i]!, sentence: sentences.length });
    }
    if (tokens.length > tokenStart) pushSentence(sentences, tokens, tokenStart);
  }
  readMisspelledPosts(tokens);
  return { id: input.id, text, ...(cased ? { source: input.text } : {}), title: input.title ?? null, refDate: input.refDate ?? null, sentences, tokens };
}

const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

/**
 * A post's word the wire misspelled is read, in `lower`, as the word meant ("exeuctive" → executive); its text
 * stays as written. A capitalized one only next to another word of a title ("Prime Minsiter", "Group Economic
 * Adivser"), as a name one letter from a post ("Larry Speakes") stands alone.
 */
function readMisspelledPosts(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length < 6 || t.type !== 'word') continue;
    if (t.text === t.lower) {
      t.lower = titleWordMeant(t.lower, false) ?? t.lower;
      continue;
    }
    if (!CAPITALIZED.test(t.text)) continue;
    const word = titleWordMeant(t.lower, true);
    const near = (k: number) => tokens[k]?.sentence === t.sentence && isTitleWord(tokens[k]!.lower);
    if (word && (near(i - 1) || near(i + 1))) t.lower = word;
  }
}

const INITIAL = /^\p{Lu}\.$/u;
/** What no sentence opens with: the one before went on. */
const CONTINUING = new Set([',', ';', '--', ')']);

/**
 * wink ends a sentence inside a run of initials ("Rep. Ted Weiss, D-N.| Y., chairman of ..."): where one
 * sentence ends in a capital letter and its full stop and the next opens with another initial, they are one.
 */
function joinInitials(a: ReturnType<typeof analyze>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of a.sentences) {
    const previous = out[out.length - 1];
    const p = previous?.[1] ?? -1;
    const glued = p >= 1 && a.values[p] === '.' && /^\p{Lu}$/u.test(a.values[p - 1]!) && a.starts[p] === a.starts[p - 1]! + 1 && a.starts[first] === a.starts[p]! + 1;
    // ... and so do a legislator's style in the plural and the names after it ("backed by Sens. | Alan Cranston and ...")
    // (or the style with its stop as one token: "Vice Adm. | John Poindexter")
    const style = (p >= 1 && a.values[p] === '.' && a.starts[p] === a.starts[p - 1]! + a.values[p - 1]!.length && HONORIFICS.has(`${a.values[p - 1]!.toLowerCase()}.`)) || (p >= 0 && a.values[p]!.endsWith('.') && HONORIFICS.has(a.values[p]!.toLowerCase()));
    // ... and an abbreviation's stop that closes no sentence, where the next words go on in lower case
    // ("Sens. Alan Cranston (D-Cal.) | and Daniel Evans (R-Wash.) | said they ...")
    const abbreviation = p >= 1 && (a.values[p] === ')' ? a.values[p - 1] === '.' : a.values[p] === '.' && /^\p{L}{1,4}$/u.test(a.values[p - 1]!)) && (/^[a-z]/.test(a.values[first]!) || CONTINUING.has(a.values[first]!));
    // ... and a country's initials before an under-secretary's post, whose "Under" wink takes for a sentence's opening
    // ("visiting U.S. | Under-Secretary of State Allen Wallis")
    const underSecretary = p >= 0 && /\p{Lu}\.$/u.test(a.values[p]!) && a.values[first] === 'Under' && /^(?:-|Secretary)/.test(a.values[first + 1] ?? '');
    if (previous && ((glued && INITIAL.test(a.values[first]!)) || (style && /^\p{Lu}/u.test(a.values[first]!)) || abbreviation || underSecretary)) previous[1] = last;
    else out.push([first, last]);
  }
  return out;
}

function pushSentence(sentences: Sentence[], tokens: Token[], tokenStart: number): void {
  sentences.push({ index: sentences.length, start: tokens[tokenStart]!.start, end: tokens[tokens.length - 1]!.end, tokenStart, tokenEnd: tokens.length });
}

/** Index of the sentence containing `offset` (binary search), or the nearest one before it. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Punctuation a clause does not run across. */
const CLAUSE_MARKS = new Set([';', ':', '--', '—', '(', ')', '"', '“', '”']);

/** For a comma that closes ", which ... ," or ", who ... ,", the index of "which" or "who"; else -1. */
export function relativeClauseStart(doc: Doc, comma: number, sentenceStart: number): number {
  for (let k = comma - 1; k > sentenceStart + 1 && comma - k < 30; k--) {
    const w = doc.tokens[k]!;
    if (w.text === ',' || CLAUSE_MARKS.has(w.text)) return -1;
    if ((w.lower === 'which' || w.lower === 'who') && doc.tokens[k - 1]!.text === ',') return k;
    // "Serra Alta, controlled by the Almeida family, bought ...": a participle's aside reads the same
    if (doc.tokens[k - 1]!.text === ',' && w.pos === 'VERB' && /ed$/.test(w.lower) && doc.tokens[k + 1]?.lower === 'by') return k;
  }
  return -1;
}
