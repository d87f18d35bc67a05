// "Rajeev Suri, the president and CEO of Nokia", "Wang Xiang, Xiaomi's senior
// vice president", "said Jane Doe, chief economist at Acme", "John Smith, 52,
// who is chief financial officer at Acme".
import type { Doc } from '../../document/document.js';
import type { Rule, RuleContext } from '../rule.js';
import type { EntityMention } from '../../entities/entities.js';
import { COMPANY_POSSESSIVES, isNationWord, lowerCaseBody, namesakeOrg, orgAfter, orgAt, ownerOrg, pastInitials, pastPostnominal, pastTicker, personMentions, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { partyOpening } from './party.js';
import { employerFrom, heldBefore, splitRoles, titleAt, type TitleSpan } from './title.js';
import { APPOSITION_JOBS, EMPLOYER_DESCRIPTORS, POST_FIELDS_AFTER, PRAISING_WORDS, isTitleWord, PERSONAL_RANKS, PORTFOLIO_WORDS, ROLE_CANON, ROLE_HEADS } from '../../lexicon/titles.js';
import { lookupPlace, pastPartyState } from '../../entities/classify.js';
import { BODIES_OF_MANY, BODY_WORDS, FIRM_NOUNS, GENERIC_BODY_NOUNS, ORG_DESCRIPTOR_NOUNS, OWNER_BODY_NOUNS, PARTY_WORDS } from '../../lexicon/organizations.js';
import { HONORIFICS, PARTY_STATE, SPEECH_VERBS } from '../../lexicon/people.js';

const SPACED_DASH = new Set(['-', '--', '\u2013', '\u2014']);
export const ARTICLES = new Set(['the', 'a', 'an']);
// ("Heinz's newly elected chairman": how lately the post was given says nothing of it)
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'who', 'is', 'was', 'both', 'has', 'been', 'had', 'will', 'be', 'now', 'also', 'currently', 'current', 'presently', 'then', 'new', 'another', 'formerly', 'previously', 'recently', 'newly', 'elected', 'appointed']);
/** Words of the skipped ones that put the post after them in the past. */
const HELD_BEFORE = new Set(['formerly', 'previously', 'recently', 'was', 'had']);
/** Words of the skipped ones that give the post then: "Pfaff, who was elected chairman" holds it. */
const GIVEN = new Set(['elected', 'appointed']);

/**
 * Verbs a description's words run into where it is a clause's subject, not an aside: "..., the Canadian banker said"
 * (fewer than all verbs of saying: "according to Daniel Van Dyke, the Bank of America economist who wrote the report").
 */
const SUBJECT_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'warned']);
/** How many words a described post may run before its verb. */
const DESCRIPTION_REACH = 8;

/**
 * "after a meeting with Finance Minister Dilson Funaro, the Canadian banker said he ...", "to the Red Cross, a
 * spokeswoman for Abbott said": a name inside a phrase (after a preposition or an article, past any post before
 * it), then a comma and a description that runs, with no comma to close it, into a verb of saying: the description
 * is the subject of the next clause, no aside about the name. ("But James Mandelbaum, a Los Angeles-based
 * entertainment attorney said" opens its clause, and stays an aside.)
 */
function subjectAfterObject(ctx: RuleContext, nameStart: number, nameEnd: number): boolean {
  const { doc, sentence } = ctx;
  if (!ARTICLES.has(doc.tokens[nameEnd + 1]?.lower ?? '')) return false;
  let verb = nameEnd + 2;
  while (verb < sentence.tokenEnd && verb < nameEnd + DESCRIPTION_REACH && doc.tokens[verb]!.text !== ',' && !SUBJECT_VERBS.has(doc.tokens[verb]!.lower)) verb++;
  if (!SUBJECT_VERBS.has(doc.tokens[verb]?.lower ?? '')) return false;
  let k = nameStart - 1;
  while (k >= sentence.tokenStart && (isTitleWord(doc.tokens[k]!.lower) || /^\p{Lu}/u.test(doc.tokens[k]!.text)) && doc.tokens[k]!.pos !== 'ADP' && doc.tokens[k]!.pos !== 'DET') k--;
  const before = doc.tokens[k];
  // ... or the object of a verb ("named Jaime Sanchez as its new general manager replacing Carlos Romo Leroux, a CEPE spokesman said")
  return k >= sentence.tokenStart && !!before && (before.pos === 'ADP' || before.pos === 'DET' || (before.pos === 'VERB' && !SUBJECT_VERBS.has(before.lower)));
}

