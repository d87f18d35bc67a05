// The library: `import { extract } from 'factx'`. It never prints and never exits.
import { extractDocument, type ExtractOptions, type SourceDocument } from './pipeline.js';
import type { Fact } from './types.js';

export * from './types.js';
export { extractDocument, referenceDate, type ExtractOptions, type SourceDocument } from './pipeline.js';
export { createWriter, formatFacts, summarize, FORMATS, type Format, type FactWriter, type Sink } from './format/index.js';
export { readSources, type Problem, type ReadOptions } from './read/sources.js';
export { applyRulePack, loadRulePack, validateRulePack, RulePackError, DEAL_WORD_TYPES, type RulePack } from './rule-packs/index.js';
export { factSchema } from './schema.js';
export { extractInOrder, type DocumentResult } from './parallel/pool.js';

/**
 * Facts of a text or of documents. A string is read as one document with id
 * "text" (or `options.id`); documents keep their own ids and dates.
 */
export function extract(input: string | SourceDocument | Iterable<SourceDocument>, options: ExtractOptions & { id?: string } = {}): Fact[] {
  if (typeof input === 'string') return extractDocument({ id: options.id ?? 'text', text: input }, options);
  if (isSourceDocument(input)) return extractDocument(input, options);
  const facts: Fact[] = [];
  for (const doc of input) for (const f of extractDocument(doc, options)) facts.push(f);
  return facts;
}

function isSourceDocument(x: unknown): x is SourceDocument {
  return typeof x === 'object' && x !== null && typeof (x as SourceDocument).text === 'string' && !(Symbol.iterator in x);
}
