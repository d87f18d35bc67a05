// The phrases around an appointment that the person/appointment rule passes
// or reads: asides set off by commas, successions, the appointer and the
// appointee behind their descriptions, and the part of a company its head leads.
import type { Token } from '../../document/document.js';
import { APPOINTING_VERBS } from '../../lexicon/people.js';
import { ROLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import type { Rule } from '../rule.js';
import { orgAt } from './context.js';
import { titleAt } from './title.js';

/** "to succeed Jeff Bezos", "replacing Jane Roe": the person named next is the one who leaves the post. */
export const SUCCEEDS = new Set(['succeed', 'succeeds', 'succeeding', 'replace', 'replaces', 'replacing']);
/** Verbs by which a company announces its own officer's move: "Unilever said Hein Schumacher would step down as ...". */
const ANNOUNCES = new Set(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms']);
export const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'be', 'will', 'would', 'was', 'is', 'were', 'also', 'now', 'recently', 'then', 'later', 'subsequently',
  // ("Burgoon most recently served as executive vice president", "previously served as")
  'most', 'previously', 'formerly']);
/** Words between an organization and its verb of appointing: "X has today named". */
export const AFTER_APPOINTER = new Set(['has', 'have', 'had', 'said', 'it', 'today', 'yesterday']);

/**
 * Where the post given to an appointee is read from, past what stands between
 * the name and its "as": "to succeed Jeff Bezos", "replacing Jane Roe", or an
 * aside set off by commas ("Jane Smith, a former Google executive, as ...").
 * `k` is the index after the appointee's name; returns `k` when nothing is passed.
 */
export function pastAside(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc, entities, sentence } = ctx;
  const end = sentence.tokenEnd;
  let at = k;
  if (doc.tokens[at]?.text === ',' && SUCCEEDS.has(doc.tokens[at + 1]?.lower ?? '')) at++;
  if (doc.tokens[at]?.lower === 'to' && SUCCEEDS.has(doc.tokens[at + 1]?.lower ?? '')) at += 2;
  else if (SUCCEEDS.has(doc.tokens[at]?.lower ?? '')) at += 1;
  else at = k;
  if (at > k) {
    const leaving = entities.mentionAt(at);
    return leaving && doc.tokens[leaving.tokenEnd]?.lower === 'as' ? leaving.tokenEnd : k;
  }
  if (doc.tokens[k]?.text !== ',') return k;
  for (let c = k + 1; c < end && c <= k + 12; c++) {
    const t = doc.tokens[c]!;
    // ("elected Frederick Goldberger, a business consultant, to be president of the company")
    // ... or the post itself ("named Dieter zur Loye, formerly president of American Hoechst, vice chairman")
    if (t.text === ',') return doc.tokens[c + 1]?.lower === 'as' || (doc.tokens[c + 1]?.lower === 'to' && doc.tokens[c + 2]?.lower === 'be') || postAfterAside(doc, c + 1, end) ? c + 1 : k;
    // a verb ends the aside, unless it is a title wink took for one ("previously head/VERB of international")
    // (or a capitalized word wink took for one: "a former Ford/VERB executive")
    if (t.text === ';' || t.text === '(' || (t.pos === 'VERB' && !ROLE_HEADS.has(t.lower) && !/^\p{Lu}/u.test(t.text))) return k;
  }
  return k;
}

/** A post that follows an aside and ends there, as an appointee's post does: not the next name of a list. */
function postAfterAside(doc: Parameters<Rule['run']>[0]['doc'], at: number, end: number): boolean {
  const post = titleAt(doc, at, end);
  return !!post && post.tokenStart === at && endsAtBoundary(doc, post.tokenEnd, end) && doc.tokens[post.tokenEnd]?.lower !== 'and';
}

/**
 * Past an age or a description after a name, set off by commas ("Oliver
 * Grant, 54, a former banker, will become ..."), when a verb follows it;
 * `k` is the index after the name. Returns `k` when there is none.
 */
