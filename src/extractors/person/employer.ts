// A company officer whose organization the sentence does not name works, in
// a story about one company, for that company: "chairman and chief executive
// Richard Parsons said" in a story about TimeWarner. Only where the story is
// clearly about one company, and only for company roles (an analyst or a
// minister quoted in the same story works elsewhere).
import type { Doc } from '../../document/document.js';
import { sentenceAt } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { GIVEN_NAMES } from '../../lexicon/people.js';
import { isLegalSuffix } from '../../entities/classify.js';
import { NEWS_SOURCES, NOT_EMPLOYERS_NEARBY } from '../../lexicon/organizations.js';
import { POST_FIELDS_AFTER } from '../../lexicon/titles.js';
import { ACQUISITION_NOUNS } from '../../lexicon/deals.js';

/** Roles that only a company's own people hold; "president" only when written in lower case (not "President Reagan"). */
// (a manager of some field, "plant manager", and a head of one, "head of equity capital markets": bare, they are as often a
// football club's or a project's)
// ("vice president sales": a field written right after the post, with no "of")
const COMPANY_ROLE = new RegExp(String.raw`^(?:(?:.* )?(?:chairman|co-chairman|(?:co-)?chief \w+ officer|(?:financial|operating|accounting|investment|compliance|administrative|credit|loan|trust) officer|managing director|director|vice president|spokesman|founder|co-founder|treasurer|general counsel|general manager|controller|company secretary|company official|board member|member of the board|chief|executive)(?: (?:of|for|in charge of) [a-z. ]+| (?:${[...POST_FIELDS_AFTER].join('|')})|-(?!general|elect|designate)[a-z]+(?: [a-z]+)?)?|(?:.* )?(?:plant|factory|product|project|sales|marketing|regional|country|branch|store|brand|account|program|programme|operations) manager|(?:.* )?head (?:of|for) [a-z ]+)$`);

/** A part of a government the post is in ("chief of the defence ministry political department"): no company's post. */
const GOVERNMENTS_PART = /\b(?:ministry|ministries|cabinet|parliament|embassy|consulate)\b/;

/** A company's own words before a post: "Group president", "company president". */
const FIRMS_PARTS = /^(?:group|company|corporate)\s/i;

export function isCompanyRole(roles: readonly string[], title: string | null): boolean {
  // ("officer" alone is as often an honour's, "made an officer of the order"; beside a director it is a company's)
  // (nor is "secretary" alone, a minister's as often; beside a company's post it is the company's, "executive vice
  // president and secretary")
  const officer = (r: string) => (r === 'officer' || r === 'secretary') && roles.some((o) => o !== r && COMPANY_ROLE.test(o));
  // (a president in lower case is a company's; a former one where the title says so in the company's terms, "who
  // previously was both president and chairman", "who had been president", not "former president Jimmy Carter")
  // (and so is a secretary in lower case, "secretary Scott Saltpeter has resigned", where the title is no more than that)
  // (and a "Group president" opening a sentence is a company's group's, whatever its capital)
  const firmsGroup = !!title && FIRMS_PARTS.test(title);
  const styledByFirm = (r: string) => !!title && (/^[a-z]/.test(title) || (firmsGroup && r.endsWith('president')));
  const firmsOfficer = (r: string) =>
    r === 'president' || r === 'group president' || r === 'company president' || r === 'acting president' || r === 'interim president' || (r === 'secretary' && title === 'secretary') || (r === 'former president' && !/^(?:former|ex-|deposed|ousted)\b/.test(title ?? ''));
  return roles.length > 0 && roles.every((r) => (COMPANY_ROLE.test(r) || officer(r) || (styledByFirm(r) && firmsOfficer(r))) && !GOVERNMENTS_PART.test(r));
}

/** The organization a story is about: named at least three times and twice as often as any other. */
export function storyCompany(doc: Doc, entities: Entities): string | undefined {
  // names of unknown kind that the story repeats count too ("Apple" is a word as well as a name): where one
  // of them outnumbers the organizations, the story is about it
  return topCompany(doc, entities, true) ?? topCompany(doc, entities, false);
}

