// "said Greg Thayer of the Forest Service", "Sam Kadet of the law firm
// Skadden, Arps said", "Gilmore, of the Downtown Seattle Association, said",
// "James Voytko at Paine Webber believes", "Carl Emmerson, from the Institute
// for Fiscal Studies, told", "eBay's David Stern told": news ties a person to
// an employer by a preposition or a possessive alone, stating no title. The
// spec makes that a fact (a name with an organization), with no title.
import type { Rule, RuleContext } from '../rule.js';
import { descriptorAfter, isUsState, lowerCaseBody, orgAfter, personMentions, unitEndAfter, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { ATTRIBUTING_VERBS, GIVEN_NAMES, HONORIFICS, SPEECH_VERBS, STYLED_OF } from '../../lexicon/people.js';
import { EMPLOYER_DESCRIPTORS } from '../../lexicon/titles.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { TOWN_ENDING } from '../../lexicon/places.js';
import { isDictionaryWord } from '../../document/nlp.js';
import { isAcronym } from '../../entities/names.js';
import { ORG_HEAD_WORDS, PARTY_WORDS } from '../../lexicon/organizations.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';

export const nameOfOrgRule: Rule<'person'> = {
  id: 'person/name-of-org',
  kind: 'person',
  description: 'A person\'s name followed by "of" and an organization, with no title: "said Jane Roe of Acme Corp".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      // only a name known to be a person's: "Bank of England" or "Duke of Edinburgh" is one name, and an
      // unknown capitalized run before "of" is as often a body's as a person's
      // ... or a speaker's: "said Yukio Hamada of the Tokai Research Institute"
      if (m.possessive) continue;
      // "eBay's David Stern told", "the EPA's Andrew Fanara said": the organization's possessive before the name
      // (a name known to be a person's: after a possessive stand as often a film, a song or a firm's unit)
      const owner = m.type === 'person' ? possessiveOwner(ctx, m.tokenStart) : undefined;
      if (owner) {
        reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: owner, confidence: 0.65 });
        continue;
      }
      // "said Isabelle Kronawitter at Hypovereinsbank.": a quote's speaker, named after the verb of saying
      const saidBefore = speaksBefore(ctx, m.tokenStart);
      const speaker = m.type === 'person' || saidBefore;
      // "Lord Irvine of Lairg", "Mary Queen of Scots": the "of" is the style's
      const words = m.surface.toLowerCase().split(/\s+/);
      if (STYLED_OF.has(doc.tokens[m.tokenStart - 1]?.lower ?? '') || words.some((w) => STYLED_OF.has(w))) continue;
      // "Ulf Merbold, 47, of the European Space Agency": past an age
      const nameEnd = doc.tokens[m.tokenEnd]?.text === ',' && doc.tokens[m.tokenEnd + 1]?.pos === 'NUM' && doc.tokens[m.tokenEnd + 2]?.text === ',' ? m.tokenEnd + 2 : m.tokenEnd;
      // "James Blight and David Welch of Harvard University say": two names share the "of"
      const partner = nameEnd === m.tokenEnd && doc.tokens[nameEnd]?.lower === 'and' ? entities.mentionAt(nameEnd + 1) : undefined;
      // (names of unknown kind only in full: "Marks and Spencer of Britain said" is one company)
      const named = (e: typeof m) => e.type === 'person' || (e.type === 'other' && e.tokenEnd - e.tokenStart >= 2);
      const end = partner && named(partner) && named(m) && !partner.possessive && doc.tokens[partner.tokenEnd]?.lower === 'of' ? partner.tokenEnd : nameEnd;
      const aged = nameEnd !== m.tokenEnd;
      const aside = !aged && doc.tokens[end]?.text === ',';
      // "Felipe Maranhao, who covers financial technology at research firm Lumiar Insights": where the person works
      const work = aside ? workClause(ctx, end + 1) : !aged && m.type === 'person' ? workClause(ctx, end) : undefined;
      if (work) {
        reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: work, confidence: 0.65 });
        continue;
      }
      const of = aside || aged ? end + 1 : end;
      const preposition = doc.tokens[of]?.lower ?? '';
      // ... or "at" or "from" before a verb of saying ("James Voytko at Paine Webber believes ...", "David Graham from
      // the FDA's Office of Drug Safety told ..."), or set off by commas ("Carl Emmerson, from the Institute for Fiscal
      // Studies, told", "Vincent Cable, for the Liberal Democrats, called")
      const at = preposition !== 'of' && !aged && (aside ? ASIDE_PREPOSITIONS.has(preposition) : preposition === 'at' || preposition === 'from');
      if (preposition !== 'of' && !at) continue;
      // "Pat Carney of Canada said", "Gerard Guillonneau of France, speaking for consumers,": at a meeting of
      // nations, a delegate speaks for a country
      // (a name known to be a person's: "L.M. Ericsson of Sweden", "Assay Offices of Great Britain" are firms and bodies)
      const country = preposition === 'of' && !aside && !aged && m.type === 'person' ? delegatesCountry(ctx, of + 1) : undefined;
      if (country) {
        reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: country, confidence: 0.6 });
        continue;
      }
      // ("according to David Mitchell of the state energy commission": a body named in lower case, as written)
      const written = orgAfter(doc, entities, of, sentence.tokenEnd, false) ?? (preposition === 'of' ? lowerCaseBody(doc, of, sentence.tokenEnd) : undefined);
      // ... or between the speaker and the verb ("Steve Ash, from Activcard, told", "David Noone from Intervoice
      // said"), where a place is rarer
      const asideBeforeVerb = aside ? doc.tokens[of + 2]?.text === ',' && saying(doc.tokens[of + 3]?.lower ?? '') : saying(doc.tokens[of + 2]?.lower ?? '');
      const oneWord = !written && at && (saidBefore || asideBeforeVerb) ? oneWordEmployer(ctx, of + 1, asideBeforeVerb) : undefined;
      const org = atOuterBody(ctx, written ?? oneWord);
      if (!org || org.viaReference || !closes(ctx, org.tokenEnd, aside)) continue;
      // ... or one whose "of" phrase a verb of saying closes ("Kiyoshi Arakawa of Minato Securities in Tokyo said")
      // ... or a speaker named after the verb, whose phrase closes the sentence or a clause ("said Derek Broes, from
      // Microsoft.", "said Einar Bjorgo from Unosat, the UN's mapping agency")
      // (an organization's name, or one of unknown kind in two words or more: "said John Smith at Heathrow." is where he was)
      // ("said Brian Waterhouse at James Capel and Co. "With ...": the legal form's stop ends the sentence too)
      // ... and past where the speaker works from ("said David Wyss of Standard & Poor's in New York.")
      const stopped = /^[,.;!?]$/.test(doc.tokens[pastWhen(ctx, pastTown(ctx, pastOwnS(ctx, org.tokenEnd)))]?.text ?? '.') || doc.tokens[org.tokenEnd - 1]!.text.endsWith('.');
      const closesAttribution = (saidBefore && stopped && (!!oneWord || employerName(ctx, org))) || (!!oneWord && asideBeforeVerb);
      if ((!speaker || (at && !aside)) && !saysAfter(ctx, org.tokenEnd, m.type === 'person') && !closesAttribution) continue;
      if (at && entities.mentionAt(org.tokenStart)?.type === 'place') continue;
      // "Jeffrey Neuman, of Santa Monica,": set off by commas, a name of unknown kind is as often where the person lives
      // ("Peter Monkhouse, 50, of Headingley") ... unless a name of two words or more that is no place closes a quote's
      // speaker ("William Byers, of Bear Stearns, said")
      // ... or a party ("Vincent Cable, for the Liberal Democrats, called")
      // ... or a name a word for a firm describes ("Peter Fellner, of brokers James Capel, cautioned")
      // ... or after it ("Jean-Michel Lemetayer, from the FNSEA agricultural union,")
      const described = EMPLOYER_DESCRIPTORS.has(doc.tokens[org.tokenStart - 1]?.text ?? '') || describedAfter(ctx, org.tokenEnd);
      // ... or "from the" and a name of two words or more, which no town has ("Massoud Shadjareh, from the Muslim Safety Forum,")
      const fromThe = preposition === 'from' && doc.tokens[of + 1]?.lower === 'the' && org.tokenStart === of + 2 && org.tokenEnd - org.tokenStart >= 2 && entities.mentionAt(org.tokenStart)?.type !== 'place';
      if ((aside || aged) && entities.mentionAt(org.tokenStart)?.type !== 'org' && !(aside && (firmOfSpeaker(ctx, org) || described || fromThe || PARTY_WORDS.has(org.name) || closesAttribution))) continue;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org, confidence: 0.7 });
    }
  },
};

