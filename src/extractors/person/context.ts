// What stands around a name: the person it names, and the organization a
// title belongs to ("of Nokia", "Xiaomi's", "Nokia chief executive").
import type { Doc } from '../../document/document.js';
import { opensSentenceAsWord, type Entities, type EntityMention } from '../../entities/entities.js';
import type { RuleContext } from '../rule.js';
import { isAcronym } from '../../entities/names.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { COMMUNITY_ADJECTIVES, DEMONYM_NOUNS, US_STATE_ABBREVIATION, writtenStateName } from '../../lexicon/places.js';
import { CALENDAR_NAME_STOPS } from '../../lexicon/calendar.js';
import { AUTHORITY_HEADS, BODY_WORDS, CHAMBERS, COMMITTEE_WORDS, FIRM_NOUNS, LEGAL_SUFFIXES, ORG_DESCRIPTOR_NOUNS, ORG_HEAD_WORDS, OWNER_NOUNS, STOCK_CODE } from '../../lexicon/organizations.js';
import { ADVISING_POSTS, EMPLOYER_DESCRIPTORS, isTitleWord, NOT_PERSON_LAST_WORDS, ORG_UNIT_WORDS, PRAISING_WORDS, ROLE_CANON, ROLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { GIVEN_NAMES, POSTNOMINAL_POSTS, SPEECH_VERBS } from '../../lexicon/people.js';
import { isDictionaryWord } from '../../document/nlp.js';

const ORG_PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'from']);
/** Posts whose "on" names the body they sit on: a member, a committee's ranking Republican or Democrat. */
const SEATED_POSTS = new Set(['member', 'republican', 'democrat']);
/** Owners whose possessive may stand between "of the" and a body of theirs: "of the government's Rubber Controller Department". */
const OWNER_POSSESSORS = new Set(['government', 'state', 'country', 'nation', 'city']);
/** After a field ("vice president for communications"), the word before the employer. */
const FIELD_THEN_EMPLOYER = new Set(['at', 'of', 'with']);
/** Lower-case words between a firm's name and a title: "bank analyst", "management board chairman". */
/** "Vodafone's new boss", "Nissan's former chairman": words of tenure between an employer and the title. */
const TENURE_WORDS = new Set(['new', 'former', 'outgoing', 'incoming', 'current', 'longtime', 'long-time', 'veteran', 'then']);
/** Words for what a body is, after its name and before a post: "Vibe magazine president Kenard Gibbs". */
const BODY_NOUNS_AFTER_NAME = new Set(['magazine', 'newspaper', 'group', 'firm']);
const BOARD_WORDS = new Set(['bank', 'management', 'managing', 'supervisory', 'executive', 'board', 'oil', 'industry', 'equity', 'stock', 'credit', 'energy', 'airline', 'auto', 'steel', 'chemical', 'chemicals', 'retail', 'media', 'drug', 'insurance', 'computer', 'technology', 'tobacco', 'food', ...BODY_NOUNS_AFTER_NAME]);

/**
 * The person a name mention stands for, or undefined when it is an
 * organization, a place, or a lone word with nothing that makes it a person.
 */
export function personName(m: EntityMention, cue: 'strong' | 'weak'): string | undefined {
  // "Chief Police Officers": a title in the plural names a body, never a person
  // "Sen. Jane Roe, D-Ohio,": a legislator's party and state
  if (/^[DRI]-\p{Lu}[\p{L}.]*$/u.test(m.surface)) return undefined;
  if (m.type === 'person') {
    const words = m.surface.split(/\s+/);
    // "(Economist) Intelligence Unit", "(International Cocoa) Agreement": what ends in an organization's or a document's word
    const last = words[words.length - 1]!.toLowerCase();
    // ... or in a legal form ("Samuel Montagu and Co. Ltd.")
    if (words.some(isPluralTitle) || NOT_PERSON_LAST_WORDS.has(last) || LEGAL_SUFFIXES.has(last.replace(/\.$/, ''))) return undefined;
    return m.name.replace(/\s+/g, ' ');
  }
  if (m.type !== 'other') return undefined;
  const words = m.surface.split(/\s+/);
  // a title right next to two or three capitalized words is cue enough ("chairman Tony O'Reilly"),
  // if none of them is a place, a title, an institution's word or a code ("U.S. Firm", "Letter Carriers Union")
  if (words.length >= 2 && words.length <= 4 && cue === 'strong' && words.every(looksLikeNamePart) && !NOT_PERSON_LAST_WORDS.has(words[words.length - 1]!.toLowerCase())) return words.join(' ');
  return undefined;
}

/**
 * "Indonesian oil minister Subroto said": a lone word between a post in lower case and a verb of saying is a
 * person known by one name (not a word any dictionary has, nor initials).
 */
function oneNameSpeaking(doc: Doc, m: EntityMention): string | undefined {
  if (m.type !== 'other' || m.tokenEnd - m.tokenStart !== 1 || m.possessive || isAcronym(m.surface) || isDictionaryWord(m.surface.toLowerCase())) return undefined;
  const before = doc.tokens[m.tokenStart - 1];
  // (not a word that also names a body: "telecom regulator Ofcom said")
  if (!before || before.text !== before.lower || !ROLE_HEADS.has(before.lower) || EMPLOYER_DESCRIPTORS.has(before.lower) || ORG_DESCRIPTOR_NOUNS.has(before.lower)) return undefined;
  return SPEECH_VERBS.has(doc.tokens[m.tokenEnd]?.lower ?? '') ? m.surface : undefined;
}

/** The person names of a document, found once for all the person rules. */
interface PersonNames {
  entities: Entities;
  /** the person a name mention starting at each token stands for (by `personName`, strong cue) */
  atToken: Array<string | undefined>;
  /** per sentence, its names that can be a person's, in order, with the name each gives */
  bySentence: Array<Array<[EntityMention, string]> | undefined>;
}
const NONE: ReadonlyArray<[EntityMention, string]> = [];
const personNamesCache = new WeakMap<Doc, PersonNames>();

function personNames(doc: Doc, entities: Entities): PersonNames {
  let found = personNamesCache.get(doc);
  if (found && found.entities === entities) return found;
  found = { entities, atToken: new Array(doc.tokens.length), bySentence: new Array(doc.sentences.length) };
  for (let i = 0; i < doc.tokens.length; i++) {
    const m = entities.mentionAt(i);
    const name = m && (personName(m, 'strong') ?? oneNameSpeaking(doc, m));
    if (!name) continue;
    found.atToken[i] = name;
    (found.bySentence[doc.tokens[i]!.sentence] ??= []).push([m, name]);
  }
  personNamesCache.set(doc, found);
  return found;
}

/** "Tony Blair" and "Blair", or one name twice: one person, named in full and by the last name. */
export const sameSurname = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** Each name of the sentence that can be a person's, with the name it gives. */
export function personMentions(ctx: RuleContext): ReadonlyArray<[EntityMention, string]> {
  return personMentionsOf(ctx, ctx.sentence.index);
}

/** Each name of sentence `index` that can be a person's, with the name it gives. */
export function personMentionsOf(ctx: RuleContext, index: number): ReadonlyArray<[EntityMention, string]> {
  return personNames(ctx.doc, ctx.entities).bySentence[index] ?? NONE;
}

/** The person the name mention starting at token `i` stands for (strong cue), if any. */
export function personNameAt(ctx: RuleContext, i: number): string | undefined {
  return personNames(ctx.doc, ctx.entities).atToken[i];
}