export const appositionRule: Rule<'person'> = {
  id: 'person/apposition',
  kind: 'person',
  description: 'A name followed by a comma and a title, optionally "of"/"at" an organization or after "X\'s".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      titleFirst(ctx, m, name);
      // (past a post written after the name: "Philippe Sands QC, a member of ...")
      // (... or a legislator's party and state in brackets: "John Dingell (D-Mich.), chairman of ...")
      const bracketed = pastPartyState(doc, m.tokenEnd, sentence.tokenEnd);
      const nameEnd = bracketed > 0 ? bracketed : pastPostnominal(doc, m.tokenEnd);
      // (the brackets set the post off without a comma too: "Sen. David Boren (D-Okla.) chairman of the Senate ...")
      const bracketsOpen = bracketed > 0 && /^[a-z]/.test(doc.tokens[bracketed]?.text ?? '') && isTitleWord(doc.tokens[bracketed]!.lower);
      if (!(opensApposition(doc, nameEnd) || bracketsOpen) || m.possessive || subjectAfterObject(ctx, m.tokenStart, nameEnd)) continue;
      let k = bracketsOpen ? nameEnd : nameEnd + 1;
      // an age ("John Smith, 52, chairman of") or a party and state ("D-Ohio")
      if (doc.tokens[k]?.pos === 'NUM' && doc.tokens[k + 1]?.text === ',') k += 2;
      else {
        let e = k;
        while (e < k + 6 && e < sentence.tokenEnd && doc.tokens[e]!.text !== ',') e++;
        // (or in brackets: "Dan Glickman, (D-Kans.), chairman of ...")
        if (e > k && PARTY_STATE.test(doc.text.slice(doc.tokens[k]!.start, doc.tokens[e - 1]!.end).replace(/^\((.*)\)$/, '$1')) && doc.tokens[e]?.text === ',') k = e + 1;
      }
      // "Robert Kastenmeier, a Wisconsin Democrat and member of the House Intelligence Committee": a legislator's state
      // and party, then the post
      k = pastStateAndParty(ctx, k) ?? k;
      let titleStartsAt = k;
      // "Oliver Grant, who is now its chief scientist": the company "its" stands for
      let owner: number | undefined;
      // (in lower case only: "a New York investor" names a place)
      for (let n = 0; n < 4 && k < sentence.tokenEnd && SKIPPABLE.has(doc.tokens[k]!.text); n++) {
        if (COMPANY_POSSESSIVES.has(doc.tokens[k]!.lower)) owner = k;
        k++;
      }
      // "Alan Roe, who the prime minister put in charge": the post is the clause's subject's, not the person's
      if (doc.tokens[titleStartsAt]?.lower === 'who' && ARTICLES.has(doc.tokens[titleStartsAt + 1]?.lower ?? '')) continue;
      // "Patrick Cescau, the UK-based co-chairman": where the person works from says nothing of the employer
      const based = entities.mentionAt(k);
      if (based?.type === 'place' && doc.tokens[based.tokenEnd]?.text === '-' && doc.tokens[based.tokenEnd + 1]?.lower === 'based') k = based.tokenEnd + 2;
      // "Xiaomi's senior vice president", "Nokia chief executive"
      // a name of title words only ("Executive Secretary of ...") is the title, not its organization
      const there = entities.mentionAt(k);
      const titleWords = !!there && allTitleWords(doc, there.tokenStart, there.tokenEnd);
      // "Colin Powell, US Secretary of State, was visiting": a name that ends in a title's first words is its owner and the title
      const inside = there && !titleWords && there.type !== 'person' ? titleInside(ctx, there) : undefined;
      if (inside) {
        const government = isGovernment(inside.roles);
        // ("Peter Fellner, U.K. Economist at brokers James Capel": where the post is held, then for whom)
        const owner = ownerOrg(ctx, [there!.tokenStart, inside.tokenStart], government) ?? orgAfter(doc, entities, employerFrom(inside), sentence.tokenEnd, government);
        if (endsCleanly(ctx, inside.tokenEnd)) reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: inside, org: owner, confidence: 0.85 });
        continue;
      }
      let org = titleWords ? undefined : orgAt(entities, k, true) ?? (owner === k - 1 ? orgAt(entities, owner, false) : undefined);
      // "Christian Aid's head of research": a possessive before a title is its organization, whatever its first word looks like
      // (a person the story named in full is whose aide this is, and no organization: "Edwin Dale, Miller's spokesman")
      let personOwner: OrgRef | undefined;
      if (!org && there && !titleWords && there.possessive && there.type === 'person' && titleAt(doc, there.tokenEnd + 1, sentence.tokenEnd)) {
        org = { name: there.name, tokenStart: there.tokenStart, tokenEnd: there.tokenEnd, viaReference: false };
        if (there.name !== there.surface) personOwner = org;
      }
      // "the Chinese carmaker's chief executive": the place describes an owner the text does not name here
      const unnamed = unnamedOwnerEnd(doc, k, sentence.tokenEnd);
      if (org && unnamed !== undefined && org.tokenEnd <= unnamed - 2) org = undefined;
      if (org) {
        const after = org.tokenEnd;
        const possessive = /^['’]s?$/.test(doc.tokens[after]?.text ?? '');
        // "Jim Billington, Farm Credit Administration (FCA) board member": past the name's initials
        titleStartsAt = possessive ? after + 1 : pastInitials(doc, after);
        while (titleStartsAt < sentence.tokenEnd && SKIPPABLE.has(doc.tokens[titleStartsAt]!.text)) titleStartsAt++;
      } else titleStartsAt = unnamed ?? k;
      // "Donald Regan, President Reagan's former chief of staff": a post that serves a person the text styles by a title
      // is the person's aide, with no organization of the principal's own name
      const principal = !org && unnamed === undefined ? styledPrincipalEnd(ctx, k) : undefined;
      if (principal !== undefined) titleStartsAt = principal;
      // "the gallery's director" after "the National Gallery": the body the story named by that word
      // ... and "the company's founder" after "Yorkshire company Shepherds Purse Cheeses.": the firm named last, just before
      // (a state's post is the country's the story is about, which the person rules settle)
      if (!org && unnamed !== undefined && !STATE_NOUNS.has(doc.tokens[unnamed - 2]!.lower)) org = bodyByWord(ctx, doc.tokens[unnamed - 2]!.lower, unnamed - 2, m.tokenStart) ?? firmJustBefore(ctx, doc.tokens[unnamed - 2]!.lower, unnamed - 2, m.tokenStart);
      // "a former Goldman Sachs banker", "a longtime Apple executive"
      const between = org ? undefined : ownerInsideTitle(ctx, k);
      if (between) {
        reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: between.title, org: between.org, confidence: 0.85 });
        continue;
      }
      // ("Juan Lechin Oquendo, the veteran secretary general of ...": a word of tenure with no employer after it opens no title)
      // ... nor do words that praise the holder ("a widely respected leader of the Force Ouvriere")
      while (titleStartsAt < sentence.tokenEnd && (TENURE.has(doc.tokens[titleStartsAt]!.lower) || praises(doc, titleStartsAt)) && !isTitleWord(doc.tokens[titleStartsAt]!.lower)) titleStartsAt++;
      let title = titleAt(doc, titleStartsAt, sentence.tokenEnd) ?? jobWithEmployer(doc, titleStartsAt, sentence.tokenEnd) ?? (org ? regionalPost(ctx, titleStartsAt) : undefined);
      // "Carmen Robles, Latin American debt specialist at Waverly Brothers": a region the post covers opens it
      const region = !title && !org ? entities.mentionAt(titleStartsAt) : undefined;
      if (region?.type === 'place' && region.adjective) title = titleAt(doc, region.tokenEnd, sentence.tokenEnd);
      // "said Vincent Fan, bank chief executive here": the word for the body before the post, with no article, is the one
      // the story named by that word ("Royal Bank of Canada"), or the firm named just before
      const bodyWord = !title && !org ? doc.tokens[titleStartsAt] : undefined;
      if (bodyWord && /^[a-z]+$/.test(bodyWord.text) && (FIRM_NOUNS.has(bodyWord.lower) || bodyWord.lower === 'bank')) {
        const post = titleAt(doc, titleStartsAt + 1, sentence.tokenEnd);
        if (post) [title, org] = [post, bodyByWord(ctx, bodyWord.lower, titleStartsAt, m.tokenStart) ?? firmJustBefore(ctx, bodyWord.lower, titleStartsAt, m.tokenStart)];
      }
      // "Saleh Kamel, a leading businessman and head of the Dallah group": what the person is, then the post
      if (!title && !org) title = titleAfterDescription(ctx, titleStartsAt);
      // "Peter Mandelson, former Labour minister and now a European Commissioner": the post now held
      title = title && (postNowHeld(doc, title.tokenEnd, sentence.tokenEnd) ?? title);
      // "Gary Hunt, vice president sales,": a post's field in one lower-case word before the comma that closes it
      if (title && !org && fieldWordBeforeComma(ctx, title.tokenEnd)) {
        const text = `${title.text} ${doc.tokens[title.tokenEnd]!.text}`;
        title = { ...title, tokenEnd: title.tokenEnd + 1, text, roles: splitRoles(text) };
      }
      if (!title || !endsCleanly(ctx, title.tokenEnd)) continue;
      // "signed by Ex-Im President Takashi Tanaka, the spokesman said": a bare post before "said" is who says it, where
      // the name is inside a clause ("But James Mandel, a Los Angeles-based attorney said," opens one)
      const opensClause = m.tokenStart === sentence.tokenStart || (m.tokenStart === sentence.tokenStart + 1 && doc.tokens[sentence.tokenStart]!.pos === 'CCONJ');
      // ("the most recognized symbol after Coca Cola, another analyst noted")
      if (!org && !opensClause && /^(?:the|a|an|another)$/.test(doc.tokens[m.tokenEnd + 1]?.lower ?? '') && SPEECH_VERBS.has(doc.tokens[title.tokenEnd]?.lower ?? '')) continue;
      const owned = !!org && /^['’]s?$/.test(doc.tokens[org.tokenEnd]?.text ?? '');
      // "a UK investment banker", "a French economist": a country before a title that is no government office says where, not for whom
      if (org && !owned && !org.viaReference && entities.mentionAt(org.tokenStart)?.type === 'place' && !isGovernment(title.roles)) org = undefined;
      // "Christian Aid's head of Trade Policy": after its owner, what follows "of" is the title's field, not another employer
      if (owned) {
        title = withCapitalizedField(doc, title, sentence.tokenEnd, true);
        // "Rabin's spokesman at the Defense Ministry": an aide works where the text says
        const at = ['at', 'with'].includes(doc.tokens[title.tokenEnd]?.lower ?? '');
        const employer = at ? orgAfter(doc, entities, title.tokenEnd, sentence.tokenEnd, false) : undefined;
        if (employer && !employer.viaReference) org = employer;
      } else {
        title = withCapitalizedField(doc, title, sentence.tokenEnd, false);
        // ("Tony Banks, Labour MP for West Ham": the party opens the post)
        const party = org ? undefined : partyOpening(ctx, title);
        if (party) [title, org] = [party.title, party.org];
        org = namesakeOrg(ctx, orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles)), title.tokenEnd, name) ?? orgAfterPortfolio(ctx, title.tokenEnd) ?? org ?? bodyOfTheWord(ctx, title.tokenEnd, m.tokenStart) ?? orgAfterComma(ctx, title) ?? lowerCaseBody(doc, title.tokenEnd, sentence.tokenEnd);
      }
      // ("between North, the then head of the CIA William Casey and Thatcher": a name right after the organization
      // is the post's holder, and the first name one of a list)
      // (not past a legal form's stop the wire did not end the sentence at: "president of Fox Properties Inc. Bronstein held")
      if (org && !owned && entities.mentionAt(org.tokenEnd)?.type === 'person' && org.tokenEnd < sentence.tokenEnd && !doc.tokens[org.tokenEnd - 1]!.text.endsWith('.')) continue;
      // ("to Purolator's chairman, Nicholas F. Brady, Emery's chairman, John C. Emery, said": a name its own post precedes
      // leaves the post after it to the name that post precedes in turn)
      if (titledBefore(doc, m.tokenStart) && doc.tokens[title.tokenEnd]?.text === ',' && entities.mentionAt(title.tokenEnd + 1)?.type === 'person') continue;
      // "Leonard Hecht, formerly chief executive,", "Harwood, who was president,": a post held before
      // (not one given then: "Pfaff, who was elected chairman")
      const skipped = doc.tokens.slice(nameEnd + 1, title.tokenStart);
      if (skipped.some((t) => HELD_BEFORE.has(t.lower)) && !skipped.some((t) => GIVEN.has(t.lower))) title = heldBefore(title);
      if (org === personOwner) org = undefined;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: org ? 0.9 : 0.75 });
      if (org && !org.viaReference && org.tokenStart > title.tokenStart) secondPost(ctx, [m.tokenStart, m.tokenEnd], name, org.tokenEnd);
    }
  },
};

