import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/pipeline.js';
import { factSchema } from '../src/schema.js';
import { FACT_KINDS } from '../src/types.js';
import { validate } from './helpers/json-schema.js';

const root = path.resolve(import.meta.dirname, '..');
const seed = fs.readFileSync(path.join(root, 'seeds/000_ed955b01fc7d7582.txt'), 'utf8');
const schema = factSchema();

describe('the fact schema', () => {
  it('has one branch per kind', () => {
    expect((schema.oneOf as Array<{ title: string }>).map((b) => b.title)).toEqual(FACT_KINDS.map((k) => `${k} fact`));
  });

  it('accepts every fact factx writes for the seed article, of all four kinds', () => {
    const facts = extractDocument({ id: 'seed', text: seed });
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(FACT_KINDS));
    for (const f of facts) expect(validate(schema, JSON.parse(JSON.stringify(f))), f.text).toEqual([]);
  });

  it('rejects a fact that lost a field or has a wrong value', () => {
    const [fact] = extractDocument({ id: 'seed', text: seed }, { kinds: ['person'] });
    const { org: _org, ...withoutOrg } = fact as unknown as Record<string, unknown>;
    expect(validate(schema, withoutOrg).length).toBeGreaterThan(0);
    expect(validate(schema, { ...fact, confidence: 2 }).length).toBeGreaterThan(0);
    expect(validate(schema, { ...fact, kind: 'rumour' }).length).toBeGreaterThan(0);
  });
});
