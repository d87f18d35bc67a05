// "X was named president of Y", "Y appointed X as chairman", "X became chief
// executive of Y", "X is the chief financial officer of Y".
import type { Token } from '../../document/document.js';
import type { Rule } from '../rule.js';
import { orgAfter, orgAt, personNameAt } from './context.js';
import { isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { titleAt } from './title.js';
import { ROLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';

const PASSIVE = new Set(['named', 'appointed', 'elected', 'promoted', 'nominated', 'installed', 'chosen', 'made']);
const ACTIVE = new Set(['named', 'appointed', 'elected', 'hired', 'promoted', 'nominated', 'picked', 'chose', 'tapped', 'recruited']);
const BECOME = new Set([
  'became', 'becomes', 'become', 'remains', 'remained', 'remain', 'serves', 'served', 'serve', 'resigned', 'resigns', 'resign', 'retired', 'retires', 'retire',
  'quit', 'quits', 'stepped', 'steps', 'step', 'stepping', 'retiring', 'resigning', 'took', 'take', 'takes', 'taking',
  // "was ousted as chief executive of Y"
  'ousted', 'fired', 'sacked', 'dismissed', 'removed',
]);
/** "X joined Y as chief financial officer": the organization stands between the verb and the post. */
const JOINS = new Set(['joined', 'joins', 'join', 'joining', 'rejoined', 'rejoins']);
/** "to succeed Jeff Bezos", "replacing Jane Roe": the person named next is the one who leaves the post. */
const SUCCEEDS = new Set(['succeed', 'succeeds', 'succeeding', 'replace', 'replaces', 'replacing']);
/** Verbs by which a company announces its own officer's move: "Unilever said Hein Schumacher would step down as ...". */
const ANNOUNCES = new Set(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms']);
const COPULA = new Set(['is', 'was']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'be', 'will', 'would', 'was', 'is', 'were', 'also', 'now', 'recently', 'then', 'later', 'subsequently']);
/** Words between an organization and its verb of appointing: "X has today named". */
const AFTER_APPOINTER = new Set(['has', 'have', 'had', 'said', 'it', 'today', 'yesterday']);
const FILLERS = new Set(['as', 'to', 'the', 'its', 'their', 'a', 'an', 'new', 'next', 'be', 'been', 'has', 'have', 'had', 'was', 'is', 'will', 'would', 'also', 'now', 'currently', 'down', 'over']);
/** Verbs of leading an organization in a relative clause, and the role they state: "X, who heads Y". */
const LEADS: Record<string, string> = { heads: 'head', headed: 'head', leads: 'head', led: 'head', runs: 'head', ran: 'head', chairs: 'chairman', chaired: 'chairman', founded: 'founder' };
/** "to the newly-created position of": words that lead to a title after an appointee. */
const POST_WORDS = new Set(['newly', 'created', 'newly-created', '-', 'new', 'vacant', 'position', 'post', 'job', 'role', 'posts', 'positions']);

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
      let p = k;
      while (p < end && POST_WORDS.has(doc.tokens[p]!.lower)) p++;
      if (p > k && doc.tokens[p]?.lower === 'of' && /^(?:position|post|job|role)s?$/.test(doc.tokens[p - 1]!.lower)) return p + 1;
      return k;
    };
    for (let i = sentence.tokenStart; i < end; i++) {
      const m = entities.mentionAt(i);
      if (!m) continue;
      // X (was) named / became TITLE (of ORG)
      const name = personNameAt(ctx, i);
      if (name) {
        const nameTokens: [number, number] = [m.tokenStart, m.tokenEnd];
        /** Reads what the verb phrase from `from` says of the person: joining, being named, becoming, leaving. */
        const readPredicate = (from: number) => {
          // "Oliver Grant, 54, a former banker, will become ...": an age or a description set off by commas
          let k = pastDescription(ctx, from);
          while (k < end && AUXILIARIES.has(doc.tokens[k]!.lower)) k++;
          const verb = doc.tokens[k];
          if (!verb || k >= end) return;
          // "X joined Y as chief financial officer", "X, who joined Y as president"
          if (JOINS.has(verb.lower)) {
            const joined = orgAt(entities, k + 1, false);
            const as = joined && !joined.viaReference ? joined.tokenEnd : -1;
            const title = as > 0 && doc.tokens[as]?.lower === 'as' ? titleAt(doc, skip(as + 1), end) : undefined;
            if (joined && title) reportPerson(ctx, { name, nameTokens, title, org: orgAfter(doc, entities, title.tokenEnd, end, false) ?? joined, confidence: 0.75 });
            return;
          }
          // "X is the chief executive of Y": the copula itself is the verb
          const copula = k > from && COPULA.has(doc.tokens[k - 1]!.lower) && !PASSIVE.has(verb.lower) && !BECOME.has(verb.lower);
          if (!PASSIVE.has(verb.lower) && !BECOME.has(verb.lower) && !copula) return;
          // "will become Corvel Inc's chief executive": the organization's possessive before the post
          const at = skip(copula ? k : k + 1);
          const owner = entities.mentionAt(at);
          const ownerOrg = owner?.possessive && owner.type !== 'person' && owner.type !== 'place' ? orgAt(entities, at, false) : undefined;
          const title = titleAt(doc, ownerOrg ? owner!.tokenEnd + 1 : at, end);
          if (!title) return;
          const org = ownerOrg ?? orgAfter(doc, entities, title.tokenEnd, end, isGovernment(title.roles)) ?? announcerOrg(ctx, m.tokenStart);
          if (org || !copula) reportPerson(ctx, { name, nameTokens, title, org, confidence: org ? 0.85 : 0.7 });
        };
        const k = m.tokenEnd;
        // "Richard Lipson, who remains chairman": a relative clause states the title too
        if (doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.lower === 'who') {
          // "Mary Jones, who heads Bolton Corp": a verb of leading names the role and the organization after it
          const role = LEADS[doc.tokens[k + 2]?.lower ?? ''];
          // "who heads the company's robotics division": a reference to one company is that company
          const led = role && k + 3 < end ? orgAt(entities, k + 3, false) : undefined;
          if (role && led) {
            // "who heads the company's robotics division": the part of the company led names the role
            const unit = role === 'head' ? unitAfter(doc, led.tokenEnd, end) : undefined;
            const text = unit ? `head of ${unit}` : role;
            const title = { tokenStart: k + 2, tokenEnd: k + 3, text, roles: [text] };
            reportPerson(ctx, { name, nameTokens, title, org: led, confidence: 0.75 });
          }
          readPredicate(k + 2);
          // "Brian Niccol, who ran Chipotle, became chief executive of Starbucks": the sentence goes on after the clause
          const close = clauseEnd(ctx, k + 2);
          if (close > 0) readPredicate(close);
        } else readPredicate(k);
        const verb = doc.tokens[k];
        // "the swearing in of C. William Verity as Commerce Secretary", "succeed Mark Hughes as Wales coach"
        if (verb?.lower === 'as' && !m.possessive) {
          const at = doc.tokens[k + 1];
          // a place before the title is the team or country it serves ("as Wales national coach")
          const place = at && entities.mentionAt(k + 1)?.type === 'place' ? entities.mentionAt(k + 1) : undefined;
          const title = titleAt(doc, skip(place ? place.tokenEnd : k + 1), end);
          if (title && endsAtBoundary(doc, title.tokenEnd, end)) {
            // "Amazon appointed Andy Jassy to succeed Jeff Bezos as chief executive": the one who leaves held the post at the appointer
            const leaving = SUCCEEDS.has(doc.tokens[m.tokenStart - 1]?.lower ?? '');
            // "it appointed former Burberry executive X as its first chief digital officer": "its" is the appointer's
            const own = doc.tokens[k + 1]?.lower === 'its' ? appointerBefore(ctx, m.tokenStart) : undefined;
            const org = orgAfter(doc, entities, title.tokenEnd, end, isGovernment(title.roles)) ?? own ?? (leaving ? subjectOrg(ctx, m.tokenStart) : undefined);
            const team = place && !org ? { name: place.surface, tokenStart: place.tokenStart, tokenEnd: place.tokenEnd, viaReference: false } : undefined;
            reportPerson(ctx, { name, nameTokens, title, org: org ?? team, confidence: 0.7 });
          }
        }
      }
      // ORG appointed X (as) TITLE
      // a name of unknown kind is the company when it does the appointing ("Meta appointed Susan Li as ...")
      const org = m.type === 'org' || (m.type === 'other' && appoints(ctx, m.tokenEnd)) ? orgAt(entities, i, false) : undefined;
      // "..., and appointed Donald Michelin as acting chief executive": the company is named further back, or not at all
      if (!org && m.type !== 'org' && i > sentence.tokenStart && ACTIVE.has(doc.tokens[i - 1]!.lower) && !entities.mentionEndingAt(i - 2)) {
        const who = personNameAt(ctx, i);
        const after = doc.tokens[m.tokenEnd]?.lower;
        const past = who ? pastAside(ctx, m.tokenEnd) : m.tokenEnd;
        const title = who && (past > m.tokenEnd || after === 'as' || after === 'to') ? titleAt(doc, skip(past), end) : undefined;
        if (who && title) {
          const of = orgAfter(doc, entities, title.tokenEnd, end, false) ?? subjectOrg(ctx, i - 1);
          reportPerson(ctx, { name: who, nameTokens: [m.tokenStart, m.tokenEnd], title, org: of, confidence: of ? 0.75 : 0.65 });
        }
      }
      if (org) {
        // "Harlow Bancorp Inc, the Ohio-based regional lender, named ...": a description set off by commas
        let k = pastDescription(ctx, m.tokenEnd);
        while (k < end && AFTER_APPOINTER.has(doc.tokens[k]!.lower)) k++;
        if (k < end && ACTIVE.has(doc.tokens[k]!.lower)) {
          // "appointed former Tesco executive Priya Raman as", "named Citigroup Inc veteran Denise Alvarez as"
          const at = appointeeAt(ctx, k + 1);
          const person = entities.mentionAt(at);
          const who = person && personNameAt(ctx, at);
          if (person && who) {
            const title = titleAt(doc, skip(pastAside(ctx, person.tokenEnd)), end);
            if (title) {
              // "named Emily Carter as head of its North American operations": "its" is the appointer's
              const of = orgAfter(doc, entities, title.tokenEnd, end, false);
              reportPerson(ctx, { name: who, nameTokens: [person.tokenStart, person.tokenEnd], title, org: of && !of.viaReference ? of : org, confidence: 0.8 });
            }
          }
        }
      }
    }
  },
};

