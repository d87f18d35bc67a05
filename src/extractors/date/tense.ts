// The tense of the clause a temporal expression sits in, read from the
// sentence's tokens: "released Wednesday" is past, "will meet Wednesday" and
// "plans to launch in April" future. The nearest verb group to the left
// decides; without one, the first to the right ("On Friday, it said ...").
import type { Doc, Token } from '../../document/document.js';
import { FUTURE_INTENT, FUTURE_MARKERS, IRREGULAR_PAST } from '../../lexicon/date-tense.js';
import type { RuleContext } from '../rule.js';

export type Tense = 'past' | 'present' | 'future';

const AHEAD_LIMITS = new Set(['early', 'soon', 'late']);
const CLAUSE_BREAK = new Set([';', ':', '"', '``', "''", '“', '”', '(', ')', '--', '—', '–']);
const MAX_DISTANCE = 14;
/** how far a time opening the sentence looks for its main verb */
const OPENING_DISTANCE = 30;

/** a verb or auxiliary; a capitalized "verb" inside the sentence is a name the tagger misread ("Roe vs. Wade") */
const isVerbal = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !(t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.text !== t.text.toUpperCase() && t.index > 0 && t.sentence === t.sentence && !isSentenceStart(t));
let currentTokens: Token[] = [];
const isSentenceStart = (t: Token) => t.index === 0 || currentTokens[t.index - 1]?.sentence !== t.sentence;
const looksPast = (t: Token) => IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));

/** tense of the clause around [start, end) (offsets in the sentence text) */
export function tenseAt(ctx: RuleContext, start: number, end: number): Tense | null {
  return tenseAround(ctx.doc, ctx.sentence.tokenStart, ctx.sentence.tokenEnd, ctx.sentence.start + start, ctx.sentence.start + end);
}

/** Whether a cue before [start, end) points ahead whatever the verb: "effective June 1", "take effect Jan. 1", "payable Dec. 15". */
export function firmlyAheadAt(ctx: RuleContext, start: number): boolean {
  const first = ctx.sentence.tokenStart;
  return forwardCue(ctx.doc.tokens, first, firstTokenEndingAfter(ctx.doc.tokens, first, ctx.sentence.tokenEnd, ctx.sentence.start + start)) === 'ahead';
}

/** The index of the first token in [first, last) that ends after `offset`: where an expression starting there begins. */
function firstTokenEndingAfter(tokens: Token[], first: number, last: number, offset: number): number {
  let i = first;
  while (i < last && tokens[i]!.end <= offset) i++;
  return i;
}

export function tenseAround(doc: Doc, first: number, last: number, start: number, end: number): Tense | null {
  const tokens = doc.tokens;
  currentTokens = tokens;
  const i = firstTokenEndingAfter(tokens, first, last, start);
  let j = i;
  while (j < last && tokens[j]!.start < end) j++;
  // "since Jan. 2": whatever the verb, the day has passed
  if (i - 1 >= first && tokens[i - 1]!.lower === 'since') return 'past';
  // "as early as Tuesday", "as soon as Friday": a limit ahead
  if (i - 3 >= first && tokens[i - 1]!.lower === 'as' && tokens[i - 3]!.lower === 'as' && AHEAD_LIMITS.has(tokens[i - 2]!.lower)) return 'future';
  const cue = forwardCue(tokens, first, i);
  if (cue === 'ahead') return 'future';
  // "said that on June 1 it will redeem", "banks which in December were asked": a time that opens a clause is the
  // clause's, whose verb comes after it
  if (opensClause(tokens, first, i)) {
    const own = tenseRight(tokens, j, last);
    if (own) return own;
  }
  // "In January, a week after the anniversary of the decision legalizing abortion, a bombing killed a guard": a time that
  // opens the sentence belongs to its main verb, however far
  const opening = i - first <= 1;
  const tense = tenseLeft(tokens, first, i - 1) ?? tenseRight(tokens, j, last, opening);
  // "the offer runs until Friday", "shares remain suspended until Thursday": what lasts from now until a day ends ahead
  return (cue === 'until' || cue === 'due') && (tense === 'present' || (cue === 'due' && tense === null)) ? 'future' : tense;
}

