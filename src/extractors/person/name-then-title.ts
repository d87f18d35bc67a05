// "David Blunkett has apologised to MPs after ... The home secretary confirmed
// the review was to get under way": news names a person in one sentence and
// refers back to them by their post at the start of the next.
import type { Reported, Rule, RuleContext } from '../rule.js';
import { orgAfter, orgBefore, personNameAt, sameSurname, type OrgRef } from './context.js';
import { isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { SPEECH_VERBS } from '../../lexicon/people.js';
import { PARTY_WORDS } from '../../lexicon/organizations.js';
import { FORMER_WORDS } from '../../lexicon/titles.js';
import { isNationalRole } from './country.js';
import { employerFrom, heldBefore, standsForOneHolder, titleAt, type TitleSpan } from './title.js';

const NAME_THEN_TITLE = 'person/name-then-title';

/** A country's leader: the story's to name, so only its subject just before is meant ("Labour says Michael Howard was planning cuts. The prime minister said so"). */
const LEADER_OF_STATE = /^(?:prime minister|premier|president)$/;
/** Words between "The" and the post that name its body: "The Liberal Democrat leader", "The Salford MP". */
const MAX_BODY_WORDS = 2;
const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);

export const nameThenTitleRule: Rule<'person'> = {
  id: NAME_THEN_TITLE,
  kind: 'person',
  description: 'A person named in one sentence, "The" and their post opening the next.',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (sentence.index === 0) return;
    const k = sentence.tokenStart;
    // ("The other chief executive officer" is someone else)
    if (doc.tokens[k]?.lower !== 'the' || doc.tokens[k + 1]?.lower === 'other') return;
    const post = postOpening(ctx, k + 1);
    if (!post) return;
    const { title, org } = post;
    const roles = title.roles;
    if (!standsForOneHolder(doc, title)) return;
    // the person opening the sentence before, or saying it; else the one person it names
    // ("... success under Mr Brown, but there was little doubt who was in charge. The chancellor walked")
    const subject = subjectOf(ctx, sentence.index - 1);
    const holder = subject ?? (roles.some((r) => LEADER_OF_STATE.test(r)) ? undefined : onlyPersonIn(ctx, doc.sentences[sentence.index - 1]!));
    if (!holder) return;
    reportPerson(ctx, { name: holder.name, nameTokens: [holder.tokenStart, holder.tokenEnd], title, org, confidence: 0.55 });
  },
};

/**
 * The post opening a sentence after "The", with the body named before it ("The Tory leader", "The Liberal
 * Democrat leader") or after it ("The chairman of Acme said"), where it is the subject of a verb.
 */
function postOpening(ctx: RuleContext, at: number): { title: TitleSpan; org: OrgRef | undefined } | undefined {
  const { doc, entities, sentence } = ctx;
  // ("The former Tory deputy chairman": a post held before)
  const former = FORMER_WORDS.has(doc.tokens[at]?.lower ?? '');
  const from = former ? at + 1 : at;
  for (let start = from; start <= from + MAX_BODY_WORDS && start < sentence.tokenEnd; start++) {
    let title = titleAt(doc, start, sentence.tokenEnd);
    if (!title) continue;
    // ("The Labour Minister" may be the minister of labour: a party's word before a government office is no body)
    if (start > from && PARTY_WORDS.has(doc.tokens[from]!.text) && isNationalRole(title.roles)) return undefined;
    const government = isGovernment(title.roles);
    const before = start > from ? orgBefore(doc, entities, start, from, government) : undefined;
    // (the words before the post must name its body: "The Tory leader", not "The new chairman")
    if (start > from && !before && !PARTY_WORDS.has(doc.tokens[from]!.text)) return undefined;
    const party: OrgRef | undefined = start > from && !before ? { name: doc.tokens[from]!.text, tokenStart: from, tokenEnd: from + 1, viaReference: false } : undefined;
    const after = orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, government);
    const next = doc.tokens[after && !after.viaReference && after.tokenEnd > title.tokenEnd ? after.tokenEnd : title.tokenEnd];
    // the post is the subject, one person ("The prime minister and chancellor are"), with no name after it
    // ("The spokesman, Gary Holmes,") and not a possessive ("The prime minister's wife")
    if (!next || !(next.pos === 'VERB' || next.pos === 'AUX') || PLURAL_VERBS.has(next.lower) || entities.mentionAt(title.tokenEnd)) return undefined;
    if (former) title = heldBefore(title);
    return { title, org: before ?? party ?? (after && !after.viaReference ? after : undefined) };
  }
  return undefined;
}