/** "Officers", "Directors": a title in the plural ("Association of Chief Police Officers"). */
const isPluralTitle = (word: string) => /^\p{Lu}\p{Ll}+s$/u.test(word) && ROLE_HEADS.has(word.slice(0, -1).toLowerCase());

function looksLikeNamePart(word: string): boolean {
  const lower = word.toLowerCase();
  if (/\d/.test(word) || (isAcronym(word) && !/^(\p{Lu}\.)+$/u.test(word))) return false;
  if (lookupPlace(word) || lookupPlaceAdjective(word)) return false;
  if (isPluralTitle(word)) return false;
  return !(ORG_HEAD_WORDS.has(lower) || ORG_DESCRIPTOR_NOUNS.has(lower) || LEGAL_SUFFIXES.has(lower.replace(/\.$/, '')) || ROLE_HEADS.has(lower) || lower in ROLE_CANON);
}

export interface OrgRef {
  name: string;
  tokenStart: number;
  tokenEnd: number;
  /** came from "it"/"the company" rather than a name */
  viaReference: boolean;
}

/** An organization (or, for government roles, a country) named at token `i`. */
export function orgAt(entities: Entities, i: number, allowPlace: boolean): OrgRef | undefined {
  const m = entities.mentionAt(i);
  if (m) {
    if (m.type === 'org' || m.type === 'other') {
      // "Committee Chairman Don Blenkarn", "the Association's co-chairman": a body's generic word alone is the body
      // the story named in full before
      const generic = m.tokenEnd - m.tokenStart === 1 && m.name === m.surface && ORG_HEAD_WORDS.has(m.surface.toLowerCase());
      return (generic ? namedBefore(entities, m) : undefined) ?? { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
    }
    // a country, or for "Governor Robert Orr of Indiana" and "Mayor of London" a state or a city named as such
    if (allowPlace && m.type === 'place' && (m.code || !m.adjective)) return { name: stateName(m), tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
    return undefined;
  }
  const r = entities.referenceAt(i);
  if (r && r.names.length === 1) return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
  return undefined;
}

/** Nouns for a part of an organization, which end its name in lower case ("robotics division", "security response group"). */
const UNIT_NOUNS = new Set([
  'division', 'unit', 'business', 'operations', 'arm', 'team', 'department', 'segment', 'group', 'subsidiary', 'research', 'practice',
  'office', 'branch', 'section', 'desk', 'bureau', 'centre', 'center', 'lab', 'laboratory',
]);
/** Lower-case words of a unit's name, at most. */
const MAX_UNIT_WORDS = 5;

/** "the company's robotics division": the lower-case words for the part, after the organization's possessive at `i`. */
export function unitAfter(doc: Doc, i: number, end: number): string | undefined {
  const to = unitEndAfter(doc, i, end);
  return to > 0 ? doc.text.slice(doc.tokens[unitStart(doc, i)]!.start, doc.tokens[to - 1]!.end) : undefined;
}

/** The index after the words of a unit (see unitAfter) after the possessive at `i`, else -1. */
export function unitEndAfter(doc: Doc, i: number, end: number): number {
  const from = unitStart(doc, i);
  // (the unit's noun may end it before the sentence goes on in lower case: "of Acme's research department said")
  let last = -1;
  for (let k = from; k < end && k < from + MAX_UNIT_WORDS && /^\p{Ll}/u.test(doc.tokens[k]!.text) && doc.tokens[k]!.text !== ','; k++) if (UNIT_NOUNS.has(doc.tokens[k]!.lower)) last = k;
  return last >= 0 ? last + 1 : -1;
}
const unitStart = (doc: Doc, i: number) => (/^['’]s?$/.test(doc.tokens[i]?.text ?? '') ? i + 1 : i);

/** "Symantec's security response group" at `k`: the organization whose possessive opens a unit named in lower case. */
function unitOwnerAt(doc: Doc, entities: Entities, k: number, limit: number): OrgRef | undefined {
  const owner = entities.mentionAt(k);
  if (!owner || !owner.possessive || owner.type === 'person' || owner.type === 'place') return undefined;
  return unitEndAfter(doc, owner.tokenEnd, limit) > 0 ? orgAt(entities, k, false) : undefined;
}

/** "of Nokia", "at Goldman Sachs", "of the company" right after a title ending at `i`. */
export function orgAfter(doc: Doc, entities: Entities, i: number, limit: number, allowPlace: boolean): OrgRef | undefined {
  // "an analyst in New York with Smith Barney": where the holder works, between the post and the employer
  const where = doc.tokens[i]?.lower === 'in' ? entities.mentionAt(i + 1) : undefined;
  if (where?.type === 'place' && !where.possessive && ['with', 'at'].includes(doc.tokens[where.tokenEnd]?.lower ?? '')) i = where.tokenEnd;
  const glued = (n: number) => doc.tokens[n]?.text === '-' && doc.tokens[n - 1]!.end === doc.tokens[n]!.start && doc.tokens[n + 1]?.start === doc.tokens[n]!.end;
  // "vice president for entertainment at Nokia": a field in lower case between the title and its employer
  if (doc.tokens[i]?.lower === 'for') {
    let k = i + 1;
    while (k < limit && k < i + 4 && /^[a-z]/.test(doc.tokens[k]!.text) && (doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'ADJ')) k++;
    if (k > i + 1 && FIELD_THEN_EMPLOYER.has(doc.tokens[k]?.lower ?? '')) i = k;
  }
  const t = doc.tokens[i];
  // "senior manager in Symantec's security response group": a unit of the organization whose possessive opens it
  const unitOwner = t?.lower === 'in' ? unitOwnerAt(doc, entities, i + 1, limit) : undefined;
  if (unitOwner) return unitOwner;
  // "a partner in the law firm Milbank, Tweed": "in" only before words that describe a firm
  const inFirm = t?.lower === 'in' && doc.tokens[i + 1]?.lower === 'the';
  // "advisor to the Central Bank of Barbados": an adviser's "to" names whom the post serves (an envoy's names where)
  const advises = t?.lower === 'to' && ADVISING_POSTS.has(doc.tokens[i - 1]?.lower ?? '');
  // "ranking Republican on the Senate Banking Committee": a member's "on" names the body the seat is on
  const seated = t?.lower === 'on' && SEATED_POSTS.has(doc.tokens[i - 1]?.lower ?? '');
  if (!t || i >= limit || !(ORG_PREPOSITIONS.has(t.lower) || inFirm || advises || seated)) return undefined;
  // (not an aide to someone: "aide to House Majority Leader Jim Wright")
  if (advises) {
    const served = entities.mentionAt(doc.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1);
    if (!served || served.type === 'person' || isTitleWord(doc.tokens[served.tokenEnd]?.lower ?? '')) return undefined;
  }
  let k = i + 1;
  // "Stuart McKibbin of <A.C. Goode and Co>": the wire's bracket around a company with no stock code
  // ... or a bracket of any kind ("vice president of (Banca Nazionale del Lavoro)")
  if ((doc.tokens[k]?.text === '<' || doc.tokens[k]?.text === '(') && entities.mentionAt(k + 1)) k++;
  // "at the Tokyo office of broker James Capel", "speaker of the lower house of the Argentine Parliament": the part
  // named first belongs to the organization after its "of"
  const unitOf = partOfOrganization(doc, entities, k, limit);
  if (unitOf > 0) return orgAfter(doc, entities, unitOf, limit, allowPlace);
  // "president of its Britt Airways unit": the company's own company, named before the word for it
  // ... past the words that say what it does ("of its L.S. Ayres department store division"), or after "the company's"
  const ownerWords = COMPANY_POSSESSIVES.has(doc.tokens[k]?.lower ?? '') ? 1 : doc.tokens[k]?.lower === 'the' && doc.tokens[k + 1]?.lower === 'company' && /^['’]s$/.test(doc.tokens[k + 2]?.text ?? '') ? 3 : 0;
  const owned = ownerWords ? entities.mentionAt(k + ownerWords) : undefined;
  const ownedNoun = owned ? doc.tokens[pastLowerWords(doc, owned.tokenEnd, limit)]?.lower ?? '' : '';
  // (a division named for what it does is part of the company: "head of its Corporate Banking division")
  const namedForWork = ownedNoun === 'division' && doc.tokens.slice(owned!.tokenStart, owned!.tokenEnd).every((t) => isDictionaryWord(t.lower) || !/\p{L}/u.test(t.text));
  if (owned && owned.type !== 'person' && owned.type !== 'place' && SUBSIDIARY_NOUNS.has(ownedNoun) && !namedForWork) return orgAt(entities, k + ownerWords, false);
  // "at VW's former office equipment subsidiary Triumph-Adler AG": the company's own company, named after the word for it
  const subsidiary = subsidiaryNamedAfter(doc, entities, k, limit);
  if (subsidiary) return subsidiary;
  // "of the Finance Ministry", "of the state Republican Party": a name may follow "the" and a modifier or two
  // ... or the modifiers alone, where the first is no noun ("economist at recently-privatised Banque Paribas", "chairman
  // of troubled Acme")
  const bare = doc.tokens[k]?.lower !== 'the' && describesBare(doc, k, limit);
  if (doc.tokens[k]?.lower === 'the' || bare) {
    let n = bare ? k : k + 1;
    // ... or an ordinal ("of the 2nd U.S. Circuit Court of Appeals")
    // ... or a participle ("of the banned Vishwa Hindu Parishad", "of the ruling Congress Party")
    // (but "of the board effective July 1" is the board's, not July's)
    // ... or an adverb before one ("of the newly formed ...")
    const modifier = (t: Doc['tokens'][number]) => /^[a-z]/.test(t.text) && !ORG_DESCRIPTOR_NOUNS.has(t.lower) && t.lower !== 'board' && (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower)) || (t.pos === 'ADV' && /ly$/.test(t.lower)));
    // ... or three, with a hyphened one among them ("of the main opposition right-wing Popular Alliance")
    let words = 0;
    while (n < limit && words < 3 && !entities.mentionAt(n) && (modifier(doc.tokens[n]!) || /^\d+(?:st|nd|rd|th)$/.test(doc.tokens[n]!.lower))) {
      n++;
      if (n < limit && glued(n) && /^[a-z]/.test(doc.tokens[n + 1]?.text ?? '')) n += 2;
      // ... or an owner's possessive ("of the government's Rubber Controller Department")
      else if (OWNER_POSSESSORS.has(doc.tokens[n - 1]!.lower) && /^['’]s$/.test(doc.tokens[n]?.text ?? '')) n++;
      words++;
    }
    // ("chief economist at the <Bangkok Bank Ltd>": past the wire's bracket after "the")
    if (doc.tokens[n]?.text === '<' && entities.mentionAt(n + 1)) n++;
    // (but "president of the Abidjan-based bank" is the bank's: "the" and its noun point back to it)
    const there = entities.mentionAt(n);
    const based = !!there && doc.tokens[there.tokenEnd]?.text === '-' && doc.tokens[there.tokenEnd + 1]?.lower === 'based';
    if (there && !(based && entities.referenceAt(k))) k = n;
  }
  // "with stockbroker Kleinwort Benson", "at the investment bank Acme": words that describe the employer before its name
  let d = k;
  // ... and a country's adjective among them ("head of top Japanese business group Keidanren")
  const describes = (n: number) => {
    const there = entities.mentionAt(n);
    if (there) {
      // ("founder of Jewish human rights group ...": a faith's or a people's adjective, capitalized as a nation's is)
      if (COMMUNITY_ADJECTIVES.has(there.surface) && /^[a-z]/.test(doc.tokens[there.tokenEnd]?.text ?? '')) return there.tokenEnd;
      // "of P2P network Red Swoosh", "of IT firm Dimension Data": a name before a word for the employer describes it
      if (there.type !== 'place') {
        // ("of Aberdeen-based oil and gas consultancy Blackwatch": a town read as a name of its own still says where)
        if (doc.tokens[there.tokenEnd]?.text === '-' && doc.tokens[there.tokenEnd + 1]?.lower === 'based') return there.tokenEnd + 2;
        // (a name after the words: "of the Dallah group, said" is Dallah's)
        let e = there.tokenEnd;
        // ... and "of Opec member Algeria": a body's member named after it
        while (e < limit && e < there.tokenEnd + 3 && /^[a-z]/.test(doc.tokens[e]!.text) && (EMPLOYER_DESCRIPTORS.has(doc.tokens[e]!.lower) || MEMBER_WORDS.has(doc.tokens[e]!.lower))) e++;
        // ... and "of Yukos main shareholders' group Menatep": the owner named after a company's word for it
        const owner = e === there.tokenEnd ? ownerAfter(doc, there.tokenEnd, limit) : -1;
        if (owner > 0 && entities.mentionAt(owner) && entities.mentionAt(owner)!.type !== 'person') return owner;
        if (there.type === 'person' || e === there.tokenEnd || !entities.mentionAt(e)) return -1;
        return MEMBER_WORDS.has(doc.tokens[e - 1]!.lower) ? e : there.tokenEnd;
      }
      if (there.adjective) return there.tokenEnd;
      // "at Johannesburg-based Protea Capital", "at the London brokerage Hartley Crane": where the employer is
      const t = doc.tokens[there.tokenEnd];
      if (t?.text === '-' && doc.tokens[there.tokenEnd + 1]?.lower === 'based') return there.tokenEnd + 2;
      return t && EMPLOYER_DESCRIPTORS.has(t.lower) ? there.tokenEnd : -1;
    }
    // ... and a word we do not list before one we do ("substrate maker", "bakery chain")
    const t = doc.tokens[n]!;
    // "the manufacturers' organisation EEF": a plural's possessive stop
    if (t.text === "'" && n > k && /s$/.test(doc.tokens[n - 1]!.lower)) return n + 1;
    // ("oil and gas consultancy": fields joined by "and" before the word)
    // (a hyphened word counts once: "the state-run oil company Ecopetrol")
    const descriptorWithin = (span: number) => {
      for (let w = n + 1, words = 0; words < span && w < limit; w++) {
        if (glued(w)) continue;
        if (EMPLOYER_DESCRIPTORS.has(doc.tokens[w]!.lower)) return true;
        words++;
      }
      return false;
    };
    if (glued(n) && n > k && /^[a-z]/.test(doc.tokens[n + 1]!.text)) return n + 1;
    // (or any word right before such a word, whatever the tagger made of it: "salvage/VERB firm Smit International",
    // "salvage/VERB experts Smit Tak")
    // (the word after a hyphen too: "state-run/VERB")
    const tagged = t.pos === 'NOUN' || t.pos === 'ADJ' || /ing$/.test(t.lower) || (t.lower === 'and' && n > k) || glued(n - 1);
    const before = FIRM_NOUNS.has(doc.tokens[n + 1]?.text ?? '') || (t.pos === 'VERB' && EMPLOYER_DESCRIPTORS.has(doc.tokens[n + 1]?.text ?? ''));
    const unlisted = /^[a-z][a-z-]*$/.test(t.text) && ((tagged && descriptorWithin(t.lower === 'and' ? 2 : 3)) || (before && !OWNER_WORDS_BEFORE.has(t.lower)));
    return EMPLOYER_DESCRIPTORS.has(t.lower) || unlisted || (n > k && /-based$/.test(t.lower)) ? n + 1 : -1;
  };
  const chainFrom = (start: number) => {
    let e = start;
    while (e < limit && e < start + 8 && describes(e) > e) e = describes(e);
    // ("of merchant banking firm, Fortune Financial Services": the words set off from the name by a comma, or by
    // the wire's bracket for a company with no stock code: "of broker <James Capel and Co>")
    if (e > start && e < limit && (doc.tokens[e]?.text === ',' || doc.tokens[e]?.text === '<') && entities.mentionAt(e + 1)?.type !== 'place' && entities.mentionAt(e + 1)) e++;
    // ... or by "of" after the word for a firm ("with the New York investment banking firm of Dillon, Read and Co Inc")
    else if (e > start && e < limit && doc.tokens[e]?.lower === 'of' && FIRM_NOUNS.has(doc.tokens[e - 1]!.text) && entities.mentionAt(e + 1) && !['place', 'person'].includes(entities.mentionAt(e + 1)!.type)) e++;
    return e;
  };
  d = chainFrom(k);
  // ("with research firm The Yankee Group": a name that keeps its article)
  // ... or keeps it in lower case ("of human rights group the Simon Wiesenthal Center")
  if (d > k && doc.tokens[d]?.lower === 'the' && entities.mentionAt(d + 1)) d++;
  // "of the corporate law firm Skadden, Arps", "with the oilfield service firm Baker Hughes": the words may follow "the"
  if (!(d > k && entities.mentionAt(d)) && doc.tokens[k]?.lower === 'the') {
    const after = chainFrom(k + 1);
    if (after > k + 1 && entities.mentionAt(after)) d = after;
  }
  if (d > k && entities.mentionAt(d)) {
    const m = entities.mentionAt(d)!;
    // ("a partner in the law firm Milbank, Tweed, Hadley and McCloy")
    const listed = partnersFirm(doc, entities, d);
    if (listed) return listed;
    // "at brokerage house Phillips and Drew": after such words two names joined by "and" that close the phrase are one
    // firm's, named for its partners
    const partner = !m.possessive && doc.tokens[m.tokenEnd]?.lower === 'and' ? entities.mentionAt(m.tokenEnd + 1) : undefined;
    if (partner && partner.tokenStart === m.tokenEnd + 1 && !partner.possessive && partner.type !== 'place' && /^[,.;)]$/.test(doc.tokens[partner.tokenEnd]?.text ?? '.')) {
      return { name: doc.text.slice(m.start, partner.end).replace(/\s+/g, ' '), tokenStart: m.tokenStart, tokenEnd: partner.tokenEnd, viaReference: false };
    }
    // a name right after such a word is the employer's, even where it looks like a person's ("brokers James Capel")
    if (m.type === 'person' && !m.possessive) return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
    return orgAt(entities, d, allowPlace);
  }
  if (inFirm) return undefined;
  // "chairman of Hambrecht and Quist,", "Emmanuel Gaillard of Shearman and Sterling said": two single names joined
  // by "and" that close the phrase are a firm named for its partners, where neither is named alone in the story
  const partners = partnersFirm(doc, entities, k);
  if (partners) return partners;
  // "manager of Colombia's National Coffee Growers' Federation": the place owns the organization that follows it;
  // "president of General Motors Corp's Hughes Aircraft Co": so does a company, where what follows is a company too
  // (but "director of the IMF's European Department" is the IMF's)
  // ... or a person, where what follows is a company ("head trader for Ivan Boesky's Seemala Corp")
  const at = entities.mentionAt(k);
  // (past the owner's ticker: "Ryder System Inc's <RDR> American Jet Industries subsidiary")
  // ... and past words that praise what it owns ("director of Venice's famous La Fenice Theatre")
  let ownedAt = at ? pastTicker(doc, at.tokenEnd + 1) : -1;
  while (at && ownedAt > 0 && ownedAt < at.tokenEnd + 3 && PRAISING_WORDS.has(doc.tokens[ownedAt]?.text ?? '')) ownedAt++;
  if (at && at.possessive && entities.mentionAt(ownedAt)) {
    const owned = orgAt(entities, ownedAt, false);
    // (a town the classifier took for a body, as its possessive opens one, is still a place: "Venice's")
    const place = at.type === 'place' || (at.type !== 'person' && lookupPlace(at.name) !== undefined);
    if (owned && (place || isOwnedBody(doc, owned))) return venueAfter(doc, owned.tokenEnd) ? undefined : owned;
  }
  // "of the Arthur D. Little consultancy": a name between "the" and a word for a firm is the firm's, however personal it looks
  const firm = doc.tokens[k - 1]?.lower === 'the' ? entities.mentionAt(k) : undefined;
  const firmWord = doc.tokens[firm?.tokenEnd ?? -1]?.lower ?? '';
  if (firm && firm.type === 'person' && !firm.possessive && (ORG_DESCRIPTOR_NOUNS.has(firmWord) || EMPLOYER_DESCRIPTORS.has(firmWord))) return { name: firm.name, tokenStart: firm.tokenStart, tokenEnd: firm.tokenEnd, viaReference: false };
  // "an information manager from Newcastle": after "from", a name of one word is the employer only if known to be one
  const from = t.lower === 'from' ? entities.mentionAt(k) : undefined;
  // (or where words for what it is follow: "from the FNSEA agricultural union")
  if (from && from.type !== 'org' && (from.type === 'place' || (from.tokenEnd - from.tokenStart < 2 && descriptorAfter(doc, from.tokenEnd, limit) < 0))) return undefined;
  const org = k < limit ? orgAt(entities, k, allowPlace) : undefined;
  // ("vice president of U.S. producing operations": a place opening a field in lower case says what the post covers)
  const placed = org ? entities.mentionAt(org.tokenStart) : undefined;
  const field = doc.tokens[org?.tokenEnd ?? -1];
  // (not a body the place has: "of the West German central bank", "of the West German savings bank association")
  const bodyAfter = () => [1, 2, 3].some((n) => EMPLOYER_DESCRIPTORS.has(doc.tokens[org!.tokenEnd + n]?.lower ?? '') || ORG_DESCRIPTOR_NOUNS.has(doc.tokens[org!.tokenEnd + n]?.lower ?? ''));
  if (placed?.type === 'place' && !placed.possessive && field && /^[a-z]+ing$/.test(field.text) && !EMPLOYER_DESCRIPTORS.has(field.lower) && !bodyAfter()) return undefined;
  // ("President Raul Alfonsin at Buenos Aires' City Council hall": a building the body owns is where one is, not whom one serves)
  return org && !(t.lower === 'at' && venueAfter(doc, org.tokenEnd)) ? org : undefined;
}

/** Buildings an organization's name may stand before: where someone is ("at the City Council hall"). */
const VENUE_NOUNS = new Set(['hall', 'building', 'headquarters', 'auditorium', 'theatre', 'theater', 'stadium', 'hotel', 'palace']);
const venueAfter = (doc: Doc, end: number): boolean => VENUE_NOUNS.has(doc.tokens[end]?.text ?? '');

const MEMBER_WORDS = new Set(['member', 'members']);
/** Words that say whose a firm is, not what it does: "of its business group". */
const OWNER_WORDS_BEFORE = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an']);

/**
 * Past "main shareholders' group" at `k`, after a company's name (or its possessive): lower-case words of up to four
 * tokens holding a word for its owner; the index where the owner's name starts, else -1.
 */
function ownerAfter(doc: Doc, k: number, limit: number): number {
  if (/^['’]s?$/.test(doc.tokens[k]?.text ?? '')) k++;
  let owner = false;
  let n = k;
  for (; n < limit && n < k + 4; n++) {
    const t = doc.tokens[n]!;
    if (OWNER_NOUNS.has(t.lower)) owner = true;
    else if (t.text === "'" && n > k && /s$/.test(doc.tokens[n - 1]!.lower)) continue;
    else if (!/^[a-z]+$/.test(t.text) || !(t.pos === 'ADJ' || t.pos === 'NOUN')) break;
  }
  return owner && n > k ? n : -1;
}

/** Whether the organization after a post owns what the post is of ("chief of the bank's trading floor"), not the post itself. */
export const ownsPart = (doc: Doc, org: OrgRef | undefined, title: { tokenStart: number }): boolean => !!org && org.tokenStart > title.tokenStart && /^['’]s?$/.test(doc.tokens[org.tokenEnd]?.text ?? '');

/** Past lower-case words after a name at `end` that say what it is ("agricultural union"), else -1. */
export function descriptorAfter(doc: Doc, end: number, limit: number): number {
  let k = end;
  while (k < limit && k < end + 3 && /^[a-z]+$/.test(doc.tokens[k]!.text)) k++;
  return k > end && EMPLOYER_DESCRIPTORS.has(doc.tokens[k - 1]!.text) ? k : -1;
}

/**
 * "Hambrecht and Quist" at `k`: a one-word name joined by "and" to a name of one or two words ("Donaldson Lufkin and
 * Jenrette", but not a given name and surname), or a list of one-word names set off by commas before the "and"
 * ("Milbank, Tweed, Hadley and McCloy"), before a stop or a verb of saying, none named alone elsewhere.
 */
function partnersFirm(doc: Doc, entities: Entities, k: number): OrgRef | undefined {
  const first = entities.mentionAt(k);
  if (!first || !(first.tokenEnd === k + 1 || (first.tokenEnd === k + 2 && !GIVEN_NAMES.has(doc.tokens[k]!.lower)) || hyphenedPair(doc, first))) return undefined;
  const partners = [first];
  let at = first.tokenEnd;
  // (no more partners than a firm's name lists keeps a long list of names linear)
  let legalForm: EntityMention | undefined;
  while (doc.tokens[at]?.text === ',' && partners.length <= MAX_LISTED_PARTNERS) {
    const next = entities.mentionAt(at + 1);
    // ("Howard, Weil, Labouisse, Friedrichs, Inc", "Schroeder, Munchmeyer, Hengst Investment GmbH": a legal form closes the list)
    // ... even after one partner, where the name after the comma has more words ("McCarthy, Crisanti and Maffei Inc",
    // "Goldman, Sachs Japan Corp")
    const closesWithForm = !!next && next.tokenStart === at + 1 && LEGAL_SUFFIXES.has(doc.tokens[next.tokenEnd - 1]!.lower.replace(/\.$/, ''));
    if (closesWithForm && (partners.length >= 2 || next!.tokenEnd - next!.tokenStart >= 3)) {
      legalForm = next;
      break;
    }
    if (!next || next.tokenStart !== at + 1 || next.tokenEnd !== at + 2) return undefined;
    partners.push(next);
    at = next.tokenEnd;
  }
  const last = legalForm ?? (doc.tokens[at]?.lower === 'and' ? entities.mentionAt(at + 1) : undefined);
  if (!last || (!legalForm && (last.tokenStart !== at + 1 || (last.tokenEnd !== at + 2 && !tradeNamed(doc, last))))) return undefined;
  partners.push(last);
  if (partners.some((p) => p.type === 'place' || p.possessive)) return undefined;
  const after = doc.tokens[last.tokenEnd];
  if (after && !/^[,.;)]$/.test(after.text) && !SPEECH_VERBS.has(after.lower) && after.lower !== 'which' && !seatAfter(doc, entities, last.tokenEnd)) return undefined;
  const written = doc.text.slice(first.start, last.end);
  const together = occurrences(doc.text, written);
  // (a partner named alone elsewhere makes a list of people, unless a legal form closes it; "Dominick and Dominick"
  // names its partner twice)
  if (!legalForm && partners.some((p) => occurrences(doc.text, p.surface) > together * occurrences(written, p.surface))) return undefined;
  return { name: written.replace(/\s+/g, ' '), tokenStart: k, tokenEnd: last.tokenEnd, viaReference: false };
}
const MAX_LISTED_PARTNERS = 4;

/** "UBS-Phillips": two names glued by a hyphen, one partner of a firm's name. */
const hyphenedPair = (doc: Doc, m: EntityMention) => m.tokenEnd - m.tokenStart === 3 && doc.tokens[m.tokenStart + 1]!.text === '-' && !/\s/.test(m.surface);

/**
 * "Fact and Opinion Economics", "Toshiba Elevator and Building Systems": the last partner may end in the word for the
 * firm's trade (not a company named for its country, "Shell and British Petroleum").
 */
const tradeNamed = (doc: Doc, m: EntityMention) =>
  m.tokenEnd - m.tokenStart <= 3 && (ORG_HEAD_WORDS.has(doc.tokens[m.tokenEnd - 1]!.lower) || doc.tokens[m.tokenEnd - 1]!.lower === 'economics') && !lookupPlace(doc.tokens[m.tokenStart]!.text) && !lookupPlaceAdjective(doc.tokens[m.tokenStart]!.text);

/** "at UBS-Phillips and Drew in London said": the city a firm sits in may close its name, as a comma does. */
function seatAfter(doc: Doc, entities: Entities, at: number): boolean {
  return doc.tokens[at]?.lower === 'in' && entities.mentionAt(at + 1)?.type === 'place';
}
/** How often `words` occur in `text` as whole words. */
export function occurrences(text: string, words: string): number {
  let n = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
    if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + words.length] ?? '')) n++;
  }
  return n;
}
export const SUBSIDIARY_NOUNS = new Set(['subsidiary', 'unit', 'affiliate', 'division']);

/** Past up to three lower-case words at `k` ("department store" before "division"): where the next word stands. */
function pastLowerWords(doc: Doc, k: number, limit: number): number {
  let n = k;
  while (n < limit && n < k + 3 && /^[a-z]+$/.test(doc.tokens[n]!.text) && !SUBSIDIARY_NOUNS.has(doc.tokens[n]!.lower)) n++;
  return n;
}

/** After an organization's possessive at `k`, lower-case words ending in a subsidiary's noun, then the subsidiary's name: that name. */
function subsidiaryNamedAfter(doc: Doc, entities: Entities, k: number, limit: number): OrgRef | undefined {
  const parent = entities.mentionAt(k);
  if (!parent?.possessive || parent.type === 'person' || parent.type === 'place') return undefined;
  for (let n = parent.tokenEnd + 1; n < limit && n < parent.tokenEnd + 7 && /^[a-z]+$/.test(doc.tokens[n]!.text); n++) {
    if (!SUBSIDIARY_NOUNS.has(doc.tokens[n]!.lower)) continue;
    const named = entities.mentionAt(n + 1);
    return named && named.type !== 'person' && named.type !== 'place' ? orgAt(entities, n + 1, false) : undefined;
  }
  return undefined;
}
/** The possessives that stand for a company: "its chairman", "their unit". */
export const COMPANY_POSSESSIVES = new Set(['its', 'their']);

/** A body another owns that its posts belong to: a company by its legal form or the word after it ("Hughes Aircraft Co", "its Kaiser Cement unit"), a committee. */
function isOwnedBody(doc: Doc, org: OrgRef): boolean {
  const last = doc.tokens[org.tokenEnd - 1]!.lower.replace(/\.$/, '');
  // ("chairman of the Ontario Parliament's Select Committee on Economic Affairs": a committee's chairman is the committee's)
  const committee = doc.tokens.slice(org.tokenStart, org.tokenEnd).some((t) => COMMITTEE_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text));
  // ... and so is an agency's head ("administrator of the U.S. Agriculture Department's Food Safety and Inspection
  // Service"; a department's, "director of the IMF's European Department", is the IMF's)
  return LEGAL_SUFFIXES.has(last) || committee || AGENCY_WORDS.has(last) || SUBSIDIARY_NOUNS.has(doc.tokens[org.tokenEnd]?.lower ?? '');
}
/** The last words of a government agency's name, a body of its own inside a department. */
const AGENCY_WORDS = new Set(['service', 'agency', 'administration']);

/**
 * The "of" after "the Tokyo office", "the money market section" starting at `k`, else -1. A unit with a name of its own
 * ("the Mergers Department") is the organization, unless another's name follows it ("the Mergers Department at Acme").
 */
function partOfOrganization(doc: Doc, entities: Entities, k: number, limit: number): number {
  if (doc.tokens[k]?.lower !== 'the') return -1;
  for (let n = k + 1; n < limit && n <= k + 6; n++) {
    const there = entities.mentionAt(n);
    // ("of the White Plains, N.Y. branch of U.S. District Court": a town and its state)
    const townOf = !!there && doc.tokens[there.tokenEnd]?.text === ',' && isUsState(doc, there.tokenEnd + 1);
    if (there) {
      // ("of the Mergers and Acquisitions Department at Merrill Lynch": a unit named in capitals, then its organization)
      if (n === k + 1 && namedUnitThenOwner(doc, entities, there, limit)) return there.tokenEnd;
      if (there.type !== 'place' && !townOf) return -1;
      n = townOf ? there.tokenEnd + 1 : there.tokenEnd - 1;
      continue;
    }
    const w = doc.tokens[n]!;
    if (!/^[a-z][a-z-]*$/.test(w.text)) return -1;
    // (a committee or a council in lower case too: "chairman of the international advisory committee of Chase Manhattan")
    if (ORG_UNIT_WORDS.has(w.lower) || INNER_BODIES.has(w.lower)) return doc.tokens[n + 1]?.lower === 'of' && n + 2 < limit ? n + 1 : -1;
    // ("chairman of the board of Continental Illinois Corp", "a member of the board of directors of Acme")
    if (w.lower === 'board') {
      const of = doc.tokens[n + 1]?.lower === 'of' && doc.tokens[n + 2]?.lower === 'directors' ? n + 3 : n + 1;
      // (past the wire's bracket around a company with no stock code: "of the board of <Santa Fe International Corp>")
      const named = doc.tokens[of + 1]?.text === '<' ? of + 2 : of + 1;
      return doc.tokens[of]?.lower === 'of' && named < limit && entities.mentionAt(named) ? of : -1;
    }
  }
  return -1;
}

/** A company's or a body's own committees and councils, named in lower case before "of" and its name. */
const INNER_BODIES = new Set([...COMMITTEE_WORDS, 'council']);

/** A unit's name ending in a unit's word ("... Department", "... Division"), then "at" or "of" and another organization's name. */
function namedUnitThenOwner(doc: Doc, entities: Entities, unit: EntityMention, limit: number): boolean {
  // (a unit's word alone names no unit: "director of the Division of Investment" is the division's)
  if (unit.type === 'person' || unit.type === 'place' || unit.possessive || unit.tokenEnd - unit.tokenStart < 2 || !ORG_UNIT_WORDS.has(doc.tokens[unit.tokenEnd - 1]!.lower)) return false;
  const of = doc.tokens[unit.tokenEnd]?.lower;
  if (of !== 'at' && of !== 'of') return false;
  const at = doc.tokens[unit.tokenEnd + 1]?.lower === 'the' ? unit.tokenEnd + 2 : unit.tokenEnd + 1;
  const owner = at < limit ? entities.mentionAt(at) : undefined;
  return !!owner && owner.type !== 'person' && owner.type !== 'place';
}

/** Past an organization's initials in brackets at `k` ("Farm Credit Administration (FCA) board member"), or `k` itself. */
export function pastInitials(doc: Doc, k: number): number {
  return doc.tokens[k]?.text === '(' && doc.tokens[k + 2]?.text === ')' && isAcronym(doc.tokens[k + 1]!.text) ? k + 3 : k;
}

/** "Nokia chief executive", "Xiaomi's senior vice president", "U.S. Agriculture secretary": the org ending right before `i`. */
export function orgBefore(doc: Doc, entities: Entities, i: number, sentenceStart: number, allowPlace: boolean, departmental = true): OrgRef | undefined {
  let k = i - 1;
  // "Wood Gundy Inc bank analyst", "Deutsche management board joint spokesman": words that describe the
  // person's place in the firm stand between its name and the title
  const start = k;
  // ... and, after an owner's possessive, words that describe the holder ("Apple's mercurial boss Steve Jobs")
  let described = false;
  // (... joined by "and" or a hyphen: "Pacific Western's aggressive and cost-conscious chairman Rhys Eyton")
  const joins = (n: number) => (doc.tokens[n]!.text === '-' || doc.tokens[n]!.lower === 'and') && described && n > sentenceStart && doc.tokens[n - 1]!.pos !== 'PUNCT';
  while (k > sentenceStart && k > start - 6 && ((/^[a-z][a-z-]*$/.test(doc.tokens[k]!.text) && (BOARD_WORDS.has(doc.tokens[k]!.lower) || TENURE_WORDS.has(doc.tokens[k]!.lower) || /-based$/.test(doc.tokens[k]!.lower) || doc.tokens[k]!.pos === 'ADJ' || (described && doc.tokens[k + 1]?.text === '-'))) || joins(k))) {
    if (doc.tokens[k]!.pos === 'ADJ' && !BOARD_WORDS.has(doc.tokens[k]!.lower) && !TENURE_WORDS.has(doc.tokens[k]!.lower)) described = true;
    k--;
  }
  // ("Drexel Burnham Lambert Inc's Houston-based analyst": where the holder works, after the owner's possessive)
  const base = doc.tokens[k]?.lower === 'based' && doc.tokens[k - 1]?.text === '-' ? entities.mentionEndingAt(k - 2) : undefined;
  if (base && base.tokenStart > sentenceStart && /^['’]s?$/.test(doc.tokens[base.tokenStart - 1]!.text)) {
    k = base.tokenStart - 1;
    described = true;
  }
  if (described && !/^['’]s?$/.test(doc.tokens[k]!.text)) k = start;
  // "Commerzbank AG <CBKG.F> chairman": a ticker between name and title (its full stop may have been read as a sentence's end)
  if (k > 0 && doc.tokens[k]!.text === '>') {
    let t = k - 1;
    while (t > 0 && t > k - 14 && doc.tokens[t]!.text !== '<' && doc.tokens[t]!.text !== '>') t--;
    // ("<Lloyds Bank NZA Ltd> chief economist": the wire's bracket around a company with no stock code holds the name)
    const inside = entities.mentionAt(t + 1);
    // (a stock code is short words of capitals, digits and stops, "<FRMS ST>": "told Reuters <Acme Corp> president" names
    // the company)
    const code = doc.tokens.slice(t + 1, k).every((c) => /^[A-Z0-9.]{1,6}$/.test(c.text) || STOCK_CODE.test(c.text));
    const ticker = t > 0 && code && (!!entities.mentionEndingAt(t - 1) || /^['’]s?$/.test(doc.tokens[t - 1]!.text));
    // ... the full name before a dash and its short form ("<Cassa di Risparmio di Calabria e Luciana - Carical>")
    const fullBeforeShort = !!inside && doc.tokens[inside.tokenEnd]?.text === '-' && entities.mentionAt(inside.tokenEnd + 1)?.tokenEnd === k;
    if (doc.tokens[t]!.text === '<' && inside && (inside.tokenEnd === k || fullBeforeShort) && !ticker) k = inside.tokenEnd - 1;
    else if (doc.tokens[t]!.text === '<' && t > 0) {
      k = t - 1;
      sentenceStart = Math.min(sentenceStart, doc.sentences[doc.tokens[k]!.sentence]!.tokenStart);
    }
  }
  if (k < start && !entities.mentionEndingAt(k) && !/^['’]s?$/.test(doc.tokens[k]!.text)) k = start;
  // "American Soybean Association (ASA) president": the name stands before its initials
  // ... or its short name ("Bay Area Lab Co-Operative (Balco) president Victor Conte")
  const short = (t: Doc['tokens'][number]) => isAcronym(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !!entities.mentionEndingAt(k - 3));
  if (k - 2 >= sentenceStart && doc.tokens[k]!.text === ')' && doc.tokens[k - 2]!.text === '(' && short(doc.tokens[k - 1]!)) k -= 3;
  // ... or between commas ("Commodity Futures Trading Commission, CFTC, Chairman Susan Phillips")
  else if (k - 3 >= sentenceStart && doc.tokens[k]!.text === ',' && doc.tokens[k - 2]!.text === ',' && isAcronym(doc.tokens[k - 1]!.text) && entities.mentionEndingAt(k - 3)?.type === 'org') k -= 3;
  // ... or a gloss in lower case ("Bundesbank (central bank) president Karl Otto Poehl")
  else if (k - 2 >= sentenceStart && doc.tokens[k]!.text === ')') {
    let open = k - 1;
    while (open > sentenceStart && open > k - 5 && /^[a-z]+$/.test(doc.tokens[open]!.text)) open--;
    if (open < k - 1 && doc.tokens[open]!.text === '(' && entities.mentionEndingAt(open - 1)) k = open - 1;
  }
  if (k >= sentenceStart && /^['’]s?$/.test(doc.tokens[k]!.text)) k--;
  if (k < sentenceStart) return undefined;
  let m = entities.mentionEndingAt(k);
  // "18 January Senator Osny Eugene": a date's month is no organization
  if (m && m.tokenEnd - m.tokenStart === 1 && CALENDAR_NAME_STOPS.has(m.surface.toLowerCase()) && /^\d+$/.test(doc.tokens[m.tokenStart - 1]?.text ?? '')) return undefined;
  // "Screen International's US editor", "Nokia's European head": the place says where, the possessive before it whose
  if (m && m.type === 'place' && !allowPlace && !m.possessive && m.tokenStart - 1 > sentenceStart && /^['’]s?$/.test(doc.tokens[m.tokenStart - 1]!.text)) {
    const owner = entities.mentionEndingAt(m.tokenStart - 2);
    if (owner && (owner.type === 'org' || owner.type === 'other')) m = owner;
  }
  // before a capitalized minister's or secretary's title ("Fiscal Policy Minister") a name of unknown
  // kind is as often a department as an employer; before a lower-case one ("GE spokesman") or
  // another title ("Bundesbank President") it is the employer
  const titleCapitalized = /^\p{Lu}/u.test(doc.tokens[i]?.text ?? '');
  // a lone capitalized word opening a sentence ("Consumer spokesman Peter Baron") is capitalized for its place, not as a name
  // ... unless it owns the title ("Feltra's General Manager"); "Association chairman" is the association named before
  // ... or stands right before an abbreviated title ("Apple CEO Tim Cook": no common word goes before "CEO")
  // ... or is a word the dictionary does not know ("Amazon founder Jeff Bezos", unlike "Consumer")
  // ... or names a legislature ("Senate majority leader Robert Byrd")
  const abbreviatedTitle = isAcronym(doc.tokens[i]?.text ?? '') && k === i - 1;
  // ... or is followed by the word for what it names ("Vibe magazine president")
  const namedBody = !!m && BODY_NOUNS_AFTER_NAME.has(doc.tokens[m.tokenEnd]?.text ?? '');
  if (m && !m.possessive && !abbreviatedTitle && !namedBody && !CHAMBERS.has(m.surface) && opensSentenceAsWord(doc, m, entities)) {
    return ORG_HEAD_WORDS.has(m.surface.toLowerCase()) ? namedBefore(entities, m) : undefined;
  }
  // "Dean Witter analyst Karen Gibbs": a name that looks like a person's right before a lower-case title and a name is a firm's
  if (m && m.type === 'person' && !titleCapitalized && !m.possessive && m.tokenEnd - m.tokenStart >= 2) return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
  // ... unless its name says it is a department ("Home Office Minister Hazel Blears")
  const department = !!m && AUTHORITY_HEADS.has(m.surface.split(/\s+/).pop()!.toLowerCase()) && m.tokenEnd - m.tokenStart >= 2;
  if (m && (m.type !== 'other' || m.possessive || !titleCapitalized || !departmental || department || isAcronym(m.surface))) {
    // "Brazil's coffee chief": a country's own official, whatever the post
    const org = orgAt(entities, m.tokenStart, allowPlace || (m.type === 'place' && m.possessive && !!m.code));
    // "Former Liverpool manager": a title's modifier opening the sentence was read into the name
    const words = org && !org.viaReference ? org.name.split(' ') : [];
    // (not a place's adjective that opens a name: "European Community farm commissioner")
    // (but "Home Office" is a department's whole name, where "Deputy State Department" is not)
    // ... where the modifier is capitalized for opening the sentence ("Global Asset Management investment chief" is not)
    const quote = doc.tokens[m.tokenStart - 1]?.text ?? '';
    const opening = m.tokenStart === sentenceStart || /^[“‘(]$/.test(quote) || (/^["']$/.test(quote) && !/^[,.!?]$/.test(doc.tokens[m.tokenStart - 2]?.text ?? ''));
    if (org && words.length > 1 && !(department && words.length === 2) && TITLE_MODIFIERS.has(words[0]!.toLowerCase()) && !lookupPlaceAdjective(words[0]!) && ((m.type === 'other' && opening) || TITLE_ONLY_MODIFIERS.has(words[0]!.toLowerCase()))) {
      // ("Special Japanese envoy": what is left may be a country's adjective, which names the country)
      const rest = words.slice(1).join(' ');
      return { ...org, name: lookupPlaceAdjective(rest)?.name ?? rest };
    }
    return org;
  }
  // ("Kazakhstan has been dominated by its president Nursultan Nazarbayev": a government's post after "its" is the
  // country's the clause names first, where no organization stands between)
  if (allowPlace && doc.tokens[k]?.lower === 'its') {
    // (its subject, with no comma between: not "Acme Corp, based in Britain, said its president")
    for (let n = k - 1; n >= sentenceStart && doc.tokens[n]!.text !== ','; n--) {
      const before = entities.mentionEndingAt(n);
      if (!before) continue;
      const subject = doc.tokens[before.tokenStart - 1]?.pos !== 'ADP';
      if (subject && before.type === 'place' && before.code && lookupPlace(before.surface)?.kind === 'country') return orgAt(entities, before.tokenStart, true);
      break;
    }
  }
  const r = entities.referenceEndingAt(k);
  if (r) return orgAt(entities, r.tokenStart, allowPlace);
  return undefined;
}

/** Modifiers of a title that never open an organization's name: "Deputy State Department spokeswoman". */
const TITLE_ONLY_MODIFIERS = new Set(['deputy', 'acting', 'former', 'interim', 'assistant']);

/** The last organization before mention `m` whose name ends in the word `m` is ("Association" → "Feed Industry Association"). */
function namedBefore(entities: Entities, m: EntityMention): OrgRef | undefined {
  const word = m.surface.toLowerCase();
  let found: EntityMention | undefined;
  for (const o of entities.mentions) {
    if (o.start >= m.start) break;
    if (o.type === 'org' && o.name.toLowerCase().endsWith(' ' + word)) found = o;
  }
  return found && { name: found.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: true };
}

/**
 * A place's name as an org: a state's name as written ("U.S."), the state as
 * it then was where the text names one that no longer exists ("West German" →
 * West Germany), else the place's own name ("Japanese" → Japan).
 */
export function stateName(m: EntityMention): string {
  return writtenStateName(m.surface.replace(/\s+/g, ' ')) ?? m.name;
}

/** The owner written before a title inside one name: a country for a government title ("U.S.", "British"), else an organization. */
export function ownerOrg(ctx: RuleContext, [from, to]: [number, number], government: boolean): OrgRef | undefined {
  const { doc } = ctx;
  const written = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).replace(/\s+/g, ' ');
  // (words in lower case name no owner: "his southern counterpart")
  if (!/\p{Lu}/u.test(written)) return undefined;
  const placeNamed = (text: string) => lookupPlace(text) ?? lookupPlaceAdjective(text);
  // ("his West german counterpart": wire copy's case slips)
  const text = placeNamed(written) ? written : written.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const place = placeNamed(text);
  if (place) return government && place.code ? { name: writtenStateName(text) ?? place.name, tokenStart: from, tokenEnd: to, viaReference: false } : undefined;
  return { name: written, tokenStart: from, tokenEnd: to, viaReference: false };
}

/** Past a post written after the name ending at `end` ("Tom McCabe MSP", "Philippe Sands QC"), else `end`. */
export function pastPostnominal(doc: Doc, end: number): number {
  return POSTNOMINAL_POSTS.has(doc.tokens[end]?.text ?? '') ? end + 1 : end;
}

/**
 * "Boyd Jefferies, chairman and founder of the brokerage firm bearing his name": the firm named after the person,
 * where the words after the title say so and the story names one; else `org`.
 */
export function namesakeOrg(ctx: RuleContext, org: OrgRef | undefined, titleEnd: number, personName: string): OrgRef | undefined {
  if (org && !org.viaReference) return org;
  const { doc, entities } = ctx;
  const words = doc.tokens.slice(titleEnd, Math.min(titleEnd + 8, ctx.sentence.tokenEnd)).map((t) => t.lower).join(' ');
  if (!/^of the (?:[a-z-]+ ){1,3}(?:bearing|that bears|which bears) (?:his|her) name\b/.test(words)) return org;
  const surname = personName.split(' ').pop()!;
  const namesake = entities.mentions.find((m) => m.type === 'org' && m.name.split(' ')[0] === surname);
  return namesake ? { name: namesake.name, tokenStart: titleEnd, tokenEnd: titleEnd + 1, viaReference: true } : org;
}

/** The token after a wire ticker in angle brackets opening at `k` ("<RDR>"), or `k` where none does. */
export function pastTicker(doc: Doc, k: number): number {
  if (doc.tokens[k]?.text !== '<') return k;
  for (let e = k + 1; e < k + 6 && e < doc.tokens.length; e++) if (doc.tokens[e]!.text === '>') return e + 1;
  return k;
}

/** A US state at `k`, by name or as the wire abbreviates it (not a legal form, "Inc.", nor initials opening a name, "R.L. Day"). */
export function isUsState(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (lookupPlace(t.text)?.kind === 'state') return true;
  return US_STATE_ABBREVIATION.test(t.text) && !LEGAL_SUFFIXES.has(t.lower.replace(/\.$/, '')) && !/^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '');
}

/**
 * "of the bank employers' federation", "of the special debt commission": a body named in lower case after its
 * post, closed by a comma or the sentence's end, named as written (not a bare word: "of the division", "of the film").
 */
export function lowerCaseBody(doc: Doc, k: number, limit: number): OrgRef | undefined {
  if (doc.tokens[k]?.lower !== 'of' || doc.tokens[k + 1]?.lower !== 'the') return undefined;
  // (past words of its age: "of the newly established independent committee")
  let from = k + 2;
  while (from < limit && NEWLY.has(doc.tokens[from]!.lower)) from++;
  let e = from;
  while (e < limit && e < from + 5 && /^(?:[a-z][a-z-]*|['’])$/.test(doc.tokens[e]!.text)) e++;
  const closed = e >= limit || doc.tokens[e]!.text === ',' || (doc.tokens[e]!.pos === 'PUNCT' && e + 1 >= limit);
  // (a board is the company's own: "financial member of the management board")
  const last = doc.tokens[e - 1]!.lower;
  if (e - from < 2 || !closed || !BODY_WORDS.has(last) || last === 'board') return undefined;
  return { name: doc.text.slice(doc.tokens[from]!.start, doc.tokens[e - 1]!.end).replace(/\s+/g, ' '), tokenStart: from, tokenEnd: e, viaReference: false };
}
const NEWLY = new Set(['newly', 'recently', 'new', 'established', 'formed', 'created', 'newly-formed', 'newly-created', 'newly-established']);

/** A nation's adjective or a noun for its people, as a name of its own before a person's: "New Zealander", "Briton". */
export const isNationWord = (m: EntityMention): boolean => (m.type === 'place' && m.adjective === true && lookupPlace(m.name)?.kind === 'country') || DEMONYM_NOUNS.has(m.surface);

/**
 * Whether token `k` opens words that describe an employer with no "the" before them: an adjective, a participle or
 * an adverb before one ("troubled", "state-owned", "recently-privatised"), in lower case, not a noun ("stockbroker
 * Kleinwort Benson" is read as a word for the firm).
 */
function describesBare(doc: Doc, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  if (!t || k >= limit || !/^[a-z]/.test(t.text)) return false;
  if (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower))) return true;
  const next = doc.tokens[k + 1];
  // "state-owned", "privately-held": a word glued by a hyphen to a participle
  const gluedParticiple = next?.text === '-' && next.start === t.end && /^[a-z]+(?:ed|ing|run|held|known)$/.test(doc.tokens[k + 2]?.lower ?? '') && doc.tokens[k + 2]!.start === next.end;
  return gluedParticiple || (t.pos === 'ADV' && /ly$/.test(t.lower) && (next?.pos === 'ADJ' || next?.pos === 'VERB' || next?.text === '-'));
}
