// Market expansions: a company entering, expanding into or planning to enter a market, one fact per market.
import type { Extractor } from '../rule.js';
import { nounRule, verbRule } from './trigger.js';

export const expansionExtractor: Extractor<'expansion'> = {
  kind: 'expansion',
  rules: [verbRule, nounRule],
};