/** Past "a Wisconsin Democrat and" at `k`: the index after "and", if the words are a state's (or none) and a party's. */
function pastStateAndParty(ctx: Parameters<Rule['run']>[0], k: number): number | undefined {
  const { doc, entities } = ctx;
  let n = ARTICLES.has(doc.tokens[k]?.lower ?? '') ? k + 1 : k;
  // (the state and party may be one name to the chunker: "Wisconsin Democrat")
  const state = entities.mentionAt(n);
  if (state?.type === 'place') n = state.tokenEnd;
  else if (state && state.type !== 'person' && state.tokenEnd - state.tokenStart > 1) {
    if (!lookupPlace(doc.text.slice(state.start, doc.tokens[state.tokenEnd - 2]!.end))) return undefined;
    n = state.tokenEnd - 1;
  }
  if (!PARTY_WORDS.has(doc.tokens[n]?.text ?? '') || doc.tokens[n + 1]?.lower !== 'and') return undefined;
  return ARTICLES.has(doc.tokens[n + 2]?.lower ?? '') ? n + 3 : n + 2;
}

/**
 * "Vodafone's UK chief executive", "Game's UK sales director": a post of the region named at `k`, the region in the
 * title as written; and so a post of a product the owner makes ("IBM's world-wide Linux strategy manager"), past
 * words in lower case that qualify it.
 */
