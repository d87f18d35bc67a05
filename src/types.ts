// The fact contract (spec/facts.md, v1). Formats, the JSON Schema and the
// extractors all follow from these types, so a kind a formatter forgets is a
// compile error rather than a missing column.

export const FACT_KINDS = ['deal', 'person', 'date', 'expansion'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Mention {
  sentence: number;
  start: number;
  end: number;
}

/** Provenance and bookkeeping shared by every fact; stamped by the engine. */
export interface FactBase {
  id: string;
  kind: FactKind;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  confidence: number;
  rule: string;
  mentions: Mention[];
}

export const DEAL_TYPES = [
  'acquisition',
  'merger',
  'license',
  'cross-license',
  'collaboration',
  'partnership',
  'joint-venture',
  'investment',
  'supply',
  'agreement',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

/** Deals that change who owns what, with acquirer, target and seller: the rest are agreements between parties. */
export const OWNERSHIP_DEAL_TYPES: ReadonlySet<DealType> = new Set<DealType>(['acquisition', 'merger', 'investment']);

export const DEAL_STATUSES = ['completed', 'announced', 'planned', 'rumored', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** A deal's price. `amount` and `currency` are null when the story says the price is not disclosed ("for undisclosed terms"). */
export interface Money {
  amount: number | null;
  currency: string | null;
  text: string;
}

export interface FactDate {
  value: string;
  text: string;
}

export interface DealFields {
  type: DealType;
  parties: string[];
  acquirer: string | null;
  target: string | null;
  seller: string | null;
  object: string | null;
  value: Money | null;
  status: DealStatus;
  date: FactDate | null;
}

export interface PersonFields {
  name: string;
  title: string | null;
  roles: string[];
  org: string | null;
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'time'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface DateFields {
  type: TimexType;
  value: string;
  granularity: Granularity | null;
  relative: boolean;
  anchor: string | null;
}

export const EXPANSION_STATUSES = ['completed', 'ongoing', 'planned'] as const;
export type ExpansionStatus = (typeof EXPANSION_STATUSES)[number];

export interface ExpansionFields {
  company: string;
  market: string;
  marketCode: string | null;
  status: ExpansionStatus;
  date: FactDate | null;
}

export interface FieldsByKind {
  deal: DealFields;
  person: PersonFields;
  date: DateFields;
  expansion: ExpansionFields;
}

export type FactOf<K extends FactKind> = FactBase & { kind: K } & FieldsByKind[K];
export type DealFact = FactOf<'deal'>;
export type PersonFact = FactOf<'person'>;
export type DateFact = FactOf<'date'>;
export type ExpansionFact = FactOf<'expansion'>;
export type Fact = DealFact | PersonFact | DateFact | ExpansionFact;

/**
 * What a rule reports: the kind's fields plus the evidence span and how sure it
 * is. Everything else about provenance (doc, sentence, text, id, mentions) is
 * the engine's job.
 */
export type CandidateOf<K extends FactKind> = { kind: K; start: number; end: number; confidence: number } & FieldsByKind[K];
export type Candidate = { [K in FactKind]: CandidateOf<K> }[FactKind];
