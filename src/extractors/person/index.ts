// People with a stated role: name, title as written, canonical roles, organization.
import type { Doc } from '../../document/document.js';
import { sentenceAt, tokenAt } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import type { Extractor, Reported } from '../rule.js';
import { appositionRule } from './apposition.js';
import { bareAppositionRule } from './bare-apposition.js';
import { appointmentRule } from './appointment.js';
import { isCompanyRole, likelyCompany, nearbyCompany, storyCompany } from './employer.js';
import { occurrences, sameSurname } from './context.js';
import { cityGovernment, countryInSentence, countrysOwnName, framedCountry, isCountryName, isNationalRole, nameAsOf, officeCountry, officesTaken, seatCountry, storyCountry, writtenCountryName } from './country.js';
import { titleBeforeRule } from './title-before.js';
import { nameOfOrgRule } from './name-of-org.js';
import { titleThenNameRule } from './title-then-name.js';
import { nameThenTitleRule, resolvedPostsPointingBack } from './name-then-title.js';
import { successionRule } from './succession.js';
import { counterpartRule } from './counterpart.js';
import { pluralTitleRule } from './plural-title.js';
import { listedAppointeesRule } from './listed-appointees.js';
import { monarchRule } from './monarch.js';
import { termAsRule } from './term-as.js';
import { oneOfRule } from './one-of.js';
import { postAfterNameRule } from './post-after-name.js';
import { pastPostRule } from './past-post.js';
import { partyMemberRule } from './party-member.js';
import { isChamberSpeaker, isLegislator, partiesReferredBack, statedParty, titleWithChamber } from './legislator.js';
import { isShadowPost, partyNamedNear } from './party.js';
import { BODY_WORDS, CHAMBERS, ORG_DESCRIPTOR_NOUNS, OWNER_BODY_NOUNS, PARTY_WORDS } from '../../lexicon/organizations.js';
import { HONORIFICS, STYLES } from '../../lexicon/people.js';
import { FIRMS_PRESIDENCY_WORDING, isTitleWord, MONARCH_STYLES, NON_STATE_BODIES, OCCUPATION_ROLES } from '../../lexicon/titles.js';
import { isLegalSuffix, lookupPlaceAdjective } from '../../entities/classify.js';
import { centralBankPost, storyCentralBank } from './central-bank.js';
import { envoyDestination } from './envoy.js';
import { storyState } from './state-officer.js';
import { storySecretariat } from './secretariat.js';
import { storyStaffSeat } from './staff-seat.js';
import { storyCourt } from './court.js';
import { storyDevolvedGovernment } from './devolved.js';
import { cityOfOffice } from './city-office.js';
import { bodyByGenericWord, bodyNamed } from './generic-body.js';
import { describedBody } from './unnamed-body.js';

/** Whether one name holds the other whole, word for word ("Capel" in "James Capel and Co"), or they are one. */
const oneNamesOther = (x: string, y: string) => x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);

/** Two organizations that are not one named twice: neither names the other within it, nor do they share a canonical name. */
function otherOrganization(a: string, b: string, entities: Entities): boolean {
  if (oneNamesOther(a.toLowerCase(), b.toLowerCase())) return false;
  return entities.canonicalOrg(a) !== entities.canonicalOrg(b) && entities.typeOf(a) === 'org' && entities.typeOf(b) === 'org';
}

/** A legislator's seat, or a post a party gives: the posts a party named for another of its member's posts is lent to. */
const PARTY_POST = /^(?:former )?(?:senator|representative|congress(?:man|woman)|member of|mp\b|leader|deputy leader|spokes(?:man|woman)|chairman|whip)/;

/**
 * One fact per person and role: where the same person and roles are stated
 * once with their organization and once without, the organization is shared;
 * where two rules read the same span, the more confident stays. A company
 * officer with no organization stated works for the company the story is about.
 */
