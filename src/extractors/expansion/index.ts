import type { Extractor } from '../rule.js';

export const expansionExtractor: Extractor<'expansion'> = { kind: 'expansion', rules: [] };