const PLURAL_VERBS = new Set(['are', 'were', 'have']);

/**
 * The one person a sentence names, as the subject of a verb: opening the sentence, or later where no other
 * person is named in it ("Next year will be make or break, Gordon Brown will say").
 */
function subjectOf(ctx: RuleContext, index: number): { name: string; tokenStart: number; tokenEnd: number } | undefined {
  const { doc, entities } = ctx;
  const s = doc.sentences[index]!;
  let found: { name: string; tokenStart: number; tokenEnd: number } | undefined;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const m = entities.mentionAt(k);
    if (m?.type !== 'person' || m.tokenStart !== k) continue;
    // (no other person the post could point back to)
    if (found) return undefined;
    const name = !m.possessive && m.tokenEnd - m.tokenStart >= 2 ? personNameAt(ctx, k) : undefined;
    const next = doc.tokens[m.tokenEnd];
    if (!name || !next || !(next.pos === 'VERB' || next.pos === 'AUX')) return undefined;
    // (later in the sentence, only as the one who says it: "..., Jack Straw said.", "Gordon Brown will say")
    if (k > s.tokenStart && !speaks(doc, m.tokenEnd)) return undefined;
    found = { name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd };
  }
  return found;
}

/** Whether a verb of saying, after at most one auxiliary, starts at token `k` ("said", "has said", "will say"). */
function speaks(doc: RuleContext['doc'], k: number): boolean {
  const verb = doc.tokens[k]?.pos === 'AUX' ? doc.tokens[k + 1] : doc.tokens[k];
  return !!verb && (SPEECH_VERBS.has(verb.lower) || verb.lower === 'say');
}

/**
 * The one person a sentence names outside quotes, however it names them ("Mr Brown's pledge", "under Mr Brown"),
 * where it names one: '"We thank Mr Fenwick," the board said' names no one the next sentence could mean.
 */
function onlyPersonIn(ctx: RuleContext, s: RuleContext['sentence']): { name: string; tokenStart: number; tokenEnd: number } | undefined {
  const { doc, entities } = ctx;
  let quoted = false;
  let found: { name: string; tokenStart: number; tokenEnd: number } | undefined;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const text = doc.tokens[i]!.text;
    if (QUOTE_MARKS.has(text)) {
      quoted = text === '“' ? true : text === '”' ? false : !quoted;
      continue;
    }
    const m = entities.mentionAt(i);
    if (m?.type !== 'person' || m.tokenStart !== i) continue;
    i = m.tokenEnd - 1;
    if (quoted) continue;
    // (a person named with no cue that it is one is still someone the post may stand for)
    const name = personNameAt(ctx, m.tokenStart);
    if (!name || (found && !sameSurname(name, found.name))) return undefined;
    found ??= { name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd };
  }
  return found;
}


/**
 * A post pointing back stands for its one holder: it is no one's where the story states another person holds it,
 * nor the person's just named where the story gives them other posts and not this one ("Tory co-chairman Liam Fox
 * ... Mr Fox said ... The Tory leader wanted" is the leader, not the co-chairman).
 */
export function resolvedPostsPointingBack(candidates: Reported<'person'>[]): Reported<'person'>[] {
  if (!candidates.some((c) => c.rule === NAME_THEN_TITLE)) return candidates;
  const stated = candidates.filter((c) => c.rule !== NAME_THEN_TITLE);
  return candidates.filter((c) => {
    if (c.rule !== NAME_THEN_TITLE) return true;
    const shares = (o: Reported<'person'>) => o.roles.some((r) => c.roles.includes(r));
    if (stated.some((o) => o.name !== c.name && shares(o))) return false;
    const own = stated.filter((o) => o.name === c.name && o.roles.length);
    return !own.length || own.some(shares);
  });
}