/** Words that open a clause: a time right after one (and its preposition) is the clause's. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'where', 'while', 'because', 'although', 'though', 'whereas', 'unless']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'from', 'during', 'until', 'since', 'before', 'after', ',']);

/** Whether the time starting at token `i` opens a clause: "that on June 1 ...", "which in December ...". */
function opensClause(tokens: Token[], first: number, i: number): boolean {
  let k = i - 1;
  while (k >= first && k >= i - 3 && TIME_PREPOSITIONS.has(tokens[k]!.lower)) k--;
  return k >= first && CLAUSE_OPENERS.has(tokens[k]!.lower);
}

/** "9 a.m. EST", "noon": a clock time before a day belongs to the same expression */
const isClockPart = (t: Token) => t.type === 'time' || t.pos === 'NUM' || CLOCK_WORDS.has(t.lower) || /^[A-Z]{2,4}$/.test(t.text);
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', 'noon', 'midnight', 'at']);
/** "became effective Jan. 1", "took effect": a start the clause tells as past */
const STARTED = new Set(['became', 'was', 'were', 'been', 'had', 'took', 'taken']);
/** "takes effect", "will take effect Jan. 1" */
const TAKE = new Set(['take', 'takes', 'taking']);
const DEFERRAL = /^(?:postpon|delay|extend|extens|adjourn|defer|suspend|recess|gave$|give|given$|has$|have$|deadline)/;
const DEFERRAL_REACH = 8;

/**
 * Words before a day that point ahead whatever the verb ('ahead'): "a pact
 * effective June 1" and "the rules take effect Jan. 1" start then;
 * "postponed until Tuesday morning", "has until Friday", "the deadline was
 * extended to Friday" set a deadline still to come. A plain "until"
 * ('until') points ahead only from a present clause: "the offer runs until
 * Friday", not "he stayed until Friday". "due" ('due') points ahead unless
 * a past clause tells of it: "the remainder due October 23", not "missed
 * the payment due on September 29".
 */
function forwardCue(tokens: Token[], first: number, i: number): 'ahead' | 'until' | 'due' | null {
  let k = i - 1;
  for (let n = 0; n < 4 && k >= first && isClockPart(tokens[k]!) && tokens[k]!.lower !== 'until'; n++) k--;
  if (k < first) return null;
  const cue = tokens[k]!.lower;
  const before = k - 1 >= first ? tokens[k - 1]!.lower : '';
  if (cue === 'effective') return STARTED.has(before) ? null : 'ahead';
  // "declared a dividend, payable Dec. 15 to holders of record Nov. 17": a payment still to come, and its record date
  // (not "was paid to holders of record Nov. 30")
  if (cue === 'payable' || (cue === 'record' && before === 'of' && payableBefore(tokens, first, k - 1))) return 'ahead';
  if (cue === 'effect') return TAKE.has(before) ? 'ahead' : null;
  if (nextBefore(tokens, first, k)) return 'ahead';
  if (cue === 'due' || (cue === 'on' && before === 'due')) return 'due';
  if (cue !== 'until' && cue !== 'till' && cue !== 'to' && cue !== 'through') return null;
  for (let j = k - 1; j >= first && j >= k - DEFERRAL_REACH; j--) {
    const t = tokens[j]!;
    if (CLAUSE_BREAK.has(t.text) || t.text === ',') break;
    if (DEFERRAL.test(t.lower)) return 'ahead';
  }
  return cue === 'to' || cue === 'through' ? null : 'until';
}

/** "at its next monthly tender on Thursday", "their next meeting Monday": an occasion still to come, ending at `k` */
function nextBefore(tokens: Token[], first: number, k: number): boolean {
  let j = tokens[k]!.lower === 'on' ? k - 1 : k;
  for (let n = 0; n < 3 && j >= first && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ'); n++, j--) {
    if (tokens[j - 1]?.lower === 'next' && j - 1 >= first) return true;
  }
  return false;
}

/** "payable" within a few words before index `k` ("payable June 22 to holders of record"), in the same clause */
function payableBefore(tokens: Token[], first: number, k: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 10; j--) {
    if (CLAUSE_BREAK.has(tokens[j]!.text)) return false;
    if (tokens[j]!.lower === 'payable') return true;
  }
  return false;
}

