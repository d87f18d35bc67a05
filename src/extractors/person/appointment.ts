// "X was named president of Y", "Y appointed X as chairman", "X became chief
// executive of Y", "X is the chief financial officer of Y".
import type { Doc } from '../../document/document.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { isNationalRole } from './country.js';
import type { Entities } from '../../entities/entities.js';
import type { Rule } from '../rule.js';
import { isUsState, orgAfter, orgAt, ownsPart, pastInitials, personNameAt, SUBSIDIARY_NOUNS, unitAfter, type OrgRef } from './context.js';
import { isGovernment, secondPost, styledPrincipalEnd } from './apposition.js';
import { pronounSubjectAt } from './pronoun.js';
import { reportPerson, type PersonFinding } from './report.js';
import { APPOINTING_VERBS, HONORIFICS } from '../../lexicon/people.js';
import { isTitleWord, POST_NOUN, PRAISING_WORDS, singularPost } from '../../lexicon/titles.js';
import { CALENDAR_NAME_STOPS, MONTH_NUMBER, WEEKDAYS } from '../../lexicon/calendar.js';
import { DEICTIC_DAYS, SEASONS } from '../../lexicon/date-words.js';
import { CARDINAL_WORDS } from '../../lexicon/date-numbers.js';
import { employerFrom, heldBefore, splitAtNextHolder, titleAt as anyTitleAt, type TitleSpan } from './title.js';
import { placeAmongTwo, respectivePost } from './respectively.js';
import {
  AFTER_APPOINTER, AUXILIARIES, SUCCEEDS, announcerOrg, appointeeAt, appointerBefore, appoints, clauseEnd, endsAtBoundary, pastAside, pastDescription,
  subjectOrg,
} from './appointment-phrases.js';

