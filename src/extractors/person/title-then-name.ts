// "The European Central Bank's president sounded more upbeat. Jean-Marc
// Delattre told reporters ...", "The chief executive of Hollins & Vane has
// quit. Graham Pettifer, who joined in 2001, ...", "Meanwhile, France's
// finance minister has said ... Herve Gaymard said ...": news names a post
// first and the person who holds it at the start of the next sentence.
import type { Rule, RuleContext } from '../rule.js';
import type { EntityMention } from '../../entities/entities.js';
import { LEGAL_SUFFIXES, ORG_HEAD_WORDS } from '../../lexicon/organizations.js';
import { isTitleWord } from '../../lexicon/titles.js';
import { isUsState, orgAfter, orgAt, orgBefore, personNameAt, type OrgRef } from './context.js';
import { HONORIFICS, SPEECH_VERBS } from '../../lexicon/people.js';
import { ARTICLES, isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { employerFrom, standsForOneHolder, titleAt, type TitleSpan } from './title.js';

export const titleThenNameRule: Rule<'person'> = {
  id: 'person/title-then-name',
  kind: 'person',
  description: 'A post and its organization opening one sentence, the name that holds it opening the next.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    if (sentence.index === 0) return;
    // (past a style before the name: "Sheikh Ali al-Khalifa al-Sabah was quoted", "Dr. Ann Vell said")
    let at = sentence.tokenStart;
    while (at < sentence.tokenStart + 2 && HONORIFICS.has(doc.tokens[at]!.lower)) at++;
    const opening = entities.mentionAt(at);
    // (or, where no name opens it, the sentence's one speaker named for the first time: "... said Joaquin Almunia,
    // "but ..."", "Speaking on German TV, Bert Ruerup said")
    const m = opening && personNameAt(ctx, opening.tokenStart) ? opening : newSpeaker(ctx);
    const name = m && !m.possessive && m.tokenEnd - m.tokenStart >= 2 ? personNameAt(ctx, m.tokenStart) : undefined;
    if (!m || !name) return;
    // the name says something next: a verb, or an aside ("Graham Pettifer, who joined ...")
    const next = doc.tokens[m.tokenEnd];
    if (!next || !(next.text === ',' || next.pos === 'VERB' || next.pos === 'AUX' || (m !== opening && /^[.!?]$/.test(next.text)))) return;
    // the first time the story names this person: a name met before has had its post read where it stood
    if (namedBefore(entities.mentions, m)) return;
    // ... or, before a verb of saying, the one post stated anywhere in it ("comments from the energy minister of
    // Opec member Algeria. Chakib Khelil said ...")
    const speaks = SPEECH_VERBS.has(next.lower) || m !== opening;
    const fresh = !surnameBefore(entities.mentions, m);
    // ... or, after a lead that names no one, the one post it describes, any the sentence does not give the name
    // otherwise ("The former chief financial officer at WorldCom has admitted ... Scott Sullivan told the court")
    const post =
      postOpening(ctx, sentence.index - 1) ??
      (speaks && fresh ? onlyPost(ctx, sentence.index - 1) : undefined) ??
      (sentence.index === 1 && fresh ? describedPost(ctx, m) : undefined);
    if (post) reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: post.title, org: post.org, confidence: 0.6 });
  },
};

/**
 * The post that opens sentence `index` as its subject, with its organization, where the sentence names no person:
 * "The chief executive of X", "X's finance chief", "The central bank's president".
 */
