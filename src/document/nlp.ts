// The one place factx talks to wink-nlp. wink gives token indices; everything
// downstream works in character offsets, so they are computed here, once.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { HONORIFICS } from '../lexicon/people.js';
import { STOCK_CODE } from '../lexicon/organizations.js';

export type PartOfSpeech = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** wink's reading of a text, as parallel arrays over its tokens (no object per token: the document makes those). */
export interface Analysis {
  values: string[];
  /** character offset of each token in the text */
  starts: number[];
  tags: PartOfSpeech[];
  /** wink's token type: word, number, punctuation, currency, symbol, email, url, tabCRLF, ... */
  types: string[];
  /** sentences as [first, last] token indices */
  sentences: Array<[number, number]>;
}

/** Line breaks and tabs are tokens to wink; rules match words. */
export const isSpace = (a: Analysis, i: number): boolean => a.types[i] === 'tabCRLF' || a.tags[i] === 'SPACE';

/** The pipes factx needs: sentence boundaries and part of speech. NER, sentiment and negation are not loaded. */
export const WINK_PIPES = ['sbd', 'pos'] as const;

/** wink's tokenizer is quadratic on a long run without spaces ("a-a-a-…", an inline base64 image). */
const LONG_RUN = 256;

const isSeparator = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Whether `text` has more than LONG_RUN characters between separators: one plain scan, cheaper than a counted regex. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) run = 0;
    else if (++run > LONG_RUN) return true;
  }
  return false;
}

/**
 * The text with a space put every LONG_RUN characters into runs longer than
 * that. Same length, so offsets do not move; the replaced characters fall
 * between tokens, and no rule reads a 256-character word.
 */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  let runStart = 0;
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSeparator(c)) {
      runStart = i + 1;
      continue;
    }
    // never split a surrogate pair
    if (i - runStart >= LONG_RUN && !(c >= 0xdc00 && c <= 0xdfff)) {
      parts.push(text.slice(copied, i), ' ');
      copied = i + 1;
      runStart = i + 1;
    }
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

type Nlp = ReturnType<typeof winkNLP>;
interface CoreModel {
  features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
}
let nlp: Nlp | undefined;
let core: CoreModel | undefined;

function load(): Nlp {
  nlp ??= winkNLP(leanModel() as unknown as Parameters<typeof winkNLP>[0], [...WINK_PIPES]);
  return nlp;
}

const require = createRequire(import.meta.url);
const MODEL = 'wink-eng-lite-web-model/dist/';
const CORE_MODEL = `${MODEL}languages/cur/models/eng-core-web-model.json`;

/**
 * wink-eng-lite-web-model as factx uses it. The package's entry point reads
 * every model it has, and wink builds an automaton for each whatever the
 * pipes; the entity and sentiment models, and the lemmatizer's word lists,
 * were a sixth of factx's start-up and are never run. Those get an automaton
 * that matches nothing. The core model comes from our own reader, which keeps
 * a handle on it, so that analyze() can undo what wink learns from each
 * document.
 */
function leanModel(): Record<string, unknown> {
  const nothing = () => ({ machines: [EMPTY_AUTOMATON], transformers: [], setter: () => undefined });
  return {
    core: () => (core = readCoreModel()),
    featureFn: require(`${MODEL}feature.js`),
    sbd: require(`${MODEL}load-sbd-model.js`),
    pos: require(`${MODEL}load-pos-model.js`),
    ner: () => ({ machines: [], transformers: [] }),
    negation: nothing,
    sa: nothing,
    metaCER: nothing,
    addons: Object.create(null),
  };
}

/** wink's own serialization of an automaton with no states (automaton.js, emptyModelJSON). */
const EMPTY_AUTOMATON = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The core model as wink-eng-lite-web-model 1.8.1 prepares it (its
 * read-core-model and load-core-model), without its copy of the whole 3 MB
 * model by a JSON round trip: a third of factx's start-up. Each reader needs
 * its own copy, since wink adds to the lists as it reads, but the strings in
 * them can be shared; only objects and arrays are copied.
 */