function settle(candidates: Reported<'person'>[], doc: Doc, entities: Entities): Reported<'person'>[] {
  fullNames(candidates, entities);
  namesakeInPost(candidates, doc);
  candidates = resolvedPostsPointingBack(candidates);
  for (const c of candidates) {
    centralBankPost(c, doc, entities);
    envoyDestination(c, doc, entities);
  }
  const anyOrgOf = new Map<string, { org: string; former: boolean; company: boolean }>();
  const ownOrg = new Map<Reported<'person'>, string>();
  const firstOrg = new Map<string, { start: number; org: string }>();
  // the first organization stated for a person and title is theirs throughout ("Federal Reserve Chairman
  // Paul Volcker" ... "Fed Chairman Paul Volcker")
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    if (!c.org) continue;
    const key = `${c.name}\u0000${c.roles.join('|')}`;
    const first = firstOrg.get(key);
    if (!first) firstOrg.set(key, { start: c.start, org: c.org });
    // ... unless another mention gives the same post at another organization in so many words: "Cumming as chairman"
    // of PHLCorp, then "Cumming is chairman of <Lucadia National Corp>" are two posts (two readings of one mention,
    // "General Motors Corp's Hughes Aircraft Co said it named Albert Wheelon as chairman", are one)
    else if (first.start !== c.start && otherOrganization(first.org, c.org, entities)) ownOrg.set(c, c.org);
    // (what a person owns is no employer: "removed Williams as chairman ... Williams is the majority owner of Forum")
    // (nor a body named in lower case, a committee they sit on: "director Winthrop Knowlton, now chairman of the
    // independent committee")
    // (nor a party a member is described by: "Patrick Leahy, a Vermont Democrat" chairs a committee, not the party)
    if (!anyOrgOf.has(c.name) && !(c.roles.length && c.roles.every((r) => OWNER.test(r))) && /\p{Lu}/u.test(c.org) && c.rule !== 'person/party-member') anyOrgOf.set(c.name, { org: c.org, former: isPastPost(c, doc), company: isCompanyRole(c.roles, c.title) && !isNationalRole(c.roles) });
  }
  // the countries the story gives its government officers in so many words
  const officials = new Set<string>();
  for (const c of candidates) {
    // ... or by the seat of government they work in ("White House Chief of Staff Howard Baker said President Reagan")
    const country = c.org ? (isNationalRole(c.roles) && isCountryName(c.org) ? c.org : seatCountry(c.org)?.name) : officeCountry(c.roles);
    // (not a visitor's: "a session of Congress attended by visiting West German President Richard von Weizsaecker")
    if (country && !VISITING_BEFORE.test(doc.text.slice(Math.max(0, c.start - 10), c.start))) officials.add(country);
  }
  const taken = officesTaken(candidates);
  // (a President the story names with a country, or one of a country's own styles: "President Reagan")
  // (a word that opens a fact's text as a word of its own, on one line or wrapped: "President\nReagan", "president\nsaid")
  const opensWith = (c: Reported<'person'>, word: string) => doc.text.startsWith(word, c.start) && /\s/.test(doc.text.charAt(c.start + word.length));
  const headsOfState = candidates.some((c) => c.roles.includes('president') && c.title === 'President' && (!c.org || isCountryName(c.org)) && opensWith(c, 'President'));
  const bySpan = new Map<string, Reported<'person'>>();
  let story: string | undefined;
  let referredBack: Map<string, string> | undefined;
  let likely: string | undefined;
  // the country a sentence gives a person's post serves for the post's every statement: "Dong, prime minister for 32
  // years" in a story that also names France serves the country "Vietnam's parliament sacked Prime Minister Pham Van
  // Dong" gave him
  const postKey = (c: Reported<'person'>) => `${c.name}\u0000${c.roles.join('|')}`;
  const statedCountry = new Map<string, string | undefined>();
  const countryOfPost = (post: string) => {
    if (!statedCountry.has(post)) {
      const stated = candidates.filter((c) => !c.org && postKey(c) === post).sort((a, b) => a.start - b.start);
      statedCountry.set(post, stated.map((c) => countryInSentence(doc, entities, c.start, c.roles, taken(c.name, c.roles))).find(Boolean));
    }
    return statedCountry.get(post);
  };
  /** The company of another person's post listed right before `c` ("Chairman David Page and"), if a company's. */
  const listedAfterCompanyPost = (c: Reported<'person'>): string | undefined => {
    // (not two sides met: "talks between Nippo Steel Chairman Yuta Takeba and President Ron Reagen")
    const d = candidates.find((d) => d !== c && d.end <= c.start && d.end >= c.start - 6 && /^\s*(?:,|and|, and)\s*$/.test(doc.text.slice(d.end, c.start)) && !/\b(?:between|with)\s+$/.test(doc.text.slice(Math.max(0, d.start - 10), d.start)));
    // (its organization as settled already: a post read by the same rule earlier in the text comes first)
    const org = d?.org;
    return org && !isCountryName(org) && !PARTY_WORDS.has(org) && isCompanyRole(d.roles, d.title) && !isNationalRole(d.roles) ? org : undefined;
  };
  for (const c of candidates) {
    c.org = ownOrg.get(c) ?? firstOrg.get(`${c.name}\u0000${c.roles.join('|')}`)?.org ?? null;
    // "executive vice president Richard Peterson of Acme has been named president": one employer
    // (a party only for a party's or a legislature's post: "appointed former Senate Republican leader Howard Baker as
    // his new chief of staff" gives no party the staff's post)
    // (not a past post's employer to a present post: "Harry Benz, former president of American Hoechst, has been named
    // executive vice president" of the company that named him; a country or a party stays theirs)
    const lent = anyOrgOf.get(c.name);
    // ... nor a present post's to one described as former ("Oliver Grant, a former banker, will become chief executive
    // of Norden"; a post left, "who resigned as chairman", is most often at the company the story is about)
    const otherTime = !!lent && (lent.former ? !isPastPost(c, doc) : describedFormer(c, doc)) && !isCountryName(lent.org) && !PARTY_WORDS.has(lent.org);
    // ... nor another body's to a company's post in the story of a company ("Chief executive Franklin Raines" of Fannie Mae
    // is no officer of the Office of Management and Budget he once headed)
    const elsewhere = !!lent && isCompanyRole(c.roles, c.title) && lent.org !== (story ??= storyCompany(doc, entities) ?? '') && story !== '';
    // ... nor a company's to a government's post ("legislator David Li, who is also managing director of the Bank of East Asia")
    const publicPost = !!lent && lent.company && isLegislator(c.roles);
    if (!c.org && lent && !otherTime && !elsewhere && !publicPost && (!PARTY_WORDS.has(lent.org) || c.roles.every((r) => PARTY_POST.test(r)))) {
      c.org = lent.org;
      c.confidence -= 0.1;
    }
    // "Sen. John McCain, an Arizona Republican": a legislator's party, where the story states it
    // (over the state a senator is "of", or a committee his other post belongs to: "Senator Lloyd Bentsen, chairman of
    // the Finance Committee ... Bentsen, a Texas Democrat")
    // ("House Speaker Jim Wright, a Texas Democrat": a chamber's, the party's where stated, the chamber then in the title)
    if (isLegislator(c.roles) || isChamberSpeaker(c.roles, c.org)) {
      const party = statedParty(doc.text, c.name) ?? (referredBack ??= partiesReferredBack(doc.text, legislatorNames(candidates))).get(c.name);
      const chamber = party && c.org && CHAMBERS.has(c.org) && c.title ? titleWithChamber(doc.text.slice(c.start, c.end), c.title, c.org) : undefined;
      if (chamber) [c.title, c.roles] = [chamber.title, chamber.roles];
      c.org = party ?? c.org;
    }
    // "Shadow home secretary David Davis": an opposition's post is its party's, the one the story names nearest, and
    // never a country's
    const shadow = isShadowPost(c.roles);
    if (shadow && (!c.org || isCountryName(c.org))) c.org = partyNamedNear(doc, c.start, (at) => candidates.some((d) => d.name !== c.name && d.start <= at && at < d.end)) ?? null;
    // "union spokesman Wendy Cuthbertson", "union president Bob White": a union's officer, not the company's it bargains
    // with, nor a country's president
    const unionOfficer = isUnionOfficer(c, doc);
    // ("Tom Mulligan, president of the co-op": a post the text gives a body it does not name is no country's)
    const ownedUnnamed = OWNED_UNNAMED.test(doc.text.slice(c.end, c.end + 40));
    // ... nor, where the body goes unnamed, a company's: "Beryl Sprinkel, chairman of the council of economic advisers"
    // ("Frederick Goodwin, the institute's scientific director": nor where the post's owner is such a body)
    const ownedBody = OWNED_BODY.test(doc.text.slice(c.end, c.end + 60)) || BODY_OWNER.test(doc.text.slice(c.start, c.end));
    // ("Merrill Lynch said ... president Daniel Tully": a president in lower case in a company's story is the company's)
    // (before the name: "Yushchenko became president" is a country's)
    // (a company by its legal form: "Coffee Marketing Board" in a Ugandan story is the state's, and so is its president)
    // (or one its own sentence names: "<Royal Trustco Ltd> ... is pursuing a bold expansion, president Michael
    // Cornelissen said" in a story that mostly writes "Royal Trust")
    // ("chairman and president Jack Reichert said": the president among other posts in lower case too)
    // ... and so is a bare "secretary" in the story of a company by its legal form ("Insituform also said ... secretary
    // Scott Saltpeter has resigned"; not "Hong Kong monetary affairs secretary David Nendick told the ... Bank")
    const lowerTitle = !!c.title && c.title === c.title.toLowerCase() && opensWith(c, c.title);
    const lowerPresident = lowerTitle && c.roles.includes('president');
    const companyByForm = () => endsInLegalForm(story ??= storyCompany(doc, entities) ?? '');
    const leadByForm = () => endsInLegalForm(likely ??= likelyCompany(doc, entities) ?? '');
    const companyPresident = (lowerPresident && (companyByForm() || companyInSentence(doc, entities, c.start))) || (lowerTitle && c.title === 'secretary' && (companyByForm() || leadByForm()));
    // ("said Dean Kleckner, president.": a bare president after the name, in lower case and closing the sentence,
    // is the story's organization's, as no head of state is written so)
    const bareAppositivePresident = c.rule === 'person/apposition' && c.title === 'president' && /^[.,]/.test(doc.text.slice(c.end, c.end + 1));
    // ("assuming the role of president", "relinquished the title of president": how a firm words an officer's post;
    // a head of state takes office or the presidency)
    const firmsWording = c.title === 'president' && FIRMS_PRESIDENCY_WORDING.test(doc.text.slice(c.start, c.end));
    // ("group president", "board chairman": a post the title itself gives a body is no country's; "bank president Barber
    // Conable" too, where a central bank's is)
    const firstWord = c.title?.split(' ')[0]?.toLowerCase() ?? '';
    // ... nor one a body's word in lower case opens outside the title ("exchange president Nicholas Giordano", after the
    // Philadelphia Stock Exchange in a story that names Hong Kong)
    const wordBefore = WORD_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 24), c.start))?.[1] ?? '';
    // (not a word that ends what went before: "told a press conference Prime Minister Yasuhiro Nakasone")
    const bodysPost = NON_STATE_BODIES.has(firstWord) || firstWord === 'bank' || BODIES_BEFORE_POST.has(wordBefore);
    // ("including Chairman David Page and President Lon Makanoff": a President listed after another's post at a company is
    // the company's)
    if (!c.org && c.roles.length === 1 && c.roles[0] === 'president') c.org = listedAfterCompanyPost(c) ?? null;
    // "the country's vice president Jose Alencar": a post the text gives the country the story is about
    if (!c.org && COUNTRYS_POST.test(doc.text.slice(Math.max(0, c.start - 16), c.start))) {
      const country = storyCountry(doc, entities, c.roles);
      if (country) {
        c.org = country;
        c.confidence -= 0.15;
      }
    }
    const devolved = storyDevolvedGovernment(c, entities);
    if (devolved) {
      c.org = devolved;
      c.confidence -= 0.15;
    }
    // ("DEAN FOODS <DF> SEES STRONG 4TH QTR EARNINGS ... President Howard Dean said": in the wire's story of a listed
    // company, a President styled before a full name is the company's; a head of state goes by surname, "President Reagan")
    const tickerStory = TICKER_IN_HEADLINE.test(doc.title ?? '');
    const listedCompanysPresident = tickerStory && c.title === 'President' && c.rule === 'person/title-before' && c.name.includes(' ');
    if (!c.org && !shadow && !unionOfficer && !ownedUnnamed && !companyPresident && !listedCompanysPresident && !bareAppositivePresident && !firmsWording && !bodysPost && (isNationalRole(c.roles) || STYLED_TREASURER.test(c.title ?? '') || (STYLED_VICE_PRESIDENT.test(c.title ?? '') && headsOfState))) {
      const others = taken(c.name, c.roles);
      const country = countryInSentence(doc, entities, c.start, c.roles, others) ?? countryOfPost(postKey(c)) ?? framedCountry(doc, entities, c.start, c.roles) ?? storyCountry(doc, entities, c.roles, officials, others);
      if (country) {
        c.org = countrysOwnName(doc, country);
        c.confidence -= 0.15;
      }
    }
    // "Cyclops executives -- Chairman W.H. Knoell, President James F. Will": a President no country claims, named in
    // full in a sentence that names the company the story is about, is the company's (not "President Corazon Aquino
    // established an arbitration panel" in a story about San Miguel Corp)
    if (!c.org && !unionOfficer && c.roles.length === 1 && c.roles[0] === 'president' && c.name.includes(' ')) {
      const company = (story ??= storyCompany(doc, entities) ?? '');
      if (company && endsInLegalForm(company) && namedNear(doc, entities, company, c.start)) {
        c.org = company;
        c.confidence -= 0.15;
      } else if (SPEAKS_AFTER.test(doc.text.slice(c.end, c.end + 12)) && (listedCompanysPresident || !storyCountry(doc, entities, c.roles))) {
        // ... or one who speaks for it in a story that names no country at all, about the company its lead opens on
        // ("Minntech Corp said it expects a loss ... President Louis Cosentino told analysts")
        const lead = (likely ??= likelyCompany(doc, entities) ?? '');
        if (lead) {
          c.org = lead;
          c.confidence -= 0.25;
        }
      }
    }
    if (!c.org && unionOfficer) {
      const union = bodyNamed(entities, c.start, UNION_NAME);
      if (union) {
        c.org = union;
        c.confidence -= 0.15;
      }
    }
    // "Agriculture Commissioner Frans Andriessen" in a story that names the EC Commission: the commission's member
    // ... and "committee chairman Fernand St. Germain" the committee's ("House Banking Committee")
    const body = /^(?:sub)?committee\s/i.test(c.title ?? '') ? COMMITTEE_NAME : c.roles.length > 0 && c.roles.every((r) => /commissioner$/.test(r)) ? COMMISSION_NAME : undefined;
    const bodyName = !c.org && body ? bodyNamed(entities, c.start, body) : undefined;
    if (bodyName) {
      // (a committee only where the last one the story wrote before the post is the one named: "House Energy and
      // Commerce subcommittee" in lower case after a named "House Foreign Affairs Subcommittee" is another; "the
      // committee", "committee staff" point back at it)
      const lastWritten = body === COMMITTEE_NAME ? lastCommitteeNamedBefore(doc.text, c.start) : -1;
      const namedLast = lastWritten < 0 || entities.mentions.some((m) => m.name === bodyName && m.start <= lastWritten && lastWritten < m.end);
      if (namedLast && !(body === COMMITTEE_NAME && fieldBeforeTitle(doc, c.start))) {
        c.org = bodyName;
        c.confidence -= 0.15;
      }
    }
    // "Chamber head Noboru Gotoh": the body the story named in full
    bodyByGenericWord(c, entities);
    // "A report by the Commons work and pensions committee called ... Chairman Sir Archy Kirkwood said": a chairman the
    // story names right after a committee, with no other organization between, chairs it
    // (not one whose title names its own committee: "Public accounts committee chairman")
    const chairsOnly = c.roles.length > 0 && c.roles.every((r) => CHAIRS.test(r));
    if (!c.org && !body && chairsOnly) {
      const committee = committeeJustNamed(doc, entities, c.start);
      if (committee) {
        c.org = committee;
        c.confidence -= 0.15;
      }
    }
    // a post only one body of the story can have: a governor's central bank, a secretary-general's U.N., a chief of
    // staff's White House, a state governor's state, a mayor's city, a judge's court
    const onlyBody = storyCentralBank(c, entities) ?? storySecretariat(c, entities) ?? storyStaffSeat(c, entities) ?? storyState(c, entities) ?? cityOfOffice(c, doc, entities) ?? storyCourt(c, entities);
    if (onlyBody) {
      c.org = onlyBody;
      c.confidence -= 0.15;
    }
    // (a committee's post in a story that names a chamber's committees is no company's either: "Public accounts
    // committee chairman Edward Leigh"; a firm's committee is, "the Exchange's ... options committee chairman")
    const mayBeCompanys = !unionOfficer && !ownedBody && !(body === COMMITTEE_NAME && bodyName) && isCompanyRole(c.roles, c.title);
    if (!c.org && mayBeCompanys) {
      const near = nearbyCompany(doc, entities, c.start, (story ??= storyCompany(doc, entities) ?? '') || undefined);
      // (a chamber's committee named near employs no "acting director": only its chair is the committee's own post)
      if (near && !(isChamberCommittee(near) && !chairsOnly)) {
        c.org = near;
        c.confidence -= 0.15;
      }
    }
    if (!c.org && mayBeCompanys) {
      const company = (story ??= storyCompany(doc, entities) ?? '');
      if (company) {
        c.org = company;
        c.confidence -= 0.15;
      }
    }
    if (!c.org && mayBeCompanys) {
      const company = (likely ??= likelyCompany(doc, entities) ?? '');
      if (company) {
        c.org = company;
        c.confidence -= 0.25;
      }
    }
    if (!c.org && !c.roles.every((r) => OCCUPATION_ROLES.test(r))) {
      const described = describedBody(doc, c);
      if (described) {
        c.org = described;
        c.confidence -= 0.2;
      }
    }
    if (c.org) c.org = cityGovernment(doc, entities, c.org, c.roles) ?? c.org;
    if (c.org && isCountryName(c.org)) c.org = writtenCountryName(doc, entities, c.org, doc.text.slice(c.start, c.end));
    if (c.org) c.org = nameAsOf(c.org, doc.refDate);
    // ("Gurria said it would resume": a surname the story once treats as a company's is no employer of its bearer, unless
    // the sentence names it apart from the name: "Igon Chairman Jean Igon", "Saur said Klaus Saur, president")
    if (c.org && ownName(c.name, c.org) && !namedApart(doc, c.start, c.name, c.org)) c.org = null;
    // a post in a relative clause and the one after it start at the same name: their spans end apart
    const key = `${c.name}\u0000${c.start}\u0000${c.end}`;
    const seen = bySpan.get(key);
    if (!seen || c.confidence > seen.confidence) bySpan.set(key, c);
  }
  const settled = [...bySpan.values()];
  principalsCountry(settled, doc);
  return dropPostBeingLeft(dropVagueWherePost(dropOccupationWherePost(dropFormerWhereCurrent(dropRestated(settled), doc))), doc);
}

