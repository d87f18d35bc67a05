// Same input, same bytes out: whatever the time zone, the locale, the clock
// or the order in which the file system lists a directory.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { singleThread } from './bad-input.js';
import { ARTICLE, runBinary, runMain, tempDir } from './helpers.js';

let corpus: string;
// names whose order differs between code units and any locale's collation
const NAMES = ['a.txt', 'B.txt', 'é.txt', 'Z.txt', '_x.txt', '10.txt', '9.txt', 'Ärger.md'];

beforeAll(() => {
  corpus = tempDir('factx-det-');
  const relative = 'Nokia said on Wednesday it would buy Alcatel next month; last year it bought Siemens. The deal closes this April, the company said at 10 a.m. on Friday.';
  NAMES.forEach((name, i) => fs.writeFileSync(path.join(corpus, name), i % 2 ? ARTICLE : `${relative}\n${ARTICLE}`));
  fs.mkdirSync(path.join(corpus, 'sub'));
  fs.writeFileSync(path.join(corpus, 'sub', 'page.html'), `<p>${relative}</p><p>${ARTICLE.replace(/&/g, '&amp;')}</p>`);
  fs.writeFileSync(path.join(corpus, 'sub', 'latin.txt'), Buffer.from(`Société Générale: ${relative}`, 'latin1'));
  fs.writeFileSync(
    path.join(corpus, 'docs.jsonl'),
    [
      JSON.stringify({ id: 1, text: relative }),
      JSON.stringify({ id: 'dated', text: relative, date: '2016-12-31T23:30:00-05:00' }),
      JSON.stringify({ id: 'leap', text: relative, date: '2020-02-29' }),
    ].join('\n'),
  );
});

/** Code-unit order of the paths inside the corpus, as the contract says. */
const expectedOrder = () => {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk(corpus).filter((f) => !f.endsWith('.jsonl'));
};

describe('same bytes under any time zone and locale (the real binary)', () => {
  const ENVS: NodeJS.ProcessEnv[] = [
    { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
    // UTC+14 and UTC-3:30: a date computed in local time moves a day
    { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: '' },
  ];
  // JSON carries every field; the timeline sorts by date. CSV is JSON's facts
  // flattened, checked against it in test/format.
  for (const args of [['extract', '-f', 'jsonl'], ['timeline']]) {
    it(args.join(' '), () => {
      const outputs = ENVS.map((env) => {
        const run = runBinary([...args, corpus], { env: { PATH: process.env.PATH, ...env } });
        expect(run.code, run.stderr).toBe(0);
        return run.stdout;
      });
      expect(outputs[0]!.length).toBeGreaterThan(100);
      for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
    });
  }
});

describe('same bytes whatever the clock says and however a directory lists', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const extract = async () => {
    const run = await runMain(['extract', '-f', 'jsonl', ...(await singleThread()), corpus]);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };

  it('does not read the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2001-01-01T00:00:00Z') });
    const then = await extract();
    vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
    const later = await extract();
    vi.useRealTimers();
    expect(later).toBe(then);
    expect(await extract()).toBe(then);
  });

  it('does not depend on the order in which directories are listed', async () => {
    const listed = await extract();
    const readdir = fs.promises.readdir.bind(fs.promises);
    vi.spyOn(fs.promises, 'readdir').mockImplementation((async (...args: Parameters<typeof readdir>) => [...((await readdir(...args)) as unknown[])].reverse()) as never);
    expect(await extract()).toBe(listed);
  });

  it('documents come out in code-unit order of their paths', async () => {
    const docs = [...new Set((await extract()).trim().split('\n').map((l) => JSON.parse(l).doc as string))];
    const files = docs.filter((d) => d.startsWith(corpus));
    expect(files).toEqual(expectedOrder());
  });
});
