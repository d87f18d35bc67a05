// The document's named things, shared by every extractor: organizations (with
// one canonical name each), people, places, and the references that point at
// an organization ("it", "the company", "the Chinese smartphone maker").
import type { Doc } from '../document/document.js';
import { isDictionaryWord } from '../document/nlp.js';
import { BODY_WORDS, CHAMBERS, CLIPPED_NAMES, COMMITTEE_WORDS, KNOWN_ORGANIZATIONS, LEADING_FORMS, ORG_HEAD_WORDS, PARTY_WORDS, STOCK_CODE, SUBSIDIARY_WORD } from '../lexicon/organizations.js';
import { GIVEN_NAMES, NAME_PARTICLES } from '../lexicon/people.js';
import { isTitleWord } from '../lexicon/titles.js';
import { GOVERNMENT_SEATS, places } from '../lexicon/places.js';
import { decide, isLegalSuffix, lookupPlace, lookupPlaceAdjective, mentionEvidence, nameEvidence, nameKey, type EntityType, type Evidence } from './classify.js';
import { findNames, isAcronym, namedAlone, type NameChunk } from './names.js';
import { resolveReferences } from './references.js';

export type { EntityType } from './classify.js';

export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** the text as written (without a possessive 's) */
  surface: string;
  /** canonical name in this document */
  name: string;
  /** places: ISO 3166-1 alpha-2 of a country, else null */
  code: string | null;
  possessive: boolean;
  /** places named by their adjective ("Chinese", "Middle Eastern") */
  adjective: boolean;
}

/** A phrase that refers to organizations named elsewhere: "it", "the company", "the two tech giants". */
export interface OrgReference {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  names: string[];
  possessive: boolean;
}

export interface Entities {
  /** every name mention, in document order */
  mentions: EntityMention[];
  /** resolved references to organizations, in document order */
  references: OrgReference[];
  /** the name mention that starts at this token, if any */
  mentionAt(tokenIndex: number): EntityMention | undefined;
  /** the reference that starts at this token, if any */
  referenceAt(tokenIndex: number): OrgReference | undefined;
  /** the name mention whose last token is this one, if any */
  mentionEndingAt(tokenIndex: number): EntityMention | undefined;
  /** the reference whose last token is this one, if any */
  referenceEndingAt(tokenIndex: number): OrgReference | undefined;
  /** canonical name for an organization's surface form, or the form itself */
  canonicalOrg(surface: string): string;
  /** the type a name has in this document */
  typeOf(surface: string): EntityType | undefined;
}

/** "H.J.", "J.": initials that open a company's name ("H.J. Heinz Co"). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SETS_OFF_INITIALS = new Set(['(', ',', '<']);
/** Generic first words that do not stand for the whole organization ("General" of "General Motors"). */
const GENERIC_FIRST_WORDS = new Set(['american', 'general', 'national', 'first', 'united', 'international', 'new', 'great', 'royal', 'standard', 'continental', 'pacific', 'western', 'eastern', 'southern', 'northern', 'central', 'federal', 'public', 'union', 'consolidated', 'allied', 'associated', 'universal', 'global', 'world', 'north', 'south', 'east', 'west', 'british', 'china', 'japan', 'bank', 'trust', 'security', 'home', 'chase', 'citizens', 'commercial', 'financial', 'mutual', 'state', 'city',
  // a chamber's committees are not the chamber ("House" is no short form of "House Ways and Means Committee")
  'house', 'senate', 'commons', 'lords']);

/** A document's entities when none were looked for. */
export const NO_ENTITIES: Entities = {
  mentions: [],
  references: [],
  mentionAt: () => undefined,
  referenceAt: () => undefined,
  mentionEndingAt: () => undefined,
  referenceEndingAt: () => undefined,
  canonicalOrg: (surface) => surface,
  typeOf: () => undefined,
};

/** A name as written, as its canonical form keeps it: no trailing comma, spaces collapsed. */
const writtenForm = (text: string) => text.replace(/,$/, '').replace(/\s+/g, ' ');

/**
 * A lone capitalized word opening a sentence that is an ordinary word, not a
 * name: wink's English lexicon lists it ("Shares", "Consumer", "Discussions"),
 * or it is a former something ("Ex-Labour"). "Broadcom", "Xiaomi" and an
 * acronym stay names.
 */