/** Bodies whose word in lower case opens their officer's post: "exchange president", "union president". */
const BODIES_BEFORE_POST = new Set(['exchange', 'union', 'association', 'federation']);
/** The word in lower case right before a fact's text. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;

/** Posts that serve a person, named by that person's possessive: "Chirac's spokesman", "Reagan's national security adviser". */
const SERVING_POST = /(?:^|\s)(?:spokes(?:man|woman)|press secretary|aide|advis[eo]r|chief of staff)$/;
/** A legislator's staff are the member's, not the government's ("Senator Leahy's spokeswoman"). */
const LEGISLATOR = /(?:^|\s)(?:senator|congress(?:man|woman)|representative|member of)\b/;
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}'’-]+)['’]s?\s+$/u;
const POSSESSOR_IN_APPOSITION = /^[^,]+,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}(\p{Lu}[\p{L}'’-]+)['’]s?\s/u;

/**
 * "prime minister Jacques Chirac's spokesman Denis Baudouin", "President Reagan's National Security Adviser Frank
 * Carlucci": a post that serves a head of government or a minister is that government's, the country the story gives
 * the principal, whatever the story's other countries and bodies. (A chief of staff keeps the White House.)
 */
function principalsCountry(facts: Reported<'person'>[], doc: Doc): void {
  for (const c of facts) {
    // (a chief of staff keeps the seat of government the text gives: "Reagan's chief of staff, Donald Regan" of the White House)
    if (!c.roles.length || !c.roles.every((r) => SERVING_POST.test(r)) || (c.org && seatCountry(c.org))) continue;
    // (or after the name: "Donald Regan, President Reagan's former chief of staff")
    const possessor = POSSESSOR_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 40), c.start))?.[1] ?? (c.rule === 'person/apposition' ? POSSESSOR_IN_APPOSITION.exec(doc.text.slice(c.start, c.end))?.[1] : undefined);
    if (!possessor) continue;
    const principal = facts.find((d) => d !== c && sameSurname(d.name, possessor) && d.org && isCountryName(d.org) && isNationalRole(d.roles) && !d.roles.some((r) => LEGISLATOR.test(r)));
    if (principal) c.org = principal.org;
  }
}

