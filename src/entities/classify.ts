// Decides whether each name is an organization, a person or a place, from the
// evidence of all its mentions in the document: one "Nokia Oyj" or one
// "Nokia said it" makes every "Nokia" an organization.
import type { Doc, Token } from '../document/document.js';
import { KNOWN_ORGANIZATIONS, LEGAL_SUFFIXES, ORG_DESCRIPTOR_NOUNS, ORG_HEAD_WORDS, STOCK_CODE } from '../lexicon/organizations.js';
import { APPOINTING_VERBS, FAMILY_NAME_HEADS, GIVEN_NAMES, NAME_SUFFIXES, PARTY_STATE, SPEECH_VERBS } from '../lexicon/people.js';
import { DEMONYM_NOUNS, GOVERNMENT_SEATS, oneLine, places, type Place } from '../lexicon/places.js';
import { OCCUPATION_ROLES, ROLE_CANON, ROLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { isAcronym, type NameChunk } from './names.js';

export type EntityType = 'org' | 'person' | 'place' | 'other';

export interface Evidence {
  org: number;
  person: number;
  place: number;
}

const stripDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);
const stripComma = (s: string) => (s.endsWith(',') ? s.slice(0, -1) : s);
export const isLegalSuffix = (word: string): boolean => LEGAL_SUFFIXES.has(stripDot(word.toLowerCase()));

/** Words separated by single spaces only: splitting at /\s+/ and joining with ' ' gives the text back. */
const SPACED_WORDS = /^\S+(?: \S+)*$/;

/** The name without legal suffixes: the key under which mentions of one organization meet. */
export function nameKey(text: string): string {
  // most names end in neither a legal form nor odd spacing: no arrays for them
  if (SPACED_WORDS.test(text)) {
    const lastSpace = text.lastIndexOf(' ');
    if (lastSpace < 0 || !isLegalSuffix(stripComma(text.slice(lastSpace + 1)))) return stripComma(text);
  }
  const words = text.split(/\s+/);
  while (words.length > 1 && isLegalSuffix(stripComma(words[words.length - 1]!))) words.pop();
  return stripComma(words.join(' '));
}

export function lookupPlace(text: string): Place | undefined {
  text = oneLine(text);
  const byName = places().byName;
  return byName.get(text) ?? (text.endsWith('.') ? byName.get(text.slice(0, -1)) : undefined);
}

/** The code of the country a word of dotted initials names ("U.S.", "U.K."), if it names one. */
export function countryInitials(word: string): string | undefined {
  const place = /^(?:\p{Lu}\.){2,}$/u.test(word) ? lookupPlace(word) : undefined;
  return place?.kind === 'country' ? place.code ?? undefined : undefined;
}

/** "Chinese" → China, "Middle Eastern" → Middle East */
export function lookupPlaceAdjective(text: string): Place | undefined {
  return places().byAdjective.get(oneLine(text));
}

const ORG_CONTEXT_BEFORE = new Set(['shares', 'stake', 'unit', 'subsidiary', 'division', 'acquire', 'acquired', 'acquisition', 'bought', 'buy', 'merger', 'rival', 'stock']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const ORG_PRONOUNS_AFTER_SAID = new Set(['it', 'its']);

const tok = (doc: Doc, i: number, sentence: number): Token | undefined => {
  const t = doc.tokens[i];
  return t && t.sentence === sentence ? t : undefined;
};

/** Words after "X's" that show X is an organization: "X's shares", "X's board". */
const OWNED_AFTER_POSSESSIVE = new Set(['shares', 'stock', 'board', 'subsidiary', 'unit', 'stake', 'offer', 'bid', 'earnings', 'profit', 'sales', 'revenue', 'chief', 'parent', 'acquisition', 'purchase', 'takeover', 'shareholders']);
const TITLE_PREPOSITIONS = new Set(['of', 'at', 'for']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Titles that also name a company by what it makes, after the thing made. */
const MAKER_TITLES = new Set(['designer', 'designers', 'developer', 'developers', 'engineer', 'producer', 'publisher']);
const THING_NOUNS = new Set(['chip', 'chips', 'semiconductor', 'processor', 'software', 'game', 'games', 'video-game', 'drug', 'vaccine', 'app', 'property', 'real-estate', 'aircraft', 'engine']);
/** Words after "as" that make a banker's role in an issue, not a person's post ("Nomura as lead manager"). */
const ISSUE_ROLE_WORDS = new Set(['lead', 'co-lead', 'joint', 'co-manager', 'manager', 'managers', 'adviser', 'advisers', 'advisor', 'agent', 'underwriter', 'trustee', 'sponsor', 'broker', 'arranger', 'bookrunner', 'guarantor']);
const BUYING_VERBS = new Set(['acquire', 'acquired', 'bought', 'buy']);
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** Whether a token of [from, to) is written `text`. */
function anyTokenIs(doc: Doc, from: number, to: number, text: string): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.text === text) return true;
  return false;
}

