// "Nokia chief executive Rajeev Suri", "chairman Tony O'Reilly", "Finance
// Minister Gordon Brown", "U.S. Agriculture secretary Richard Lyng".
import type { Rule, RuleContext } from '../rule.js';
import { isGovernment } from './apposition.js';
import { isNationWord, orgAfter, orgAt, orgBefore, ownerOrg, pastPostnominal, personMentions, personNameAt, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { quotedSpeakerOrg } from './quote-speaker.js';
import { isCompanyRole } from './employer.js';
import { partyOpening } from './party.js';
import { HONORIFICS, MILITARY_RANKS, RANK_OPENINGS, STYLED_OF } from '../../lexicon/people.js';
import { BODY_WORDS, BRANCH_WORDS, CHAMBERS, ORG_DESCRIPTOR_NOUNS, ORG_HEAD_WORDS, PARTY_WORDS } from '../../lexicon/organizations.js';
import { countryHasOffice, isNationalRole } from './country.js';
import { isLegislator } from './legislator.js';
import { lookupPlace, lookupPlaceAdjective, pastPartyState } from '../../entities/classify.js';
import { opensSentenceAsWord, type EntityMention } from '../../entities/entities.js';
import { isAcronym, partyNameLength } from '../../entities/names.js';
import { FORMER_WORDS, LORD_OFFICES, POST_FIELDS_AFTER, COURTS, CREATIVE_ROLES, EMPLOYER_DESCRIPTORS, ENVOYS, isTitleWord, NON_STATE_BODIES, NOT_PERSON_TITLES, OCCUPATION_ROLES, PORTFOLIO_WORDS, RANK_WORDS, ROLE_CANON, ROLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';

const allTitleWords = (doc: RuleContext['doc'], from: number, to: number, titleEnd = to) => {
  // "Resources Minister", "Fisheries Secretary": a portfolio in capitals is part of the office
  // (right before the post: "European Community farm commissioner" is the Community's)
  const office = (to === titleEnd || to === titleEnd - 1) && /^(?:minister|secretary|under-secretary|undersecretary|commissioner|director)$/.test(doc.tokens[titleEnd - 1]?.lower ?? '');
  // ("his former National Security Adviser, John Poindexter": a post the lexicon knows whole, whatever its words)
  if (Object.hasOwn(ROLE_CANON, doc.tokens.slice(from, to).map((t) => t.lower).join(' '))) return true;
  for (let k = from; k < to; k++) if (!isTitleWord(doc.tokens[k]!.lower) && !(office && PORTFOLIO_WORDS.has(doc.tokens[k]!.lower))) return false;
  return true;
};
import { canonicalRole, heldBefore, SEE_HOLDERS, splitAtNextHolder, splitRoles, titleAt, type TitleSpan } from './title.js';

const MAX_TITLE_TOKENS = 8;

/** "Lord Chancellor Lord Falconer", "Lord Chief Justice Lord Woolf": an office whose name opens with "Lord", read whole. */
function withLord(doc: RuleContext['doc'], title: TitleSpan): TitleSpan {
  const lord = doc.tokens[title.tokenStart - 1];
  if (lord?.text !== 'Lord' || lord.sentence !== doc.tokens[title.tokenStart]!.sentence || !/^\p{Lu}/u.test(title.text) || !LORD_OFFICES.has(title.text.toLowerCase())) return title;
  const text = doc.text.slice(lord.start, doc.tokens[title.tokenEnd - 1]!.end);
  return { ...title, tokenStart: title.tokenStart - 1, text, roles: splitRoles(text) };
}

export const titleBeforeRule: Rule<'person'> = {
  id: 'person/title-before',
  kind: 'person',
  description: 'A title right before a name, optionally after the organization or country it belongs to.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      // "executive chairman Dr Geoffrey Guy": an honorific between title and name
      const before = doc.tokens[m.tokenStart - 1]?.lower ?? '';
      // ... or a legislator's abbreviated style after a post ("Committee chairman Rep. Jack Brooks")
      const styleAfterPost = before.endsWith('.') && HONORIFICS.has(before) && isTitleWord(doc.tokens[m.tokenStart - 2]?.lower ?? '');
      // (not the last word of a rank written in two: "Lt. Col. Oliver North" is a lieutenant colonel)
      const rankEnd = Object.hasOwn(ROLE_CANON, `${doc.tokens[m.tokenStart - 2]?.lower ?? ''} ${before}`);
      const styled = HONORIFICS.has(before) && (!isTitleWord(before.replace(/\.$/, '')) || styleAfterPost) && !rankEnd ? m.tokenStart - 1 : m.tokenStart;
      // ("former National Security Adviser Vice Adm. John Poindexter": the rank's first word too)
      // ... or a word for the person's nation after the comma ("Ariadne's chairman, New Zealander Bruce Judge,")
      const nation = styled === m.tokenStart ? entities.mentionEndingAt(m.tokenStart - 1) : undefined;
      const atName = nation && isNationWord(nation) && doc.tokens[nation.tokenStart - 1]?.text === ',' ? nation.tokenStart : styled;
      const styledAt = atName < m.tokenStart && RANK_OPENINGS.has(doc.tokens[atName - 1]?.text ?? '') ? atName - 1 : atName;
      // ("Peruvian Air Force Commander Lieutenant General Luis Abram Cavarellino": past a rank written in full, after a post)
      const at = styledAt === m.tokenStart ? pastRankAfterPost(doc, m.tokenStart) : styledAt;
      // "FECSA's General Manager, Jose Zaforteza, told Reuters", "its chairman, Sir Phil Watts, and ...": a title set off
      // by commas before a name that a comma closes
      // ... or the sentence's end ("said Tomoe's president, Kazuo Ishida.")
      // ... or "of" and the employer ("His lawyer, Bernard Feld of Feld, Maris and Tuohy, said")
      // (past a post written after the name: "Tory finance spokesman, Brian Monteith MSP, said")
      const after = pastPostnominal(doc, m.tokenEnd);
      const closed = doc.tokens[after]?.text === ',' || after >= sentence.tokenEnd || (after + 1 >= sentence.tokenEnd && doc.tokens[after]!.pos === 'PUNCT') || (doc.tokens[after]?.lower === 'of' && !STYLED_OF.has(before));
      // ... or, where the title opens the sentence, the name's verb ("EC External Trade Commissioner, Willy De Clercq has
      // already written")
      const subject = (doc.tokens[after]?.pos === 'VERB' || doc.tokens[after]?.pos === 'AUX') && onlyTitleWordsBefore(doc, sentence.tokenStart, at - 1);
      const commaTitle = doc.tokens[at - 1]?.text === ',' && (closed || subject) && !m.possessive;
      // "SkyMitra's chief executive will be Julia Hartmann": a company's post, a copula, then the name
      const copula = copulaStart(ctx, at);
      // ("Japan's ambassador to the U.S., Nobuo Matsunaga,": an envoy's post, then where to)
      // ... or right before the name ("U.S. Ambassador to Kuwait Anthony Quainton")
      // ("(Finance Minister) Nigel Lawson": a post the wire set in brackets before the name)
      const bracketed = doc.tokens[at - 1]?.text === ')' ? titleEndingAt(ctx, at - 1) : undefined;
      let title = titleEndingAt(ctx, at) ?? (commaTitle ? notAnotherName(ctx, titleEndingAt(ctx, at - 1)) ?? envoyBefore(ctx, at - 1) ?? stationedTitle(ctx, at - 1) : undefined) ?? envoyBefore(ctx, at) ?? (copula < at ? ownedTitleEndingAt(ctx, copula) : undefined) ?? (bracketed && opensBracket(doc, bracketed.tokenStart) ? bracketed : undefined);
      // "Chairman of the FCA Frank Naylor": the title, its "of" and the employer, then the name
      // ... or set off by commas ("Chairman of the FCA board, Frank Naylor, said")
      const ofEmployer = title ? undefined : titleOfEmployer(ctx, at) ?? (commaTitle ? titleOfEmployer(ctx, at - 1) : undefined);
      if (ofEmployer) title = ofEmployer.title;
      // ("named chairman and chief executive officer and vice president-sales Barry Kay": the last of posts joined twice)
      if (title) title = splitAtNextHolder(doc, title, 'after');
      // "Jefferies and Co Director of Trading James Melton": the title, its "of" and a field in capitals
      if (!title) title = titleWithField(ctx, at);
      if (!title || NOT_PERSON_TITLES.has(title.text.toLowerCase().replace(/\s+/g, ' '))) continue;
      // ("spokesman for brokers James Capel", "managing director of oil industry analysts Douglas-Westwood": the words
      // after "of" or "for" describe the firm the name is, not a person's post)
      if (describesFirmBefore(doc, title)) continue;
      // "official" alone is as often the adjective ("the official Communist Party", "Official Bulletin"): a post only after its body ("IMF official")
      if (title.text.toLowerCase() === 'official' && !orgBefore(doc, entities, title.tokenStart, sentence.tokenStart, true)) continue;
      // "Labour leader Neil Kinnock": a party's word opening a title that is no government office is the party
      // ("Senate Democratic leader Robert Byrd": a party's post in a chamber is the chamber's, the party in the title)
      const party = envoyToBody(ctx, title) ?? inChamber(ctx, partyOpening(ctx, title) ?? partyBefore(ctx, title));
      if (party) title = party.title;
      title = withLord(doc, publicationIntoName(ctx, domainIntoName(ctx, title)));
      // ("Polish union president Lech Walesa": a body's president is no state's)
      // ("Soviet agriculture official Viktor Nikonov": a country's word right before an official's post is the government served)
      const government = (isGovernment(title.roles) || title.roles.some((r) => r.endsWith('official'))) && !NON_STATE_BODIES.has(title.text.split(/\s/)[0]!.toLowerCase());
      const departmental = title.roles.some((r) => /minister|secretary/.test(r));
      // "England coach Andy Robinson": a team is named by its country, as written
      const team = !government && title.roles.some((r) => TEAM_ROLE.test(r)) ? teamBefore(ctx, title.tokenStart) : undefined;
      const exOwner = formerEmployer(ctx, title.tokenStart);
      const ownOrg = exOwner ?? ofEmployer?.org ?? party?.org ?? team ?? (title.owner ? ownerOrg(ctx, title.owner, government) : undefined) ?? notStateParty(orgBefore(doc, entities, title.tokenStart, sentence.tokenStart, government, departmental), title.roles);
      // "former Worldcom chief executive Bernie Ebbers", "ex-Yukos boss": the post was held at the organization before it
      // (an organization's name, not a portfolio's words read as one: "former External Affairs Commissioner")
      const formerOrg = !!ownOrg && !ownOrg.viaReference && FORMER_WORDS.has(doc.tokens[ownOrg.tokenStart - 1]?.lower ?? '') && namesBody(ctx, ownOrg);
      if (exOwner || formerOrg || formerBeforePlace(ctx, title)) title = heldBefore(title);
      // (a government's officer is no one "from" a body after the name: "a letter sent to President Corazon Aquino from
      // Ariadne's chairman" came from it)
      const fromAfter = government && doc.tokens[m.tokenEnd]?.lower === 'from';
      const stated = ownOrg ?? (government ? countryBeforeParty(ctx, title.tokenStart) : undefined) ?? (fromAfter ? undefined : orgAfter(doc, entities, m.tokenEnd, sentence.tokenEnd, government) ?? founderFirm(ctx, m.tokenEnd, title.roles));
      const occupation = title.roles.every((r) => OCCUPATION_ROLES.test(r));
      const org = stated ?? (occupation ? undefined : asideOrg(ctx, m.tokenEnd) ?? sharedOrg(ctx, title.tokenStart, government, title.roles, m) ?? (government && !title.roles.some((r) => COMPANY_TOO.test(r)) ? undefined : speakerOrg(ctx, title.tokenStart)) ?? reportingOrg(ctx, title, m.tokenEnd) ?? whoseOrg(ctx, title.tokenStart) ?? (speaksForLeadIn(title) ? quotedSpeakerOrg(ctx, title.tokenStart) : undefined));
      // "Harry Potter author JK Rowling": an artist's work is no employer; a company or band known as one is
      const inTitle = org ? undefined : countryInTitle(ctx, title);
      // (the country says whose the post is; the roles are the post's: "chief negotiator")
      if (inTitle) title = { ...title, roles: splitRoles(`${doc.text.slice(doc.tokens[title.tokenStart]!.start, doc.tokens[inTitle.tokenStart]!.start)}${doc.text.slice(doc.tokens[inTitle.tokenEnd - 1]!.end, doc.tokens[title.tokenEnd - 1]!.end)}`) };
      const employer = org && title.roles.every((r) => CREATIVE_ROLES.test(r)) && entities.mentionAt(org.tokenStart)?.type !== 'org' ? undefined : org ?? inTitle;
      const family = familyNameAfterBracket(ctx, m, title.tokenStart);
      const fullName = family ? `${name} ${family.surface}` : name;
      reportPerson(ctx, { name: fullName, nameTokens: [m.tokenStart, family?.tokenEnd ?? m.tokenEnd], title, org: employer, confidence: employer ? 0.85 : 0.7 });
      if (isLegislator(title.roles)) secondLegislator(ctx, m.tokenEnd, title);
    }
  },
};