/** Whether the sentence at `start` names `org` outside the person's `name`. */
function namedApart(doc: Doc, start: number, name: string, org: string): boolean {
  const s = doc.sentences[sentenceAt(doc, start)]!;
  return doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').split(name).some((part) => occurrences(part, org) > 0);
}

/** Whether `org` is the person's own name or surname: "Angel Gurria" is not Gurria's director. */
const ownName = (name: string, org: string) => org === name || (!org.includes(' ') && name.endsWith(' ' + org));

/** Whether the sentence at `start` names a company by its legal form, or a bank ("The Swiss National Bank will ..., president Pierre Languetin told"). */
function companyInSentence(doc: Doc, entities: Entities, start: number): boolean {
  let sentences = legalFormSentences.get(entities);
  if (!sentences) {
    const companyLike = (last: string) => isLegalSuffix(last) || last === 'Bank';
    sentences = new Set(entities.mentions.filter((m) => m.type === 'org' && companyLike(m.name.split(' ').pop()!)).map((m) => m.sentence));
    legalFormSentences.set(entities, sentences);
  }
  return sentences.has(sentenceAt(doc, start));
}
/** The sentences of a document that name a company by its legal form or a bank, found once per document. */
const legalFormSentences = new WeakMap<Entities, Set<number>>();

