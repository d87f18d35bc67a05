// "The ten former outside directors are James Allen, Judith Areen and Carl
// Aycock", "Balfour Beatty managers Anthony Walker and Nicholas Jeffries",
// "economists Persio Arida and Andre Lara": a post in the plural before a list
// of names is each one's post.
import type { Rule, RuleContext } from '../rule.js';
import { orgAfter, orgAt, orgBefore, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { splitRoles, type TitleSpan } from './title.js';
import { isTitleWord, singularPost, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { pastPartyState } from '../../entities/classify.js';
import { namesAfter } from './listed-names.js';
import { isLegislator } from './legislator.js';
import { isGovernment } from './apposition.js';
import { PARTY_WORDS } from '../../lexicon/organizations.js';

/** How many tokens back the story's earlier mention of the post is looked for. */
const EARLIER_WINDOW = 400;
/** Words between the post and the list: "directors are X and Y", "executives, X and Y". */
const LINKS = new Set(['are', 'were', ',', 'include', 'including', '--', '-', ':']);
/** "of the board", "of the board of directors" after a post in the plural. */
const BOARD_OF = /^\s+of\s+the\s+board(?:\s+of\s+directors)?/;
/** Words that tie one name picked out of a plural post to its employer: "including X of Y". */
const EMPLOYER_LINKS = new Set(['of', 'at', 'from', 'with']);
/** Words before the post that are no part of it ("two other former directors"). */
const NOT_MODIFIERS = new Set(['other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'both', 'its', 'their', 'the']);

/** A body's word before "members" that makes them a post ("board members"). */
const MEMBERS_BODIES = new Set(['board', 'council', 'committee']);

export const pluralTitleRule: Rule<'person'> = {
  id: 'person/plural-title',
  kind: 'person',
  description: 'A post in the plural before a list of two names or more: each name holds the post.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    namedInNextSentence(ctx);
    postAfterList(ctx);
    for (let k = sentence.tokenStart; k < sentence.tokenEnd - 3; k++) {
      const head = doc.tokens[k]!;
      // ("Sens. Alan Cranston": past an abbreviation's full stop)
      // (or with it: a style read as one word, "Sens.")
      const stopApart = doc.tokens[k + 1]!.text === '.' && doc.tokens[k + 1]!.start === head.end;
      const abbreviated = stopApart || head.text.endsWith('.');
      const next = stopApart ? k + 2 : k + 1;
      // (opening the sentence, only an abbreviated style: "Directors ..." there is as often a name's first word; or a
      // post the names reader leaves out of the person's name after it, "Commissioners William Seale and Kalo Hineman")
      if (k === sentence.tokenStart && !abbreviated && !(entities.mentionAt(next)?.type === 'person' && !entities.mentionEndingAt(k))) continue;
      // (a capitalized post only heads a list it sits right before: "joined by Justices William Brennan, Byron White")
      // ... or a comma before people's names ("two farm state Congressmen, Pat Roberts (R-Kan.) and ...")
      // ... or a dash ("three other ethnic minority MPs - Keith Vaz, Paul Boateng and Bernie Grant -")
      const setOff = (doc.tokens[next]?.text === ',' || doc.tokens[next]?.text === '-') && entities.mentionAt(next + 1)?.type === 'person';
      // ("Two members of the board, Michael Child and Henry McCance, will retire": the body the post is held on, which
      // makes members a post)
      const plural = singularPost(head.lower) ?? (head.lower === 'members' ? 'member' : undefined);
      const board = plural && doc.tokens[next]?.lower === 'of' ? BOARD_OF.exec(doc.text.slice(head.end, doc.tokens[Math.min(next + 4, sentence.tokenEnd - 1)]!.end)) : null;
      // ... as does the board's word before it ("advisory board members Alan H. Marcove and Gerald M. Marcove")
      const boardMembers = head.lower === 'members' && MEMBERS_BODIES.has(doc.tokens[k - 1]?.lower ?? '');
      const one = (head.text === head.lower || entities.mentionAt(next) || setOff) && (board || boardMembers || head.lower !== 'members') ? plural : undefined;
      if (!one) continue;
      // (the board is the post's only where the list follows it)
      const boardEnd = board ? next + board[0].trim().split(/\s+/).length : next;
      const onBoard = !!board && LINKS.has(doc.tokens[boardEnd]?.lower ?? '');
      const linksFrom = onBoard ? boardEnd : next;
      let listed = linksFrom;
      while (listed < linksFrom + 3 && LINKS.has(doc.tokens[listed]?.lower ?? '')) listed++;
      const names = namesAfter(ctx, listed);
      // ("The senators -- including Senate Finance Committee Chairman Lloyd Bentsen (D-Tex.), Max Baucus (D-Mont.) and
      // David Pryor (D-Ark.)": a first name with a post of its own before it opens the list; the rest hold the post)
      const titledFirst = names.length < 2 ? namesAfterTitled(ctx, listed) : [];
      if (titledFirst.length) names.splice(0, names.length, ...titledFirst);
      // ("senior economists, including Susumu Taketomi of Industrial Bank of Japan, said": "including" picks one out)
      // (but "including Norman Quinn, president of Golden Gate Futures," states the one's own post)
      const including = doc.tokens[listed - 1]?.lower === 'including' && names.length === 1 && EMPLOYER_LINKS.has(doc.tokens[names[0]![1]]?.lower ?? '');
      if (names.length < 2 && !including) continue;
      let first = k;
      while (first > sentence.tokenStart && k - first < 3 && isModifier(doc.tokens[first - 1]!)) first--;
      // ("State Secretaries Otto Schlecht and ...": a capitalized post keeps the capitalized word before it, no name of its own)
      // (but a party is no part of it: "Republican Senators Phil Gramm of Texas, Warren Rudman of New Hampshire")
      const capitalized = head.text !== head.lower && first === k && first > sentence.tokenStart && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k - 1]!.text) && !entities.mentionAt(k - 1) && !entities.mentionEndingAt(k - 1) && !PARTY_WORDS.has(doc.tokens[k - 1]!.text);
      if (capitalized) first--;
      const postEnd = onBoard ? boardEnd : k + 1;
      const text = doc.text.slice(doc.tokens[first]!.start, doc.tokens[postEnd - 1]!.end).replace(/\s+/g, ' ');
      const singularText = `${doc.text.slice(doc.tokens[first]!.start, head.start)}${one}${onBoard ? ' ' + board![0].trim().replace(/\s+/g, ' ') : ''}`;
      const title: TitleSpan = { tokenStart: first, tokenEnd: postEnd, text, roles: splitRoles(singularText) };
      if (!title.roles.length) continue;
      // ("Republican Sens. Mitch McConnell (Ky.) and Pete Wilson (Calif.)": legislators' party)
      const party = isLegislator(title.roles) && PARTY_WORDS.has(doc.tokens[first - 1]?.text ?? '') ? { name: doc.tokens[first - 1]!.text, tokenStart: first - 1, tokenEnd: first, viaReference: false } : undefined;
      const org = party ?? orgBefore(doc, entities, first, sentence.tokenStart, false) ?? orgOfEarlierMention(ctx, k);
      const government = isGovernment(title.roles);
      for (const [start, end, name] of names) {
        // (one picked out by "including" may bring the employer after the name: "including X of Y")
        // (... as may each listed name: "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal"; not a
        // legislator's state, "Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut")
        const own = including || (doc.tokens[end]?.lower === 'of' && !isLegislator(title.roles)) ? orgAfter(doc, entities, end, sentence.tokenEnd, government && !including) : undefined;
        reportPerson(ctx, { name, nameTokens: [start, end], title, org: own ?? org, confidence: 0.6 });
      }
    }
  },
};

/** How far into a list a first name with a post of its own may start. */
const TITLED_FIRST_REACH = 6;

/** The names listed after a first one that a post in capitals precedes, from token `k`; none unless two or more. */
function namesAfterTitled(ctx: RuleContext, k: number): Array<[number, number, string]> {
  const { doc, entities, sentence } = ctx;
  let n = k;
  while (n < sentence.tokenEnd && n < k + TITLED_FIRST_REACH && /^\p{Lu}/u.test(doc.tokens[n]!.text) && entities.mentionAt(n)?.type !== 'person') n++;
  const first = entities.mentionAt(n);
  if (n === k || first?.type !== 'person' || !isTitleWord(doc.tokens[n - 1]!.lower)) return [];
  const after = pastPartyState(doc, first.tokenEnd, sentence.tokenEnd);
  const comma = after > 0 ? after : first.tokenEnd;
  if (doc.tokens[comma]?.text !== ',') return [];
  const rest = namesAfter(ctx, comma + 1);
  return rest.length >= 2 ? rest : [];
}

/** Words that count the names a post in the plural follows: "X and Y, two former aides". */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'both', 'all']);
const LIST_JOINERS = new Set([',', 'and', '(']);
/** Words that may close such a post: "X and Y, two former White House aides who played ...". */
const AFTER_POST = new Set([',', '.', 'who', 'whom', 'whose', 'which', 'that', ';', '--', ')']);

