// "entered India", "expanded its business into Russia, Indonesia and
// Vietnam", "is planning to march into the US market", "opened a plant in
// Mexico", "its entry into India".
import type { Doc } from '../../document/document.js';
import type { ExpansionTrigger } from '../../lexicon/expansions.js';
import { GROWTH_OBJECTS_OF, SAYING_VERBS, ENTRY_MODIFIERS, MARKET_NOUNS, NEGATIONS, PLAN_CUES, ACTIVITY_GERUNDS, ENTRY_NOUN_VERBS, GIVING_VERBS, ADVERBIAL_WORDS, EXPANSION_NOUNS, EXPANSION_VERBS, PLACEMENT_WORDS, TIME_NOUNS, TIME_PHRASE_STARTS } from '../../lexicon/expansions.js';
import type { Rule, RuleContext } from '../rule.js';
import { companyBefore, placeWords, type Company } from './company.js';
import { homesOf } from './home.js';
import { marketsAt, namedAmongMarkets, placeMarket } from './markets.js';
import type { EntityMention } from '../../entities/entities.js';
import { expansionStatus } from './status.js';

const MAX_OBJECT_TOKENS = 8;
const OBJECT_WORDS = new Set(['its', 'their', 'the', 'a', 'an', 'first', 'new', 'own', 'business', 'operations', 'service', 'services', 'products', 'presence', 'up', 'out', 'further', 'also', 'more', 'aggressively', 'rapidly', 'quickly', 'overseas', 'abroad', 'two', 'three', 'several', 'second', 'third', 'another', 'additional']);

const VERB_TRIGGER = 1;
const NOUN_TRIGGER = 2;
const triggerCache = new WeakMap<Doc, Uint8Array>();

/** Per sentence, whether it has a verb trigger and a noun trigger: one pass per document for both rules. */
function sentenceTriggers(doc: Doc): Uint8Array {
  let marks = triggerCache.get(doc);
  if (marks) return marks;
  marks = new Uint8Array(doc.sentences.length);
  for (const t of doc.tokens) {
    if (EXPANSION_VERBS.has(t.lower)) marks[t.sentence]! |= VERB_TRIGGER;
    if (EXPANSION_NOUNS.has(t.lower)) marks[t.sentence]! |= NOUN_TRIGGER;
  }
  triggerCache.set(doc, marks);
  return marks;
}