/** Whether the sentence at `start` names `company` (or points back to it). */
function namedNear(doc: Doc, entities: Entities, company: string, start: number): boolean {
  const sentence = sentenceAt(doc, start);
  return entities.mentions.some((m) => m.name === company && m.sentence === sentence) || entities.references.some((r) => r.names.includes(company) && r.sentence === sentence);
}

/** A company's name that ends in its legal form: "Dean Foods Co". */
const endsInLegalForm = (name: string) => isLegalSuffix(name.split(' ').pop() ?? '');
/** A verb of saying right after a name: "President Louis Cosentino told analysts". */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added)\b/;
/** The wire's stock code in a headline: "DEAN FOODS <DF> SEES ...". */
const TICKER_IN_HEADLINE = /<[A-Z][A-Z.]*>/;
/** "Treasurer Paul Keating": a finance minister's style, capitalized, where a company's treasurer is in lower case. */
const STYLED_TREASURER = /^(?:(?:Federal|Deputy|Shadow|former) )?Treasurer$/;
/** "Vice President George Bush": a head of state's deputy, styled before the name, where the story names a head of state. */
const STYLED_VICE_PRESIDENT = /^Vice[- ]President$/;
/** A visitor's post: "visiting West German President ...". */
const VISITING_BEFORE = /\bvisiting\s+$/i;
const OWNED_UNNAMED = /^\s*(?:of|at)\s+(?:the|its|their|a|an)\s+\p{Ll}/u;
const OWNED_BODY = /^\s*of\s+the\s+(?:[a-z-]+\s+){0,3}?(?:council|committee|subcommittee|commission|association|federation|union|institute|agency|bureau)\b(?!\s+(?:[a-z-]+\s+)?\p{Lu})/u;
/** "the institute's", "the gallery's": a post owned by a body that is no company, named or not. */
const BODY_OWNER = new RegExp(`\\bthe\\s+(?:${[...OWNER_BODY_NOUNS, ...BODY_WORDS].filter((w) => !ORG_DESCRIPTOR_NOUNS.has(w)).join('|')})['’]s?\\s`, 'i');
const UNION_BEFORE = /\bunion\s+$/i;
// ("union president Bob White": the word may open the fact's own text)
const isUnionOfficer = (c: Reported<'person'>, doc: Doc) => /\bunion\b/i.test(c.title ?? '') || UNION_BEFORE.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) || /^union\s/i.test(doc.text.slice(c.start, c.end));
/** A commission's name ("European Commission", "EC Commission"). */
const COMMISSION_NAME = /\S\s+Commission$/;
/** A committee's name ("House Banking Committee", "Senate Agriculture subcommittee"). */
const COMMITTEE_NAME = /\S\s+(?:[Ss]ub)?[Cc]ommittee$/;
const FIELD_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Whether a word before a post's own "committee" says which committee it is ("Public accounts committee chairman"), as a party's does not ("Democratic committee chairman"). */
function fieldBeforeTitle(doc: Doc, start: number): boolean {
  const k = tokenAt(doc, start) - 1;
  const before = doc.tokens[k];
  return !!before && before.sentence === doc.tokens[k + 1]?.sentence && FIELD_POS.has(before.pos) && !PARTY_WORDS.has(before.text);
}
/** Words that end a trade union's name. */
const UNION_NAME = /\b(?:Union|Workers|Brotherhood|Teamsters|Federation of Labor|Congress)\b/;

