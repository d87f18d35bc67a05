// Agreements between organizations: licenses and cross-licenses with what
// they cover, collaborations, partnerships, joint ventures and supply deals.
// "X and Y signed a business collaboration agreement and a multi-year patent
// agreement, including a cross license to ..." gives one fact per agreement.
import type { Doc } from '../../document/document.js';
import { AGREEMENT_HEADS, AGREEMENT_TYPES, COOPERATE_VERBS, LICENSE_VERBS, SIGN_VERBS, SUPPLY_VERBS, TIE_UP_VERBS } from '../../lexicon/deals.js';
import type { DealType } from '../../types.js';
import { Family, isTrigger, sentenceHas } from './triggers.js';
import type { Rule, RuleContext } from '../rule.js';
import { clauseEnd, isInName, lowerAt } from './clause.js';
import { report } from './draft.js';
import { assetAt } from './object.js';
import { afterParty, type Party, partyIndex, type PartyIndex } from './party-index.js';
import { partyAfter, pastDescription } from './prepositions.js';
import { findSubject, partyList } from './subject.js';
import { statusOf } from './status.js';

/** Modifiers of an agreement noun that name its type without being one of the type words. */
const MODIFIER_TYPES: ReadonlyMap<string, DealType> = new Map<string, DealType>([
  ['patent', 'license'], ['patents', 'license'], ['technology', 'license'], ['royalty', 'license'], ['marketing', 'partnership'],
  ['strategic', 'partnership'], ['research', 'collaboration'], ['development', 'collaboration'], ['cooperative', 'collaboration'],
]);
/** Agreement nouns that are not business deals between organizations. */
const NOT_DEAL_MODIFIERS = new Set(['trade', 'peace', 'ceasefire', 'cease-fire', 'arms', 'climate', 'tax', 'wage', 'labor', 'labour', 'pay', 'union', 'nuclear', 'debt', 'budget', 'plea', 'loan', 'credit', 'standstill', 'confidentiality', 'settlement', 'merger', 'acquisition', 'purchase', 'sale', 'buyout', 'takeover']);

/** Per document: the parties of the last agreement, for "Under the agreement, X will provide ...". */
const lastAgreement = new WeakMap<Doc, Party[]>();

interface Found {
  type: DealType;
  /** first token of the agreement phrase */
  start: number;
  /** token after it */
  end: number;
}

