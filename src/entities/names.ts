// Finds runs of capitalized tokens that may be names ("Four Seasons Hotels",
// "Rajeev Suri", "Bank of America", "Coca-Cola Co"), with the cues around them
// that the classifier reads. A name never crosses a sentence.
import type { Doc, Token } from '../document/document.js';
import { CALENDAR_NAME_STOPS, WEEKDAYS } from '../lexicon/calendar.js';
import { AUTHORITY_HEADS, BODY_HEADS, BODY_WORDS, BODY_WORDS_AFTER, BRANCH_WORDS, CHAMBERS, COMMITTEE_WORDS, ORG_DESCRIPTOR_NOUNS, FOR_HEADS, GERMAN_JOINERS, TO_HEADS, forNeedsNoPlace, ON_HEADS, LEGAL_SUFFIXES, EARNINGS_ABBREVIATIONS, NOT_NAME_WORDS, OF_HEADS, OPENING_ADVERBS, OPENING_DESCRIPTIONS, PARTY_WORDS, PAST_POST_WORDS, ORG_HEAD_WORDS, TERM_ACRONYMS, WIRE_AGENCIES } from '../lexicon/organizations.js';
import { DEMONYM_NOUNS, GOVERNMENT_SEATS, oneLine, places } from '../lexicon/places.js';
import { GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, POSTNOMINAL_POSTS, RANK_OPENINGS, SURNAME_MONTHS } from '../lexicon/people.js';
import { ENVOYS, isTitleWord, PORTFOLIO_WORDS, ROLE_CANON, ROLE_HEADS, singularPost, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { isDictionaryWord } from '../document/nlp.js';

export interface NameChunk {
  sentence: number;
  /** token range [tokenStart, tokenEnd) of the name itself */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** followed by 's */
  possessive: boolean;
  /** an honorific stood right before it ("Mr.", "Dr") */
  honorific: boolean;
  /** a capitalized title stood right before it inside the same run ("Chief Executive Rajeev Suri") */
  titleBefore: boolean;
}

const MAX_NAME_TOKENS = 10;
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', ':', '-', '--', '—', '/']);
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV', 'NUM', 'INTJ', 'VERB']);
// camel-case brands ("eBay", "iPhone") count as capitalized, and so do names written as web addresses ("gamesindustry.biz")
// and a French or Italian name's elided particle glued to it ("Valery Giscard d'Estaing", "Compagnie Generale d'Electricite")
const CAPITALIZED = /^(?:\p{Lu}|[a-z]{1,2}\p{Lu}|[a-z][\w-]*\.(?:com|net|org|biz|info)$|[dl]['’]\p{Lu})/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,4})$/u;

export const isCapitalized = (t: Token): boolean => CAPITALIZED.test(t.text);
export const isAcronym = (text: string): boolean => ACRONYM.test(text);
const stripDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/** Small words inside a name between its capitalized words. */
const NAME_JOINERS = new Set(['and', '&', 'of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'for', 'on']);
/** The words a document writes in lower case, and those that open a name within a sentence, found once per document. */
const wordCases = new WeakMap<Doc, { lower: Set<string>; capitalized: Set<string> }>();
function caseOfWords(doc: Doc): { lower: Set<string>; capitalized: Set<string> } {
  let found = wordCases.get(doc);
  if (!found) {
    found = { lower: new Set(), capitalized: new Set() };
    doc.tokens.forEach((t, i) => {
      if (/^[a-z]/.test(t.text)) found!.lower.add(t.lower);
      // (as a name's first word: "Nippon Steel" and "Iron and Steel Co." do not make "Steel" one)
      else if (/^\p{Lu}/u.test(t.text) && !startsSentence(doc, i) && !/^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? '') && !NAME_JOINERS.has(doc.tokens[i - 1]?.lower ?? '')) found!.capitalized.add(t.text);
    });
    wordCases.set(doc, found);
  }
  return found;
}

function startsSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const first = doc.sentences[t.sentence]!.tokenStart;
  if (i === first) return true;
  const before = doc.tokens[i - 1]!;
  // (a hyphen glued on both sides joins a word, it opens nothing: "Beghin-Say")
  if (before.text === '-' && before.end === t.start && doc.tokens[i - 2]?.end === before.start) return false;
  return OPENERS.has(before.text);
}

/** Whether the token after "A and P" shows the initials name something: a possessive, a capitalized word or a post. */
function initialsGoOn(t: Token | undefined): boolean {
  return !!t && (/^['’]s$/.test(t.text) || /^\p{Lu}\p{L}/u.test(t.text) || isTitleWord(t.lower));
}

/** Whether a known place's name of two or three words starts at token `i` ("New Zealand", "South Korea"). */
function opensPlaceName(doc: Doc, i: number): boolean {
  for (let end = i + 2; end <= i + 3 && end <= doc.tokens.length; end++) {
    if (doc.tokens[end - 1]!.sentence !== doc.tokens[i]!.sentence) break;
    if (places().byName.has(oneLine(doc.text.slice(doc.tokens[i]!.start, doc.tokens[end - 1]!.end)))) return true;
  }
  return false;
}

/** Whether a capitalized token may begin or continue a name. */
function isNameToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (digitOpensName(doc, i)) return true;
  if (!isCapitalized(t)) return false;
  // ("Faithfully yours, Paul A Volcker  Reuter": the wire's sign-off closing the story is no part of a name before it)
  if (i === doc.tokens.length - 1 && /^reuter$/i.test(t.text)) return false;
  if (EARNINGS_ABBREVIATIONS.has(t.lower)) return false;
  // "Bill May", "Theresa May": a month after a given name is a family name, unless a day's number follows
  if (SURNAME_MONTHS.has(t.lower) && i > 0 && doc.tokens[i - 1]!.sentence === t.sentence && GIVEN_NAMES.has(doc.tokens[i - 1]!.lower) && isCapitalized(doc.tokens[i - 1]!) && !/^\d/.test(doc.tokens[i + 1]?.text ?? '')) return true;
  if (CALENDAR_NAME_STOPS.has(t.lower)) {
    const next = doc.tokens[i + 1];
    if (!next || next.sentence !== t.sentence || !isCapitalized(next) || CALENDAR_NAME_STOPS.has(next.lower)) return false;
    // "In December BankAmerica and Wells Fargo ...": after a preposition of time the month is a date
    if (i > 0 && doc.tokens[i - 1]!.sentence === t.sentence && TIME_PREPOSITIONS.has(doc.tokens[i - 1]!.lower)) return false;
    // "said Friday Deputy U.S. Trade Representative Michael Smith": a weekday before a title is the day it was said
    if ((WEEKDAYS as readonly string[]).includes(t.lower) && (isTitleWord(next.lower) || HONORIFICS.has(next.lower))) return false;
  }
  // (but a company's first word in the wire's brackets: "<Mr. Steak Inc>")
  if (HONORIFICS.has(t.lower) && t.text.endsWith('.') && doc.tokens[i - 1]?.text !== '<') return false;
  // ("Margaret Moran MP": a post written after the name ends it)
  // (before another name it is a title: "Labour MP Tony Banks")
  // ... and alone it is no name either ("the MP's resignation")
  if (POSTNOMINAL_POSTS.has(t.text) && !(doc.tokens[i + 1] && isCapitalized(doc.tokens[i + 1]!) && doc.tokens[i + 1]!.sentence === t.sentence)) return false;
  // "builds AI tools": a thing's acronym alone is no name ("Corvid AI" and "AI Singapore" keep it)
  if (TERM_ACRONYMS.has(t.text) && !joinsCapitals(doc, i)) return false;
  // ("The sources said New White House Chief of Staff Howard Baker": a word for what is new, capitalized or not, opens
  // no seat of government's name)
  if (t.lower === 'new' && seatOfGovernmentAt(doc, i + 1)) return false;
  // ("Michael Armacost, Under Secretary of State": the preposition that opens an under secretary's title is the title's)
  if (t.lower === 'under' && /^secretar/.test(doc.tokens[i + 1]?.lower ?? '')) return false;
  if (!startsSentence(doc, i)) return true;
  // "New Zealand trade minister ...": a place's name of two words or three opening the sentence
  if (opensPlaceName(doc, i)) return true;
  if (PAST_POST_WORDS.has(t.lower)) return false;
  // ("Latest Federal Reserve data suggest": a word that describes what the name's body put out opens no name)
  if (OPENING_DESCRIBERS.has(t.lower)) return false;
  // ("Called Measurement Auditors Co, the partnership ...": a participle that gives the name after it is none of it)
  if (NAMING_PARTICIPLES.has(t.lower)) return false;
  // "Four Seasons Hotels", "Ravel Industries Inc", "New England Electric Co": a word that opens a company's name
  // (not an adverb that opens the sentence: "Now Chrysler Corp is saying")
  if (OPENING_ADVERBS.has(t.lower)) return false;
  if ((t.pos === 'VERB' || t.pos === 'NUM' || t.pos === 'ADV' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN') && runEndsInOrgWord(doc, doc.tokens[i + 1]?.text === '-' && doc.tokens[i + 1]!.start === t.end ? i + 2 : i + 1)) return true;
  // ... or after "and" ("Mortgage and Realty Trust said")
  if ((t.pos === 'PROPN' || t.pos === 'NOUN') && !isTitleWord(t.lower) && (doc.tokens[i + 1]?.lower === 'and' || doc.tokens[i + 1]?.text === '&') && runEndsInOrgWord(doc, i + 2)) return true;
  // ... or a ministry's word before its "of" ("Office of Management and Budget Director James Miller said")
  if (MINISTRY_HEADS.has(t.lower) && !isTitleWord(t.lower) && doc.tokens[i + 1]?.lower === 'of' && doc.tokens[i + 2] && isCapitalized(doc.tokens[i + 2]!)) return true;
  // "A. William Reynolds, chairman of ...": an initial and its stop before a capitalized word, no article
  const next = doc.tokens[i + 1];
  if (/^\p{Lu}\.$/u.test(t.text) && t.end === t.start + 2 && next?.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && GIVEN_NAMES.has(next.lower)) return true;
  // ("Shanghai plans to rely on soft loans": a city or a country the lexicon knows, opening the sentence as its subject,
  // is that place whatever the tagger makes of the word)
  const place = places().byName.get(t.text);
  if (place && (place.kind === 'city' || place.kind === 'country') && next?.sentence === t.sentence && /^[a-z]/.test(next.text)) return true;
  // a sentence's first word is capitalized whatever it is
  if (NOT_NAME_WORDS.has(t.lower) || NOT_NAME_WORDS.has(stripDot(t.lower))) return false;
  // ... as is a word that describes a party's member before the party's name ("Veteran Labour MP Jack Cunningham")
  // (not a party's own first word, "Liberal Democrat", nor a nation's, "Scottish Labour")
  if (startsSentence(doc, i) && isDictionaryWord(t.lower) && !GIVEN_NAMES.has(t.lower) && partyNameLength(doc, i + 1) > 0 && partyNameLength(doc, i) < 2 && !PARTY_WORDS.has(t.text) && !isPlaceWord(t.text)) return false;
  // "Tessellate AI, a two-year-old startup, ...": a word before a thing's acronym names a company, whatever it means alone
  // (not "Build AI tools": the acronym then describes a thing)
  const after = doc.tokens[i + 2];
  if (TERM_ACRONYMS.has(doc.tokens[i + 1]?.text ?? '') && doc.tokens[i + 1]!.sentence === t.sentence && !(after && after.sentence === t.sentence && /^[a-z]/.test(after.text) && after.pos === 'NOUN')) return true;
  // ("Steel analyst Peter Fish" in a story of "iron ore, a key component of steel": an ordinary word the story writes
  // in lower case, and never capitalized within a sentence, opens a sentence as that word, before a post in lower case;
  // not a body's word, which points back to the body named: "Committee chairman John Dingell")
  if (isDictionaryWord(t.lower) && /^[a-z]/.test(next?.text ?? '') && next!.sentence === t.sentence && isTitleWord(next!.lower) && !BODY_WORDS.has(t.lower) && !BODY_WORDS_AFTER.has(t.lower) && !BODY_HEADS.has(t.lower) && caseOfWords(doc).lower.has(t.lower) && !caseOfWords(doc).capitalized.has(t.text)) return false;
  if (t.pos === 'PROPN' || isAcronym(t.text)) return true;
  // "Soviet deputy prime minister Alexei Antonov ...": a country's adjective is its name wherever it stands
  if (places().byAdjective.has(t.text)) return true;
  // "Don Hanes, vice president ...": a given name that is also a verb, opening a sentence before a family name and a
  // comma or a verb
  if (GIVEN_NAMES.has(t.lower) && givenNameOpening(doc, i)) return true;
  // "Richard Rose was named president. Rose has been ...": a family name the story gave with a given name or an
  // honorific, whatever the tagger makes of it alone
  if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && namedAsFamilyName(doc, t.text)) return true;
  if (FUNCTION_POS.has(t.pos)) return false;
  return !!next && next.sentence === t.sentence && isCapitalized(next);
}

const CONTENT_POS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ']);

/** A family name after token `i`, in the same sentence, followed by a comma or a verb. */
function givenNameOpening(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  const after = doc.tokens[i + 2];
  // (whatever the tagger made of the family name: "Don Manning will remain" tags "Manning" a verb)
  return !!next && !!after && next.sentence === doc.tokens[i]!.sentence && CONTENT_POS.has(next.pos) && /^\p{Lu}\p{Ll}/u.test(next.text) && (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX');
}

/** Whether a capitalized word of the same sentence stands right before or after token `i` (not an opening "The"). */
function joinsCapitals(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // "WOR-TV": a hyphen glues it to the capitalized word before
  const glued = prev?.text === '-' && prev.end === t.start && i >= 2 && doc.tokens[i - 2]!.end === prev.start && isCapitalized(doc.tokens[i - 2]!);
  return glued || (!!prev && prev.sentence === t.sentence && isCapitalized(prev) && !(startsSentence(doc, i - 1) && NOT_NAME_WORDS.has(prev.lower))) || (!!next && next.sentence === t.sentence && isCapitalized(next));
}

// (and a chamber's trades: "Philippine Chamber of Commerce and Industry")
/** Heads of a school's name, before "of" and what it teaches. */
const SCHOOL_HEADS = new Set(['college', 'school', 'university', 'academy', 'faculty']);
const MINISTRY_HEADS = new Set(['ministry', 'department', 'minister', 'secretary', 'chamber', 'office', 'bureau']);

const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'during', 'last', 'next', 'early', 'late', 'mid']);
// ... and so do initials written as one word with their full stop ("than in IE. Paul Randle said"): wink keeps the
// stop in the word and the sentence unbroken
const closesWithPeriod = (prev: Token, t: Token) =>
  (prev.text.endsWith('.') && isLegalSuffixToken(prev) && !isLegalSuffixToken(t) && t.text !== '&' && t.lower !== 'of') || (ACRONYM_WITH_STOP.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(t.text));
const ACRONYM_WITH_STOP = /^\p{Lu}{2,}\.$/u;
/** Words that end a whole company name, so an "and" after them joins two companies ("Palmetto Bancorp and Riverbend Corp"). */
const NAME_FINAL_WORDS = new Set(['bancorp', 'bancorporation', 'bancshares', 'bankshares', 'group', 'holdings', 'industries', 'enterprises', 'partners', 'associates', 'technologies', 'systems', 'laboratories', 'communications', 'airlines', 'corporation', 'company', 'international', 'financial', 'electronics', 'motors']);
const LOWER_LEGAL_FORMS = new Set(['corp', 'corp.', 'co', 'co.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc']);
const isLegalSuffixToken = (t: Token | undefined) => !!t && LEGAL_SUFFIXES.has(stripDot(t.lower));

/** Whether the run of a name from `runStart` to `i` went through "for the" after a capitalized word ("Centre for the Study"). */
function forTheInRun(doc: Doc, runStart: number, i: number): boolean {
  for (let k = Math.max(runStart + 1, i - 8); k < i - 2; k++) {
    const by = doc.tokens[k]!.lower;
    if ((by === 'for' || (by === 'of' && OF_THE_HEADS.has(doc.tokens[k - 1]!.lower))) && doc.tokens[k + 1]!.lower === 'the' && isCapitalized(doc.tokens[k - 1]!)) return true;
  }
  return false;
}
/** Heads of institutions whose names go on through "of the": "University of the West of England". */
const OF_THE_HEADS = new Set(['university', 'college', 'school', 'museum', 'academy', 'organization', 'organisation']);

/** Whether a country's name of up to three words starts at token `i` and a legal form follows it ("Canada Ltd"). */
function countryThenLegalForm(doc: Doc, i: number): boolean {
  for (let end = i + 1; end <= i + 3 && end < doc.tokens.length; end++) {
    const place = places().byName.get(oneLine(doc.text.slice(doc.tokens[i]!.start, doc.tokens[end - 1]!.end)));
    // ("Affiliated Bankshares of Colorado Inc": or a state's)
    if ((place?.kind === 'country' || place?.kind === 'state') && isLegalSuffixToken(doc.tokens[end]) && isCapitalized(doc.tokens[end]!) && doc.tokens[end]!.sentence === doc.tokens[i]!.sentence) return true;
  }
  return false;
}

/** Whether a capitalized word of the sentence before it stands at token `k`. */
function continuesRun(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && t.sentence === doc.tokens[k - 1]!.sentence && isCapitalized(t);
}

/** The capitalized run from token `i` (same sentence) ends in a legal form or an organization word. */
function runEndsInOrgWord(doc: Doc, i: number): boolean {
  const first = doc.tokens[i];
  if (!first || !isCapitalized(first) || first.sentence !== doc.tokens[i - 1]?.sentence) return false;
  // "Ford Motor Co. Chief Executive Jim Farley": a capitalized title may follow the name in the same run
  for (let k = i; k < doc.tokens.length && k - i < 5 && doc.tokens[k]!.sentence === first.sentence && isCapitalized(doc.tokens[k]!); k++) {
    const t = doc.tokens[k]!;
    if (isLegalSuffixToken(t) || ORG_HEAD_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Where a name goes on past a possessive, a conjunction or a parenthesis into a
 * legal form: "Pantera's Corp", "Global Mining and Industrial Corp",
 * "SHV (United Kingdom) Holding Co Ltd". Returns the new end, or `j` itself.
 */
function extendThroughJoin(doc: Doc, runStart: number, j: number, sentenceEnd: number): number {
  const tokens = doc.tokens;
  const joint = tokens[j];
  if (!joint || j + 1 >= sentenceEnd || isLegalSuffixToken(tokens[j - 1])) return j;
  let from = j + 1;
  if (joint.text === '(') {
    while (from < sentenceEnd && from - j < 4 && isCapitalized(tokens[from]!)) from++;
    if (tokens[from]?.text !== ')') return j;
    from++;
  } else if (!(joint.text === "'s" || joint.text === '’s' || joint.lower === 'and' || joint.text === '&' || joint.lower === 'et' || pluralPossessive(tokens[j - 1]!, joint))) return j;
  // "the Italian and Polish markets": two countries' adjectives are two words, not one name
  if (joint.lower === 'and' && j - runStart === 1 && places().byAdjective.has(tokens[runStart]!.text) && places().byAdjective.has(tokens[from]?.text ?? '')) return j;
  // "Japan's Hoshino Motor Corp": a place's possessive describes the company after it, it is no part of its name
  if (joint.text !== '(' && joint.lower !== 'and' && joint.text !== '&' && places().byName.has(oneLine(doc.text.slice(tokens[runStart]!.start, tokens[j - 1]!.end)))) return j;
  // ... nor is a person's full name ("Ivan Boesky's Seemala Corp")
  if ((joint.text === "'s" || joint.text === '’s') && j - runStart >= 2 && GIVEN_NAMES.has(tokens[runStart]!.lower) && !isLegalSuffixToken(tokens[j - 1])) return j;
  // "Lloyd's of London": no possessive stands before "of", so the name goes on through it and the place
  if ((joint.text === "'s" || joint.text === '’s') && j - runStart === 1 && tokens[from]?.lower === 'of' && from + 1 < sentenceEnd && places().byName.has(tokens[from + 1]!.text)) return from + 2;
  let k = from;
  // (four words after "and" for a body's longer name, three after a possessive or a parenthesis)
  const most = joint.lower === 'and' ? 4 : 3;
  while (k < sentenceEnd && k - from < most && isCapitalized(tokens[k]!) && !CALENDAR_NAME_STOPS.has(tokens[k]!.lower)) {
    k++;
    // "Barnard Philips and Co. Hoare Govett analysts said": a legal form with its full stop ends the name
    if (closesWithPeriod(tokens[k - 1]!, tokens[k] ?? tokens[k - 1]!) && k < sentenceEnd && !isLegalSuffixToken(tokens[k])) break;
  }
  // ("Australia and New Zealand Banking Group Ltd": a legal form closes the name past the words counted)
  if (joint.lower === 'and' || joint.text === '&') while (k < sentenceEnd && k > from && isLegalSuffixToken(tokens[k]) && isCapitalized(tokens[k]!)) k++;
  // a longer run after "and" ends where a body's name ends ("United Food and Commercial Workers Union | Local 222")
  if (joint.lower === 'and' && k - from === 4 && !AUTHORITY_HEADS.has(tokens[k - 1]!.lower) && !BODY_HEADS.has(tokens[k - 1]!.lower) && !isLegalSuffixToken(tokens[k - 1])) k--;
  // "People's Bank of China", "National Farmers' Federation": a body named for the people it serves runs through their possessive
  // (or, after a plural's possessive, a head in the plural: "Japan Federation of Employers' Associations")
  const pluralHead = pluralPossessive(tokens[j - 1]!, joint) && ORG_HEAD_WORDS.has(tokens[k - 1]!.lower.replace(/s$/, ''));
  if (joint.text !== '(' && joint.lower !== 'and' && joint.text !== '&' && joint.lower !== 'et' && PEOPLE_SERVED.test(tokens[j - 1]!.lower) && k > from && (ORG_HEAD_WORDS.has(tokens[k - 1]!.lower) || pluralHead)) {
    // ... and on through "of" ("People's Bank of China")
    if (k + 1 < sentenceEnd && tokens[k]!.lower === 'of' && OF_HEADS.has(tokens[k - 1]!.lower) && isCapitalized(tokens[k + 1]!)) {
      k += 2;
      while (k < sentenceEnd && isCapitalized(tokens[k]!)) k++;
    }
    return k;
  }
  // "Ways and Means Committee Chairman": a public body's name ends at its head, before a title that follows it
  if (joint.lower === 'and' && !isLegalSuffixToken(tokens[k - 1])) {
    let e = k;
    while (e > from + 1 && !AUTHORITY_HEADS.has(tokens[e - 1]!.lower)) e--;
    if (AUTHORITY_HEADS.has(tokens[e - 1]!.lower) && e < k && isTitleWord(tokens[e]!.lower)) k = e;
  }
  // "Jefferies and Co Director of Trading James Melton": so does a partners' name at its legal form, before a post
  if (joint.lower === 'and' || joint.text === '&') {
    let e = from;
    while (e < k && isLegalSuffixToken(tokens[e])) e++;
    // (not where the run ends in a legal form again: "Pratt and Co Financial Services Pty Ltd")
    if (e > from && e < k && isTitleWord(tokens[e]!.lower) && !isLegalSuffixToken(tokens[k - 1])) k = e;
  }
  // "General Agreement on Tariffs and Trade": what a body is "on" runs through its "and"
  // ... as does what a body is "for" ("Organization for Economic Cooperation and Development")
  if (joint.lower === 'and' && k > from) {
    for (let n = runStart + 1; n < j - 1; n++) if ((tokens[n]!.lower === 'on' && ON_HEADS.has(tokens[n - 1]!.lower)) || (tokens[n]!.lower === 'for' && FOR_HEADS.has(tokens[n - 1]!.lower))) return k;
  }
  // "Fife College of Further and Higher Education", "London School of Economics and Political Science": what a school
  // teaches runs through its "and" (not into another school's name: "University of Chicago and Harvard University")
  // (nor into a person's or a place's: "University of Massachusetts and Fred Judson")
  if (joint.lower === 'and' && k > from && !ORG_HEAD_WORDS.has(tokens[k - 1]!.lower) && !isLegalSuffixToken(tokens[k - 1]) && !GIVEN_NAMES.has(tokens[from]!.lower) && !isPlaceWord(tokens[from]!.text)) {
    for (let n = runStart; n < j - 2; n++) if (SCHOOL_HEADS.has(tokens[n]!.lower) && tokens[n + 1]!.lower === 'of') return k;
  }
  // "Ministry of International Trade and Industry": a ministry's portfolio runs through its "and"
  // (also after the state or country that owns it: "Tennessee Department of Economic and Community Development")
  let head = runStart;
  while (joint.lower === 'and' && head < j - 2 && !(MINISTRY_HEADS.has(tokens[head]!.lower) && tokens[head + 1]?.lower === 'of')) head++;
  if (joint.lower === 'and' && k > from && MINISTRY_HEADS.has(tokens[head]!.lower) && tokens[head + 1]?.lower === 'of') {
    // (up to a title that follows it: "Office of Management and Budget Director James Miller")
    let e = from;
    while (e < k && PORTFOLIO_WORDS.has(tokens[e]!.lower)) e++;
    if (e > from && (e === k || isTitleWord(tokens[e]!.lower))) return e;
  }
  // "Securities and Exchange Commission", "Home Savings and Loan Association": such names run through their "and" too
  // ... and "Transport and General Workers Union", "Engineering and Allied Trades Union"
  // ... and "National Gay and Lesbian Task Force", "Entertainment and Leisure Software Publishers Association"
  const authority = joint.lower === 'and' && k > from && (AUTHORITY_HEADS.has(tokens[k - 1]!.lower) || BODY_HEADS.has(tokens[k - 1]!.lower));
  // "Barnard's Retail Consulting Group": a founder's possessive opening a firm's name of two words or more
  // (not a company's own part, "Macrovision's Entertainment Technologies Group", where the company is named alone elsewhere)
  const firm = (joint.text === "'s" || joint.text === '’s') && j - runStart === 1 && k - from >= 2 && ORG_HEAD_WORDS.has(tokens[k - 1]!.lower) && !places().byName.has(tokens[runStart]!.text) && !isAcronym(tokens[runStart]!.text) && !namedAlone(doc, tokens[runStart]!.text);
  // "Mortgage and Realty Trust said": a common word opening the sentence is a name only as the first of such a pair
  const opening = joint.lower === 'and' && j - runStart === 1 && runStart === doc.sentences[tokens[runStart]!.sentence]!.tokenStart && k > from && ORG_HEAD_WORDS.has(tokens[k - 1]!.lower);
  const closes = isLegalSuffixToken(tokens[k - 1]) || authority || firm || opening;
  // "Cable and Wireless chief executive", "Marks and Spencer's": two single words joined by "and" before a title or
  // a possessive are one name where neither stands alone anywhere in the text
  if (!closes && joint.lower === 'and' && j - runStart === 1 && k === from + 1 && ownsWhatFollows(tokens[k]) && !standsAlone(doc, tokens[runStart]!.text) && !standsAloneAfter(doc, tokens[from]!.text)) return k;
  // ... and so are two partners' names and a third before one person's title ("Carroll McEntee and McGinley analyst"),
  // where the first two are no given name and surname
  const firstPartners = doc.text.slice(tokens[runStart]!.start, tokens[j - 1]!.end);
  // (the third may be followed by the word for the firm's trade: "Carroll McEntee and McGinley Futures analyst")
  const third = k === from + 1 || (k === from + 2 && ORG_HEAD_WORDS.has(tokens[k - 1]!.lower));
  if (!closes && joint.lower === 'and' && j - runStart === 2 && third && !GIVEN_NAMES.has(tokens[runStart]!.lower) && !isPlaceWord(tokens[from]!.text) && isSingularTitle(tokens[k]) && !standsAlone(doc, firstPartners) && !standsAloneAfter(doc, tokens[from]!.text)) return k;
  // "Investors Bank and Trust", "Bangkok First Investment and Trust Ltd": a bank's "and Trust" is part of its name
  if (joint.lower === 'and' && tokens[from]!.lower === 'trust' && TRUST_PARTNERS.has(tokens[j - 1]!.lower)) {
    let e = from + 1;
    while (e < k && isLegalSuffixToken(tokens[e])) e++;
    if (e === k) return k;
  }
  // ... and a trust's "and Savings Bank" ("Harris Trust and Savings Bank", "Mercantile Trust and Savings Association")
  if (joint.lower === 'and' && tokens[j - 1]!.lower === 'trust' && tokens[from]!.lower === 'savings' && k > from + 1 && SAVINGS_HEADS.has(tokens[k - 1]!.lower)) return k;
  // "Arvid Jauppi and Associates", "W.H. Smith and Sons Ltd": the partners' word after "and" closes the firm's name
  if ((joint.lower === 'and' || joint.text === '&') && k > from && PARTNERS_WORDS.has(tokens[from]!.lower) && tokens.slice(from + 1, k).every(isLegalSuffixToken)) return k;
  // "Hambrecht and Quist president", "Hambrecht and Quist Venture Partners": partners whose pair the story writes as a
  // company's full name elsewhere ("<Hambrecht and Quist Group>") are that company, though either stands alone too
  // (up to the legal form or a post: "Frost and Sullivan Inc | President Daniel Sullivan")
  if (!closes && (joint.lower === 'and' || joint.text === '&') && k > from && pairOpensCompany(doc, doc.text.slice(tokens[runStart]!.start, tokens[j - 1]!.end), tokens[from]!.text)) {
    let end = from + 1;
    while (end < k && !isLegalSuffixToken(tokens[end - 1]) && !isTitleWord(tokens[end]!.lower)) end++;
    return end;
  }
  if (k === from || !closes) return j;
  // "Morgan Grenfell and Co Ltd": "and" with nothing after it but legal forms is part of the name
  let legalOnly = true;
  for (let n = from; n < k; n++) if (!isLegalSuffixToken(tokens[n])) legalOnly = false;
  // ... as is "et" before "Cie" ("Courtois Merle et Cie")
  if (legalOnly && (joint.lower === 'and' || joint.text === '&' || joint.lower === 'et')) return k;
  if (joint.lower === 'et' || joint.text === "'" || joint.text === '’') return j;
  if (joint.lower === 'and' || joint.text === '&') {
    // "Apple and Samsung Electronics Co" are two companies when either half stands alone elsewhere
    // "Canadian Bashaw Leduc Oil and Gas Ltd": an industry pair may follow a longer name
    // ("Baoshan Iron and Steel Co.", "European Coal and Steel Community": a trade named for its raw material first)
    const industryPair = (ORG_HEAD_WORDS.has(tokens[j - 1]!.lower) || INDUSTRY_PAIR_OPENERS.has(tokens[j - 1]!.lower)) && (ORG_HEAD_WORDS.has(tokens[from]!.lower) || tokens[from]!.lower === 'loan');
    // "U.S. House Ways and Means Committee": a public body's name may run longer before its "and"
    const longest = authority && !ORG_HEAD_WORDS.has(tokens[j - 1]!.lower) ? 4 : 2;
    if ((j - runStart > longest && !industryPair) || NAME_FINAL_WORDS.has(tokens[j - 1]!.lower)) return j;
    // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": a person's name is no body's first half
    if (j - runStart >= 2 && GIVEN_NAMES.has(tokens[j - 2]!.lower) && !industryPair) return j;
    // ... nor are a party's members ("other Republicans and House Budget Committee Chairman William Gray")
    if (j - runStart === 1 && PARTY_MEMBERS_PLURAL.test(tokens[runStart]!.text)) return j;
    const left = doc.text.slice(tokens[runStart]!.start, tokens[j - 1]!.end);
    const right = doc.text.slice(tokens[from]!.start, tokens[Math.max(from, k - 2)]!.end);
    // an industry pair ("Savings and Loan", "Oil and Gas") belongs together even where the short form recurs
    // ... but a company's short form is no company of its own ("National Distillers and Chemical Corp ... National
    // Distillers"): before a legal form, the left half alone splits the name only where the right half's first word
    // stands alone too
    const leftAlone = standsAlone(doc, left) && (!isLegalSuffixToken(tokens[k - 1]) || standsAloneAfter(doc, tokens[from]!.text));
    if (!industryPair && (leftAlone || (k - from > 1 && standsAloneAfter(doc, right)))) return j;
  }
  return k;
}

/** Raw materials that open an industry's pair of words in a firm's name, though no name's head alone ('Iron and Steel'). */
const INDUSTRY_PAIR_OPENERS = new Set(['iron', 'coal', 'pulp']);

/** Words a firm named for its founders ends in after "and". */
const PARTNERS_WORDS = new Set(['associates', 'partners', 'sons', 'brothers']);

/** Whether a seat of government's name ("White House", "Kremlin") of one or two words starts at token `k`. */
function seatOfGovernmentAt(doc: Doc, k: number): boolean {
  const one = doc.tokens[k]?.text ?? '';
  return Object.hasOwn(GOVERNMENT_SEATS, one) || Object.hasOwn(GOVERNMENT_SEATS, `${one} ${doc.tokens[k + 1]?.text ?? ''}`);
}

/** Words that open a sentence before a name they describe, and open no name themselves. */
const OPENING_DESCRIBERS = new Set(['latest', 'recent', 'preliminary', 'revised', 'several', 'further']);
/** Participles that open a sentence before the name they give ("Called ...", "Dubbed ..."). */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'renamed', 'christened', 'entitled', 'titled']);

/** Words that close a trust's "and Savings ..." ("Harris Trust and Savings Bank"). */
const SAVINGS_HEADS = new Set(['bank', 'association']);

/** Words before "and Trust" in a bank's name. */
const TRUST_PARTNERS = new Set(['bank', 'banking', 'savings', 'investment', 'finance']);

/** The partners a firm's name lists before "and Co" at most. */
const MAX_PARTNERS = 4;

/**
 * "Mabon, Nugent and Co", "Smith Barney, Harris Upham and Co Inc": a firm named for its partners lists them with
 * commas and closes on "and Co". From the comma at `j`, the end of such a name, or `j` itself.
 */
function partnersFirmEnd(doc: Doc, runStart: number, j: number, sentenceEnd: number): number {
  const tokens = doc.tokens;
  // (a name closed by its legal form before the comma is one firm of a list: "First Boston Corp, Morgan Stanley and Co")
  if (tokens[j]?.text !== ',' || j - runStart > 3 || isLegalSuffixToken(tokens[j - 1])) return j;
  // (a person's full name before the comma is no partner's: "said Timothy Pettee, Bear Stearns and Co analyst")
  if (j - runStart >= 2 && GIVEN_NAMES.has(tokens[runStart]!.lower)) return j;
  /** The end of one partner's name of up to three capitalized words from `from`, short of a legal form. */
  const partnerEnd = (from: number) => {
    let e = from;
    while (e < sentenceEnd && e - from < 3 && isCapitalized(tokens[e]!) && !isLegalSuffixToken(tokens[e])) e++;
    return e;
  };
  let k = j;
  // (scanning no further than a firm's few partners keeps a long list of names linear)
  for (let groups = 0; tokens[k]?.text === ','; groups++) {
    if (groups === MAX_PARTNERS) return j;
    const from = k + 1;
    k = partnerEnd(from);
    if (k === from) return j;
  }
  const joint = tokens[k]?.lower === 'and' || tokens[k]?.text === '&';
  if (joint && isLegalSuffixToken(tokens[k + 1])) k += 2;
  else {
    // "Goldman, Sachs Japan Corp", "Donaldson, Lufkin and Jenrette Securities Corp": with a legal form after the last
    // partner instead, only surnames make the partners, and the first is never written without its partners (not a
    // list, "Unlike Amro, Algemene Bank Nederland NV", of a firm the story names alone)
    if (j - runStart !== 1 || !surnamesOnly(doc, runStart, k) || standsAlone(doc, tokens[runStart]!.text, COMMA_AFTER)) return j;
    if (joint) {
      const from = k + 1;
      k = partnerEnd(from);
      if (k === from || !isSurnameWord(tokens[from]!)) return j;
    }
    if (!isLegalSuffixToken(tokens[k]) || !isCapitalized(tokens[k]!)) return j;
  }
  while (k < sentenceEnd && isLegalSuffixToken(tokens[k]) && isCapitalized(tokens[k]!)) k++;
  return k;
}

/** A word that is a family name only: no dictionary word, place, given name or initials ("Goldman", "Lufkin"). */
const isSurnameWord = (t: Token) => /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+$/u.test(t.text) && !isDictionaryWord(t.lower) && !isPlaceWord(t.text) && !GIVEN_NAMES.has(t.lower);

/** Whether the word opening each comma group in [from, to) is a family name only. */
function surnamesOnly(doc: Doc, from: number, to: number): boolean {
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) if ((k === from || tokens[k - 1]!.text === ',') && !isSurnameWord(tokens[k]!)) return false;
  return true;
}

/** Words for the people a body serves, before its possessive: "People's Bank", "Farmers' Federation", "Workers' Party". */
// ("Transport & General Worker's Union" as some write it)
const PEOPLE_SERVED = /^(?:people|women|children|men|worker|[a-z]+(?:ers|ists|ants|ents|ors|ies))$/;
/** "Farmers'": a plural's possessive, written as an apostrophe alone. */
const pluralPossessive = (before: Token, joint: Token) => (joint.text === "'" || joint.text === '’') && before.end === joint.start && /s$/.test(before.lower);

/**
 * Where a one-word city that ends the run [i, j) begins, when the branch's word follows it in lower case
 * ("Chemical Bank Tokyo | branch") or closes the run in capitals ("First National Bank of Chicago Tokyo Branch"); else -1.
 */
function branchCity(doc: Doc, i: number, j: number): number {
  const tokens = doc.tokens;
  const after = tokens[j];
  const city = (k: number) => k > i && places().byName.get(tokens[k]!.text)?.kind === 'city';
  if (after && after.text === after.lower && BRANCH_WORDS.has(after.lower) && city(j - 1)) return j - 1;
  if (j - 2 > i && BRANCH_WORDS.has(tokens[j - 1]!.lower) && isCapitalized(tokens[j - 1]!) && city(j - 2)) return j - 2;
  return -1;
}

/** A place or its adjective: "Nigerian" after "and" starts another person's title ("Ousmane Sylla and Nigerian oil minister"). */
const isPlaceWord = (text: string): boolean => places().byName.has(text) || places().byAdjective.has(text);

/** A lower-case title word for one person: "analyst", not "analysts". */
const isSingularTitle = (t: Token | undefined): boolean => !!t && t.text === t.lower && isTitleWord(t.lower) && !/s$/.test(t.lower);

/** A lower-case title word or a possessive: what a company's name stands before ("Cable and Wireless chief executive"). */
const ownsWhatFollows = (t: Token | undefined): boolean => !!t && (/^['’]s$/.test(t.text) || (t.text === t.lower && isTitleWord(t.lower)));

/** Answers per document and name, so that a name repeated through a long text is looked up once. */
const aloneCache = new WeakMap<Doc, Map<string, boolean>>();
function cached(doc: Doc, key: string, compute: () => boolean): boolean {
  let m = aloneCache.get(doc);
  if (!m) aloneCache.set(doc, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = compute()));
  return v;
}

/** Whether `word` occurs somewhere in the text at an offset `where` accepts (found once per document and key). */
function occursWhere(doc: Doc, key: string, word: string, where: (at: number) => boolean): boolean {
  return cached(doc, key, () => {
    for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + word.length)) if (where(at)) return true;
    return false;
  });
}

const AND_AFTER = /^\s+(?:and|&)\s/;
const COMMA_AFTER = /^,\s/;

/** Whether `left` occurs somewhere not followed by "and"/"&", or by `joint` (then it names a company of its own). */
function standsAlone(doc: Doc, left: string, joint = AND_AFTER): boolean {
  return occursWhere(doc, (joint === AND_AFTER ? '<' : ',') + left, left, (at) => !joint.test(doc.text.slice(at + left.length, at + left.length + 6)));
}

/** Whether `left and right` (or `left & right`) opens a name that ends in a legal form or "Group" somewhere in the text. */
function pairOpensCompany(doc: Doc, left: string, right: string): boolean {
  return occursWhere(doc, '&' + left + '\u0000' + right, left, (at) => {
    const pair = /^\s+(?:and|&)\s+(\S+)((?:\s+[A-Z][\w.'&-]*){1,4})/.exec(doc.text.slice(at + left.length, at + left.length + 80));
    return !!pair && pair[1] === right && pair[2]!.trim().split(/\s+/).some((w) => LEGAL_SUFFIXES.has(stripDot(w.toLowerCase())) || w === 'Group');
  });
}

/** Whether the one word `word` occurs as a name of its own: after no capitalized word, and before no possessive. */
export function namedAlone(doc: Doc, word: string): boolean {
  return occursWhere(doc, '=' + word, word, (at) => {
    const before = doc.text.slice(Math.max(0, at - 24), at);
    const after = doc.text.slice(at + word.length, at + word.length + 2);
    return !(/\w$/.test(before) || /^\w/.test(after) || /^['’]s/.test(after)) && !/\p{Lu}[\p{L}.]*\s+$/u.test(before);
  });
}

/** Whether `word` follows a given name ("Richard Rose") or an honorific ("Mr. Rose") somewhere in the story. */
function namedAsFamilyName(doc: Doc, word: string): boolean {
  return occursWhere(doc, '~' + word, word, (at) => {
    if (/^\p{L}/u.test(doc.text.slice(at + word.length, at + word.length + 1))) return false;
    const before = FIRST_NAME_BEFORE.exec(doc.text.slice(Math.max(0, at - 24), at));
    return !!before && (GIVEN_NAMES.has(before[1]!.toLowerCase()) || HONORIFICS.has(before[1]!.toLowerCase()) || HONORIFICS.has(before[1]!.toLowerCase() + '.'));
  });
}
/** The word before a family name, past any initials: "Richard Rose", "Richard J. Rose", "Mr. Rose". */
const FIRST_NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\.?\s+(?:\p{Lu}\.\s*)*$/u;

/** Whether `right` occurs somewhere not preceded by "and"/"&". */
function standsAloneAfter(doc: Doc, right: string): boolean {
  return occursWhere(doc, '>' + right, right, (at) => !/(?:^|\s)(?:and|&)\s+$/.test(doc.text.slice(Math.max(0, at - 6), at)));
}

/**
 * The end of a place's name that opens the run `from`..`to` after "in" or "at" and before a post ("in Las Vegas
 * Microsoft boss"), where the rest is a name the text writes apart from the place too; else -1. (Not a body's name
 * that opens on its place: "New York Stock Exchange".)
 */
function venueOpening(doc: Doc, from: number, to: number): number {
  const tokens = doc.tokens;
  // (only before a post, where the name is an employer's: "in Manchester United" is the club)
  if (!VENUE_WORDS.has(tokens[from - 1]?.lower ?? '') || !isTitleWord(tokens[to]?.lower ?? '')) return -1;
  for (let end = Math.min(to - 1, from + 3); end > from; end--) {
    const place = oneLine(doc.text.slice(tokens[from]!.start, tokens[end - 1]!.end));
    if (!places().byName.has(place)) continue;
    const rest = tokens[end]!;
    if (ORG_HEAD_WORDS.has(rest.lower) || BODY_HEADS.has(rest.lower) || isTitleWord(rest.lower)) return -1;
    return namedApartFrom(doc, place, rest.text) ? end : -1;
  }
  return -1;
}
const VENUE_WORDS = new Set(['in', 'at']);

/** Whether `word` stands somewhere in the text with no `place` right before it. */
function namedApartFrom(doc: Doc, place: string, word: string): boolean {
  const text = doc.text;
  const wholeWord = (at: number) => !/\p{L}/u.test(text[at + word.length] ?? '') && !/\p{L}/u.test(text[at - 1] ?? '');
  return occursWhere(doc, '@' + place + '\u0000' + word, word, (at) => wholeWord(at) && !oneLine(text.slice(Math.max(0, at - place.length - 2), at)).trimEnd().endsWith(place));
}

/** The lower-case half of a hyphenated capitalized word: "communications" in "Tele-communications". */
function isGluedTail(doc: Doc, j: number): boolean {
  const hyphen = doc.tokens[j - 1];
  const head = doc.tokens[j - 2];
  const t = doc.tokens[j]!;
  return !!hyphen && !!head && hyphen.text === '-' && hyphen.start === head.end && t.start === hyphen.end && isCapitalized(head) && /^\p{Ll}/u.test(t.text) && !/ed$/.test(t.lower) && t.pos !== 'VERB';
}

/** English words glued after a place or a name: "New York-based", "Hong Kong-owned", "Paris-style", "Ohio-born". */
const NOT_SYLLABLES = /(?:ed|^run|^born|^like|^style|^type|^wide|^level|^scale|^size|^area|^made)$/;

/** "Chang Chi-cheng", "Li Ka-shing": the hyphen of a given name of two syllables, after a family name. */
function isSyllableHyphen(doc: Doc, i: number, runStart: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return (
    t.text === '-' && i - runStart >= 2 && !!prev && !!next && prev.end === t.start && t.end === next.start && next.sentence === t.sentence &&
    /^\p{Lu}\p{Ll}{0,4}$/u.test(prev.text) && /^\p{Ll}{2,6}$/u.test(next.text) && !NOT_SYLLABLES.test(next.text) && doc.tokens[i + 2]?.text !== '-'
  );
}

/** A word glued after a digit that opens a name ("4Cast", "3Com", "1Xtra"), and not a unit ("4Mbps"). */
const AFTER_DIGIT = /^\p{Lu}\p{Ll}{2,}/u;
const UNITS_AFTER_DIGIT = /^[MKGT]bps$/;

/** "4Cast", "3Com": a digit the tokenizer parts from the rest of a name that opens with it. */
function digitOpensName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  return /^\d{1,2}$/.test(t.text) && !!next && next.start === t.end && next.sentence === t.sentence && AFTER_DIGIT.test(next.text) && !UNITS_AFTER_DIGIT.test(next.text);
}

/** Joiners inside a name: "&", "of" after an institution word, particles, glued hyphens. */
function isJoiner(doc: Doc, i: number, runStart: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (!prev || !next || next.sentence !== t.sentence || i === runStart) return false;
  // "Tele-communications Inc": a glued hyphen inside a capitalized word
  // ... but "Dallas-based", "state-owned" describe the name that follows
  if (t.text === '-' && prev.end === t.start && t.end === next.start && isCapitalized(prev) && /^\p{Ll}/u.test(next.text) && !/ed$/.test(next.lower) && next.pos !== 'VERB' && runEndsInOrgWord(doc, i + 2)) return true;
  // "Ali al-Khalifa al-Sabah": a particle glued by a hyphen to the next capitalized word
  const glued = (a: Token, b: Token | undefined) => !!b && a.end === b.start;
  if (NAME_PARTICLES.has(t.lower) && i - runStart >= 1 && next.text === '-' && glued(t, next) && glued(next, doc.tokens[i + 2]) && isCapitalized(doc.tokens[i + 2]!)) return true;
  if (t.text === '-' && NAME_PARTICLES.has(prev.lower) && glued(prev, t) && glued(t, next) && isCapitalized(next) && i - runStart >= 2) return true;
  // "Walter van der Vijver": two particles in a row
  if (NAME_PARTICLES.has(t.text) && i - runStart >= 1 && NAME_PARTICLES.has(next.text) && doc.tokens[i + 2]?.sentence === t.sentence && isCapitalized(doc.tokens[i + 2]!)) return true;
  if (isSyllableHyphen(doc, i, runStart)) return true;
  // "Institute for the Future", "Council for the Protection of Rural England"
  const afterNext = doc.tokens[i + 2];
  if (t.lower === 'for' && next.lower === 'the' && FOR_HEADS.has(prev.lower) && isCapitalized(prev) && afterNext?.sentence === t.sentence && isCapitalized(afterNext)) return true;
  if (t.lower === 'the' && prev.lower === 'for' && FOR_HEADS.has(doc.tokens[i - 2]?.lower ?? '') && isCapitalized(next)) return true;
  // ... and "University of the West of England", "Organization of the Petroleum Exporting Countries"
  if (t.lower === 'of' && next.lower === 'the' && OF_THE_HEADS.has(prev.lower) && isCapitalized(prev) && afterNext?.sentence === t.sentence && isCapitalized(afterNext)) return true;
  if (t.lower === 'the' && prev.lower === 'of' && OF_THE_HEADS.has(doc.tokens[i - 2]?.lower ?? '') && isCapitalized(doc.tokens[i - 2]!) && isCapitalized(next)) return true;
  // ... and on through what it is for ("Centre for the Study of Children", "Office for the Coordination of Humanitarian Affairs")
  // ... through every "of" of it ("Medical Foundation for the Care of Victims of Torture")
  if (t.lower === 'of' && isCapitalized(prev) && afterNext?.sentence === t.sentence && isCapitalized(next) && forTheInRun(doc, runStart, i)) return true;
  // ("Handels- und": a word's suspended hyphen before the German "and")
  if (t.text === '-' && glued(prev, t) && isCapitalized(prev) && GERMAN_JOINERS.has(next.lower) && i - runStart >= 1) return true;
  // "Mees en Hope", "Oyens en van Eeghen": a Dutch firm's "and" between its partners' names
  if (t.text === 'en' && i - runStart >= 1 && isCapitalized(prev) && (isCapitalized(next) || NAME_PARTICLES.has(next.text))) return true;
  if (!isCapitalized(next)) return false;
  if (t.text === '&') return true;
  // "A and P", "AT and T", "S and P": the wire's ampersand between initials, written as "and"
  // (where a name goes on, a post follows or a possessive: "A and P's Compass Foods", "AT and T chairman"; "S and P said"
  // leaves the rating agency's initials apart, as the story names it in full)
  if (t.lower === 'and' && /^[A-Z]{1,2}$/.test(prev.text) && /^[A-Z]{1,2}$/.test(next.text) && i - runStart === 1 && !isPlaceWord(prev.text) && !isPlaceWord(next.text) && initialsGoOn(doc.tokens[i + 2])) return true;
  // "Nordhus A/S", "Maersk K/S": a Scandinavian legal form written with a slash
  if (t.text === '/' && /^[A-Z]$/.test(prev.text) && /^[A-Z]$/.test(next.text) && glued(prev, t) && glued(t, next)) return true;
  // ... and two names glued by a slash are one firm's ("Nielsen/NetRatings", "Young & Rubicam/Dentsu")
  if (t.text === '/' && i - runStart >= 1 && isCapitalized(prev) && glued(prev, t) && glued(t, next)) return true;
  if (t.text === '-' && prev.end === t.start && t.end === next.start) return true;
  if (t.lower === 'of' && OF_HEADS.has(prev.lower)) return true;
  // "Richardson Greenshields of Canada Ltd", "Ford Motor Co of Canada Ltd": a firm's national arm, its legal form after the country
  if (t.lower === 'of' && isCapitalized(prev) && i - runStart >= 1 && countryThenLegalForm(doc, i + 1)) return true;
  // ... or "of America" after its legal form ("Hospital Corp of America", "Aluminum Co of America"): the wire names no
  // firm's nation so, as it does elsewhere ("Hoechst AG of West Germany", "Texaco Inc of White Plains")
  if (t.lower === 'of' && isLegalSuffixToken(prev) && i - runStart >= 1 && next.text === 'America' && !continuesRun(doc, i + 2)) return true;
  // "Interactive Media in Retail Group", "Investors in Industry Group": a name's "in" between two runs of capitals, the
  // second ending in an organization's word (not a place after it: "Ford Motor in Chicago")
  if (t.lower === 'in' && i - runStart >= 2 && isCapitalized(prev) && !places().byName.has(next.text) && runEndsInOrgWord(doc, i + 1)) return true;
  // "General Agreement on Tariffs and Trade", "Conference on Disarmament", "Commission on Human Rights"
  if (t.lower === 'on' && ON_HEADS.has(prev.lower) && isCapitalized(prev)) return true;
  // "Bank for International Settlements", but not "the World Bank for Brazil"
  if (t.lower === 'for' && FOR_HEADS.has(prev.lower) && isCapitalized(prev) && !(forNeedsNoPlace(prev.lower) && places().byName.has(next.text))) return true;
  if (t.lower === 'to' && TO_HEADS.has(prev.lower) && isCapitalized(prev)) return true;
  // German names keep their own small words: "Bank fuer Gemeinwirtschaft", "Berliner Handels- und Frankfurter Bank"
  if (GERMAN_JOINERS.has(t.lower) && i - runStart >= 1 && (isCapitalized(prev) || (prev.text === '-' && isCapitalized(doc.tokens[i - 2]!)))) return true;
  if (NAME_PARTICLES.has(t.text) && i - runStart >= 1) return true;
  return false;
}

/**
 * A rank's abbreviation written without its stop ("Gen", "Lt", "Col", "Adm") before a capitalized word of the same
 * sentence (not a company's name opening with one: "Gen Term Corp").
 */
function unstoppedRank(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  if (!UNSTOPPED_RANKS.test(tokens[i]!.text)) return false;
  let k = i + 1;
  while (k < i + 5 && tokens[k]?.sentence === tokens[i]!.sentence && /^\p{Lu}/u.test(tokens[k]!.text)) {
    if (isLegalSuffixToken(tokens[k]) || ORG_HEAD_WORDS.has(tokens[k]!.lower)) return false;
    k++;
  }
  return k > i + 1;
}
// (and the styles news writes without a stop before a name: "Prof Al Aynsley-Green", "Cardinal Jaime Sin", "the Rt Rev
// Michael Scott-Joynt", "Sheikh Ali al-Sabah")
const UNSTOPPED_RANKS = /^(?:Gen|Col|Capt|Lt|Sgt|Maj|Adm|Brig|Prof|Rev|Rt|Sheikh|Cardinal)$/;

/** "Vice Adm.", "Rear Adm.": a rank's first word is part of the style before a name, no name of its own. */
const opensRank = (doc: Doc, i: number): boolean => RANK_OPENINGS.has(doc.tokens[i]!.text) && HONORIFICS.has(doc.tokens[i + 1]?.lower ?? '') && doc.tokens[i + 1]!.text.endsWith('.');

/** All name chunks of a document, in order. */
export function findNames(doc: Doc): NameChunk[] {
  const chunks: NameChunk[] = [];
  const tokens = doc.tokens;
  const portfolio = portfolioTokens(doc);
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    let honorific = false;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      // ("Vice Adm.", "Rear Adm.": a rank's first word is part of the style)
      // ("Gen Pinochet", "Lt Col Oliver North", "Adm John Poindexter": a rank's abbreviation without its stop, before a name)
      const style = (t.pos !== 'PUNCT' && HONORIFICS.has(t.lower) && (t.text.endsWith('.') || /^(Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)$/.test(t.text) || unstoppedRank(doc, i))) || opensRank(doc, i);
      // (not a company's first word in the wire's brackets: "<Mr. Steak Inc>")
      if (style && tokens[i - 1]?.text !== '<') {
        honorific = true;
        i++;
        continue;
      }
      if (!isNameToken(doc, i) || portfolio.has(i)) {
        honorific = false;
        i++;
        continue;
      }
      let j = i + 1;
      // "Erskine Resources Ltd. Terms were ...": an abbreviated legal form with its period ends the name
      // (a legal form spelled as initials after a given name is the person's initials: "William K.K. Wong")
      const initialsAfterGivenName = (k: number) => k === i + 2 && GIVEN_NAMES.has(tokens[i]!.lower) && /^(?:\p{Lu}\.){2,}$/u.test(tokens[k - 1]!.text);
      while (j < s.tokenEnd && j - i < MAX_NAME_TOKENS && !opensRank(doc, j) && (isNameToken(doc, j) || isJoiner(doc, j, i) || isGluedTail(doc, j) || isSyllableHyphen(doc, j - 1, i)) && (!closesWithPeriod(tokens[j - 1]!, tokens[j]!) || initialsAfterGivenName(j))) j++;
      // a trailing joiner is not part of the name, nor an article that opens a sentence the wire copy did not stop
      // ("said analyst Vadim Mitroshin The dispute ...")
      while (j > i + 1 && ((!isCapitalized(tokens[j - 1]!) && !isSyllableHyphen(doc, j - 2, i)) || OPENING_ARTICLES.has(tokens[j - 1]!.text))) j--;
      const joined = extendThroughJoin(doc, i, j, s.tokenEnd);
      // "First Federal Savings and Loan Association of Charleston": a body's "of" after its "and"
      if (joined > j && joined + 1 < s.tokenEnd && tokens[joined]!.lower === 'of' && OF_HEADS.has(tokens[joined - 1]!.lower) && isCapitalized(tokens[joined + 1]!)) {
        j = joined + 1;
        while (j < s.tokenEnd && j - i < MAX_NAME_TOKENS && isNameToken(doc, j)) j++;
      } else j = joined;
      j = partnersFirmEnd(doc, i, j, s.tokenEnd);
      j = chamberCommitteeEnd(doc, i, j, s.tokenEnd);
      // "United Steelworkers Local 7712": a union local is known by its number, as are a broadcaster's stations ("BBC
      // Radio 1", "Channel 4")
      if (j < s.tokenEnd && NUMBERED_NAME_WORDS.has(tokens[j - 1]!.lower) && /^\d+$/.test(tokens[j]!.text)) j++;
      // "Kyushu Pharma Co., Ltd.": a second legal form after a comma belongs to the name
      if (j + 1 < s.tokenEnd && isLegalSuffixToken(tokens[j - 1]) && tokens[j]!.text === ',' && isLegalSuffixToken(tokens[j + 1]) && isCapitalized(tokens[j + 1]!)) j += 2;
      // "Bear Stearns and co analyst": so does "and" with one
      if (j + 1 < s.tokenEnd && tokens[j]!.lower === 'and' && LOWER_LEGAL_FORMS.has(tokens[j + 1]!.text) && isCapitalized(tokens[j - 1]!)) j++;
      // "Norton co", "Greyhound corp": a legal form in lower case still closes the name
      if (j < s.tokenEnd && LOWER_LEGAL_FORMS.has(tokens[j]!.text)) {
        j++;
        // "Norton co Pty Ltd"
        while (j < s.tokenEnd && isLegalSuffixToken(tokens[j]) && isCapitalized(tokens[j]!)) j++;
      }
      // "The sources told Reuters Senate Budget Committee Chairman Lawton Chiles ...": the agency told is a name of its own
      if (j - i >= 2 && WIRE_AGENCIES.has(t.text) && tokens[i - 1]?.lower === 'told') {
        push(doc, chunks, i, i + 1, false, false);
        honorific = false;
        i++;
        continue;
      }
      // "Rival IKEA opened ...", "Carmaker Tesla said ...": a description opening the sentence is not the name
      if (i === s.tokenStart && j - i >= 2 && OPENING_DESCRIPTIONS.has(t.lower)) {
        i++;
        continue;
      }
      // "Lib Dem Home Affairs spokesman Mark Oaten", "White House National Security aide Oliver North": a post's field in
      // capitals between a party or a seat of government and the post is the post's, no part of the body's name
      const field = fieldBeforePost(doc, i, j);
      if (field > i) {
        push(doc, chunks, i, field, honorific, false);
        honorific = false;
        i = j;
        continue;
      }
      // "Tory Dominic Grieve", "Lib Dem Norman Baker": the party a person belongs to, before a given name, is a name of its own
      // (and so are a place and a company's acronym: "for Africa Paul Acquah", "EADS Philippe Camus")
      const person = nameBeforeGivenName(doc, i, j);
      if (person > i) {
        push(doc, chunks, i, person, false, false);
        push(doc, chunks, person, j, honorific, false);
        honorific = false;
        i = j;
        continue;
      }
      // "At the show in Las Vegas Microsoft boss Bill Gates said": a place where something happens, with no comma
      // after it, is no part of the name that follows, where the story names that alone
      const venue = venueOpening(doc, i, j);
      if (venue > i) {
        push(doc, chunks, i, venue, false, false);
        pushSplitAtTitles(doc, chunks, venue, j, honorific);
        honorific = false;
        i = j;
        continue;
      }
      // "Chemical Bank Tokyo branch vice president": a branch's city is no part of the bank's name, nor is its word
      const city = branchCity(doc, i, j);
      if (city > i) {
        push(doc, chunks, i, city, honorific, false);
        push(doc, chunks, city, city + 1, false, false);
        honorific = false;
        i = j;
        continue;
      }
      // "Secretary of State George Shultz": the words that finish a title with "of" are not the name
      const rest = ofTitleRest(doc, i, j);
      if (rest > 0) push(doc, chunks, i + rest, j, false, true);
      // "joined by Justices William Brennan, Byron White": a post in the plural before a given name is no part of the name
      // ... or before a two-word name that opens a list ("Justices Lewis Powell, Sandra O'Connor and ...")
      else if (j - i >= 3 && singularPost(t.lower) && (GIVEN_NAMES.has(tokens[i + 1]!.lower) || opensListOfNames(doc, i, j))) push(doc, chunks, i + 1, j, false, true);
      // ... of two words ("State Secretaries Otto Schlecht and Hans Tietmeyer")
      else if (j - i >= 4 && singularPost(tokens[i + 1]!.lower) && !GIVEN_NAMES.has(t.lower) && !hasFirmWord(tokens, i + 2, j) && (GIVEN_NAMES.has(tokens[i + 2]!.lower) || (j - i === 4 && LIST_JOINERS.has(tokens[j]?.lower ?? '')))) {
        // ("EC Commissioners Willy de Clercq and ...": a body's initials before the post are a name of their own)
        if (isAcronym(t.text)) push(doc, chunks, i, i + 1, false, false);
        push(doc, chunks, i + 2, j, false, true);
      }
      // "Chairman of the FCA Frank Naylor", "Chairman of General Motors Roger Smith": after a title's "of", the
      // employer's name and the holder's are two names, parted at the given name
      else {
        const holder = employerThenHolder(doc, i, j);
        if (holder > i) {
          push(doc, chunks, i, holder, false, false);
          push(doc, chunks, holder, j, false, true);
        } else pushSplitAtTitles(doc, chunks, i, j, honorific);
      }
      honorific = false;
      i = j;
    }
  }
  return joinedInWireBrackets(doc, joinedByInitials(doc, joinedCommaList(doc, chunks))).filter((c) => !isTickerExchange(doc, c));
}

/**
 * Where the capitalized field of a post in lower case after the run `i`..`j` begins ("Home Affairs" in "Lib Dem Home
 * Affairs spokesman"), where the run opens on a party or a seat of government; else -1.
 */
function fieldBeforePost(doc: Doc, i: number, j: number): number {
  // (the post in lower case, or capitalized as the field is: "White House Budget Chief James Miller")
  const after = doc.tokens[j];
  if (!after || !isTitleWord(after.lower)) return -1;
  let k = j;
  while (k > i && PORTFOLIO_WORDS.has(doc.tokens[k - 1]!.lower) && isCapitalized(doc.tokens[k - 1]!)) k--;
  if (k === j || k === i) return -1;
  const body = doc.text.slice(doc.tokens[i]!.start, doc.tokens[k - 1]!.end);
  return PARTY_WORDS.has(body) || Object.hasOwn(GOVERNMENT_SEATS, body) ? k : -1;
}

/** Words a name ends in before the number that tells which one it is. */
const NUMBERED_NAME_WORDS = new Set(['local', 'radio', 'channel']);

/** Words of a committee's field in lower case: "home affairs", "intelligence and security", "public accounts". */
const FIELD_WORD = /^[a-z]+$/;
const MAX_FIELD_WORDS = 5;

/**
 * "the Commons home affairs committee", "a House appropriations subcommittee": British and American papers name a
 * chamber's committee by its field in lower case; the name runs from the chamber to the committee's word. Returns
 * the end of that name, else `j` (a chamber with no field, "a House subcommittee", names no committee of its own).
 */
function chamberCommitteeEnd(doc: Doc, i: number, j: number, sentenceEnd: number): number {
  if (!CHAMBERS.has(doc.tokens[i]!.text)) return j;
  // ("the House Oversight subcommittee": a field in capitals before the committee's word in lower case)
  if (j > i + 1) return j < sentenceEnd && COMMITTEE_WORDS.has(doc.tokens[j]!.text) ? j + 1 : j;
  for (let k = j; k < sentenceEnd && k - j <= MAX_FIELD_WORDS; k++) {
    const t = doc.tokens[k]!;
    if (COMMITTEE_WORDS.has(t.text)) return k > j ? k + 1 : j;
    if (!FIELD_WORD.test(t.text) || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'PRON' || t.pos === 'AUX') return j;
  }
  return j;
}

/** A party's members in the plural, which no body's name opens. */
const PARTY_MEMBERS_PLURAL = /^(?:Republicans|Democrats|Conservatives|Tories|Liberals|Socialists|Communists)$/;

/**
 * The end of a name of its own opening the run [i, j) before a given name and a surname: a party's word of one or two
 * words, a place's name or a company's acronym; else i.
 */
function nameBeforeGivenName(doc: Doc, i: number, j: number): number {
  const tokens = doc.tokens;
  // ("Portuguese Ambassador to China Octavio Valerio": where an envoy is sent, then the envoy's name of two words)
  const sentTo = tokens[i - 1]?.lower === 'to' && ENVOYS.has(tokens[i - 2]?.lower ?? '');
  for (const end of [i + 2, i + 1]) {
    const envoyName = sentTo && j - end === 2 && [end, end + 1].every((n) => /^\p{Lu}\p{Ll}+$/u.test(tokens[n]!.text) && !ORG_HEAD_WORDS.has(tokens[n]!.lower));
    if (j - end < 2 || !(GIVEN_NAMES.has(tokens[end]!.lower) || envoyName)) continue;
    const before = doc.text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    if (PARTY_WORDS.has(before)) return end;
    // ... and so is a place where the story is ("said in Tokyo Tomas de Hora"), unless it is a given name too ("Washington Irving")
    // ("Toronto Sun Publishing" is a firm's name)
    if (places().byName.has(oneLine(before)) && !GIVEN_NAMES.has(tokens[i]!.lower) && !ORG_HEAD_WORDS.has(tokens[j - 1]!.lower) && !isLegalSuffixToken(tokens[j - 1])) return end;
    // ... and so is a word for the person's nation ("Ariadne's chairman, New Zealander Bruce Judge", "Briton John Smith")
    const nation = places().byAdjective.get(oneLine(before));
    if ((nation?.kind === 'country' || DEMONYM_NOUNS.has(before)) && !GIVEN_NAMES.has(tokens[i]!.lower) && !ORG_HEAD_WORDS.has(tokens[j - 1]!.lower) && !isLegalSuffixToken(tokens[j - 1])) return end;
  }
  // ... as is an organization's acronym ("aerospace group EADS Philippe Camus"), where the name after it is a person's
  // of two words ("HSBC James Capel Ltd" is one firm), after an acronym of three letters or more ("CB Richard Ellis" is one too)
  // ... and a company's name that ends in its legal form ("starch producer Amylum NV Pierre Callebaut")
  const given = j - 2;
  if (given - i >= 2 && isLegalSuffixToken(tokens[given - 1]) && isCapitalized(tokens[given - 1]!) && GIVEN_NAMES.has(tokens[given]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]!.text) && !ORG_HEAD_WORDS.has(tokens[j - 1]!.lower) && !isLegalSuffixToken(tokens[j - 1]) && !isLegalSuffixToken(tokens[j])) return given;
  if (j - i === 3 && isAcronym(tokens[i]!.text) && tokens[i]!.text.length >= 3 && !tokens[i]!.text.includes('.') && GIVEN_NAMES.has(tokens[i + 1]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 2]!.text) && !isLegalSuffixToken(tokens[j]) && !ORG_HEAD_WORDS.has(tokens[i + 2]!.lower) && !TERM_ACRONYMS.has(tokens[i]!.text)) return i + 1;
  return i;
}

const TICKER_PART = /^(?:[A-Z0-9]{1,6}|\.)$/;

/**
 * "Creditanstalt-Bankverein <CABV.VI>": the exchange in a wire's stock code is no name (the code itself stays,
 * as the company's other name).
 */
function isTickerExchange(doc: Doc, c: NameChunk): boolean {
  const tokens = doc.tokens;
  if (tokens[c.tokenStart - 1]?.text !== '.') return false;
  let open = c.tokenStart - 1;
  while (open >= 0 && c.tokenStart - open <= 3 && TICKER_PART.test(tokens[open]!.text)) open--;
  let close = c.tokenEnd;
  while (close < tokens.length && close - c.tokenEnd <= 2 && TICKER_PART.test(tokens[close]!.text)) close++;
  if (tokens[open]?.text !== '<' || tokens[close]?.text !== '>') return false;
  for (let k = open + 1; k < close; k++) if (!TICKER_PART.test(tokens[k]!.text)) return false;
  return !/\s/.test(doc.text.slice(tokens[open]!.start, tokens[close]!.end));
}

/** Small words a company's name may have in lower case between its capitals, in the languages the wire names firms in. */
const NAME_JOINING_WORDS = new Set(['e', 'di', 'del', 'della', 'de', 'des', 'du', 'la', 'le', 'y', 'et', 'und', 'van', 'von', 'der', 'of', 'and', 'for', 'the']);

/**
 * "<Cassa di Risparmio di Calabria e Luciana - Carical>": the wire's angle brackets hold one company's name, so
 * names inside them joined only by small words are one (not past a dash, before which the full name ends and after
 * which its short form stands).
 */
function joinedInWireBrackets(doc: Doc, chunks: NameChunk[]): NameChunk[] {
  const tokens = doc.tokens;
  const out: NameChunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && last.sentence === c.sentence && !last.possessive && insideWireBracket(tokens, last.tokenStart, c.tokenEnd) && tokens.slice(last.tokenEnd, c.tokenStart).every((t) => NAME_JOINING_WORDS.has(t.text))) {
      out[out.length - 1] = { ...last, tokenEnd: c.tokenEnd, end: c.end, text: doc.text.slice(last.start, c.end), possessive: c.possessive };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Whether tokens [from, to) stand inside one pair of the wire's angle brackets, with no dash among them. */
function insideWireBracket(tokens: Token[], from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && from - open <= 12 && tokens[open]!.text !== '<' && tokens[open]!.text !== '>') open--;
  if (tokens[open]?.text !== '<') return false;
  for (let k = open + 1; k < to; k++) if (tokens[k]!.text === '-' || tokens[k]!.text === '>') return false;
  for (let k = to; k < tokens.length && k - to <= 12; k++) if (tokens[k]!.text === '>') return true;
  return false;
}

/** The small words inside a body's name that its initials skip ("Centre of Indian Trade Unions (CITU)"). */
const INITIALS_SKIP = new Set(['of', 'for', 'and', 'on', 'the']);

/** Each pair of chunks side by side that `joins` says are one name, made one chunk running from the first to the second. */
function joinedPairs(doc: Doc, chunks: NameChunk[], joins: (a: NameChunk, b: NameChunk) => boolean): NameChunk[] {
  const out: NameChunk[] = [];
  for (let n = 0; n < chunks.length; n++) {
    const a = chunks[n]!;
    const b = chunks[n + 1];
    if (!b || b.sentence !== a.sentence || !joins(a, b)) {
      out.push(a);
      continue;
    }
    out.push({ ...a, tokenEnd: b.tokenEnd, end: b.end, text: doc.text.slice(a.start, b.end), possessive: b.possessive });
    n++;
  }
  return out;
}

/**
 * "the Centre of Indian Trade Unions (CITU)", "Transport for London (TfL)", "Program on International Policy
 * Attitudes (Pipa)": two names joined by a small word
 * are one, where the initials in brackets after them spell both.
 */
function joinedByInitials(doc: Doc, chunks: NameChunk[]): NameChunk[] {
  const tokens = doc.tokens;
  return joinedPairs(doc, chunks, (a, b) => {
    const initials = tokens[b.tokenEnd]?.text === '(' && tokens[b.tokenEnd + 2]?.text === ')' ? tokens[b.tokenEnd + 1]!.text : '';
    if (!initials || a.possessive || a.honorific || b.tokenStart - a.tokenEnd > 2 || !/^\p{Lu}[\p{L}&]+$/u.test(initials)) return false;
    const between = tokens.slice(a.tokenEnd, b.tokenStart);
    const words = tokens.slice(a.tokenStart, b.tokenEnd).filter((t) => !INITIALS_SKIP.has(t.lower) && /^\p{L}/u.test(t.text));
    // ("Program on International Policy Attitudes (Pipa)": initials the BBC writes as a word spell them all)
    const capitals = /^\p{Lu}\p{Ll}+$/u.test(initials) ? initials.toUpperCase() : initials.replace(/[^\p{Lu}]/gu, '');
    return between.every((t) => INITIALS_SKIP.has(t.text)) && words.map((t) => t.text[0]).join('').toUpperCase() === capitals;
  });
}

/** The last words of a body named by a list of its trades or goods: "Coffee, Sugar and Cocoa Exchange". */
const LISTED_BODY_HEADS = new Set(['exchange', 'union', 'workers', 'association', 'federation']);

/**
 * "the New York Coffee, Sugar and Cocoa Exchange", "the Commerce, Banking and Insurance Union": a body named by a
 * list of what it trades or whom it gathers, written with its commas, is one name. The list's words are common
 * words ("coffee", "banking"), so a list of places or firms before a body ("Texas, Oklahoma and Kansas
 * Association") stays a list.
 */
function joinedCommaList(doc: Doc, chunks: NameChunk[]): NameChunk[] {
  const tokens = doc.tokens;
  return joinedPairs(doc, chunks, (a, b) =>
    b.tokenStart === a.tokenEnd + 1 && tokens[a.tokenEnd]!.text === ',' && !a.possessive && b.tokenEnd - b.tokenStart >= 3 && tokens[b.tokenStart + 1]!.lower === 'and' &&
    LISTED_BODY_HEADS.has(tokens[b.tokenEnd - 1]!.lower) && [a.tokenEnd - 1, b.tokenStart, b.tokenStart + 2].every((k) => isDictionaryWord(tokens[k]!.lower) && !isPlaceWord(tokens[k]!.text)));
}

const LIST_JOINERS = new Set([',', 'and']);
// (not "A": "Class A", an initial)
const OPENING_ARTICLES = new Set(['The', 'An']);
/** The words that end a law's name as a bill or an act is written. */
const LAW_WORDS = new Set(['Bill', 'Act']);

/** Whether a firm's word or legal form stands among tokens `from` to `to` ("United Artists Communications Inc"). */
const hasFirmWord = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).some((t) => ORG_HEAD_WORDS.has(t.lower) || isLegalSuffixToken(t));

/** "by Justices Lewis Powell, Sandra O'Connor": a two-word name after the post, mid-sentence, that a list goes on from. */
function opensListOfNames(doc: Doc, i: number, j: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[i - 1];
  // (not "Bankers Trust Co, a joint lead manager": a firm's name may open with a plural)
  const firmWord = hasFirmWord(tokens, i + 1, j);
  return j - i === 3 && !firmWord && !!before && before.sentence === tokens[i]!.sentence && /^[a-z]+$/.test(before.text) && LIST_JOINERS.has(tokens[j]?.lower ?? '');
}

/** Titles with "of" in them ("secretary of state", "chancellor of the exchequer") as word lists, cached per lexicon size. */
let ofTitles: { size: number; list: string[][] } | undefined;
function titlesWithOf(): string[][] {
  const keys = Object.keys(ROLE_CANON);
  if (ofTitles?.size !== keys.length) ofTitles = { size: keys.length, list: keys.filter((k) => k.includes(' of ')).map((k) => k.split(' ')) };
  return ofTitles.list;
}

/**
 * How many words at the start of the run [i, j) finish a title that stands
 * before it with its "of" ("Secretary of | State George Shultz"), when a name
 * is left after them; else 0.
 */
function ofTitleRest(doc: Doc, i: number, j: number): number {
  const tokens = doc.tokens;
  if (tokens[i - 1]?.lower !== 'of' && !(tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of')) return 0;
  for (const words of titlesWithOf()) {
    // "chancellor of the exchequer": the words up to "of" (and an article) stand before the run, the rest opens it
    const of = words.lastIndexOf('of');
    const lead = words.slice(0, of + 1);
    let rest = words.slice(of + 1);
    if (rest[0] === 'the') {
      lead.push('the');
      rest = rest.slice(1);
    }
    const from = i - lead.length;
    if (from < 0 || rest.length === 0 || rest.length >= j - i) continue;
    if (lead.every((w, n) => tokens[from + n]!.lower === w) && rest.every((w, n) => tokens[i + n]!.lower === w)) return rest.length;
  }
  return 0;
}

const PORTFOLIO_LINKS = new Set(['of', 'for']);
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary', 'undersecretary', 'under-secretary', 'commissioner']);

/**
 * "Minister of International Trade and Industry Mustapa Mohamed": the
 * portfolio's words after a minister's "of" belong to the title, not to a
 * name; the name starts after them. The indices of such words in `doc`.
 */
function portfolioTokens(doc: Doc): Set<number> {
  const zone = new Set<number>();
  const tokens = doc.tokens;
  for (let k = 2; k < tokens.length; k++) {
    if (!PORTFOLIO_WORDS.has(tokens[k]!.lower) || !PORTFOLIO_LINKS.has(tokens[k - 1]!.lower)) continue;
    // "Minister for Trade", and "Secretary of State for Trade and Industry": the rank's portfolio
    const head = tokens[k - 2]!.lower === 'state' && tokens[k - 3]?.lower === 'of' ? tokens[k - 4]?.lower : tokens[k - 2]!.lower;
    if (!PORTFOLIO_OFFICES.has(head ?? '')) continue;
    let last = k;
    for (let n = k; n < tokens.length && n < k + 9 && tokens[n]!.sentence === tokens[k]!.sentence; n++) {
      const lower = tokens[n]!.lower;
      if (PORTFOLIO_WORDS.has(lower)) last = n;
      else if (lower !== 'and' && lower !== '&') break;
    }
    for (let n = k; n <= last; n++) zone.add(n);
  }
  return zone;
}

/** Where a holder's given name starts inside a run after a title's "of" ("of the FCA | Frank Naylor"), else `from`. */
function employerThenHolder(doc: Doc, from: number, to: number): number {
  const tokens = doc.tokens;
  // (past words that describe the employer after "the": "head of the troubled Child Support Agency Doug Smith")
  let the = from - 1;
  while (the > from - 4 && /^[a-z]+(?:-[a-z]+)?$/.test(tokens[the]?.text ?? '') && (tokens[the]!.pos === 'ADJ' || (tokens[the]!.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[the]!.text)))) the--;
  if (tokens[the]?.lower !== 'the') the = from - 1;
  const of = tokens[the]?.lower === 'the' ? the - 1 : from - 1;
  // ... or an envoy's "to" and where to ("Ambassador to Kuwait Anthony Quainton")
  const ofTitle = tokens[of]?.lower === 'of' && isTitleWord(tokens[of - 1]?.lower ?? '');
  if (!ofTitle && !(tokens[of]?.lower === 'to' && ENVOYS.has(tokens[of - 1]?.lower ?? '')) && !describedAfterTitle(doc, from)) return from;
  // the holder's name is the given name and one to three words more, closing the run (not a firm's: "J. Walter Thompson Co")
  if (isLegalSuffixToken(tokens[to - 1]) || ORG_HEAD_WORDS.has(tokens[to - 1]!.lower)) return from;
  for (let g = Math.max(from + 1, to - 4); g <= to - 2; g++) {
    if (GIVEN_NAMES.has(tokens[g]!.lower) && !GIVEN_NAMES.has(tokens[g - 1]!.lower) && tokens[g - 1]!.text !== '-') return g;
  }
  return from;
}

/** "head of the state oil company | Pemex Mario Beteta": words describing an employer, after a title's "of the", end at `from`. */
function describedAfterTitle(doc: Doc, from: number): boolean {
  const tokens = doc.tokens;
  const noun = tokens[from - 1];
  if (!noun || noun.text !== noun.lower || !(ORG_DESCRIPTOR_NOUNS.has(noun.lower) || BODY_WORDS.has(noun.lower))) return false;
  let k = from - 2;
  while (k > from - 7 && k >= 0 && tokens[k]!.lower !== 'the' && (/^[a-z][a-z-]*$/.test(tokens[k]!.text) || /^['’]s?$/.test(tokens[k]!.text) || places().byAdjective.has(tokens[k]!.text))) k--;
  return tokens[k]?.lower === 'the' && tokens[k - 1]?.lower === 'of' && isTitleWord(tokens[k - 2]?.lower ?? '');
}

/**
 * "Nokia Chief Executive Rajeev Suri" is an organization, a title and a person:
 * a run of capitalized title words with a role word in it splits the chunk.
 */
function pushSplitAtTitles(doc: Doc, chunks: NameChunk[], from: number, to: number, honorific: boolean): void {
  const tokens = doc.tokens;
  // ('remains the firm's "Chief Yahoo"': a title and one word in quotation marks of their own are a nickname for a
  // post, and the word no one's name)
  if (to - from === 2 && QUOTES.has(tokens[from - 1]?.text ?? '') && QUOTES.has(tokens[to]?.text ?? '')) {
    push(doc, chunks, from, to, honorific, false);
    return;
  }
  // "Democrat Lawton Chiles": a member's party before a given name is the party's name, the rest the person's
  // (not a body the party names: "Republican Task Force")
  const personAfter = (k: number) => GIVEN_NAMES.has(tokens[k]!.lower) || (to - k === 2 && [k, k + 1].every((n) => /^\p{Lu}\p{Ll}+$/u.test(tokens[n]!.text) && !isTitleWord(tokens[n]!.lower) && !ORG_HEAD_WORDS.has(tokens[n]!.lower) && !BODY_HEADS.has(tokens[n]!.lower)));
  if (to - from >= 3 && PARTY_MEMBERS.has(tokens[from]!.text) && personAfter(from + 1)) {
    push(doc, chunks, from, from + 1, false, false);
    push(doc, chunks, from + 1, to, false, true);
    return;
  }
  // ... and so is a party's word in Britain ("Liberal Democrat Alan Beith", "Fellow Lib Dem Norman Baker")
  const party = partyOpening(doc, from, to);
  if (party && to - party[1] === 2 && personAfter(party[1])) {
    push(doc, chunks, party[0], party[1], false, false);
    push(doc, chunks, party[1], to, false, true);
    return;
  }
  // (a known title whose first word alone is no title word: "Auditor General Sir John Bourn")
  const knownPhraseEnd = (k: number) => {
    for (let n = Math.min(to - 1, k + 4); n > k + 1; n--) if (tokens.slice(k, n).map((t) => t.lower).join(' ') in ROLE_CANON) return n;
    return -1;
  };
  for (let k = from; k < to; k++) {
    if (!isTitleWord(tokens[k]!.lower) && knownPhraseEnd(k) < 0) continue;
    let e = k;
    let hasHead = false;
    // "Secretary-General": a glued hyphen belongs to the title
    while (e < to && (isTitleWord(tokens[e]!.lower) || (tokens[e]!.text === '-' && tokens[e - 1]!.end === tokens[e]!.start))) {
      if (ROLE_HEADS.has(tokens[e]!.lower) || ROLE_HEADS.has(tokens[e]!.lower.split('-').pop()!)) hasHead = true;
      e++;
    }
    // "Chief Operating Officer Nadia Farouk": a known title whose middle word alone is no title word
    const phrase = knownPhraseEnd(k);
    if (phrase > e) {
      e = phrase;
      hasHead = true;
    }
    // "MP Co", "Director Inc": a title word before a legal form is part of a company's name
    // ... as is one opening a name that ends in an organization's word ("the Economist Intelligence Unit")
    // ... or in a legal form, past no given name ("Premier Industrial Corp said", "Chancellor Capital Management Inc")
    const orgAfterTitle =
      k === from &&
      ((ORG_HEAD_WORDS.has(tokens[to - 1]!.lower) && tokens[from - 1]?.lower === 'the') || (to - e >= 2 && isLegalSuffixToken(tokens[to - 1]) && !GIVEN_NAMES.has(tokens[e]?.lower ?? '')));
    // ... and so is one before the word alone that ends a party's or a law's name ("Democratic Justice Party", "Criminal Justice Bill")
    const namedAfterTitle = to - e === 1 && (ORG_HEAD_WORDS.has(tokens[e]!.lower) || LAW_WORDS.has(tokens[e]!.text));
    // ("John Pope Jr": one title word between a given name and a name's suffix is a family name)
    const familyName = e === k + 1 && k > from && GIVEN_NAMES.has(tokens[k - 1]!.lower) && to - e === 1 && NAME_SUFFIXES.has(tokens[e]!.lower);
    if (hasHead && e < to && !isLegalSuffixToken(tokens[e]) && !orgAfterTitle && !namedAfterTitle && !familyName) {
      // "Phelps-Stokes Fund President", "Greenberg Securities Co President": an institution's
      // word right after a name belongs to the name, not to the title
      while (k > from && k + 1 < e && (ORG_HEAD_WORDS.has(tokens[k]!.lower) || LEGAL_SUFFIXES.has(tokens[k]!.lower.replace(/\.$/, ''))) && !ROLE_HEADS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
      // ("White House Budget Chief James Miller": the post's field after a seat of government is the post's)
      const field = fieldBeforePost(doc, from, k);
      if (k > from) push(doc, chunks, from, field > from ? field : k, honorific, false);
      // ("Singer and TV presenter ...": no name opens on the joiner after a title)
      if (isCapitalized(tokens[e]!) || NAME_PARTICLES.has(tokens[e]!.text)) push(doc, chunks, e, to, false, true);
      return;
    }
    // "U.S. Ambassador to Kuwait": an envoy's post closing the run before "to" is no part of the country's name
    const where = tokens[to + 1]?.lower === 'the' ? tokens[to + 2] : tokens[to + 1];
    if (hasHead && e === to && k > from && ENVOYS.has(tokens[e - 1]!.lower) && tokens[to]?.lower === 'to' && !!where && isCapitalized(where)) {
      push(doc, chunks, from, k, honorific, false);
      return;
    }
    // "Mocatta Metals Chairman Dr. Henry Jarecki": a post closing the run before a style and its holder's name is no
    // part of the body's name before it
    const style = tokens[to];
    if (hasHead && e === to && k > from && !!style && HONORIFICS.has(style.lower) && isCapitalized(style) && !isTitleWord(style.lower.replace(/\.$/, '')) && !!tokens[to + 1] && isCapitalized(tokens[to + 1]!)) {
      push(doc, chunks, from, k, honorific, false);
      return;
    }
    // "EC External Trade Commissioner, Willy De Clercq": nor one closing the run before a comma and a given name
    // (the name before it only where it is a body's initials or a country: "National Security Adviser" is one title)
    const bodyEnd = k === from ? from : isAcronym(tokens[from]!.text) || isPlaceWord(tokens[from]!.text) ? from + 1 : -1;
    if (hasHead && e === to && bodyEnd >= 0 && tokens[to]?.text === ',' && GIVEN_NAMES.has(tokens[to + 1]?.lower ?? '') && isCapitalized(tokens[to + 1]!)) {
      if (bodyEnd > from) push(doc, chunks, from, bodyEnd, honorific, false);
      return;
    }
    // ("a third term as Federal Reserve Chairman": a post closing the run, with no holder named after it, is no part
    // of the body's name before it)
    const holderAfter = !!tokens[to] && (tokens[to]!.lower === 'of' || tokens[to]!.lower === 'to' || isCapitalized(tokens[to]!));
    if (hasHead && e === to && k - from >= 2 && !holderAfter && ORG_HEAD_WORDS.has(tokens[k - 1]!.lower)) {
      push(doc, chunks, from, k, honorific, false);
      return;
    }
    // "Acme Corp Director of Research James Melton": a post closing the run after a company's legal form, before "of"
    // and its field in capitals, is no part of the company's name
    if (hasHead && e === to && k > from && isLegalSuffixToken(tokens[k - 1]) && tokens[to]?.lower === 'of' && !!tokens[to + 1] && isCapitalized(tokens[to + 1]!)) {
      push(doc, chunks, from, k, honorific, false);
      return;
    }
    k = e;
  }
  push(doc, chunks, from, to, honorific, false);
}

/** The span of a party's word of one or two words opening a run, past "Fellow" ("Fellow Lib Dem"), if one does. */
function partyOpening(doc: Doc, from: number, to: number): [number, number] | undefined {
  const start = doc.tokens[from]!.text === 'Fellow' ? from + 1 : from;
  // (with a word left after it for the name)
  const words = partyNameLength(doc, start, to - 1);
  return words ? [start, start + words] : undefined;
}

/** How many tokens a party's name written at `k` takes ("Lib Dem" 2, "Tory" 1), ending by token `end`; 0 where none does. */
export function partyNameLength(doc: Doc, k: number, end: number = doc.tokens.length): number {
  for (const words of [2, 1]) {
    if (k + words > end || !doc.tokens[k + words - 1]) continue;
    if (PARTY_WORDS.has(doc.text.slice(doc.tokens[k]!.start, doc.tokens[k + words - 1]!.end))) return words;
  }
  return 0;
}

/** Quotation marks, straight and curled. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** A party's member as news names one before the name ("Democrat", "Republican"). */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican']);

function push(doc: Doc, chunks: NameChunk[], from: number, to: number, honorific: boolean, titleBefore: boolean): void {
  const tokens = doc.tokens;
  // "The" that opens a name is not part of it
  while (from < to && (tokens[from]!.lower === 'the' || tokens[from]!.text === '-')) from++;
  if (from >= to) return;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const after = tokens[to];
  // "... to Ambry Corp." — the sentence's full stop is not part of the abbreviation
  // ... and "Erskine Resources Ltd. Terms were": a legal form's period before a new capitalized word ends the sentence too
  const stop = last.text.length > 2 && last.text.endsWith('.') && !/\.\p{L}\.$/u.test(last.text);
  const end = stop && (!after || after.sentence !== last.sentence || (isLegalSuffixToken(last) && isCapitalized(after))) ? last.end - 1 : last.end;
  chunks.push({
    sentence: first.sentence,
    tokenStart: from,
    tokenEnd: to,
    start: first.start,
    end,
    text: doc.text.slice(first.start, end),
    possessive: !!after && after.sentence === first.sentence && (after.lower === "'s" || after.lower === '’s' || after.text === "'"),
    honorific,
    titleBefore,
  });
}