/** A committee's word after a word that says which one it is ("Agriculture Committee", "home affairs committee"), not after one that points back ("the committee"). */
const FIELD_THEN_COMMITTEE = /\b(?!(?:the|a|an|its|this|that|his|her|their|of|by|to|and|or|said|says)\s)[A-Za-z]+\s+((?:sub)?committee)\b/gi;

/** Where the story last names a committee by its field before `end` (the committee's word), or -1. */
function lastCommitteeNamedBefore(text: string, end: number): number {
  let last = -1;
  for (const m of text.slice(0, end).matchAll(FIELD_THEN_COMMITTEE)) last = m.index! + m[0].length - m[1]!.length;
  return last;
}

/** "Senate Judiciary Committee", "House Agriculture Subcommittee": a legislative chamber's committee. */
const isChamberCommittee = (name: string) => CHAMBERS.has(name.slice(0, name.indexOf(' '))) && COMMITTEE_NAME.test(name);

/** A committee's own posts. */
const CHAIRS = /^(?:vice |deputy )?chairman$/;

/** The committee named last before `start`, in its sentence or the one before, with no other organization named after it. */
function committeeJustNamed(doc: Doc, entities: Entities, start: number): string | undefined {
  let last: Entities['mentions'][number] | undefined;
  for (const m of entities.mentions) {
    if (m.start >= start) break;
    if (m.type === 'org') last = m;
  }
  return last && COMMITTEE_NAME.test(last.name) && last.sentence >= sentenceAt(doc, start) - 1 ? last.name : undefined;
}

const OWNER = /(?:^|\s)(?:owner|shareholder|stockholder|investor)$/;