/** A post at `k`, not the owner of one: "replaced Donald Regan as the president's top aide" names no president. */
function titleAt(doc: Parameters<typeof anyTitleAt>[0], k: number, limit: number): TitleSpan | undefined {
  // (past the country whose post it is: "as the U.S. ambassador to the Netherlands", "as French ambassador")
  const word = doc.tokens[k]?.text ?? '';
  const title = anyTitleAt(doc, k, limit) ?? (lookupPlace(word)?.kind === 'country' || lookupPlaceAdjective(word) ? anyTitleAt(doc, k + 1, limit) : undefined);
  // (but "retains his vice president's post" names the post it keeps)
  const owner = title && /^['’]s?$/.test(doc.tokens[title.tokenEnd]?.text ?? '') && !POST_NOUN.test(doc.tokens[title.tokenEnd + 1]?.lower ?? '');
  // (nor the post of the next person named: "named chairman and chief executive and senior vice president E. Gene Keigger")
  return owner || !title ? undefined : splitAtNextHolder(doc, title, 'before');
}

const PASSIVE = new Set(['named', 'appointed', 'elected', 'promoted', 'nominated', 'installed', 'chosen', 'made']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** "will act as": what one acts as is an office only where the post says so ("act as a mediator", "acted as a partner in the purchase" are parts played). */
const ACTS = new Set(['act', 'acts', 'acted']);
const ACTING_OFFICE = /(?:president|chairman|chief|officer|director|secretary|minister|treasurer|governor|head)$/;
const BECOME = new Set([
  'became', 'becomes', 'become', 'remains', 'remained', 'remain', 'continue', 'continues', 'continued', 'continuing', 'remaining', 'serves', 'served', 'serve', 'serving', 'resigned', 'resigns', 'resign', 'retired', 'retires', 'retire',
  'quit', 'quits', 'stepped', 'steps', 'step', 'stepping', 'retiring', 'resigning', 'took', 'take', 'takes', 'taking',
  // "Paul Volcker is leaving as chairman of the Federal Reserve Board"
  'leave', 'leaves', 'leaving', 'left',
  // "was ousted as chief executive of Y"
  'ousted', 'fired', 'sacked', 'dismissed', 'removed',
  // "will act as chief operating officer until a replacement is found": an office held for a time is held
  ...ACTS,
  // "will assume the position of president", "relinquished his role as president", "retains his post as chairman"
  'assume', 'assumes', 'assumed', 'assuming', 'relinquish', 'relinquishes', 'relinquished', 'relinquishing', 'retain', 'retains', 'retained',
  // "who also holds the titles of president and chief executive officer" (a post the story says is held now)
  'holds', 'hold',
]);
const FOUNDED = new Set(['founded', 'co-founded', 'cofounded']);
/** "X joined Y as chief financial officer": the organization stands between the verb and the post. */
const JOINS = new Set(['joined', 'joins', 'join', 'joining', 'rejoined', 'rejoins']);
// ("Rose has been executive vice president of the company since joining it": the present perfect states a post held now)
const COPULA = new Set(['is', 'was', 'been']);
// (not "would": "Brown would be premier" is as often a condition as a plan)
const FUTURE = new Set(['will', 'shall']);
/** "is to be", "are to be": an arrangement still to come */
const BE_TO_BE = new Set(['is', 'are']);
const FILLERS = new Set(['as', 'to', 'the', 'its', 'their', 'a', 'an', 'new', 'next', 'current', 'be', 'been', 'has', 'have', 'had', 'was', 'is', 'will', 'would', 'also', 'now', 'currently', 'down', 'over', 'on', 'up', 'serve', 'become',
  // ("Paul Volcker has been an outstanding Chairman of the Federal Reserve": praise of the holder, before the post)
  ...PRAISING_WORDS]);
/** Verbs of leading an organization in a relative clause, and the role they state: "X, who heads Y". */
const LEADS: Record<string, string> = { heads: 'head', headed: 'head', leads: 'head', led: 'head', runs: 'head', ran: 'head', chairs: 'chairman', chaired: 'chairman', founded: 'founder' };
const OWN_POST = new Set(['his', 'her', 'their']);
/** "to the newly-created position of": words that lead to a title after an appointee. */
const POST_WORDS = new Set(['newly', 'created', 'newly-created', '-', 'new', 'added', 'additional', 'vacant', 'present', 'current', 'existing', 'position', 'post', 'job', 'role', 'posts', 'positions']);

/** "would succeed him as president", "replaced Jane Roe as chief executive": the subject takes the post. */
const SUCCEEDING = new Set([...SUCCEEDS, 'succeeded', 'replaced']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/**
 * "Ellesmere has named Anthony Cresswell as its new chairman, replacing Sir
 * David Farrow, who retires in June": the one replaced held the post, and news
 * states it of them as it states a departure ("X resigned as chairman").
 */
function reportPredecessor(ctx: Parameters<Rule['run']>[0], title: TitleSpan, org: OrgRef | undefined): void {
  const { doc, entities, sentence } = ctx;
  let k = title.tokenEnd;
  // ("named Alfred Grava president and chief operating officer to replace James Graham")
  const toSucceed = (n: number) => doc.tokens[n]?.lower === 'to' && TO_SUCCEED.has(doc.tokens[n + 1]?.lower ?? '');
  // past "of Y" after the title
  while (k < sentence.tokenEnd && k < title.tokenEnd + 8 && doc.tokens[k]!.text !== ',' && !toSucceed(k)) k++;
  if (!toSucceed(k) && (doc.tokens[k]?.text !== ',' || !PREDECESSOR_VERBS.has(doc.tokens[k + 1]?.lower ?? ''))) return;
  const at = HONORIFICS.has(doc.tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  const who = entities.mentionAt(at);
  const name = who && personNameAt(ctx, at);
  if (!who || !name) return;
  const after = who.tokenEnd;
  // "replacing Jane Roe as chief executive" states a post of its own, read elsewhere
  if (doc.tokens[after]?.lower === 'as') return;
  // ("succeeding Richard Lane, who remains chairman": the post kept is the fact about them, read elsewhere)
  const keptAt = doc.tokens[after]?.text === ',' ? after + 1 : after;
  if (doc.tokens[keptAt]?.lower === 'who' && KEEPS.has(doc.tokens[keptAt + 1]?.lower ?? '')) return;
  // (nor is the post left where the one succeeded moves up: "succeeding Sid Weiss who was named chief executive officer")
  const whoAt = doc.tokens[after]?.lower === 'who' ? after : doc.tokens[after]?.text === ',' && doc.tokens[after + 1]?.lower === 'who' ? after + 1 : -1;
  if (whoAt > 0 && APPOINTED_AFTER_WHO.test(doc.text.slice(doc.tokens[whoAt]!.end, doc.tokens[Math.min(sentence.tokenEnd, whoAt + 4)]?.start ?? doc.text.length))) return;
  reportPerson(ctx, { name, nameTokens: [who.tokenStart, who.tokenEnd], title, org, confidence: 0.6 });
}
const PREDECESSOR_VERBS = new Set(['replacing', 'succeeding']);
/** "who was named", "who becomes": a new post follows the relative pronoun. */
const APPOINTED_AFTER_WHO = /^\s+(?:(?:was|has been|is|will be)\s+(?:named|elected|appointed|promoted)|becomes|became|will become)\b/;
const KEEPS = new Set(['remains', 'retains', 'continues', 'stays']);
/** Verbs of leaving a post, and of keeping another after it ("retired as chairman but remains a director"). */
const LEAVES = new Set(['resigned', 'resigns', 'resign', 'resigning', 'retired', 'retires', 'retire', 'retiring', 'stepped', 'steps', 'step', 'stepping', 'quit', 'quits', 'leave', 'leaves', 'leaving', 'left']);
const STAYS = new Set([...KEEPS, 'remain', 'retain', 'continue', 'stay']);
const TO_SUCCEED = new Set(['replace', 'succeed']);

/** "as White House chief of staff", "as Acme Corp's president": a body's name at `k`, then the post in it. */
export function postOfBody(ctx: Parameters<Rule['run']>[0], k: number): { title: TitleSpan; org: OrgRef } | undefined {
  const owner = ctx.entities.mentionAt(k);
  if (!owner || owner.type === 'person' || owner.type === 'place') return undefined;
  const title = titleAt(ctx.doc, owner.tokenEnd + (owner.possessive ? 1 : 0), ctx.sentence.tokenEnd);
  const org = title ? orgAt(ctx.entities, k, false) : undefined;
  return title && org ? { title, org } : undefined;
}

/** Past "of Los Angeles" after a company's name at `k`. */
function pastCity(ctx: Parameters<Rule['run']>[0], k: number): number {
  const place = ctx.doc.tokens[k]?.lower === 'of' ? ctx.entities.mentionAt(k + 1) : undefined;
  return place?.type === 'place' ? place.tokenEnd : k;
}

/** Where `word` stands at `k`, or past a short phrase of time before it ("this month", "in April", "last year"); -1 if not. */
function timeBefore(ctx: Parameters<Rule['run']>[0], k: number, word: string): number {
  const { doc, sentence } = ctx;
  if (k < 0) return -1;
  for (let n = k; n < sentence.tokenEnd && n <= k + 3; n++) {
    const t = doc.tokens[n]!;
    if (t.lower === word) return n;
    if (!TIME_PHRASE_WORDS.has(t.lower) && !MONTH_NUMBER.has(t.lower.replace(/\.$/, '')) && !SEASONS.has(t.lower) && !/^\d{4}$/.test(t.text) && !isDayAfterMonth(ctx, n)) return -1;
  }
  return -1;
}
/** Days said in one word between a verb and its "as" ("resigned yesterday as chairman", "resigned Monday as"). */
const DAYS_ALONE = new Set<string>([...DEICTIC_DAYS.keys(), ...WEEKDAYS]);
/** "April 21", and as the wire spells some, "May one", "April One": a day's number after its month. */
const isDayAfterMonth = (ctx: Parameters<Rule['run']>[0], n: number) =>
  (/^\d{1,2}$/.test(ctx.doc.tokens[n]!.text) || CARDINAL_WORDS.has(ctx.doc.tokens[n]!.lower)) && MONTH_NUMBER.has(ctx.doc.tokens[n - 1]?.lower.replace(/\.$/, '') ?? '');
const TIME_PHRASE_WORDS = new Set(['this', 'last', 'next', 'in', 'on', 'early', 'late', 'month', 'year', 'week', ...DAYS_ALONE]);

/** The appointing verb right before the name at `i`, or before a title that stands between them; -1 if none. */
function appointingVerbBefore(ctx: Parameters<Rule['run']>[0], i: number): number {
  const { doc, sentence } = ctx;
  if (i > sentence.tokenStart && APPOINTING_VERBS.has(doc.tokens[i - 1]!.lower)) return i - 1;
  for (let v = i - 2; v >= sentence.tokenStart && v >= i - 9; v--) {
    if (!APPOINTING_VERBS.has(doc.tokens[v]!.lower)) continue;
    return titleAt(doc, v + 1, i)?.tokenEnd === i ? v : -1;
  }
  return -1;
}

/** Past "on April 1", "on Monday" at `k`, or `k` itself. */
function pastDay(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc } = ctx;
  if (doc.tokens[k]?.lower !== 'on' || !CALENDAR_NAME_STOPS.has(doc.tokens[k + 1]?.lower ?? '')) return k;
  return /^\d{1,2}$/.test(doc.tokens[k + 2]?.text ?? '') ? k + 3 : k + 2;
}

/** After one appointee's post at `k`: ", and" or "and", then another person's name and post, if they follow. */
function secondAppointee(ctx: Parameters<Rule['run']>[0], k: number): Omit<PersonFinding, 'org' | 'confidence'> | undefined {
  const { doc, entities, sentence } = ctx;
  // ("elected Ian Cumming as chairman, succeeding Victor Palmieri, and Joseph Steinberg as president": past whom the
  // first appointee succeeds)
  if (doc.tokens[k]?.text === ',' && SUCCEEDS.has(doc.tokens[k + 1]?.lower ?? '')) {
    const leaving = entities.mentionAt(k + 2);
    if (leaving?.type === 'person' && doc.tokens[leaving.tokenEnd]?.text === ',') k = leaving.tokenEnd;
  }
  if (doc.tokens[k]?.text === ',') k++;
  if (doc.tokens[k]?.lower !== 'and') return undefined;
  const person = entities.mentionAt(k + 1);
  const name = person && person.tokenStart === k + 1 ? personNameAt(ctx, k + 1) : undefined;
  if (!person || !name) return undefined;
  let at = person.tokenEnd;
  // ("and Mette Mogstad of Norway vice chairman": where the second appointee is from)
  const from = doc.tokens[at]?.lower === 'of' ? entities.mentionAt(at + 1) : undefined;
  if (from && from.tokenStart === at + 1 && from.type !== 'person') at = from.tokenEnd;
  if (doc.tokens[at]?.lower === 'as') at++;
  if (doc.tokens[at]?.lower === 'its') at++;
  const title = titleAt(doc, at, sentence.tokenEnd);
  return title && endsAtBoundary(doc, title.tokenEnd, sentence.tokenEnd) ? { name, nameTokens: [person.tokenStart, person.tokenEnd], title } : undefined;
}

/** Whether a post in the plural goes on from `k` ("vice presidents" after "executive"). */
function pluralGoesOn(doc: Parameters<Rule['run']>[0]['doc'], k: number): boolean {
  for (let n = k; n < k + 3; n++) {
    const lower = doc.tokens[n]?.lower ?? '';
    if (singularPost(lower)) return true;
    if (!isTitleWord(lower)) return false;
  }
  return false;
}

export const appointmentRule: Rule<'person'> = {
  id: 'person/appointment',
  kind: 'person',
  description: 'Appointments and copulas: "X was named president of Y", "Y appointed X chairman", "X became CEO of Y".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    const end = sentence.tokenEnd;
    const skip = (k: number) => {
      while (k < end && FILLERS.has(doc.tokens[k]!.lower)) k++;
      // "named X to the newly-created position of senior vice president"
      // ... or the person's own: "relinquished his role as president", "will assume the duties of president"
      let p = OWN_POST.has(doc.tokens[k]?.lower ?? '') ? k + 1 : k;
      while (p < end && (POST_WORDS.has(doc.tokens[p]!.lower) || POST_NOUN.test(doc.tokens[p]!.lower))) p++;
      if (p > k && (doc.tokens[p]?.lower === 'of' || doc.tokens[p]?.lower === 'as') && POST_NOUN.test(doc.tokens[p - 1]!.lower)) return p + 1;
      // ... or the post itself after the possessive: "as his new chief of staff", "retains his vice president's post"
      if (p > k && OWN_POST.has(doc.tokens[k]!.lower) && titleAt(doc, p, end)) return p;
      return k;
    };
    for (let i = sentence.tokenStart; i < end; i++) {
      // ("He was named president": the one person the sentence before names)
      const pronoun = entities.mentionAt(i) ? undefined : pronounSubjectAt(ctx, i);
      const m = entities.mentionAt(i) ?? pronoun?.[0];
      if (!m) continue;
      // X (was) named / became TITLE (of ORG)
      const name = pronoun?.[1] ?? personNameAt(ctx, i);
      if (name) {
        const nameTokens: [number, number] = [m.tokenStart, m.tokenEnd];
        /** Reads what the verb phrase from `from` says of the person: joining, being named, becoming, leaving. */
        const readPredicate = (from: number) => {
          // "Aisha Rahman and Jonas Weiler co-founded the company": two subjects share the verb
          const partner = doc.tokens[from]?.lower === 'and' ? entities.mentionAt(from + 1) : undefined;
          if (partner && !partner.possessive && personNameAt(ctx, from + 1)) from = partner.tokenEnd;
          // "Modular's former president, Harvey Lyon, was named ...": a name set off after a post, then the verb
          if (doc.tokens[from]?.text === ',' && doc.tokens[m.tokenStart - 1]?.text === ',' && AUXILIARIES.has(doc.tokens[from + 1]?.lower ?? '')) from++;
          // "Oliver Grant, 54, a former banker, will become ...": an age or a description set off by commas
          let k = pastDescription(ctx, from);
          while (k < end && AUXILIARIES.has(doc.tokens[k]!.lower)) k++;
          // "Neil Springer, who on April 1 becomes chairman": a day set off before the verb
          k = pastDay(ctx, k);
          // "Robert Horton is to be vice-chairman": a post to come, as "will be" gives one
          const isToBe = doc.tokens[k]?.lower === 'to' && doc.tokens[k + 1]?.lower === 'be' && BE_TO_BE.has(doc.tokens[k - 1]?.lower ?? '');
          if (isToBe) k += 2;
          // "has been named to succeed Robert Cale as president": the one named takes the post the other leaves
          if (PASSIVE.has(doc.tokens[k]?.lower ?? '') && doc.tokens[k + 1]?.lower === 'to' && SUCCEEDING.has(doc.tokens[k + 2]?.lower ?? '')) k += 2;
          const verb = doc.tokens[k];
          if (!verb || k >= end) return;
          // "Jane Doe founded Acme in 1999", "X and Y co-founded the company": the founder of what is named or meant
          if (FOUNDED.has(verb.lower)) {
            const founded = orgAt(entities, k + 1, false);
            const role = verb.lower.startsWith('co') ? 'co-founder' : 'founder';
            if (founded) reportPerson(ctx, { name, nameTokens, title: { tokenStart: k, tokenEnd: k + 1, text: role, roles: [role] }, org: founded, confidence: 0.75 });
            return;
          }
          // "X joined Y as chief financial officer", "X, who joined Y as president"
          if (JOINS.has(verb.lower)) {
            const joined = orgAt(entities, doc.tokens[k + 1]?.text === '<' ? k + 2 : k + 1, false);
            // "joined Kettle Ridge this month as a vice president", "joined in April as vice president of research"
            // ("joined the company in November 1984 as executive vice president": after a reference too)
            // ("joined <J.W. Robinson Inc> of Los Angeles as chairman": past the wire's bracket and the company's city)
            const as = timeBefore(ctx, joined ? pastCity(ctx, joined.tokenEnd + (doc.tokens[joined.tokenEnd]?.text === '>' ? 1 : 0)) : k + 1, 'as');
            const title = as > 0 ? titleAt(doc, skip(as + 1), end) : undefined;
            if (title && (joined || as > k + 1)) reportPerson(ctx, { name, nameTokens, title, org: orgAfter(doc, entities, employerFrom(title), end, false) ?? joined, confidence: 0.75 });
            return;
          }
          // "The firm said Roberta Stein would succeed him as president": she takes the post
          if (SUCCEEDING.has(verb.lower)) {
            const object = entities.mentionAt(k + 1);
            const as = object ? object.tokenEnd : OBJECT_PRONOUNS.has(doc.tokens[k + 1]?.lower ?? '') ? k + 2 : -1;
            const title = as > 0 && doc.tokens[as]?.lower === 'as' ? titleAt(doc, skip(as + 1), end) : undefined;
            if (title && (!object || personNameAt(ctx, k + 1))) {
              const org = countryBefore(entities, title) ?? orgAfter(doc, entities, employerFrom(title), end, isGovernment(title.roles)) ?? announcerOrg(ctx, m.tokenStart);
              reportPerson(ctx, { name, nameTokens, title, org, confidence: org ? 0.8 : 0.65 });
            }
            return;
          }
          // "X is the chief executive of Y": the copula itself is the verb
          const copula = k > from && COPULA.has(doc.tokens[k - 1]!.lower) && !PASSIVE.has(verb.lower) && !BECOME.has(verb.lower);
          // "Joseph Scheetz, currently president, will be vice chairman": a post to come, as "will become" gives one
          const willBe = k > from + 1 && doc.tokens[k - 1]!.lower === 'be' && (FUTURE.has(doc.tokens[k - 2]!.lower) || isToBe) && !PASSIVE.has(verb.lower) && !BECOME.has(verb.lower);
          if (!PASSIVE.has(verb.lower) && !BECOME.has(verb.lower) && !copula && !willBe) return;
          // "will become Corvel Inc's chief executive": the organization's possessive before the post
          // ("Dixon will retire April 21 as chairman": a date between the verb and the post, not a particle: "step in as")
          // ... or after "step down" ("will step down next month as president")
          const after = doc.tokens[k + 1]?.lower === 'down' ? k + 2 : k + 1;
          const dated = BECOME.has(verb.lower) ? timeBefore(ctx, after, 'as') : -1;
          // (one word only where it is a day: "stepped in as chairman" has a particle)
          const at = skip(copula || willBe ? k : dated > after + 1 || (dated === after + 1 && DAYS_ALONE.has(doc.tokens[after]!.lower)) ? dated : k + 1);
          const owner = entities.mentionAt(at);
          // ... or written before the post without one, after "as" ("who retired as Raytheon president")
          // ... or after "is a(n)" ("Michelin is an Alexis Nihon officer and director")
          const article = copula && (doc.tokens[at - 1]?.lower === 'a' || doc.tokens[at - 1]?.lower === 'an');
          // ... or right after the copula ("Sir John Gieve was Home Office permanent secretary")
          const before = !!owner && !owner.possessive && (doc.tokens[at - 1]?.lower === 'as' || article || (copula && at === k)) && titleAt(doc, owner.tokenEnd, end) !== undefined;
          // ... or a reference's possessive ("Cox was the commission's chief economist")
          const ownerRef = !owner ? possessiveReferenceAt(doc, entities, at) : undefined;
          const ownerOrg = ownerRef ?? ((owner?.possessive || before) && owner!.type !== 'person' && owner!.type !== 'place' ? orgAt(entities, at, false) : undefined);
          const read = titleAt(doc, ownerRef ? ownerRef.tokenEnd + 1 : ownerOrg ? owner!.tokenEnd + (owner!.possessive ? 1 : 0) : at, end);
          // ("chosen to be President Reagan's deputy chief of staff": the post read first is the owner's style; the
          // post is the one after the owner's possessive)
          const styleOwner = read ? entities.mentionAt(read.tokenEnd) : undefined;
          const stated = styleOwner?.possessive && styleOwner.type === 'person' ? titleAt(doc, styleOwner.tokenEnd + 1, end) : read;
          // ("Harwood, who was president, would retain ...": "was" alone puts the post in the past)
          // ... as does "had been" ("Kearney had been executive vice-president of Northgate")
          const past = doc.tokens[k - 1]!.lower === 'was' || (doc.tokens[k - 1]!.lower === 'been' && doc.tokens[k - 2]?.lower === 'had');
          const title = stated && copula && past ? heldBefore(stated) : stated;
          // ("were named executive vice presidents": a post in the plural, whose first words are no post of their own)
          // ("Ferris and Innes made up an executive committee": nor is a post's word before a noun it describes)
          if (!title || pluralGoesOn(doc, title.tokenEnd) || (title.roles.length === 1 && describesNoun(doc, title.tokenEnd))) return;
          if (ACTS.has(verb.lower) && !title.roles.every((r) => ACTING_OFFICE.test(r))) return;
          // ("Reagan nominated economist Alan Greenspan": with no "was", a name after the post is whom the subject appointed)
          if (PASSIVE.has(verb.lower) && !BE_FORMS.has(doc.tokens[k - 1]?.lower ?? '') && entities.mentionAt(title.tokenEnd)?.type === 'person') return;
          const org = ownerOrg ?? countryBefore(entities, title) ?? orgAfter(doc, entities, employerFrom(title), end, isGovernment(title.roles)) ?? announcerOrg(ctx, m.tokenStart);
          // (not the post of a part the organization owns: "had been chief of the bank's trading floor")
          // ("X and Y were elected chairman and co-chairman, respectively": each takes the post in its place)
          const place = placeAmongTwo(doc, entities, m.tokenStart, m.tokenEnd, (n) => !!personNameAt(ctx, n));
          const own = place === undefined ? undefined : respectivePost(doc, title, org && !org.viaReference && org.tokenEnd > title.tokenEnd ? org.tokenEnd : title.tokenEnd, place);
          if ((org && !ownsPart(doc, org, title)) || !copula) reportPerson(ctx, { name, nameTokens, title: own ?? title, org, confidence: org ? 0.85 : 0.7 });
          // "will remain executive vice president of NL Industries and president of NL Chemicals"
          // (not after "was": a post held before, which the second then is too)
          if (org && !org.viaReference && org.tokenStart > title.tokenStart && title === stated) secondPost(ctx, nameTokens, name, org.tokenEnd);
          // "Jerry Pohlman was appointed chairman and chief executive officer, replacing James Anderson, who resigned"
          if (PASSIVE.has(verb.lower)) reportPredecessor(ctx, title, org);
          // "who is retiring as chairman but remains a director": the post kept, after the one left
          const tail = org && !org.viaReference && org.tokenEnd > title.tokenEnd ? org.tokenEnd : title.tokenEnd;
          const but = doc.tokens[tail]?.text === ',' ? tail + 1 : tail;
          const kept = doc.tokens[doc.tokens[but + 1]?.lower === 'will' ? but + 2 : but + 1]?.lower ?? '';
          if (LEAVES.has(verb.lower) && (doc.tokens[but]?.lower === 'but' || doc.tokens[but]?.lower === 'and') && STAYS.has(kept)) readPredicate(but + 1);
          // "X was elected chairman and Y vice chairman": a second appointee shares the verb
          const second = PASSIVE.has(verb.lower) ? secondAppointee(ctx, org && !org.viaReference && org.tokenEnd > title.tokenEnd ? org.tokenEnd : title.tokenEnd) : undefined;
          if (second) reportPerson(ctx, { ...second, org: orgAfter(doc, entities, employerFrom(second.title!), end, false) ?? org, confidence: 0.7 });
        };
        const k = m.tokenEnd;
        // "Richard Lipson, who remains chairman": a relative clause states the title too
        // ... after a description of the person ("C. David Finch, an Australian who heads the IMF's ... department")
        const who = relativeWho(doc, k, end);
        if (who > 0) {
          // "Mary Jones, who heads Bolton Corp": a verb of leading names the role and the organization after it
          const role = LEADS[doc.tokens[who + 1]?.lower ?? ''];
          // "who heads the company's robotics division": a reference to one company is that company
          const ledAt = doc.tokens[who + 2]?.lower === 'the' && entities.mentionAt(who + 3) ? who + 3 : who + 2;
          // (not a town before its state: "who founded the Cupertino, Calif.-based company")
          const led = role && ledAt < end && !townOfState(ctx, ledAt) ? orgAt(entities, ledAt, false) : undefined;
          // "who runs the company as chief executive": the post it is run in
          const asTitle = role && led && doc.tokens[led.tokenEnd]?.lower === 'as' ? titleAt(doc, skip(led.tokenEnd + 1), end) : undefined;
          if (asTitle && led) reportPerson(ctx, { name, nameTokens, title: asTitle, org: led, confidence: 0.75 });
          else if (role && led) {
            // "who heads the company's robotics division": the part of the company led names the role
            const unit = role === 'head' ? unitAfter(doc, led.tokenEnd, end) : undefined;
            const text = unit ? `head of ${unit}` : role;
            const title = { tokenStart: who + 1, tokenEnd: who + 2, text, roles: [text] };
            reportPerson(ctx, { name, nameTokens, title, org: led, confidence: 0.75 });
          }
          readPredicate(who + 1);
          // "Brian Niccol, who ran Chipotle, became chief executive of Starbucks": the sentence goes on after the clause
          const close = clauseEnd(ctx, who + 1);
          if (close > 0) readPredicate(close);
        } else readPredicate(k);
        succeededBy(ctx, m.tokenEnd, name, nameTokens, skip);
        const verb = doc.tokens[k];
        // "the swearing in of C. William Verity as Commerce Secretary", "succeed Mark Hughes as Wales coach"
        // (not the one who gave the post: "Roger Andewelt is being nominated by President Reagan as a judge")
        if (verb?.lower === 'as' && !m.possessive && !byAgent(ctx, m.tokenStart)) {
          const at = doc.tokens[k + 1];
          // a place before the title is the team or country it serves ("as Wales national coach")
          const place = at && entities.mentionAt(k + 1)?.type === 'place' ? entities.mentionAt(k + 1) : undefined;
          // ... and a body's name before it is the body the post is in ("as White House chief of staff", "as Acme's president")
          const owned = place ? undefined : postOfBody(ctx, k + 1);
          const ownerOrg = owned?.org;
          // ... and a person styled by a title, whom the post serves ("as President Reagan's communications director")
          const principal = place || owned ? undefined : styledPrincipalEnd(ctx, k + 1);
          const title = owned?.title ?? titleAt(doc, skip(principal ?? (place ? place.tokenEnd : k + 1)), end);
          if (title && endsAtBoundary(doc, title.tokenEnd, end)) {
            // "Amazon appointed Andy Jassy to succeed Jeff Bezos as chief executive": the one who leaves held the post at the appointer
            const leaving = SUCCEEDS.has(doc.tokens[m.tokenStart - 1]?.lower ?? '');
            // "it appointed former Burberry executive X as its first chief digital officer": "its" is the appointer's
            const own = doc.tokens[k + 1]?.lower === 'its' ? appointerBefore(ctx, m.tokenStart) : undefined;
            const stated = ownerOrg ?? countryBefore(entities, title) ?? orgAfter(doc, entities, employerFrom(title), end, isGovernment(title.roles)) ?? own;
            const org = stated ?? (leaving ? subjectOrg(ctx, m.tokenStart) : undefined);
            const team = place && !org ? { name: place.surface, tokenStart: place.tokenStart, tokenEnd: place.tokenEnd, viaReference: false } : undefined;
            reportPerson(ctx, { name, nameTokens, title, org: org ?? team, confidence: 0.7 });
            // ("the selection of Howard Baker to replace Donald Regan as chief of staff": the one chosen takes the post too)
            const chosen = leaving && doc.tokens[m.tokenStart - 2]?.lower === 'to' ? entities.mentionEndingAt(m.tokenStart - 3) : undefined;
            const chosenName = chosen?.type === 'person' && !chosen.possessive ? personNameAt(ctx, chosen.tokenStart) : undefined;
            // (with the body the sentence names for the post, not the one it finds for the one leaving)
            if (chosen && chosenName) reportPerson(ctx, { name: chosenName, nameTokens: [chosen.tokenStart, chosen.tokenEnd], title, org: stated ?? team, confidence: 0.7 });
          }
        }
      }
      // ORG appointed X (as) TITLE
      // a name of unknown kind is the company when it does the appointing ("Meta appointed Susan Li as ...")
      const org = m.type === 'org' || (m.type === 'other' && appoints(ctx, m.tokenEnd)) ? orgAt(entities, i, false) : undefined;
      // "..., and appointed Donald Michelin as acting chief executive": the company is named further back, or not at all
      // ("its board named Chief Operating Officer Nadia Farouk interim CEO": past the post the appointee holds now)
      const verbAt = appointingVerbBefore(ctx, i);
      if (!org && m.type !== 'org' && verbAt > sentence.tokenStart && !entities.mentionEndingAt(verbAt - 1)) {
        const who = personNameAt(ctx, i);
        const after = doc.tokens[m.tokenEnd]?.lower;
        const past = who ? pastAside(ctx, m.tokenEnd) : m.tokenEnd;
        // "its board elected Philip Amsel president and chief executive officer": the post may follow the name straight
        // (only a name known to be a person's, after a verb standing alone: not "the newly-appointed Metropolitan Police commissioner")
        const verbAlone = doc.tokens[verbAt - 1]?.text !== '-';
        const straight = who && verbAlone && past === m.tokenEnd && after !== 'as' && after !== 'to' ? titleAt(doc, m.tokenEnd, end) : undefined;
        // a name of unknown kind must be given a post of something ("named Henri Castagne chairman of Banque Fontenay"), not a firm's part in it
        const given = straight && (m.type === 'person' || doc.tokens[straight.tokenEnd]?.lower === 'of') ? straight : undefined;
        const asPost = who && (past > m.tokenEnd || after === 'as' || after === 'to');
        const owned = asPost && doc.tokens[past]?.lower === 'as' ? postOfBody(ctx, past + 1) : undefined;
        const principal = asPost && !owned && doc.tokens[past]?.lower === 'as' ? styledPrincipalEnd(ctx, past + 1) : undefined;
        const title = owned?.title ?? (asPost ? titleAt(doc, principal ?? skip(past), end) : given && endsAtBoundary(doc, given.tokenEnd, end) ? given : undefined);
        if (who && title) {
          const of = owned?.org ?? orgAfter(doc, entities, employerFrom(title), end, false) ?? subjectOrg(ctx, verbAt) ?? appointerBefore(ctx, i);
          reportPerson(ctx, { name: who, nameTokens: [m.tokenStart, m.tokenEnd], title, org: of, confidence: of ? 0.75 : 0.65 });
          reportPredecessor(ctx, title, of);
          // "its shareholders elected Ian Cumming as chairman ... and Joseph Steinberg as president": the verb's second appointee
          const second = asPost ? secondAppointee(ctx, of && !of.viaReference && of.tokenStart >= title.tokenEnd ? of.tokenEnd : title.tokenEnd) : undefined;
          if (second) reportPerson(ctx, { ...second, org: orgAfter(doc, entities, employerFrom(second.title!), end, false) ?? of, confidence: of ? 0.7 : 0.6 });
        }
      }
      if (org) {
        // "Harlow Bancorp Inc, the Ohio-based regional lender, named ...": a description set off by commas
        // ... or its initials ("The Inter-Arab Cambist Association (ICA) elected ...")
        let k = pastDescription(ctx, pastInitials(doc, m.tokenEnd));
        while (k < end && AFTER_APPOINTER.has(doc.tokens[k]!.lower)) k++;
        if (k < end && APPOINTING_VERBS.has(doc.tokens[k]!.lower)) {
          // "appointed former Tesco executive Priya Raman as", "named Citigroup Inc veteran Denise Alvarez as"
          const at = appointeeAt(ctx, k + 1);
          const person = entities.mentionAt(at);
          const who = person && personNameAt(ctx, at);
          if (person && who) {
            // "elected Abdullah al-Dakhil of Kuwait's Burgan Bank its new chairman": the employer the appointee comes
            // from stands between name and post, and is a fact of its own
            const from = doc.tokens[person.tokenEnd]?.lower === 'of' ? orgAfter(doc, entities, person.tokenEnd, end, false) : undefined;
            const post = from && !from.viaReference ? from.tokenEnd : pastAside(ctx, person.tokenEnd);
            // ("named Thomas Griscom as President Reagan's communications director": past the principal the post serves)
            const principal = doc.tokens[post]?.lower === 'as' ? styledPrincipalEnd(ctx, post + 1) : undefined;
            const title = titleAt(doc, principal ?? skip(post), end);
            if (title && from && !from.viaReference) reportPerson(ctx, { name: who, nameTokens: [person.tokenStart, person.tokenEnd], title: undefined, org: from, confidence: 0.7 });
            if (title) {
              // "named Emily Carter as head of its North American operations": "its" is the appointer's
              const of = orgAfter(doc, entities, employerFrom(title), end, false);
              const employer = of && !of.viaReference ? of : org;
              reportPerson(ctx, { name: who, nameTokens: [person.tokenStart, person.tokenEnd], title, org: employer, confidence: 0.8 });
              reportPredecessor(ctx, title, employer);
              // "named John Smith chairman and Mary Jones president": a second appointee shares the verb
              const second = secondAppointee(ctx, of && !of.viaReference ? of.tokenEnd : title.tokenEnd);
              if (second) reportPerson(ctx, { ...second, org: orgAfter(doc, entities, employerFrom(second.title!), end, false) ?? org, confidence: 0.75 });
            }
          }
        }
      }
    }
  },
};

/** Whether the name at `k` is a town's, its state after a comma: "Cupertino, Calif.", "Greenwich, Connecticut". */
function townOfState(ctx: Parameters<Rule['run']>[0], k: number): boolean {
  const m = ctx.entities.mentionAt(k);
  return !!m && ctx.doc.tokens[m.tokenEnd]?.text === ',' && isUsState(ctx.doc, m.tokenEnd + 1);
}

/**
 * Whether the name at `k` is the agent of a passive appointing verb: "nominated by" before it, past the person's own
 * title ("nominated by President Reagan as a judge"; not "will be headed by Jim Curry as chief executive").
 */
function byAgent(ctx: Parameters<Rule['run']>[0], k: number): boolean {
  const { doc, sentence } = ctx;
  let b = k - 1;
  while (b > sentence.tokenStart && b > k - 5 && (/^\p{Lu}/u.test(doc.tokens[b]!.text) || isTitleWord(doc.tokens[b]!.lower))) b--;
  return doc.tokens[b]?.lower === 'by' && PASSIVE.has(doc.tokens[b - 1]?.lower ?? '');
}

/** The "who" of a relative clause after the name ending at `k`: ", who ..." or ", an Australian who ..."; -1 if none. */
function relativeWho(doc: Parameters<Rule['run']>[0]['doc'], k: number, end: number): number {
  // ("succeeding Sid Weiss who was named chief executive officer": the wire may leave out the comma before a new post,
  // or one kept, "succeeding James Baker who remains chairman")
  if (doc.tokens[k]?.lower === 'who' && (APPOINTED_AFTER_WHO.test(doc.text.slice(doc.tokens[k]!.end, doc.tokens[Math.min(end, k + 4)]?.start ?? doc.text.length)) || KEEPS.has(doc.tokens[k + 1]?.lower ?? ''))) return k;
  if (doc.tokens[k]?.text !== ',') return -1;
  // (past an age: "Stewart Bainum Sr., 67, who becomes vice chairman")
  if (doc.tokens[k + 1]?.pos === 'NUM' && /^\d{2}$/.test(doc.tokens[k + 1]!.text) && doc.tokens[k + 2]?.text === ',') k += 2;
  if (doc.tokens[k + 1]?.lower === 'who') return k + 1;
  if (!/^(?:a|an)$/.test(doc.tokens[k + 1]?.lower ?? '')) return -1;
  for (let w = k + 3; w < Math.min(end, k + 6); w++) {
    if (doc.tokens[w]!.lower === 'who') return w;
    if (!/^\p{L}[\p{L}-]*$/u.test(doc.tokens[w]!.text)) return -1;
  }
  return -1;
}

/**
 * "Lester Colbert will be succeeded as president and chief executive by executive vice president Bert Zaccaria":
 * the one succeeded holds the post, the successor takes it.
 */
function succeededBy(ctx: Parameters<Rule['run']>[0], k: number, name: string, nameTokens: [number, number], skip: (k: number) => number): void {
  const { doc, entities, sentence } = ctx;
  let v = k;
  while (v < sentence.tokenEnd && v < k + 3 && /^(?:will|be|was|is|to|being|has|been)$/.test(doc.tokens[v]!.lower)) v++;
  if (v === k || doc.tokens[v]?.lower !== 'succeeded' || doc.tokens[v + 1]?.lower !== 'as') return;
  const title = titleAt(doc, skip(v + 2), sentence.tokenEnd);
  if (!title || doc.tokens[title.tokenEnd]?.lower !== 'by') return;
  // the successor, past the post they hold now ("by executive vice president Bert Zaccaria")
  let at = title.tokenEnd + 1;
  const held = titleAt(doc, at, sentence.tokenEnd);
  if (held) at = held.tokenEnd;
  const successor = entities.mentionAt(at);
  const next = successor && successor.tokenStart === at ? personNameAt(ctx, at) : undefined;
  const org = orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles)) ?? announcerOrg(ctx, nameTokens[0]);
  reportPerson(ctx, { name, nameTokens, title, org, confidence: 0.65 });
  if (next && successor) reportPerson(ctx, { name: next, nameTokens: [successor.tokenStart, successor.tokenEnd], title, org, confidence: 0.65 });
}