/**
 * "Rep. Arlan Stangeland (R-Minn.) and Harold Volkmer (D-Mo.)": a legislator's style goes on to the name joined after
 * the first's party and state, where a party and state follows that name too. The party is settled as the first's is.
 */
function secondLegislator(ctx: RuleContext, nameEnd: number, title: OwnedTitle): void {
  const { doc, entities, sentence } = ctx;
  const and = pastPartyState(doc, nameEnd, sentence.tokenEnd);
  if (and < 0 || doc.tokens[and]?.lower !== 'and') return;
  const second = entities.mentionAt(and + 1);
  const name = second?.type === 'person' && second.tokenStart === and + 1 ? personNameAt(ctx, and + 1) : undefined;
  if (!second || !name || pastPartyState(doc, second.tokenEnd, sentence.tokenEnd) < 0) return;
  reportPerson(ctx, { name, nameTokens: [second.tokenStart, second.tokenEnd], title, org: undefined, confidence: 0.7 });
}

/**
 * "(Prime Minister Yasuhiro) Nakasone would take it", "(Brazilian Finance Minister Dilson) Funaro": in a quote, the
 * wire sets the post and given name it adds in brackets, and the family name the speaker said follows them.
 */
function familyNameAfterBracket(ctx: RuleContext, m: EntityMention, titleStart: number): EntityMention | undefined {
  const { doc, entities } = ctx;
  if (doc.tokens[m.tokenEnd]?.text !== ')' || !opensBracket(doc, titleStart)) return undefined;
  const family = entities.mentionAt(m.tokenEnd + 1);
  return family && family.tokenStart === m.tokenEnd + 1 && family.type !== 'place' && family.type !== 'org' && family.sentence === m.sentence && family.tokenEnd - family.tokenStart <= 2 ? family : undefined;
}

/**
 * Where a post before a name ends, past a military rank written in full between them ("Armed Forces Commander General
 * Benny Murdani"): the rank is the person's, the post the one the rule reads. Only after a post a rank may follow, so
 * that "General Benny Murdani" alone stays a rank.
 */
function pastRankAfterPost(doc: RuleContext['doc'], nameStart: number): number {
  for (const words of [3, 2, 1]) {
    const start = nameStart - words;
    if (start < 1) continue;
    const rank = doc.text.slice(doc.tokens[start]!.start, doc.tokens[nameStart - 1]!.end).toLowerCase();
    if (!MILITARY_RANKS.has(rank)) continue;
    // (the longest rank only: "Lieutenant General" is no lieutenant's post before a general)
    return /^\p{Lu}/u.test(doc.tokens[start]!.text) && POSTS_BEFORE_RANK.has(doc.tokens[start - 1]!.lower) ? start : nameStart;
  }
  return nameStart;
}

