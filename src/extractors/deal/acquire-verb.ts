// "X acquired Y", "X agreed to buy Y from Z for 12 mln dlrs", "X took over Y",
// and the passive "Y was bought by X", "Y agreed to be acquired by X".
import type { Doc } from '../../document/document.js';
import { ACQUIRE_VERBS, CONSUMER_NOUNS, PAY_VERBS, SUCCESSION_WORDS, TAKE_VERBS } from '../../lexicon/deals.js';
import { moneyAt, type MoneySpan } from './money.js';
import { Family, sentenceHas } from './triggers.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isInName, isNominalUse, isPassive, lowerAt } from './clause.js';
import { extent, priceAfter, report, toMoney } from './draft.js';
import { parseObject } from './object.js';
import { partyIndex, type PartyIndex } from './party-index.js';
import { BY, FROM, ownerInApposition, partyAfter } from './prepositions.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';

const SECURITY_NOUNS = new Set(['warrant', 'warrants', 'option', 'options', 'right', 'rights']);
const PAYMENT_WORDS = new Set(['a', 'an', 'the', 'cash', 'consideration', 'price', 'total', 'sum', 'of', 'about', 'around', 'approximately', 'some', 'nearly', 'roughly', 'up', 'to', 'an', 'estimated']);

/** "dollar purchases", "net purchases of": a noun after a noun or before "of" (the tagger's "to purchase" stays a verb). */
function isCompoundNoun(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos !== 'NOUN') return false;
  const prev = doc.tokens[k - 1];
  return lowerAt(doc, k + 1) === 'of' || (!!prev && (prev.pos === 'NOUN' || prev.pos === 'ADJ' || prev.pos === 'NUM'));
}

export const acquireVerb: Rule<'deal'> = {
  id: 'deal/acquire-verb',
  kind: 'deal',
  description: 'a verb of acquiring with its subject, object, seller and price, active or passive',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.acquire)) return;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      let objectFrom = k + 1;
      let paid: MoneySpan | undefined;
      if (TAKE_VERBS.has(t.lower) && lowerAt(doc, k + 1) === 'over') {
        // "took over from Jack Straw", "takes over as chairman": a successor, not a buyer
        if (SUCCESSION_WORDS.has(lowerAt(doc, k + 2))) continue;
        objectFrom = k + 2;
      }
      else if (PAY_VERBS.has(t.lower)) {
        // "agreed to pay 3,475,000 dlrs for the bankrupt Harris Pine Sawmill"
        // "paid a cash consideration of around 5.4 mln dlrs for"
        let at = k + 1;
        while (at < sentence.tokenEnd && at - k <= 6 && PAYMENT_WORDS.has(lowerAt(doc, at))) at++;
        paid = moneyAt(doc, at, sentence.tokenEnd);
        if (!paid || lowerAt(doc, paid.tokenEnd) !== 'for') continue;
        objectFrom = paid.tokenEnd + 1;
      } else if (!ACQUIRE_VERBS.has(t.lower)) continue;
      // "dollar purchases", "a good buy": the noun is the nominal rule's
      // "warrants to purchase two mln shares": a security's terms, not a deal
      if (lowerAt(doc, k - 1) === 'to' && SECURITY_NOUNS.has(lowerAt(doc, k - 2))) continue;
      if (isNominalUse(doc, k, sentence.tokenStart) || lowerAt(doc, k + 1) === 'back' || t.pos === 'ADJ' || isCompoundNoun(doc, k) || isInName(doc, k, sentence.tokenStart)) continue;
      index ??= partyIndex(doc, ctx.entities);
      if (boughtByConsumers(doc, index, k, sentence.tokenStart)) continue;
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      const subject = findSubject(doc, index, k, sentence.tokenStart);
      const passive = isPassive(doc, k, sentence.tokenStart) && t.lower !== 'buying';
      if (passive) {
        const agent = partyAfter(doc, index, BY, objectFrom, Math.min(end, objectFrom + 3));
        const target = subject?.parties[0];
        const seller = partyAfter(doc, index, FROM, objectFrom, end);
        const price = priceAfter(doc, objectFrom, end);
        const from = Math.min(target?.tokenStart ?? k, k);
        const to = Math.max(k + 1, agent?.tokenEnd ?? 0, seller?.tokenEnd ?? 0);
        report(ctx, { type: 'acquisition', acquirer: agent, target, seller, value: toMoney(price), status: statusOf(doc, from, k), base: 0.85, from, to });
        continue;
      }
      const object = parseObject(doc, index, objectFrom, end);
      if (object.goods) continue;
      const target = object.party ?? object.asset;
      let seller =
        partyAfter(doc, index, FROM, object.end, end) ??
        object.owner ??
        (object.party ? ownerInApposition(doc, index, object.end, end) : undefined) ??
        (subject?.counterpart && subject.parties.length ? subject.counterpart : undefined);
      const price = paid ?? priceAfter(doc, object.end, end);
      let acquirer = subject?.parties[0];
      // "Phoenix Steel said investors offered to buy its Clayton mill": whoever owns the asset is selling it
      if (acquirer && !seller && object.possessor && object.asset && object.possessor.names[0] === acquirer.names[0] && acquirer.tokenStart < object.possessor.tokenStart) {
        seller = acquirer;
        acquirer = undefined;
      }
      // ... and so where the buyers go unnamed ("a group of investors offered to buy its Clayton mill")
      if (!acquirer && !seller && object.asset && subject === undefined) seller = object.possessor ?? index.endAt[object.asset.tokenStart - 1];
      if (paid && !target) continue;
      const from = Math.min(acquirer?.tokenStart ?? k, k);
      const to = Math.max(k + 1, extent(target)?.[1] ?? 0, seller && seller.tokenStart > k ? seller.tokenEnd : 0);
      report(ctx, {
        type: 'acquisition',
        acquirer,
        partners: subject?.parties.slice(1),
        target,
        seller,
        value: toMoney(price),
        status: statusOf(doc, from, k),
        base: 0.9,
        from,
        to,
      });
      k = Math.max(k, object.end - 1);
    }
  },
};

/** How far back from the verb its subject is looked for among consumers. */
const CONSUMER_REACH = 6;

/** "people are going to be buying", "consumers who had purchased": the buyer is a consumer, whatever company was named earlier. */
function boughtByConsumers(doc: Doc, index: PartyIndex, k: number, sentenceStart: number): boolean {
  for (let j = k - 1; j >= sentenceStart && k - j <= CONSUMER_REACH; j--) {
    if (index.endAt[j]) return false;
    if (CONSUMER_NOUNS.has(doc.tokens[j]!.lower)) return true;
  }
  return false;
}