function regionalPost(ctx: Parameters<Rule['run']>[0], k: number): TitleSpan | undefined {
  const { doc, entities, sentence } = ctx;
  let at = k;
  while (at < k + 3 && /^(?:[a-z]+|-)$/.test(doc.tokens[at]?.text ?? '') && !isTitleWord(doc.tokens[at]!.lower)) at++;
  const region = entities.mentionAt(at);
  if (!region || region.possessive || region.tokenStart !== at) return undefined;
  // (a product's name of one word, no company's: "Hanson's Kaiser Cement chairman" heads the company)
  const product = region.type === 'other' && region.tokenEnd - region.tokenStart === 1;
  if (!(region.type === 'place' && at === k) && !product) return undefined;
  const post = titleAt(doc, region.tokenEnd, sentence.tokenEnd);
  if (!post) return undefined;
  const text = doc.text.slice(doc.tokens[k]!.start, doc.tokens[post.tokenEnd - 1]!.end);
  return { ...post, tokenStart: k, text, roles: splitRoles(text) };
}

/** A name set off after its post: "chairman, Nicholas F. Brady". */
const titledBefore = (doc: Parameters<Rule['run']>[0]['doc'], nameStart: number) => doc.tokens[nameStart - 1]?.text === ',' && isTitleWord(doc.tokens[nameStart - 2]?.lower ?? '');

/** "Anshuman Magazine, managing director, of CB Richard Ellis": the employer set off from the post by a comma. */
function orgAfterComma(ctx: Parameters<Rule['run']>[0], title: TitleSpan): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  if (doc.tokens[title.tokenEnd]?.text !== ',' || !['of', 'at'].includes(doc.tokens[title.tokenEnd + 1]?.lower ?? '')) return undefined;
  return orgAfter(doc, entities, title.tokenEnd + 1, sentence.tokenEnd, isGovernment(title.roles));
}

/**
 * "Kenneth McCormick, a co-chairman of the ISDA and president of Kleinwort Benson Cross Financing Inc": a second
 * post with an organization of its own, joined by "and" after the first one's organization.
 */
export function secondPost(ctx: Parameters<Rule['run']>[0], nameTokens: [number, number], name: string, after: number): void {
  const { doc, entities, sentence } = ctx;
  after = pastOrgAside(ctx, after);
  // ("..., a subsidiary of USX Corp, and chairman of ...": the aside's comma before the "and")
  if (doc.tokens[after]?.text === ',' && doc.tokens[after + 1]?.lower === 'and') after++;
  if (doc.tokens[after]?.lower !== 'and') return;
  let k = after + 1;
  if (SKIPPABLE.has(doc.tokens[k]?.text ?? '')) k++;
  const title = titleAt(doc, k, sentence.tokenEnd);
  if (!title) return;
  const org = orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles));
  if (org && !org.viaReference && endsCleanly(ctx, org.tokenEnd)) reportPerson(ctx, { name, nameTokens, title, org, confidence: 0.85 });
}

/**
 * Past what may follow an organization's name before a second post: its ticker ("Dresser Industries <DI>") and
 * an aside that says whose it is (", a subsidiary of USX Corp <X>").
 */
function pastOrgAside(ctx: Parameters<Rule['run']>[0], k: number): number {
  const { doc, entities } = ctx;
  k = pastTicker(doc, k);
  let a = k + 1;
  if (doc.tokens[k]?.text !== ',' || !['a', 'the'].includes(doc.tokens[a]?.lower ?? '')) return k;
  a++;
  if (!OWNED_UNITS.has(doc.tokens[a]?.lower ?? '') || doc.tokens[a + 1]?.lower !== 'of') return k;
  const owner = entities.mentionAt(a + 2);
  if (!owner || owner.type === 'person' || owner.type === 'place') return k;
  return pastTicker(doc, owner.tokenEnd);
}
const OWNED_UNITS = new Set(['subsidiary', 'unit', 'division', 'affiliate']);

/**
 * "The chief executive of Barclays, Jane Roe, said", "the head of the International Energy Agency, John Doe.":
 * a title and its organization set off before a name that a comma or the sentence's end closes.
 */
