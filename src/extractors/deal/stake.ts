// Stakes and investments: "X agreed to take a 15 pct stake in Y", "X raised
// its stake in Y to 9.1 pct" (X acquires), "X lowered its stake in Y" (X
// sells), "X invested 5 mln dlrs in Y".
import { INVEST_VERBS, STAKE_GAIN_VERBS, STAKE_LOSS_VERBS, STAKE_NOUNS } from '../../lexicon/deals.js';
import { Family, sentenceHas } from './triggers.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isNominalUse, lowerAt } from './clause.js';
import { priceAfter, report, toMoney } from './draft.js';
import { afterParty, partyIndex } from './party-index.js';
import { ownerInApposition } from './prepositions.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';

const STAKE_WINDOW = 8;

export const stake: Rule<'deal'> = {
  id: 'deal/stake',
  kind: 'deal',
  description: 'a stake taken, raised or lowered in a company, and money invested in one',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.stake)) return;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const lower = tokens[k]!.lower;
      const gain = STAKE_GAIN_VERBS.has(lower);
      const loss = STAKE_LOSS_VERBS.has(lower);
      const invest = INVEST_VERBS.has(lower);
      if ((!gain && !loss && !invest) || isNominalUse(doc, k, sentence.tokenStart)) continue;
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      // "a 15 pct stake in", "its holding in", "5 mln dlrs in"
      let inAt = -1;
      for (let j = k + 1; j < Math.min(end, k + STAKE_WINDOW); j++) {
        const w = tokens[j]!.lower;
        if (w === 'in' && (invest || STAKE_NOUNS.has(lowerAt(doc, j - 1)))) {
          inAt = j;
          break;
        }
        if (w === 'to' || w === 'from' || w === ',' || w === 'of') break;
      }
      if (inAt < 0) continue;
      index ??= partyIndex(doc, ctx.entities);
      let t = inAt + 1;
      if (lowerAt(doc, t) === 'the') t++;
      const target = index.startAt[t];
      if (!target) continue;
      const subject = findSubject(doc, index, k, sentence.tokenStart);
      const actor = subject?.parties[0];
      const afterTarget = afterParty(doc, target);
      const price = priceAfter(doc, k + 1, end);
      const from = Math.min(actor?.tokenStart ?? k, k);
      report(ctx, {
        type: invest ? 'investment' : 'acquisition',
        acquirer: loss ? undefined : actor,
        seller: loss ? actor : ownerInApposition(doc, index, afterTarget, end),
        target,
        value: toMoney(price),
        status: statusOf(doc, from, k),
        base: 0.8,
        from,
        to: afterTarget,
      });
    }
  },
};