function postOpening(ctx: RuleContext, index: number): { title: TitleSpan; org: OrgRef } | undefined {
  const { doc, entities } = ctx;
  const s = doc.sentences[index]!;
  let k = s.tokenStart;
  // ("An ex-chief financial officer at Boeing has received ...": one post-holder, unnamed, as much as "the")
  if (ARTICLES.has(doc.tokens[k]?.lower ?? '')) k++;
  // "X's finance chief", "The central bank's president" (a reference to one organization)
  const owner = entities.mentionAt(k);
  // (a person's possessive is no employer: "Kostas Kenteris' lawyer"; the owner must say it is an organization or a country)
  const ownerOrg = owner?.possessive && owner.type !== 'person' && !personNameAt(ctx, k) && saysOrganization(ctx, owner) ? orgAt(entities, k, isGovernmentOwner(ctx, owner.tokenEnd + 1, s.tokenEnd)) : undefined;
  const reference = !owner ? entities.referenceAt(s.tokenStart) : undefined;
  const referenceOrg = reference?.possessive && reference.names.length === 1 ? orgAt(entities, s.tokenStart, false) : undefined;
  const titleStart = ownerOrg ? owner!.tokenEnd + 1 : referenceOrg ? reference!.tokenEnd + 1 : k;
  const title = titleAt(doc, titleStart, s.tokenEnd);
  if (!title) return undefined;
  const org = ownerOrg ?? referenceOrg ?? orgAfter(doc, entities, employerFrom(title), s.tokenEnd, isGovernment(title.roles));
  // the post is the subject: a verb follows it and its organization (past the town an American firm is in: "of Peoples
  // National Bank of Rockland County, N.Y., pleaded guilty")
  const at = pastStateAside(ctx, Math.max(title.tokenEnd, org && org.tokenEnd > title.tokenEnd ? org.tokenEnd : 0), s.tokenEnd);
  const after = doc.tokens[at];
  if (!org || org.viaReference !== !!referenceOrg || !after || !(after.pos === 'VERB' || after.pos === 'AUX')) return undefined;
  if (quotedInFull(ctx, at)) return undefined;
  // (and nobody is named in it: the subject is the post alone; a person named after the verb is someone else, "...
  // at the trial of his ex-boss Bernie Ebbers. Scott Sullivan admitted ...")
  if (namesSomeone(ctx, s, at)) return undefined;
  return { title, org };
}

/**
 * Whether a verb of saying at `k` opens a quote: a post quoted in full has had its say ("The Archbishop of Canterbury
 * said: "I am pleased ..." Tony Blair said he was delighted" names the next one to speak).
 */