/** The agreement phrase whose head noun is at `k`: "a business collaboration agreement", "license deals". */
function agreementAt(doc: Doc, k: number, sentenceStart: number): Found | undefined {
  const tokens = doc.tokens;
  const lower = tokens[k]!.lower;
  // "cross license", "cross-license"
  if ((lower === 'license' || lower === 'licence' || lower === 'licensing') && lowerAt(doc, k - 1) === 'cross') return { type: 'cross-license', start: k - 1, end: k + 1 };
  if (lower === 'cross-license' || lower === 'cross-licence' || lower === 'cross-licensing') return { type: 'cross-license', start: k, end: k + 1 };
  if (lower === 'venture' && lowerAt(doc, k - 1) === 'joint' && !AGREEMENT_HEADS.has(lowerAt(doc, k + 1))) return { type: 'joint-venture', start: k - 1, end: k + 1 };
  // "a strategic partnership", "announced a collaboration to develop": the noun alone is the deal
  if ((lower === 'partnership' || lower === 'alliance' || lower === 'collaboration') && !AGREEMENT_HEADS.has(lowerAt(doc, k + 1))) {
    let s = k;
    while (s - 1 > sentenceStart && tokens[s - 1]!.pos === 'ADJ') s--;
    return { type: lower === 'collaboration' ? 'collaboration' : 'partnership', start: s, end: k + 1 };
  }
  if (!AGREEMENT_HEADS.has(lower) || lower === 'partnership' || lower === 'alliance' || lower === 'collaboration' || lower === 'venture') return undefined;
  let type: DealType = 'agreement';
  let s = k;
  for (let j = k - 1; j >= sentenceStart && k - j <= 4; j--) {
    const w = tokens[j]!.lower;
    if (NOT_DEAL_MODIFIERS.has(w)) return undefined;
    if (!(tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' || tokens[j]!.text === '-' || tokens[j]!.pos === 'PROPN')) break;
    if (index0(doc, j)) break;
    const t = AGREEMENT_TYPES.get(w) ?? (w === 'venture' && lowerAt(doc, j - 1) === 'joint' ? 'joint-venture' : undefined) ?? MODIFIER_TYPES.get(w);
    if (t && type === 'agreement') type = t;
    s = j;
  }
  return { type, start: s, end: k + 1 };
}
// capitalized words before an agreement noun are a name, not a modifier ("the Nokia agreement")
const index0 = (doc: Doc, j: number) => /^\p{Lu}/u.test(doc.tokens[j]!.text) && doc.tokens[j]!.pos === 'PROPN';

/** What a license or collaboration covers: "to each company's cellular standard essential patents", "on optical transport solutions". */
function coverage(doc: Doc, index: PartyIndex, i: number, limit: number, preps: ReadonlySet<string>): string | null {
  const tokens = doc.tokens;
  if (!preps.has(lowerAt(doc, i))) return null;
  let k = i + 1;
  for (let n = 0; n < 4 && k < limit; n++) {
    const t = tokens[k]!;
    const p = index.startAt[k];
    if (p && p.possessive) {
      k = p.tokenEnd + (lowerAt(doc, p.tokenEnd) === "'s" ? 1 : 0);
      continue;
    }
    // "each company's", "their", "the"
    if (['the', 'a', 'an', 'each', 'both', 'their', 'its', 'all'].includes(t.lower)) k++;
    else if (t.pos === 'NOUN' && (lowerAt(doc, k + 1) === "'s" || lowerAt(doc, k + 1) === '’s')) k += 2;
    else break;
  }
  const asset = assetAt(doc, index, k, limit);
  return asset ? asset.text : null;
}

const COVER_PREPS = new Set(['to', 'for', 'on', 'covering', 'over']);
const WORK_PREPS = new Set(['on']);
const SUPPLY_PREPS = new Set(['to']);

function emit(ctx: RuleContext, type: DealType, parties: Party[], object: string | null, from: number, trigger: number, to: number): void {
  // "it ... with its partners": two mentions of one company are not two parties
  if (new Set(parties.map((p) => p.names[0])).size < 2) return;
  lastAgreement.set(ctx.doc, parties);
  report(ctx, { type, parties, object, status: statusOf(ctx.doc, from, trigger, undefined), base: 0.85, from, to });
}

/** All parties of the subject, each name of a plural reference separately. */
function subjectParties(doc: Doc, index: PartyIndex, k: number, sentenceStart: number): Party[] {
  return findSubject(doc, index, k, sentenceStart)?.parties ?? [];
}

export const agreement: Rule<'deal'> = {
  id: 'deal/agreement',
  kind: 'deal',
  description: 'licenses, cross-licenses, collaborations, partnerships, joint ventures and supply deals',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.agreement)) return;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const lower = tokens[k]!.lower;
      // "Alliance cars", "Partnership Fund": a capitalized trigger is part of a name
      if (!isTrigger(lower, Family.agreement) || isInName(doc, k, sentence.tokenStart)) continue;
      // "other Microsoft-partnered firms": a verb glued to a name makes an adjective, no deal
      if (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === tokens[k]!.start) continue;
      const found = agreementAt(doc, k, sentence.tokenStart);
      const tieUp = TIE_UP_VERBS.has(lower) && lowerAt(doc, k + 1) === 'up' && lowerAt(doc, k + 2) === 'with';
      const licensing = !found && tokens[k]!.pos === 'VERB' && LICENSE_VERBS.has(lower);
      const triggered = found || tieUp || licensing || lower === 'work' || lower === 'working' || lower === 'worked' || COOPERATE_VERBS.has(lower) || SUPPLY_VERBS.has(lower);
      if (!triggered) continue;
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      // "Hallstein had licensed its solvent technology to Gujarat Petrochem Ltd", "licenses patents from X"
      if (licensing) {
        index ??= partyIndex(doc, ctx.entities);
        const licensor = subjectParties(doc, index, k, sentence.tokenStart)[0];
        const to = partyAfter(doc, index, TO_OR_FROM, k + 1, end);
        if (!licensor || !to || to.person) continue;
        const what = ['its', 'their', 'the', 'a', 'an'].includes(lowerAt(doc, k + 1)) ? k + 2 : k + 1;
        const asset = assetAt(doc, index, what, end, true);
        emit(ctx, 'license', [licensor, to], asset?.text ?? null, licensor.tokenStart, k, to.tokenEnd);
        continue;
      }
      if (found) {
        // "a patent agreement, including a cross license ...": the specific one stands for both
        if (lowerAt(doc, found.end) === ',' && lowerAt(doc, found.end + 1) === 'including') continue;
        // a bare "agreement" is a deal only when someone makes it: "signed an agreement", not "under the agreement"
        if (found.type === 'agreement' && !signedBefore(doc, found.start, sentence.tokenStart)) continue;
        index ??= partyIndex(doc, ctx.entities);
        const subject = subjectParties(doc, index, found.start, sentence.tokenStart);
        let parties = [...subject];
        let to = found.end;
        if (lowerAt(doc, found.end) === 'with' || lowerAt(doc, found.end) === 'between') {
          const others = partyList(doc, index, found.end + 1, end);
          if (others.length) to = others[others.length - 1]!.tokenEnd;
          // "license deals with Apple and Samsung": one deal per counterpart
          if (subject.length === 1 && others.length > 1) {
            for (const o of others) emit(ctx, found.type, [subject[0]!, o], null, subject[0]!.tokenStart, found.start, o.tokenEnd);
            continue;
          }
          parties = [...parties, ...others];
        }
        // "signed an agreement with Nvidia Corp. to supply graphics processors": a bare agreement to supply is a supply deal
        const supplies = found.type === 'agreement' && lowerAt(doc, to) === 'to' && SUPPLY_VERBS.has(lowerAt(doc, to + 1));
        const goods = supplies ? assetAt(doc, index, to + 2, end, true) : undefined;
        const object = found.type === 'license' || found.type === 'cross-license' ? coverage(doc, index, found.end, end, COVER_PREPS) : (goods?.text ?? null);
        const from = Math.min(found.start, parties[0]?.tokenStart ?? found.start);
        emit(ctx, supplies ? 'supply' : found.type, expand(parties), object, from, found.start, Math.max(to, found.end));
        k = found.end - 1;
        continue;
      }
      // "will work together on", "agreed to cooperate", "will partner on"; "has tied up with" is a partnership
      const together = (lower === 'work' || lower === 'working' || lower === 'worked') && lowerAt(doc, k + 1) === 'together';
      if (together || tieUp || COOPERATE_VERBS.has(lower)) {
        index ??= partyIndex(doc, ctx.entities);
        const parties = expand(subjectParties(doc, index, k, sentence.tokenStart));
        const after = together || tieUp ? k + 2 : k + 1;
        let others: Party[] = [];
        if (lowerAt(doc, after) === 'with') others = partyList(doc, index, after + 1, end);
        const all = [...parties, ...others];
        // "Stan Lee is to team up with producer Robert Evans": people teaming up make no deal
        if (tieUp && all.some((p) => p.person)) continue;
        const objectAt = others.length ? others[others.length - 1]!.tokenEnd : after;
        const object = coverage(doc, index, objectAt, end, WORK_PREPS);
        const from = Math.min(k, all[0]?.tokenStart ?? k);
        emit(ctx, tieUp ? 'partnership' : 'collaboration', all, object, from, k, Math.max(after, objectAt));
        continue;
      }
      // "Under the agreement, Nokia will provide network infrastructure equipment"
      if (SUPPLY_VERBS.has(lower)) {
        index ??= partyIndex(doc, ctx.entities);
        const supplier = findSubject(doc, index, k, sentence.tokenStart)?.parties[0];
        if (!supplier) continue;
        // "Microsoft will supply Corvid with computing power": the recipient first, the goods after "with"
        const first = index.startAt[k + 1];
        if (first && !first.reference && !first.person && lowerAt(doc, afterParty(doc, first)) === 'with') {
          const goods = assetAt(doc, index, afterParty(doc, first) + 1, end, true);
          emit(ctx, 'supply', [supplier, first], goods?.text ?? null, supplier.tokenStart, k, goods?.tokenEnd ?? afterParty(doc, first));
          continue;
        }
        // "supply memory chips to Apple": what is supplied may be any goods, since the recipient must be named
        const asset = assetAt(doc, index, k + 1, end, true);
        if (!asset) continue;
        const recipient = coverageParty(doc, index, asset.tokenEnd, end) ?? underAgreement(ctx, supplier);
        if (!recipient) continue;
        emit(ctx, 'supply', [supplier, recipient], asset.text, supplier.tokenStart, k, asset.tokenEnd);
      }
    }
  },
};