/** the verb group ending nearest before index `from` */
function tenseLeft(tokens: Token[], first: number, from: number): Tense | null {
  const stop = Math.max(first, from - MAX_DISTANCE);
  for (let k = from; k >= stop; k--) {
    const t = tokens[k]!;
    // "will leave at 4 in the morning (4 a.m. Thursday)": a parenthesis opened before the day without a verb inside
    // restates a time of the clause around it
    if (t.text === '(') continue;
    // ("will strike at 1000 EDT (1400 GMT) on Thursday": past an aside in brackets that closes before the day)
    if (t.text === ')') {
      const open = openingBracket(tokens, first, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (isModal(t)) return modalTense(tokens, k);
    if (!isVerbal(t)) continue;
    let g = k;
    while (g > first && inGroup(tokens[g - 1]!)) g--;
    // "rose 1.1 pct in the fourth quarter, after rising 0.2 pct in the third quarter", "before leaving for the summit on
    // Wednesday": a participle after "after" or "before" has no tense of its own; the clause it hangs from gives it
    // (a bare participle often has a direction of its own: "bills maturing in June", "starting July 1")
    if (g === k && t.pos === 'VERB' && t.lower.endsWith('ing') && k - 1 >= first && SEQUENCE.has(tokens[k - 1]!.lower)) return g - 1 >= stop ? tenseLeft(tokens, first, g - 1) : null;
    const tense = groupTense(tokens, g, k);
    // "is due back in Nigeria on Monday", "the report is due Friday": what is due now is still to come
    if (tense === 'present' && tokens[k + 1]?.lower === 'due' && PRESENT_BE.has(t.lower)) return 'future';
    // ("shares to be issued on June 12", "a meeting to be held Friday": a passive infinitive after a noun is arranged)
    if (tense === null && k - g === 2 && tokens[g]!.lower === 'to' && tokens[g + 1]!.lower === 'be' && looksPast(t)) return 'future';
    // ("Olivetti plans to announce new products in June": an intent the tagger read as a noun still points ahead)
    // (not one told in the past, "It had been due to expire Friday evening", nor the object of a verb, "announced plans to
    // add provisions in mid-May", nor "due to" a cause, "due to increased shipments in January")
    if (tense === null && tokens[g]!.lower === 'to' && FUTURE_INTENT.has(tokens[g - 1]?.lower ?? '') && g - 1 >= first && intentAhead(tokens, g)) return 'future';
    // "his decision to travel on Thursday": an infinitive after a noun takes the tense of the clause around it
    if (tense === null) return g - 1 >= stop ? tenseLeft(tokens, first, g - 1) : null;
    return tense;
  }
  return null;
}

/** Whether the intent before the infinitive at `g` ("to") points ahead: a bare verb after "to", no past form or verb before the intent. */
function intentAhead(tokens: Token[], g: number): boolean {
  const verb = tokens[g + 1];
  const before = tokens[g - 2];
  if (!verb || verb.pos !== 'VERB' || looksPast(verb) || verb.lower.endsWith('ing')) return false;
  // ("due" only after a present "be", an adverb or a comma: "is also due to appear", "the system, due to start May 29";
  // "damage due to frost" is a cause)
  if (tokens[g - 1]!.lower === 'due') return !!before && (PRESENT_BE.has(before.lower) || before.pos === 'ADV' || before.text === ',');
  return !before || (!PAST_BE.has(before.lower) && !isVerbal(before));
}

/** The "(" that the ")" at `k` closes, within a few tokens and no verb between; else -1. */
function openingBracket(tokens: Token[], first: number, k: number): number {
  for (let j = k - 1; j >= first && j >= k - 6; j--) {
    if (tokens[j]!.text === '(') return j;
    if (isVerbal(tokens[j]!) || tokens[j]!.text === ')') return -1;
  }
  return -1;
}

/** the first verb group after index `from` ("On Friday, it said ...") */
function tenseRight(tokens: Token[], from: number, last: number, opening = false): Tense | null {
  const stop = Math.min(last, from + (opening ? OPENING_DISTANCE : MAX_DISTANCE));
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (isModal(t)) return modalTense(tokens, k);
    if (!isVerbal(t)) continue;
    // past a long opening phrase, "legalizing" and the like modify a noun; the main verb is finite
    if (opening && k - from >= MAX_DISTANCE / 2 && t.lower.endsWith('ing')) continue;
    let e = k;
    while (e + 1 < stop && inGroup(tokens[e + 1]!)) e++;
    // "On Friday, Clinton vowed to ...": the day is when he vowed; only the finite verb counts
    return groupTense(tokens, k, e, true) ?? 'present';
  }
  return null;
}

const SEQUENCE = new Set(['after', 'before']);
const inGroup = (t: Token) => isVerbal(t) || t.pos === 'PART' || t.lower === 'to' || t.lower === 'not' || t.lower === "n't" || (t.pos === 'ADV' && t.lower.endsWith('ly'));
const isModal = (t: Token) => FUTURE_MARKERS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN';

/** A past participle: "-ed", an irregular past, or "-en"/"-wn" ("risen", "grown"), "been", "done", "gone". */
const isParticiple = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX' ? looksPast(t) || /(?:[^e]en|wn)$/.test(t.lower) || PARTICIPLES.has(t.lower) : false;
const PARTICIPLES = new Set(['been', 'done', 'gone', 'seen']);

/** "will meet" and "would meet" are ahead; "could not be reached" and "could have" are behind; "should" and "must" oblige now */
function modalTense(tokens: Token[], k: number): Tense {
  const modal = tokens[k]!.lower;
  // ("reserves would have risen in February": a modal's perfect looks back)
  // (not "would have an audience on June 6", nor "would have to grow")
  const perfect = tokens[k + 2];
  if ((modal === 'would' || modal === 'should' || modal === 'must') && (tokens[k + 1]?.lower === 'have' || tokens[k + 1]?.lower === "'ve") && !!perfect && isParticiple(perfect)) return 'past';
  if (modal === 'should' || modal === 'must') return 'present';
  if (modal === 'could' || modal === 'might' || modal === 'may' || modal === 'should' || modal === 'must') {
    const next = tokens[k + 1]?.lower;
    if (next === 'have' || next === "'ve") return 'past';
    if (modal === 'could' && (next === 'not' || next === "n't")) return 'past';
  }
  return 'future';
}

/**
 * Tense of the verb group tokens[g..e]: a modal, a verb of planning or "is
 * expected to" makes it future; "voted to support" takes the tense of
 * "voted"; a group that is only an infinitive gives null (its governor is
 * a noun further left). Otherwise its first finite verb decides.
 */
function groupTense(tokens: Token[], g: number, e: number, finiteOnly = false): Tense | null {
  let finiteEnd = e;
  for (let x = g; x <= e; x++) {
    const t = tokens[x]!;
    if (isModal(t)) return modalTense(tokens, x);
    // (after the day only in the present: "On Tuesday, the league plans to hold a news conference", "On Friday, it is
    // scheduled to report"; not "On Friday, it planned a rally")
    if (PLANNING.has(t.lower) && (!finiteOnly || !looksPast(t) || (x > g && PRESENT_BE.has(tokens[x - 1]!.lower)))) return 'future';
    if (t.lower === 'to' && x < e) {
      // "plans to", "is expected to", "is to resume": still ahead
      const before = x > g ? tokens[x - 1]!.lower : '';
      if (!finiteOnly && (FUTURE_INTENT.has(before) || BE_TO.has(before))) return 'future';
      finiteEnd = x - 1;
      break;
    }
  }
  for (let x = g; x <= finiteEnd; x++) {
    const t = tokens[x]!;
    if (!isVerbal(t)) continue;
    // (a perfect's "has" only before its participle: "bankers have no time" is the present)
    const perfect = (t.lower === 'has' || t.lower === 'have' || t.lower === "'ve") && x < finiteEnd;
    if (perfect || looksPast(t)) return 'past';
    // "when he arrives for talks on Wednesday", "the meeting opens Monday": a timetable's present is still to come
    // (not "as the country begins to feel the effects of the December devaluation")
    return SCHEDULED.has(t.lower) && tokens[x + 1]?.lower !== 'to' ? 'future' : 'present';
  }
  return null;
}

/** "had been due to expire", "was expected to": a past form before an intent */
const PAST_BE = new Set(['was', 'were', 'been', 'had']);

/** "is scheduled to report": a present "be" before a plan's participle */
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);

/** "is to resume Tuesday": a form of "be" before "to" arranges what follows */
const BE_TO = new Set([...PRESENT_BE, 'was', 'were']);

/**
 * Verbs a timetable states in the present: "arrives Wednesday", "begins Monday", "expires Friday", "the council meets
 * Thursday" (not "starts", as often the noun of "housing starts").
 */
const SCHEDULED = new Set(['arrives', 'arrive', 'begins', 'begin', 'opens', 'closes', 'resumes', 'resume', 'expires', 'expiring', 'matures', 'mature', 'maturing', 'leaves', 'departs', 'convenes', 'reconvenes', 'meet', 'meets']);

/** "has scheduled a news conference Thursday", "planned a rally on Saturday": arranged, so still ahead */
const PLANNING = new Set(['plan', 'plans', 'planned', 'planning', 'schedule', 'schedules', 'scheduled', 'scheduling', 'slated', 'reschedule', 'rescheduled', 'targeted', 'targetted']);