function run(ctx: RuleContext, nouns: boolean): void {
  const { doc, entities, sentence } = ctx;
  // most sentences have no trigger word of the rule's kind
  if ((sentenceTriggers(doc)[sentence.index]! & (nouns ? NOUN_TRIGGER : VERB_TRIGGER)) === 0) return;
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    const word = doc.tokens[i]!.lower;
    const trigger = (nouns ? EXPANSION_NOUNS : EXPANSION_VERBS).get(word);
    if (!trigger) continue;
    // "its UK launch", "Xiaomi's European expansion": the market before the noun
    const before = nouns && trigger.prenominal ? entities.mentionEndingAt(i - 1) : undefined;
    const prenominal = before && !before.possessive ? placeMarket(doc, before) : undefined;
    if (nouns && doc.tokens[i]!.pos === 'VERB' && !prenominal) continue;
    if (!nouns && !inVerbSlot(ctx, i)) continue;

    // "the service was launched in Korea": a product, not a company, went there
    if (!nouns && isPassive(ctx, i)) continue;
    let k = i + 1;
    // "the expansion of Little Tikes in Europe": the organization after "of" is the one that goes
    let ofOrg = nouns && !trigger.verbs && doc.tokens[k]?.lower === 'of' ? entities.mentionAt(k + 1) : undefined;
    if (ofOrg && (ofOrg.type !== 'org' || !trigger.preps.includes(doc.tokens[ofOrg.tokenEnd]?.lower ?? ''))) ofOrg = undefined;
    if (ofOrg) k = ofOrg.tokenEnd;
    // "a sharp expansion of its activities in the United States": the possessor of what expands
    let ofIts: Company | undefined;
    if (nouns && !ofOrg && !trigger.verbs && doc.tokens[k]?.lower === 'of' && doc.tokens[k + 1]?.lower === 'its') {
      const r = entities.referenceAt(k + 1);
      let n = k + 2;
      while (n < end && n < k + 5 && (doc.tokens[n]!.pos === 'NOUN' || doc.tokens[n]!.pos === 'ADJ')) n++;
      if (r && r.names.length === 1 && n > k + 2 && GROWTH_OBJECTS_OF.has(doc.tokens[n - 1]!.lower) && trigger.preps.includes(doc.tokens[n]?.lower ?? '')) {
        ofIts = { name: r.names[0]!, tokenStart: k + 1, tokenEnd: k + 2, viaReference: true };
        k = n;
      }
    }
    if (trigger.particle) {
      if (doc.tokens[k]?.lower !== trigger.particle) continue;
      k++;
    }
    let markets = prenominal ? [prenominal] : trigger.direct ? marketsAt(doc, entities, k, end) : [];
    if (trigger.direct && !markets.length) markets = namedAmongMarkets(doc, entities, k, end);
    // "entered the market in India", "cracked the retail market of Japan"
    if (trigger.direct && !markets.length) markets = marketOfPlace(ctx, k);
    if (!markets.length) {
      const prep = prepositionAfterObject(ctx, k, trigger);
      if (prep < 0) continue;
      markets = marketsAt(doc, entities, prep + 1, end);
      if (!markets.length) markets = namedAmongMarkets(doc, entities, prep + 1, end);
    }
    if (trigger.marketNoun) markets = markets.filter((m) => MARKET_NOUNS.has(doc.tokens[m.tokenEnd - 1]!.lower));
    if (!markets.length) continue;

    const company = ofIts ?? (prenominal ? prenominalOwner(ctx, before!) : ofOrg ? { name: ofOrg.name, tokenStart: ofOrg.tokenStart, tokenEnd: ofOrg.tokenEnd, viaReference: false } : nouns ? nounCompany(ctx, i, trigger) : companyBefore(doc, entities, i, sentence.tokenStart));
    if (!company) continue;
    // "without managing to make inroads in Europe", "has not entered India"
    if (denied(ctx, company.tokenEnd, (company as { verb?: number }).verb ?? i)) continue;
    // a noun read through its verb ("gained a foothold in") takes the verb's time
    const verbIndex = (company as { verb?: number }).verb;
    const status =
      verbIndex !== undefined
        ? expansionStatus(doc, company.tokenEnd, verbIndex, { ...NOUN_AS_VERB, past: isPastForm(doc.tokens[verbIndex]!.lower) }, sentence.tokenStart, end, true)
        : expansionStatus(doc, company.tokenEnd, i, trigger, sentence.tokenStart, end);
    // "Citicorp and Chase Manhattan Corp have entered": each company of a list goes
    const companies: Company[] = [...coordinated(ctx, company), company];
    for (const market of markets) {
      for (const c of companies) {
        // "the London Stock Exchange ... to bring listings to London": a company named for the place is at home there
        const said = doc.text.slice(doc.tokens[market.tokenStart]!.start, doc.tokens[market.tokenEnd - 1]!.end);
        if (c.name.includes(said) || c.name.includes(market.name)) continue;
        // "Clevite Industries Inc of the United States ... a joint venture in the U.S.": at home there
        if (homesOf(doc, entities).get(c.name)?.has(market.code ?? market.name)) continue;
        const from = Math.min(c.tokenStart, i);
        ctx.report({
          kind: 'expansion',
          start: doc.tokens[from]!.start,
          end: doc.tokens[market.tokenEnd - 1]!.end,
          confidence: (c.viaReference ? 0.75 : 0.9) - (nouns ? 0.1 : 0),
          company: c.name,
          market: market.name,
          marketCode: market.code,
          status,
          date: null,
        });
      }
    }
  }
}

