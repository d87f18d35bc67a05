// Extractors are written like ESLint rules: each rule is a small named piece
// with an id that lands in `fact.rule`. A rule sees one sentence at a time and
// reports candidates; it never fills in provenance.
import type { Doc, Sentence } from '../document/document.js';
import type { Entities } from '../entities/entities.js';
import type { Candidate, CandidateOf, FactKind } from '../types.js';

export interface RuleContext {
  doc: Doc;
  entities: Entities;
  /** The sentence being read. */
  sentence: Sentence;
  /** Its text; offsets inside it are relative to `sentence.start`. */
  sentenceText: string;
  report(candidate: Candidate): void;
}

export interface Rule<K extends FactKind = FactKind> {
  /** `kind/name`, e.g. `deal/acquire-verb` */
  id: string;
  kind: K;
  description: string;
  run(ctx: RuleContext): void;
}

/**
 * A rule that reads the whole document once the sentence rules have run, for a fact that a later sentence adds to
 * an earlier one's ("... named Robert Benders president. He succeeds Paul Huber."). It reports as a sentence rule
 * does; what it found is settled with the rest.
 */
export interface DocumentRule<K extends FactKind = FactKind> {
  id: string;
  kind: K;
  description: string;
  run(ctx: DocumentRuleContext<K>): void;
}

export interface DocumentRuleContext<K extends FactKind = FactKind> {
  doc: Doc;
  entities: Entities;
  /** what the sentence rules of this kind found, in the order they found it */
  found: readonly Reported<K>[];
  report(candidate: CandidateOf<K>): void;
}

/** A candidate as the engine keeps it: what was reported and by which rule. */
export type Reported<K extends FactKind = FactKind> = CandidateOf<K> & { rule: string };

/** One module per fact kind: its rules, and how overlapping candidates of that kind are settled. */
export interface Extractor<K extends FactKind = FactKind> {
  kind: K;
  rules: Rule<K>[];
  /** Rules that read the whole document after the sentence rules. */
  documentRules?: DocumentRule<K>[];
  /** Settles candidates of the whole document (overlaps, duplicates within the kind). Default: keep all. */
  settle?(candidates: Reported<K>[], doc: Doc, entities: Entities): Reported<K>[];
}