export function opensSentenceAsWord(doc: Doc, m: EntityMention, entities?: Entities): boolean {
  if (m.type !== 'other' || m.tokenEnd - m.tokenStart !== 1 || m.tokenStart !== doc.sentences[m.sentence]!.tokenStart || isAcronym(m.surface)) return false;
  // ("Airbus head Noel Forgeard" in a story that writes "Airbus" mid-sentence too: the story uses the word as a name)
  if (entities && writtenMidSentence(doc, entities).has(m.name)) return false;
  // ("Kremlin leader Mikhail Gorbachev": a seat of government is a name wherever it stands)
  if (Object.hasOwn(GOVERNMENT_SEATS, m.surface)) return false;
  return isDictionaryWord(m.surface.toLowerCase()) || /^ex-/i.test(m.surface);
}

/** The names a document writes somewhere other than at a sentence's start, found once per document. */
const midSentenceNames = new WeakMap<Entities, Set<string>>();
function writtenMidSentence(doc: Doc, entities: Entities): Set<string> {
  let names = midSentenceNames.get(entities);
  if (!names) {
    names = new Set(entities.mentions.filter((m) => m.tokenStart !== doc.sentences[m.sentence]!.tokenStart).map((m) => m.name));
    midSentenceNames.set(entities, names);
  }
  return names;
}

export function buildEntities(doc: Doc): Entities {
  const chunks = findNames(doc);
  const evidence = new Map<string, Evidence>();
  const keys = chunks.map((c) => nameKey(c.text));
  for (let i = 0; i < chunks.length; i++) {
    const e = mentionEvidence(doc, chunks[i]!, keys[i]!);
    const sum = evidence.get(keys[i]!);
    if (sum) {
      sum.org += e.org;
      sum.person += e.person;
      sum.place += e.place;
    } else {
      const once = nameEvidence(doc, chunks[i]!);
      evidence.set(keys[i]!, { org: e.org + once.org, person: e.person + once.person, place: e.place + once.place });
    }
  }
  const typeOfKey = new Map<string, EntityType>();
  for (const [key, e] of evidence) typeOfKey.set(key, decide(e));

  // aliases and canonical names both read each name as written
  const written = chunks.map((c) => writtenForm(c.text));
  const alias = buildAliases(doc, chunks, keys, written, typeOfKey);
  // a name of unknown kind that an organization's short form or initials stand for is that organization ("Lockheed Martin" for "Lockheed")
  for (const [short, full] of alias) if (typeOfKey.get(short) === 'org' && typeOfKey.get(full) === 'other' && (full.startsWith(short + ' ') || isAcronym(short))) typeOfKey.set(full, 'org');
  // "Sundar Katwala ... Mr Katwala added": a name of unknown kind whose family name the story gives a person's style
  // is that person's
  const styledFamilyNames = new Set([...typeOfKey].filter(([key, type]) => type === 'person' && !key.includes(' ')).map(([key]) => key));
  if (styledFamilyNames.size) {
    for (let i = 0; i < chunks.length; i++) {
      const words = written[i]!.split(' ');
      // (not past a word that describes the person: "Dominican Alfredo Ricart", "Technician Leslie Keefe")
      const first = words[0]!;
      if (typeOfKey.get(keys[i]!) === 'other' && words.length >= 2 && words.length <= 3 && styledFamilyNames.has(nameKey(words[words.length - 1]!)) && !isTitleWord(first.toLowerCase()) && !lookupPlace(first) && !lookupPlaceAdjective(first)) typeOfKey.set(keys[i]!, 'person');
    }
  }
  // "Thomas Ward ... Ward said it was his idea": a family name of a person named before it is that person, where
  // only a weak cue ("said it") made it an organization ("Ford, the US car company" before "Bill Ford" stays one)
  for (const [short, full] of alias) {
    const e = evidence.get(short);
    if (typeOfKey.get(short) === 'org' && typeOfKey.get(full) === 'person' && e && e.org - e.person < 3 && keys.indexOf(full) < keys.indexOf(short)) typeOfKey.set(short, 'other');
  }
  const canonical = canonicalNames(chunks, keys, written, typeOfKey, alias);

  const mentions: EntityMention[] = chunks.map((c, i) => {
    const key = keys[i]!;
    let type = typeOfKey.get(key)!;
    let target = key;
    // a short form of several words stands for a longer name too ("Ferrovia Nord" for "Ferrovia Nord Logistica SpA"),
    // but not for a finance arm named after its parent ("General Motors Acceptance Corp")
    if ((type === 'other' || !key.includes(' ') || !SUBSIDIARY_WORD.test(alias.get(key)?.slice(key.length) ?? '')) && alias.has(key)) {
      const a = alias.get(key)!;
      // "Mistral" (an organization by its own cues) for "Mistral AI" (no cue of its own)
      if (type === 'other' || typeOfKey.get(a) === type || (type === 'org' && typeOfKey.get(a) === 'other')) {
        target = a;
        type = typeOfKey.get(a)!;
      }
    }
    // (a name wrapped over two lines, "West\nGerman", is looked up as one line by the lookups themselves)
    const placeName = type === 'place' ? lookupPlace(c.text) : undefined;
    const placeAdjective = type === 'place' && !placeName ? lookupPlaceAdjective(c.text) : undefined;
    const place = placeName ?? placeAdjective;
    return {
      type,
      start: c.start,
      end: c.end,
      tokenStart: c.tokenStart,
      tokenEnd: c.tokenEnd,
      sentence: c.sentence,
      surface: c.text,
      name: place ? place.name : (canonical.get(target) ?? c.text),
      code: place?.code ?? null,
      possessive: c.possessive,
      adjective: !!placeAdjective,
    };
  });

  const references = resolveReferences(doc, mentions);
  // rules ask at almost every token: arrays over the tokens answer faster than maps
  const n = doc.tokens.length;
  const byToken = new Array<EntityMention | undefined>(n);
  const byLastToken = new Array<EntityMention | undefined>(n);
  const refByToken = new Array<OrgReference | undefined>(n);
  const refByLastToken = new Array<OrgReference | undefined>(n);
  // later ones win where two start (or end) at one token, as they did in maps built in order
  for (const m of mentions) {
    byToken[m.tokenStart] = m;
    byLastToken[m.tokenEnd - 1] = m;
  }
  for (const r of references) {
    refByToken[r.tokenStart] = r;
    refByLastToken[r.tokenEnd - 1] = r;
  }
  const canonicalBySurface = new Map<string, string>();
  for (const m of mentions) if (m.type === 'org') canonicalBySurface.set(m.surface, m.name);

  return {
    mentions,
    references,
    mentionAt: (i) => byToken[i],
    referenceAt: (i) => refByToken[i],
    mentionEndingAt: (i) => byLastToken[i],
    referenceEndingAt: (i) => refByLastToken[i],
    canonicalOrg: (surface) => canonicalBySurface.get(surface) ?? canonical.get(alias.get(nameKey(surface)) ?? nameKey(surface)) ?? surface,
    typeOf: (surface) => typeOfKey.get(alias.get(nameKey(surface)) ?? nameKey(surface)),
  };
}