/** The organizations listed before a named company with "and" or commas ("Citicorp and Chase Manhattan Corp"). */
function coordinated(ctx: RuleContext, company: Company): Company[] {
  if (company.viaReference) return [];
  const { doc, entities, sentence } = ctx;
  const found: Company[] = [];
  let k = company.tokenStart - 1;
  // the company found may be its own ticker ("Nordvik Bank Corp <NRDV>"): the list goes on before the name
  // ... or a name the wire set in angle brackets ("<Arab Banking Corp> and <Gulf International Bank BSC>")
  if (doc.tokens[k]?.text === '<') {
    const named = entities.mentionEndingAt(k - 1);
    if (named?.name === company.name) k = named.tokenStart - 1;
    else k--;
  }
  while (k >= sentence.tokenStart) {
    const sep = doc.tokens[k]!;
    if (!(sep.text === ',' || sep.lower === 'and' || sep.text === '&')) break;
    let end = k - 1;
    // (a name in the wire's brackets, not the code of the one before it)
    const inside = doc.tokens[end]?.text === '>' ? entities.mentionEndingAt(end - 1) : undefined;
    const bracketed = !!inside && doc.tokens[inside.tokenStart - 1]?.text === '<' && entities.mentionEndingAt(inside.tokenStart - 2)?.name !== inside.name;
    if (bracketed) end--;
    // "Citicorp <CCI.N> and Chase Manhattan Corp": a ticker after a name
    else if (doc.tokens[end]?.text === '>') {
      let open = end - 1;
      while (open > sentence.tokenStart && end - open < 6 && doc.tokens[open]!.text !== '<') open--;
      if (doc.tokens[open]?.text === '<') end = open - 1;
    }
    const m = entities.mentionEndingAt(end);
    if (!m || m.type !== 'org' || m.possessive) break;
    found.unshift({ name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false });
    k = m.tokenStart - (bracketed ? 2 : 1);
  }
  return found;
}