/** A common noun in lower case right after a post's words, which makes them describe it ("an executive committee"). */
function describesNoun(doc: Parameters<Rule['run']>[0]['doc'], k: number): boolean {
  const t = doc.tokens[k];
  return !!t && /^[a-z]+$/.test(t.text) && t.pos === 'NOUN' && !isTitleWord(t.lower) && !POST_AFTER_WORDS.has(t.lower);
}
/** Words that follow a post as part of it ("chairman emeritus"). */
const POST_AFTER_WORDS = new Set(['emeritus', 'emerita']);

/** "the company's", "the commission's" at `at` (or its noun, past "the"): the one organization the reference stands for. */
function possessiveReferenceAt(doc: Doc, entities: Entities, at: number): OrgRef | undefined {
  const r = entities.referenceAt(at) ?? (doc.tokens[at - 1]?.lower === 'the' ? entities.referenceAt(at - 1) : undefined);
  // (not "the unit's": the resolver reads a unit as its owner, whose post it is not)
  if (!r || !r.possessive || r.names.length !== 1 || !/^['’]s?$/.test(doc.tokens[r.tokenEnd]?.text ?? '') || SUBSIDIARY_NOUNS.has(doc.tokens[r.tokenEnd - 1]!.lower)) return undefined;
  return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
}

/** The country whose office a title is, named right before it ("the U.S. ambassador", "French ambassador"); not an occupation's ("an Indian blogger"). */
function countryBefore(entities: Entities, title: TitleSpan): OrgRef | undefined {
  if (!isNationalRole(title.roles)) return undefined;
  const m = entities.mentionEndingAt(title.tokenStart - 1);
  return m?.type === 'place' && !m.possessive && (!!m.code || m.adjective) ? orgAt(entities, m.tokenStart, true) : undefined;
}