const HEAD_LINKS = new Set(['of', 'for', 'on', 'to']);
const BANK_WORD = /^\p{Lu}\p{Ll}{2,}bank$/u;

/** Whether an institution's word stands before "of", "for", "on" or "to" inside the name ("Bank for International Settlements"). */
function headBeforeOf(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (HEAD_LINKS.has(doc.tokens[k]!.lower) && ORG_HEAD_WORDS.has(doc.tokens[k - 1]!.lower)) return true;
  return false;
}

/** Whether a middle word of the name is an initial ("John F. Kennedy"). */
function hasMiddleInitial(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (MIDDLE_INITIAL.test(doc.tokens[k]!.text)) return true;
  return false;
}

/** How far after "said" its subject's pronoun is looked for: "said on Tuesday that it". */
const SPEECH_PRONOUN_REACH = 5;

/** The first pronoun within reach after a verb of speech ending at `from`, lower case, unless a clause ends first. */
function pronounAfterSpeech(doc: Doc, from: number, sentence: number): string | undefined {
  for (let k = from; k < from + SPEECH_PRONOUN_REACH; k++) {
    const t = tok(doc, k, sentence);
    if (!t || (t.pos === 'PUNCT' && t.text !== ',')) return undefined;
    if (t.pos === 'PRON') return t.lower;
    // ("Bigelow said the company is continuing its buyback": a subject of its own opens what was said, and the
    // pronoun after it is that subject's; "said in a statement it" still reads on)
    if (t.pos === 'DET' && (k === from || tok(doc, k - 1, sentence)?.lower === 'that')) return undefined;
  }
  return undefined;
}

/** Past a legislator's party and state in brackets opening at token `open` ("(R-Kan.)", "(D-N.Y.)"), else -1. */
export function pastPartyState(doc: Doc, open: number, limit: number = doc.tokens.length): number {
  if (doc.tokens[open]?.text !== '(') return -1;
  let e = open + 1;
  while (e < limit && e < open + 8 && doc.tokens[e]!.text !== ')') e++;
  return e > open + 1 && doc.tokens[e]?.text === ')' && PARTY_STATE.test(doc.text.slice(doc.tokens[open + 1]!.start, doc.tokens[e - 1]!.end)) ? e + 1 : -1;
}

/**
 * The evidence a name gives once, however often the story writes it: a given
 * name opening it ("Laura Ashley" named six times, "Laura Ashley, which ..."
 * twice, is a company). What each mention's neighbours say adds up.
 */
export function nameEvidence(doc: Doc, c: NameChunk): Evidence {
  const length = c.tokenEnd - c.tokenStart;
  return { org: 0, person: length >= 2 && GIVEN_NAMES.has(doc.tokens[c.tokenStart]!.lower) ? 2.5 : 0, place: 0 };
}