/** "the country's", "the nation's" right before a post. */
const COUNTRYS_POST = /\bthe (?:country|nation)['’]s\s+$/i;
/** "former Google DeepMind researcher Arthur Mensch": a post the text says is past, in the title or right before it. */
const FORMER = /^(?:former|ex-|onetime|one-time|erstwhile)\b/i;
const FORMER_BEFORE = /\b(?:former|ex-|onetime|one-time|erstwhile)\s*$/i;
/** "X, who ran Y", "X stepped down as chief executive": a post left, read from the fact's own words. */
// the verb governs the post at the fact's end: no comma closes its clause before it
const LEFT_POST = /(?:\bwho\s+(?:ran|headed|led|chaired)|\b(?:stepped\s+down|resigned|retired|quit|ousted|fired|sacked|dismissed|removed)\s+(?:as|from))\b[^,]*$/i;
/** "named J. Landis Martin as president, succeeding Harold Simmons": the post the one succeeded leaves, read from the fact's own words. */
const SUCCEEDED = /,\s+(?:succeeding|replacing)\s+[^,]*$/i;
/** A post the words "former", "ex-" call past, in the title or right before it. */
const describedFormer = (f: Reported<'person'>, doc: Doc) => FORMER.test(f.title ?? '') || FORMER_BEFORE.test(doc.text.slice(Math.max(0, f.start - 12), f.start));
const isFormer = (f: Reported<'person'>, doc: Doc) => {
  const text = doc.text.slice(f.start, f.end);
  return describedFormer(f, doc) || LEFT_POST.test(text) || (SUCCEEDED.test(text) && text.endsWith(f.name));
};

/** A post held before, as written or as its roles say ("formerly president of American Hoechst"). */
const isPastPost = (f: Reported<'person'>, doc: Doc) => isFormer(f, doc) || (f.roles.length > 0 && f.roles.every((r) => r.startsWith('former ')));

/**
 * A past post of someone whose present post the story also states is
 * background to the story: the present one is the fact about them ("Arthur
 * Mensch, Mistral's chief executive", not "former Google DeepMind researcher").
 * Where the story gives only a past post, that stays.
 */
function dropFormerWhereCurrent(facts: Reported<'person'>[], doc: Doc): Reported<'person'>[] {
  const former = new Set(facts.filter((f) => isFormer(f, doc)));
  if (!former.size) return facts;
  const current = new Set(facts.filter((f) => !former.has(f)).flatMap((f) => f.roles.map((r) => `${f.name}\u0000${f.org}\u0000${r}`)));
  const restated = (f: Reported<'person'>) => f.roles.some((r) => current.has(`${f.name}\u0000${f.org}\u0000${r.replace(/^former /, '')}`));
  return facts.filter((f) => !former.has(f) || !restated(f));
}

/** "US blogger Curt Hopkins ... Curt Hopkins, director of the Committee": beside a post, what the person does is background. */
function dropOccupationWherePost(facts: Reported<'person'>[]): Reported<'person'>[] {
  const isOccupation = (f: Reported<'person'>) => f.roles.length > 0 && f.roles.every((r) => OCCUPATION_ROLES.test(r));
  const withPost = new Set(facts.filter((f) => !isOccupation(f) && f.roles.length > 0).map((f) => f.name));
  return withPost.size ? facts.filter((f) => !isOccupation(f) || !withPost.has(f.name)) : facts;
}

/**
 * Words a story calls a head of something by, loosely, beside the post's own name: "Fed chief", "Qantas boss"; and a
 * paper's "journalist" beside the desk named ("political editor"). Not "executive" or "official": a story gives those
 * at one organization beside a post at another as often.
 */
const LOOSE_POSTS = new Set(['chief', 'head', 'boss', 'journalist']);
/** Military ranks: what a person is, and a style before the name. */
const MILITARY_RANKS = ['colonel', 'general', 'admiral', 'commander', 'major', 'captain', 'lieutenant', 'sergeant'];
/** Roles that say what a person is, not which post they hold at the organization. */
const NOT_POSTS = new Set(['member', 'employee', ...MILITARY_RANKS]);

/**
 * "Fed chief Alan Greenspan ... Federal Reserve chairman Alan Greenspan": a
 * loose word for the post beside its name at the same organization is the
 * same post, and the name is the fact.
 */
function dropVagueWherePost(facts: Reported<'person'>[]): Reported<'person'>[] {
  const posts = facts.filter((f) => f.org && f.roles.length > 0 && !isLoose(f) && !f.roles.some((r) => NOT_POSTS.has(r) || OCCUPATION_ROLES.test(r)));
  if (!posts.length) return facts;
  // ("CIA deputy head Robert Gates ... deputy director": the loose word keeps its rank, which the post must share)
  const sharesRank = (r: string, post: Reported<'person'>) => {
    const rank = RANKED_LOOSE.exec(r)?.[1];
    return !rank || post.roles.some((q) => q.startsWith(`${rank} `));
  };
  const namedBy = (f: Reported<'person'>) => posts.some((p) => p.name === f.name && p.org === f.org && f.roles.every((r) => sharesRank(r, p)));
  return facts.filter((f) => !isLoose(f) || !namedBy(f));
}

/** A loose word, with the rank or time it is given ("deputy head", "ex-boss"). */
const RANKED_LOOSE = /^(?:(deputy|former|acting) )?(\S+)$/;
/** "Professor Brian Collins, head of information systems at Cranfield": a style or rank before the name, beside the post ("a professor at SMU" is a post). */
const STYLE_ROLES = new Set(['professor', ...MILITARY_RANKS]);
const isLoose = (f: Reported<'person'>) =>
  f.roles.length > 0 && f.roles.every((r) => (STYLE_ROLES.has(r) && f.rule === 'person/title-before') || LOOSE_POSTS.has(RANKED_LOOSE.exec(r)?.[2] ?? ''));

const APPOINTED_BEFORE = /\b(?:named|appointed|elected|promoted|made)\s+$/i;
const STILL_TO_COME = /\b(?:next|will|would|incoming|designate|to become|to succeed)\b/i;

/** An appointment made, between an aside and the new post ("has been named"); not one to come ("will become"). */
const CHANGE_OF_POST = /\b(?:has been|have been|was|were|is) (?:named|appointed|elected|promoted)\b/i;

/**
 * "Fiona Cartwright, the group's chief financial officer, has been named
 * interim chief executive": the post in the aside is the one she leaves,
 * and the sentence's news is the new one. A post still to come ("will
 * become its chairman") leaves the present one standing.
 */
function dropPostBeingLeft(facts: Reported<'person'>[], doc: Doc): Reported<'person'>[] {
  const leaving = new Set<Reported<'person'>>();
  for (const next of facts) {
    if (next.rule !== 'person/appointment') continue;
    for (const aside of facts) {
      // a post at another organization is held beside the new one ("president of Demico Futures, was elected treasurer")
      // the aside after the name ("X, the group's CFO, has been named"), or the title before it ("treasurer X was promoted to")
      const before = aside.rule === 'person/title-before' && aside.end > next.start;
      if (aside === next || !(aside.rule === 'person/apposition' || before) || aside.name !== next.name || aside.org !== next.org || (!before && aside.start !== next.start) || aside.end >= next.end) continue;
      const change = doc.text.slice(aside.end, next.end);
      // ... and one the aside names outright is another's unless the new post names it again
      const named = !!aside.org && doc.text.slice(aside.start, aside.end).includes(aside.org) && !change.includes(aside.org);
      // "named Chief Operating Officer Nadia Farouk interim CEO": the verb stands before the post she held
      // ... unless the new post is still to come ("named chief operating officer X as its next chief executive")
      const namedFrom = before && APPOINTED_BEFORE.test(doc.text.slice(Math.max(0, aside.start - 16), aside.start)) && !STILL_TO_COME.test(change);
      // ("James Cotting, now vice chairman, was named to succeed Lennox as chairman": the post he takes is still to come)
      const succeeding = /\bto (?:succeed|replace)\b/i.test(change);
      // ("named to the added post of chief executive": the post held stays beside the new one)
      const added = /\b(?:added|additional)\s+(?:post|posts|position|positions|role|roles|title|titles)\b/i.test(change);
      if (((CHANGE_OF_POST.test(change) && !succeeding) || namedFrom) && !named && !added) leaving.add(aside);
    }
  }
  return leaving.size ? facts.filter((f) => !leaving.has(f)) : facts;
}

/**
 * "Secretary Weinberger" after "Defence Secretary Caspar Weinberger": a
 * surname alone takes the full name the document gave that person, in a
 * fact or, failing that, in a name of two or three words that ends in it
 * ("Amitai Etzioni, a key influence on ..." before "Professor Etzioni").
 */
function fullNames(candidates: Reported<'person'>[], entities: Entities): void {
  const full = new Map<string, Set<string>>();
  // (not a peer's or a royal's style: "Lord Sainsbury" and "Lord Goldsmith" are titles, not surnames)
  const addressed = (name: string) => {
    const words = name.split(' ');
    const honorific = words[0]!.toLowerCase().replace(/\.$/, '');
    return words.length === 2 && HONORIFICS.has(honorific) && !STYLES.has(honorific) ? words[1]! : undefined;
  };
  for (const c of candidates) if (!addressed(c.name)) addBySurname(full, c.name);
  let named: Map<string, Set<string>> | undefined;
  for (const c of candidates) {
    // "Prof Aynsley-Green" after "Al Aynsley-Green": an honorific and a surname are the surname
    const surname = addressed(c.name) ?? c.name;
    if (surname.includes(' ')) {
      // ("Paul Volcker" signing his letter "Paul A Volcker": the form with the middle initial is the fullest)
      named ??= namesInText(entities);
      const words = surname.split(' ');
      // (not two people a sentence lists: "Presidents George W Bush, Bill Clinton, George Bush")
      const fuller = [...(named.get(words[words.length - 1]!) ?? [])].filter((n) => withInitials(n, surname) && !namedInOneSentence(entities, n, surname));
      if (fuller.length === 1) c.name = fuller[0]!;
      continue;
    }
    let names = full.get(surname);
    if (!names) {
      named ??= namesInText(entities);
      names = named.get(surname);
    }
    if (names?.size === 1) c.name = [...names][0]!;
  }
}

/**
 * "ex-senator Howard Baker ... Treasury Secretary James Baker ... Treasury Secretary Baker": a surname two people of
 * the story share, written alone, is the one of them the text gives the same post in full. (The names resolve a
 * shared surname to the first of them, which knows nothing of posts.)
 */
function namesakeInPost(candidates: Reported<'person'>[], doc: Doc): void {
  for (const c of candidates) {
    const surname = c.name.split(' ').pop()!;
    const written = doc.text.slice(c.start, c.end).replace(/\s+/g, ' ');
    if (surname === c.name || written.includes(c.name) || !written.split(NOT_NAME_LETTERS).includes(surname)) continue;
    // (not one the sentence names in full beside it: "Ackerman, Yonover and Diane Ackerman were named directors")
    const sentence = doc.sentences[sentenceAt(doc, c.start)]!;
    const inSentence = doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
    const holders = new Set(candidates.filter((d) => d !== c && d.name !== c.name && d.name.endsWith(` ${surname}`) && doc.text.slice(d.start, d.end).replace(/\s+/g, ' ').includes(d.name) && sameRoles(d.roles, c.roles) && !inSentence.includes(d.name)).map((d) => d.name));
    if (holders.size === 1 && !candidates.some((d) => d.name === c.name && d !== c && sameRoles(d.roles, c.roles))) c.name = [...holders][0]!;
  }
}
const sameRoles = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.length === b.length && a.every((r) => b.includes(r));
const NOT_NAME_LETTERS = /[^\p{L}'’-]+/u;

/** Whether the story writes names `a` and `b` in one sentence. */
function namedInOneSentence(entities: Entities, a: string, b: string): boolean {
  const sentences = new Set(entities.mentions.filter((m) => m.name === a).map((m) => m.sentence));
  return entities.mentions.some((m) => m.name === b && sentences.has(m.sentence));
}

/** Whether `fuller` is `name` with initials between its first and last words ("Paul A Volcker", "Paul Volcker"). */
function withInitials(fuller: string, name: string): boolean {
  const long = fuller.split(' ');
  const short = name.split(' ');
  if (short.length !== 2 || long.length <= 2 || long[0] !== short[0] || long[long.length - 1] !== short[1]) return false;
  return long.slice(1, -1).every((w) => /^\p{Lu}\.?$/u.test(w));
}

/** Files a name of two words or more under its last word. */
function addBySurname(into: Map<string, Set<string>>, name: string): void {
  const words = name.split(' ');
  if (words.length < 2) return;
  const last = words[words.length - 1]!;
  (into.get(last) ?? into.set(last, new Set()).get(last)!).add(name);
}

/** A name of two or three words, with an initial at most between them: "Amitai Etzioni", "Harlan J. Rudd". */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'-]+)+$/u;

/** The names of two or three words the text gives people, or names that may be people's, by their last word. */
function namesInText(entities: Entities): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of entities.mentions) {
    if (!(m.type === 'person' || m.type === 'other') || m.possessive || !FULL_NAME.test(m.name)) continue;
    const words = m.name.split(' ');
    // (not "Tory Dominic Grieve", "Gen Musharraf" or "Crown Prince Qabus": a party's word, a rank or a style before the name)
    const first = words[0]!;
    if (words.length > 3 || PARTY_WORDS.has(first) || HONORIFICS.has(first.toLowerCase()) || isTitleWord(first.toLowerCase()) || lookupPlaceAdjective(first) || MONARCH_STYLES.has(`${first} ${words[1]}`)) continue;
    addBySurname(found, m.name);
  }
  return found;
}

