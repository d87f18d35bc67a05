// Deals named by a noun: "X's purchase of Y", "the acquisition of Y by X",
// "X completed the sale of its Y unit to Z", "X's bid for Y", "a tender
// offer for up to 33 mln shares in Y".
import type { Doc } from '../../document/document.js';
import { ACQUISITION_NOUNS, OFFER_MODIFIERS, OFFER_NOUNS, SALE_NOUNS } from '../../lexicon/deals.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { TIME_UNITS } from '../../lexicon/date-units.js';
import { CURRENCY_WORDS, SCALE_WORDS } from '../../lexicon/money.js';
import { ORG_DESCRIPTOR_NOUNS } from '../../lexicon/organizations.js';
import type { DealStatus } from '../../types.js';
import { Family, sentenceHas } from './triggers.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isInName, lowerAt } from './clause.js';
import { extent, priceAfter, report, toMoney } from './draft.js';
import { moneyAt } from './money.js';
import { parseObject } from './object.js';
import { type Party, partyIndex, type PartyIndex } from './party-index.js';
import { BY, FROM, partyAfter, TO } from './prepositions.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';

/** Words that may stand between "X's" and the deal noun: "X's proposed 200 mln dlr cash acquisition". */
const PRENOMINAL = new Set(['proposed', 'planned', 'pending', 'previously', 'announced', 'hostile', 'friendly', 'unsolicited', 'agreed', 'recent', 'earlier', 'planned', 'cash', 'stock', 'tender', 'takeover', 'acquisition', 'merger', 'a', 'share', 'per', 'dlr', 'dlrs', 'mln', 'billion', 'bln', 'new', 'revised', 'higher', 'sweetened', 'original', 'initial', '-', 'buyout', 'leveraged', 'exchange', 'partial']);

/** The party whose deal the noun at `noun` is ("X's bid"); `null` where its possessor is no party ("the government's disposal"). */
function owner(doc: Doc, index: PartyIndex, noun: number, sentenceStart: number): Party | null | undefined {
  for (let k = noun - 1, n = 0; k >= sentenceStart && n < 8; k--, n++) {
    const p = index.endAt[k];
    if (p) return p.possessive ? p : undefined;
    const t = doc.tokens[k]!;
    if (POSSESSIVE_MARK.test(t.text)) return possessiveOwner(doc, index, k);
    // ... and the words of its price ("Dunmore Plc's 410 mln stg hostile bid")
    if (!(PRENOMINAL.has(t.lower) || CURRENCY_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower) || t.pos === 'NUM' || t.pos === 'ADJ' || moneyAt(doc, k, noun))) return undefined;
  }
  return undefined;
}