const TO_OR_FROM = new Set(['to', 'from']);

const SIGN_REACH = 4;
function signedBefore(doc: Doc, at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= sentenceStart && at - k <= SIGN_REACH; k--) if (SIGN_VERBS.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/** "the two tech giants" stands for two parties. */
function expand(parties: Party[]): Party[] {
  const out: Party[] = [];
  for (const p of parties) {
    if (p.names.length === 1) out.push(p);
    else for (const n of p.names) out.push({ ...p, names: [n] });
  }
  return out;
}

function coverageParty(doc: Doc, index: PartyIndex, i: number, limit: number): Party | undefined {
  for (let k = i; k < limit && k < i + 8; k++) {
    if (!SUPPLY_PREPS.has(lowerAt(doc, k))) continue;
    // "to Brazil's Vivamar Telecom SA", "to Chinese carmaker Geely"
    const p = index.startAt[pastDescription(doc, index, k + 1, limit)];
    if (p) return p;
  }
  return undefined;
}

/** The other party of the agreement this sentence opens with ("Under the agreement, ..."). */
function underAgreement(ctx: RuleContext, supplier: Party): Party | undefined {
  const { doc, sentence } = ctx;
  const first = lowerAt(doc, sentence.tokenStart);
  if (first !== 'under' || !AGREEMENT_HEADS.has(lowerAt(doc, sentence.tokenStart + 2))) return undefined;
  const last = lastAgreement.get(doc);
  const other = last?.find((p) => !p.names.includes(supplier.names[0]!));
  return other && { ...other, names: [other.names.find((n) => n !== supplier.names[0])!] };
}