/**
 * Where no company stands out enough to be the story's, the one a company officer most likely works for: the
 * company the lead names first, as a wire story opens on its subject ("Texas Commerce Bancshares Inc said its
 * shareholders approved the merger with Chemical New York Corp"). Only a company by its legal form: a body or a
 * government the lead names employs officers of its own kind.
 */
export function likelyCompany(doc: Doc, entities: Entities): string | undefined {
  for (const m of entities.mentions) {
    if (m.sentence > 0) break;
    if (m.type !== 'org' || NOT_EMPLOYERS_NEARBY.has(m.name) || NEWS_SOURCES.has(m.name)) continue;
    // ("Lumo Motors Corp and Corvex Systems Inc agreed to merge": a lead about two companies is about neither alone)
    const joined = /^(?:and|&|,)$/.test(doc.tokens[m.tokenEnd]?.lower ?? '') && entities.mentionAt(m.tokenEnd + 1)?.type === 'org';
    // (or, without a legal form, the name that opens the story and that it names most: "McDonald's, the world's
    // largest restaurant chain, is to sponsor ...")
    const opensAndLeads = m.tokenStart === 0 && mostNamed(entities) === m.name;
    return (isLegalSuffix(m.name.split(' ').pop()!) || opensAndLeads) && !joined ? m.name : undefined;
  }
  return undefined;
}

/** The organization a story names most often, at least three times and more often than any other. */
function mostNamed(entities: Entities): string | undefined {
  const counts = new Map<string, number>();
  for (const m of entities.mentions) if (m.type === 'org') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 3 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : undefined;
}

function topCompany(doc: Doc, entities: Entities, withOthers: boolean): string | undefined {
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  const count = (name: string, sentence: number) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (sentence === 0) inLead.add(name);
  };
  // (a story about the EU is no story about a company: its managers work elsewhere)
  for (const m of entities.mentions) if ((m.type === 'org' || (withOthers && isRecurringOther(doc, entities, m))) && !NOT_EMPLOYERS_NEARBY.has(m.name)) count(m.name, m.sentence);
  for (const r of entities.references) if (r.names.length === 1) count(r.names[0]!, r.sentence);
  let top = 0;
  for (const n of counts.values()) top = Math.max(top, n);
  if (top < 3) return undefined;
  // the one named twice as often as any other; or, among those named about as often, the one the lead names
  // alone ("Morgan Grenfell Group Plc said ..." in a story as much about Guinness)
  const rivals = [...counts].filter(([, n]) => n * 2 > top);
  if (rivals.length === 1) return rivals[0]![0];
  // (only among names known to be organizations: a film or a club the lead names is no employer)
  if (withOthers) return undefined;
  // (nor is a broadcaster the lead cites: "told BBC Radio 4's Today programme")
  const led = rivals.filter(([name]) => inLead.has(name) && !NEWS_SOURCES.has(name));
  return led.length === 1 && led[0]![1] >= 3 ? led[0]![0] : undefined;
}

/**
 * The one organization named in the sentence of a fact starting at `start`,
 * else in the sentence before: "Societe Generale will keep its stake,
 * Chairman Marc Vienot said"; "Daimler will spend more. Chairman Werner
 * Breitschwerdt says ...". Undefined where a sentence names two.
 */
export function nearbyCompany(doc: Doc, entities: Entities, start: number, story?: string): string | undefined {
  const sentence = sentenceAt(doc, start);
  // "The company will fund the purchase with loans from PT Bank Mandiri Tbk, finance director X said": where the
  // sentence speaks of the story's company by a reference, the lender it names is not the officer's employer
  if (story && entities.references.some((r) => r.sentence === sentence && r.names.length === 1 && r.names[0] === story)) return story;
  // ("Beck-Crespel is a specialist steel firm. The company has not laid off a worker since 1945. It specialises in
  // bolts. Director Hugues Charbonnier says": two sentences back, a company the story points back to by a word)
  for (const s of [sentence, sentence - 1, sentence - 2]) {
    if (s < 0) break;
    const names = new Set<string>();
    if (s === sentence - 2) {
      // (only where nothing else is named since: "McDonalds has also been taking steps ... the company now sells Big Macs"
      // may point back at another)
      if (entities.mentions.some((m) => (m.sentence === s || m.sentence === s + 1) && (m.type === 'org' || m.type === 'other'))) return undefined;
      for (const r of entities.references) if (r.sentence === s && r.names.length === 1) names.add(r.names[0]!);
    } else {
      // a name of known kind first; a recurring name of unknown kind only where the sentence has none
      // (not a company the sentence deals in: "Chairman Gordon Cain, who previously led a leveraged buyout of Dupont's
      // Conoco Inc's chemical business")
      const here = (orgMentionsBySentence(doc, entities)[s] ?? []).filter((m) => !dealtIn(doc, m.tokenStart));
      const known = here.filter((m) => m.type === 'org');
      for (const m of known.length ? known : here) names.add(m.name);
    }
    // the sentence before names one company, but the story is about another: a quote's speaker is the story's
    if (names.size === 1) return s < sentence && story && !names.has(story) ? story : [...names][0];
    if (names.size > 1) return undefined;
  }
  return undefined;
}