export function pastDescription(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc, sentence } = ctx;
  // "Heinz Hofer of Switzerland was elected": where the person is from, before the verb
  const from = doc.tokens[k]?.lower === 'of' ? ctx.entities.mentionAt(k + 1) : undefined;
  if (from && from.tokenStart === k + 1 && from.type !== 'person' && AUXILIARIES.has(doc.tokens[from.tokenEnd]?.lower ?? '')) return from.tokenEnd;
  let comma = k;
  let after = k;
  // each aside closes with the comma that may open the next
  for (let n = 0; n < 2 && doc.tokens[comma]?.text === ','; n++) {
    let c = comma + 1;
    // a verb ends the search, but not one glued after a hyphen ("the Ohio-based lender")
    // ... nor "operating" in "chief operating officer"
    const verb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !(doc.tokens[t.index - 1]?.text === '-' && doc.tokens[t.index - 1]!.end === t.start) && !(doc.tokens[t.index - 1]?.lower === 'chief');
    // ... unless a relative clause inside the aside has it ("part of the family that controls the firm,")
    let relative = false;
    while (c < sentence.tokenEnd && c <= comma + (relative ? 14 : 12) && doc.tokens[c]!.text !== ',' && (relative || !verb(doc.tokens[c]!)) && doc.tokens[c]!.lower !== 'who') {
      if (c > comma + 1 && RELATIVES.has(doc.tokens[c]!.lower) && doc.tokens[c - 1]!.pos === 'NOUN') relative = true;
      c++;
    }
    if (doc.tokens[c]?.text !== ',' || c === comma + 1) break;
    comma = c;
    after = c + 1;
  }
  const next = doc.tokens[after];
  return after > k && next && (next.pos === 'VERB' || next.pos === 'AUX' || AUXILIARIES.has(next.lower)) ? after : k;
}

const RELATIVES = new Set(['that', 'which']);

/** The index after the comma that closes a relative clause opened before `k`, when a verb follows it; else -1. */
export function clauseEnd(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc, sentence } = ctx;
  for (let c = k; c < sentence.tokenEnd && c <= k + 10; c++) {
    const t = doc.tokens[c]!;
    if (t.text === ';' || t.text === '(' || t.text === '"') return -1;
    if (t.text === ',') {
      const next = doc.tokens[c + 1];
      return next && (next.pos === 'VERB' || next.pos === 'AUX' || AUXILIARIES.has(next.lower)) ? c + 1 : -1;
    }
  }
  return -1;
}

/** A word describing the appointee before the name, in lower case ("agricultural scientist"); a nation's is read as a place. */
const isDescribing = (t: Token) => /^[a-z][a-z-]*$/.test(t.text) && t.lower !== 'that' && !ANNOUNCES.has(t.lower) && t.pos !== 'VERB' && t.pos !== 'AUX';
const MAX_DESCRIPTION = 5;

/** Words between an announcer and its verb of saying. */
const BETWEEN_ANNOUNCER_AND_VERB = new Set(['also', 'today', 'yesterday', 'separately', 'further', 'earlier']);

/** "Unilever said Hein Schumacher would ...": the organization announcing right before the name, with "that" or not. */
export function announcerOrg(ctx: Parameters<Rule['run']>[0], nameStart: number) {
  const { doc, entities, sentence } = ctx;
  let k = nameStart - 1;
  // ("IRRI said West German agricultural scientist Klaus Lampe will take over": past what the appointee is)
  for (let words = 0; words < MAX_DESCRIPTION && k > sentence.tokenStart; words++) {
    const nation = entities.mentionEndingAt(k);
    if (nation?.type === 'place' && nation.adjective) k = nation.tokenStart - 1;
    else if (isDescribing(doc.tokens[k]!)) k--;
    else break;
  }
  if (doc.tokens[k]?.lower === 'that') k--;
  if (k <= sentence.tokenStart || !ANNOUNCES.has(doc.tokens[k]!.lower)) return undefined;
  // ("The company also said Lloyd Lubensky ... has been named chairman")
  if (k - 1 > sentence.tokenStart && BETWEEN_ANNOUNCER_AND_VERB.has(doc.tokens[k - 1]!.lower)) k--;
  // ("The International Rice Research Institute (IRRI) said ...": past the initials it goes by)
  if (doc.tokens[k - 1]?.text === ')' && doc.tokens[k - 3]?.text === '(' && k - 4 >= sentence.tokenStart) k -= 3;
  const m = entities.mentionEndingAt(k - 1);
  if (m && (m.type === 'org' || (m.type === 'other' && m.tokenStart === sentence.tokenStart))) return orgAt(entities, m.tokenStart, false);
  // "The firm said Roberta Stein would ..."
  const r = !m ? entities.referenceEndingAt(k - 1) : undefined;
  return r ? orgAt(entities, r.tokenStart, false) : undefined;
}