function readCoreModel(): CoreModel {
  const m = copyStructure(require(CORE_MODEL)) as WinkCoreModel;
  const { packing, features } = m;
  m.lexicon = uint32FromBase64(m.lexicon as unknown as string);
  m.xpansions = uint32FromBase64(m.xpansions as unknown as string);
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    const feature = features[name];
    if (layout[3] === 0 && feature) {
      feature.hash = indexOf(feature.list as string[]);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = lazyIndexOf(lexeme.list as string[]);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => m.pos.hash[tag] || 0));
  return m as unknown as CoreModel;
}

interface WinkFeature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface WinkCoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, WinkFeature>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

function copyStructure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyStructure);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyStructure((value as Record<string, unknown>)[key]);
  return copy;
}

function uint32FromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // a fresh buffer of its own, aligned for 32-bit reads
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length << 2));
  return words;
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/**
 * The index of wink's 87,000-word lexicon, filled as words are looked up.
 * Building it whole took a sixth of a one-article run, which meets a small
 * part of it (a longer run completes it: see completeIndex). The model lists its words in lower-case order after the
 * out-of-vocabulary marker (a test holds the pinned model to that), so a
 * word is found by binary search the first time, then kept on the object
 * itself, where wink's lookups run at full speed. Words wink learns are set
 * on the object too, and deleting one makes it unknown again, as it was
 * before wink learned it.
 */
function lazyIndexOf(list: string[]): Record<string, number> {
  // wink appends the words it learns to the list: those are not in order
  const size = list.length;
  const find = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    if (key === list[0]) return 0;
    const lower = key.toLowerCase();
    let lo = 1;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.toLowerCase() < lower) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < size && list[k]!.toLowerCase() === lower; k++) if (list[k] === key) return k;
    return undefined;
  };
  const keep = (on: object, key: string | symbol, value: unknown): void => {
    Object.defineProperty(on, key, { value, writable: true, enumerable: true, configurable: true });
  };
  const lexicon = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, key, receiver) {
      const found = find(key);
      if (found !== undefined) keep(receiver, key, found);
      return found;
    },
    set(_, key, value, receiver) {
      keep(receiver, key, value);
      return true;
    },
    has: (_, key) => find(key) !== undefined,
  });
  return Object.create(lexicon) as Record<string, number>;
}

/**
 * From a run's second document on, the index is made whole and the search
 * behind it removed: over many documents, the misses (names, numbers, words
 * wink has to split) cost more through the search than the index costs once.
 */
function completeIndex(): void {
  const { hash, list, intrinsicSize } = core!.features.lexeme;
  if (Object.getPrototypeOf(hash) === null) return;
  Object.setPrototypeOf(hash, null);
  for (let k = 0; k < intrinsicSize; k++) if (hash[list[k]!] === undefined) hash[list[k]!] = k;
}
let documentsRead = 0;

/**
 * wink remembers every unknown word it meets, and its tokenizer does not split
 * a word it knows: after one document with "Inc's" in it, every later "Inc's"
 * stays one token. Output would then depend on which documents came before —
 * on sharding, on --jobs. Forgetting the words a document taught (their index
 * entries, so lookups miss as they did before) makes every document read as
 * if it were the first. Only words with a character the tokenizer could split
 * at need forgetting: a plain word or number is one token either way, and
 * remembering those keeps wink's memory from growing with every document.
 */
const SPLITTABLE = /[^\p{L}\p{N}]/u;
function forgetLearned(from: number): void {
  const { hash, list } = core!.features.lexeme;
  for (let i = from; i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i && SPLITTABLE.test(word)) delete hash[word];
  }
}

/**
 * Whether wink's English lexicon lists `word` as it is written ("shares",
 * "consumer", but not "broadcom" or "xiaomi"): a capitalized word opening a
 * sentence is then more likely an ordinary word than a name. Only the
 * lexicon the model ships with counts, not what wink learned since.
 */
