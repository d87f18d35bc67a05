// Every factx command the README shows in a shell block runs as written.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;

/** The commands of the ```sh and ```console blocks, continuation lines joined, comments dropped. */
function commands(): string[] {
  const out: string[] = [];
  for (const block of readme.matchAll(/```(?:sh|console)\n([\s\S]*?)```/g)) {
    const joined = block[1]!.replace(/\\\n\s*/g, '');
    for (let line of joined.split('\n')) {
      // the Quick start's "npm install && npx factx ..." is run without the install: the tests run installed
      line = line.replace(/^\$ /, '').replace(/\s+#.*$/, '').replace(/^npm install && /, '').trim();
      if (/(^|\| )npx factx /.test(line)) out.push(line);
    }
  }
  return out;
}

describe('README', () => {
  const list = commands();
  it('shows factx commands', () => {
    expect(list.length).toBeGreaterThanOrEqual(9);
  });
  it.each(list.map((c) => [c]))('runs: %s', (command) => {
    const runnable = hasJq ? command : command.split(' | jq')[0]!;
    const shell = runnable.replace(/npx factx /g, `node ${path.join(root, 'bin/factx')} `);
    const target = /-o (\S+)/.exec(command)?.[1];
    try {
      const stdout = execFileSync('/bin/sh', ['-c', shell], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (target) expect(fs.statSync(path.join(root, target)).size).toBeGreaterThan(100);
      else expect(stdout.trim().length).toBeGreaterThan(0);
    } finally {
      if (target) fs.rmSync(path.join(root, target), { force: true });
    }
  });
});
