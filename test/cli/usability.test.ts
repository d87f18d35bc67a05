import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/cli/main.js';
import { runMain } from '../helpers/run-main.js';

const root = path.resolve(import.meta.dirname, '../..');
const ESC = '\x1b[';
const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('help', () => {
  it('lists the commands and examples', async () => {
    const { code, stdout } = await runMain(['--help']);
    expect(code).toBe(0);
    for (const word of ['extract', 'timeline', 'schema', 'Examples:']) expect(stdout).toContain(word);
  });

  it('shows the options and examples of extract', async () => {
    const { code, stdout } = await runMain(['help', 'extract']);
    expect(code).toBe(0);
    for (const option of ['--format', '--kinds', '--ref-date', '--output', '--jobs', '--explain', '--quiet']) expect(stdout).toContain(option);
    expect(stdout).toContain('$ factx extract examples/articles.jsonl --kinds deal --format jsonl');
  });

  it.each(EXAMPLES.map(([command]) => [command]))('runs the example as printed: %s', (command) => {
    const runnable = hasJq ? command : command.split(' | jq')[0]!;
    const shell = runnable.replace(/(^|\| )factx /g, `$1node ${path.join(root, 'bin/factx')} `);
    const target = /-o (\S+)/.exec(command)?.[1];
    try {
      const stdout = execFileSync('/bin/sh', ['-c', shell], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (target) expect(fs.readFileSync(path.join(root, target), 'utf8')).toMatch(/^id,kind,doc,/);
      else expect(stdout.trim().length).toBeGreaterThan(0);
    } finally {
      if (target) fs.rmSync(path.join(root, target), { force: true });
    }
  });
});

describe('colour', () => {
  it('colours a table on a terminal', async () => {
    const { stdout } = await runMain(['extract', 'seeds/', '--format', 'table'], { stdoutTTY: true });
    expect(stdout).toContain(ESC);
  });
  it('honours NO_COLOR on a terminal', async () => {
    const { stdout } = await runMain(['extract', 'seeds/', '--format', 'table'], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(stdout).toContain('Rajeev Suri');
    expect(stdout).not.toContain(ESC);
  });
  it('honours FORCE_COLOR off a terminal', async () => {
    const { stdout } = await runMain(['extract', 'seeds/', '--format', 'table'], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain(ESC);
  });
  it.each(['json', 'jsonl', 'csv'])('never puts colour codes in %s, even when forced', async (format) => {
    const { stdout } = await runMain(['extract', 'seeds/', '--format', format, '--explain'], { stdoutTTY: true, env: { FORCE_COLOR: '3' } });
    expect(stdout.length).toBeGreaterThan(100);
    expect(stdout).not.toContain('\x1b');
  });
  it('defaults to a table on a terminal and to JSON elsewhere', async () => {
    expect((await runMain(['extract', 'seeds/'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).toMatch(/^\S*seeds\/000_ed955b01fc7d7582\.txt\n┌/);
    expect(JSON.parse((await runMain(['extract', 'seeds/'])).stdout)).toBeInstanceOf(Array);
  });
});

describe('progress', () => {
  it('reports progress on a terminal', async () => {
    const { stderr } = await runMain(['extract', 'seeds/', 'examples/articles.jsonl', '--jobs', '1'], { stderrTTY: true });
    expect(stderr).toMatch(/\r\x1b\[2Kfactx: \d+ documents, [\d.]+ MB\/s/);
  });
  it('is silent off a terminal', async () => {
    const { stderr } = await runMain(['extract', 'seeds/', 'examples/articles.jsonl', '--jobs', '1']);
    expect(stderr).toMatch(/^factx: 5 documents, \d+ facts\n$/);
    expect(stderr).not.toContain('\r');
  });
  it('is silent with --quiet', async () => {
    const { stderr } = await runMain(['extract', 'seeds/', '--quiet'], { stderrTTY: true });
    expect(stderr).toBe('');
  });
});

describe('--explain', () => {
  it('adds the rule, its description and the evidence with the matched parts marked', async () => {
    const { stdout } = await runMain(['extract', 'seeds/', '--kinds', 'person', '--explain', '--format', 'jsonl']);
    const first = JSON.parse(stdout.split('\n')[0]!);
    expect(first.explain).toMatchObject({ rule: 'person/apposition', evidence: '[Rajeev Suri], the [president and CEO] of [Nokia]' });
    expect(first.explain.description.length).toBeGreaterThan(10);
  });
  it('leaves facts unchanged without it', async () => {
    const { stdout } = await runMain(['extract', 'seeds/', '--kinds', 'person', '--format', 'jsonl']);
    expect(JSON.parse(stdout.split('\n')[0]!).explain).toBeUndefined();
  });
});

describe('schema', () => {
  it('prints the JSON Schema', async () => {
    const { code, stdout } = await runMain(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).oneOf).toHaveLength(4);
  });
});
