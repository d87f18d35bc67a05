// Deals: acquisitions, mergers, stakes, offers, sales and agreements. Each
// rule family lives in its own module; the extractor settles overlaps.
import type { Extractor } from '../rule.js';
import { acquireVerb } from './acquire-verb.js';
import { agreement } from './agreement.js';
import { fundingRound } from './funding-round.js';
import { merger } from './merger.js';
import { nominal } from './nominal.js';
import { saleVerb } from './sale.js';
import { settleDeals } from './settle.js';
import { stake } from './stake.js';
import { control } from './control.js';

export const dealExtractor: Extractor<'deal'> = {
  kind: 'deal',
  rules: [acquireVerb, saleVerb, nominal, stake, control, merger, agreement, fundingRound],
  settle: settleDeals,
};