/** The evidence one mention gives, from its own shape and its neighbours; `key` is its nameKey. */
export function mentionEvidence(doc: Doc, c: NameChunk, key: string = nameKey(c.text)): Evidence {
  const e: Evidence = { org: 0, person: 0, place: 0 };
  // the words are read in place: no copy of the name's tokens per mention
  const length = c.tokenEnd - c.tokenStart;
  const first = doc.tokens[c.tokenStart]!;
  const last = doc.tokens[c.tokenEnd - 1]!;
  // (a number after the head word tells which one: "BBC Radio 1", "Channel 4", "Local 7712")
  const numbered = length > 1 && /^\d+$/.test(last.text);
  const lastLower = stripDot(numbered ? doc.tokens[c.tokenEnd - 2]!.lower : last.lower);

  // (a noun for a nation's people, "Frenchman", "Briton", says where someone is from, as the adjective does)
  if (lookupPlace(c.text) || lookupPlaceAdjective(c.text) || DEMONYM_NOUNS.has(c.text)) e.place += 5;
  if (KNOWN_ORGANIZATIONS.has(c.text) || KNOWN_ORGANIZATIONS.has(key)) e.org += 10;
  // "the Reagan White House", "the Blair Downing Street": a name ending in a seat of government is the government's
  // ... as is the seat itself, even after a title ("the chief White House economic adviser")
  if (length >= 2 && Object.hasOwn(GOVERNMENT_SEATS, doc.text.slice(doc.tokens[c.tokenEnd - 2]!.start, last.end))) e.org += 5;
  if (length > 1 && isLegalSuffix(last.text)) e.org += 5;
  // ("Hospital Corp of America": a legal form before "of" and the country the name ends in)
  else if (length > 3 && doc.tokens[c.tokenEnd - 2]?.lower === 'of' && isLegalSuffix(doc.tokens[c.tokenEnd - 3]!.text)) e.org += 5;
  // ("Tony Banks", "Gordon Banks": after a given name, a word that heads firms' names and is a family name too)
  else if (ORG_HEAD_WORDS.has(lastLower) && length > 1) e.org += length === 2 && GIVEN_NAMES.has(first.lower) && FAMILY_NAME_HEADS.has(lastLower) ? 1 : 3;
  // "Federal Bureau of Investigation", "Bank of Japan", "Committee to Protect Journalists": the head stands before "of"
  else if (headBeforeOf(doc, c.tokenStart, c.tokenEnd)) e.org += 3;
  else if (ORG_HEAD_WORDS.has(lastLower)) e.org += 1;
  // (but a code with a figure in it after an article is a model's: "the NP1", "the A380"; "U2" alone may be a band's)
  if (length === 1 && isAcronym(first.text) && !lookupPlace(first.text)) e.org += /\d/.test(first.text) && ARTICLES.has(doc.tokens[c.tokenStart - 1]?.lower ?? '') ? -1 : 1;
  // "Commerzbank", "Hypovereinsbank", "Rabobank": a bank's name written as one word
  if (length === 1 && BANK_WORD.test(first.text)) e.org += 3;
  if (anyTokenIs(doc, c.tokenStart, c.tokenEnd, '&')) e.org += 2;

  if (c.honorific) e.person += 6;
  if (c.titleBefore) e.person += 3;
  if (length >= 2 && hasMiddleInitial(doc, c.tokenStart, c.tokenEnd)) e.person += 2.5;
  // "chief U.K. Economist", "senior U.S. Officials": the wire capitalizes the word after a country's initials; no
  // person's name opens with them
  if (length >= 2 && countryInitials(first.text)) e.person -= 10;
  // (a numbered fund or partnership is a firm's: "Plant Resources Venture Fund II")
  const numberedFirm = length >= 3 && NAME_SUFFIXES.has(last.lower) && ORG_HEAD_WORDS.has(doc.tokens[c.tokenEnd - 2]!.lower);
  if (numberedFirm) e.org += 3;
  else if (length >= 2 && NAME_SUFFIXES.has(last.lower)) e.person += 3;

  const before = tok(doc, c.tokenStart - 1, c.sentence);
  const before2 = tok(doc, c.tokenStart - 2, c.sentence);
  const after = tok(doc, c.tokenEnd + (c.possessive ? 1 : 0), c.sentence);
  const after2 = tok(doc, c.tokenEnd + (c.possessive ? 2 : 1), c.sentence);

  // ticker: "Nokia Oyj (NOK)"
  if (after?.text === '(' && after2 && /^[A-Z]{1,5}$/.test(after2.text) && tok(doc, c.tokenEnd + 2, c.sentence)?.text === ')') e.org += 3;
  // ... and as the wire writes it, in angle brackets: "New England Electric System <NES>", "Commerzbank AG <CBKG.F>"
  if (!c.possessive && after?.text === '<' && after2 && (/^[A-Z]{1,6}$/.test(after2.text) || STOCK_CODE.test(after2.text)) && /^[>.]$/.test(doc.tokens[c.tokenEnd + 2]?.text ?? '')) e.org += 3;

  // "<Gruppo Ferruzzi>": the wire sets an unlisted company's name in angle brackets (a listed one's is its stock code,
  // in capitals: "<CPC.N>")
  if (!c.possessive && before?.text === '<' && after?.text === '>' && /\p{Ll}/u.test(c.text) && !/['’]s$/.test(c.text)) e.org += 3;

  // a legislator's party and state in brackets: "Pat Roberts (R-Kan.)"
  if (!c.possessive && pastPartyState(doc, c.tokenEnd, doc.sentences[c.sentence]!.tokenEnd) > 0) e.person += 4;

  // "X said it" / "X said he" / "X said on Tuesday that it": the first pronoun after the verb is the speaker
  if (after && SPEECH_VERBS.has(after.lower)) {
    const speaker = pronounAfterSpeech(doc, c.tokenEnd + (c.possessive ? 2 : 1), c.sentence);
    if (speaker && ORG_PRONOUNS_AFTER_SAID.has(speaker)) e.org += 2;
    if (speaker && PERSON_PRONOUNS.has(speaker)) e.person += 2;
  }
  // "the ruling Christian Democratic party": a name before a body's word in lower case is that body's
  if (after && !c.possessive && after.text === 'party' && length >= 2) e.org += 3;
  // "Ilse Brandauer, 47, of ...": an age set off after a name of two words or more
  if (after?.text === ',' && !c.possessive && length >= 2 && after2?.pos === 'NUM' && /^\d{2}$/.test(after2.text) && tok(doc, c.tokenEnd + 2, c.sentence)?.text === ',') e.person += 2;
  // "Apple has unveiled a new computer", "Apple sued a website": a one-word name doing what companies do
  if (length === 1 && !c.possessive && !c.titleBefore && !c.honorific && corporateActionAfter(doc, c.tokenEnd, c.sentence)) e.org += 0.75;
  // "Spotify, which launched ..." / "Ek, who founded ...": the relative pronoun says which
  if (after?.text === ',' && !c.possessive && after2) {
    if (after2.lower === 'which') e.org += 1.5;
    if (after2.lower === 'who' || after2.lower === 'whose') e.person += length >= 2 ? 1.5 : 1;
    // ("Swett, who was Finance Minister of Ecuador": a post the clause says the one name holds, in capitals or not)
    const copula = after2.lower === 'who' ? tok(doc, c.tokenEnd + 2, c.sentence) : undefined;
    // (not a peer's seat: "Lord Roberts of Conwy, who was a Welsh Office minister")
    if (length === 1 && (copula?.lower === 'is' || copula?.lower === 'was') && postOpensAt(doc, c.tokenEnd + 3, c.sentence) && before?.lower !== 'of') e.person += 1;
  }
  // "hired Sabih Khan as chief operating officer", "named Jane Doe to the post": a post is given to people
  // ... and "its board elected Gil Morrow chairman": straight to the post, in lower case
  if (length >= 2 && !c.possessive && before && APPOINTING_VERBS.has(before.lower) && after && (after.lower === 'as' || after.lower === 'to' || (after.text === after.lower && ROLE_HEADS.has(after.lower)))) e.person += 2;
  // "Sabih Khan as chief operating officer" (but "Nomura as lead manager", "Lazard as financial adviser")
  else if (length >= 2 && !c.possessive && after?.lower === 'as' && asPost(doc, c.tokenEnd + 1, c.sentence)) e.person += 1.5;
  // "L.K. Evans has been elected president", "R.C. Mills was named president and general manager": a post given
  // to the name, in lower case or after "as" (not "was named in the suit", "has been named the best airline")
  else if (length >= 2 && !c.possessive && passivelyAppointed(doc, c.tokenEnd, c.sentence)) e.person += 2;
  // "said John Smith" (two or more words: organizations say things too)
  if (before && SPEECH_VERBS.has(before.lower) && length >= 2 && !c.possessive) e.person += 1;

  // "chip designer Quanta Silicon", "software developer Arcadia Labs": a maker of things is a company
  const maker = !!before && !!before2 && MAKER_TITLES.has(before.lower) && THING_NOUNS.has(before2.lower);
  if (maker) e.org += 2.5;
  // a lower-case title right before: "chief executive Rajeev Suri", "chairman Tony O'Reilly"
  // (not a count of members: "the seven member Association of Tin Producing Countries", "the 20,000-member Letter Carriers Union")
  else if (before && !c.titleBefore && isTitleTokenLower(before) && length >= 2 && !countedBefore(doc, c.tokenStart - 1)) e.person += 3;

  // "(CBT Chairman) Karsten Mahlmann": a post the wire set in brackets before the name
  const bracketed = before?.text === ')' ? tok(doc, c.tokenStart - 2, c.sentence) : undefined;
  if (bracketed && length >= 2 && isRoleWord(bracketed.lower)) e.person += 3;
  // "Massoud Shadjareh, from the Muslim Safety Forum, said": where a person speaks from is a body, set off by commas
  if (after?.text === ',' && !c.possessive && length >= 2 && after2?.lower === 'from' && tok(doc, c.tokenEnd + 2, c.sentence)?.lower === 'the') e.person += 2;
  // apposition: "Xiaomi, the Chinese smartphone maker," / "Rajeev Suri, the president and CEO of Nokia"
  if (after?.text === ',' && !c.possessive) {
    const kind = appositionKind(doc, c.tokenEnd + 1, c.sentence);
    if (kind === 'org') e.org += 3;
    // ... but "Professor X of Tel Aviv University, a member of the team": the post is the person's before it
    // (where nothing else says person: "Greg Mills, program director", "R.C. Mills, president")
    const institution = ORG_HEAD_WORDS.has(lastLower) && !GIVEN_NAMES.has(first.lower) && !/^(?:\p{Lu}\.)+$/u.test(first.text);
    // ... nor "more U.S. Goods, a spokesman said": a name opening with a country's initials is no person's
    // ... nor "president of American Hoechst, vice chairman": nor one opening with a nation's adjective
    const national = length >= 2 && ((/^[\p{Lu}.]+$/u.test(first.text) && lookupPlace(first.text)?.kind === 'country') || lookupPlaceAdjective(first.text)?.kind === 'country');
    if (kind === 'person' && !institution && !national) e.person += length >= 2 ? 3 : 1;
  }
  // "Beck-Crespel is a specialist steel firm": what the name is, said by a copula (a body's word only: "Buhecha was
  // a distributor of films" is a trader's)
  if (!c.possessive && (after?.lower === 'is' || after?.lower === 'was') && BODY_HEADS.has(appositionHead(doc, c.tokenEnd + 1, c.sentence)?.text ?? '')) e.org += 3;
  // "X's chief executive", "X's shares" (not "President Castro's chief aide": a title before makes it a person's)
  if (c.possessive && after && !c.titleBefore && !c.honorific) {
    if (isPostTokenLower(after) || (after2 && isPostTokenLower(after2) && TITLE_MODIFIERS.has(after.lower))) e.org += 2;
    if (OWNED_AFTER_POSSESSIVE.has(after.lower)) e.org += 1.5;
  }
  // "James Hardie chairwoman, Meredith Hellicar": a name that opens with a given name, right before a post and its
  // holder's name, is a firm named for its founder (not a principal served: "George Bush spokesman Marlin Fitzwater")
  if (!c.possessive && length >= 2 && GIVEN_NAMES.has(first.lower) && postThenHolder(doc, c.tokenEnd, c.sentence)) e.org += 3;
  // "manager of X", "analyst at X": what a title belongs to
  if (before && TITLE_PREPOSITIONS.has(before.lower) && before2 && isPostTokenLower(before2)) e.org += 2;
  // ... and "analyst with X": one works with a firm, never with a person's name ("gas analyst with Dean Witter Reynolds")
  if (before?.lower === 'with' && before2 && isPostTokenLower(before2)) e.org += 4;
  // "shares of X", "a stake in X", "unit of X"
  if (before && (before.lower === 'of' || before.lower === 'in') && before2 && ORG_CONTEXT_BEFORE.has(before2.lower)) e.org += 1.5;
  if (before && ORG_CONTEXT_BEFORE.has(before.lower) && BUYING_VERBS.has(before.lower)) e.org += 1;
  // "makers such as Apple and Samsung": a list after an organization noun
  if (listAfterOrgNoun(doc, c)) e.org += 2.5;
  // "telecoms firm Eircom", "US media giant TimeWarner", "search-engine Google"
  // ... also capitalized for opening the sentence ("Insurer Albion Mutual is to move ...")
  const describing = before && (before.text === before.lower || (before.index === doc.sentences[c.sentence]!.tokenStart && /^\p{Lu}\p{Ll}+$/u.test(before.text)));
  if (describing && ORG_DESCRIPTOR_NOUNS.has(gluedWordEndingAt(doc, c.tokenStart - 1)) && !c.honorific) e.org += 2.5;
  // "Ireland's state-owned airline, Aer Lingus, ...": the word set off before the name by a comma
  // (not a post set off before its holder: "whose managing partner, Eli Brandt,")
  // (nor where the name describes the one that follows: "feta producer, Yorkshire company Shepherds Purse")
  // (nor where a name before the word is the company: "The head of the Naftohaz company, Yury Boyko, said")
  else if (before?.text === ',' && before2 && before2.text === before2.lower && ORG_DESCRIPTOR_NOUNS.has(gluedWordEndingAt(doc, c.tokenStart - 2)) && !isTitleTokenLower(before2) && !c.honorific && !describesNext(doc, c) && !namedBeforeWord(doc, c.tokenStart - 3, c.sentence)) e.org += 2;
  return e;
}

/** Verbs of what a company does, in the past: launching products, suing (not buying or selling: investors do that too). */
const CORPORATE_ACTIONS = new Set(['unveiled', 'launched', 'sued', 'shipped', 'recalled', 'floated']);
/** A corporate action's verb right after the name at `k`, or after "has" or "have". */
function corporateActionAfter(doc: Doc, k: number, sentence: number): boolean {
  const t = tok(doc, k, sentence);
  const verb = t && (t.lower === 'has' || t.lower === 'have') ? tok(doc, k + 1, sentence) : t;
  return !!verb && CORPORATE_ACTIONS.has(verb.lower);
}

/** A lower-case word for a firm and another name right after the name: "Yorkshire company Shepherds Purse". */
function describesNext(doc: Doc, c: NameChunk): boolean {
  const word = tok(doc, c.tokenEnd, c.sentence);
  const next = tok(doc, c.tokenEnd + 1, c.sentence);
  return !c.possessive && !!word && word.text === word.lower && ORG_DESCRIPTOR_NOUNS.has(word.lower) && !!next && /^\p{Lu}/u.test(next.text);
}

/** A name (no place's, and not opening the sentence) ending at token `k`, right before a word for a company: "the Naftohaz company". */
function namedBeforeWord(doc: Doc, k: number, sentence: number): boolean {
  const t = tok(doc, k, sentence);
  if (!t || !/^\p{Lu}/u.test(t.text) || t.index === doc.sentences[sentence]!.tokenStart) return false;
  return !lookupPlace(t.text) && !lookupPlaceAdjective(t.text);
}

/** The word ending at token `k` with what a hyphen glues to it: "start-up" for "up". */
function gluedWordEndingAt(doc: Doc, k: number): string {
  let word = doc.tokens[k]!.lower;
  while (k >= 2 && doc.tokens[k - 1]!.text === '-' && doc.tokens[k - 1]!.start === doc.tokens[k - 2]!.end && doc.tokens[k]!.start === doc.tokens[k - 1]!.end) {
    word = `${doc.tokens[k - 2]!.lower}-${word}`;
    k -= 2;
  }
  return word;
}

/** "has been elected", "was named", "will be appointed": a passive of appointing at `i`, to a post (or "as" one) right after. */
function passivelyAppointed(doc: Doc, i: number, sentence: number): boolean {
  let k = i;
  if (PASSIVE_AUXILIARIES.has(tok(doc, k, sentence)?.lower ?? '')) k++;
  if (tok(doc, k, sentence)?.lower === 'been' || tok(doc, k, sentence)?.lower === 'be') k++;
  if (k === i || !APPOINTING_VERBS.has(tok(doc, k, sentence)?.lower ?? '')) return false;
  const next = tok(doc, k + 1, sentence);
  return !!next && (next.lower === 'as' ? asPost(doc, k + 2, sentence) : isTitleTokenLower(next));
}
const PASSIVE_AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'will', 'would']);

