import type { Extractor } from '../rule.js';

export const dealExtractor: Extractor<'deal'> = { kind: 'deal', rules: [] };