/** Whether a name at `k` is what a deal is about: "a buyout of X", "a bid for X" (not "a stake in X", as often one the company sells in itself). */
function dealtIn(doc: Doc, k: number): boolean {
  const word = doc.tokens[k - 1]?.lower ?? '';
  return DEAL_PREPOSITIONS.has(word) && DEAL_NOUNS.has(doc.tokens[k - 2]?.lower ?? '');
}
const DEAL_PREPOSITIONS = new Set(['of', 'for', 'with']);
const DEAL_NOUNS = new Set([...ACQUISITION_NOUNS, 'bid', 'merger', 'offer']);

const bySentenceCache = new WeakMap<Doc, Entities['mentions'][]>();
function orgMentionsBySentence(doc: Doc, entities: Entities): Entities['mentions'][] {
  let found = bySentenceCache.get(doc);
  if (found) return found;
  found = [];
  // (a news organization named near an officer is the story's source, "the New York Times had reported ...";
  // only a story about it makes it the employer; nor is a union of states a manager's employer)
  for (const m of entities.mentions) if ((m.type === 'org' || isRecurringOther(doc, entities, m)) && !NEWS_SOURCES.has(m.name) && !NOT_EMPLOYERS_NEARBY.has(m.name)) (found[m.sentence] ??= []).push(m);
  bySentenceCache.set(doc, found);
  return found;
}

const recurring = new WeakMap<Entities, Map<string, number>>();
/** Words in lower case for what a company makes, right before its name. */
const PRODUCT_NOUNS = new Set(['drug', 'product', 'brand', 'medicine', 'vaccine', 'treatment', 'pill', 'model', 'game', 'console', 'handset', 'phone', 'album', 'film', 'movie', 'software', 'programme', 'program']);
/**
 * A name of unknown kind that a story repeats at least three times, in one
 * word ("Shell said ... Shell told investors"): in business news, a company
 * the classifier found no cue for. Names of several words are as often
 * people, events or products.
 */
function isRecurringOther(doc: Doc, entities: Entities, m: Entities['mentions'][number]): boolean {
  // (not "I", which quotes repeat)
  if (m.type !== 'other' || m.name.length < 2 || /\s/.test(m.name) || !/^\p{Lu}/u.test(m.name) || GIVEN_NAMES.has(m.name.toLowerCase())) return false;
  let counts = recurring.get(entities);
  if (!counts) {
    counts = new Map();
    for (const o of entities.mentions) if (o.type === 'other') counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
    // a person's surname said alone is that person ("Agassi", "Fortuyn")
    for (const o of entities.mentions) if (o.type === 'person') counts.delete(o.name.split(/\s+/).pop()!);
    // ... and a name the story calls a product is the product ("its anti-depressant drug Prozac")
    // ... past the title's own article ("Oscar-nominated movie The Aviator")
    for (const o of entities.mentions) {
      const before = doc.tokens[o.tokenStart - 1];
      const noun = before?.text === 'The' ? doc.tokens[o.tokenStart - 2] : before;
      if (PRODUCT_NOUNS.has(noun?.text ?? '')) counts.delete(o.name);
    }
    recurring.set(entities, counts);
  }
  return (counts.get(m.name) ?? 0) >= 3;
}