/**
 * "Oliver North and John Poindexter, two former White House aides,", "Ann Roe and Bo Li, both Acme directors,": a post in
 * the plural set off after a list of names is each one's post.
 */
function postAfterList(ctx: RuleContext): void {
  const { doc, entities, sentence } = ctx;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd - 4; k++) {
    const m = entities.mentionAt(k);
    // (only a name a list goes on from: "X and", "X,")
    if (m?.type !== 'person' || !LIST_JOINERS.has(doc.tokens[m.tokenEnd]?.lower ?? '')) continue;
    const names = namesAfter(ctx, k);
    if (names.length < 2) continue;
    const end = names[names.length - 1]![1];
    k = end;
    if (doc.tokens[end]?.text !== ',') continue;
    let first = end + 1;
    if (COUNTS.has(doc.tokens[first]?.lower ?? '')) first++;
    let j = first;
    while (j < sentence.tokenEnd && j < first + 3 && isModifier(doc.tokens[j]!) && !singularPost(doc.tokens[j]!.lower)) j++;
    const own = orgAt(entities, j, false);
    const at = own && !own.viaReference ? own.tokenEnd : j;
    const head = doc.tokens[at];
    const one = head && head.text === head.lower ? singularPost(head.lower) : undefined;
    if (!one || !(at + 1 >= sentence.tokenEnd || AFTER_POST.has(doc.tokens[at + 1]!.lower))) continue;
    const modifiers = doc.text.slice(doc.tokens[first]!.start, doc.tokens[j - 1]?.end ?? doc.tokens[first]!.start).trim();
    const singularText = `${j > first ? `${modifiers} ` : ''}${one}`;
    // (the title as written, the organization inside it too, as "a former Goldman Sachs banker" keeps it)
    const title: TitleSpan = { tokenStart: first, tokenEnd: at + 1, text: doc.text.slice(doc.tokens[first]!.start, head.end), roles: splitRoles(singularText) };
    if (!title.roles.length) continue;
    for (const [start, stop, name] of names) reportPerson(ctx, { name, nameTokens: [start, stop], title, org: own && !own.viaReference ? own : undefined, confidence: 0.6 });
  }
}