/** "named its research chief Markus Feldmann as ...": the appointer's own officer. */
const OWN_WORDS = new Set(['its', 'their', 'the']);
/** Words that describe an appointee before the name ("former", "veteran", "executive"): they may stand between verb and name. */
const APPOINTEE_WORDS = new Set(['former', 'ex', 'ex-', 'veteran', 'longtime', 'long-time', 'industry', 'company', 'insider', 'outsider', 'executive', 'banker', 'lawyer', 'official', 'chief', 'head', 'boss', '-']);

/**
 * Where the appointee's name starts after an appointing verb at `i - 1`: at
 * `i`, or past a description of up to six words made of describing words
 * and an organization's name ("former Tesco executive Priya Raman").
 */
export function appointeeAt(ctx: Parameters<Rule['run']>[0], i: number): number {
  const { doc, entities, sentence } = ctx;
  let k = i;
  for (let n = 0; n < 6 && k < sentence.tokenEnd; n++) {
    const m = entities.mentionAt(k);
    if (m?.type === 'person' && k > i) return k;
    if (m && m.type !== 'person' && m.type !== 'place') k = m.tokenEnd;
    else if (APPOINTEE_WORDS.has(doc.tokens[k]!.lower) || OWN_WORDS.has(doc.tokens[k]!.lower) || ROLE_HEADS.has(doc.tokens[k]!.lower) || TITLE_MODIFIERS.has(doc.tokens[k]!.lower)) k++;
    else break;
  }
  return i;
}

/** An appointing verb and a person's name follow token `k`: "has today named Jane Doe". */
export function appoints(ctx: Parameters<Rule['run']>[0], k: number): boolean {
  const { doc, entities, sentence } = ctx;
  while (k < sentence.tokenEnd && AFTER_APPOINTER.has(doc.tokens[k]!.lower)) k++;
  return k < sentence.tokenEnd && APPOINTING_VERBS.has(doc.tokens[k]!.lower) && entities.mentionAt(k + 1)?.type === 'person';
}

/**
 * The organization (or "it" standing for one) right before the appointing
 * verb that precedes the appointee at `i`: "Last month it appointed former
 * Burberry executive X" gives what "it" stands for, not Burberry.
 */
export function appointerBefore(ctx: Parameters<Rule['run']>[0], i: number) {
  const { doc, entities, sentence } = ctx;
  let verb = i - 1;
  while (verb > sentence.tokenStart && !APPOINTING_VERBS.has(doc.tokens[verb]!.lower)) verb--;
  if (!APPOINTING_VERBS.has(doc.tokens[verb]?.lower ?? '')) return undefined;
  let k = verb - 1;
  while (k > sentence.tokenStart && AFTER_APPOINTER.has(doc.tokens[k]!.lower) && !entities.referenceEndingAt(k)) k--;
  const r = entities.referenceEndingAt(k);
  if (r) return orgAt(entities, r.tokenStart, false);
  const m = entities.mentionEndingAt(k);
  return m && m.type !== 'person' && m.type !== 'place' ? orgAt(entities, m.tokenStart, false) : undefined;
}

/** The first organization named in the sentence before token `i`: the subject that did the appointing. */
export function subjectOrg(ctx: Parameters<Rule['run']>[0], i: number) {
  for (let k = ctx.sentence.tokenStart; k < i; k++) {
    const m = ctx.entities.mentionAt(k);
    if (m?.type !== 'org') continue;
    // ("General Motors Corp's Hughes Aircraft Co said it named ...": the unit a parent's possessive opens is the subject)
    const owned = /^['’]s$/.test(ctx.doc.tokens[m.tokenEnd]?.text ?? '') && m.tokenEnd + 1 < i ? ctx.entities.mentionAt(m.tokenEnd + 1) : undefined;
    return orgAt(ctx.entities, owned?.type === 'org' && owned.tokenStart === m.tokenEnd + 1 ? owned.tokenStart : k, false);
  }
  return undefined;
}

/**
 * A title read after "as" ends the phrase: a comma, a full stop, "of"/"at", "and", "in", "on", the sentence's end, or
 * what says why or whom the post goes past ("to replace", "replacing", "succeeding", "effective") follows.
 */
export function endsAtBoundary(doc: Parameters<Rule['run']>[0]['doc'], i: number, end: number): boolean {
  const t = doc.tokens[i];
  return i >= end || !t || /^[,.;:)"'”]$/.test(t.text) || ['of', 'at', 'for', 'with', 'and', 'in', 'on', 'from', 'after', 'since', 'until', 'last', 'this', 'next', 'to', 'replacing', 'succeeding', 'effective'].includes(t.lower);
}
