// Reading a job title where it stands in a sentence ("president and CEO",
// "Senior Vice President", "head of research") and splitting it into
// canonical roles.
import type { Doc } from '../../document/document.js';
import { isDictionaryWord } from '../../document/nlp.js';
import { titleWordMeant } from '../../document/title-spelling.js';
import { BODY_BEFORE_HEAD, EMPLOYER_DESCRIPTORS, isTitleWord as isLexiconTitleWord, OCCUPATION_ROLES, PORTFOLIO_WORDS, POST_FIELDS_AFTER, PRAISING_WORDS, ORG_UNIT_WORDS, ROLE_CANON, ROLE_HEADS, singularPost, TITLE_MODIFIERS, titlesVersion, UNNAMED_POSTS } from '../../lexicon/titles.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { isCapitalized } from '../../entities/names.js';
import { TIME_UNITS } from '../../lexicon/date-units.js';
import { DAY_PARTS, DEICTIC_DAYS } from '../../lexicon/date-words.js';
import { BODY_WORDS, FIRM_NOUNS, ORG_DESCRIPTOR_NOUNS } from '../../lexicon/organizations.js';
import { SPEECH_VERBS } from '../../lexicon/people.js';

export interface TitleSpan {
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  text: string;
  roles: string[];
  /** "head of its North American operations": the "of" whose possessive names the employer */
  ownerOf?: number;
}

/** Where a title's employer may be named: after it, or at the "of its" inside it. */
export const employerFrom = (title: TitleSpan) => title.ownerOf ?? title.tokenEnd;

/**
 * Whether a post written without its holder's name ("The chancellor said", "the former chief financial officer")
 * can stand for one named person: a post with roles, in the singular, that is no occupation and none news often
 * leaves unnamed (a spokesman, an official, an analyst).
 */
export const standsForOneHolder = (doc: Doc, title: TitleSpan): boolean =>
  title.roles.length > 0 && !title.roles.some((r) => OCCUPATION_ROLES.test(r) || UNNAMED_POSTS.test(r)) && !singularPost(doc.tokens[title.tokenEnd - 1]!.lower);

/** The post with its roles as held before ("former president"); the title stays as written. A founder stays one, a retired one retired. */
export const heldBefore = <T extends TitleSpan>(title: T): T => ({ ...title, roles: title.roles.map((r) => (/^(?:former|retired) /.test(r) || /founder$/.test(r) ? r : `former ${r}`)) });

/**
 * "named chairman and chief executive officer and vice president-sales Barry Kay has been named president": posts
 * joined twice over, then a name, are one person's posts and then the next person's. The posts up to the last "and"
 * (`before` the name) or the one after it (`after` a first list of posts); the title as it was where it joins none.
 */
export function splitAtNextHolder<T extends TitleSpan>(doc: Doc, title: T, part: 'before' | 'after'): T {
  const ands: number[] = [];
  for (let k = title.tokenStart + 1; k < title.tokenEnd - 1; k++) if (doc.tokens[k]!.lower === 'and') ands.push(k);
  const last = ands[ands.length - 1];
  // (an "and" inside one post joins no posts: "Trade and Industry Secretary", "Mines and Energy Minister")
  if (last === undefined || title.roles.length < ands.length + 1) return title;
  const [from, to] = part === 'before' ? [title.tokenStart, last] : [last + 1, title.tokenEnd];
  if (part === 'before' ? ands.length < 2 || !/^\p{Lu}/u.test(doc.tokens[title.tokenEnd]?.text ?? '') : doc.tokens[title.tokenStart - 1]?.lower !== 'and' || !/^[a-z]/.test(doc.tokens[title.tokenStart - 2]?.text ?? '')) return title;
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  return { ...title, tokenStart: from, tokenEnd: to, text, roles: splitRoles(text) };
}

interface TitleIndex {
  version: number;
  /** "head of research", "secretary of state" as word lists */
  withOf: string[][];
  /** every known title, longest first, for canonical roles */
  byLength: string[];
  /** multi-word roles by their first word, longest first */
  multiword: Map<string, string[][]>;
}

let index: TitleIndex | undefined;

/** Indexes of the title lexicon, rebuilt when a rule pack has added titles. */
function titleIndex(): TitleIndex {
  if (index?.version === titlesVersion) return index;
  const keys = Object.keys(ROLE_CANON).sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  const multiword = new Map<string, string[][]>();
  for (const key of keys) {
    // (a hyphen as its own word too, where the tokenizer parts "Under-Secretary")
    const words = key.split(/ |(?<=\w)(?=-)|(?<=-)(?=\w)/);
    if (words.length < 2 || words.includes('of')) continue;
    multiword.set(words[0]!, [...(multiword.get(words[0]!) ?? []), words]);
  }
  index = { version: titlesVersion, withOf: keys.filter((k) => k.includes(' of ')).map((k) => k.split(' ')), byLength: keys, multiword };
  return index;
}

/** A title word shared by two or more people ("co-CEO", "co-chief executive", "co-head") is read as the word itself. */
// ("ex-head", "ex-President": a past post, as "former" makes one)
const withoutCo = (lower: string) => ((lower.startsWith('co-') || lower.startsWith('ex-')) && lower.length > 3 && !(lower in ROLE_CANON) ? lower.slice(3) : lower);
/** The lower-case word at `k` as the title lexicon knows it. */
const wordAt = (doc: Doc, k: number) => withoutCo(doc.tokens[k]!.lower);

function knownPhraseEnd(doc: Doc, k: number, limit: number): number {
  const end = bodyGoesOn(doc, phraseEnd(doc, k, limit));
  if (end > k) {
    // "deputy director general": two known phrases sharing a word are one title
    const further = phraseEnd(doc, end - 1, limit);
    return further > end ? further : end;
  }
  // "chief people officer", "chief digital officer", "chief human resources officer": any field between "chief" and "officer"
  if (wordAt(doc, k) === 'chief') {
    // ... in title case after "Chief" ("Chief Medical Officer")
    const titleCase = doc.tokens[k]!.text === 'Chief';
    for (let n = k + 1; n < limit && n <= k + 3; n++) {
      const t = doc.tokens[n]!;
      if (t.lower === 'officer' && n > k + 1) return n + 1;
      const field = /^[a-z][a-z-]*$/.test(t.text) ? t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' : titleCase && /^\p{Lu}\p{Ll}+$/u.test(t.text);
      if (!field) break;
    }
  }
  return -1;
}

function phraseEnd(doc: Doc, k: number, limit: number): number {
  for (const words of titleIndex().multiword.get(wordAt(doc, k)) ?? []) {
    if (k + words.length > limit) continue;
    if (words.every((w, j) => (j === 0 ? wordAt(doc, k) : doc.tokens[k + j]!.lower) === w)) return k + words.length;
  }
  return -1;
}

