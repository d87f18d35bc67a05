// "X sold Y to Z", "X agreed to sell its Y unit for 12 mln dlrs", "X said it
// sold its subsidiaries for 12.2 mln dlrs" (seller only), and the passive
// "Y was sold to Z".
import { HABIT_VERBS, SELL_VERBS } from '../../lexicon/deals.js';
import { Family, sentenceHas } from './triggers.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isInName, isNominalUse, isPassive, lowerAt } from './clause.js';
import { extent, priceAfter, report, toMoney } from './draft.js';
import { parseObject } from './object.js';
import { partyIndex } from './party-index.js';
import { BY, partyAfter, TO } from './prepositions.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';

/** A country or region named at `k`, after "the" ("in the United States"). */
function marketAt(ctx: Parameters<Rule<'deal'>['run']>[0], k: number): boolean {
  const m = ctx.entities.mentionAt(lowerAt(ctx.doc, k) === 'the' ? k + 1 : k);
  return m?.type === 'place' && !m.adjective;
}

export const saleVerb: Rule<'deal'> = {
  id: 'deal/sale',
  kind: 'deal',
  description: 'a verb of selling: the subject is the seller, "to Z" the acquirer',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.sale)) return;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!SELL_VERBS.has(t.lower) || isNominalUse(doc, k, sentence.tokenStart) || t.pos === 'ADJ' || isInName(doc, k, sentence.tokenStart)) continue;
      // "best-selling", "fast-selling": an adjective made with the verb
      if (k > sentence.tokenStart && tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === t.start) continue;
      // "stopped selling VHS", "began selling in India": a product line or a market, not a business sold
      // (but "began selling its stake" is a sale: what is sold is its own)
      if (HABIT_VERBS.has(lowerAt(doc, k - 1)) && t.lower.endsWith('ing') && !['its', 'their', 'his', 'her'].includes(lowerAt(doc, k + 1))) continue;
      // "it sold more than the GameCube": a comparison of sales
      if (['more', 'fewer', 'less'].includes(lowerAt(doc, k + 1)) && lowerAt(doc, k + 2) === 'than' && tokens[k + 3]?.pos !== 'NUM') continue;
      // "plans to sell in the United States", "sells abroad": goods sold in a market, no business changing hands
      if (['abroad', 'overseas', 'locally', 'online'].includes(lowerAt(doc, k + 1)) || (lowerAt(doc, k + 1) === 'in' && marketAt(ctx, k + 2))) continue;
      // "sold short", "sell-off", "selling pressure"
      if (['short', 'off', 'out', 'back'].includes(lowerAt(doc, k + 1)) && lowerAt(doc, k + 2) !== 'of') continue;
      const objectFrom = t.lower.startsWith('dispos') && lowerAt(doc, k + 1) === 'of' ? k + 2 : k + 1;
      index ??= partyIndex(doc, ctx.entities);
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      const subject = findSubject(doc, index, k, sentence.tokenStart);
      if (isPassive(doc, k, sentence.tokenStart)) {
        const target = subject?.parties[0];
        const acquirer = partyAfter(doc, index, TO, objectFrom, end);
        const seller = partyAfter(doc, index, BY, objectFrom, Math.min(end, objectFrom + 3));
        const price = priceAfter(doc, objectFrom, end);
        const from = Math.min(target?.tokenStart ?? k, k);
        const to = Math.max(k + 1, acquirer?.tokenEnd ?? 0, seller?.tokenEnd ?? 0);
        report(ctx, { type: 'acquisition', acquirer, target, seller, value: toMoney(price), status: statusOf(doc, from, k), base: 0.8, from, to });
        continue;
      }
      const object = parseObject(doc, index, objectFrom, end);
      if (object.goods) continue;
      const target = object.party ?? object.asset;
      const acquirer = partyAfter(doc, index, TO, object.end, end);
      const seller = subject?.parties[0];
      const price = priceAfter(doc, object.end, end);
      // a sale with neither buyer nor thing sold nor price says nothing ("it sells computers")
      if (!acquirer && !target && !price) continue;
      // a described asset with no buyer and no price is a sale only when the seller's own: "sell its cable television business"
      if (!acquirer && !price && target && !('names' in target) && !object.possessor) continue;
      const from = Math.min(seller?.tokenStart ?? k, k);
      const to = Math.max(k + 1, extent(target)?.[1] ?? 0, acquirer?.tokenEnd ?? 0);
      report(ctx, { type: 'acquisition', acquirer, target, seller, value: toMoney(price), status: statusOf(doc, from, k), base: 0.85, from, to });
      k = Math.max(k, object.end - 1);
    }
  },
};