/**
 * The letters a government department's initials are spelled from: [country, "D", field] ("USDA" for "U.S.
 * Agriculture Department" or "U.S. Department of Agriculture"), and without a country ["D", "O", field] ("DOE" for
 * "Energy Department"). None for other names.
 */
function departmentInitials(words: string[]): string[][] {
  const at = words.indexOf('Department');
  if (at < 0) return [];
  const field = at === words.length - 1 ? words[at - 1] : words[at + 1] === 'of' ? words[at + 2] : undefined;
  const opening = words.slice(0, at === words.length - 1 ? at - 1 : at);
  if (!field || !/^\p{Lu}\p{Ll}/u.test(field) || opening.length > 1) return [];
  // ("U.S." or "US": the country written in its initials)
  const initials = opening[0]?.replace(/\./g, '');
  const country = initials && /^\p{Lu}{2,3}$/u.test(initials) && lookupPlace(opening[0]!)?.kind === 'country' ? initials : undefined;
  if (opening.length === 1 && !country) return [];
  return country ? [[...country, 'D', field]] : [['D', 'O', field]];
}

/** Particles whose letter some initials keep ("BOJ" for "Bank of Japan", "PDV" for "Petroleos de Venezuela"). */
const INITIALED_PARTICLES = new Set(['of', 'de', 'del', 'do', 'da', 'di', 'du', 'des']);

/** Whether the capitals of `short` are, in order, capitals of `full`, the first one first ("PwC" of "PricewaterhouseCoopers"), or all of them ("Pipa"). */
function capitalsOf(short: string, full: string): boolean {
  const have = full.replace(/\P{Lu}/gu, '');
  // "Pipa" of "Program on International Policy Attitudes": initials written as a word, as the BBC writes them, are
  // all the capitals of the full name, in order
  if (/^\p{Lu}\p{Ll}{2,}$/u.test(short) && have.length >= 3) return short.toUpperCase() === have;
  const want = short.replace(/\P{Lu}/gu, '');
  // (a digit of the short form is written in the full name too: "NM2" is no short form of "New Millennium")
  if (want.length < 2 || want[0] !== have[0] || [...short.replace(/\D/g, '')].some((d) => !full.includes(d))) return false;
  let k = 0;
  for (const c of have) if (c === want[k]) k++;
  return k === want.length;
}