export function isDictionaryWord(word: string): boolean {
  load();
  const lexeme = core!.features.lexeme;
  const index = lexeme.hash[word];
  return index !== undefined && index < lexeme.intrinsicSize;
}

/** Tokens, offsets, tags and sentences of `text`. */
export function analyze(text: string): Analysis {
  const engine = load();
  if (++documentsRead === 2) completeIndex();
  const its = engine.its;
  const learnedFrom = core!.features.lexeme.list.length;
  const doc = engine.readDoc(breakLongRuns(text));
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tags = doc.tokens().out(its.pos) as PartOfSpeech[];
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  forgetLearned(learnedFrom);

  // wink keeps token values verbatim, so each one is found at or after the
  // previous token's end; searching (instead of summing preceding spaces)
  // stays exact for non-breaking spaces and other characters wink skips.
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i]!, cursor);
    starts[i] = at < 0 ? cursor : at;
    cursor = starts[i]! + (at < 0 ? 0 : values[i]!.length);
  }
  const analysis = { values, starts, tags, types, sentences };
  const joined = EXTENDED_LATIN.test(text) ? joinTokens(analysis, splitWord) : analysis;
  const styled = STYLE_STOP.test(text) ? joinTokens(joined, styleStop) : joined;
  const named = WEB_NAME.test(text) ? joinTokens(styled, webNamePart) : styled;
  const coded = BRACKETED_STOCK_CODE.test(text) ? joinTokens(named, stockCodePart) : named;
  return CHARACTER_REFERENCE.test(text) ? joinTokens(coded, referencePart) : coded;
}

/** A numeric character reference left in text taken from the web ("Jos&#233;", "O&#39;Reilly"), which wink reads as four tokens. */
const CHARACTER_REFERENCE = /&#(?:\d{1,7}|x[0-9a-f]{1,6});/i;
const REFERENCE_NUMBER = /^(?:\d{1,7}|x[0-9a-f]{1,6})$/i;
const OPEN_REFERENCE_AT_END = /&#(?:\d+|x[0-9a-f]+)$/i;
const REFERENCE_AT_END = /&#(?:\d+|x[0-9a-f]+);$/i;
const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;
/** The pieces of a character reference glued to a word, and the rest of the word after it, join that word. */
function referencePart(a: Analysis, i: number, last: string, glued: boolean): boolean {
  if (!glued) return false;
  const v = a.values[i]!;
  // ("&" opens a reference only where "#", a number and ";" follow it, glued)
  if (v === '&') return LETTER_AT_END.test(last) && referenceFollows(a, i);
  if (v === '#') return last.endsWith('&');
  if (REFERENCE_NUMBER.test(v)) return last.endsWith('&#');
  if (v === ';') return OPEN_REFERENCE_AT_END.test(last);
  return REFERENCE_AT_END.test(last) && LETTER_AT_START.test(v);
}

/** Whether "#", a number and ";" follow the "&" at `i`, each glued to the one before. */
function referenceFollows(a: Analysis, i: number): boolean {
  const glued = (k: number) => a.starts[k] === a.starts[k - 1]! + a.values[k - 1]!.length;
  return a.values[i + 1] === '#' && glued(i + 1) && REFERENCE_NUMBER.test(a.values[i + 2] ?? '') && glued(i + 2) && a.values[i + 3] === ';' && glued(i + 3);
}

/** A style wink does not know as an abbreviation, which it parts from its full stop: "Vice Adm. John Poindexter". */
const STYLE_ABBREVIATIONS = new Set([...HONORIFICS].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1)));
const STYLE_STOP = new RegExp(`\\b(?:${[...STYLE_ABBREVIATIONS].map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})\\.\\s+\\p{Lu}`, 'u');
/** The full stop of a style, glued to it and before a capitalized word, joins the style. */
function styleStop(a: Analysis, i: number, last: string, glued: boolean): boolean {
  return glued && a.values[i] === '.' && STYLE_ABBREVIATIONS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(a.values[i + 1] ?? '');
}

