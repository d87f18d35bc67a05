// One deal per event. Candidates of one sentence that describe the same deal
// from two rules ("X's purchase of Y" and "X bought Y") are merged, and a
// story's principal deal takes the slots that later sentences add ("The
// buyer is Z", "The sale to Z ...", "for a total of 53 mln dlrs").
import type { Doc } from '../../document/document.js';
import { sentenceAt, tokenAt } from '../../document/document.js';
import { OWNERSHIP_DEAL_TYPES } from '../../types.js';
import type { Reported } from '../rule.js';
import { pricedLater, withheldPriceIn } from './money-context.js';

type Deal = Reported<'deal'>;
const SLOTS = ['acquirer', 'target', 'seller'] as const;
/** How many sentences after the principal deal may still price it. */
const PRICE_REACH = 5;
/** Tokens a principal deal's price is looked for in, whatever the sentences' length. */
const PRICE_TOKENS = 250;
/** Candidates of one sentence compared with each new one: overlapping readings are neighbours. */
const TWIN_REACH = 8;

/** Two readings of one deal: no slot disagrees, and at least one names the same party. */
function sameDeal(a: Deal, b: Deal): boolean {
  let shared = 0;
  for (const s of SLOTS) {
    const x = a[s];
    const y = b[s];
    if (x && y) {
      if (x !== y) return false;
      shared++;
    }
  }
  // "X acquired Y" and "X sold Y" cannot be the same deal from the same side
  if (a.acquirer && a.acquirer === b.seller) return false;
  if (a.seller && a.seller === b.acquirer) return false;
  return shared > 0;
}

function fill(into: Deal, from: Deal): void {
  // (the company bought, or its buyer, is not also the seller)
  for (const s of SLOTS) if (!into[s] && from[s] && !(s === 'seller' && (into.target === from.seller || into.acquirer === from.seller))) into[s] = from[s];
  if (!into.value && from.value) into.value = from.value;
  for (const p of from.parties) if (!into.parties.includes(p)) into.parties.push(p);
}

/** "had no plans to sell any of Brevard's plants": a deal ruled out in advance is no deal at all. */
const NO_DEAL = /\bno (?:plans?|intention|interest) (?:to|of|in)\b/i;

export function settleDeals(candidates: Deal[], doc: Doc): Deal[] {
  candidates = candidates.filter((c) => !NO_DEAL.test(doc.text.slice(c.start, c.end)));
  if (!candidates.length) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  // same sentence, overlapping evidence, same kind of deal: one fact
  const kept: Deal[] = [];
  const sentenceOf = new Map<Deal, number>();
  for (const c of sorted) sentenceOf.set(c, sentenceAt(doc, c.start));
  for (const c of sorted) {
    // only the candidates kept for this sentence, the last few of `kept`
    let twin: Deal | undefined;
    for (let i = kept.length - 1; i >= 0 && kept.length - i <= TWIN_REACH && sentenceOf.get(kept[i]!) === sentenceOf.get(c); i--) {
      const k = kept[i]!;
      if (k.type === c.type && k.start < c.end && c.start < k.end && OWNERSHIP_DEAL_TYPES.has(c.type) && sameDeal(k, c)) twin = k;
    }
    if (!twin) {
      kept.push(c);
      continue;
    }
    const [better, worse] = c.confidence > twin.confidence ? [c, twin] : [twin, c];
    fill(better, worse);
    if (better === c) kept[kept.indexOf(twin)] = c;
  }
  completePrincipal(kept, doc, sentenceOf);
  return kept;
}

/** The story's most confident acquisition takes slots and price from the rest of the story. */
function completePrincipal(deals: Deal[], doc: Doc, sentenceOf: Map<Deal, number>): void {
  let principal: Deal | undefined;
  for (const d of deals) if (OWNERSHIP_DEAL_TYPES.has(d.type) && (!principal || d.confidence > principal.confidence)) principal = d;
  if (!principal) return;
  for (const d of deals) if (d !== principal && OWNERSHIP_DEAL_TYPES.has(d.type) && d.status !== 'cancelled' && sameDeal(principal, d)) fill(principal, d);
  if (!principal.value) {
    const s = sentenceOf.get(principal)!;
    const from = tokenAt(doc, principal.end);
    const to = Math.min(doc.sentences[Math.min(doc.sentences.length - 1, s + PRICE_REACH)]!.tokenEnd, from + PRICE_TOKENS);
    const price = pricedLater(doc, from, to);
    // a price the story says it does not give is a value with no amount:
    // "for undisclosed terms", "Terms were not disclosed"
    const withheld = withheldPriceIn(doc, tokenAt(doc, principal.start), price ? price.tokenStart : to);
    if (withheld) principal.value = { amount: null, currency: null, text: withheld.text };
    else if (price) principal.value = { amount: price.amount, currency: price.currency, text: price.text };
  }
}