/**
 * "from the Transport Studies Group at Loughborough University", "of the Centre for Transport and Society at the
 * University of the West of England": a unit inside an organization named after "at" works for it; the
 * organization is the employer.
 */
function atOuterBody(ctx: RuleContext, unit: OrgRef | undefined): OrgRef | undefined {
  if (!unit || unit.viaReference || ctx.doc.tokens[unit.tokenEnd]?.lower !== 'at') return unit;
  const outer = orgAfter(ctx.doc, ctx.entities, unit.tokenEnd, ctx.sentence.tokenEnd, false);
  return outer && !outer.viaReference && ctx.entities.mentionAt(outer.tokenStart)?.type === 'org' ? outer : unit;
}

/** Words after a delegate's country that show they speak for it: "of France said", "of France, speaking for consumers". */
const SPEAKING_FOR = new Set(['speaking', 'who']);

/** A country named at `k` (past "the") whose delegate speaks next: the country as written. */
function delegatesCountry(ctx: RuleContext, k: number): OrgRef | undefined {
  const { doc, entities } = ctx;
  const at = doc.tokens[k]?.lower === 'the' ? k + 1 : k;
  const place = entities.mentionAt(at);
  if (place?.type !== 'place' || lookupPlace(place.surface)?.kind !== 'country') return undefined;
  const next = doc.tokens[place.tokenEnd]?.lower ?? '';
  const speaks = saying(next) || (next === ',' && SPEAKING_FOR.has(doc.tokens[place.tokenEnd + 1]?.lower ?? ''));
  return speaks ? { name: place.name, tokenStart: place.tokenStart, tokenEnd: place.tokenEnd, viaReference: false } : undefined;
}

