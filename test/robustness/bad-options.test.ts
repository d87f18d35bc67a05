// Usage errors: exit code 2, one clear line on stderr, nothing on stdout and
// no output file, before any input is read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE, expectNoCrash, IS_ROOT, runMain, tempDir } from './helpers.js';

const dir = tempDir('factx-opt-');
const article = path.join(dir, 'article.txt');
fs.writeFileSync(article, ARTICLE);
const out = path.join(dir, 'out.json');

const cases: Record<string, { args: string[]; message: RegExp; stdinIsTTY?: boolean }> = {
  '--ref-date with a month 13': { args: ['--ref-date', '2017-13-01'], message: /--ref-date "2017-13-01" is not a calendar date in the form YYYY-MM-DD/ },
  '--ref-date on February 29 of a common year': { args: ['--ref-date', '2017-02-29'], message: /--ref-date "2017-02-29" is not a calendar date/ },
  '--ref-date in words': { args: ['--ref-date', 'yesterday'], message: /--ref-date "yesterday" is not a calendar date/ },
  '--ref-date empty': { args: ['--ref-date', ''], message: /--ref-date "" is not a calendar date/ },
  '--ref-date with a time': { args: ['--ref-date', '2017-07-05T10:00'], message: /--ref-date "2017-07-05T10:00" is not a calendar date/ },
  '--ref-date without its value': { args: ['--ref-date'], message: /option '--ref-date <YYYY-MM-DD>' argument missing/ },
  '--kinds with an unknown kind': { args: ['--kinds', 'deals'], message: /unknown kind "deals" in --kinds \(expected deal, person, date, expansion\)/ },
  '--kinds with one good and one unknown kind': { args: ['--kinds', 'date,Weather'], message: /unknown kind "weather" in --kinds/ },
  '--kinds empty': { args: ['--kinds', ','], message: /--kinds needs at least one of: deal, person, date, expansion/ },
  '--format unknown': { args: ['--format', 'xml'], message: /unknown format "xml"/ },
  '--input unknown': { args: ['--input', 'yaml'], message: /argument 'yaml' is invalid/ },
  'unknown option': { args: ['--frobnicate'], message: /unknown option '--frobnicate'/ },
  'no input and standard input is a terminal': { args: [], message: /no input: give files, directories or - for standard input/, stdinIsTTY: true },
  '-o into a directory that does not exist': { args: ['-o', path.join(dir, 'missing', 'out.json')], message: /cannot write .*missing\/out\.json: no such file or directory/ },
  '-o naming a directory': { args: ['-o', dir], message: /cannot write .*: it is a directory/ },
};

describe('usage errors', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`bad input: ${name}`, async () => {
      const paths = c.args.length === 0 ? [] : [article];
      const run = await runMain(['extract', ...paths, ...c.args], { stdinIsTTY: c.stdinIsTTY });
      expectNoCrash(run);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(c.message);
      expect(run.stdout).toBe('');
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('bad input: unknown command', async () => {
    const run = await runMain(['extrakt', article]);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'extrakt'/);
  });

  it('bad input: -o in a directory that cannot be written', async () => {
    const locked = tempDir('factx-locked-');
    let undo = () => {};
    if (IS_ROOT) {
      // root writes anywhere: the refusal the kernel would give is given by hand
      const real = fs.openSync;
      const spy = vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) =>
        String(p).startsWith(locked) ? (() => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); })() : (real as (...a: unknown[]) => number)(p, ...rest)) as never);
      undo = () => spy.mockRestore();
    } else {
      fs.chmodSync(locked, 0o500);
      undo = () => fs.chmodSync(locked, 0o700);
    }
    try {
      const run = await runMain(['extract', article, '-o', path.join(locked, 'out.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot write .*out\.json: permission denied/);
      expect(fs.readdirSync(locked)).toEqual([]);
    } finally {
      undo();
    }
  });

  it('the timeline command checks its options the same way', async () => {
    const run = await runMain(['timeline', '--kinds', 'nope', article]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown kind "nope"/);
  });
});