const isTitleWord = (lower: string) => isLexiconTitleWord(withoutCo(lower));
const isRoleHead = (lower: string) => {
  lower = withoutCo(lower);
  // ("Vice-Premier": a hyphenated title ends in its head)
  if (lower.includes('-') && !ROLE_HEADS.has(lower) && isTitleWord(lower)) lower = lower.slice(lower.lastIndexOf('-') + 1);
  return ROLE_HEADS.has(lower) || lower === 'ceo' || lower === 'cfo' || lower === 'coo' || lower === 'cto';
};

/** The modifiers a place inside a title follows: "chief", "senior", "global" (not "former U.S. ambassador"). */
const PLACE_BEFORE = new Set(['chief', 'senior', 'lead', 'principal', 'global', 'head']);

/**
 * "chief U.S. economist", "chief China strategist", "senior Asia Pacific analyst": a place inside a title,
 * after a modifier and before more of the title; the index after the place, else -1.
 */
function placeInTitleEnd(doc: Doc, k: number, i: number, limit: number): number {
  if (k === i || !PLACE_BEFORE.has(wordAt(doc, k - 1)) || !/^\p{Lu}/u.test(doc.tokens[k]!.text)) return -1;
  for (let n = Math.min(k + 3, limit); n > k; n--) {
    if (n >= limit || !isTitleWord(doc.tokens[n]!.lower)) continue;
    // a government office names its country there ("former U.S. ambassador"): the place is whom it serves, read elsewhere
    let e = n;
    while (e < limit && e < n + 4 && isTitleWord(doc.tokens[e]!.lower)) e++;
    if (/minister|secretary|ambassador|governor|envoy|representative|senator|president|premier|chancellor/.test(doc.text.slice(doc.tokens[n]!.start, doc.tokens[e - 1]!.end).toLowerCase())) return -1;
    // the words must be written together ("Asia Pacific"), not across a comma
    let text = '';
    for (let j = k; j < n; j++) text += (j > k && doc.tokens[j]!.start > doc.tokens[j - 1]!.end ? ' ' : '') + doc.tokens[j]!.text;
    if (lookupPlace(text) || lookupPlaceAdjective(text)) return n;
  }
  return -1;
}

/** Where "head of research" or "secretary of state" continues past its "of" at `k`, the index after it; else -1. */
function ofPhraseEnd(doc: Doc, k: number, limit: number): number {
  for (const words of titleIndex().withOf) {
    const from = k - words.indexOf('of');
    if (from < 0 || from + words.length > limit) continue;
    if (words.every((w, j) => (j === 0 ? wordAt(doc, from) : doc.tokens[from + j]!.lower) === w)) return from + words.length;
  }
  return -1;
}

/**
 * "State" opens a state's own office ("State Comptroller", "Finance Ministry State Secretary", "chief state
 * prosecutor"), but inside a title that began before it, it ends a name ("former Home State president"), and before
 * "central bank" it is a state's bank ("West Berlin state central bank president").
 */
function stateOfAName(doc: Doc, k: number, i: number): boolean {
  const t = doc.tokens[k]!;
  if (t.lower !== 'state') return false;
  return (k > i && t.text === 'State') || doc.tokens[k + 1]?.lower === 'central';
}

/** -1 where a known phrase ending at `end` ends on a board with a name of its own ("a member of the Supervisory Board of Acme AG"), else `end`. */
function bodyGoesOn(doc: Doc, end: number): number {
  return end > 0 && doc.tokens[end - 1]!.text === 'Board' ? -1 : end;
}

/**
 * The title that starts at token `i`, if one does: title words, joined by
 * "and", "&" or commas between full roles. It must contain a role word.
 */
