// The JSON Schema of a fact. Each kind's properties are typed as a record
// over that kind's fields, so a field added to the types without a schema
// (or a schema for a field that does not exist) is a compile error.
import {
  DEAL_STATUSES,
  DEAL_TYPES,
  EXPANSION_STATUSES,
  FACT_KINDS,
  GRANULARITIES,
  TIMEX_TYPES,
  type DateFields,
  type DealFields,
  type ExpansionFields,
  type FactBase,
  type FactKind,
  type PersonFields,
} from './types.js';

type Schema = Record<string, unknown>;

const string: Schema = { type: 'string' };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const integer: Schema = { type: 'integer', minimum: 0 };
const factDate: Schema = nullable({ type: 'object', required: ['value', 'text'], properties: { value: string, text: string } });

const BASE: Record<keyof FactBase, Schema> = {
  id: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'stable id: hash of doc, kind and the first mention' },
  kind: { enum: [...FACT_KINDS] },
  doc: { ...string, description: 'document id' },
  sentence: { ...integer, description: '0-based index of the sentence of the first mention' },
  start: { ...integer, description: 'character offset of the evidence (UTF-16 code units)' },
  end: { ...integer, description: 'end offset, exclusive' },
  text: { ...string, description: 'exactly documentText.slice(start, end)' },
  confidence: { type: 'number', minimum: 0, maximum: 1 },
  rule: { type: 'string', pattern: '^[a-z]+/[a-z0-9-]+$', description: 'id of the rule that fired' },
  mentions: {
    type: 'array',
    minItems: 1,
    items: { type: 'object', required: ['sentence', 'start', 'end'], properties: { sentence: integer, start: integer, end: integer } },
  },
};

const DEAL: Record<keyof DealFields, Schema> = {
  type: { enum: [...DEAL_TYPES] },
  parties: { type: 'array', items: string },
  acquirer: nullable(string),
  target: nullable(string),
  seller: nullable(string),
  object: nullable(string),
  value: nullable({ type: 'object', required: ['amount', 'currency', 'text'], properties: { amount: nullable({ type: 'number' }), currency: nullable({ type: 'string', pattern: '^[A-Z]{3}$' }), text: string } }),
  status: { enum: [...DEAL_STATUSES] },
  date: factDate,
};

const PERSON: Record<keyof PersonFields, Schema> = {
  name: string,
  title: nullable(string),
  roles: { type: 'array', items: string },
  org: nullable(string),
};

const DATE: Record<keyof DateFields, Schema> = {
  type: { enum: [...TIMEX_TYPES] },
  value: { ...string, description: 'TIMEX3 value: 2017-07-05, 2014-07, 2017-Q3, 198, P3Y, PRESENT_REF, XXXX-04' },
  granularity: nullable({ enum: [...GRANULARITIES] }),
  relative: { type: 'boolean' },
  anchor: nullable({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
};

const EXPANSION: Record<keyof ExpansionFields, Schema> = {
  company: string,
  market: string,
  marketCode: nullable({ type: 'string', pattern: '^[A-Z]{2}$' }),
  status: { enum: [...EXPANSION_STATUSES] },
  date: factDate,
};

const FIELDS: Record<FactKind, Record<string, Schema>> = { deal: DEAL, person: PERSON, date: DATE, expansion: EXPANSION };

function kindSchema(kind: FactKind): Schema {
  const properties = { ...BASE, kind: { const: kind }, ...FIELDS[kind] };
  return { title: `${kind} fact`, type: 'object', required: Object.keys(properties), properties };
}

/** JSON Schema (2020-12) of one fact of any kind. Facts may carry more fields than these. */
export function factSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'factx fact',
    description: 'One fact as factx writes it (contract v1). json output is an array of these; jsonl has one per line.',
    oneOf: FACT_KINDS.map(kindSchema),
  };
}
