import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { applyRulePack, loadRulePack, RulePackError, validateRulePack } from '../../src/rule-packs/index.js';
import { runMain } from '../helpers/run-main.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-rules-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

const TEXT = 'Big Blue snapped Voltaic Cells Inc for 10 mln dlrs, said Ana Diaz, chief people officer of Voltaic Cells Inc.\nLumo Motors Corp entered Kurdistan in 2015.';
const facts = () => extractDocument({ id: 't', text: TEXT, date: '2016-01-01' }, { kinds: ['deal', 'person', 'expansion'] });
const PACK = {
  dealWords: { snapped: 'acquisition' },
  titles: { 'chief people officer': 'chief people officer' },
  organizations: { 'Big Blue': 'IBM' },
  markets: { Kurdistan: null },
};

describe('rule packs', () => {
  // lexicons are per process: the facts without the pack are read first
  const before = facts();

  it('change the result: a deal verb, a title, an organization alias and a market', () => {
    expect(before.filter((f) => f.kind === 'deal' || f.kind === 'expansion')).toEqual([]);
    applyRulePack(validateRulePack(PACK, 'pack'));
    const after = facts();
    expect(after.find((f) => f.kind === 'deal')).toMatchObject({ type: 'acquisition', acquirer: 'IBM', target: 'Voltaic Cells Inc', status: 'completed' });
    expect(after.find((f) => f.kind === 'person')).toMatchObject({ name: 'Ana Diaz', title: 'chief people officer', roles: ['chief people officer'], org: 'Voltaic Cells Inc' });
    expect(after.find((f) => f.kind === 'expansion')).toMatchObject({ company: 'Lumo Motors Corp', market: 'Kurdistan', marketCode: null, status: 'completed' });
  });

  it.each([
    [{ dealWord: { x: 'acquisition' } }, '$.dealWord: unknown section'],
    [{ dealWords: { snapped: 'acquistion' } }, '$.dealWords["snapped"]: "acquistion" is not one of acquisition'],
    [{ dealWords: { 'snap up': 'acquisition' } }, '$.dealWords["snap up"]: a deal word is one word'],
    [{ titles: { cpo: 7 } }, '$.titles["cpo"]: the canonical role must be a non-empty string'],
    [{ markets: { Kurdistan: 'KUR' } }, '$.markets["Kurdistan"]: "KUR" is not an ISO 3166-1 alpha-2 code'],
    [{ organizations: [] }, '$.organizations: must be an object'],
    [['dealWords'], '$: a rule pack is a JSON object'],
  ])('refuse a bad entry with its path: %j', (pack, message) => {
    expect(() => validateRulePack(pack, 'pack.json')).toThrow(RulePackError);
    expect(() => validateRulePack(pack, 'pack.json')).toThrow(`pack.json: ${message}`);
  });

  it('name the file when it is not JSON or cannot be read', () => {
    const bad = write('bad.json', '{"titles": {');
    expect(() => loadRulePack(bad)).toThrow(`${bad}: not valid JSON`);
    expect(() => loadRulePack(path.join(dir, 'missing.json'))).toThrow('cannot be read (ENOENT)');
  });
});

describe('--rules on the command line', () => {
  it('applies a pack, also on worker threads', async () => {
    const pack = write('good.json', JSON.stringify(PACK));
    const docs = write('docs.jsonl', [1, 2, 3].map((i) => JSON.stringify({ id: `d${i}`, text: TEXT })).join('\n'));
    // the real binary: worker threads run the built worker module
    const stdout = execFileSync('node', [path.resolve(import.meta.dirname, '../../bin/factx'), 'extract', docs, '--rules', pack, '--kinds', 'expansion', '--format', 'jsonl', '--jobs', '2', '--quiet'], { encoding: 'utf8' });
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).market)).toEqual(['Kurdistan', 'Kurdistan', 'Kurdistan']);
  });

  it('exits with 2 and the path of the bad entry', async () => {
    const pack = write('typo.json', JSON.stringify({ markets: { Atlantis: 'atlantis' } }));
    const { code, stdout, stderr } = await runMain(['extract', 'seeds/', '--rules', pack]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`bad rule pack: ${pack}: $.markets["Atlantis"]: "atlantis" is not an ISO 3166-1 alpha-2 code`);
  });
});