/** The people the candidates make legislators, each once. */
const legislatorNames = (candidates: readonly Reported<'person'>[]) => [...new Set(candidates.filter((c) => isLegislator(c.roles)).map((c) => c.name))];

/**
 * One person's title restated less fully ("Secretary" after "Defence
 * Secretary") is the same fact: it is dropped where another fact of the same
 * person has every one of its roles, or a fuller form of each, and says more.
 */
function dropRestated(facts: Reported<'person'>[]): Reported<'person'>[] {
  // (the employer an appointee comes from is a fact of its own beside the new post: "elected Abdullah al-Dakhil of
  // Kuwait's Burgan Bank its new chairman"; elsewhere a post and an employer stated apart are one fact, "Pinecrest's
  // lawyer, David Rothfeld of Carraway & Lind")
  const comesFrom = (a: Reported<'person'>, b: Reported<'person'>) => !b.roles.length && b.rule === 'person/appointment' && !!b.org && !sameOrg(a.org, b.org);
  const covers = (a: Reported<'person'>, b: Reported<'person'>) =>
    b.roles.every((r) => a.roles.some((x) => x === r || x.startsWith(r + ' of ') || (x.endsWith(' ' + r) && !/\b(?:vice|deputy|assistant|former|acting|co|shadow)\b/.test(x.slice(0, -r.length))))) &&
    (!b.org || a.org === b.org || !a.roles.every((r) => b.roles.includes(r))) && !comesFrom(a, b);
  // ("Capel's Murtha" after "Tom Murtha, analyst at James Capel and Co": a short form is the same employer)
  const sameOrg = (x: string | null, y: string) => !!x && oneNamesOther(x, y);
  // facts that cover each other are one fact restated: the engine merges their mentions
  return facts.filter((b) => !facts.some((a) => a !== b && a.name === b.name && covers(a, b) && !covers(b, a)));
}

export const personExtractor: Extractor<'person'> = {
  kind: 'person',
  rules: [appositionRule, bareAppositionRule, titleBeforeRule, appointmentRule, nameOfOrgRule, titleThenNameRule, nameThenTitleRule, counterpartRule, pluralTitleRule, listedAppointeesRule, monarchRule, termAsRule, oneOfRule, postAfterNameRule, pastPostRule, partyMemberRule],
  documentRules: [successionRule],
  settle,
};