/** "They are", "These are": a sentence that only names whom the sentence before counted. */
const NAMING_OPENERS = new Set(['they', 'these']);
const NAMING_VERBS = new Set(['are', 'were', 'include']);

/**
 * "The company also elected three directors. They are Paul Hermann, John Clive Bayley and Costas Galetakis.":
 * the post in the plural that ends the sentence before is each listed name's.
 */
function namedInNextSentence(ctx: RuleContext): void {
  const { doc, entities, sentence } = ctx;
  const k = sentence.tokenStart;
  const previous = doc.sentences[doc.tokens[k]!.sentence - 1];
  if (!previous || !NAMING_OPENERS.has(doc.tokens[k]!.lower) || !NAMING_VERBS.has(doc.tokens[k + 1]?.lower ?? '')) return;
  // the post is the last word of the sentence before, or nearly ("elected three directors.", "two new directors yesterday.")
  let head = previous.tokenEnd - 1;
  while (head > previous.tokenEnd - 4 && head > previous.tokenStart && !singularPost(doc.tokens[head]!.lower)) head--;
  const post = doc.tokens[head]!;
  const one = post.text === post.lower ? singularPost(post.lower) : undefined;
  if (!one) return;
  const names = namesAfter(ctx, k + 2);
  if (names.length < 2) return;
  let first = head;
  while (first > previous.tokenStart && head - first < 3 && isModifier(doc.tokens[first - 1]!)) first--;
  const singularText = `${doc.text.slice(doc.tokens[first]!.start, post.start)}${one}`;
  // (the evidence stays in this sentence: "They" stands for the post)
  const title: TitleSpan = { tokenStart: k, tokenEnd: k + 1, text: singularText, roles: splitRoles(singularText) };
  if (!title.roles.length) return;
  const found = orgBefore(doc, entities, first, previous.tokenStart, false);
  const org = found && { name: found.name, tokenStart: k, tokenEnd: k + 1, viaReference: true };
  for (const [start, end, name] of names) reportPerson(ctx, { name, nameTokens: [start, end], title, org, confidence: 0.6 });
}

/**
 * "Ten former directors at WorldCom have agreed to pay ... The ten former outside directors are ...": the
 * organization the story gave the same post in the plural before.
 */
function orgOfEarlierMention(ctx: RuleContext, head: number): OrgRef | undefined {
  const { doc, entities } = ctx;
  const word = doc.tokens[head]!.lower;
  // (within the story's last few paragraphs, so that a text of many such lists stays linear)
  for (let k = head - 1; k >= 0 && k >= head - EARLIER_WINDOW; k--) {
    if (doc.tokens[k]!.lower !== word) continue;
    const limit = doc.sentences[doc.tokens[k]!.sentence]!;
    const org = orgAfter(doc, entities, k + 1, limit.tokenEnd, false) ?? orgBefore(doc, entities, k, limit.tokenStart, false);
    // (the evidence stays with the list: the earlier mention only names the organization)
    if (org && !org.viaReference) return { name: org.name, tokenStart: head, tokenEnd: head + 1, viaReference: true };
  }
  return undefined;
}

/** "former", "outside", "senior": lower-case words that qualify the post. */
const isModifier = (t: RuleContext['doc']['tokens'][number]) =>
  t.text === t.lower && /^[a-z-]+$/.test(t.text) && !NOT_MODIFIERS.has(t.lower) && (TITLE_MODIFIERS.has(t.lower) || BOARD_SEATS.has(t.lower) || t.pos === 'NOUN');
/** How a director sits on a board ("outside directors", "independent directors"). */
const BOARD_SEATS = new Set(['outside', 'independent', 'non-executive']);