function quotedInFull(ctx: RuleContext, k: number): boolean {
  return SPEECH_VERBS.has(ctx.doc.tokens[k]?.lower ?? '') && /^[:"“]$/.test(ctx.doc.tokens[k + 1]?.text ?? '');
}

/** Past ", N.Y.," or ", Calif.," at `k`: a town's state set off after a firm's name. */
function pastStateAside(ctx: RuleContext, k: number, limit: number): number {
  const { doc, entities } = ctx;
  if (doc.tokens[k]?.text !== ',') return k;
  const place = entities.mentionAt(k + 1);
  const end = place?.type === 'place' ? place.tokenEnd : isUsState(doc, k + 1) ? k + 2 : -1;
  return end > 0 && end < limit && doc.tokens[end]!.text === ',' ? end + 1 : k;
}

/** Whether the sentence names a person anywhere (before token `end`, where given). */
function namesSomeone(ctx: RuleContext, s: RuleContext['doc']['sentences'][number], end = s.tokenEnd): boolean {
  for (let k = s.tokenStart; k < end; k++) if (ctx.entities.mentionAt(k) && personNameAt(ctx, k)) return true;
  return false;
}

/**
 * The one person a sentence names who speaks in it and says nothing more of themselves: named right before a verb of
 * saying ("Bert Ruerup said"), or right after one and closing the clause ("said Joaquin Almunia, "but ...").
 */
function newSpeaker(ctx: RuleContext): EntityMention | undefined {
  const { doc, entities, sentence } = ctx;
  let found: EntityMention | undefined;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const m = entities.mentionAt(k);
    // (a person the story named before is no new speaker: "I welcome the words of Mr Snow," said Joaquin Almunia)
    if (!m || m.tokenStart !== k || !personNameAt(ctx, k) || namedBefore(entities.mentions, m) || surnameBefore(entities.mentions, m)) continue;
    // (before the verb, a name known to be a person's: "a survey by Employment Conditions Abroad said" is a body's)
    const saidBefore = SPEECH_VERBS.has(doc.tokens[k - 1]?.lower ?? '');
    if (m.type !== 'person' && !saidBefore) {
      k = m.tokenEnd - 1;
      continue;
    }
    if (found) return undefined;
    const after = doc.tokens[m.tokenEnd];
    const closes = !!after && (/^[.!?]$/.test(after.text) || (after.text === ',' && /^["“”']$/.test(doc.tokens[m.tokenEnd + 1]?.text ?? '')));
    // (with no post of their own before the name: "Finance Minister Kiichi Miyazawa said" is the minister's, "Bundesbank
    // President Karl Otto Poehl" the Bundesbank's)
    const before = doc.tokens[k - 1];
    const bare = k === sentence.tokenStart || before!.text === ',' || (before!.text === before!.lower && !isTitleWord(before!.lower) && !/^['’]s?$/.test(before!.text));
    if (!(SPEECH_VERBS.has(after?.lower ?? '') && bare) && !(saidBefore && closes)) return undefined;
    found = m;
    k = m.tokenEnd - 1;
  }
  return found;
}

/** Words before a post that leave it unnamed. */
const UNNAMED_OPENERS = new Set(['the', 'its', 'their', 'a', 'an']);

/**
 * The one post sentence `index` states, owned ("France's finance minister") or with its organization ("the energy
 * minister of Algeria"), where the sentence names no person; none where it states two.
 */
function onlyPost(ctx: RuleContext, index: number, orgOptional = false): { title: TitleSpan; org: OrgRef | undefined } | undefined {
  const { doc, entities } = ctx;
  const s = doc.sentences[index]!;
  if (namesSomeone(ctx, s)) return undefined;
  let found: { title: TitleSpan; org: OrgRef | undefined } | undefined;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const opener = doc.tokens[k - 1]!;
    // (an owner that says it is an organization or a country: "Kostas Kenteris' lawyer" is no employer's)
    const owner = /^['’]s?$/.test(opener.text) ? entities.mentionEndingAt(k - 2) : undefined;
    const owned = !!owner && owner.type !== 'person' && saysOrganization(ctx, owner);
    if (!owned && !UNNAMED_OPENERS.has(opener.lower)) continue;
    // ("a Justice Ministry spokesman said": the organization's name between the article and the post)
    const named = !owned ? entities.mentionAt(k) : undefined;
    const namedTitle = named && named.tokenStart === k && !named.possessive ? titleAt(doc, named.tokenEnd, s.tokenEnd) : undefined;
    // (a country's only for a government's post: "a Swedish virologist" has a nationality)
    const namedOrg = namedTitle && (named!.type === 'org' || (named!.type === 'place' && isGovernment(namedTitle.roles))) ? named : undefined;
    const title = titleAt(doc, namedOrg ? namedOrg.tokenEnd : k, s.tokenEnd);
    if (!title) continue;
    // (with no organization needed, only a post a named person holds: a spokesman or an official is as often one the
    // story never names, a post in the plural is many, and a post's word before a noun describes it, "the Justice
    // Department")
    if (orgOptional && (!standsForOneHolder(doc, title) || describesNext(doc, title.tokenEnd))) {
      k = title.tokenEnd - 1;
      continue;
    }
    if (found) return undefined;
    const org = owned ? orgBefore(doc, entities, k, s.tokenStart, true) : namedOrg ? orgAt(entities, k, true) : orgAfter(doc, entities, employerFrom(title), s.tokenEnd, isGovernment(title.roles));
    const stated = org && !org.viaReference ? org : undefined;
    if ((stated || orgOptional) && !quotedInFull(ctx, Math.max(title.tokenEnd, stated?.tokenEnd ?? 0))) found = { title, org: stated };
    k = title.tokenEnd - 1;
  }
  return found;
}

const describesNext = (doc: RuleContext['doc'], k: number) => {
  const next = doc.tokens[k];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^['’]s?$/.test(next.text));
};

/**
 * The one post the lead describes, where the name after it has no other post of its own ("chief executive Jeroen
 * van der Veer" after "the ex-finance chief" is someone else).
 */
function describedPost(ctx: RuleContext, m: EntityMention): { title: TitleSpan; org: OrgRef | undefined } | undefined {
  const described = onlyPost(ctx, 0, true);
  if (!described) return undefined;
  const { doc } = ctx;
  // (a post with no organization only as the lead's speaker: "The trade and industry secretary has said ..."; after
  // "The chairman resigned on Monday", the one named next may be anyone who comments)
  const verb = doc.tokens[described.title.tokenEnd]?.pos === 'AUX' ? described.title.tokenEnd + 1 : described.title.tokenEnd;
  if (!described.org && !SPEECH_VERBS.has(doc.tokens[verb]?.lower ?? '')) return undefined;
  // (nor one the lead gives a holder the tagger took for no person: "deputy-director for Egypt's Public Authority for
  // Investment, Mohye al-Din"; initials are the organization's, "the American Soybean Association, ASA, said")
  const end = described.org && described.org.tokenStart >= described.title.tokenEnd ? described.org.tokenEnd : described.title.tokenEnd;
  const named = doc.tokens[end]?.text === ',' ? ctx.entities.mentionAt(end + 1) : undefined;
  if (named && named.type !== 'org' && named.tokenEnd - named.tokenStart >= 2) return undefined;
  const other = (title: TitleSpan | undefined) => !!title && title.roles.length > 0 && !title.roles.some((r) => described.title.roles.some((d) => d === r || d.endsWith(` ${r}`) || r.endsWith(` ${d}`)));
  for (let k = Math.max(ctx.sentence.tokenStart, m.tokenStart - 4); k < m.tokenStart; k++) {
    const title = titleAt(doc, k, m.tokenStart);
    if (title?.tokenEnd === m.tokenStart) return other(title) ? undefined : described;
  }
  if (doc.tokens[m.tokenEnd]?.text === ',') {
    for (let k = m.tokenEnd + 1; k < m.tokenEnd + 4 && k < ctx.sentence.tokenEnd; k++) {
      const title = titleAt(doc, k, ctx.sentence.tokenEnd);
      if (title) return other(title) ? undefined : described;
    }
  }
  return described;
}

/** Whether the story wrote the surname of `m` before, in any name ("Rodrigo Farias Leme" before "Farias Leme said"). */
function surnameBefore(mentions: readonly EntityMention[], m: EntityMention): boolean {
  const surname = m.surface.split(/\s+/).pop()!;
  for (const o of mentions) {
    if (o.start >= m.start) return false;
    if (o.surface.split(/\s+/).includes(surname)) return true;
  }
  return false;
}

/** A name the story met before, a country's, or one that ends in an organization's word ("Tate & Lyle", "European Central Bank"). */
function saysOrganization(ctx: RuleContext, m: EntityMention): boolean {
  const last = m.surface.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
  return m.type === 'place' || namedBefore(ctx.entities.mentions, m) || m.surface.includes('&') || ORG_HEAD_WORDS.has(last) || LEGAL_SUFFIXES.has(last);
}

/** Whether the story named `m`'s entity before `m` (mentions are in text order, so the walk stops there). */
function namedBefore(mentions: readonly EntityMention[], m: EntityMention): boolean {
  for (const o of mentions) {
    if (o.start >= m.start) return false;
    if (o.name === m.name) return true;
  }
  return false;
}

/** A government post follows the owner ("Japan's finance minister"), so a country may own it. */
function isGovernmentOwner(ctx: RuleContext, from: number, limit: number): boolean {
  const title = titleAt(ctx.doc, from, limit);
  return !!title && isGovernment(title.roles);
}
