import type { Extractor } from '../rule.js';

export const personExtractor: Extractor<'person'> = { kind: 'person', rules: [] };