function titleFirst(ctx: Parameters<Rule['run']>[0], m: EntityMention, name: string): void {
  const { doc, entities, sentence } = ctx;
  // "The head of the Queensland Liver Transplant Service, Dr. Russell Strong, said": past an honorific
  // ... or a rank or post of the person's own ("the chairman of the working party, Ambassador Stefan Johannesson of Iceland,")
  // ... or a word for the person's nation ("Ariadne's chairman, New Zealander Bruce Judge")
  const nation = entities.mentionEndingAt(m.tokenStart - 1);
  const lead = nation && isNationWord(nation) ? nation.tokenStart : m.tokenStart;
  const own = doc.tokens[lead - 1];
  const comma = own && (HONORIFICS.has(own.lower) || (/^\p{Lu}/u.test(own.text) && ROLE_HEADS.has(own.lower))) ? lead - 2 : lead - 1;
  if (m.possessive || comma - 3 < sentence.tokenStart || doc.tokens[comma]!.text !== ',') return;
  const from = doc.tokens[m.tokenEnd]?.lower === 'of' ? entities.mentionAt(m.tokenEnd + 1) : undefined;
  // (past a post written after the name: "Scottish Finance Minister, Tom McCabe MSP, said")
  const end = from && from.type !== 'person' ? from.tokenEnd : pastPostnominal(doc, m.tokenEnd);
  const next = doc.tokens[end];
  if (!(end >= sentence.tokenEnd || next?.text === ',' || SPEECH_VERBS.has(next?.lower ?? '') || (next?.pos === 'PUNCT' && end + 1 >= sentence.tokenEnd))) return;
  // the longest title that opens the phrase, after "the" or "a" or at the sentence's start, whose organization reaches the comma
  for (let s = Math.max(sentence.tokenStart, comma - 12); s < comma - 2; s++) {
    const before = doc.tokens[s - 1];
    // ("The new chairman of the Bar Council, Guy Mansfield QC warned")
    const opener = ARTICLES.has(before?.lower ?? '') || (TITLE_FIRST_TENURE.has(before?.lower ?? '') && ARTICLES.has(doc.tokens[s - 2]?.lower ?? ''));
    if (s > sentence.tokenStart && !opener) continue;
    const title = titleAt(doc, s, comma);
    if (!title) continue;
    const org = orgAfter(doc, entities, employerFrom(title), comma, isGovernment(title.roles));
    // ("The Shadow Secretary of State for the Family, Theresa May, said": a post in capitals is the whole phrase)
    if (!org && title.tokenEnd === comma && /^\p{Lu}/u.test(doc.tokens[title.tokenStart]!.text)) {
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org: undefined, confidence: 0.7 });
      return;
    }
    if (!org && fieldTo(doc, title.tokenEnd, comma)) {
      const text = doc.text.slice(doc.tokens[title.tokenStart]!.start, doc.tokens[comma - 1]!.end);
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: { tokenStart: title.tokenStart, tokenEnd: comma, text, roles: splitRoles(text) }, org: undefined, confidence: 0.7 });
      return;
    }
    // "the chairman of the bank employers' federation, Horst Burgard": a body named in lower case is named as written
    // (else the person's other employer would stand in for it)
    if (!org && unnamedBodyTo(doc, title.tokenEnd, comma)) {
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org: lowerCaseBody(doc, title.tokenEnd, comma + 1), confidence: 0.7 });
      return;
    }
    // ("the president of the company, Bill Jones": a reference after a definite post; not "a member of the group, Ms Kelly")
    // ... past words in lower case that say what kind of body it is ("the head of the CFDT union federation, Edmond Maire")
    // (not a nation's: "the president of the Mexican stock exchange, Manuel Somoza" heads the exchange)
    const orgEnd = org ? pastBracketsAfterName(doc, org.tokenEnd) : -1;
    if (!org || (orgEnd !== comma && (entities.mentionAt(org.tokenStart)?.type === 'place' || !reachesComma(doc, orgEnd, comma))) || (org.viaReference && before?.lower !== 'the' && s > sentence.tokenStart)) continue;
    reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: 0.85 });
    return;
  }
}
/** Past the wire's closing angle bracket and initials in brackets after a name ("<International Telecom Japan Inc> (ITJ)"). */
const pastBracketsAfterName = (doc: Parameters<Rule['run']>[0]['doc'], end: number) => pastInitials(doc, doc.tokens[end]?.text === '>' ? end + 1 : end);

/** Whether lower-case words from `end` up to the comma end in a body's word ("union federation", "labour group"). */
function reachesComma(doc: Parameters<Rule['run']>[0]['doc'], end: number, comma: number): boolean {
  if (comma - end > 3 || comma <= end) return false;
  for (let n = end; n < comma; n++) if (!/^[a-z]+$/.test(doc.tokens[n]!.text)) return false;
  const last = doc.tokens[comma - 1]!.text;
  return BODY_WORDS.has(last) || (EMPLOYER_DESCRIPTORS.has(last) && doc.tokens[comma - 1]!.pos === 'NOUN');
}

/** "the new chairman of ...", "the incoming president of ...": words of tenure between the article and the post. */
const TITLE_FIRST_TENURE = new Set(['new', 'incoming', 'outgoing', 'current']);