/**
 * Where the post given to an appointee is read from, past what stands between
 * the name and its "as": "to succeed Jeff Bezos", "replacing Jane Roe", or an
 * aside set off by commas ("Jane Smith, a former Google executive, as ...").
 * `k` is the index after the appointee's name; returns `k` when nothing is passed.
 */
function pastAside(ctx: Parameters<Rule['run']>[0], k: number): number {
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
    if (t.text === ',') return doc.tokens[c + 1]?.lower === 'as' ? c + 1 : k;
    // a verb ends the aside, unless it is a title wink took for one ("previously head/VERB of international")
    // (or a capitalized word wink took for one: "a former Ford/VERB executive")
    if (t.text === ';' || t.text === '(' || (t.pos === 'VERB' && !ROLE_HEADS.has(t.lower) && !/^\p{Lu}/u.test(t.text))) return k;
  }
  return k;
}

/**
 * Past an age or a description after a name, set off by commas ("Oliver
 * Grant, 54, a former banker, will become ..."), when a verb follows it;
 * `k` is the index after the name. Returns `k` when there is none.
 */
function pastDescription(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc, sentence } = ctx;
  let comma = k;
  let after = k;
  // each aside closes with the comma that may open the next
  for (let n = 0; n < 2 && doc.tokens[comma]?.text === ','; n++) {
    let c = comma + 1;
    // a verb ends the search, but not one glued after a hyphen ("the Ohio-based lender")
    const verb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !(doc.tokens[t.index - 1]?.text === '-' && doc.tokens[t.index - 1]!.end === t.start);
    while (c < sentence.tokenEnd && c <= comma + 8 && doc.tokens[c]!.text !== ',' && !verb(doc.tokens[c]!) && doc.tokens[c]!.lower !== 'who') c++;
    if (doc.tokens[c]?.text !== ',' || c === comma + 1) break;
    comma = c;
    after = c + 1;
  }
  const next = doc.tokens[after];
  return after > k && next && (next.pos === 'VERB' || next.pos === 'AUX' || AUXILIARIES.has(next.lower)) ? after : k;
}