/**
 * Whether `short` ("VW") is the initials of the parts of the one word `word`
 * ("Volkswagen"): its first letter opens the word, and each other letter stands
 * at least three letters after the one before, where a part could begin.
 */
function compoundInitials(short: string, word: string): boolean {
  if (word.length < 6 || word[0] !== short[0]) return false;
  let at = 0;
  for (const letter of short.slice(1).toLowerCase()) {
    at = word.toLowerCase().indexOf(letter, at + 3);
    if (at < 0) return false;
  }
  return true;
}

/** The words after a broadcaster's name that name one of its outlets: "World Service", "News", "Radio 4", "One" (not "Metropole Television", a name whole). */
const OUTLET = /^(?:world service|news|radio|one|two|three|four|worldwide)\b/i;

/** The first of two names a company's first word joins by a hyphen: "Daimler" of "Daimler-Benz AG". */
const HYPHENATED_FIRST = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}+(?:\s|$)/u;

/** Initials with a lower-case letter or two inside, ending on a capital: "FmHA", "BofA". */
const MIXED_INITIALS = /^\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,4}$/u;

/**
 * Short forms that stand for a longer name in the same document: "Penril" for
 * "Penril Corp", "Suri" for "Rajeev Suri", "IBM" for "International Business Machines".
 */
