// Turns what a rule found (parties, object, money, status) into a reported
// candidate with a confidence that says how sure the reading is.
import type { Doc } from '../../document/document.js';
import type { RuleContext } from '../rule.js';
import type { DealStatus, DealType, Money } from '../../types.js';
import type { MoneySpan } from './money.js';
import { dealPriceIn } from './money-context.js';
import { COMPETITION_WORDS } from '../../lexicon/deals.js';
import type { Asset } from './object.js';
import type { Party } from './party-index.js';

export interface DealDraft {
  type: DealType;
  acquirer?: Party;
  /** further parties on the acquiring side ("X and Y agreed to buy") */
  partners?: Party[];
  target?: Party | Asset;
  seller?: Party;
  /** parties of a non-acquisition deal, in the order the text names them */
  parties?: Party[];
  object?: string | null;
  value?: Money | null;
  status: DealStatus;
  /** how sure the pattern is when every slot is filled with a named organization */
  base: number;
  /** token range of the evidence */
  from: number;
  to: number;
}

const LATE_PENALTY = 0.03;
const LATE_PENALTY_MAX = 0.15;

const isParty = (x: Party | Asset | undefined): x is Party => !!x && 'names' in x;

/** Token range covered by a party or asset. */
export const extent = (x: Party | Asset | undefined): [number, number] | undefined => (x ? [x.tokenStart, x.tokenEnd] : undefined);

export function report(ctx: RuleContext, d: DealDraft): void {
  const tokens = ctx.doc.tokens;
  let acquirer = d.acquirer?.names[0] ?? null;
  let seller = d.seller?.names[0] ?? null;
  let target: string | null = isParty(d.target) ? d.target.names[0]! : (d.target?.text ?? null);
  if (target && target === acquirer) {
    // "X said it received proposals to acquire the company": the one spoken of is bought, by someone unnamed
    if (isParty(d.target) && d.target.reference && !d.target.possessive && d.type === 'acquisition') acquirer = null;
    else target = null;
  }
  // "bid for Y by X and managers from Y's division": Y is bought, not selling
  if (seller && (seller === target || seller === acquirer)) seller = null;
  if (d.type === 'acquisition' && !acquirer && !seller) return;
  // "the central bank bought", "it intends to purchase": a buyer alone, with nothing bought, from no one, for nothing, says no deal
  if (d.type === 'acquisition' && acquirer && !target && !seller && !d.value) return;

  const named: Party[] = [];
  for (const p of [d.acquirer, ...(d.partners ?? []), isParty(d.target) ? d.target : undefined, d.seller, ...(d.parties ?? [])]) if (p) named.push(p);
  named.sort((a, b) => a.tokenStart - b.tokenStart);
  // a deal has a company on one side at least: "Henry and Bergkamp partnered", "Blair purchased two copies", "took over from Straw" are not deals
  if (named.length && named.every((p) => p.person)) return;
  // "the purchase of Anelka", "a bid for the striker": people change clubs, not hands
  if (isParty(d.target) ? d.target.person : d.target && ctx.entities.mentionEndingAt(d.target.tokenEnd - 1)?.type === 'person') return;
  // "its bid for the Davis Cup", "London's bid for the 2012 Games": a competition is won, not bought
  if (target && COMPETITION_WORDS.has(target.slice(target.lastIndexOf(' ') + 1).toLowerCase())) return;
  const parties: string[] = [];
  for (const p of named) for (const n of p.names) if (!parties.includes(n)) parties.push(n);

  let confidence = d.base;
  if (d.type === 'acquisition' || d.type === 'merger' || d.type === 'investment') {
    if (!acquirer) confidence -= 0.2;
    // "it said it acquired" with nothing named: a deal, barely
    if (!target) confidence -= d.value || (acquirer && seller) ? 0.2 : 0.3;
    else if (!isParty(d.target)) confidence -= 0.05;
  } else if (parties.length < 2) confidence -= 0.2;
  for (const p of named) {
    if (p.reference) confidence -= p.distant ? 0.1 : 0.03;
    else if (!p.certain) confidence -= 0.05;
    // an investor is a party to a share purchase, less often to a takeover
    if (p.person) confidence -= 0.05;
  }
  // a story states its deal first; deals told further down are more often background to it
  confidence -= Math.min(LATE_PENALTY_MAX, LATE_PENALTY * ctx.sentence.index);
  const start = tokens[d.from]!.start;
  const end = tokens[Math.max(d.from, d.to - 1)]!.end;
  ctx.report({
    kind: 'deal',
    start,
    end,
    confidence: Math.max(0.05, Math.min(0.99, confidence)),
    type: d.type,
    parties,
    acquirer,
    target,
    seller,
    object: d.object ?? null,
    value: d.value ?? null,
    status: d.status,
    date: null,
  });
}

/** The deal's price in the rest of the clause, as a contract Money (no token bookkeeping). */
export function priceAfter(doc: Doc, from: number, to: number): (Money & { tokenEnd: number }) | undefined {
  const m: MoneySpan | undefined = dealPriceIn(doc, from, to);
  return m ? { amount: m.amount, currency: m.currency, text: m.text, tokenEnd: m.tokenEnd } : undefined;
}

export const toMoney = (m: (Money & { tokenEnd?: number }) | undefined): Money | null => (m ? { amount: m.amount, currency: m.currency, text: m.text } : null);