/** "Shopping.com", "gamesindustry.biz": a name written as a web address, which wink reads as three tokens. */
const WEB_NAME = /\w\.(?:com|net|org|biz|info)\b/;
const TOP_LEVEL = new Set(['com', 'net', 'org', 'biz', 'info']);
/** The full stop of a web name, and the ending after it, join the word before them. */
function webNamePart(a: Analysis, i: number, last: string, glued: boolean): boolean {
  if (!glued) return false;
  const v = a.values[i]!;
  if (v === '.') return TOP_LEVEL.has(a.values[i + 1] ?? '') && a.starts[i + 1] === a.starts[i]! + 1 && /\w$/.test(last) && !last.includes('.');
  return TOP_LEVEL.has(v) && last.endsWith('.');
}

/** A stock code with its exchange's letters in the wire's angle brackets: "<CPC.N>", "<VOLV.ST>". */
const BRACKETED_STOCK_CODE = new RegExp(`<${STOCK_CODE.source.slice(1, -1)}>`);
/**
 * The full stop of a stock code and the exchange's letters after it join the code, which wink parts and, taking the stop
 * for a sentence's end, cuts the sentence at: "CPC International Inc <CPC.N> was rejected".
 */
function stockCodePart(a: Analysis, i: number, last: string, glued: boolean): boolean {
  if (!glued) return false;
  const v = a.values[i]!;
  const closes = (k: number) => a.values[k] === '>' && a.starts[k] === a.starts[k - 1]! + a.values[k - 1]!.length;
  if (v === '.') return /^[A-Z0-9]{1,6}$/.test(last) && a.values[i - 2] === '<' && /^[A-Z]{1,3}$/.test(a.values[i + 1] ?? '') && closes(i + 2);
  return /^[A-Z]{1,3}$/.test(v) && /^[A-Z0-9]{1,6}\.$/.test(last) && closes(i + 1);
}

/** Pieces of a word that wink split at a letter it does not know ("Zieli", "ń", "ska"). */
function splitWord(a: Analysis, i: number, last: string, glued: boolean): boolean {
  const v = a.values[i]!;
  return glued && LETTERS.test(v) && LETTERS.test(last) && (EXTENDED_LATIN.test(v) || EXTENDED_LATIN.test(last));
}

/** Letters beyond Latin-1 ("ń", "ł", "ş", "ř"), at which wink's tokenizer splits a word: "Zieli", "ń", "ska". */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/u;
const LETTERS = /^\p{L}+$/u;

/**
 * "Nowak-Zielińska", "Wałęsa", "Shopping.com": pieces of one word that wink
 * split are joined again, so that names keep their letters. The joined word
 * takes the first piece's tag and type. `joins` says whether token `i` joins
 * the word before it (`last`), given whether the two touch.
 */
function joinTokens(a: Analysis, joins: (a: Analysis, i: number, last: string, glued: boolean) => boolean): Analysis {
  const keep: number[] = [];
  const out: Analysis = { values: [], starts: [], tags: [], types: [], sentences: [] };
  for (let i = 0; i < a.values.length; i++) {
    const last = out.values.length - 1;
    const glued = last >= 0 && a.starts[i] === out.starts[last]! + out.values[last]!.length;
    if (last >= 0 && joins(a, i, out.values[last]!, glued)) {
      out.values[last] += a.values[i]!;
      keep.push(last);
      continue;
    }
    keep.push(out.values.length);
    out.values.push(a.values[i]!);
    out.starts.push(a.starts[i]!);
    out.tags.push(a.tags[i]!);
    out.types.push(a.types[i]!);
  }
  // a sentence that began inside a joined word begins with it
  for (const [first, lastToken] of a.sentences) {
    const from = keep[first]!;
    const to = keep[lastToken]!;
    const previous = out.sentences[out.sentences.length - 1];
    if (previous && previous[1] >= from) previous[1] = Math.max(previous[1], to);
    else out.sentences.push([from, to]);
  }
  return out;
}
