// "Dixons won control of Cyclops with a 95 dlr a share tender offer", "Rockwell
// would take control of Soma", "EaglesLair had assumed control of the
// company": whoever comes to control a company has acquired it.
import { CONTROL_MODIFIERS, CONTROL_VERBS } from '../../lexicon/deals.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isNominalUse, lowerAt } from './clause.js';
import { priceAfter, report, toMoney } from './draft.js';
import { afterParty, partyIndex } from './party-index.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';
import { Family, sentenceHas } from './triggers.js';

export const control: Rule<'deal'> = {
  id: 'deal/control',
  kind: 'deal',
  description: 'a company whose control someone takes, wins or gains: "X won control of Y"',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.control)) return;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (!CONTROL_VERBS.has(doc.tokens[k]!.lower) || isNominalUse(doc, k, sentence.tokenStart)) continue;
      let at = k + 1;
      if (CONTROL_MODIFIERS.has(lowerAt(doc, at))) at++;
      if (lowerAt(doc, at) !== 'control' || !['of', 'over'].includes(lowerAt(doc, at + 1))) continue;
      let t = at + 2;
      if (lowerAt(doc, t) === 'the') t++;
      index ??= partyIndex(doc, ctx.entities);
      // a company, by name or by reference ("the company"): a match, a computer or a pension scheme is no deal
      const target = index.startAt[t];
      if (!target) continue;
      // ("take full control of the Championship side": a name before a noun only describes what is controlled)
      const next = doc.tokens[afterParty(doc, target)];
      if (next && next.pos === 'NOUN' && next.text === next.lower && next.sentence === sentence.index) continue;
      const acquirer = findSubject(doc, index, k, sentence.tokenStart)?.parties[0];
      if (!acquirer) continue;
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      const from = Math.min(acquirer.tokenStart, k);
      report(ctx, {
        type: 'acquisition',
        acquirer,
        target,
        value: toMoney(priceAfter(doc, afterParty(doc, target), end)),
        status: statusOf(doc, from, k),
        base: 0.75,
        from,
        to: afterParty(doc, target),
      });
    }
  },
};