export function titleAt(doc: Doc, i: number, limit: number): TitleSpan | undefined {
  let k = i;
  let lastGood = -1;
  let segmentHasHead = false;
  let ownerOf: number | undefined;
  let ownerName: [number, number] | undefined;
  let rolesFrom = i;
  while (k < limit) {
    const t = doc.tokens[k]!;
    // "chief operating officer": a known phrase whose middle word alone is not a title word
    const phrase = knownPhraseEnd(doc, k, limit);
    if (phrase > k) {
      k = phrase;
      lastGood = k;
      segmentHasHead = true;
      continue;
    }
    // "mining analyst", "building-products analyst": the field an analyst or economist covers
    if (!segmentHasHead) {
      const head = fieldBeforeHead(doc, k, limit);
      if (head > k) {
        // ("union president", "subcommittee chairman": the body's word stays in the title, out of the role)
        if (k === i && BODY_HEADS_FIRST.has(doc.tokens[head]!.lower)) rolesFrom = head;
        k = head;
        continue;
      }
    }
    // "senior vice president for labor relations", "Minister for Trade and Industry": a field after "for", as after "of"
    if (t.lower === 'for' && segmentHasHead) {
      const field = fieldEnd(doc, k, limit);
      if (field > k) {
        k = field;
        lastGood = k;
        continue;
      }
      break;
    }
    // "Vice-President in charge of projects", "board member in charge of finance": the field a post covers
    if (t.lower === 'in' && segmentHasHead && doc.tokens[k + 1]?.lower === 'charge' && doc.tokens[k + 2]?.lower === 'of') {
      const field = fieldEnd(doc, k + 2, limit, true);
      if (field > k + 2) {
        k = field;
        lastGood = k;
        continue;
      }
      break;
    }
    // "a member of the BMW management board", "head of the EC delegation": the body of the organization named in it
    const body = t.lower === 'of' && segmentHasHead ? namedBodyAfter(doc, k, limit) : undefined;
    if (body) {
      ownerOf = k;
      ownerName = [body.nameStart, body.nameEnd];
      k = body.end;
      lastGood = k;
      continue;
    }
    if (t.lower === 'of') {
      // (not a board with a name of its own: "a member of the Supervisory Board of Acme AG")
      const end = bodyGoesOn(doc, ofPhraseEnd(doc, k, limit));
      const field = end > k ? end : segmentHasHead ? fieldEnd(doc, k, limit) : -1;
      if (field > k) {
        if (ownerWordsEnd(doc, k + 1) > 0 || namedOwnerEnd(doc, k + 1, limit) > 0) ownerOf = k;
        k = field;
        lastGood = k;
        segmentHasHead = true;
        continue;
      }
      break;
    }
    // "executive committee chairman", "management board member": the body a post is held on, inside the title
    if (UNITS_IN_TITLE.has(t.text) && k > i && isRoleHead(doc.tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    // ... opening the title ("management board chairman of Thyssen Stahl AG"), or after a rank ("deputy management board chairman")
    if (BOARDS.has(t.text) && doc.tokens[k + 1]?.text === 'board' && isRoleHead(doc.tokens[k + 2]?.lower ?? '')) {
      k += 2;
      continue;
    }
    const hyphen = t.lower === '-' && t.start === doc.tokens[k - 1]?.end;
    if ((isTitleWord(t.lower) && !stateOfAName(doc, k, i)) || hyphen) {
      if (isRoleHead(t.lower)) segmentHasHead = true;
      k++;
      // a title never ends in its hyphen; "director-general", "secretary-general" end in their "general", and
      // "chairman-elect" in its "elect"
      // ... as do "chairman-designate", "Prime Minister designate" and "chairman elect"
      const generalAfterHead =
        ((t.lower === 'general' || t.lower === 'elect' || t.lower === 'designate') && doc.tokens[k - 2]?.text === '-' && isRoleHead(doc.tokens[k - 3]?.lower ?? '')) ||
        ((t.lower === 'designate' || t.lower === 'elect') && isRoleHead(doc.tokens[k - 2]?.lower ?? ''));
      if (segmentHasHead && !hyphen && (!TITLE_MODIFIERS_ONLY.has(withoutCo(t.lower)) || generalAfterHead)) lastGood = k;
      continue;
    }
    const place = placeInTitleEnd(doc, k, i, limit);
    if (place > k) {
      k = place;
      continue;
    }
    // "president and CEO", "chairman, president and chief executive"
    if ((t.lower === 'and' || t.lower === '&' || t.text === ',') && segmentHasHead && k + 1 < limit) {
      const next = doc.tokens[k + 1]!;
      // (not a company's short name that a title word spells, saying what follows: "treasurer and chief financial
      // officer, Premier said")
      const speaker = t.text === ',' && /^\p{Lu}/u.test(next.text) && SPEECH_VERBS.has(doc.tokens[k + 2]?.lower ?? '');
      // (or a known post whose first word alone is no title word: "president and board member")
      if (((isTitleWord(next.lower) && startsRole(doc, k + 1, limit)) || knownPhraseEnd(doc, k + 1, limit) > k + 1) && !speaker) {
        segmentHasHead = false;
        k++;
        continue;
      }
      // "president, chief executive officer and a director": a seat after "and a"
      if (t.lower === 'and' && (next.lower === 'a' || next.lower === 'an') && k + 2 < limit && isTitleWord(doc.tokens[k + 2]!.lower) && startsRole(doc, k + 2, limit)) {
        segmentHasHead = false;
        k += 2;
        continue;
      }
    }
    break;
  }
  // "vice president-finance", "senior vice president-corporate marketing": a field glued on by a hyphen after the post
  lastGood = pastGluedField(doc, lastGood, limit);
  if (lastGood <= i) return undefined;
  const first = doc.tokens[i]!;
  const last = doc.tokens[lastGood - 1]!;
  const text = doc.text.slice(first.start, last.end);
  const rolesText = rolesFrom > i ? doc.text.slice(doc.tokens[rolesFrom]!.start, last.end) : text;
  // (the role without the organization's name: "member of the management board")
  const withoutOwner = ownerName ? doc.text.slice(doc.tokens[rolesFrom]!.start, doc.tokens[ownerName[0]]!.start) + doc.text.slice(doc.tokens[ownerName[1]]!.start, last.end) : rolesText;
  const span: TitleSpan = { tokenStart: i, tokenEnd: lastGood, text, roles: splitRoles(withoutOwner) };
  if (ownerOf !== undefined && ownerOf < lastGood) span.ownerOf = ownerOf;
  return span;
}

/** Past a field glued to the post at `end` by a hyphen, in one or two words in lower case ("-corporate marketing"); else `end`. */
function pastGluedField(doc: Doc, end: number, limit: number): number {
  const hyphen = doc.tokens[end];
  if (hyphen?.text !== '-' || hyphen.start !== doc.tokens[end - 1]!.end || !isRoleHead(doc.tokens[end - 1]!.lower)) return end;
  let k = end + 1;
  if (doc.tokens[k]?.start !== hyphen.end) return end;
  while (k < limit && k < end + 3 && /^[a-z]+$/.test(doc.tokens[k]!.text) && (POST_FIELDS_AFTER.has(doc.tokens[k]!.lower) || TITLE_MODIFIERS.has(doc.tokens[k]!.lower) || PORTFOLIO_WORDS.has(doc.tokens[k]!.lower))) k++;
  // (ending on the field: "-corporate marketing", not "-corporate" alone)
  return k > end + 1 && (POST_FIELDS_AFTER.has(doc.tokens[k - 1]!.lower) || PORTFOLIO_WORDS.has(doc.tokens[k - 1]!.lower)) ? k : end;
}

/**
 * Bodies an organization has, named after it in lower case ("the BMW management board", "the EC delegation"); not
 * a committee, a council or a panel, which news names as bodies of their own ("the Senate panel", "the ICCO council").
 */
const OWNED_BODIES = new Set(['board', 'delegation']);
/** Words between an organization's name and its body, at most ("management", "executive", "supervisory"). */
const MAX_BODY_WORDS = 2;

/**
 * "of the BMW management board", "of the local's executive board": after "of the", an organization's name (or a
 * possessive) and the body of it in lower case; where the body ends, and the name's tokens.
 */
function namedBodyAfter(doc: Doc, ofAt: number, limit: number): { end: number; nameStart: number; nameEnd: number } | undefined {
  if (doc.tokens[ofAt + 1]?.lower !== 'the') return undefined;
  const nameStart = ofAt + 2;
  let n = nameStart;
  while (n < limit && n < nameStart + MAX_OWNER_NAME_WORDS && isCapitalized(doc.tokens[n]!)) n++;
  // ("the local's executive board": a possessive in lower case names the body's owner too)
  if (n === nameStart && /^[a-z]+$/.test(doc.tokens[n]?.text ?? '') && /^['’]s$/.test(doc.tokens[n + 1]?.text ?? '')) n++;
  // (not a country's adjective: "head of the Malaysian delegation" is Malaysia's)
  if (n === nameStart || lookupPlaceAdjective(doc.text.slice(doc.tokens[nameStart]!.start, doc.tokens[n - 1]!.end))) return undefined;
  const nameEnd = /^['’]s$/.test(doc.tokens[n]?.text ?? '') ? n + 1 : n;
  let k = nameEnd;
  while (k < limit && k < nameEnd + MAX_BODY_WORDS && /^[a-z]+$/.test(doc.tokens[k]!.text) && !OWNED_BODIES.has(doc.tokens[k]!.lower)) k++;
  // (a board only of a kind: "the BMW management board"; "a member of the Guinness board" is the board member news
  // writes as a "member")
  const ofAKind = k > nameEnd || doc.tokens[k]?.text !== 'board';
  return k < limit && OWNED_BODIES.has(doc.tokens[k]!.text) && ofAKind ? { end: k + 1, nameStart, nameEnd } : undefined;
}

/** Posts named after the field they cover, which any lower-case field word may precede. */
const FIELD_FIRST_HEADS = new Set([
  'analyst', 'economist', 'strategist', 'correspondent', 'editor', 'reporter', 'engineer', 'specialist', 'consultant', 'researcher', 'scientist',
  'commentator', 'columnist', 'trader', 'banker', 'lobbyist', 'lawyer', 'attorney', 'inspector', 'coordinator', 'co-ordinator',
  // "extension agronomist", "research chemist", "sports psychologist": a scientist's field
  'agronomist', 'chemist', 'biochemist', 'physicist', 'biologist', 'ecologist', 'entomologist', 'physiologist', 'epidemiologist',
  'virologist', 'psychologist', 'sociologist', 'criminologist', 'meteorologist', 'statistician', 'demographer',
  // "property tycoon Frederik Lundberg", "media tycoon": what a tycoon's fortune is in
  'tycoon', 'magnate',
  // "senior policy adviser Max Lawson"
  'adviser', 'advisor',
  // "politics lecturer", "school teacher", "bankruptcy judge", "dating expert", "film critic"
  'lecturer', 'teacher', 'journalist', 'writer', 'expert', 'judge', 'broker', 'counsellor', 'counselor', 'critic',
  // "computer systems president", "bank chairman": a division's or a body's head
  'president', 'chairman',
  // "chief security architect at Cisco"
  'architect',
  // "assistant news director", "assistant product manager", "public information officer": a department in lower case
  'director', 'manager', 'officer', 'commissioner', 'partner', 'professor', 'geologist', 'mediator',
  // "Brazil's coffee chief", "army chief"
  'chief',
  // "corporate affairs minister", "home affairs spokesman", "Shipping minister", "trade and industry secretary": a portfolio in lower case
  'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  // "global advisory leader at PwC", "team leader"
  'leader',
  // "road safety head Andrew Howard", "research head"
  'head',
]);
const FIELD_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const LEGISLATIVE_SIDES = new Set(['majority', 'minority']);

const NOT_FIELD_WORDS = new Set([
  'new', 'late', 'best', 'top', 'leading', 'staunch', 'veteran', 'longtime', 'long-time', 'current', 'outgoing', 'incoming', 'then', 'recent',
  'only', 'main', 'key', ...PRAISING_WORDS,
]);

/** Words of a field before its post, "and" included: "risk management and insurance director". */
const MAX_FIELD_BEFORE_HEAD = 6;

/** Words before "secretary" besides a portfolio's: what the secretary is of ("and", "press", "union"). */
const SECRETARY_FIELDS = new Set(['and', 'press', 'union', 'party', 'shadow', 'cabinet', 'private', 'permanent', 'general']);

/** Posts that a body's word, not any field, may precede (`BODY_BEFORE_HEAD`). */
const BODY_HEADS_FIRST = new Set(['president', 'chairman']);

/** Lower-case field words from `k` up to such a post ("auto analyst"): the post's index, else -1. */
function fieldBeforeHead(doc: Doc, k: number, limit: number): number {
  for (let j = k; j < limit && j < k + MAX_FIELD_BEFORE_HEAD; j++) {
    const t = doc.tokens[j]!;
    // (a bare "chief" only: "Forest chief executive" is a chief executive, "Forest" the club)
    if (j > k && FIELD_FIRST_HEADS.has(t.lower) && !(t.lower === 'chief' && isTitleWord(doc.tokens[j + 1]?.lower ?? ''))) {
      // (a president's or a chairman's only where the words name the body: "union president", "subcommittee chairman")
      if (BODY_HEADS_FIRST.has(t.lower)) {
        // (in lower case: "Committee Chairman" is the chairman of the committee named before)
        for (let w = k; w < j; w++) if (!BODY_BEFORE_HEAD.has(doc.tokens[w]!.text)) return -1;
      }
      // (a secretary's only where the words are a portfolio's or a press office's: "trade and industry secretary",
      // "press secretary", not "attractive personal secretary" or "cabinet colleagues Foreign Secretary")
      if (t.lower === 'secretary') {
        for (let w = k; w < j; w++) if (!SECRETARY_FIELDS.has(doc.tokens[w]!.lower) && !PORTFOLIO_WORDS.has(doc.tokens[w]!.lower)) return -1;
      }
      return j;
    }
    const glued = t.text === '-' && j > k && t.start === doc.tokens[j - 1]!.end && doc.tokens[j + 1]?.start === t.end;
    // "Airlines analyst Gillian Marsh" opening a sentence
    // (not before a title's own modifier: "Senate majority leader Robert Byrd" is the Senate's majority leader)
    const next = doc.tokens[j + 1]?.lower ?? '';
    const opening = j === k && doc.tokens[k - 1]?.sentence !== t.sentence && /^\p{Lu}[a-z-]+$/u.test(t.text) && FIELD_POS.has(t.pos) && !LEGISLATIVE_SIDES.has(next);
    // "Australia's Resources Minister": a government portfolio is written in capitals
    if (/^\p{Lu}[a-z]+$/u.test(t.text) && PORTFOLIO_WORDS.has(t.lower)) continue;
    // ... and two of them joined are one office ("Commerce and Industry Minister")
    if (t.lower === 'and' && j > k && isCapitalPortfolio(doc.tokens[j - 1]!) && isCapitalPortfolio(doc.tokens[j + 1])) continue;
    // ... as two fields in lower case are one post's ("sales and marketing director", "risk management and insurance director")
    // (not a body's post after "and": "Labour's record and party leader Michael Howard")
    if (t.lower === 'and' && j > k && isLowerField(doc.tokens[j - 1]!) && isLowerField(doc.tokens[j + 1]) && !BODY_WORDS.has(doc.tokens[j + 1]!.lower)) continue;
    if (!glued && !opening && !(t.text === t.lower && /^[a-z][a-z-]*$/.test(t.text) && FIELD_POS.has(t.pos))) return -1;
    // "this month deputy prime minister X", "French minister X": a time or a country is no field
    if (TIME_UNITS.has(t.lower) || DAY_PARTS.has(t.lower) || DEICTIC_DAYS.has(t.lower) || lookupPlaceAdjective(t.text)) return -1;
    // "new manager", "famed director", "the harassed manager": words that praise, date or describe the holder
    // ("the fourth head of the business in as many years": a count of holders, not a field; "sixth-form teacher" is one)
    if (NOT_FIELD_WORDS.has(t.lower) || (t.pos === 'ADJ' && /[^e]ed$/.test(t.lower)) || (COUNTS.has(t.lower) && doc.tokens[j + 1]?.text !== '-')) return -1;
  }
  return -1;
}

/** A lower-case word that names a field and is no post or rank of its own: "sales", "insurance" (not "chairman", "senior"). */
const isLowerField = (t: Doc['tokens'][number] | undefined) =>
  !!t && t.text === t.lower && FIELD_POS.has(t.pos) && (isFieldWord(t.lower) || POST_FIELDS_AFTER.has(t.lower) || PORTFOLIO_WORDS.has(t.lower));
/** A word no title has, nor names a doer ("a former programmer and technology analyst" held two posts). */
const isFieldWord = (w: string) => /^[a-z][a-z-]*$/.test(w) && !isTitleWord(w) && !AGENT_NOUN.test(w);
const AGENT_NOUN = /(?:er|or|ist|ian)$/;

const isCapitalPortfolio = (t: Doc['tokens'][number] | undefined) => !!t && /^\p{Lu}[a-z]+$/u.test(t.text) && PORTFOLIO_WORDS.has(t.lower);

/** Lower-case nouns from `k` up to "at", where an employer's name follows. */
function unitBeforeEmployer(doc: Doc, k: number, limit: number): boolean {
  let n = k;
  while (n < limit && n < k + 3 && /^[a-z]+$/.test(doc.tokens[n]!.text) && (doc.tokens[n]!.pos === 'NOUN' || doc.tokens[n]!.pos === 'ADJ')) n++;
  return n > k && doc.tokens[n]?.lower === 'at';
}

/** "of its", "of their": a possessive that names the employer inside a title */
const OWNER_WORDS = new Set(['its', 'their']);

/**
 * "its", "their" or "the group's" at `at`: the employer the story is about, owning a field inside a title
 * ("head of the group's international marketing operations"); the index after it, else -1.
 */
function ownerWordsEnd(doc: Doc, at: number): number {
  if (OWNER_WORDS.has(doc.tokens[at]?.lower ?? '')) return at + 1;
  const possessive = /^['’]s$/.test(doc.tokens[at + 2]?.text ?? '');
  return doc.tokens[at]?.lower === 'the' && FIRM_NOUNS.has(doc.tokens[at + 1]?.text ?? '') && possessive ? at + 3 : -1;
}

const FIELD_HEADS = new Set(['head', 'director', 'chief', 'president', 'manager', 'minister', 'secretary', 'officer', 'professor', 'editor', 'leader', 'inspector']);

/** Government offices whose portfolio may follow "of" in capitals ("director-general of finance" ends in its "general"). */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'undersecretary', 'commissioner', 'general']);

/** "Minister of International Trade and Industry": the portfolio's words after "of"; the index after them, else -1. */
export function portfolioEnd(doc: Doc, ofAt: number, limit: number): number {
  // ("vice-minister of finance": the post after a hyphen)
  // ... and "Minister of State for Foreign Affairs", "Secretary of State for Trade and Industry": the rank's portfolio
  const ofState = doc.tokens[ofAt - 1]?.lower === 'state' && doc.tokens[ofAt - 2]?.lower === 'of' && PORTFOLIO_HEADS.has(wordAt(doc, ofAt - 3));
  if (!PORTFOLIO_HEADS.has(wordAt(doc, ofAt - 1).split('-').pop()!) && !ofState) return -1;
  let k = ofAt + 1;
  let last = -1;
  while (k < limit && k < ofAt + 9) {
    const lower = doc.tokens[k]!.lower;
    // ("Shadow Secretary of State for the Family")
    if (k === ofAt + 1 && lower === 'the' && doc.tokens[ofAt]!.lower === 'for' && PORTFOLIO_WORDS.has(doc.tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (PORTFOLIO_WORDS.has(lower)) last = k + 1;
    // ("Undersecretary of Commerce for Economic Affairs": a second portfolio after "for")
    else if (!(lower === 'and' || lower === '&' || lower === ',' || (lower === 'for' && last > 0 && PORTFOLIO_WORDS.has(doc.tokens[k + 1]?.lower ?? '')))) break;
    k++;
  }
  // (a field that goes on in a word no portfolio has is read as a field: "undersecretary for external debt")
  const next = doc.tokens[last];
  if (last > 0 && next && /^[a-z]+$/.test(next.text) && next.pos === 'NOUN') return -1;
  return last;
}

/** Bodies named in lower case inside a title, before the post held on them. */
const UNITS_IN_TITLE = new Set(['committee', 'board']);
/** The boards of a two-tier company: "management board chairman", "supervisory board member". */
const BOARDS = new Set(['management', 'supervisory', 'executive']);

/** Ordinal words, which rank a holder rather than name a field. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Ordinals that count a post's holders ("the fourth head"), not rank it: all but a title's own "first" and "second". */
const COUNTS = new Set([...ORDINALS].filter((w) => !TITLE_MODIFIERS.has(w)));

/** A church's posts, named for their see after "of". */
export const SEE_HOLDERS = new Set(['archbishop', 'bishop']);

/** Legislators whose seat may follow "for". */
const SEAT_HOLDERS = new Set(['mp', 'msp', 'mep', 'mla', 'am']);

/** Words of a field after a post ("director of corporate security and fraud protection"). */
const MAX_FIELD_WORDS = 6;

/** "head of currency strategy", "director of research": a lower-case field after "of"; the index after it, else -1. */
function fieldEnd(doc: Doc, ofAt: number, limit: number, ofUnit = false): number {
  const portfolio = portfolioEnd(doc, ofAt, limit);
  if (portfolio > 0) return portfolio;
  // "MP for West Ham", "MSP for Glasgow Kelvin": a legislator's seat, named in capitals
  if (SEAT_HOLDERS.has(wordAt(doc, ofAt - 1)) && doc.tokens[ofAt]!.lower === 'for') {
    let k = ofAt + 1;
    while (k < limit && k < ofAt + 5 && isCapitalized(doc.tokens[k]!) && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k]!.text)) k++;
    if (k > ofAt + 1) return k;
  }
  // "archbishop of Manila", "the Archbishop of Canterbury": a church's post is named for its see, which is no employer
  if (SEE_HOLDERS.has(wordAt(doc, ofAt - 1)) && doc.tokens[ofAt]!.lower === 'of') {
    let k = ofAt + 1;
    while (k < limit && k < ofAt + 4 && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k]!.text)) k++;
    if (k > ofAt + 1) return k;
  }
  // "head of the Treasury Unit of Chase Manhattan Bank": a unit named in capitals, then the organization it is part of
  const namedUnit = DEPARTMENT_HEADS.has(wordAt(doc, ofAt - 1).split('-').pop()!) ? namedUnitEnd(doc, ofAt, limit) : -1;
  if (namedUnit > 0) return namedUnit;
  // "head of the financial transfer department": a department named in lower case, of the company the story is about
  const department = DEPARTMENT_HEADS.has(wordAt(doc, ofAt - 1)) && doc.tokens[ofAt]!.lower === 'of' && doc.tokens[ofAt + 1]?.lower === 'the' ? departmentEnd(doc, ofAt + 2, limit) : -1;
  if (department > 0) return department;
  // "Vice President for International Services at Chase Econometrics": a field in capitals, before the employer's "at"
  if (doc.tokens[ofAt]!.lower === 'for') {
    let k = ofAt + 1;
    while (k < limit && k <= ofAt + MAX_FIELD_WORDS && (/^\p{Lu}\p{Ll}/u.test(doc.tokens[k]!.text) || (doc.tokens[k]!.lower === 'and' && k > ofAt + 1))) k++;
    // (in words of its own: not a client, "attorney for Apex at Cadwalader Wickersham and Taft")
    if (k > ofAt + 2 && doc.tokens[k]?.lower === 'at' && doc.tokens[k - 1]!.lower !== 'and' && doc.tokens.slice(ofAt + 1, k).every((w) => isDictionaryWord(w.lower))) return k;
  }
  // any post may have a field after "for" ("minister of state for information technology"); after "of" only some
  // ("vice-president of operations": the post after a hyphen)
  if (doc.tokens[ofAt]!.lower !== 'for' && !ofUnit && !FIELD_HEADS.has(wordAt(doc, ofAt - 1).split('-').pop()!)) return -1;
  // "Ellesmere's head of Asia": a head's region is the field itself
  // ... as is any post's "for" ("director general for Europe")
  const region = wordAt(doc, ofAt - 1) === 'head' || doc.tokens[ofAt]!.lower === 'for' ? regionEnd(doc, ofAt + 1, limit) : -1;
  if (region > 0) return region;
  // "head of its North American operations": the field of the company the sentence is about
  // ... and "head of the threat laboratory at security firm Clearswift": a unit named in lower case, then its employer
  // (a head's only: "president of the mobile networks division" is a president)
  const unit = doc.tokens[ofAt]!.lower === 'of' && wordAt(doc, ofAt - 1) === 'head' && doc.tokens[ofAt + 1]?.lower === 'the' && unitBeforeEmployer(doc, ofAt + 2, limit);
  const owner = doc.tokens[ofAt]!.lower === 'of' ? namedOwnerEnd(doc, ofAt + 1, limit) : -1;
  const ownerWords = doc.tokens[ofAt]!.lower === 'of' ? ownerWordsEnd(doc, ofAt + 1) : OWNER_WORDS.has(doc.tokens[ofAt + 1]?.lower ?? '') ? ofAt + 2 : -1;
  const from = ownerWords > 0 ? ownerWords : unit ? ofAt + 2 : owner > 0 ? owner : ofAt + 1;
  let k = from;
  while (k < limit && k < from + MAX_FIELD_WORDS) {
    const t = doc.tokens[k]!;
    // a field, not another title ("the head of chairman Keith Haslam" is no title of Haslam's)
    // ("head of investor relations": a role's word that a field's noun follows is part of the field)
    const fieldNounNext = /^[a-z]+$/.test(doc.tokens[k + 1]?.text ?? '') && doc.tokens[k + 1]!.pos === 'NOUN' && !isRoleHead(doc.tokens[k + 1]!.lower);
    // (not a rank: "director of operations and third in the hierarchy")
    const lowerCaseWord = t.text === t.lower && !isCapitalized(t) && /^[a-z]/.test(t.text) && (!isRoleHead(t.lower) || fieldNounNext) && (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.lower === 'and' && k > from) || (doc.tokens[ofAt]!.lower === 'of' && gerundField(doc, k))) && !(ORDINALS.has(t.lower) && doc.tokens[k - 1]?.lower === 'and');
    // "director of value-added services": a hyphen glued between two words of the field
    const gluedHyphen = t.text === '-' && k > from && doc.tokens[k - 1]!.end === t.start && doc.tokens[k + 1]?.start === t.end && /^[a-z]+$/.test(doc.tokens[k + 1]!.text);
    const afterHyphen = k > from && doc.tokens[k - 1]!.text === '-' && doc.tokens[k - 1]!.end === t.start && /^[a-z]+$/.test(t.text);
    if (!lowerCaseWord && !gluedHyphen && !afterHyphen) {
      // "head of European equity strategy", "head of Asia credit research": a place that qualifies the field
      const place = placeInFieldEnd(doc, k, limit);
      if (place > k) {
        k = place;
        continue;
      }
      break;
    }
    k++;
  }
  while (k > from && doc.tokens[k - 1]!.lower === 'and') k--;
  // ("head of Wall Street's largest brokerage firm": an owner's field ends in no word for a firm)
  // ... nor in a word that only describes ("manager of Yamaichi's international fixed income activities")
  if (owner > 0 && (k === from || ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 1]!.lower) || doc.tokens[k - 1]!.pos !== 'NOUN')) return -1;
  // ... and a unit's own field goes with it ("chief of CFTC's division of trading and markets")
  if (owner > 0 && ORG_UNIT_WORDS.has(doc.tokens[k - 1]!.lower) && doc.tokens[k]?.lower === 'of') {
    const unitField = fieldEnd(doc, k, limit, true);
    if (unitField > k) return unitField;
  }
  // "editor of gadget magazine Stuff": lower-case words before a name describe the employer, they are no field
  // (also where the wire brackets the name: "head of Sydney brokerage house <Rivkin James Capel Ltd>")
  const bracketed = doc.tokens[k]?.text === '<' && k + 1 < limit && isCapitalized(doc.tokens[k + 1]!);
  if (k < limit && (isCapitalized(doc.tokens[k]!) || bracketed)) return -1;
  // ... nor before a comma and the name ("manager of merchant banking firm, Fortune Financial Services")
  if (k + 1 < limit && doc.tokens[k]!.text === ',' && isCapitalized(doc.tokens[k + 1]!) && ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 1]!.lower)) return -1;
  return k > from ? k : -1;
}

