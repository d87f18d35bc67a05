// "entered India", "expanded its business into Russia, Indonesia and
// Vietnam", "is planning to march into the US market", "opened a plant in
// Mexico", "its entry into India".
import type { Doc } from '../../document/document.js';
import { EXPANSION_NOUNS, EXPANSION_VERBS } from '../../lexicon/expansions.js';
import type { Rule, RuleContext } from '../rule.js';
import { companyBefore } from './company.js';
import { marketsAt } from './markets.js';
import { expansionStatus } from './status.js';

const MAX_OBJECT_TOKENS = 6;
const OBJECT_WORDS = new Set(['its', 'their', 'the', 'a', 'an', 'first', 'new', 'own', 'business', 'operations', 'service', 'services', 'products', 'presence', 'up', 'out', 'further', 'also', 'more', 'aggressively', 'rapidly', 'quickly', 'overseas', 'abroad']);

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
    if (nouns && doc.tokens[i]!.pos === 'VERB') continue;
    if (!nouns && !inVerbSlot(ctx, i)) continue;

    // "the service was launched in Korea": a product, not a company, went there
    if (!nouns && isPassive(ctx, i)) continue;
    let k = i + 1;
    if (trigger.particle) {
      if (doc.tokens[k]?.lower !== trigger.particle) continue;
      k++;
    }
    let markets = trigger.direct ? marketsAt(doc, entities, k, end) : [];
    // "entered the market in India", "cracked the retail market of Japan"
    if (trigger.direct && !markets.length) markets = marketOfPlace(ctx, k);
    // with no object at all ("expanded into Russia") the verb means expansion by itself
    let sawObject = trigger.objects === undefined || (!!trigger.intransitive && trigger.preps.includes(doc.tokens[k]?.lower ?? ''));
    if (!markets.length) {
      // skip the object ("its business", "a plant") to the preposition; the object's last noun is what decides
      let head: string | undefined;
      for (let n = 0; n < MAX_OBJECT_TOKENS && k < end && !trigger.preps.includes(doc.tokens[k]!.lower); n++, k++) {
        const t = doc.tokens[k]!;
        if (t.pos === 'NOUN' || trigger.objects?.has(t.lower)) head = t.lower;
        else if (!OBJECT_WORDS.has(t.lower) && !(t.pos === 'ADJ' || t.pos === 'NUM')) break;
      }
      if (head !== undefined && trigger.objects) sawObject = trigger.objects.has(head);
      if (k >= end || !trigger.preps.includes(doc.tokens[k]!.lower) || !sawObject) continue;
      markets = marketsAt(doc, entities, k + 1, end);
    }
    if (!markets.length) continue;

    const company = nouns ? possessor(ctx, i) : companyBefore(doc, entities, i, sentence.tokenStart);
    if (!company) continue;
    const status = expansionStatus(doc, company.tokenEnd, i, trigger, sentence.tokenStart, end);
    for (const market of markets) {
      // "the London Stock Exchange ... to bring listings to London": a company named for the place is at home there
      const said = doc.text.slice(doc.tokens[market.tokenStart]!.start, doc.tokens[market.tokenEnd - 1]!.end);
      if (company.name.includes(said) || company.name.includes(market.name)) continue;
      const from = Math.min(company.tokenStart, i);
      ctx.report({
        kind: 'expansion',
        start: doc.tokens[from]!.start,
        end: doc.tokens[market.tokenEnd - 1]!.end,
        confidence: (company.viaReference ? 0.75 : 0.9) - (nouns ? 0.1 : 0),
        company: company.name,
        market: market.name,
        marketCode: market.code,
        status,
        date: null,
      });
    }
  }
}

const VERB_SLOT_BEFORE = new Set(['will', 'would', "'ll", 'to', 'can', 'could', 'may', 'might', 'shall', 'must', 'not', 'also', 'soon']);
/** wink sometimes tags "will open" as an adjective: after a modal or "to", the word is a verb. */
function inVerbSlot(ctx: RuleContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return t.pos === 'VERB' || (i > ctx.sentence.tokenStart && VERB_SLOT_BEFORE.has(ctx.doc.tokens[i - 1]!.lower) && t.text === t.lower);
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

/** "its entry", "Xiaomi's expansion", "the company's debut". */
function possessor(ctx: RuleContext, noun: number) {
  const { doc, entities } = ctx;
  let k = noun - 1;
  while (k > ctx.sentence.tokenStart && (doc.tokens[k]!.pos === 'ADJ' || doc.tokens[k]!.lower === 'first')) k--;
  if (doc.tokens[k]?.lower === 'its') {
    const r = entities.referenceAt(k);
    return r && r.names.length === 1 ? { name: r.names[0]!, tokenStart: k, tokenEnd: k + 1, viaReference: true } : undefined;
  }
  if (!/^['’]s?$/.test(doc.tokens[k]?.text ?? '')) return undefined;
  const m = entities.mentionEndingAt(k - 1);
  if (m?.type === 'org') return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
  const r = entities.referenceEndingAt(k - 1);
  return r && r.names.length === 1 ? { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true } : undefined;
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