/** Posts a rank may follow; not those a "General" ends ("Secretary General", "Attorney General", "Governor General"). */
const POSTS_BEFORE_RANK = new Set(['commander', 'chief', 'minister', 'head', 'leader', 'spokesman', 'ambassador', 'attache', 'envoy', 'administrator', 'chairman', 'president']);

/** Posts held at a firm, whose holders are "of" it: "analyst X of Dean Witter". */
const FIRM_POSTS = /(?:^|\s)(?:analyst|economist|strategist|trader|broker|dealer)$/;

/**
 * "Industry analyst Richard Pzena of Sanford C. Bernstein", "analyst Tom Ray of Dean Witter": after a firm's post and
 * its holder's name, "of" and a name shaped like a person's is a firm named for its founders (no one is "of" a person).
 */
function founderFirm(ctx: RuleContext, k: number, roles: readonly string[]): OrgRef | undefined {
  const { doc, entities } = ctx;
  if (doc.tokens[k]?.lower !== 'of' || !roles.length || !roles.every((r) => FIRM_POSTS.test(r) || isCompanyRole([r], r))) return undefined;
  const firm = entities.mentionAt(k + 1);
  // (not one whose own post or possessive follows: "of Treasury Secretary James Baker's staff")
  if (firm?.type !== 'person' || firm.tokenStart !== k + 1 || firm.possessive || isTitleWord(doc.tokens[firm.tokenEnd]?.lower ?? '')) return undefined;
  return { name: firm.name, tokenStart: firm.tokenStart, tokenEnd: firm.tokenEnd, viaReference: false };
}

/**
 * A title set off by commas that is no apposition of the name before it: "James Lydon, executive vice president and
 * chief operating officer, Joseph Tyrrell, executive vice president and chief financial officer" gives Tyrrell none.
 */
function notAnotherName(ctx: RuleContext, title: OwnedTitle | undefined): OwnedTitle | undefined {
  if (!title || ctx.doc.tokens[title.tokenStart - 1]?.text !== ',') return title;
  const before = ctx.entities.mentionEndingAt(title.tokenStart - 2);
  return before?.type === 'person' && !before.possessive ? undefined : title;
}

/** "chief Portuguese negotiator Rui Medina": a country's adjective inside a post no body claims says whose it is. */
function countryInTitle(ctx: RuleContext, title: OwnedTitle): OrgRef | undefined {
  for (let k = title.tokenStart + 1; k < title.tokenEnd; k++) {
    const m = ctx.entities.mentionAt(k);
    if (m?.type === 'place' && m.adjective && m.tokenEnd < title.tokenEnd && lookupPlaceAdjective(m.surface)?.kind === 'country') return ownerOrg(ctx, [m.tokenStart, m.tokenEnd], true);
  }
  return undefined;
}