function denied(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEGATIONS.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

const NOUN_AS_VERB: ExpansionTrigger = { preps: [], direct: false, past: false };
const IRREGULAR_PAST = new Set(['made', 'built', 'set', 'gave', 'won', 'got', 'took', 'grew', 'began', 'broke', 'brought', 'put']);
const isPastForm = (w: string) => /ed$/.test(w) || IRREGULAR_PAST.has(w);

/**
 * Where the market's preposition is after a verb: skips the object ("its
 * business", "a 100 pct-owned subsidiary"), adverbs ("further") and a time
 * phrase ("this year"), and "based" in "a division based in". The object's last
 * noun decides whether the verb means expansion; -1 when it does not or no
 * preposition comes.
 */
function prepositionAfterObject(ctx: RuleContext, from: number, trigger: ExpansionTrigger): number {
  const { doc, sentence } = ctx;
  const end = sentence.tokenEnd;
  const isPrep = (k: number) => k < end && trigger.preps.includes(doc.tokens[k]!.lower);
  let head: string | undefined;
  let activity = false;
  let proper = false;
  let k = from;
  for (let n = 0; n < MAX_OBJECT_TOKENS && k < end && !isPrep(k); n++, k++) {
    const t = doc.tokens[k]!;
    if (ADVERBIAL_WORDS.has(t.lower) && head === undefined) continue;
    // "a Far East marketing division": a name that modifies the object's noun
    const name = ctx.entities.mentionAt(k);
    if (name && name.type !== 'person' && head === undefined && name.tokenEnd < end && doc.tokens[name.tokenEnd]!.pos === 'NOUN') {
      proper = true;
      k = name.tokenEnd - 1;
      continue;
    }
    if (TIME_PHRASE_STARTS.has(t.lower) && TIME_NOUNS.has(doc.tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (head !== undefined && PLACEMENT_WORDS.has(t.lower) && doc.tokens[k + 1]?.lower === 'in') {
      k++;
      break;
    }
    if (trigger.objects?.has(t.lower) && ACTIVITY_GERUNDS.has(t.lower)) activity = true;
    // "starts selling XJ-6 in": after an activity, what is sold may be a name
    if (activity && t.pos === 'PROPN') continue;
    // "another 20 to 25 offices": a range of numbers
    if (t.lower === 'to' && doc.tokens[k - 1]?.pos === 'NUM' && doc.tokens[k + 1]?.pos === 'NUM') continue;
    if (t.pos === 'NOUN' || trigger.objects?.has(t.lower)) head = t.lower;
    // "a Far East marketing division", "the first Sino-U.S. Joint venture": names may modify the object's noun
    else if (t.pos === 'PROPN' && t.text !== t.lower && head === undefined) proper = true;
    else if (!(OBJECT_WORDS.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || (doc.tokens[k + 1]?.text === '-' && t.pos === 'ADV') || (t.pos === 'VERB' && doc.tokens[k - 1]?.text === '-'))) break;
  }
  if (!isPrep(k)) return -1;
  // a name with no noun after it is the object itself ("launched Windows in India"): what it is, the rule cannot tell
  if (proper && head === undefined) return -1;
  // with no object at all ("expanded into Russia", "expand further in") the verb means expansion by itself
  if (head === undefined) return trigger.objects === undefined || trigger.intransitive ? k : -1;
  if (trigger.objects === undefined || activity || trigger.objects.has(head)) return k;
  return -1;
}

const VERB_SLOT_BEFORE = new Set(['will', 'would', "'ll", 'to', 'can', 'could', 'may', 'might', 'shall', 'must', 'not', 'also', 'soon']);
/** wink sometimes tags "will open" as an adjective: after a modal or "to", the word is a verb. */
function inVerbSlot(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos === 'VERB') return true;
  if (i <= ctx.sentence.tokenStart || t.text !== t.lower) return false;
  const before = ctx.doc.tokens[i - 1]!.lower;
  // "is considering building a factory in": a gerund after a plan is a verb
  return VERB_SLOT_BEFORE.has(before) || (PLAN_CUES.has(before) && /ing$/.test(before) && /ing$/.test(t.lower));
}

const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
function isPassive(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (!/(ed|en|built|set|begun)$/.test(t.lower)) return false;
  for (let k = i - 1; k >= ctx.sentence.tokenStart && k >= i - 3; k--) {
    const w = ctx.doc.tokens[k]!;
    if (BE_FORMS.has(w.lower)) return true;
    if (w.pos !== 'ADV') return false;
  }
  return false;
}

/** "the (retail) market in India": a market noun, then "in" or "of" and a place. */
function marketOfPlace(ctx: RuleContext, k: number) {
  const { doc, entities, sentence } = ctx;
  let n = k;
  if (doc.tokens[n]?.lower === 'the') n++;
  for (let m = 0; m < 3 && n < sentence.tokenEnd && doc.tokens[n]!.pos === 'ADJ'; m++) n++;
  if (!/^markets?$/.test(doc.tokens[n]?.lower ?? '') || !['in', 'of'].includes(doc.tokens[n + 1]?.lower ?? '')) return [];
  return marketsAt(doc, entities, n + 2, sentence.tokenEnd);
}

/** "its UK launch", "Xiaomi's European expansion": the possessor right before the place. */
function prenominalOwner(ctx: RuleContext, place: EntityMention): Company | undefined {
  const k = place.tokenStart - 1;
  const t = ctx.doc.tokens[k];
  if (!t || k < ctx.sentence.tokenStart || !(t.lower === 'its' || /^['’]s?$/.test(t.text))) return undefined;
  return possessor(ctx, place.tokenStart);
}

/** "its entry", "Xiaomi's expansion", "the company's debut". */
function possessor(ctx: RuleContext, noun: number, trigger?: ExpansionTrigger) {
  const { doc, entities } = ctx;
  let k = noun - 1;
  while (k > ctx.sentence.tokenStart && (doc.tokens[k]!.pos === 'ADJ' || ENTRY_MODIFIERS.has(doc.tokens[k]!.lower))) k--;
  if (doc.tokens[k]?.lower === 'its') {
    const r = entities.referenceAt(k);
    return r && r.names.length === 1 ? { name: r.names[0]!, tokenStart: k, tokenEnd: k + 1, viaReference: true } : undefined;
  }
  if (!/^['’]s?$/.test(doc.tokens[k]?.text ?? '')) return undefined;
  const m = entities.mentionEndingAt(k - 1);
  if (m?.type === 'org') return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
  // "Tesla's expansion into China": an untyped name owns an entry noun (not a launch, which may be a product's)
  if (m?.type === 'other' && trigger?.prenominal && !placeWords(m.surface)) return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
  const r = entities.referenceEndingAt(k - 1);
  return r && r.names.length === 1 ? { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true } : undefined;
}

const NOUN_PHRASE_WORDS = new Set(['a', 'an', 'the', 'first', 'further', 'new', 'its', 'their']);

/**
 * The company of an entry noun: its possessor ("its entry", "Xiaomi's
 * expansion"), else the subject of the verb the noun is the object of
 * ("Acme gained a foothold in", "is considering expansion in", "the deal gives
 * Acme an entry into"). A noun that needs a verb ("presence") counts only after
 * one of its verbs ("increased its presence in", not "has a presence in").
 */
function nounCompany(ctx: RuleContext, noun: number, trigger: ExpansionTrigger): (Company & { verb?: number }) | undefined {
  const { doc, entities, sentence } = ctx;
  const owner = possessor(ctx, noun, trigger);
  if (owner) {
    if (!trigger.verbs) return owner;
    const v = owner.tokenStart - 1;
    return v >= sentence.tokenStart && trigger.verbs.has(doc.tokens[v]!.lower) ? { ...owner, verb: v } : undefined;
  }
  let k = noun - 1;
  while (k > sentence.tokenStart && (NOUN_PHRASE_WORDS.has(doc.tokens[k]!.lower) || doc.tokens[k]!.pos === 'ADJ')) k--;
  // "gives Acme an entry into": the organization before the noun is the one that enters
  const receiver = entities.mentionEndingAt(k);
  if (receiver?.type === 'org' && !trigger.verbs && GIVING_VERBS.has(doc.tokens[receiver.tokenStart - 1]?.lower ?? '')) {
    return { name: receiver.name, tokenStart: receiver.tokenStart, tokenEnd: receiver.tokenEnd, viaReference: false, verb: receiver.tokenStart - 1 };
  }
  const t = doc.tokens[k];
  // "The expansion into Africa will cost $1 bln, the company said": the one who says it
  if (t && k === sentence.tokenStart && t.lower === 'the' && !trigger.verbs) return speaker(ctx);
  if (!t || k < sentence.tokenStart || !(trigger.verbs ?? ENTRY_NOUN_VERBS).has(t.lower)) return undefined;
  const subject = companyBefore(doc, entities, k, sentence.tokenStart);
  return subject ? { ...subject, verb: k } : undefined;
}

/** The organization that says the sentence: "..., the company said", "Acme said ...", "..., said Acme Corp". */
function speaker(ctx: RuleContext): Company | undefined {
  const { doc, entities, sentence } = ctx;
  for (let j = sentence.tokenStart + 1; j < sentence.tokenEnd; j++) {
    if (!SAYING_VERBS.has(doc.tokens[j]!.lower)) continue;
    const m = entities.mentionEndingAt(j - 1);
    if (m?.type === 'org') return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
    const r = entities.referenceEndingAt(j - 1);
    if (r && r.names.length === 1) return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
    const after = entities.mentionAt(j + 1);
    if (after?.type === 'org') return { name: after.name, tokenStart: after.tokenStart, tokenEnd: after.tokenEnd, viaReference: false };
  }
  return undefined;
}

export const verbRule: Rule<'expansion'> = {
  id: 'expansion/verb',
  kind: 'expansion',
  description: 'A company as the subject of an entry verb with a market after it: "entered India", "expanded into Russia".',
  run: (ctx) => run(ctx, false),
};

export const nounRule: Rule<'expansion'> = {
  id: 'expansion/noun',
  kind: 'expansion',
  description: 'A company\'s entry noun with a market: "its entry into India", "Acme\'s expansion into Africa".',
  run: (ctx) => run(ctx, true),
};