/** Lower-case post words from `i` (a serving post's excepted), then, past a comma or not, a capitalized word. */
function postThenHolder(doc: Doc, i: number, sentence: number): boolean {
  let k = i;
  for (let t = tok(doc, k, sentence); k < i + 4 && t && /^\p{Ll}+$/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ'); t = tok(doc, ++k, sentence));
  const head = tok(doc, k - 1, sentence);
  if (k === i || !head || !isPostTokenLower(head) || SERVING_WORDS.has(head.lower)) return false;
  const next = tok(doc, tok(doc, k, sentence)?.text === ',' ? k + 1 : k, sentence);
  return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.pos === 'PROPN';
}
/** Posts that serve a person, whose name may stand before them as a company's does: "Reagan aide". */
const SERVING_WORDS = new Set(['aide', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'secretary', 'ally', 'lawyer', 'attorney']);

/** A person's post starts at `i` after "as": a lower-case title within five words, and no banker's role in an issue. */
function asPost(doc: Doc, i: number, sentence: number): boolean {
  for (let k = i; k < i + 5; k++) {
    const t = tok(doc, k, sentence);
    if (!t || ISSUE_ROLE_WORDS.has(t.lower)) return false;
    if (t.lower === 'its' || t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'new' || t.lower === 'next' || TITLE_MODIFIERS.has(t.lower)) continue;
    return isTitleTokenLower(t) || t.lower === 'ceo' || t.lower === 'cfo' || t.lower === 'coo';
  }
  return false;
}

/** A post's word, which an organization holds ("manager of X", "X's chairman"); not an occupation ("best actor for Jamie Foxx"). */
const isPostTokenLower = (t: Token): boolean => isTitleTokenLower(t) && !OCCUPATION_ROLES.test(t.lower);

/** A number before the word at `i`, or glued to it by a hyphen: "seven member", "20,000-member". */
function countedBefore(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const number = prev?.text === '-' && prev.end === doc.tokens[i]!.start ? doc.tokens[i - 2] : prev;
  return number?.pos === 'NUM';
}

function isTitleTokenLower(t: Token): boolean {
  return t.text === t.lower && isRoleWord(t.lower);
}

/** A post's word or a whole post the lexicon knows, in any case: "chairman", "Minister". */
const isRoleWord = (lower: string) => ROLE_HEADS.has(lower) || lower in ROLE_CANON;

const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** Whether a post's word ends the few words at `i`, before what it is of or for: "Finance Minister of", "a chairman". */
function postOpensAt(doc: Doc, i: number, sentence: number): boolean {
  let k = APPOSITION_DETERMINERS.has(tok(doc, i, sentence)?.lower ?? '') ? i + 1 : i;
  // (by its words alone: the tagger reads "chairman" after "is" as a verb)
  for (const from = k; k < from + 4; k++) {
    const t = tok(doc, k, sentence);
    if (!t || t.text === ',' || HEAD_ENDS.has(t.lower)) break;
  }
  const head = tok(doc, k - 1, sentence);
  return k > i && !!head && isRoleWord(head.lower);
}

/** Words for a body that no one person can be ("a specialist steel firm"); not a maker or a distributor, which a sole trader can be. */
const BODY_HEADS = new Set(['firm', 'company', 'group', 'bank', 'concern', 'conglomerate', 'airline', 'chain', 'brokerage', 'corporation', 'agency', 'organisation', 'organization', 'association', 'charity', 'subsidiary', 'unit', 'carmaker', 'partnership', 'consortium', 'cooperative', 'co-operative']);
/** What an apposition after a name says it is: "the president of", "a unit of", "the Chinese smartphone maker". */
const HEAD_ENDS = new Set(['of', 'at', 'for', 'with', 'in', 'who', 'which', 'that', 'whose']);
/** Verbs of saying that close an attribution set off after a name: ", the company said". */
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'added', 'announced', 'reported', 'stated']);

