// read → document → extractors → refine: one document in, its facts out.
import { buildDocument, type Doc, type DocumentInput } from './document/document.js';
import { buildEntities, NO_ENTITIES } from './entities/entities.js';
import { runExtractors } from './extractors/engine.js';
import { inferRefDate } from './extractors/date/index.js';
import { extractorsFor } from './extractors/index.js';
import { refine } from './refine/index.js';
import { FACT_KINDS, type Fact, type FactKind } from './types.js';

export interface ExtractOptions {
  /** fact kinds to return (default: all) */
  kinds?: readonly FactKind[];
  /** reference date for relative dates, YYYY-MM-DD; overrides the document's own */
  refDate?: string | null;
  /** when given, time spent per rule and per stage is added to it (ms) */
  timings?: Map<string, number>;
}

export interface SourceDocument {
  id: string;
  text: string;
  title?: string | null;
  /** the document's own date (JSONL `date`), YYYY-MM-DD or longer ISO */
  date?: string | null;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
const DATELINE = /^[^\n]{0,80}?\b((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2},? \d{4})\b[^\n]{0,20}?(?:-|—|–|\(Reuters\)|\(AP\))/;

/** Reference date in the contract's order: option, document date, dateline, latest full date in the text. */
export function referenceDate(source: SourceDocument, option?: string | null): string | null {
  if (option) return option;
  const own = source.date ? ISO_DAY.exec(source.date)?.[1] : undefined;
  if (own) return own;
  const dateline = DATELINE.exec(source.text.slice(0, 200));
  if (dateline) return inferRefDate({ text: dateline[1]! });
  return inferRefDate(source);
}

export function extractDocument(source: SourceDocument, options: ExtractOptions = {}): Fact[] {
  const kinds = options.kinds ?? FACT_KINDS;
  const timings = options.timings;
  const t0 = timings ? performance.now() : 0;
  const input: DocumentInput = { id: source.id, text: source.text, title: source.title ?? null, refDate: referenceDate(source, options.refDate) };
  const doc: Doc = buildDocument(input);
  const t1 = timings ? performance.now() : 0;
  // dates read no names: a dates-only run skips the entity stage
  const entities = kinds.every((k) => k === 'date') ? NO_ENTITIES : buildEntities(doc);
  const t2 = timings ? performance.now() : 0;
  // deals and expansions take their dates from the date facts, so dates are always found
  const needed = kinds.includes('deal') || kinds.includes('expansion') ? [...new Set<FactKind>([...kinds, 'date'])] : kinds;
  const reported = runExtractors(doc, entities, extractorsFor(FACT_KINDS.filter((k) => needed.includes(k))), timings);
  const t3 = timings ? performance.now() : 0;
  const facts = refine(doc, entities, reported).filter((f) => kinds.includes(f.kind));
  if (timings) {
    const add = (k: string, ms: number) => timings.set(k, (timings.get(k) ?? 0) + ms);
    add('stage/document', t1 - t0);
    add('stage/entities', t2 - t1);
    add('stage/refine', performance.now() - t3);
  }
  return facts;
}