/** The index after the comma that closes a relative clause opened before `k`, when a verb follows it; else -1. */
function clauseEnd(ctx: Parameters<Rule['run']>[0], k: number): number {
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

/** "Unilever said Hein Schumacher would ...": the organization announcing right before the name, with "that" or not. */
function announcerOrg(ctx: Parameters<Rule['run']>[0], nameStart: number) {
  const { doc, entities, sentence } = ctx;
  let k = nameStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  if (k <= sentence.tokenStart || !ANNOUNCES.has(doc.tokens[k]!.lower)) return undefined;
  const m = entities.mentionEndingAt(k - 1);
  if (m && (m.type === 'org' || (m.type === 'other' && m.tokenStart === sentence.tokenStart))) return orgAt(entities, m.tokenStart, false);
  return undefined;
}

/** Nouns for a part of a company that a head leads ("robotics division", "banking and insurance unit"). */
const UNIT_NOUNS = new Set(['division', 'unit', 'business', 'operations', 'arm', 'team', 'department', 'segment', 'group', 'subsidiary', 'research', 'practice']);

/** "the company's robotics division": the lower-case words for the part led, after the organization's possessive at `i`. */
function unitAfter(doc: Parameters<Rule['run']>[0]['doc'], i: number, end: number): string | undefined {
  let k = /^['’]s$/.test(doc.tokens[i]?.text ?? '') ? i + 1 : i;
  const from = k;
  while (k < end && k < from + 5 && /^\p{Ll}/u.test(doc.tokens[k]!.text) && doc.tokens[k]!.text !== ',') k++;
  return k > from && UNIT_NOUNS.has(doc.tokens[k - 1]!.lower) ? doc.text.slice(doc.tokens[from]!.start, doc.tokens[k - 1]!.end) : undefined;
}

/** Words that describe an appointee before the name ("former", "veteran", "executive"): they may stand between verb and name. */
/** "named its research chief Markus Feldmann as ...": the appointer's own officer. */
const OWN_WORDS = new Set(['its', 'their', 'the']);
const APPOINTEE_WORDS = new Set(['former', 'ex', 'ex-', 'veteran', 'longtime', 'long-time', 'industry', 'company', 'insider', 'outsider', 'executive', 'banker', 'lawyer', 'official', 'chief', 'head', 'boss', '-']);

/**
 * Where the appointee's name starts after an appointing verb at `i - 1`: at
 * `i`, or past a description of up to six words made of describing words
 * and an organization's name ("former Tesco executive Priya Raman").
 */
function appointeeAt(ctx: Parameters<Rule['run']>[0], i: number): number {
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
function appoints(ctx: Parameters<Rule['run']>[0], k: number): boolean {
  const { doc, entities, sentence } = ctx;
  while (k < sentence.tokenEnd && AFTER_APPOINTER.has(doc.tokens[k]!.lower)) k++;
  return k < sentence.tokenEnd && ACTIVE.has(doc.tokens[k]!.lower) && entities.mentionAt(k + 1)?.type === 'person';
}

/**
 * The organization (or "it" standing for one) right before the appointing
 * verb that precedes the appointee at `i`: "Last month it appointed former
 * Burberry executive X" gives what "it" stands for, not Burberry.
 */
function appointerBefore(ctx: Parameters<Rule['run']>[0], i: number) {
  const { doc, entities, sentence } = ctx;
  let verb = i - 1;
  while (verb > sentence.tokenStart && !ACTIVE.has(doc.tokens[verb]!.lower)) verb--;
  if (!ACTIVE.has(doc.tokens[verb]?.lower ?? '')) return undefined;
  let k = verb - 1;
  while (k > sentence.tokenStart && AFTER_APPOINTER.has(doc.tokens[k]!.lower) && !entities.referenceEndingAt(k)) k--;
  const r = entities.referenceEndingAt(k);
  if (r) return orgAt(entities, r.tokenStart, false);
  const m = entities.mentionEndingAt(k);
  return m && m.type !== 'person' && m.type !== 'place' ? orgAt(entities, m.tokenStart, false) : undefined;
}

/** The first organization named in the sentence before token `i`: the subject that did the appointing. */
function subjectOrg(ctx: Parameters<Rule['run']>[0], i: number) {
  for (let k = ctx.sentence.tokenStart; k < i; k++) {
    const m = ctx.entities.mentionAt(k);
    if (m?.type === 'org') return orgAt(ctx.entities, k, false);
  }
  return undefined;
}

/** A title read after "as" ends the phrase: a comma, a full stop, "of"/"at", "and", "in", "on" or the sentence's end follows. */
function endsAtBoundary(doc: Parameters<Rule['run']>[0]['doc'], i: number, end: number): boolean {
  const t = doc.tokens[i];
  return i >= end || !t || /^[,.;:)"'”]$/.test(t.text) || ['of', 'at', 'for', 'with', 'and', 'in', 'on', 'from', 'after', 'since', 'until', 'last', 'this', 'next'].includes(t.lower);
}