function buildAliases(doc: Doc, chunks: NameChunk[], keys: string[], written: string[], typeOfKey: Map<string, EntityType>): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  const offer = (short: string, full: string) => {
    // (a broadcaster's outlet is a part of it, not its full name: "the BBC's Louisa Lim" beside "BBC World Service")
    if (short === full || (full.startsWith(short + ' ') && OUTLET.test(full.slice(short.length + 1)))) return;
    // (nor is a chamber short for a committee of it: "House Speaker James Wright" beside "House Ways and Means Committee")
    if (CHAMBERS.has(short) && /\b(?:Committee|Subcommittee)\b/.test(full)) return;
    let set = candidates.get(short);
    if (!set) candidates.set(short, (set = new Set()));
    set.add(full);
  };
  // "Eastern lost 130.8 mln dlrs", "Eastern's new owner": a generic first word the story writes again and again as a
  // name, in a story with one organization that opens with it, is short for that one ("Eastern Airlines")
  const timesWritten = new Map<string, number>();
  for (const k of keys) timesWritten.set(k, (timesWritten.get(k) ?? 0) + 1);
  // how many organizations' names open with each first word, counted once per document
  const openingWith = new Map<string, number>();
  for (const [k, t] of typeOfKey) {
    const space = k.indexOf(' ');
    if (t === 'org' && space > 0) openingWith.set(k.slice(0, space), (openingWith.get(k.slice(0, space)) ?? 0) + 1);
  }
  // (not a legislature's chamber: "House" is no short form of "House Budget Committee")
  const genericAsName = (word: string, full: string) =>
    !CHAMBERS.has(word) && (timesWritten.get(word) ?? 0) >= 2 && typeOfKey.get(word) !== 'place' && typeOfKey.get(word) !== 'person' && (openingWith.get(word) ?? 0) - (typeOfKey.get(full) === 'org' ? 1 : 0) === 0;
  // "Greyhound Corp" is its own company, not short for "Greyhound Lines"
  const firstAt = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!firstAt.has(key)) firstAt.set(key, i);
  });
  const ownLegalName = new Set<string>();
  // a name as first written with its legal form ("San Miguel Corp" for the key "San Miguel")
  const withLegalForm = new Map<string, string>();
  for (let i = 0; i < chunks.length; i++) {
    if (keys[i] === written[i]) continue;
    ownLegalName.add(keys[i]!);
    if (!withLegalForm.has(keys[i]!)) withLegalForm.set(keys[i]!, written[i]!);
  }
  // "SEC" for "Securities and Exchange Commission"; "EPA" for "US Environmental Protection Agency" (a country
  // before a name describes it and has no letter in its initials)
  // the names whose initials a short form is, apart from the names it opens ("ICI" for "Imperial Chemical Industries", not "ICI Pharma")
  const spelled = new Set<string>();
  const offerInitials = (words: string[], wanted: (initials: string) => boolean = () => true) => {
    const key = words.join(' ');
    const capitalized = words.filter((w) => /^\p{Lu}/u.test(w));
    const forms = [capitalized];
    // "SMC" for "San Miguel Corp": the legal form has its letter too
    const legal = withLegalForm.get(key)?.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (legal) forms.push(legal);
    if (capitalized.length > 2 && lookupPlace(capitalized[0]!)?.kind === 'country') forms.push(capitalized.slice(1));
    // "M&S" for "Marks & Spencer (Plc)": the ampersand stays in the initials, the legal form stays out
    // ... as it does for an "and" ("S&N" for "Scottish and Newcastle")
    if (words.includes('&') || words.includes('and')) forms.push(words.map((w) => (w === 'and' ? '&' : w)).filter((w) => (w === '&' || /^\p{Lu}/u.test(w)) && !isLegalSuffix(w)));
    // "BOJ" for "Bank of Japan", "DOJ" for "Department of Justice": a particle's letter may stand in the initials too
    if (words.some((w) => INITIALED_PARTICLES.has(w))) forms.push(words.filter((w) => /^\p{Lu}/u.test(w) || INITIALED_PARTICLES.has(w)).map((w) => w.toUpperCase()));
    // "USDA" for "U.S. Agriculture Department", "DOE" for "Energy Department": a government department goes by its
    // country's initials, "D" and its field's, or by "DO" and its field's, whichever order the name has
    forms.push(...departmentInitials(words));
    // "UKIP" for "UK Independence Party": initials opening the name keep all their letters
    if (/^\p{Lu}{2,3}$/u.test(capitalized[0] ?? '') && capitalized.length > 1) forms.push([...capitalized[0]!, ...capitalized.slice(1)]);
    for (const form of forms) {
      const initials = form.map((w) => w[0]).join('');
      // ("BT" is no short form of "BT Together")
      if (initials.length >= 2 && !words.includes(initials) && wanted(initials)) {
        offer(initials, key);
        spelled.add(`${initials}\u0000${key}`);
        // ("AT and T" for "American Telephone and Telegraph": the wire writes the ampersand out)
        if (initials.includes('&')) offer(initials.replace(/&/g, ' and '), key);
      }
    }
  };
  const openingWords = new Set([...typeOfKey.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
  for (const [key, type] of typeOfKey) {
    // "Daimler" for "Daimler-Benz AG": a company named for two joined by a hyphen goes by the first of them, where that
    // is no ordinary word ("Rolls"), given name or place
    // (nor where it is a company's own name, with a legal form or opening a longer one: "Bechtel Corp" beside
    // "Bechtel-Control Asbestos Management Inc", "Ciba Vision Group" beside "Ciba-Geigy Ltd")
    const joined = type === 'org' ? HYPHENATED_FIRST.exec(key)?.[1] : undefined;
    if (joined && !isDictionaryWord(joined.toLowerCase()) && !GIVEN_NAMES.has(joined.toLowerCase()) && !lookupPlace(joined) && typeOfKey.get(joined) !== 'person' && !ownLegalName.has(joined) && !openingWords.has(joined)) offer(joined, key);
    // only people's and organizations' names of two words or more have short forms
    if (type === 'place' || !key.includes(' ')) continue;
    const words = key.split(' ');
    if (type === 'person' && words.length >= 2) {
      const surname = words.filter((w) => !/^(Jr|Sr|II|III|IV)\.?$/.test(w)).pop()!;
      offer(surname, key);
      // "da Silva" for "Luiz Inacio Lula da Silva", "van der Does" for "Rein van der Does": the family name with its particles
      const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
      if (particle > 0 && particle < words.length - 1) offer(words.slice(particle).join(' '), key);
      // "Lula" for "Luiz Inacio Lula da Silva", "Garcia" for "Alan Garcia Perez": a family name inside the name
      // (no given name: a middle name is not how a story refers back)
      for (const w of words.slice(1, -1)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !GIVEN_NAMES.has(w.toLowerCase())) offer(w, key);
    }
    // a name of unknown kind whose first word is elsewhere an organization's is that organization written in full
    // ("Albion" for "Albion Mutual"), where the full name comes first ("Google Video" after "Google" is Google's
    // product), is no product named after its maker ("Archos AV400") and does not look like a person's name
    // ... or whose opening words are ("JP Morgan Chase" before "JP Morgan"; not a party's members in it, "House
    // Budget Committee Democrats")
    const orgOpening = (n: number) => {
      const opening = words.slice(0, n).join(' ');
      const members = words.slice(n).some((w) => PARTY_WORDS.has(w) || PARTY_WORDS.has(w.replace(/s$/, '')));
      return typeOfKey.get(opening) === 'org' && !members && (firstAt.get(key) ?? Infinity) < (firstAt.get(opening) ?? Infinity);
    };
    const fullOrg = type === 'org' || (type === 'other' && words.slice(1).some((_, i) => orgOpening(i + 1)) && !/\d/.test(key) && !GIVEN_NAMES.has(words[0]!.toLowerCase()));
    // (a station known by its number is no full name of its broadcaster: "BBC" is not short for "BBC Radio 4")
    if (fullOrg && words.length >= 2 && !/^\d+$/.test(words[words.length - 1]!)) {
      // "Heinz" for "H.J. Heinz Co": a family name after its initials is the short form too
      // ... and so is the name after a legal form written first ("Nusantara Digital" for "PT Nusantara Digital Tbk")
      // ... or after a city or a state named in two words ("Cotton Exchange" for "New York Cotton Exchange")
      const opening = words.length > 3 ? lookupPlace(`${words[0]} ${words[1]}`)?.kind : undefined;
      let from = opening === 'city' || opening === 'state' ? 2 : 0;
      // ... or after the city that opens it ("Yuhua" for "Shanghai Yuhua Medical Equipment Co. Ltd."); a country
      // before a name describes it ("US Federal Reserve") and stays out of the canonical name's short forms
      while (from < words.length - 1 && (INITIALS.test(words[from]!) || LEADING_FORMS.has(words[from]!.toLowerCase()) || (from === 0 && words.length > 2 && lookupPlace(words[0]!)?.kind === 'city'))) from++;
      for (let n = from + 1; n < words.length || (from > 0 && n === words.length); n++) {
        if (n === 1 && GENERIC_FIRST_WORDS.has(words[0]!.toLowerCase()) && !genericAsName(words[0]!, key)) continue;
        const prefix = words.slice(from, n).join(' ');
        // (a place's name is no short form, unless the story uses it as an organization's: "Pearl River, which reports to ...")
        // (nor is a group's name the story wrote alone before its arm named after it: "Barclays" before "Barclays Capital")
        const groupBeforeArm = n === 1 && (firstAt.get(prefix) ?? Infinity) < (firstAt.get(key) ?? Infinity) && SUBSIDIARY_WORD.test(words[1]!);
        if ((!lookupPlace(prefix) || typeOfKey.get(prefix) === 'org') && !ownLegalName.has(prefix) && !groupBeforeArm) offer(prefix, key);
      }
      // "Moody's" for "Moody's Investors Service": a name whose first word is written with its 's is short for the
      // whole, as a possessive's name is read without it ("Moody's Vice President"), where the story never writes
      // that word without it (not "BankAmerica's Seafirst Corp" in a story about "BankAmerica Corp")
      const owner = /^(.+)['’]s$/u.exec(words[from]!)?.[1];
      if (owner && words.length > from + 1 && typeOfKey.get(owner) !== 'person' && !lookupPlace(owner) && !namedAlone(doc, owner)) offer(owner, key);
      offerInitials(words);
      // "Ways and Means" for "House Ways and Means Committee": a chamber's committee by its field, in words enough
      if (CHAMBERS.has(words[0]!) && COMMITTEE_WORDS.has(words[words.length - 1]!.toLowerCase()) && words.length >= 4) {
        offer(words.slice(1).join(' '), key);
        offer(words.slice(1, -1).join(' '), key);
      }
      // "Kodak" for "Eastman Kodak Co", "United" for "Manchester United": a two-word name's last word, where it is
      // no ordinary word or the first word is the city the name is after
      const core = words.filter((w) => !isLegalSuffix(w));
      // (not after a given name, a nation's adjective or an ordinary word that opened a sentence: "Now Chrysler Corp")
      const [first, last] = core;
      const plainFirst = !!first && !GIVEN_NAMES.has(first.toLowerCase()) && !lookupPlaceAdjective(first) && !isDictionaryWord(first.toLowerCase());
      // (not a company's own name with its legal form: "Celanese Corp" beside "Hoechst Celanese Corp")
      if (core.length === 2 && last && words[0] === first && /^\p{Lu}\p{Ll}{2,}$/u.test(last) && !ownLegalName.has(last) && !ORG_HEAD_WORDS.has(last.toLowerCase()) && !lookupPlace(last) && !GIVEN_NAMES.has(last.toLowerCase()) && (lookupPlace(first!)?.kind === 'city' || (plainFirst && !isDictionaryWord(last.toLowerCase())))) offer(last, key);
    }
    // "The National Audit Office said ... NAO head Sir John Bourn": a name of unknown kind that the story
    // shortens to initials it uses as an organization's is that organization written in full
    // ... or that the story writes in capitals as a name of unknown kind too ("The U.S. General Accounting Office
    // said ... GAO Senior Associate Director Brian Crowley")
    else if (type === 'other' && words.length >= 2) offerInitials(words, (initials) => typeOfKey.get(initials) === 'org' || (typeOfKey.get(initials) === 'other' && initials.length >= 3));
  }
  // "Securities and Exchange Commission (SEC)"
  // ... and "Saigon Dairy Joint Stock Company (Sadico)": a one-word short name in parentheses
  const definedAs = new Map<string, string>();
  chunks.forEach((c, i) => {
    const next = chunks[i + 1];
    // (a stock code may follow the possessive: "Fujitsu Ltd's <ITSU.T> plan")
    const owned = c.possessive && doc.tokens[c.tokenEnd + 1]?.text === '<' && STOCK_CODE.test(next?.text ?? '') ? 1 : 0;
    if (!next || next.sentence !== c.sentence || next.tokenStart !== c.tokenEnd + 1 + owned) return;
    const parenthesized = doc.tokens[c.tokenEnd]?.text === '(' && doc.tokens[next.tokenEnd]?.text === ')' && next.tokenEnd - next.tokenStart === 1;
    // ("PricewaterhouseCoopers (PwC)": a name of unknown kind is the organization its capitals in brackets are)
    if (typeOfKey.get(keys[i]!) !== 'org' && !(parenthesized && typeOfKey.get(keys[i]!) === 'other' && typeOfKey.get(keys[i + 1]!) !== 'person' && capitalsOf(next.text, keys[i]!))) return;
    // (set off by a bracket or a comma, or a ticker's "<": "the Financial Times that GM's argument" gives GM no other name)
    // (after a comma, only initials that close the aside: "Standard Oil Co, BP Managing Director" is a list)
    const opener = doc.tokens[c.tokenEnd + owned]?.text ?? '';
    const setOff = SETS_OFF_INITIALS.has(opener) && (opener !== ',' || /^[,;.()]$/.test(doc.tokens[next.tokenEnd]?.text ?? '.'));
    // ... or its stock code in the wire's brackets, exchange and all ("Swissair <SWSZ.Z>")
    // (not a place in brackets, where the firm works: "Bache Securities (Japan) analyst")
    if ((((isAcronym(next.text) || STOCK_CODE.test(next.text)) && setOff) || parenthesized) && !lookupPlace(next.text)) {
      offer(next.text, keys[i]!);
      if (parenthesized && capitalsOf(next.text, keys[i]!) && !definedAs.has(next.text)) definedAs.set(next.text, keys[i]!);
    }
  });
  // "Ex-Im" for "Export-Import Bank": each part of a hyphenated name clipped to its first letters
  const hyphenated = [...typeOfKey.keys()].filter((k) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?: |$)/u.test(k));
  for (const short of typeOfKey.keys()) {
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(short)) continue;
    const parts = short.split('-');
    for (const full of hyphenated) {
      const fullParts = full.split(' ')[0]!.split('-');
      if (full !== short && fullParts.length === parts.length && parts.every((p, j) => p.length < fullParts[j]!.length && fullParts[j]!.startsWith(p))) offer(short, full);
    }
  }
  // "the Fed" for "the Federal Reserve Board": a clipped name
  for (const [short, opening] of Object.entries(CLIPPED_NAMES)) {
    if (!typeOfKey.has(short)) continue;
    for (const [key, type] of typeOfKey) if (type === 'org' && key.startsWith(opening + ' ')) offer(short, key);
  }
  // "VW" for "Volkswagen AG": the initials of a one-word name's parts, where no name has them as its words' initials
  for (const short of typeOfKey.keys()) {
    // (two letters only: three fit too many words, "BDB" in "Bundesbank")
    if (!/^\p{Lu}{2}$/u.test(short) || candidates.has(short)) continue;
    for (const [key, type] of typeOfKey) {
      const words = key.split(' ').filter((w) => !isLegalSuffix(w));
      if (type === 'org' && words.length === 1 && compoundInitials(short, words[0]!)) offer(short, key);
    }
  }
  // where a short form fits several names ("Kraft": "Kraft Foods Group Inc" and, later, "The Kraft Heinz
  // Company"), it stands for the one the story named before it first used the short form
  // "Mr Park" for "Park Ji-hoon", "Mr Wang" for "Wang Xiang": a family name written first, which only the
  // honorific (or a hyphenated given name after it) shows is the short form
  const addressed = new Set<string>();
  chunks.forEach((c, i) => {
    if (c.honorific && c.tokenEnd - c.tokenStart === 1) addressed.add(keys[i]!);
  });
  for (const [key, type] of typeOfKey) {
    if (type !== 'person') continue;
    const words = key.split(' ');
    if (words.length < 2 || candidates.has(words[0]!)) continue;
    if (addressed.has(words[0]!) || (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!))) offer(words[0]!, key);
  }
  const alias = new Map<string, string>();
  for (const [short, allOffered] of candidates) {
    // "Skyvola ... the Skyvola Pilots Association", "Marsh County ... Marsh County Community College": a body named after
    // the company or place the story named first is a body of its own
    // ... as is a regional arm named after it ("Hanbit ... Hanbit Europe")
    const ownBody = (f: string) => BODY_WORDS.has(f.split(' ').pop()!.toLowerCase()) || !!lookupPlace(f.slice(short.length + 1));
    const offered = new Set([...allOffered].filter((f) => !(firstAt.get(short)! < (firstAt.get(f) ?? Infinity) && f.startsWith(short + ' ') && ownBody(f))));
    if (!offered.size) continue;
    // an organization's full name is preferred to a name of unknown kind ("Mitsubishi Tokyo Financial Group", not "Mitsubishi Tokyo")
    const orgs = [...offered].filter((f) => typeOfKey.get(f) === 'org');
    const fulls = typeOfKey.get(short) === 'org' && orgs.length ? new Set(orgs) : offered;
    if (fulls.size === 1) {
      alias.set(short, [...fulls][0]!);
      continue;
    }
    // initials ("TWA", "MCE") are read as the story spells them out, not by order
    // ... and where the story defines them in brackets, by that name ("the European Commission (EC)" beside a
    // "European Council")
    if (isAcronym(short)) {
      const spelledOut = [...fulls].filter((f) => spelled.has(`${short}\u0000${f}`));
      const defined = definedAs.get(short);
      if (spelledOut.length === 1) alias.set(short, spelledOut[0]!);
      else if (defined && fulls.has(defined)) alias.set(short, defined);
      continue;
    }
    const shortAt = firstAt.get(short) ?? Infinity;
    const before = [...fulls].filter((f) => (firstAt.get(f) ?? Infinity) < shortAt).sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
    if (before.length) alias.set(short, before[0]!);
  }
  // "FmHA" for "Farmers Home Administration", "BofA" for "Bank of America": initials some lower-case letters are
  // written into stand for what their capitals do
  for (const key of firstAt.keys()) {
    const capitals = MIXED_INITIALS.test(key) ? key.replace(/\p{Ll}/gu, '') : undefined;
    if (capitals && !alias.has(key) && alias.has(capitals) && spelled.has(`${capitals}\u0000${alias.get(capitals)}`)) alias.set(key, alias.get(capitals)!);
  }
  return alias;
}

/** One name per entity: the fullest form, as first written (legal suffix included). */
function canonicalNames(chunks: NameChunk[], keys: string[], written: string[], typeOfKey: Map<string, EntityType>, alias: Map<string, string>): Map<string, string> {
  const canonical = new Map<string, string>();
  for (let i = 0; i < chunks.length; i++) {
    const key = keys[i]!;
    const type = typeOfKey.get(key);
    if (type === 'place') continue;
    const current = canonical.get(key);
    const form = written[i]!;
    if (current === undefined || (form.length > current.length && form.startsWith(current))) canonical.set(key, form);
  }
  for (const [short, full] of alias) if (!canonical.has(short) && canonical.has(full)) canonical.set(short, canonical.get(full)!);
  // names a rule pack declares take the pack's canonical name
  for (const key of canonical.keys()) {
    const declared = KNOWN_ORGANIZATIONS.get(key) ?? KNOWN_ORGANIZATIONS.get(canonical.get(key)!);
    if (declared) canonical.set(key, declared);
  }
  return canonical;
}

export { places };