function appositionKind(doc: Doc, i: number, sentence: number): 'org' | 'person' | null {
  const head = appositionHead(doc, i, sentence);
  if (!head) return null;
  if (isTitleTokenLower(head) || head.lower === 'ceo' || head.lower === 'cfo' || head.lower === 'coo') return 'person';
  // (a word for a firm in lower case: "Bank" of "Bank of America vice president" opens a name)
  if (ORG_DESCRIPTOR_NOUNS.has(head.text)) return 'org';
  return null;
}

/** The head word of the noun phrase that says what a name is, starting at token `i` ("the Chinese smartphone maker"). */
function appositionHead(doc: Doc, i: number, sentence: number): Token | undefined {
  let k = i;
  const first = tok(doc, k, sentence);
  if (first && APPOSITION_DETERMINERS.has(first.lower)) k++;
  // ("Wipro, India's third-biggest software firm,": an owner's possessive stands where an article would)
  else if (first && /^\p{Lu}/u.test(first.text) && /^['’]s$/.test(tok(doc, k + 1, sentence)?.text ?? '')) k += 2;
  // ("Jean-Michel Lemetayer, from the FNSEA farmers' union,": what follows a preposition is where it is from, not what it is)
  // (but "Burlington, as the largest manufacturer of denim," says what it is)
  else if (first?.pos === 'ADP' && first.lower !== 'as') return undefined;
  // look along the noun phrase for its head, up to a few words
  for (let n = 0; n < 7; n++, k++) {
    const t = tok(doc, k, sentence);
    // "the Paris-based startup": a place glued to "-based" describes the head that follows
    const glued = t?.pos === 'VERB' && tok(doc, k - 1, sentence)?.text === '-' && /(?:ed|run|owned)$/.test(t.lower);
    // (the head stands before what it is of, at or for: "Jay LeBoff, spokesman for Hotseat")
    if (!t || t.text === ',' || (t.pos === 'VERB' && !glued) || HEAD_ENDS.has(t.lower)) {
      const head = tok(doc, k - 1, sentence);
      if (!head || k === i) return undefined;
      // ("replaced by Harold Simmons, the company said": who said it, not what the name is)
      if (t && ATTRIBUTION_VERBS.has(t.lower)) return undefined;
      return head;
    }
    if (t.lower === 'ceo' || t.lower === 'cfo' || t.lower === 'coo') return t;
  }
  return undefined;
}

function listAfterOrgNoun(doc: Doc, c: NameChunk): boolean {
  // walk back over "X, Y and" to "such as" / "like" / "including" preceded by an organization noun
  let k = c.tokenStart - 1;
  for (let n = 0; n < 12 && k > doc.sentences[c.sentence]!.tokenStart; n++, k--) {
    const t = doc.tokens[k]!;
    if (t.lower === 'as' && doc.tokens[k - 1]?.lower === 'such') return ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 2]?.lower ?? '') || isOrgPlural(doc.tokens[k - 2]);
    if (t.lower === 'like' || t.lower === 'including') return ORG_DESCRIPTOR_NOUNS.has(doc.tokens[k - 1]?.lower ?? '') || isOrgPlural(doc.tokens[k - 1]);
    if (!(t.text === ',' || t.lower === 'and' || t.lower === 'or' || /^\p{Lu}/u.test(t.text))) return false;
  }
  return false;
}
const isOrgPlural = (t: Token | undefined) => !!t && /(makers|manufacturers|companies|firms|rivals|banks|carriers|brands|retailers)$/.test(t.lower);

/** The class a key gets from the sum of its mentions' evidence. */
export function decide(e: Evidence): EntityType {
  const best = Math.max(e.org, e.person, e.place);
  if (best < 1.5) return 'other';
  if (e.place === best) return 'place';
  if (e.person === best) return 'person';
  return 'org';
}