/** Whether a bracket opens right before the title at `k`, or before the organization's name before it ("(Bath owner)"). */
function opensBracket(doc: RuleContext['doc'], k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 4; n--) {
    const t = doc.tokens[n]!;
    if (t.text === '(') return true;
    if (!/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/** A company's post that names no body of its own ("union president", "group chief executive" say whose they are). */
const speaksForLeadIn = (title: OwnedTitle) => isCompanyRole(title.roles, title.text) && !NON_STATE_BODIES.has(title.text.split(/\s/)[0]!.toLowerCase());

/** An envoy's post before "to" or "in" and the place or body the envoy is sent to, which end at `end`: "ambassador to the U.S.", "ambassador in Montevideo". */
function envoyBefore(ctx: RuleContext, end: number): OwnedTitle | undefined {
  const { doc, entities } = ctx;
  // (or a body: "European Union ambassador to the WTO, Carlo Trojan,")
  const place = entities.mentionEndingAt(end - 1);
  if (!place || place.type === 'person') return undefined;
  const to = doc.tokens[place.tokenStart - 1]?.lower === 'the' ? place.tokenStart - 2 : place.tokenStart - 1;
  if ((doc.tokens[to]?.lower !== 'to' && doc.tokens[to]?.lower !== 'in') || !ENVOYS.has(doc.tokens[to - 1]?.lower ?? '')) return undefined;
  return titleEndingAt(ctx, to);
}

/** "The BBC's correspondent in Jakarta, Rachel Harvey,": a post, then where it is held, ending at `end`; the place stays out of the title. */
function stationedTitle(ctx: RuleContext, end: number): OwnedTitle | undefined {
  const place = ctx.entities.mentionEndingAt(end - 1);
  if (!place || place.type !== 'place' || place.tokenEnd !== end || ctx.doc.tokens[place.tokenStart - 1]?.lower !== 'in') return undefined;
  return titleEndingAt(ctx, place.tokenStart - 1);
}

/** The title and employer of "Chairman of the FCA" ending right before the name at `at`. */
function titleOfEmployer(ctx: RuleContext, at: number): { title: OwnedTitle; org?: OrgRef } | undefined {
  const { doc, entities } = ctx;
  // (past the body of it the post is held on: "Chairman of the FCA board")
  // (... or the word for what it is: "The head of the Naftohaz company, Yury Boyko, said")
  const unit = /^(?:board|committee|council|company|group|firm)$/.test(doc.tokens[at - 1]?.text ?? '') ? 1 : 0;
  // (... or the wire's angle brackets around a company with no stock code: "starch producer <Amylum NV> Pierre Callebaut")
  const bracketed = !unit && doc.tokens[at - 1]?.text === '>' ? 1 : 0;
  const employer = entities.mentionEndingAt(at - 1 - unit - bracketed);
  if (!employer || employer.type === 'person' || employer.possessive) return undefined;
  if (bracketed && doc.tokens[employer.tokenStart - 1]?.text !== '<') return undefined;
  // ("Director of Research James Melton": a field in capitals, not an employer)
  if (employer.tokenEnd - employer.tokenStart === 1 && CAPITALIZED_FIELDS.has(employer.name.toLowerCase())) return undefined;
  // (past words that describe it after "the": "of the Ukrainian state-owned Naftohaz company")
  let the = employer.tokenStart - 1;
  while (the > employer.tokenStart - 5 && the > ctx.sentence.tokenStart && (/^[a-z]+(?:-[a-z]+)?$/.test(doc.tokens[the]!.text) || doc.tokens[the]!.text === '-' || !!lookupPlaceAdjective(doc.tokens[the]!.text)) && !['the', 'of'].includes(doc.tokens[the]!.lower)) the--;
  if (doc.tokens[the]?.lower !== 'the') the = employer.tokenStart - 1;
  const of = doc.tokens[the]?.lower === 'the' ? the - 1 : employer.tokenStart - 1;
  if (doc.tokens[of]?.lower !== 'of') return describedEmployer(ctx, employer, employer.tokenStart - bracketed);
  const title = titleEndingAt(ctx, of);
  // ("the Archbishop of Canterbury, Rowan Williams": a church's post is named for its see, which is no employer)
  if (title && SEE_HOLDERS.has(title.text.toLowerCase().split(' ').pop()!) && of === employer.tokenStart - 1) {
    const text = doc.text.slice(doc.tokens[title.tokenStart]!.start, employer.end).replace(/\s+/g, ' ');
    return { title: { tokenStart: title.tokenStart, tokenEnd: employer.tokenEnd, text, roles: splitRoles(text) } };
  }
  const org = title && orgAt(entities, employer.tokenStart, isGovernment(title.roles));
  return title && org ? { title, org } : undefined;
}

/**
 * "president of the French employers' federation CNPF Francois Perigot", "head of the state oil company Pemex Mario
 * Beteta": the title, its "of (the)", words that describe the employer ending in the word for it, then the employer.
 */
function describedEmployer(ctx: RuleContext, employer: EntityMention, nameStart = employer.tokenStart): { title: OwnedTitle; org: OrgRef } | undefined {
  const { doc, entities } = ctx;
  const noun = doc.tokens[nameStart - 1];
  if (!noun || !(ORG_DESCRIPTOR_NOUNS.has(noun.lower) || BODY_WORDS.has(noun.lower)) || noun.text !== noun.lower) return undefined;
  let k = nameStart - 2;
  // (lower-case words, a possessive's apostrophe, a nation's adjective: "French employers'", "state oil")
  while (k > ctx.sentence.tokenStart && k > nameStart - 7 && (/^[a-z][a-z-]*$/.test(doc.tokens[k]!.text) || /^['’]s?$/.test(doc.tokens[k]!.text) || !!lookupPlaceAdjective(doc.tokens[k]!.text)) && doc.tokens[k]!.lower !== 'the' && doc.tokens[k]!.lower !== 'of') k--;
  // (with or without "the": "co-head of European defence and aerospace group EADS Philippe Camus")
  const of = doc.tokens[k]?.lower === 'the' ? k - 1 : k;
  if (doc.tokens[of]?.lower !== 'of') return undefined;
  const title = titleEndingAt(ctx, of);
  const org = title && orgAt(entities, employer.tokenStart, isGovernment(title.roles));
  return title && org ? { title, org } : undefined;
}

/** "Director of Trading" ending right before the name at `at`: a post and its field in capitals after "of". */
function titleWithField(ctx: RuleContext, at: number): OwnedTitle | undefined {
  const { doc, entities } = ctx;
  const field = entities.mentionEndingAt(at - 1);
  if (!field || field.tokenEnd - field.tokenStart !== 1 || !CAPITALIZED_FIELDS.has(field.name.toLowerCase()) || doc.tokens[field.tokenStart - 1]?.lower !== 'of') return undefined;
  const title = titleEndingAt(ctx, field.tokenStart - 1);
  if (!title || title.owner) return undefined;
  const text = doc.text.slice(doc.tokens[title.tokenStart]!.start, doc.tokens[at - 1]!.end);
  return { tokenStart: title.tokenStart, tokenEnd: at, text, roles: splitRoles(text) };
}

/** "Finnish Social Democrat Prime Minister Kalevi Sorsa": the country whose adjective opens a party's name before a government post. */
function countryBeforeParty(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const party = ctx.entities.mentionEndingAt(titleStart - 1);
  if (!party || party.type === 'person' || party.type === 'place') return undefined;
  // the adjective read as a mention of its own, or as the first word of the party's name
  const before = ctx.entities.mentionEndingAt(party.tokenStart - 1);
  if (before?.type === 'place' && before.adjective) return ownerOrg(ctx, [before.tokenStart, before.tokenEnd], true);
  return party.tokenEnd - party.tokenStart >= 2 && lookupPlaceAdjective(ctx.doc.tokens[party.tokenStart]!.text)?.kind === 'country' ? ownerOrg(ctx, [party.tokenStart, party.tokenStart + 1], true) : undefined;
}

/** The longest title that ends right before token `end`, not reaching back into a name ("Citigroup Global Markets analyst"). */
function titleEndingAt(ctx: RuleContext, end: number): OwnedTitle | undefined {
  const { doc, entities, sentence } = ctx;
  let best: OwnedTitle | undefined;
  for (let s = end - 1; s >= sentence.tokenStart && s >= end - MAX_TITLE_TOKENS; s--) {
    // a capitalized "Deputy" or "Acting" opening a sentence was read as a name; it is part of the title
    const m = entities.mentionEndingAt(s);
    // "Ellesmere's head of Asia, Rohan Mehta": a place after "of" may end the title
    // ("Spain's director general for Europe, Jose Maria Pons")
    if (m && m.type === 'place' && m.tokenEnd === end && ['of', 'for'].includes(doc.tokens[m.tokenStart - 1]?.lower ?? '') && m.tokenStart > sentence.tokenStart) {
      s = m.tokenStart;
      continue;
    }
    // "senior vice president of U.S. operations Ian Diery": a place between "of" and the field in lower case is the field's
    if (m && m.type === 'place' && m.tokenEnd === s + 1 && s + 1 < end && doc.tokens[m.tokenStart - 1]?.lower === 'of' && m.tokenStart - 1 > sentence.tokenStart && /^[a-z]/.test(doc.tokens[s + 1]!.text) && !EMPLOYER_DESCRIPTORS.has(doc.tokens[s + 1]!.lower)) {
      s = m.tokenStart;
      continue;
    }
    // "ABN Amro chief Asian strategist Eddie Wong": a region's adjective after a lower-case title word is inside the title
    if (m && m.type === 'place' && m.adjective && m.tokenEnd === s + 1 && s + 1 < end && m.tokenStart > sentence.tokenStart && /^[a-z]/.test(doc.tokens[m.tokenStart - 1]!.text) && isTitleWord(doc.tokens[m.tokenStart - 1]!.lower)) {
      s = m.tokenStart;
      continue;
    }
    // "Britain's Europe Director Dominick Chilcott": a region after its owner's possessive is the post's field
    // ... as is a city ("Dresdner Bank AG's Moscow representative Michael Stein")
    if (m && m.type === 'place' && !m.possessive && !m.adjective && m.tokenEnd === s + 1 && s + 1 < end && /^['’]s?$/.test(doc.tokens[m.tokenStart - 1]?.text ?? '') && (/^\p{Lu}/u.test(doc.tokens[s + 1]!.text) || (lookupPlace(m.name)?.kind === 'city' && isTitleWord(doc.tokens[s + 1]!.lower)))) {
      if (best) {
        const text = doc.text.slice(doc.tokens[m.tokenStart]!.start, doc.tokens[end - 1]!.end);
        best = { tokenStart: m.tokenStart, tokenEnd: end, text, roles: splitRoles(text) };
      }
      break;
    }
    // "Chemical Bank Tokyo branch vice president": a branch in a city is the post's, the bank before it employs
    const branchAt = best && best.tokenStart === s + 1 && BRANCH_WORDS.has(doc.tokens[s]!.lower) ? entities.mentionEndingAt(s - 1) : undefined;
    if (branchAt && branchAt.type === 'place' && branchAt.tokenEnd === s && branchAt.tokenStart > sentence.tokenStart) {
      const text = doc.text.slice(doc.tokens[branchAt.tokenStart]!.start, doc.tokens[end - 1]!.end);
      best = { tokenStart: branchAt.tokenStart, tokenEnd: end, text, roles: best!.roles };
      break;
    }
    // "Deputy U.S. | Trade Representative": a rank read with the country as one name ranks the post after it
    if (m && best && m.tokenEnd === best.tokenStart) {
      const ranked = rankedByCountry(doc, m, best);
      if (ranked) {
        best = ranked;
        break;
      }
    }
    // and a lone title word read as a name ("Secretary" of "Secretary of State") is the title's own, as is a common
    // word capitalized only for opening the sentence ("Shipping minister", "Central bank governor")
    if (m && !allTitleWords(doc, m.tokenStart, m.tokenEnd, end) && !opensSentenceAsWord(doc, m, entities)) {
      // "U.S. Secretary | of State George Shultz", "British Chancellor | of the Exchequer": a name that ends in the title's
      // first words keeps the rest ("U.S.", "British") as the title's owner
      // ("Treasury | Under Secretary Curtis Brannock": "Under" belongs to the secretary)
      const pastTitleWords = (portfolio: boolean) => {
        let q = m.tokenEnd;
        // (not a word glued to a hyphen: the CIO of "AFL-CIO president" is the body's)
        while (q > m.tokenStart + 1 && (inUnderSecretary(doc, q - 1) || (!gluedToHyphen(doc, q - 1) && (isTitleWord(doc.tokens[q - 1]!.lower) || (portfolio && (PORTFOLIO_WORDS.has(doc.tokens[q - 1]!.lower) || COURTS.has(doc.tokens[q - 1]!.lower))))))) q--;
        return q;
      };
      let p = pastTitleWords(false);
      // whether the name's words before token `to` name a country ("U.S.", "Russian", "Argentine")
      const ownerIsPlace = (to: number) => {
        if (to <= m.tokenStart) return false;
        const owner = doc.text.slice(doc.tokens[m.tokenStart]!.start, doc.tokens[to - 1]!.end);
        return !!(lookupPlace(owner) ?? lookupPlaceAdjective(owner));
      };
      // ("EC External | Trade Commissioner", "EC Industrial Policy | Director": after a body's initials, a portfolio in
      // capitals is the post's field)
      if (best && best.tokenStart === m.tokenEnd && p - m.tokenStart >= 2 && isAcronym(doc.tokens[m.tokenStart]!.text) && !lookupPlace(doc.tokens[m.tokenStart]!.text) && doc.tokens.slice(m.tokenStart + 1, p).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && PORTFOLIO_WORDS.has(t.lower) && !lookupPlace(t.text))) {
        const text = doc.text.slice(doc.tokens[m.tokenStart + 1]!.start, doc.tokens[end - 1]!.end);
        best = { tokenStart: m.tokenStart + 1, tokenEnd: end, text, roles: splitRoles(text), owner: [m.tokenStart, m.tokenStart + 1] };
        break;
      }
      // ("Russian Atomic | Energy Minister": a portfolio in capitals belongs to its minister, after the country that has it)
      let afterCountry = false;
      if (/^(?:minister|secretary|judge)$/.test(doc.tokens[end - 1]?.lower ?? '')) {
        const q = pastTitleWords(true);
        if (q < p && ownerIsPlace(q)) p = q;
        afterCountry = ownerIsPlace(p);
      }
      let own = true;
      // ("Malaysian Primary | Industries Minister": after a country, a company's word is the portfolio's)
      for (let q = p; q < m.tokenEnd; q++) if (ORG_HEAD_WORDS.has(doc.tokens[q]!.lower) && !ROLE_HEADS.has(doc.tokens[q]!.lower) && !afterCountry) own = false;
      // ... or where the story writes the whole name elsewhere on its own ("Jupiter Research analyst ... Jupiter Research said")
      // (a field word only: "U.S. Secretary" written twice is still the Secretary's, and after a country the words are
      // a portfolio: "U.S. Treasury secretary James Baker")
      const fieldOnly = !afterCountry && doc.tokens.slice(p, m.tokenEnd).every((t) => !ROLE_HEADS.has(t.lower));
      if (fieldOnly && entities.mentions.some((o) => o !== m && o.name === m.name && !isTitleWord(doc.tokens[o.tokenEnd]?.lower ?? ''))) own = false;
      // ... or where it ends in a research house's word before a post in lower case ("Forrester Research consultant John
      // McCarthy", "Merrill Lynch Economics analyst"; not a rank's capital, "Majority leader", "Prime minister")
      if (fieldOnly && FIRMS_FIELDS.has(doc.tokens[m.tokenEnd - 1]!.text) && /^[a-z]/.test(doc.tokens[m.tokenEnd]?.text ?? '')) own = false;
      // ... unless those words can end an organization's name ("Morgan Stanley Group managing director" keeps its "Group")
      if (p < m.tokenEnd && own) {
        const t = titleAt(doc, p, end) ?? (afterCountry ? courtTitle(doc, p, m.tokenEnd, end) : undefined);
        // (or ends it after a country, where a comma sets the title off: "Argentine Economic Minister, Roberto Lavagna,")
        if (t && t.tokenEnd === end && (t.tokenEnd > m.tokenEnd || (doc.tokens[end]?.text === ',' && ownerIsPlace(p)))) best = { ...t, owner: [m.tokenStart, p] };
      }
      break;
    }
    const t = titleAt(doc, s, end);
    if (t && t.tokenEnd === end) best = t;
  }
  // "writer-director Amma Asante": the word glued before a hyphen is part of the title
  // ... as is a rank's in capitals ("Under-Secretary of State")
  if (best && doc.tokens[best.tokenStart]!.text === '-' && best.tokenStart > sentence.tokenStart) {
    const glued = doc.tokens[best.tokenStart - 1]!;
    if (glued.end === doc.tokens[best.tokenStart]!.start && (/^[a-z]/.test(glued.text) || /^(?:Under|Vice|Co)$/.test(glued.text))) {
      const text = doc.text.slice(glued.start, doc.tokens[best.tokenEnd - 1]!.end);
      // ("Treasury Under-secretary": the name the rank was read into is the post's owner)
      const owner = entities.mentionEndingAt(best.tokenStart - 1);
      best = { tokenStart: best.tokenStart - 1, tokenEnd: best.tokenEnd, text, roles: splitRoles(text) };
      if (owner && owner.tokenStart < best.tokenStart) best.owner = [owner.tokenStart, best.tokenStart];
    }
  }
  if (best && !best.owner) best = withJoinedPortfolio(ctx, best);
  // "the official, Assistant Defense Secretary Richard Perle": a reference by a word that is no post, set off by a comma
  // before the post, is no part of it (where "its chairman, Sen Lawton Chiles" holds both)
  const comma = best ? best.tokenStart + 1 : -1;
  if (best && doc.tokens[comma]?.text === ',' && comma + 1 < best.tokenEnd && REFERENCE_WORDS.has(doc.tokens[best.tokenStart]!.text) && DETERMINERS.has(doc.tokens[best.tokenStart - 1]?.lower ?? '')) {
    const text = doc.text.slice(doc.tokens[comma + 1]!.start, doc.tokens[best.tokenEnd - 1]!.end);
    best = { tokenStart: comma + 1, tokenEnd: best.tokenEnd, text, roles: splitRoles(text) };
  }
  // "succeed Dixon as chairman and chief executive and senior vice president E. Gene Keigger
  // will become ...": after "as", the roles before the last "and" are someone else's
  if (best && doc.tokens[best.tokenStart - 1]?.lower === 'as') {
    for (let k = best.tokenEnd - 1; k > best.tokenStart; k--) {
      if (doc.tokens[k]!.lower === 'and') {
        const text = doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[best.tokenEnd - 1]!.end);
        best = { tokenStart: k + 1, tokenEnd: best.tokenEnd, text, roles: splitRoles(text) };
        break;
      }
    }
  }
  return best;
}

/** Fields that end the names of research houses ("Forrester Research", "Merrill Lynch Economics"). */
const FIRMS_FIELDS = new Set(['Research', 'Economics']);

/**
 * A post's field, capitalized after its "of" ("Director of Research"), that names no employer (not the Treasury, whose
 * secretary is its: "Former Secretary of the Treasury Robert Anderson").
 */
const CAPITALIZED_FIELDS = new Set([...[...POST_FIELDS_AFTER].filter((w) => w !== 'treasury'), 'trading', 'investments', 'investment', 'strategy', 'economics']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words that point at a person without naming a post: "the official", "a diplomat". */
const REFERENCE_WORDS = new Set(['official', 'diplomat', 'source', 'man', 'woman']);

const gluedToHyphen = (doc: RuleContext['doc'], k: number) => doc.tokens[k - 1]?.text === '-' && doc.tokens[k - 1]!.end === doc.tokens[k]!.start;

/** Whether token `k` is a word or the hyphen of "Under Secretary", "Under-Secretary". */
function inUnderSecretary(doc: RuleContext['doc'], k: number): boolean {
  const word = (i: number) => doc.tokens[i]?.lower ?? '';
  const secretary = (i: number) => /^secretar/.test(word(i));
  if (word(k) === 'under') return secretary(k + 1) || (word(k + 1) === '-' && secretary(k + 2));
  if (word(k) === '-') return word(k - 1) === 'under' && secretary(k + 1);
  return secretary(k) && word(k - 1) === '-' && word(k - 2) === 'under';
}

/**
 * "Energy and Mines Minister", "International Trade and Industry Minister": two portfolios in capitals joined
 * by "and" make one office, where the title found so far stopped at the second.
 */
function withJoinedPortfolio(ctx: RuleContext, title: OwnedTitle): OwnedTitle {
  const { doc, entities } = ctx;
  const limit = ctx.sentence.tokenStart;
  const and = title.tokenStart - 1;
  const isPortfolio = (k: number) => k >= limit && /^\p{Lu}[a-z]+$/u.test(doc.tokens[k]!.text) && (PORTFOLIO_WORDS.has(doc.tokens[k]!.lower) || TITLE_MODIFIERS.has(doc.tokens[k]!.lower));
  if (doc.tokens[and]?.lower !== 'and' || !/^\p{Lu}/u.test(doc.tokens[title.tokenStart]!.text) || !/^(?:minister|secretary)$/.test(doc.tokens[title.tokenEnd - 1]!.lower) || !isPortfolio(and - 1)) return title;
  let first = and - 1;
  while (isPortfolio(first - 1)) first--;
  const text = doc.text.slice(doc.tokens[first]!.start, doc.tokens[title.tokenEnd - 1]!.end);
  const joined: OwnedTitle = { tokenStart: first, tokenEnd: title.tokenEnd, text, roles: [canonicalRole(text.toLowerCase())] };
  // ("Venezuelan Energy | and Mines Minister": the country's adjective was read with the first portfolio as one name)
  const m = entities.mentionEndingAt(first);
  const owner = m && m.tokenStart < first ? doc.text.slice(doc.tokens[m.tokenStart]!.start, doc.tokens[first - 1]!.end) : undefined;
  return owner && (lookupPlace(owner) ?? lookupPlaceAdjective(owner)) ? { ...joined, owner: [m!.tokenStart, first] } : joined;
}


/** An organization or a place, or a name that is not a portfolio's words ("WorldCom", not "External Affairs"). */
function namesBody(ctx: RuleContext, org: OrgRef): boolean {
  const type = ctx.entities.mentionAt(org.tokenStart)?.type;
  if (type === 'org' || type === 'place') return true;
  if (type !== 'other') return false;
  for (let k = org.tokenStart; k < org.tokenEnd; k++) if (!PORTFOLIO_WORDS.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/** "former Iowa Congressman Berkley Bedell": "former" before the place that owns the post. */
function formerBeforePlace(ctx: RuleContext, title: OwnedTitle): boolean {
  const place = ctx.entities.mentionEndingAt(title.tokenStart - 1) ?? (title.owner ? ctx.entities.mentionAt(title.owner[0]) : undefined);
  return place?.type === 'place' && FORMER_WORDS.has(ctx.doc.tokens[place.tokenStart - 1]?.lower ?? '');
}

/** "ex-Yukos boss": the organization glued to "ex-" right before the title at `titleStart`. */
function formerEmployer(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const glued = /^ex-(\p{Lu}[\p{L}&.-]*)$/u.exec(ctx.doc.tokens[titleStart - 1]?.text ?? '');
  return glued ? { name: ctx.entities.canonicalOrg(glued[1]!), tokenStart: titleStart - 1, tokenEnd: titleStart, viaReference: false } : undefined;
}

/** "Deputy U.S." before "Trade Representative": the post ranked, with the country as its owner. */
function rankedByCountry(doc: RuleContext['doc'], m: { tokenStart: number; tokenEnd: number }, title: OwnedTitle): OwnedTitle | undefined {
  let k = m.tokenStart;
  while (k < m.tokenEnd - 1 && /^\p{Lu}[a-z]+$/u.test(doc.tokens[k]!.text) && RANK_WORDS.has(doc.tokens[k]!.lower)) k++;
  if (k === m.tokenStart) return undefined;
  const country = doc.text.slice(doc.tokens[k]!.start, doc.tokens[m.tokenEnd - 1]!.end);
  if (lookupPlace(country)?.kind !== 'country' && lookupPlaceAdjective(country)?.kind !== 'country') return undefined;
  const rank = doc.tokens.slice(m.tokenStart, k).map((t) => t.lower).join(' ');
  const text = doc.text.slice(doc.tokens[m.tokenStart]!.start, doc.tokens[title.tokenEnd - 1]!.end);
  return { tokenStart: m.tokenStart, tokenEnd: title.tokenEnd, text, roles: title.roles.map((r) => `${rank} ${r}`), owner: [k, m.tokenEnd] };
}

/** "(U.S.) District Judge": a court's words in capitals and the judge's post, from `from`. */
function courtTitle(doc: RuleContext['doc'], from: number, courtEnd: number, end: number): TitleSpan | undefined {
  for (let k = from; k < courtEnd; k++) if (!COURTS.has(doc.tokens[k]!.lower)) return undefined;
  if (doc.tokens[end - 1]?.lower !== 'judge') return undefined;
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end);
  return { tokenStart: from, tokenEnd: end, text, roles: splitRoles(text) };
}

/** A company's top posts, which no field word narrows ("chief financial officer", "chairman"). */
const TOP_ROLE = /^(?:chief .*officer|chairman|president|founder|co-founder)$/;

/**
 * "Siemens Energy CFO Maria Ferraro", "Sony Music chairman Rob Stringer": a
 * capitalized field word between a name and a company's top post ends the
 * company's name; before a field's own post it stays in the title ("Energy
 * Minister", "Marketing Director").
 */
function domainIntoName(ctx: RuleContext, title: OwnedTitle): OwnedTitle {
  const { doc, entities } = ctx;
  if (title.owner) return title;
  let k = title.tokenStart;
  while (k < title.tokenEnd - 1 && /^\p{Lu}/u.test(doc.tokens[k]!.text) && TITLE_MODIFIERS.has(doc.tokens[k]!.lower) && !RANK_WORDS.has(doc.tokens[k]!.lower)) k++;
  if (k === title.tokenStart) return title;
  const rest = titleAt(doc, k, title.tokenEnd);
  const name = entities.mentionEndingAt(title.tokenStart - 1);
  if (!rest || rest.tokenEnd !== title.tokenEnd || !rest.roles.every((r) => TOP_ROLE.test(r)) || !name || name.possessive || name.type === 'person') return title;
  // ("American Financial Chairman Carl Lindner": a country's adjective opening a company's short name)
  const owner = doc.text.slice(doc.tokens[name.tokenStart]!.start, doc.tokens[k - 1]!.end).replace(/\s+/g, ' ');
  if (name.type === 'place' && entities.canonicalOrg(owner) === owner) return title;
  return { ...rest, owner: [name.tokenStart, k] };
}

/** Whether a title ends in "of" or "for" and words describing a firm ("of oil industry analysts"), which the name after it is. */
function describesFirmBefore(doc: RuleContext['doc'], title: OwnedTitle): boolean {
  const last = doc.tokens[title.tokenEnd - 1]!;
  if (!/s$/.test(last.lower) || !EMPLOYER_DESCRIPTORS.has(last.lower)) return false;
  for (let k = title.tokenEnd - 2; k > title.tokenStart && k >= title.tokenEnd - 5; k--) if (['of', 'for'].includes(doc.tokens[k]!.lower)) return true;
  return false;
}

/** Words for a publication that its name is written with: "Q magazine", "Time magazine". */
const PUBLICATION_WORDS = new Set(['magazine', 'newspaper']);

/**
 * "Q magazine reviews editor Ted Kessler": the word for a publication right after its name is the name's, as readers
 * write it ("Q magazine"), and no part of the post.
 */
function publicationIntoName(ctx: RuleContext, title: OwnedTitle): OwnedTitle {
  const { doc, entities } = ctx;
  if (title.owner || !PUBLICATION_WORDS.has(doc.tokens[title.tokenStart]!.text)) return title;
  const rest = titleAt(doc, title.tokenStart + 1, title.tokenEnd);
  const name = entities.mentionEndingAt(title.tokenStart - 1);
  if (!rest || rest.tokenEnd !== title.tokenEnd || !name || name.possessive || name.type === 'person' || name.type === 'place') return title;
  return { ...rest, owner: [name.tokenStart, title.tokenStart + 1] };
}

/** Whether "between" opens the phrase of the first of two people joined by "and" ("talks between A and B"). */
function betweenBefore(doc: RuleContext['doc'], k: number, sentenceStart: number): boolean {
  for (let n = k - 1; n >= sentenceStart && n >= k - 6; n--) if (doc.tokens[n]!.lower === 'between') return true;
  return false;
}

/** Posts a company and a state both have. */
const PRESIDENCIES = new Set(['president', 'vice president']);

/**
 * "Helix Pharma chief executive Ivan Petrov and chief financial officer Sara
 * Gomez": a second officer joined by "and" to a first serves the first's
 * organization when the first's title names it.
 */
function sharedOrg(ctx: RuleContext, titleStart: number, government: boolean, roles: readonly string[], holder: EntityMention): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  if (doc.tokens[titleStart - 1]?.lower !== 'and') return undefined;
  const first = entities.mentionEndingAt(titleStart - 2);
  if (!first || first.type !== 'person' || first.possessive) return undefined;
  const title = titleEndingAt(ctx, first.tokenStart);
  // ("Coastal Chairman Oscar Wyatt and President James Paul": a president beside a company's officer, named in full, is
  // the company's; not "talks between Nippon Steel Chairman Yutaka Takeda and President Reagan")
  const companysPresident =
    government && !isGovernment(title?.roles ?? []) && roles.every((r) => PRESIDENCIES.has(r)) && holder.tokenEnd - holder.tokenStart >= 2 && !betweenBefore(doc, first.tokenStart, sentence.tokenStart);
  if (!title || (isGovernment(title.roles) !== government && !companysPresident)) return undefined;
  const org = orgBefore(doc, entities, title.tokenStart, sentence.tokenStart, isGovernment(title.roles), false);
  if (companysPresident) return org && entities.mentionAt(org.tokenStart)?.type !== 'place' ? org : undefined;
  // (not a country with no such office: "talks between Japanese Prime Minister Yasuhiro Nakasone and President Reagan")
  return org && government && !countryHasOffice(org.name, roles) ? undefined : org;
}

/**
 * "analyst William Raferty, of Smith Barney Harris Upham, said", "Economist Evelyn Brody, at Morgan Grenfell and Co
 * in New York": the employer set off after the name (a place there says where the person is from).
 */
function asideOrg(ctx: RuleContext, nameEnd: number): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  // ("Professor Angela MacFarlane, based at Bristol University,")
  const at = doc.tokens[nameEnd + 1]?.lower === 'based' ? nameEnd + 2 : nameEnd + 1;
  if (doc.tokens[nameEnd]?.text !== ',' || !['of', 'at', 'with'].includes(doc.tokens[at]?.lower ?? '')) return undefined;
  const org = orgAfter(doc, entities, at, sentence.tokenEnd, false);
  return org && !org.viaReference && entities.mentionAt(org.tokenStart)?.type !== 'place' ? org : undefined;
}

/** Words between a company and the title it announces: "Acme Inc said today that president ...". */
const SAID = new Set(['said', 'says', 'announced', 'reported']);
const BETWEEN = new Set(['also', 'today', 'yesterday', 'that', 'earlier', 'late', 'it']);

/**
 * "El Pollo Asado Inc said executive vice president Richard Peterson has been
 * named president", "The company also said chief financial officer ...": the
 * company that announces its own officer's title, when the title stands right
 * after its "said" (not a government's officer: "the local Arab News said
 * Labour Minister ..." reports another's words).
 */
function speakerOrg(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  let k = titleStart - 1;
  while (k > sentence.tokenStart && BETWEEN.has(doc.tokens[k]!.lower)) k--;
  if (k <= sentence.tokenStart || !SAID.has(doc.tokens[k]!.lower)) return undefined;
  k--;
  while (k >= sentence.tokenStart && BETWEEN.has(doc.tokens[k]!.lower)) k--;
  if (k < sentence.tokenStart) return undefined;
  const m = entities.mentionEndingAt(k);
  // "Stellantis said chairman John Elkann would ...": a name of unknown kind that announces an officer is the company
  if (m) return m.type === 'org' || (m.type === 'other' && !m.possessive && !opensSentenceAsWord(doc, m, entities)) ? orgAt(entities, m.tokenStart, false) : undefined;
  const r = entities.referenceEndingAt(k);
  return r ? orgAt(entities, r.tokenStart, false) : undefined;
}

/** Words that open a clause or a phrase of their own before a name ("Through an attorney, Stahl agreed"). */
const CLAUSE_POS = new Set(['VERB', 'AUX', 'PRON', 'SCONJ', 'PUNCT']);
/** Whether tokens `from` to `to` (not counting `to`) are a title's words alone, with no clause or phrase before it. */
function onlyTitleWordsBefore(doc: RuleContext['doc'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (CLAUSE_POS.has(t.pos) || (t.pos === 'ADP' && t.lower !== 'of')) return false;
  }
  return true;
}

/** "will be", "is", "has been": a copula between a title and the name that holds it. */
const COPULA_WORDS = new Set(['is', 'was', 'will', 'would', 'be', 'has', 'been']);

/** Where a copula group ending right before token `at` starts (`at` itself when there is none). */
function copulaStart(ctx: RuleContext, at: number): number {
  let k = at;
  while (k - 1 > ctx.sentence.tokenStart && k > at - 3 && COPULA_WORDS.has(ctx.doc.tokens[k - 1]!.lower)) k--;
  return k < at && ['is', 'was', 'be', 'been'].includes(ctx.doc.tokens[at - 1]!.lower) ? k : at;
}

/** A title ending at `end` that a company's possessive owns ("Acme's new chairman"): only such a title is another's name's post across a copula. */
function ownedTitleEndingAt(ctx: RuleContext, end: number): OwnedTitle | undefined {
  const title = titleEndingAt(ctx, end);
  if (!title) return undefined;
  let k = title.tokenStart - 1;
  while (k > ctx.sentence.tokenStart && TENURE.has(ctx.doc.tokens[k]!.lower)) k--;
  // ("Its first chairman was Joseph Kennedy": the organization "its" stands for)
  if (ctx.doc.tokens[k]?.lower === 'its') return ctx.entities.referenceEndingAt(k) ? title : undefined;
  if (!/^['’]s?$/.test(ctx.doc.tokens[k]?.text ?? '')) return undefined;
  const owner = ctx.entities.mentionEndingAt(k - 1) ?? ctx.entities.referenceEndingAt(k - 1);
  // ("Brazil's new planning minister is Anibal Teixeira de Souza": a country's post too)
  return owner && (!('type' in owner) || owner.type === 'org' || owner.type === 'other' || owner.type === 'place') ? title : undefined;
}
const TENURE = new Set(['new', 'next', 'first', 'interim']);

/** "venture capital group Redwood Partners, whose managing partner, Eli Brandt, ...": the organization "whose" follows. */
function whoseOrg(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const { doc, entities } = ctx;
  if (doc.tokens[titleStart - 1]?.lower !== 'whose' || doc.tokens[titleStart - 2]?.text !== ',') return undefined;
  const m = entities.mentionEndingAt(titleStart - 3);
  return m && (m.type === 'org' || m.type === 'other') ? orgAt(entities, m.tokenStart, false) : undefined;
}

/** Past "(Bloomberg) --" or "(Reuters) -" opening a sentence: the index after it, else `k`. */
function pastSource(ctx: RuleContext, k: number): number {
  const { doc, sentence } = ctx;
  if (doc.tokens[k]?.text !== '(') return k;
  let close = k + 1;
  while (close < sentence.tokenEnd && close < k + 5 && doc.tokens[close]!.text !== ')') close++;
  if (doc.tokens[close]?.text !== ')') return k;
  let next = close + 1;
  while (next < sentence.tokenEnd && /^[-–—]+$/.test(doc.tokens[next]!.text)) next++;
  return next;
}

/** Government roles a company has too: a bare "President" may be a company's. */
const COMPANY_TOO = /president|^leader$/;
/** Past lower-case words describing a name ("electric-vehicle maker"), and the wire's bracket opening it, up to `end`. */
function pastDescribingWords(ctx: RuleContext, k: number, end: number): number {
  while (k < end && !ctx.entities.mentionAt(k) && /^(?:[a-z-]|<$)/.test(ctx.doc.tokens[k]!.text)) k++;
  return k;
}
const SAYS = new Set(['said', 'says', 'told', 'added']);

/**
 * "Chinese carmaker Xpeng Inc. will start selling cars in Germany, President
 * Brian Gu said": a speaker whose title names no employer, closing a report
 * whose subject is a company, speaks for that company.
 */
function reportingOrg(ctx: RuleContext, title: TitleSpan, nameEnd: number): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  if (title.roles.some((r) => isGovernment([r]) && !COMPANY_TOO.test(r))) return undefined;
  const before = doc.tokens[title.tokenStart - 1];
  const closes = before?.text === ',' && SAYS.has(doc.tokens[nameEnd]?.lower ?? '');
  const opensQuote = SAYS.has(before?.lower ?? '') && doc.tokens[title.tokenStart - 2]?.text === ',';
  if (!closes && !opensQuote) return undefined;
  // the report's subject: the sentence's first name, after words that describe it ("Chinese electric-vehicle maker"),
  // past a source opening the story ("(Bloomberg) --")
  const start = pastSource(ctx, sentence.tokenStart);
  let k = pastDescribingWords(ctx, start, title.tokenStart);
  const subject = entities.mentionAt(k);
  if (!subject) {
    // "The Cape Town-based company plans ..., Chief Executive Officer Sipho Dlamini said"
    const ref = entities.referenceAt(k);
    return ref && k === start ? orgAt(entities, k, false) : undefined;
  }
  if (subject.type === 'place' && subject.adjective) {
    // "Chinese electric-vehicle maker Xpeng": a country's adjective opens the description
    k = pastDescribingWords(ctx, subject.tokenEnd, title.tokenStart);
    const next = entities.mentionAt(k);
    return next?.type === 'org' ? orgAt(entities, k, false) : undefined;
  }
  return subject.type === 'org' ? orgAt(entities, k, false) : undefined;
}

const TEAM_ROLE = /(?:^|\s)(?:coach|manager|captain)$/;

/** A country or city right before a coach's title, as written ("England", "Wales"): the team's name. */
function teamBefore(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const m = ctx.entities.mentionEndingAt(titleStart - 1);
  if (!m || m.type !== 'place' || m.adjective || m.possessive) return undefined;
  return { name: m.surface, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
}

/** A title, and where it began inside a name, the tokens of that name before it. */
type OwnedTitle = TitleSpan & { owner?: [number, number] };


/**
 * "Liberal Democrat home affairs spokesman Mark Oaten", "Conservative shadow
 * home secretary David Davis": a party named right before a post it gives
 * (a shadow minister's is the party's too).
 */
function partyBefore(ctx: RuleContext, title: OwnedTitle): { org: OrgRef; title: OwnedTitle } | undefined {
  const { doc, sentence } = ctx;
  // (a legislator's party is theirs, as a British MP's is: "Republican Sen. Bob Dole")
  if (isNationalRole(title.roles) && !title.roles.every((r) => r.startsWith('shadow ')) && !isLegislator(title.roles)) return undefined;
  // ("Labour party chairman Ian McCartney": past the word "party" in lower case, which the party's name is without)
  const end = doc.tokens[title.tokenStart - 1]?.text === 'party' ? title.tokenStart - 1 : title.tokenStart;
  for (let n = 2; n >= 1; n--) {
    const from = end - n;
    if (from < sentence.tokenStart || partyNameLength(doc, from, end) !== n) continue;
    return { org: { name: doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end), tokenStart: from, tokenEnd: end, viaReference: false }, title };
  }
  return undefined;
}

/**
 * A state and a party read as one name ("Nebraskan Democratic Sen.", "Texas Republican Sen."): the party for a
 * legislator, else no organization.
 */
function notStateParty(org: OrgRef | undefined, roles: readonly string[]): OrgRef | undefined {
  const words = org?.name.split(' ') ?? [];
  const party = words[words.length - 1]!;
  const place = words.slice(0, -1).join(' ');
  // (a state's adjective the place lists may lack: "Nebraskan", "Californian")
  if (!org || words.length < 2 || !PARTY_WORDS.has(party) || !(lookupPlace(place) ?? lookupPlaceAdjective(place) ?? /^\p{Lu}\p{Ll}+an$/u.test(place))) return org;
  return isLegislator(roles) ? { ...org, name: party, tokenStart: org.tokenEnd - 1 } : undefined;
}

/**
 * A party's post read after a chamber's name ("Senate Republican leader Robert Dole"): the party's, as a legislator's
 * post is, with the chamber and the party's word in the title.
 */
function inChamber(ctx: RuleContext, party: { org: OrgRef; title: OwnedTitle } | undefined): { org: OrgRef; title: OwnedTitle } | undefined {
  const chamber = party && party.org.tokenEnd === party.title.tokenStart ? ctx.doc.tokens[party.org.tokenStart - 1] : undefined;
  if (!party || !chamber || !CHAMBERS.has(chamber.text) || party.org.tokenStart - 1 < ctx.sentence.tokenStart) return party;
  // ("former Senate Republican leader Howard Baker": a past post stays one)
  const from = FORMER_WORDS.has(ctx.doc.tokens[party.org.tokenStart - 2]?.lower ?? '') && party.org.tokenStart - 2 >= ctx.sentence.tokenStart ? party.org.tokenStart - 2 : party.org.tokenStart - 1;
  const text = ctx.doc.text.slice(ctx.doc.tokens[from]!.start, ctx.doc.tokens[party.title.tokenEnd - 1]!.end).replace(/\s+/g, ' ');
  return { org: party.org, title: { ...party.title, tokenStart: from, text, roles: splitRoles(text) } };
}

/**
 * "Pakistan's acting U.N. representative", "U.S. IMF Representative": a country's envoy to a body known by its
 * initials serves the country, as does its minister for the body's affairs ("French EC affairs minister"); the
 * body belongs in the title.
 */
function envoyToBody(ctx: RuleContext, title: OwnedTitle): { org: OrgRef; title: OwnedTitle } | undefined {
  const { doc, entities, sentence } = ctx;
  // (or a minister for affairs with the body: "French EC affairs minister Bernard Bosson")
  if (!ENVOYS.has(doc.tokens[title.tokenEnd - 1]!.lower) && doc.tokens[title.tokenStart]!.lower !== 'affairs') return undefined;
  const body = entities.mentionEndingAt(title.tokenStart - 1);
  if (!body || body.tokenStart < sentence.tokenStart || !isAcronym(doc.tokens[title.tokenStart - 1]!.text)) return undefined;
  // the country opens the body's name ("U.S. IMF") or owns the post ("Pakistan's acting U.N.")
  let from = body.tokenStart;
  let country: OrgRef | undefined;
  const countryWord = doc.tokens[body.tokenStart]!.text;
  if (body.tokenEnd - body.tokenStart === 2 && (lookupPlace(countryWord) ?? lookupPlaceAdjective(countryWord))?.kind === 'country') {
    country = ownerOrg(ctx, [body.tokenStart, body.tokenStart + 1], true);
    from = body.tokenStart + 1;
  } else if (body.tokenEnd - body.tokenStart === 1) {
    while (from - 1 > sentence.tokenStart && TITLE_MODIFIERS.has(doc.tokens[from - 1]!.lower) && /^[a-z]/.test(doc.tokens[from - 1]!.text)) from--;
    const owner = /^['’]s?$/.test(doc.tokens[from - 1]?.text ?? '') ? entities.mentionEndingAt(from - 2) : undefined;
    if (owner?.type === 'place' && lookupPlace(owner.name)?.kind === 'country') country = ownerOrg(ctx, [owner.tokenStart, owner.tokenEnd], true);
  }
  if (!country) return undefined;
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[title.tokenEnd - 1]!.end).replace(/\s+/g, ' ');
  return { org: country, title: { tokenStart: from, tokenEnd: title.tokenEnd, text, roles: splitRoles(text) } };
}