/** "of the working party" in lower-case words from `k` up to the comma at `comma`. */
function unnamedBodyTo(doc: Parameters<Rule['run']>[0]['doc'], k: number, comma: number): boolean {
  if (doc.tokens[k]?.lower !== 'of' || doc.tokens[k + 1]?.lower !== 'the' || comma - k > 6 || comma - k < 3) return false;
  // ("of the bank employers' federation": a plural's apostrophe too)
  for (let n = k + 2; n < comma; n++) if (!/^(?:[a-z][a-z-]*|['’])$/.test(doc.tokens[n]!.text)) return false;
  return true;
}

/** "The chief inspector of schools, David Bell,": a field in lower-case plural after "of" reaches the comma. */
function fieldTo(doc: Parameters<Rule['run']>[0]['doc'], k: number, comma: number): boolean {
  if (doc.tokens[k]?.lower !== 'of' || comma - k > 3 || comma - k < 2) return false;
  for (let n = k + 1; n < comma; n++) if (!/^[a-z]+s$/.test(doc.tokens[n]!.text) || doc.tokens[n]!.pos !== 'NOUN') return false;
  return true;
}

/**
 * "the company's general counsel", "the Chinese carmaker's chief executive": an owner the text does not name here
 * (and no earlier name resolves); the index after its possessive, where a title can start. The organization is
 * left for the story to supply.
 */
function unnamedOwnerEnd(doc: Parameters<Rule['run']>[0]['doc'], k: number, limit: number): number | undefined {
  for (let n = k; n < limit && n < k + 4; n++) {
    const t = doc.tokens[n]!;
    if (t.text === t.lower && isOwnerNoun(t.lower) && /^['’]s?$/.test(doc.tokens[n + 1]?.text ?? '')) return n + 2;
    // words that describe it ("Chinese smartphone"), not a title or its "of" ("co-chairman of Acme Bank's board")
    if (!/^[\p{L}-]+$/u.test(t.text) || t.lower === 'of' || ROLE_HEADS.has(t.lower) || t.lower in ROLE_CANON) return undefined;
  }
  return undefined;
}

/**
 * The last organization named before token `before` whose name's own word is `word` ("National Wildlife Federation",
 * "National Institute of Mental Health" for "institute"), as a reference made by the noun at `at`. Not a party or a
 * government: a story names several, and a government's officer is the country's.
 */
function bodyByWord(ctx: Parameters<Rule['run']>[0], word: string, at: number, before: number): OrgRef | undefined {
  if (BODIES_OF_MANY.has(word)) return undefined;
  const { doc } = ctx;
  let found: EntityMention | undefined;
  for (const m of ctx.entities.mentions) {
    if (m.tokenStart >= before) break;
    if ((m.type !== 'org' && m.type !== 'other') || m.tokenEnd - m.tokenStart < 2) continue;
    let head = m.tokenEnd - 1;
    for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) if (doc.tokens[k]!.lower === 'of') { head = k - 1; break; }
    if (doc.tokens[head]!.lower === word && /^\p{Lu}/u.test(doc.tokens[head]!.text)) found = m;
  }
  return found && { name: found.name, tokenStart: at, tokenEnd: at + 1, viaReference: true };
}

/** The organization named last in this sentence or the one before, before token `before`, for "the company's" at `at`. */
function firmJustBefore(ctx: Parameters<Rule['run']>[0], word: string, at: number, before: number): OrgRef | undefined {
  if (!FIRM_NOUNS.has(word) && !GENERIC_BODY_NOUNS.has(word)) return undefined;
  const from = ctx.doc.sentences[ctx.sentence.index - 1]?.tokenStart ?? ctx.sentence.tokenStart;
  let found: EntityMention | undefined;
  for (const m of ctx.entities.mentions) {
    if (m.tokenStart >= before) break;
    // (not a term in capitals, as often a disease's or a treaty's as a firm's: "AIDS")
    if (m.tokenStart >= from && m.type === 'org' && !/^[\p{Lu}\d]+$/u.test(m.surface)) found = m;
  }
  return found && { name: found.name, tokenStart: at, tokenEnd: at + 1, viaReference: true };
}

/** "secretary general of the council" after "the Muslim Council of Britain": the body "of the" and its word point back to. */
function bodyOfTheWord(ctx: Parameters<Rule['run']>[0], end: number, before: number): OrgRef | undefined {
  const { doc } = ctx;
  const word = doc.tokens[end + 2];
  if (doc.tokens[end]?.lower !== 'of' || doc.tokens[end + 1]?.lower !== 'the' || !word || word.text !== word.lower || !isOwnerNoun(word.lower)) return undefined;
  // (the phrase ends there: "of the council," not "of the council's finance committee")
  const next = doc.tokens[end + 3];
  if (next && end + 3 < ctx.sentence.tokenEnd && !/^[,.;:)]$/.test(next.text)) return undefined;
  return bodyByWord(ctx, word.lower, end + 2, before);
}

const isOwnerNoun = (lower: string) => ORG_DESCRIPTOR_NOUNS.has(lower) || BODY_WORDS.has(lower) || OWNER_BODY_NOUNS.has(lower) || GENERIC_BODY_NOUNS.has(lower) || STATE_NOUNS.has(lower);
/** "Stals, the country's chief foreign debt negotiator": the state a national post's holder serves, as the story names it. */
const STATE_NOUNS = new Set(['country', 'nation']);

/**
 * "vice chairman of non-insurance operations at Berkshire", "chief executive of financial advisory at Lazard":
 * the employer after a portfolio in lower case that the title does not take in.
 */
function orgAfterPortfolio(ctx: Parameters<Rule['run']>[0], end: number): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  // ... or after "the" or "for" ("chief economist for the region at Societe Generale")
  if (doc.tokens[end]?.lower !== 'of' && doc.tokens[end]?.lower !== 'for') return undefined;
  let k = doc.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const first = k;
  while (k < sentence.tokenEnd && k < end + 5 && /^[a-z][a-z-]*$/.test(doc.tokens[k]!.text) && (doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'ADJ' || doc.tokens[k]!.lower === 'and')) k++;
  if (k === first || doc.tokens[k]?.lower !== 'at') return undefined;
  const org = orgAfter(doc, entities, k, sentence.tokenEnd, false);
  return org && !org.viaReference ? org : undefined;
}

/** The title that begins inside mention `there` after its first words and runs past its end ("US | Secretary of State"). */
function titleInside(ctx: Parameters<Rule['run']>[0], there: EntityMention): TitleSpan | undefined {
  const { doc, sentence } = ctx;
  let p = there.tokenEnd;
  while (p > there.tokenStart + 1 && allTitleWords(doc, p - 1, p)) p--;
  // a post's own word must be among them ("Secretary", not "Research" of "Jupiter Research analyst"), after an owner
  // that is no title's word itself ("State Minister for ...")
  let post = false;
  for (let q = p; q < there.tokenEnd; q++) if (ROLE_HEADS.has(doc.tokens[q]!.lower)) post = true;
  const lone = p === there.tokenStart + 1 ? doc.tokens[there.tokenStart]!.lower : '';
  if (p === there.tokenEnd || (lone && (allTitleWords(doc, there.tokenStart, p) || PORTFOLIO_WORDS.has(lone)))) return undefined;
  const title = titleAt(doc, p, sentence.tokenEnd);
  // ... or ranks in capitals whose post goes on in lower case ("U.S. Assistant trade representative")
  let ranks = true;
  for (let q = p; q < there.tokenEnd; q++) if (!PERSONAL_RANKS.has(doc.tokens[q]!.lower)) ranks = false;
  return title && title.tokenEnd >= there.tokenEnd && (post || (ranks && title.tokenEnd > there.tokenEnd)) ? title : undefined;
}

/** The title after "and now (a)" at `k`, if one follows. */
function postNowHeld(doc: Parameters<Rule['run']>[0]['doc'], k: number, limit: number): TitleSpan | undefined {
  if (doc.tokens[k]?.lower !== 'and' || doc.tokens[k + 1]?.lower !== 'now') return undefined;
  let n = k + 2;
  if (['a', 'an', 'the'].includes(doc.tokens[n]?.lower ?? '')) n++;
  return titleAt(doc, n, limit);
}

/** The title after "and" that closes a description in lower-case words ("a jeweler and president of ..."), if one does. */
function titleAfterDescription(ctx: Parameters<Rule['run']>[0], k: number): TitleSpan | undefined {
  const { doc, sentence } = ctx;
  for (let n = k; n < sentence.tokenEnd && n < k + 5; n++) {
    const t = doc.tokens[n]!;
    // ("report author and a senior adviser at ...": past the article of the post)
    if (t.lower === 'and' && n > k) return titleAt(doc, /^(?:the|a|an)$/.test(doc.tokens[n + 1]?.lower ?? '') ? n + 2 : n + 1, sentence.tokenEnd);
    if (!/^[a-z][a-z-]*$/.test(t.text) || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return undefined;
  }
  return undefined;
}

/** Ranks of a post that may stand before its employer's name inside the title: "assistant IRS commissioner". */
const RANKS_BEFORE_OWNER = new Set(['assistant', 'deputy', 'associate', 'acting']);

/** Adverbs that grade a word of praise ("a widely respected", "a highly regarded"). */
const GRADING = new Set(['widely', 'highly', 'well', 'very', 'much', 'most', 'hugely']);
const praises = (doc: Doc, k: number): boolean => PRAISING_WORDS.has(doc.tokens[k]!.lower) || (GRADING.has(doc.tokens[k]!.lower) && PRAISING_WORDS.has(doc.tokens[k + 1]?.lower ?? ''));

/** Words before an employer's name in a title that say for how long, not what: "a longtime Apple executive". */
const TENURE = new Set(['former', 'longtime', 'long-time', 'veteran', 'onetime', 'one-time', 'erstwhile', 'senior']);

/**
 * "a former Goldman Sachs banker", "a veteran Contoso engineer": an employer named between a word of tenure and
 * the title. The title is as written; its role keeps "former" (as "former director" does) and drops the name.
 */
function ownerInsideTitle(ctx: Parameters<Rule['run']>[0], k: number): { title: TitleSpan; org: OrgRef } | undefined {
  const { doc, entities, sentence } = ctx;
  let j = k;
  while (j < sentence.tokenEnd && j < k + 2 && (TENURE.has(doc.tokens[j]!.lower) || RANKS_BEFORE_OWNER.has(doc.tokens[j]!.lower))) j++;
  if (j === k) return undefined;
  const m = entities.mentionAt(j);
  // (a name of title words is a post, "Executive Secretary", where a post's own word is among them: not "Home State")
  if (!m || m.possessive || !(m.type === 'org' || m.type === 'other')) return undefined;
  if (allTitleWords(doc, m.tokenStart, m.tokenEnd) && doc.tokens.slice(m.tokenStart, m.tokenEnd).some((t) => ROLE_HEADS.has(t.lower))) return undefined;
  const title = titleAt(doc, m.tokenEnd, sentence.tokenEnd);
  // (nor where the post held now follows: "former Labour minister and now a European Commissioner")
  if (!title || !endsCleanly(ctx, title.tokenEnd) || postNowHeld(doc, title.tokenEnd, sentence.tokenEnd)) return undefined;
  // "a former Contoso director of sales at Fabrikam" says two things at once: leave it
  if (orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, false)) return undefined;
  // (the post's own rank stays in its role: "Percy Woodard, assistant IRS commissioner" is an assistant commissioner)
  const kept = doc.tokens.slice(k, j).filter((t) => t.lower === 'former' || RANKS_BEFORE_OWNER.has(t.lower)).map((t) => t.lower);
  const text = doc.text.slice(doc.tokens[k]!.start, doc.tokens[title.tokenEnd - 1]!.end);
  const roles = kept.length ? splitRoles(`${kept.join(' ')} ${title.text}`) : title.roles;
  return { title: { tokenStart: k, tokenEnd: title.tokenEnd, text, roles }, org: { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false } };
}

/** A lower-case noun of a post's field at `k`, closed by a comma: "vice president sales,", "director marketing,". */
function fieldWordBeforeComma(ctx: Parameters<Rule['run']>[0], k: number): boolean {
  const word = ctx.doc.tokens[k];
  return !!word && word.pos === 'NOUN' && /^[a-z]+$/.test(word.text) && POST_FIELDS_AFTER.has(word.text) && ctx.doc.tokens[k + 1]?.text === ',';
}

/** A comma, or a dash standing apart as news writes one ("Jane Roe - then chief economist at Acme - said"). */
function opensApposition(doc: Parameters<Rule['run']>[0]['doc'], k: number): boolean {
  const token = doc.tokens[k];
  if (!token) return false;
  if (token.text === ',') return true;
  return SPACED_DASH.has(token.text) && doc.text[token.start - 1] === ' ' && doc.text[token.end] === ' ';
}

/**
 * A title in apposition ends at a boundary. A name right after it means the
 * title is that person's ("Volcker, Treasury Secretary James Baker and ..."),
 * and a capitalized word means it was cut short ("chief U.K. economist").
 */
function endsCleanly(ctx: Parameters<Rule['run']>[0], end: number): boolean {
  const next = ctx.doc.tokens[end];
  if (!next || end >= ctx.sentence.tokenEnd) return true;
  if (ctx.entities.mentionAt(end)?.type === 'person') return false;
  // a lower-case noun right after means the title goes on in words we do not know ("chief people officer", "chief
  // economic planner")
  if (next.pos === 'NOUN' && /^[a-z]/.test(next.text)) return false;
  const after = ctx.doc.tokens[end + 1];
  if (next.pos === 'ADJ' && /^[a-z]/.test(next.text) && after?.pos === 'NOUN' && /^[a-z]/.test(after.text) && end + 1 < ctx.sentence.tokenEnd) return false;
  return !/^\p{Lu}/u.test(next.text);
}

/**
 * "head" + "of Trade Policy" up to the comma that closes an owned title's apposition, or up to the "at" before the employer
 * ("head of Distribution and Exhibition at the UK Film Council"); the title as it was where neither follows.
 */
function withCapitalizedField(doc: Parameters<Rule['run']>[0]['doc'], title: TitleSpan, limit: number, owned: boolean): TitleSpan {
  if (doc.tokens[title.tokenEnd]?.lower !== 'of') return title;
  let k = title.tokenEnd + 1;
  while (k < limit && k < title.tokenEnd + 5 && (/^\p{Lu}/u.test(doc.tokens[k]!.text) || doc.tokens[k]!.lower === 'and')) k++;
  // before "at" and the employer, any post's field ("Professor of Economics at Rome University"); before the comma
  // that closes an owned title, only a bare "head" needs one ("Acme's senior vice president of Global Sales," is
  // a senior vice president); without an owner, what a comma closes may be the employer ("head of Barclays,")
  const head = doc.tokens[title.tokenEnd - 1]!.lower === 'head';
  if (k === title.tokenEnd + 1 || !((owned && head && doc.tokens[k]?.text === ',') || doc.tokens[k]?.lower === 'at')) return title;
  const text = doc.text.slice(doc.tokens[title.tokenStart]!.start, doc.tokens[k - 1]!.end);
  return { tokenStart: title.tokenStart, tokenEnd: k, text, roles: splitRoles(text) };
}

function allTitleWords(doc: Parameters<Rule['run']>[0]['doc'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = doc.tokens[k]!.lower;
    if (!(isTitleWord(lower) || lower === '-')) return false;
  }
  return true;
}

// "U.S. Attorney Rudolph Giuliani", "Polish leader Wojciech Jaruzelski": a country before these names the government served
export const isGovernment = (roles: string[]) => roles.some((r) => /minister|secretary|governor|ambassador|envoy|delegate|counsell?or$|attache$|negotiator|president|premier|chancellor|senator|representative|mayor|alderman|council(?:wo)?man|attorney|judge|comptroller|treasurer|commissioner|superintendent|^state |^leader$/.test(r));

/**
 * "Richard Redoglia, a broker with Merrill Lynch Futures Inc", "Kevin Woodward, a steward with the UAW local":
 * a job that is no title before a name ("broker Marsh & McLennan" is a firm) is one after it, before its employer.
 */
function jobWithEmployer(doc: Parameters<Rule['run']>[0]['doc'], k: number, limit: number): TitleSpan | undefined {
  const word = doc.tokens[k];
  // (or right after the name's comma: "said Theodor Stadelmann, dealer with Bank Julius Baer")
  if (!word || !APPOSITION_JOBS.has(word.lower) || !/^(?:a|an|the|,)$/.test(doc.tokens[k - 1]?.lower ?? '') || k + 2 >= limit) return undefined;
  // ("Gerald Treece, dean of the South Texas College of Law": a dean's school after "of")
  if (!/^(?:with|at|for)$/.test(doc.tokens[k + 1]!.lower) && !(word.lower === 'dean' && doc.tokens[k + 1]!.lower === 'of')) return undefined;
  return { tokenStart: k, tokenEnd: k + 1, text: word.text, roles: [word.lower] };
}

/** The index after "President Reagan's" at `k`: title words, then a person's name and its possessive, then a post. */
export function styledPrincipalEnd(ctx: RuleContext, k: number): number | undefined {
  const { doc, entities, sentence } = ctx;
  let n = k;
  while (n < k + 3 && n < sentence.tokenEnd && /^\p{Lu}/u.test(doc.tokens[n]!.text) && isTitleWord(doc.tokens[n]!.lower)) n++;
  const principal = n > k ? entities.mentionAt(n) : undefined;
  if (principal?.type !== 'person' || !principal.possessive) return undefined;
  const after = principal.tokenEnd + 1;
  return titleAt(doc, after, sentence.tokenEnd) ? after : undefined;
}
