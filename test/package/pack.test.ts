// The npm package as a user gets it: `npm pack`, installed into an empty
// folder, runs `npx factx extract` and `import { extract } from 'factx'`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-pack-'));
const app = path.join(work, 'app');
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

beforeAll(() => {
  const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], root).trim().split('\n').pop()!;
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'factx-user', version: '1.0.0', private: true, type: 'module' }));
  // dependencies come from npm's cache when this machine has installed the project
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, tarball)], app);
  fs.writeFileSync(path.join(app, 'article.txt'), 'Corvex Systems Inc said on Monday it acquired Lumo Motors Corp for 12 mln dlrs. "It is a good fit," said Ada Park, the president of Corvex Systems Inc.');
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships the built code, the binary and the types, and not the sources or tests', () => {
    const installed = path.join(app, 'node_modules/factx');
    for (const file of ['bin/factx', 'dist/index.js', 'dist/index.d.ts', 'dist/parallel/worker.js', 'README.md', 'package.json']) expect(fs.existsSync(path.join(installed, file)), file).toBe(true);
    for (const file of ['src', 'test', 'scripts', 'seeds']) expect(fs.existsSync(path.join(installed, file)), file).toBe(false);
  });

  it('runs `npx factx extract` in a folder that has nothing else', () => {
    const facts = JSON.parse(run('npx', ['--no-install', 'factx', 'extract', 'article.txt', '--format', 'json'], app));
    expect(facts.find((f: { kind: string }) => f.kind === 'person')).toMatchObject({ name: 'Ada Park', roles: ['president'], org: 'Corvex Systems Inc' });
    expect(facts.find((f: { kind: string }) => f.kind === 'deal')).toMatchObject({ acquirer: 'Corvex Systems Inc', target: 'Lumo Motors Corp' });
  });

  it('is a library: import { extract } from "factx"', () => {
    const script = `import { extract } from 'factx'; const f = extract('Lumo Motors Corp entered Kenya in 2012.', { kinds: ['expansion'] }); console.log(JSON.stringify(f.map((x) => [x.company, x.market, x.date?.value])));`;
    expect(JSON.parse(run('node', ['--input-type=module', '-e', script], app))).toEqual([['Lumo Motors Corp', 'Kenya', '2012']]);
  });
});