/** Words after a name's own "'s" that show it owns nothing: "of Standard & Poor's in New York.", "at McDonald's said". */
const AFTER_OWN_S = new Set(['in', 'at', 'on', ',', '.', ';', ')', 'said', 'says', 'told']);

/** Past the "'s" a firm's name ends in (at `end`), where nothing it owns follows; else `end`. */
function pastOwnS(ctx: RuleContext, end: number): number {
  const { doc } = ctx;
  return /^['’]s$/.test(doc.tokens[end]?.text ?? '') && AFTER_OWN_S.has(doc.tokens[end + 1]?.lower ?? '') ? end + 1 : end;
}

/** The organization whose possessive stands right before the name at `start` (not a person's or a place's). */
function possessiveOwner(ctx: RuleContext, start: number): OrgRef | undefined {
  const { doc, entities } = ctx;
  if (!/^['’]s?$/.test(doc.tokens[start - 1]?.text ?? '')) return undefined;
  const m = entities.mentionEndingAt(start - 2);
  if (!m || !m.possessive || !(m.type === 'org' || (m.type === 'other' && !GIVEN_NAMES.has(m.name.split(' ')[0]!.toLowerCase())))) return undefined;
  // (a name of unknown kind only where the story does not give it to a person: "Blair's John Prescott")
  if (m.type === 'other' && (entities.typeOf(m.surface) === 'person' || surnameInText(entities, m.surface))) return undefined;
  // (nor a show's character an actor plays: "who played Brookside's Marie Jackson")
  if (PLAYS.has(doc.tokens[m.tokenStart - 1]?.lower ?? '')) return undefined;
  // ... and in more words only with an organization's word in it ("Deutsche Bank's", not "American Beauty's" or "Derby North's"),
  // or initials opening it ("ABN Amro's Eddie Wong"), or partners' names joined ("Ernst and Young's Sanjay Mehta")
  // (the partners only for a quote's speaker: "Romeo and Juliet's" is a play's)
  const partners = PARTNERS.test(m.name) && (saying(doc.tokens[m.tokenStart - 1]?.lower ?? '') || saying(doc.tokens[entities.mentionAt(start)?.tokenEnd ?? start]?.lower ?? ''));
  if (m.type === 'other' && m.tokenEnd - m.tokenStart > 1 && !hasOrganizationWord(m) && !isAcronym(m.name.split(' ')[0]!) && !partners) return undefined;
  return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
}

const PARTNERS = /^\p{Lu}\p{L}+ (?:and|&) \p{Lu}\p{L}+$/u;
/** Verbs of acting a part, before a show's possessive and its character. */
const PLAYS = new Set(['play', 'plays', 'played', 'playing', 'portray', 'portrays', 'portrayed', 'portraying']);

/** Whether `word` is the last word of a person's name the text gives. */
function surnameInText(entities: RuleContext['entities'], word: string): boolean {
  return entities.mentions.some((p) => p.type === 'person' && p.name.endsWith(' ' + word));
}

/** Prepositions of an employer set off after a name. */
const ASIDE_PREPOSITIONS = new Set(['at', 'from', 'for']);

/** A name of unknown kind, two words or more and no place, set off after a speaker's name and before the verb of saying. */
function firmOfSpeaker(ctx: RuleContext, org: OrgRef): boolean {
  const m = ctx.entities.mentionAt(org.tokenStart);
  return !!m && m.type === 'other' && m.tokenEnd - m.tokenStart >= 2 && !lookupPlace(m.surface) && ctx.doc.tokens[org.tokenEnd]?.text === ',' && saying(ctx.doc.tokens[org.tokenEnd + 1]?.lower ?? '');
}

/** Verbs that say someone is employed, right after their name: "David Mikosz works for the IFES". */
const EMPLOYED_VERBS = new Set(['works', 'writes']);

/** Verbs that say what someone does at their employer, in "X, who covers banks at Acme". */
const WORK_VERBS = new Set(['covers', 'follows', 'studies', 'teaches', 'works', 'tracks', 'researches', 'analyses', 'analyzes', 'writes']);

/** The employer of "who covers financial technology at Lumiar Insights" opening at `k`, named outright. */
function workClause(ctx: RuleContext, k: number): OrgRef | undefined {
  const { doc, entities, sentence } = ctx;
  // (or the verb right after the name: "David Mikosz works for the IFES")
  // (there only work itself: "John Smith studies at Harvard" is a student)
  const verb = doc.tokens[k]?.lower === 'who' ? k + 1 : k;
  if (!WORK_VERBS.has(doc.tokens[verb]?.lower ?? '') || (verb === k && !EMPLOYED_VERBS.has(doc.tokens[k]!.lower))) return undefined;
  let n = verb + 1;
  // ... past what is covered, in words or by name ("who covers Henley for DLJ Securities")
  while (n < sentence.tokenEnd && n < k + 8 && !['at', 'for', 'with'].includes(doc.tokens[n]!.lower)) {
    const named = entities.mentionAt(n);
    if (named && named.tokenStart === n) n = named.tokenEnd;
    else if (/^[a-z][a-z-]*$/.test(doc.tokens[n]!.text)) n++;
    else break;
  }
  const org = ['at', 'for', 'with'].includes(doc.tokens[n]?.lower ?? '') ? orgAfter(doc, entities, n, sentence.tokenEnd, false) : undefined;
  // (or a name of unknown kind with an organization's word in it: "for Bank Julius Baer")
  const named = org && !org.viaReference ? entities.mentionAt(org.tokenStart) : undefined;
  // ... or a body's initials after "the" ("works for the IFES")
  const initials = named?.type === 'other' && isAcronym(named.name) && doc.tokens[named.tokenStart - 1]?.lower === 'the';
  return named && (named.type === 'org' || (named.type === 'other' && hasOrganizationWord(named)) || initials) ? org : undefined;
}

/** A name with an organization's word in it ("Bank Julius Baer", "Deutsche Bank"). */
const hasOrganizationWord = (m: { name: string }) => m.name.split(' ').some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()));

/**
 * "said Seth Heine from RIPMobile.": a quote's speaker "from" or "at" a name of one word that closes the
 * attribution is from the company, where the name is written as only a company's is (capitals inside it, or a
 * digit), is no word of the dictionary and not spelled as a town, or is set off before the verb of saying: a
 * speaker "from Brighton" lives there, and towns are more than our gazetteer knows.
 */
function oneWordEmployer(ctx: RuleContext, k: number, beforeVerb: boolean): OrgRef | undefined {
  const m = ctx.entities.mentionAt(k);
  // ("said Derek Broes, from Microsoft.", not "from Home" or "from Brightling")
  const firmLike = (word: string) => COMPANY_SPELLING.test(word) || (!isDictionaryWord(word.toLowerCase()) && !GIVEN_NAMES.has(word.toLowerCase()) && !lookupPlaceAdjective(word) && !TOWN_ENDING.test(word));
  if (!m || m.tokenStart !== k || m.tokenEnd !== k + 1 || m.type !== 'other' || m.possessive || lookupPlace(m.surface) || !(beforeVerb || firmLike(m.surface))) return undefined;
  const next = ctx.doc.tokens[m.tokenEnd];
  const closed = /^[,.]$/.test(next?.text ?? '') || (beforeVerb && saying(next?.lower ?? ''));
  return closed ? { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false } : undefined;
}

const COMPANY_SPELLING = /^\p{L}+\p{Lu}|\d/u;

/** A name at `org` known to be an organization's, or of unknown kind in two words or more and no place. */
function employerName(ctx: RuleContext, org: OrgRef): boolean {
  const m = ctx.entities.mentionAt(org.tokenStart);
  return !!m && (m.type === 'org' || (m.type === 'other' && m.tokenEnd - m.tokenStart >= 2 && !lookupPlace(m.surface)));
}

/** A verb of saying, or "according to", right before the name at `start`. */
function speaksBefore(ctx: RuleContext, start: number): boolean {
  // (past an honorific: "said Dr David Gillingwater from the Transport Studies Group")
  const styled = HONORIFICS.has(ctx.doc.tokens[start - 1]?.lower ?? '') ? start - 1 : start;
  const before = ctx.doc.tokens[styled - 1]?.lower ?? '';
  return SPEECH_VERBS.has(before) || ATTRIBUTING_VERBS.has(before) || (before === 'to' && ctx.doc.tokens[styled - 2]?.lower === 'according');
}

/** Past "in" and a place named at `k` ("in Tokyo"), or `k` itself. */
function pastTown(ctx: RuleContext, k: number): number {
  const place = ctx.doc.tokens[k]?.lower === 'in' ? ctx.entities.mentionAt(k + 1) : undefined;
  return place?.type === 'place' ? place.tokenEnd : k;
}

/** A verb of saying at `k`, past a place ("in Tokyo"). */
function saysAfter(ctx: RuleContext, k: number, person = false): boolean {
  const { doc } = ctx;
  // (past the wire's bracket closing a company's name: "Owen Evans of Sydney broker <Meares and Philips Ltd> said")
  if (doc.tokens[k]?.text === '>') k++;
  k = pastWhen(ctx, pastTown(ctx, k));
  // ... or past a comma the writer put before the verb ("Kirsten Pfeifer from the Consumer Electronics Association, told")
  // (only after a name known to be a person's: "Steve Chang, Professor of Food Science at Rutgers University, said")
  if (person && doc.tokens[k]?.text === ',' && saying(doc.tokens[k + 1]?.lower ?? '')) k++;
  // ... or past what the employer is ("of the Consumer Federation, which represents 200 groups, said")
  if (doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.lower === 'which') {
    let e = k + 2;
    while (e < ctx.sentence.tokenEnd && e < k + 16 && doc.tokens[e]!.text !== ',') e++;
    if (doc.tokens[e]?.text === ',') k = e + 1;
  }
  // ... or past an adverb before it ("Caroline Levy of E.F. Hutton also believes")
  if (SPEECH_ADVERBS.has(doc.tokens[k]?.lower ?? '')) k++;
  return saying(doc.tokens[k]?.lower ?? '');
}
const SPEECH_ADVERBS = new Set(['also', 'still', 'further', 'similarly', 'separately']);

/** A verb of saying, or "say" after two names. */
const saying = (lower: string) => SPEECH_VERBS.has(lower) || lower === 'say';

/**
 * The organization must end the phrase, so that it is the employer and not the start of a longer name ("of Acme
 * and Beta" says neither). Set off by commas, the aside must close with one.
 */
/** Lower-case words after an organization's name at `end` that say what it is, up to a comma ("agricultural union,"). */
function describedAfter(ctx: RuleContext, end: number): boolean {
  const past = descriptorAfter(ctx.doc, end, ctx.sentence.tokenEnd);
  return past > 0 && ctx.doc.tokens[past]?.text === ',';
}

function closes(ctx: RuleContext, end: number, aside: boolean): boolean {
  const { doc } = ctx;
  if (doc.tokens[end]?.text === '>') return closes(ctx, end + 1, aside);
  if (pastOwnS(ctx, end) > end) return closes(ctx, end + 1, aside);
  // past the wire's stock code after the name ("said Daniel Roling of Merrill Lynch and Co <MER>.")
  if (doc.tokens[end]?.text === '<') {
    for (let c = end + 1; c < ctx.sentence.tokenEnd && c <= end + 4; c++) if (doc.tokens[c]!.text === '>') return closes(ctx, c + 1, aside);
  }
  // past its initials ("from the Consumer Electronics Association (CEA) told"), where a verb of saying may close the aside
  if (doc.tokens[end]?.text === '(' && doc.tokens[end + 2]?.text === ')') return closes(ctx, end + 3, aside) || saying(doc.tokens[end + 3]?.lower ?? '');
  // ... and past the words that say what it is ("from the FNSEA agricultural union, told")
  if (aside && describedAfter(ctx, end)) return true;
  // ... and past a unit named after its possessive ("said Leo de Corel of Kredietbank's economic research department.")
  const unitEnd = /^['’]s?$/.test(doc.tokens[end]?.text ?? '') ? unitEndAfter(doc, end, ctx.sentence.tokenEnd) : -1;
  if (unitEnd > 0) return closes(ctx, unitEnd, aside);
  // ... and past when it was said ("said David Anders at Merrill Lynch on Thursday.")
  if (!aside && pastWhen(ctx, end) > end) return closes(ctx, pastWhen(ctx, end), aside);
  // ... and past the town the employer is in ("said Daan Kaakebeen of Smit Tak International of Rotterdam.")
  const town = doc.tokens[end]?.lower === 'of' ? ctx.entities.mentionAt(end + 1) : undefined;
  if (town?.type === 'place' && !town.possessive && town.tokenStart === end + 1) return closes(ctx, town.tokenEnd, aside);
  const next = doc.tokens[end];
  if (!next || end >= ctx.sentence.tokenEnd) return !aside;
  // "Thomas Built Buses of High Point, N.C.": a name before a US state is a town's
  if (next.text === ',' && isUsState(doc, end + 1)) return false;
  // (or the sentence's end: "said Martin Owen, at Futurelab.")
  // ... or a verb of saying the writer left the closing comma out before, past the town the employer is in ("Dr Erel
  // Avineri, of the Centre for Transport and Society at the University of the West of England in Bristol said:")
  if (aside) {
    const town = next.lower === 'in' ? ctx.entities.mentionAt(end + 1) : undefined;
    const after = town?.type === 'place' && town.tokenStart === end + 1 ? town.tokenEnd : end;
    return next.text === ',' || (end + 1 >= ctx.sentence.tokenEnd && /^[.!?]$/.test(next.text)) || saying(doc.tokens[after]?.lower ?? '');
  }
  // "of IT firm Dimension Data": the name was a word describing the employer ... unless the phrase closes after the
  // word ("of JPMorgan Chase bank in Tokyo")
  if (EMPLOYER_DESCRIPTORS.has(next.lower)) return /^[a-z]+$/.test(next.text) && closes(ctx, end + 1, aside) && !EMPLOYER_DESCRIPTORS.has(ctx.doc.tokens[end + 1]?.lower ?? '');
  // ... or a list goes on with the next person ("Tim Daly of Michael Foods and Kenneth Bowman, who ...")
  if (next.lower === 'and' && ctx.entities.mentionAt(end + 1)?.type === 'person') return true;
  // a clause goes on after the employer ("said", "told Reuters", "in Montreal"), not a name ("Maria Full of Grace last year")
  return /^[,.;:)"'”]$/.test(next.text) || saying(next.lower) || next.lower === 'in' || next.pos === 'VERB' || next.pos === 'AUX' || (SPEECH_ADVERBS.has(next.lower) && saying(ctx.doc.tokens[end + 1]?.lower ?? ''));
}

const WEEKDAY_NAMES = new Set<string>(WEEKDAYS);
const DAY_WORDS = new Set(['yesterday', 'today', 'tonight']);
/** Past a day named at `k` ("on Thursday", "yesterday"), or `k` itself ("last year" may close a title: "Maria Full of Grace last year"). */
function pastWhen(ctx: RuleContext, k: number): number {
  const t = ctx.doc.tokens;
  if (k >= ctx.sentence.tokenEnd) return k;
  if (t[k]!.lower === 'on' && WEEKDAY_NAMES.has(t[k + 1]?.lower ?? '')) return k + 2;
  if (WEEKDAY_NAMES.has(t[k]!.lower) || DAY_WORDS.has(t[k]!.lower)) return k + 1;
  return k;
}