/** Words of an organization's name that may own a field inside a title. */
const MAX_OWNER_NAME_WORDS = 4;

/**
 * "director of Intel's photonics technology lab": an organization's name (after "the" or not) and its possessive
 * before a field in lower case; the index after the possessive, else -1. A place's possessive ("head of Spain's employers") owns no field.
 */
function namedOwnerEnd(doc: Doc, at: number, limit: number): number {
  // ("chief of the SEC's division of market regulation")
  const k = doc.tokens[at]?.lower === 'the' ? at + 1 : at;
  let n = k;
  while (n < limit && n < k + MAX_OWNER_NAME_WORDS && isCapitalized(doc.tokens[n]!)) n++;
  if (n === k || !/^['’]s$/.test(doc.tokens[n]?.text ?? '') || !/^[a-z]/.test(doc.tokens[n + 1]?.text ?? '')) return -1;
  const name = doc.text.slice(doc.tokens[k]!.start, doc.tokens[n - 1]!.end);
  return lookupPlace(name) || lookupPlaceAdjective(name) ? -1 : n + 1;
}

/**
 * "vice president of emerging technologies", "head of tracing": a field wink tags as a verb's -ing, before a noun of the
 * field or the title's end (not a firm's trade: "managing director of filtering firm Ciphertrust").
 */
function gerundField(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos !== 'VERB' || !/^[a-z]{4,}ing$/.test(t.text)) return false;
  const next = doc.tokens[k + 1];
  return !next || next.pos === 'PUNCT' || ['at', 'and', 'in', 'for', 'with'].includes(next.lower) || (/^[a-z]+$/.test(next.text) && next.pos === 'NOUN' && !EMPLOYER_DESCRIPTORS.has(next.lower) && !ORG_DESCRIPTOR_NOUNS.has(next.lower));
}

/** Capitalized words of a unit's name, at most ("First International Economic Affairs Division"). */
const MAX_UNIT_NAME_WORDS = 6;

/**
 * "of the First International Economic Affairs Division of the Foreign Ministry": after "of the", a unit's name in
 * capitals ending in a unit's word, then "of" and the organization's; the index after the unit's name, else -1.
 */
function namedUnitEnd(doc: Doc, ofAt: number, limit: number): number {
  if (doc.tokens[ofAt]?.lower !== 'of' || doc.tokens[ofAt + 1]?.lower !== 'the') return -1;
  let n = ofAt + 2;
  while (n < limit && n < ofAt + 2 + MAX_UNIT_NAME_WORDS && /^\p{Lu}\p{Ll}/u.test(doc.tokens[n]!.text)) n++;
  const owner = doc.tokens[n + 1]?.lower === 'the' ? n + 2 : n + 1;
  // (a word or more before the unit's: "the Division of Investment", "the Office of Management and Budget" are named in full after it)
  const unit = n > ofAt + 3 && ORG_UNIT_WORDS.has(doc.tokens[n - 1]!.lower);
  return unit && doc.tokens[n]?.lower === 'of' && owner < limit && /^\p{Lu}/u.test(doc.tokens[owner]!.text) ? n : -1;
}

/** Posts that head a department. */
const DEPARTMENT_HEADS = new Set(['head', 'director', 'chief', 'manager']);
/** A post, then the division it is held in. */
// (or a staff with a field of its own: "director of USDA's economics analysis staff", not "chief of staff")
const DIVISION_OF = /^(.+?) of (?:the )?(?:(?:[^ ]+ ){0,5}(?:division|unit|subsidiary|department|section|desk|group)|(?:[^ ]+ ){1,5}staff)$/;

/** "the central cash and currency clearing department": lower-case words from `k` up to a department's noun that no other noun follows; the index after it, else -1. */
function departmentEnd(doc: Doc, k: number, limit: number): number {
  for (let n = k; n < limit && n < k + MAX_FIELD_WORDS && /^[a-z]+$/.test(doc.tokens[n]!.text); n++) {
    const next = doc.tokens[n + 1];
    if (n > k && ORG_UNIT_WORDS.has(doc.tokens[n]!.lower) && !(next && /^[a-z]+$/.test(next.text) && next.pos === 'NOUN')) return n + 1;
  }
  return -1;
}

/** A company's unit named after the place it works in: its units' words, and its "operations" there. */
const BRANCHES = new Set([...ORG_UNIT_WORDS, 'operations']);

/** A place of one or two words at `k` that ends the phrase ("head of Asia, ...", "head of Latin America at"): its end, else -1. */
function regionEnd(doc: Doc, k: number, limit: number): number {
  // ("country director for the West Bank and Gaza": after "the", and two places joined by "and")
  if (doc.tokens[k]?.lower === 'the' && /^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '')) {
    // ("head of the Philippines branch of Mitsui and Co": the company's unit in a place, a country too, before its "of")
    for (let n = Math.min(k + 3, limit - 2); n > k + 1; n--) {
      const text = capitalizedWords(doc, k + 1, n);
      if (text !== undefined && lookupPlace(text) && BRANCHES.has(doc.tokens[n]!.lower) && doc.tokens[n + 1]?.lower === 'of') return n + 1;
    }
    const first = placeRunEnd(doc, k + 1, limit);
    const second = first > 0 && doc.tokens[first]?.lower === 'and' ? placeRunEnd(doc, first + 1, limit) : -1;
    const end = second > 0 ? second : first;
    const next = doc.tokens[end]?.lower ?? '.';
    // (not a place that describes what follows: "the Jeddah-based Dallah group")
    const glued = next === '-' && doc.tokens[end]!.start === doc.tokens[end - 1]!.end;
    return end > 0 && !glued && (!/^\p{L}/u.test(next) || next === 'at' || next === 'for') ? end : -1;
  }
  for (let n = Math.min(k + 2, limit); n > k; n--) {
    const after = doc.tokens[n];
    if (after && n < limit && ((/^[\p{L}]/u.test(after.text) && after.lower !== 'at' && after.lower !== 'for') || after.text === '-')) continue;
    // ("director for Egypt's Public Authority for Investment": a place with its possessive owns what follows)
    if (after && /^['’]s?$/.test(after.text)) return -1;
    const text = capitalizedWords(doc, k, n);
    if (text === undefined) return -1;
    if (lookupPlace(text)) return n;
  }
  return -1;
}

/** The words of tokens [k, n) joined by single spaces, where each is capitalized; else undefined. */
function capitalizedWords(doc: Doc, k: number, n: number): string | undefined {
  let text = '';
  for (let j = k; j < n; j++) {
    if (!/^\p{Lu}/u.test(doc.tokens[j]!.text)) return undefined;
    text += (j > k ? ' ' : '') + doc.tokens[j]!.text;
  }
  return text;
}

/**
 * The end of the longest region's name of one or two capitalized words at `k`, else -1 (not a country's: "commercial
 * counselor for the Soviet Union" serves the country).
 */
function placeRunEnd(doc: Doc, k: number, limit: number): number {
  for (let n = Math.min(k + 2, limit); n > k; n--) {
    const text = capitalizedWords(doc, k, n);
    const place = text === undefined ? undefined : lookupPlace(text);
    if (place) return place.kind === 'country' ? -1 : n;
  }
  return -1;
}

/** A place (one or two words) that a lower-case field word follows: the index after the place, else -1. */
function placeInFieldEnd(doc: Doc, k: number, limit: number): number {
  if (!/^\p{Lu}/u.test(doc.tokens[k]!.text)) return -1;
  for (let n = Math.min(k + 2, limit - 1); n > k; n--) {
    const after = doc.tokens[n]!;
    if (!(after.text === after.lower && /^[a-z]/.test(after.text) && (after.pos === 'NOUN' || after.pos === 'ADJ') && !isRoleHead(after.lower))) continue;
    let text = '';
    for (let j = k; j < n; j++) text += (j > k ? ' ' : '') + doc.tokens[j]!.text;
    if (lookupPlace(text) || lookupPlaceAdjective(text)) return n;
  }
  return -1;
}

/** Modifiers that cannot end a title ("senior", "vice"). */
const TITLE_MODIFIERS_ONLY = new Set([...TITLE_MODIFIERS].filter((w) => !ROLE_HEADS.has(w) && !(w in ROLE_CANON)));

/** Whether a role (with a head word) starts at `i`. */
function startsRole(doc: Doc, i: number, limit: number): boolean {
  for (let k = i; k < limit && k < i + 5; k++) {
    const lower = doc.tokens[k]!.lower;
    if (isRoleHead(lower)) return true;
    if (!isTitleWord(lower)) return false;
  }
  return false;
}

/** An owner inside a role, which the role drops: "its", "the group's" (as "its"), or a name's possessive (keeping "the"). */
const OWNER_IN_ROLE = new RegExp(` of (?:${[...OWNER_WORDS].join('|')}|the (?:${[...FIRM_NOUNS].join('|')})['’]s|(the )?[^ ]+(?: [^ ]+){0,3}['’]s) `);

/** "president and CEO" → ["president", "chief executive officer"] */
export function splitRoles(title: string): string[] {
  const parts: string[] = [];
  // "commerce and industry minister", "sales and marketing director": fields with no post of their own go on the next part
  let field = '';
  // (a post's word the wire misspelled is the word meant: "exeuctive vice president")
  // ("aide Lt. Col.": a military rank abbreviated after a post is the holder's rank, a role of its own)
  const ranked = title.toLowerCase().replace(/(?<![a-z]\.) ((?:lt|col|gen|capt|maj|adm|sgt|brig)\.)/g, ', $1');
  for (const piece of ranked.replace(/[a-z]+/g, (w) => titleWordMeant(w, false) ?? w).split(/(\s*(?:,|\band\b|&|\/)\s*)/)) {
    // "head of its European business" holds the role "head of European business"
    // ... and "director of Intel's photonics technology lab" the role "director of photonics technology lab"
    // ("head of the Bundesbank's credit department": the article stays, "head of the credit department"; not
    // "the group's", which is "its")
    let part = piece.replace(/\s+/g, ' ').trim().replace(OWNER_IN_ROLE, ' of $1').replace(/^(?:a|an) /, '');
    if (!part || /^(?:,|and|&|\/)$/.test(part)) {
      if (field && part !== 'and') field = '';
      continue;
    }
    if (field) part = `${field} and ${part}`;
    field = '';
    // "general manager of Kodak's mass memory division", "director of the First International Economic Affairs
    // Division": a post of its own, held in a division or a department, is that post (a head's or a chief's unit is
    // what they head)
    const division = DIVISION_OF.exec(part);
    if (division && !/(?:^| )(?:head|chief)$/.test(division[1]!)) part = division[1]!;
    // ("risk management and insurance director": any field in lower case before the one with the post)
    // ... and a portfolio that a post's word spells ("Justice and Home Affairs Commissioner")
    const words = part.split(' ');
    const fieldWords = words.every((w) => PORTFOLIO_WORDS.has(w) || TITLE_MODIFIERS.has(w) || isFieldWord(w));
    if (!parts.length && fieldWords && words.every((w) => !(isRoleHead(w) || w in ROLE_CANON) || PORTFOLIO_WORDS.has(w))) {
      field = part;
      continue;
    }
    // "minister of international trade and industry": a part with no role in it goes on the portfolio before it
    const previous = parts[parts.length - 1];
    if ((previous?.includes(' of ') || previous?.includes(' for ')) && !hasRoleWord(part)) parts[parts.length - 1] = `${previous} and ${part}`;
    else parts.push(part);
  }
  if (field) parts.push(field);
  const roles: string[] = [];
  for (const part of parts) {
    const role = canonicalRole(part);
    if (role && !roles.includes(role)) roles.push(role);
  }
  // "former chairman and chief executive": the word that opens the posts puts them all in the past
  if (roles.length > 1 && /^(?:former|ex-)/.test(parts[0]!) && !/\b(?:now|currently|current|still)\b/.test(title.toLowerCase())) return roles.map((r) => (r.startsWith('former ') ? r : `former ${r}`));
  return roles;
}

const hasRoleWord = (part: string) => part.split(' ').some((w) => isRoleHead(w) || w in ROLE_CANON);

/** A legislator's seat and the constituency it is "for". */
const CONSTITUENCY_SEAT = /^(former )?(mp|msp|mep|mla|member) for [a-z]/;

/** The longest known role at the end of the phrase is made canonical; what stands before it stays. */
export function canonicalRole(phrase: string): string {
  if (!phrase) return '';
  if (phrase in ROLE_CANON) return ROLE_CANON[phrase]!;
  // ("MP for Ealing North", "the member for Kensington and Chelsea": a seat's constituency says where it is, not which
  // post it is)
  const seat = CONSTITUENCY_SEAT.exec(phrase);
  if (seat) return `${seat[1] ?? ''}${seat[2] === 'member' ? 'mp' : ROLE_CANON[seat[2]!]}`;
  // "co-ceo" → "co-chief executive officer"
  // "former-President" and "ex-president" as "former president": one canonical word for a post held before
  if (/^(?:former|ex)-[a-z]/.test(phrase)) return `former ${canonicalRole(phrase.slice(phrase.indexOf('-') + 1))}`;
  // ("deposed President", "ousted prime minister": a post someone was put out of, as written)
  if (/^(?:deposed|ousted) [a-z]/.test(phrase)) return `${phrase.slice(0, phrase.indexOf(' '))} ${canonicalRole(phrase.slice(phrase.indexOf(' ') + 1)).replace(/^former /, '')}`;
  // ("outside former director" is a "former outside director": the word goes first, as in every other role)
  const inner = / (?:former|ex-) ?/.exec(phrase);
  if (inner && !phrase.startsWith('former ')) return `former ${canonicalRole(phrase.slice(0, inner.index) + ' ' + phrase.slice(inner.index + inner[0].length))}`;
  // ("Vice-Prime Minister", "Deputy-Governor": a rank glued to its post by a hyphen is the rank before it)
  const glued = /^(vice|deputy)-([a-z].*)$/.exec(phrase);
  if (glued && hasRoleWord(glued[2]!)) return `${glued[1]} ${canonicalRole(glued[2]!)}`;
  // ("Its first chairman was Joseph Kennedy": the first to hold a company's top post held that post)
  if (/^first (?:chairman|president|chief executive)$/.test(phrase)) return canonicalRole(phrase.slice(6));
  if (/^co-[a-z]/.test(phrase)) {
    const rest = canonicalRole(phrase.slice(3));
    if (rest !== phrase.slice(3) || rest in ROLE_CANON || ROLE_HEADS.has(rest.split(' ')[0]!)) return `${phrase.slice(0, 3)}${rest}`;
  }
  for (const key of titleIndex().byLength) {
    if (phrase.endsWith(' ' + key)) return `${phrase.slice(0, -key.length).trim()} ${ROLE_CANON[key]}`;
  }
  // "vice-president for finance": a post with its field is spelled as the post alone is (its words, not others)
  const field = /^(.+?) ((?:of|for|in) .+)$/.exec(phrase);
  if (field && ROLE_CANON[field[1]!] === field[1]!.replace(/-/g, ' ') && ROLE_CANON[field[1]!] !== field[1]) return `${ROLE_CANON[field[1]!]} ${field[2]}`;
  return phrase;
}