const POSSESSIVE_MARK = /^['’]s?$/;
/** Words that own a deal in time, or stand for a party named before ("Wednesday's sale", "the company's bid"). */
const NOT_AN_OWNER = new Set<string>([...WEEKDAYS, ...MONTHS, ...TIME_UNITS.keys(), 'today', 'yesterday', 'tomorrow', 'weekend', ...ORG_DESCRIPTOR_NOUNS]);

/**
 * The party before the possessive mark at `k`, `null` where the word there is none ("the British government's disposal"),
 * `undefined` where it owns nothing ("Wednesday's sale") or stands for a party named before ("the company's bid").
 */
function possessiveOwner(doc: Doc, index: PartyIndex, k: number): Party | null | undefined {
  let j = k - 1;
  // (past a ticker: "Amoco Corp <AN>'s proposed acquisition", "TransCanada Pipelines Ltd (TRP)'s bid")
  const open = doc.tokens[j]?.text === '>' ? '<' : doc.tokens[j]?.text === ')' ? '(' : undefined;
  if (open) while (j > k - 6 && doc.tokens[j] && doc.tokens[j]!.text !== open) j--;
  if (open) j--;
  const word = doc.tokens[j];
  if (!word || NOT_AN_OWNER.has(word.lower)) return undefined;
  return index.endAt[j] ?? null;
}

type NounKind = 'acquisition' | 'sale' | 'offer' | 'investment';
const INVESTMENT_NOUNS = new Set(['investment', 'investments']);
const BY_OR_FROM = new Set(['by', 'from']);

function nounKind(doc: Doc, k: number): NounKind | undefined {
  const lower = doc.tokens[k]!.lower;
  if (ACQUISITION_NOUNS.has(lower)) return doc.tokens[k]!.pos === 'VERB' ? undefined : 'acquisition';
  if (SALE_NOUNS.has(lower)) return 'sale';
  if (OFFER_NOUNS.has(lower)) return 'offer';
  if (INVESTMENT_NOUNS.has(lower)) return 'investment';
  return undefined;
}

export const nominal: Rule<'deal'> = {
  id: 'deal/nominal',
  kind: 'deal',
  description: 'a deal noun with its possessor, "of"/"for" object, and "by"/"to"/"from" parties',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.nominal)) return;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const kind = nounKind(doc, k);
      if (!kind || isInName(doc, k, sentence.tokenStart)) continue;
      // "acquisition bid", "takeover offer": read once, at the last noun
      if (nounKind(doc, k + 1) && k + 1 < sentence.tokenEnd) continue;
      let prep = lowerAt(doc, k + 1);
      let objectAt = k + 2;
      // "its offer of 13 dlrs a share for 3.3 mln Princeville shares"
      if (kind === 'offer' && prep === 'of') {
        const m = moneyAt(doc, k + 2, sentence.tokenEnd);
        let after = m ? m.tokenEnd : -1;
        if (m && m.perUnit) after += 2;
        if (m && lowerAt(doc, after) === 'for') {
          prep = 'for';
          objectAt = after + 1;
        }
      }
      const modified = OFFER_MODIFIERS.has(lowerAt(doc, k - 1));
      if (kind === 'investment' && prep !== 'in') continue;
      if (kind === 'acquisition' && prep !== 'of' && prep !== 'by') continue;
      if (kind === 'sale' && prep !== 'of' && prep !== 'by' && prep !== 'to') continue;
      index ??= partyIndex(doc, ctx.entities);
      const owned = owner(doc, index, k, sentence.tokenStart);
      const possessor = owned ?? undefined;
      // an offer names what it is for, or is a takeover offer, or someone's ("its 26 dlr a share offer")
      if (kind === 'offer' && prep !== 'for' && !modified && !possessor) continue;
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      const object = prep === 'of' || prep === 'for' || prep === 'in' ? parseObject(doc, index, objectAt, end) : { end: k + 1 };
      const target0 = kind === 'investment' ? object.party : object.party ?? object.asset;
      // "the tender offer for all its shares launched this morning by X"
      // "... of Home Savings and Loan Association in Seattle, Washington, by InterWest"
      const agent = partyAfter(doc, index, kind === 'offer' ? BY_OR_FROM : BY, object.end, Math.min(end, object.end + 10));
      // ("shareholders' investment in the company": a deal whose owner is no party, and no "by" names one, is none)
      if (owned === null && !agent) continue;
      let acquirer: Party | undefined;
      let seller: Party | undefined;
      let target = target0;
      // (not where someone the text does not name as a party owns it: "it raises BP's visibility ahead of the British
      // government's announced disposal of 31.7 pct of BP" is no disposal of "it")
      const subject = owned !== undefined ? undefined : findSubject(doc, index, k, sentence.tokenStart);
      if (kind === 'sale') {
        seller = possessor ?? subject?.parties[0];
        acquirer = partyAfter(doc, index, TO, object.end, end) ?? agent;
        if (agent && !acquirer) seller = agent;
      } else {
        acquirer = agent ?? possessor ?? subject?.parties[0];
        // "X's acquisition by Y": X is the one bought
        if (agent && possessor && !target) target = possessor;
        seller = partyAfter(doc, index, FROM, object.end, end) ?? object.owner;
      }
      // "Caesars World Inc said its board rejected a takeover offer by X": the company that speaks is the target
      let base = kind === 'offer' ? 0.8 : 0.85;
      if (!target && agent && kind === 'offer') {
        const speaker = findSubject(doc, index, k, sentence.tokenStart)?.parties[0];
        if (speaker && !speaker.person && speaker.names[0] !== agent.names[0]) {
          target = speaker;
          base = 0.75;
        }
      }
      // "20 mln shares in Rexnord Inc were tendered pursuant to its offer"
      if (!target && kind === 'offer' && possessor) {
        const tendered = tenderedCompany(doc, index, sentence.tokenStart, k);
        if (tendered && tendered.names[0] !== possessor.names[0]) {
          target = tendered;
          base = 0.75;
        }
      }
      // a sale names what is sold or who buys it ("should complete the sale" names neither)
      if (!target && (kind !== 'sale' || !acquirer)) continue;
      const price = priceAfter(doc, object.end, end) ?? moneyBefore(doc, k, sentence.tokenStart);
      const first = possessor ?? subject?.parties[0];
      const from = Math.min(first?.tokenStart ?? k, k);
      const to = Math.max(k + 1, extent(target)?.[1] ?? 0, agent?.tokenEnd ?? 0, acquirer && acquirer.tokenStart > k ? acquirer.tokenEnd : 0);
      const fallback: DealStatus | undefined = kind === 'offer' ? 'announced' : undefined;
      // "X said it withdrew its offer": the cue sits before the possessor
      const statusFrom = Math.min(from, (subject ?? findSubject(doc, index, from, sentence.tokenStart))?.parties[0]?.tokenStart ?? from);
      report(ctx, {
        type: kind === 'investment' ? 'investment' : 'acquisition',
        acquirer,
        target,
        seller,
        value: toMoney(price),
        status: statusOf(doc, statusFrom, k, fallback ?? 'announced'),
        base,
        from,
        to,
      });
      k = Math.max(k, object.end - 1);
    }
  },
};

/** The company whose shares were tendered earlier in the sentence: "N shares in X were tendered", "N X common shares ... have been tendered". */
function tenderedCompany(doc: Doc, index: PartyIndex, from: number, to: number): Party | undefined {
  let tendered = false;
  for (let k = from; k < to; k++) if (doc.tokens[k]!.lower === 'tendered') tendered = true;
  if (!tendered) return undefined;
  for (let k = from; k < to; k++) {
    const p = index.startAt[k];
    if (!p || p.reference || p.person) continue;
    const after = p.tokenEnd;
    const before = lowerAt(doc, k - 1);
    if (['shares', 'stock', 'common', 'ordinary'].includes(lowerAt(doc, after)) || ((before === 'in' || before === 'of') && ['shares', 'stock'].includes(lowerAt(doc, k - 2)))) return p;
  }
  return undefined;
}

/** "the 265 mln dlr bid": money right before the noun. */
function moneyBefore(doc: Doc, noun: number, sentenceStart: number) {
  for (let k = noun - 1, n = 0; k >= sentenceStart && n < 6; k--, n++) {
    const m = moneyAt(doc, k, noun + 1);
    if (m && !m.perUnit) return { amount: m.amount, currency: m.currency, text: m.text, tokenEnd: m.tokenEnd };
  }
  return undefined;
}
