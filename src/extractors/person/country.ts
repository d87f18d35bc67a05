// The country a government officer serves when the sentence names none:
// "Finance Minister Edouard Balladur" in a story about France, "Prime Minister
// Margaret Thatcher said Britain would ...". A country named in the same
// sentence comes first (the nearest one before the title, else after it),
// after offices only one country has ("Chancellor of the Exchequer"),
// then the country the story names most (a capital or a state counts for its
// country).
import { sameSurname } from './context.js';
import type { Doc } from '../../document/document.js';
import { sentenceAt, tokenAt } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { countryInitials, lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { EVENT_NOUNS, GERMAN_UNIFICATION, SOVIET_DISSOLUTION, GOVERNMENT_SEATS, HEADLINE_SHORT_FORMS, NATIONAL_BODIES, NEWS_STATE_NAMES, WRITTEN_STATE_NAMES, isWrittenStateName, namesOfState, places, writtenStateName } from '../../lexicon/places.js';
import { CURRENCY_COUNTRY, CURRENCY_WORDS, QUALIFIED_CURRENCIES, SCALE_WORDS } from '../../lexicon/money.js';
import { CHANCELLOR_COUNTRIES, EMPERORS, isTitleWord, MONARCH_STYLES, MONARCHIES, NO_FINANCE_MINISTER, NO_MINISTERS, NO_PRESIDENT, NO_PRIME_MINISTER, NO_SECRETARIES, NO_SENATORS, ROLE_COUNTRY } from '../../lexicon/titles.js';

/** Roles of a national government's officers (a "vice president" or a "general secretary" is more often a company's or a party's). */
// ("minister for Europe", "undersecretary of state": a department's post with its field after it)
const NATIONAL_ROLE = /(?:^|\s)(?:(?:minister|secretary|undersecretary|under-secretary)(?: (?:for|of|in charge of) [a-z ,&'-]+| without portfolio)?|premier|chancellor|president|senator|(?:ambassador|high commissioner)(?: to [a-z .'-]+)?|congressman|legislator|attorney general|chancellor of the exchequer|secretary of state|trade representative|central bank (?:governor|president|head|chief|chairman)|government spokesman|government spokeswoman|presidential spokesman|presidential spokeswoman|debt negotiator|trade negotiator|arms control negotiator|arms negotiator|secretary to the treasury|national security adviser|national security advisor|parliamentary speaker)$/;
/** A monarch's style as a role ("king", "crown prince"): only a monarchy has one. */
const MONARCH_ROLE = new RegExp(`^(?:${[...MONARCH_STYLES].map((s) => s.toLowerCase()).join('|')})$`);
const NOT_NATIONAL = /vice president|company secretary|general secretary|secretary general|press secretary|executive secretary|permanent secretary|local government spokes/;

export function isNationalRole(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.some((r) => NATIONAL_ROLE.test(r) && !NOT_NATIONAL.test(r)) && !roles.some((r) => FIRMS_ONLY.test(r));
}
/** Posts only firms have: a "president and chief executive officer" is no state's officer, nor an "executive vice president and secretary". */
const FIRMS_ONLY = /(?:^|\s)(?:chief (?:executive|operating|financial|information|technology) officer|general manager|(?:executive|senior|group) vice president|general counsel)$/;

interface CountryMention {
  code: string;
  /** the name to give: the country's, or a former state's as written ("West German" → West Germany) */
  name: string;
  sentence: number;
  start: number;
  tokenStart: number;
  /** how much it says about the story's country: a capital or a state ("in Paris") or one of a list of countries says less */
  weight: number;
  /** a city where something happens ("talks with banks in New York"): the story's, not the sentence's officers' */
  venue?: boolean;
}

const cache = new WeakMap<Doc, CountryMention[]>();
const written = new WeakMap<Doc, Map<string, string>>();
const TRAVEL = new Set(['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'trip', 'visit', 'visits', 'fly', 'flies', 'flew', 'go', 'goes', 'went', 'going', 'mission', 'delegation', 'return', 'returned']);
/** "arms sales to Iran", "aid to Bolivia": a country goods or money go to is a buyer or a recipient, not whose government the story's officers serve. */
const SOLD = new Set(['sell', 'sells', 'sold', 'selling', 'sale', 'sales', 'export', 'exports', 'exported', 'ship', 'ships', 'shipped', 'shipments', 'aid', 'assistance', 'loan', 'loans', 'credits', 'grants']);
/** "leaves for New York": a journey's words before "for" (not "arrived in Uganda": a team arrives where the story is). */
const DEPART = new Set(['leave', 'leaves', 'left', 'leaving', 'bound', 'depart', 'departs', 'departed', 'head', 'heads', 'headed']);
/** A journey's nouns before "of" and the places it took in: "a tour of Europe". */
const TOURS = new Set(['tour', 'tours', 'trip', 'visit', 'visits']);

/** Where a list of places ending at token `at` starts: "Europe and Japan", "France, Italy and Spain". */
function listStart(doc: Doc, entities: Entities, at: number): number {
  let k = at;
  for (let n = 0; n < 6 && LIST_JOINS.has(doc.tokens[k - 1]?.lower ?? ''); n++) {
    const previous = entities.mentionEndingAt(k - 2);
    if (previous?.type !== 'place') break;
    k = previous.tokenStart;
  }
  return k;
}

/** Verbs whose object is a government the story's officers address, not their own. */
const ADDRESSED = new Set(['accused', 'accuses', 'accusing', 'criticized', 'criticised', 'criticizes', 'criticises', 'blamed', 'blames', 'condemned', 'condemns', 'warned', 'warns', 'urged', 'urges', 'urging', 'pressed', 'presses', 'pressing', 'attacked', 'attacks']);
/** A company's parts, named after the place they are in: "Hong Kong subsidiary", "U.S. unit". */
const COMPANY_PARTS = new Set(['subsidiary', 'subsidiaries', 'unit', 'units', 'affiliate', 'affiliates', 'arm', 'branch', 'branches', 'division', 'offshoot']);
/** "his Prime Minister": a post of the person named before. */
const PERSON_POSSESSIVES = new Set(['his', 'her']);
/** Tokens around a member of a list: "Canada, Belgium and Sweden". */
const LIST_JOINS = new Set([',', 'and']);

/** What a seat of government named in the story ("the White House", "Congress") counts for its country against a name of it. */
const SEAT_WEIGHT = 2;

/** Every country a document names, by name, adjective, capital or state, in order. */
function countryMentions(doc: Doc, entities: Entities): CountryMention[] {
  let found = cache.get(doc);
  if (found) return found;
  found = [];
  for (const m of entities.mentions) {
    // "the US Congress", "the White House": a seat of government speaks for its country
    // (not one a possessive gives another owner: "approved by the country's Congress" in a story about Brazil)
    const owned = /^(?:['’]s?|its|their)$/i.test(doc.tokens[m.tokenStart - 1]?.text ?? '');
    const seat = m.type !== 'place' && !owned ? seatCountry(m.name) : undefined;
    if (seat) {
      // ("The U.K. Government hopes": a government named by its country counts as the country's name does)
      found.push({ code: seat.code, name: seat.name, sentence: m.sentence, start: m.start, tokenStart: m.tokenStart, weight: / Government$/.test(m.name) ? 1 : SEAT_WEIGHT });
      continue;
    }
    if (m.type !== 'place') continue;
    const code = m.code ?? lookupPlace(m.surface)?.country ?? null;
    if (!code) continue;
    const listed =
      (LIST_JOINS.has(doc.tokens[m.tokenStart - 1]?.text ?? '') && entities.mentionEndingAt(m.tokenStart - 2)?.type === 'place') ||
      (LIST_JOINS.has(doc.tokens[m.tokenEnd]?.text ?? '') && entities.mentionAt(m.tokenEnd + 1)?.type === 'place');
    // "Japan's Fujitsu Ltd": a company's home says nothing of whose government the story's officers serve
    // ... nor where a company's part stands ("SMC's Hong Kong subsidiary", "its U.S. unit")
    const companyHome = (m.possessive && entities.mentionAt(m.tokenEnd + 1)?.type === 'org') || (!m.possessive && COMPANY_PARTS.has(doc.tokens[m.tokenEnd]?.lower ?? ''));
    // "will travel to Japan", "the visiting Polish leader": a country visited or visiting is not the officers' own
    // (past an article: "during a visit to the United States by President Corazon Aquino", "a trade war with the U.S.")
    const at = doc.tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenStart - 1 : m.tokenStart;
    const before = doc.tokens[at - 1]?.lower ?? '';
    const verb = doc.tokens[at - 2]?.lower ?? '';
    // ... and a tour's places, from the first of a list ("a 10-day tour of Europe and Japan that he and finance
    // minister Dilson Funaro have just completed")
    const first = listStart(doc, entities, at);
    const toured = doc.tokens[first - 1]?.lower === 'of' && TOURS.has(doc.tokens[first - 2]?.lower ?? '');
    const visit = before === 'visiting' || (before === 'to' && (TRAVEL.has(verb) || SOLD.has(verb))) || (before === 'for' && DEPART.has(verb)) || toured;
    // "the deadlock with Japan", "a trade war against Japan": a country dealt with is the officers' counterpart
    // ... and so is one accused, urged or warned ("President Reagan accused the Soviet Union")
    const counterpart = before === 'with' || before === 'against' || ADDRESSED.has(before);
    // "the Iraq war", "the Iran arms scandal": a country named for what happened there
    // ... or after it: "the wars in Iraq and Afghanistan", "the invasion of Kuwait"
    // ... or a people that fights its government ("aid to the Nicaraguan "contra" rebels until President Reagan")
    const event = eventAfter(doc, m.tokenEnd) || eventBefore(doc, entities, m.tokenStart) || (m.adjective === true && insurgentsAfter(doc, m.tokenEnd));
    // ("64.5 mln Swiss francs", "the strength of the Swiss franc": a currency's nation says nothing of whose officers
    // the story names (by its adjective: "the U.S. dollar has declined" is told of the country's money by its government)
    const currency = m.adjective === true && CURRENCY_WORDS.has(doc.tokens[m.tokenEnd]?.lower ?? '');
    const weight = companyHome || visit || event || counterpart || currency ? 0 : m.code && !listed ? 1 : 0.5;
    // ("negotiations with banks in New York": a city where something happens is a venue, no sign of whose government
    // the sentence's officers serve, though a sign of the story's)
    const venue = !m.code && (before === 'in' || before === 'at');
    found.push({ code, name: WRITTEN_STATE_NAMES[m.surface.replace(/\s+/g, ' ')] ?? places().countryName.get(code) ?? m.name, sentence: m.sentence, start: m.start, tokenStart: m.tokenStart, weight, venue });
  }
  cache.set(doc, found);
  return found;
}

/** The code of the country whose initials open a name of more words ("U.S. Officials"), if they do. */
function initialsOpening(surface: string): string | undefined {
  const words = surface.split(/\s+/);
  return words.length > 1 ? countryInitials(words[0]!) : undefined;
}

/** Whether an event's word follows at `k`, past a word or a hyphened word: "war", "arms scandal", "-contra scandal". */
function eventAfter(doc: Doc, k: number): boolean {
  const word = (n: number) => /^[a-z]+$/.test(doc.tokens[n]?.text ?? '');
  // ("the Romanian and Bulgarian visas scandal": past the other nations of a list before the words)
  for (let n = 0; n < 3 && /^(?:,|and)$/.test(doc.tokens[k]?.lower ?? '') && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k + 1]?.text ?? ''); n++) k += 2;
  const hyphened = doc.tokens[k]?.text === '-' && word(k + 1);
  const at = hyphened ? k + 2 : word(k) && !EVENT_NOUNS.has(doc.tokens[k]!.lower) ? k + 1 : k;
  return EVENT_NOUNS.has(doc.tokens[at]?.lower ?? '');
}

/** Those who fight a government or fled it, named after a nation's adjective: "Nicaraguan rebels", "Afghan "mujahideen" guerrillas". */
const INSURGENTS = new Set(['rebels', 'rebel', 'guerrillas', 'guerrilla', 'insurgents', 'contras', 'contra', 'dissidents', 'exiles', 'refugees', 'separatists', 'resistance', 'opposition']);
/** Whether such a word follows at `k`, past a quoted or lower-case word or two ('Nicaraguan "contra" rebels'). */
function insurgentsAfter(doc: Doc, k: number): boolean {
  for (let n = k; n < k + 4; n++) {
    const t = doc.tokens[n];
    if (!t) return false;
    if (INSURGENTS.has(t.lower)) return true;
    if (!(/^[a-z-]+$/.test(t.text) || /^["“”']$/.test(t.text))) return false;
  }
  return false;
}

/** Whether an event's word and "in" or "of" stand before the place at `tokenStart`, or before the list it ends. */
function eventBefore(doc: Doc, entities: Entities, tokenStart: number): boolean {
  let k = tokenStart - 1;
  // back over "Iraq and" / "Iraq ,"
  while (LIST_JOINS.has(doc.tokens[k]?.lower ?? '')) {
    const listed = entities.mentionEndingAt(k - 1);
    if (listed?.type !== 'place') return false;
    k = listed.tokenStart - 1;
  }
  return (doc.tokens[k]?.lower === 'in' || doc.tokens[k]?.lower === 'of') && EVENT_NOUNS.has(doc.tokens[k - 1]?.lower ?? '');
}

/**
 * The country whose government a name ends in ("US Congress", "the Kremlin"),
 * or whose country opens a government body's name ("U.S. Senate", "Japanese
 * Finance Ministry"), if it is one.
 */
export function seatCountry(name: string): { code: string; name: string } | undefined {
  for (const [seat, code] of SEATS) if (name === seat || name.endsWith(' ' + seat)) return { code, name: places().countryName.get(code) ?? code };
  const body = GOVERNMENT_BODY.exec(name);
  if (!body || body.index === 0) return undefined;
  const owner = name.slice(0, body.index).trim();
  const place = lookupPlace(owner) ?? lookupPlaceAdjective(owner);
  if (place?.kind !== 'country' || !place.code) return undefined;
  // (named as written where the owner is a name: "U.S." of "U.S. Senate")
  return { code: place.code, name: writtenStateName(owner) ?? place.name };
}
/** A government body's word after its country ("U.S. Senate", "Japanese Finance Ministry"; not an embassy, which stands abroad). */
const GOVERNMENT_BODY = /(?:^|\s)(?:[A-Z][a-z]+\s+)?(?:Senate|House|Treasury|Ministry|Parliament|Cabinet|Administration|Department|Government)$/;
const SEATS = Object.entries(GOVERNMENT_SEATS);

/**
 * The country of an office only one country has, or the one the sentence of
 * a government officer's title (at `start`) names for it, if any; failing
 * that, `storyCountry` is the one the officer most likely serves.
 */
export function countryInSentence(doc: Doc, entities: Entities, start: number, roles: readonly string[], taken: Taken = NONE_TAKEN): string | undefined {
  const office = officeCode(roles);
  if (office) return storyName(doc, entities, office);
  const here = sentenceCountries(doc, entities, start, roles).filter((c) => !taken(c.code));
  const at = tokenAt(doc, start);
  // ("French President Francois Mitterand, his Prime Minister Jacques Chirac": a post of the government named before)
  const his = PERSON_POSSESSIVES.has(doc.tokens[at - 1]?.lower ?? '');
  // "In Washington, officials said President Reagan ...", "New Zealand's debt will fall, Finance Minister ... said"
  // (not another officer's, a person named between: "French Prime Minister Jacques Chirac, in a visit with President Reagan")
  const candidates = here.filter((c) => c.start < start && (his || !titlesAnother(doc, entities, c, start)));
  // ("Britain wants Japan to agree ..., Corporate Affairs Minister Michael Howard said", "The Australian government is
  // awaiting the outcome of trade talks between the U.S. And Japan ..., Industry Minister John Button said": the country
  // that opens what the officer reports, written before the comma that ends it, is the one speaking)
  const reports = /[,"”]\s*$/.test(doc.text.slice(Math.max(0, start - 3), start));
  // (but one the sentence's opening country acts toward is its counterpart: "The U.S. And Western Europe have pledged
  // political backing for President Hosni Mubarak's government")
  // (not "according to", which reports what the officer says: "Thailand may lose 30bn baht ..., according to tourism
  // minister Sontaya Kunplome")
  const actedToward = TOWARD.has(doc.tokens[at - 1]?.lower ?? '') && doc.tokens[at - 2]?.lower !== 'according';
  const before = (reports ? candidates.find((c) => opensSentence(doc, c.tokenStart)) : undefined) ?? candidates.filter((c) => !(actedToward && opensSentence(doc, c.tokenStart))).pop();
  if (before) return before.name;
  // "Prime Minister Margaret Thatcher said Britain would ...": after the title, only the country that opens what
  // the officer said counts ("... told the committee that the six - Britain, Canada, ..." or "pledged at the
  // conference in Paris" say nothing of whose officer it is)
  const code = here.find((c) => c.start > start && opensReportedClause(doc, c.tokenStart))?.code;
  return code && storyName(doc, entities, code);
}

/** Prepositions before a post whose holder the sentence's subject acts toward: "backing for", "a letter to", "talks with". */
const TOWARD = new Set(['for', 'to', 'with', 'against']);

/** Whether a name at `tokenStart` opens its sentence, past an article: "Britain wants ...", "The Australian government ...". */
function opensSentence(doc: Doc, tokenStart: number): boolean {
  const open = doc.sentences[doc.tokens[tokenStart]!.sentence]!.tokenStart;
  return tokenStart === open || (tokenStart === open + 1 && doc.tokens[open]!.lower === 'the');
}

/** Whether a country opens the title of another person named before offset `start`: "French Prime Minister Jacques Chirac". */
function titlesAnother(doc: Doc, entities: Entities, c: CountryMention, start: number): boolean {
  const place = entities.mentionAt(c.tokenStart);
  if (!place) return false;
  let k = place.tokenEnd + (/^['’]s?$/.test(doc.tokens[place.tokenEnd]?.text ?? '') ? 1 : 0);
  const from = k;
  while (k < from + 4 && isTitleWord(doc.tokens[k]?.lower ?? '')) k++;
  const holder = k > from ? entities.mentionAt(k) : undefined;
  if (holder) return holder.type === 'person' && holder.end <= start;
  // ... or an unnamed one: "the Pakistani president met Prime Minister Tony Blair"
  return k > from && doc.tokens[place.tokenStart - 1]?.lower === 'the' && doc.tokens[k - 1]!.end <= start;
}

/** Whether a country's office is another person's, by the country's code. */
export type Taken = (code: string) => boolean;
const NONE_TAKEN: Taken = () => false;

/** Offices one person holds in a country at a time: its president, its prime minister, its finance minister. */
const SOLE_OFFICE = /^(?:president|prime minister|premier|chancellor|[a-z]+ minister|[a-z]+ secretary|secretary of [a-z ]+)$/;
const SHARED_RANK = /^(?:deputy|vice|assistant|junior|state|under|shadow|former|acting)\b/;

/**
 * The offices the story gives people with their country in so many words
 * ("Indonesia's President Suharto"): another person's same office is not
 * that country's ("President Ronald Reagan and Indonesia's President Suharto").
 */
export function officesTaken(facts: ReadonlyArray<{ name: string; roles: readonly string[]; org: string | null }>): (name: string, roles: readonly string[]) => Taken {
  const holders = new Map<string, string[]>();
  for (const f of facts) {
    const code = f.org && isCountryName(f.org) ? lookupPlace(f.org)?.code : undefined;
    if (!code) continue;
    for (const r of f.roles) if (SOLE_OFFICE.test(r) && !SHARED_RANK.test(r)) (holders.get(`${r}\u0000${code}`) ?? holders.set(`${r}\u0000${code}`, []).get(`${r}\u0000${code}`)!).push(f.name);
  }
  if (!holders.size) return () => NONE_TAKEN;
  return (name, roles) => (code) => roles.some((r) => holders.get(`${r}\u0000${code}`)?.some((h) => !sameSurname(h, name)) ?? false);
}

/** Countries the sentence at `start` names, that have such an office (no "President" of Japan, no "Prime Minister" of the United States). */
function sentenceCountries(doc: Doc, entities: Entities, start: number, roles: readonly string[]): CountryMention[] {
  const sentence = sentenceAt(doc, start);
  return countryMentions(doc, entities).filter((c) => c.sentence === sentence && c.weight > 0 && !c.venue && holdsOffice(c.code, roles));
}

/**
 * "In the Maldives the cost of reconstruction could wipe out growth ... said Ahmed Shaheed, the chief government
 * spokesman": a story that goes from country to country opens each one's paragraph on "In" and its name; an officer
 * whose own sentence names no country serves the one the sentence, or the one before it, opened on.
 */
export function framedCountry(doc: Doc, entities: Entities, start: number, roles: readonly string[]): string | undefined {
  const sentence = sentenceAt(doc, start);
  const mentions = countryMentions(doc, entities);
  if (mentions.some((c) => c.sentence === sentence)) return undefined;
  for (const s of [sentence, sentence - 1]) {
    const open = doc.sentences[s]?.tokenStart;
    if (open === undefined || doc.tokens[open]?.text !== 'In') continue;
    const at = doc.tokens[open + 1]?.lower === 'the' ? open + 2 : open + 1;
    const framed = mentions.find((c) => c.tokenStart === at && c.weight > 0 && holdsOffice(c.code, roles));
    if (framed) return framed.name;
  }
  return undefined;
}

/** The country the story names most (with such an office), if any. */
export function storyCountry(doc: Doc, entities: Entities, roles: readonly string[], officials: ReadonlySet<string> = new Set(), taken: Taken = NONE_TAKEN): string | undefined {
  const counts = new Map<string, number>();
  for (const c of countryMentions(doc, entities)) if (holdsOffice(c.code, roles) && !taken(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + c.weight);
  // a government whose officers the story names with their country ("U.S. Treasury Secretary ...") counts for more
  for (const name of officials) {
    const c = lookupPlace(name)?.code;
    if (c && holdsOffice(c, roles) && !taken(c)) counts.set(c, (counts.get(c) ?? 0) + 3);
  }
  // ("excluded from the U.S. Market", "senior U.S. Officials": where the text names no such country, its initials may
  // open runs of capitals the wire wrote, or a body's name: "The U.S. Supreme Court upheld ...")
  // (a country named only as one visited or dealt with names none: "exports to the United States")
  const namesNone = () => ![...counts.values()].some((n) => n > 0);
  if (namesNone()) for (const m of entities.mentions) {
    const c = m.type !== 'place' && m.type !== 'person' ? initialsOpening(m.surface) : undefined;
    if (c && holdsOffice(c, roles) && !taken(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // ("U.S. LAUNCHES INDONESIAN SATELLITE": where the text names no such country, the headline may, for a post that
  // is a government's alone: "president and chief" is as often a company's)
  if (namesNone() && roles.every((r) => NATIONAL_ROLE.test(r) && !NOT_NATIONAL.test(r))) for (const c of headlineCountries(doc)) if (holdsOffice(c, roles) && !taken(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  // ("Transportation Secretary Elizabeth Dole said the Senate would sustain President Reagan's veto": where neither
  // names one, the government's own bodies the story names do)
  if (namesNone()) for (const m of entities.mentions) {
    const c = Object.hasOwn(NATIONAL_BODIES, m.name) ? NATIONAL_BODIES[m.name]! : undefined;
    if (c && holdsOffice(c, roles) && !taken(c)) counts.set(c, 1);
  }
  // ("Finance Minister Gerhard Stoltenberg ... the 19 billion marks the government is seeking": where nothing else
  // does, the money the story counts in, a national post's alone, and not a president's, whom a company has too)
  const money = namesNone() && roles.every((r) => NATIONAL_ROLE.test(r) && !NOT_NATIONAL.test(r) && !/president/.test(r)) ? currencyCountry(doc) : undefined;
  if (money && holdsOffice(money, roles) && !taken(money)) counts.set(money, 1);
  // ("BRAZIL CRITICISES ADVISORY COMMITTEE STRUCTURE ... central bank president Francisco Gros said", in a story of his
  // talks with British ministers: a central bank's post is of the economy the story is about, the headline's first)
  if (roles.length > 0 && roles.every((r) => r.startsWith('central bank '))) {
    const lead = headlineCountries(doc).find((c) => counts.has(c) && !taken(c));
    if (lead) counts.set(lead, counts.get(lead)! + HEADLINE_BANK_WEIGHT);
  }
  let code: string | undefined;
  let best = 0;
  // ties go to the one the headline names ("SWEDEN SETS OCTOBER DEADLINE FOR S.AFRICA BOYCOTT" names the one acting
  // first), else to the country named first
  const headline = headlineCountries(doc);
  const rank = (c: string) => (headline.includes(c) ? headline.length - headline.indexOf(c) : 0);
  for (const [c, n] of counts) if (n > best || (n === best && code !== undefined && rank(c) > rank(code))) [code, best] = [c, n];
  return code && storyName(doc, entities, code);
}

/**
 * The country of the one currency the story counts its sums in most ("19 billion marks"), if one country has it: sums
 * by their scale, not a rate ("the pound rose to 2.95 marks" is told of a market, not of a government's budget).
 */
function currencyCountry(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (let k = 1; k < doc.tokens.length; k++) {
    // (not "mark" alone: "would fall below the three million mark")
    const code = doc.tokens[k]!.lower === 'mark' ? undefined : CURRENCY_WORDS.get(doc.tokens[k]!.lower);
    if (!code) continue;
    // (past a currency's country: "64.5 mln Swiss francs")
    const qualifier = QUALIFIED_CURRENCIES.get(code)?.get(doc.tokens[k - 1]!.lower);
    const scale = doc.tokens[qualifier ? k - 2 : k - 1];
    if (!scale || !SCALE_WORDS.has(scale.lower)) continue;
    const country = CURRENCY_COUNTRY.get(qualifier ?? code);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : undefined;
}

/** How much the story says of the country named `name`: the weight of its mentions there. */
export function countryWeight(doc: Doc, entities: Entities, name: string): number {
  const code = lookupPlace(name)?.code;
  return countryMentions(doc, entities).reduce((sum, c) => sum + (c.code === code ? c.weight : 0), 0);
}

/**
 * The name the story writes a country by most often ("U.S.", "Britain"), else
 * the one its adjectives give ("British" → Britain, "West German" → West
 * Germany), else its canonical name; as of the story's date.
 */
function storyName(doc: Doc, entities: Entities, code: string): string | undefined {
  const asWritten = mostWrittenNames(doc, entities).get(code) ?? headlineName(doc, code);
  if (asWritten) return nameAsOf(asWritten, doc.refDate);
  const names = new Map<string, number>();
  for (const c of countryMentions(doc, entities)) if (c.code === code) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  let name = places().countryName.get(code);
  let most = 0;
  for (const [n, k] of names) if (k > most) [name, most] = [n, k];
  return name && nameAsOf(name, doc.refDate);
}

/**
 * "Bonn Finance Minister Gerhard Stoltenberg": a city named for a national
 * office stands for its country's government; the country, as the story names it.
 */
export function cityGovernment(doc: Doc, entities: Entities, org: string, roles: readonly string[]): string | undefined {
  const place = lookupPlace(org);
  // (not a president: "Madrid president Florentino Perez" heads a club)
  if (place?.kind !== 'city' || !place.country || !isNationalRole(roles) || roles.some((r) => r.endsWith('president'))) return undefined;
  return storyName(doc, entities, place.country) ?? places().countryName.get(place.country);
}

/** A state's name as it was on the story's date: "Germany" before unification is West Germany, "Russia" before 1992 the Soviet Union. */
export function nameAsOf(name: string, refDate: string | null): string {
  if (refDate === null) return name;
  if (name === 'Germany' && refDate < GERMAN_UNIFICATION) return 'West Germany';
  // ("Soviet Deputy Foreign Minister" in 1987: the state the adjective names was the Soviet Union then)
  return name === 'Russia' && refDate < SOVIET_DISSOLUTION ? 'Soviet Union' : name;
}

/** Words right before a country that opens what an officer said: "said Britain would", "said that the U.K. would". */
const REPORTING = new Set(['said', 'says', 'told', 'that', 'warned', 'added', 'stressed']);
function opensReportedClause(doc: Doc, tokenStart: number): boolean {
  const k = doc.tokens[tokenStart - 1]?.lower === 'the' ? tokenStart - 2 : tokenStart - 1;
  return REPORTING.has(doc.tokens[k]?.lower ?? '');
}

/** Whether the country named `name` has the office of each national role; true of a name that is no country's. */
export function countryHasOffice(name: string, roles: readonly string[]): boolean {
  const place = lookupPlace(name) ?? lookupPlaceAdjective(name);
  return place?.kind !== 'country' || !place.code || holdsOffice(place.code, roles);
}

/** What the headline's country counts for more, for a central bank's post, than the mentions it has. */
const HEADLINE_BANK_WEIGHT = 5;

/** Whether a country has the office of each national role ("president", "finance minister") at all. */
function holdsOffice(code: string, roles: readonly string[]): boolean {
  for (const r of roles) {
    if (MONARCH_ROLE.test(r)) {
      if (!(r === 'emperor' ? EMPERORS : MONARCHIES).has(code)) return false;
      continue;
    }
    // (every country has a central bank: a monarchy's "central bank president" is no head of state)
    if (!NATIONAL_ROLE.test(r) || NOT_NATIONAL.test(r) || r.startsWith('central bank ')) continue;
    if (/(?:^|\s)(?:prime minister|premier)$/.test(r)) {
      if (NO_PRIME_MINISTER.has(code)) return false;
    } else if (/(?:^|\s)minister$/.test(r)) {
      if (NO_MINISTERS.has(code) || (/(?:^|\s)finance minister$/.test(r) && NO_FINANCE_MINISTER.has(code))) return false;
    } else if (/(?:^|\s)president$/.test(r)) {
      if (NO_PRESIDENT.has(code)) return false;
    } else if (/(?:^|\s)senator$/.test(r)) {
      if (NO_SENATORS.has(code)) return false;
    } else if (/(?:^|\s)chancellor$/.test(r)) {
      if (!CHANCELLOR_COUNTRIES.has(code)) return false;
    } else if (/(?:\S secretary|(?:^|\s)secretary of [a-z ]+)$/.test(r) && !/state secretary$/.test(r)) {
      // (a cabinet's "Commerce Secretary" or "Secretary of State"; "Secretary" alone may be a German State Secretary)
      if (NO_SECRETARIES.has(code)) return false;
    }
  }
  return true;
}

/** The country of an office only one country has ("Chancellor of the Exchequer", "shadow home secretary"), if it is one. */
export function officeCountry(roles: readonly string[]): string | undefined {
  const code = officeCode(roles);
  return code && places().countryName.get(code);
}

function officeCode(roles: readonly string[]): string | undefined {
  for (const r of roles) {
    // "shadow home secretary" is the same country's
    const office = r.replace(OFFICE_MODIFIERS, '');
    if (Object.hasOwn(ROLE_COUNTRY, office)) return ROLE_COUNTRY[office]!;
  }
  return undefined;
}

/** Words before an office that leave it the same country's: "shadow", "former", "deputy", "acting". */
const OFFICE_MODIFIERS = /^(?:(?:shadow|former|deputy|acting) )+/;
const WRITTEN_NAMES = new Set(Object.values(WRITTEN_STATE_NAMES));

/** Whether an organization's name is a country's, canonical or as news writes it. */
export function isCountryName(name: string): boolean {
  if (WRITTEN_NAMES.has(name)) return true;
  const place = lookupPlace(name);
  // (or one of the names news writes it by: "U.S.", "UK")
  return !!place && place.kind === 'country' && (place.name === name || isWrittenStateName(name));
}

/** Britain's initials as stories write them. */
const BRITAIN_INITIALS = new Set(['U.K.', 'UK']);

/**
 * "Chancellor of the Exchequer Nigel Lawson" in a story that writes "U.K." five times and "Britain" twice: for an
 * officer whose title names no country, the country's name over its initials, wherever the story writes it, as
 * annotators write it 4 times of 4 in the sets (where the title's own owner is "U.K.", it stays as written).
 */
export function countrysOwnName(doc: Doc, name: string): string {
  return BRITAIN_INITIALS.has(name) && isWritten(doc.text, 'Britain') ? 'Britain' : name;
}

/**
 * The name a story writes a country by, where an officer's organization is
 * that country: "U.S." in a story that writes "U.S.", "UK" in one that writes
 * "UK". Organizations keep the name the document gives them, and a country is
 * one; its adjectives ("American", "British") are no name, so a story that
 * writes only those gives the name news writes it by ("U.S.", "Britain"),
 * else the country's own. The name written most often wins.
 */
export function writtenCountryName(doc: Doc, entities: Entities, name: string, factText = ''): string {
  const code = lookupPlace(name)?.code;
  // ("United States" where the story writes "U.S." too: the initials are what news names the state by, and what
  // annotators of its officers write, 14 of 15 times in the sets; not where the post itself is written with the full
  // name, "United States Treasury Secretary James Baker")
  if (code === 'US' && name === 'United States' && !factText.replace(/\s+/g, ' ').includes(name)) {
    const initials = ['U.S.', 'US'].find((n) => isWritten(doc.text, n));
    if (initials) return initials;
  }
  // (a name the story writes is kept: "Britain's Europe Director" in a story that also writes "UK")
  if (!code || isWritten(doc.text, name)) return name;
  return mostWrittenNames(doc, entities).get(code) ?? textName(doc, code) ?? headlineName(doc, code) ?? NEWS_STATE_NAMES[code] ?? name;
}

const headlineCache = new WeakMap<Doc, string[]>();
/** The countries a headline names, by name or adjective, in words of up to three ("U.S.", "WEST GERMAN", "Britain's"). */
function headlineCountries(doc: Doc): string[] {
  let found = headlineCache.get(doc);
  if (found) return found;
  found = [];
  const words = (doc.title ?? '').split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|(?:['’][sS])?[^\p{L}.]*$/gu, '')).filter(Boolean);
  const cased = (w: string) => (/^(?:\p{Lu}\.)+$/u.test(w) || /^\p{Lu}{2}$/u.test(w) ? w : w[0]! + w.slice(1).toLowerCase());
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).map(cased).join(' ');
      const place = lookupPlace(phrase) ?? lookupPlaceAdjective(phrase);
      const code = place?.kind === 'country' ? place.code : n === 1 ? HEADLINE_SHORT_FORMS[words[i]!.toUpperCase()] : undefined;
      if (!code) continue;
      if (!found.includes(code)) found.push(code);
      i += n - 1;
      break;
    }
  }
  headlineCache.set(doc, found);
  return found;
}

/** A name of the state written in the text inside another name ("senior U.S. Officials", as the wire capitalizes it). */
function textName(doc: Doc, code: string): string | undefined {
  return longestFirst(code).find((n) => isWritten(doc.text, n));
}

/** A state's names, the longest first: "SOUTH KOREA" is written as "South Korea", not as the "Korea" inside it. */
const longestFirst = (code: string): string[] => [...namesOfState(code)].sort((a, b) => b.length - a.length);

/**
 * The name the headline writes a country by, where the story's text names it
 * by none: "U.S. SPEAKER SEES EASY VETO OVERRIDE" over a story that speaks only
 * of Congress and the President. Initials are matched as written (not the
 * word "us"); other names in any case, as wire headlines are in capitals.
 */
function headlineName(doc: Doc, code: string): string | undefined {
  if (!doc.title) return undefined;
  const upper = doc.title.toUpperCase();
  return longestFirst(code).find((n) => (/^[A-Z.]+$/.test(n) ? isWritten(doc.title!, n) : isWritten(upper, n.toUpperCase())));
}

function isWritten(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (standsAlone(text, at, name.length)) return true;
  return false;
}

/** Whether the `length` characters at `at` are a whole word or words, no letter or digit on either side. */
const standsAlone = (text: string, at: number, length: number): boolean => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + length] ?? '');

/**
 * Each country's name the story writes most often, by code, counting every
 * time it is written ("U.S. Treasury Secretary James Baker" too), but not
 * inside another name ("Bank of America", "South Korea" for "Korea"); the
 * shorter of equals, as news writes it.
 */
function mostWrittenNames(doc: Doc, entities: Entities): Map<string, string> {
  const cached = written.get(doc);
  if (cached) return cached;
  const candidates = new Map<string, Set<string>>();
  for (const m of entities.mentions) {
    if (m.type !== 'place' || !m.code) continue;
    // (the names news writes it by, and the ones this story writes: "Kyrgyz Republic")
    const names = candidates.get(m.code) ?? candidates.set(m.code, new Set(namesOfState(m.code))).get(m.code)!;
    names.add(m.surface.replace(/\s+/g, ' '));
  }
  const names = new Map<string, string>();
  for (const [code, candidate] of candidates) {
    let most = 0;
    for (const name of candidate) {
      // (only the state's name: "British" and "Saudi" are adjectives, "Scotland" a nation within it)
      if (lookupPlace(name)?.code !== code || !isWrittenStateName(name)) continue;
      const initials = /^(?:\p{Lu}\.?)+$/u.test(name);
      const k = timesWritten(doc.text, name, (at) => !insideOtherName(entities, at, at + name.length, code, initials));
      if (k <= most) continue;
      most = k;
      names.set(code, name);
    }
  }
  written.set(doc, names);
  return names;
}

function timesWritten(text: string, name: string, counts: (at: number) => boolean): number {
  let k = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (standsAlone(text, at, name.length) && counts(at)) k++;
  }
  return k;
}

/**
 * Whether a country's name at start..end is part of another name: not a
 * mention of the country, nor its initials opening a run of capitals ("U.S.
 * Senate", "U.S. Officials" as the wire capitalizes; "Korea Exchange Bank" is a name).
 */
function insideOtherName(entities: Entities, start: number, end: number, code: string, initials: boolean): boolean {
  return entities.mentions.some((m) => {
    if (m.start > start || end > m.end) return false;
    if (m.type === 'place') return m.code !== code || m.start !== start || m.surface.length !== end - start;
    return !initials || m.start !== start || m.type === 'person';
  });
}
