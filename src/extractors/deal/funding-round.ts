// Funding rounds: "Kobo Pay has raised $60 million in a Series B funding
// round led by Harmattan Capital" is an investment by the lead investor in
// the company that raised the money.
import type { Rule } from '../rule.js';
import { clauseEnd, lowerAt } from './clause.js';
import { priceAfter, report, toMoney } from './draft.js';
import { partyIndex } from './party-index.js';
import { BY, partyAfter } from './prepositions.js';
import { statusOf } from './status.js';
import { findSubject } from './subject.js';

const RAISE_VERBS = new Set(['raised', 'raises', 'raise', 'raising', 'secured', 'secures', 'closed', 'closes']);
const ROUND_WORDS = new Set(['round', 'rounds']);
/** How far after the verb the round and its leader are looked for. */
const ROUND_REACH = 16;

export const fundingRound: Rule<'deal'> = {
  id: 'deal/funding-round',
  kind: 'deal',
  description: 'a funding round: the company that raised the money and the investor that led the round',
  run(ctx) {
    const { doc, sentence } = ctx;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (!RAISE_VERBS.has(tokens[k]!.lower) || tokens[k]!.pos !== 'VERB') continue;
      const end = Math.min(clauseEnd(doc, k, sentence.tokenEnd), k + ROUND_REACH);
      let round = -1;
      for (let j = k + 1; j < end; j++) if (ROUND_WORDS.has(tokens[j]!.lower)) round = j;
      // "... round led by X": the leader stands right after the round
      if (round < 0 || lowerAt(doc, round + 1) !== 'led') continue;
      index ??= partyIndex(doc, ctx.entities);
      const lead = partyAfter(doc, index, BY, round + 2, Math.min(sentence.tokenEnd, round + 10));
      const raiser = findSubject(doc, index, k, sentence.tokenStart)?.parties[0];
      if (!lead || !raiser || lead.person) continue;
      const price = priceAfter(doc, k + 1, round);
      const to = Math.max(round + 2, lead.tokenEnd);
      report(ctx, { type: 'investment', acquirer: lead, target: raiser, value: toMoney(price), status: statusOf(doc, raiser.tokenStart, k), base: 0.8, from: Math.min(raiser.tokenStart, k), to });
      k = to - 1;
    }
  },
};
