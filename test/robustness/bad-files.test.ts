// Bad files, directories and paths, each added to a corpus with one good
// article: the message names the file, the exit code says whether an input
// the user pointed at failed, and the good article keeps all its facts.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { Fact } from '../../src/types.js';
import { escapeRe, sameFacts, tryBadInput, type BadInput } from './bad-input.js';
import { ARTICLE, IS_ROOT } from './helpers.js';

const articleFacts = sameFacts(extractDocument({ id: 'article', text: ARTICLE }));
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const warns = (file: string, what: string) => (dir: string) => new RegExp(`warning: ${escapeRe(path.join(dir, file))}: .*${what}`);
const fails = (file: string, what: string) => (dir: string) => new RegExp(`error: ${escapeRe(path.join(dir, file))}: .*${what}`);

/** The bad file gave the article's facts: it was the article, read right. */
const isTheArticle = (facts: Fact[]) => expect(sameFacts(facts)).toEqual(articleFacts);
/** Its facts point into the text it holds, whatever that is. */
const pointsInto = (text: string) => (facts: Fact[]) => {
  expect(facts.length).toBeGreaterThan(0);
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
};

const unreadable = (file: string, call: 'readFile' | 'readdir'): Pick<BadInput, 'simulate'> => ({
  simulate: (dir) => {
    const target = path.join(dir, file);
    if (!IS_ROOT) {
      fs.chmodSync(target, 0o000);
      return () => fs.chmodSync(target, 0o700);
    }
    // root reads anything: the failure the kernel would give is given by hand
    const real = fs.promises[call] as (...args: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(fs.promises, call).mockImplementation(((p: unknown, ...rest: unknown[]) =>
      String(p) === target ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${target}'`), { code: 'EACCES' })) : real(p, ...rest)) as never);
    return () => spy.mockRestore();
  },
});

const cases: Record<string, BadInput> = {
  'binary file with a text extension, in a directory': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'blob.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x41])), []),
    code: 0,
    message: warns('corpus/blob.txt', 'binary content'),
  },
  'binary file whose NUL comes after the first 8 KB': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'late.txt'), Buffer.concat([utf8('x'.repeat(9000)), Buffer.from([0, 1, 2])])), []),
    code: 0,
    message: warns('corpus/late.txt', 'binary content'),
  },
  'image with an unknown extension, in a directory': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), []),
    code: 0,
    message: warns('corpus/photo.png', 'not a text, HTML or JSONL file'),
  },
  'binary file named on the command line': {
    make: (dir) => (fs.writeFileSync(path.join(dir, 'core.txt'), Buffer.alloc(64)), [path.join(dir, 'core.txt')]),
    code: 1,
    message: fails('core.txt', 'binary content'),
  },
  'unknown extension named on the command line': {
    make: (dir) => (fs.writeFileSync(path.join(dir, 'notes.docx'), 'PK'), [path.join(dir, 'notes.docx')]),
    code: 1,
    message: fails('notes.docx', 'not a text, HTML or JSONL file'),
  },
  'UTF-16 without a byte-order mark (NUL bytes)': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'wide.txt'), Buffer.from(ARTICLE, 'utf16le')), []),
    code: 0,
    message: warns('corpus/wide.txt', 'binary content'),
  },
  'Latin-1 text (invalid UTF-8)': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'latin.txt'), Buffer.from(ARTICLE.replace('Maria Virtanen', 'Mária Virtánen'), 'latin1')), []),
    code: 0,
    message: warns('corpus/latin.txt', 'not valid UTF-8; read as Latin-1'),
    own: (facts) => {
      pointsInto(ARTICLE.replace('Maria Virtanen', 'Mária Virtánen'))(facts);
      expect(facts.some((f) => f.text.includes('Mária Virtánen'))).toBe(true);
    },
  },
  'Windows-1252 curly quotes and dashes': {
    make: (_, corpus) => {
      const bytes = Buffer.from(ARTICLE.replace('"We are delighted,"', '\u0093We are delighted,\u0094').replace(' - ', ' \u0096 '), 'latin1');
      fs.writeFileSync(path.join(corpus, 'cp1252.txt'), bytes);
      return [];
    },
    code: 0,
    message: warns('corpus/cp1252.txt', 'read as Latin-1'),
    own: (facts) => pointsInto(ARTICLE.replace('"We are delighted,"', '“We are delighted,”').replace(' - ', ' – '))(facts),
  },
  'UTF-8 cut in the middle of a character at the end': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'cut.txt'), Buffer.concat([utf8(ARTICLE), Buffer.from([0xe2, 0x82])])), []),
    code: 0,
    message: warns('corpus/cut.txt', 'read as Latin-1'),
    own: (facts) => pointsInto(Buffer.concat([utf8(ARTICLE), Buffer.from([0xe2, 0x82])]).toString('latin1'))(facts),
  },
  'UTF-8 byte-order mark': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARTICLE)])), []),
    code: 0,
    message: null,
    own: isTheArticle,
  },
  'UTF-16 little-endian with a byte-order mark': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])), []),
    code: 0,
    message: null,
    own: isTheArticle,
  },
  'UTF-16 big-endian with a byte-order mark': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])), []),
    code: 0,
    message: null,
    own: isTheArticle,
  },
  'CRLF line ends': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'crlf.txt'), ARTICLE.replace(/\n/g, '\r\n')), []),
    code: 0,
    message: null,
    own: (facts) => {
      pointsInto(ARTICLE.replace(/\n/g, '\r\n'))(facts);
      expect(facts.map((f) => [f.kind, f.text.replace(/\r/g, '')])).toEqual(articleFacts.map((f) => [f.kind, f.text]));
    },
  },
  'old Mac CR line ends': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'cr.txt'), ARTICLE.replace(/\n/g, '\r')), []),
    code: 0,
    message: null,
    own: (facts) => pointsInto(ARTICLE.replace(/\n/g, '\r'))(facts),
  },
  'empty file': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'empty.txt'), ''), []),
    code: 0,
    message: warns('corpus/empty.txt', 'empty file'),
  },
  'file of white space only': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'blank.md'), ' \n\t\r\n  \n'), []),
    code: 0,
    message: warns('corpus/blank.md', 'only white space'),
  },
  'file of a byte-order mark only': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf])), []),
    code: 0,
    message: warns('corpus/bom-only.txt', 'empty file'),
  },
  'unreadable file': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'secret.txt'), ARTICLE), []),
    ...unreadable('corpus/secret.txt', 'readFile'),
    code: 1,
    message: fails('corpus/secret.txt', 'permission denied'),
  },
  'unreadable directory': {
    make: (_, corpus) => {
      fs.mkdirSync(path.join(corpus, 'private'));
      fs.writeFileSync(path.join(corpus, 'private', 'inside.txt'), ARTICLE);
      return [];
    },
    ...unreadable('corpus/private', 'readdir'),
    code: 1,
    message: fails('corpus/private', 'permission denied'),
  },
  'symbolic link loop between directories': {
    make: (_, corpus) => {
      fs.mkdirSync(path.join(corpus, 'sub'));
      fs.symlinkSync('..', path.join(corpus, 'sub', 'up'));
      return [];
    },
    code: 0,
    message: warns('corpus/sub/up', 'symbolic link loop'),
  },
  'symbolic link to itself, in a directory': {
    make: (_, corpus) => (fs.symlinkSync('self.txt', path.join(corpus, 'self.txt')), []),
    code: 0,
    message: warns('corpus/self.txt', 'symbolic link loop'),
  },
  'symbolic link to itself, named on the command line': {
    make: (dir) => (fs.symlinkSync('ouro.txt', path.join(dir, 'ouro.txt')), [path.join(dir, 'ouro.txt')]),
    code: 1,
    message: fails('ouro.txt', 'symbolic link loop'),
  },
  'broken symbolic link, in a directory': {
    make: (_, corpus) => (fs.symlinkSync('gone.txt', path.join(corpus, 'dangling.txt')), []),
    code: 0,
    message: warns('corpus/dangling.txt', 'broken symbolic link'),
  },
  'path that does not exist': {
    make: (dir) => [path.join(dir, 'missing.txt')],
    code: 1,
    message: fails('missing.txt', 'no such file or directory'),
  },
  'path through a file': {
    make: (_, corpus) => [path.join(corpus, 'article.txt', 'more.txt')],
    code: 1,
    message: fails('corpus/article.txt/more.txt', 'not a directory'),
  },
  'empty path': {
    make: () => [''],
    code: 1,
    message: /error: : no such file or directory/,
  },
  'named pipe in a directory (reading it would wait forever)': {
    make: (_, corpus) => (execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]), []),
    code: 0,
    message: warns('corpus/pipe.txt', 'not a regular file'),
  },
  'file name with a terminal escape and a line break': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'evil\u001b[2J\nfactx: 0 errors.txt'), Buffer.alloc(4)), []),
    code: 0,
    message: (dir) => new RegExp(`warning: ${escapeRe(path.join(dir, 'corpus'))}/evil\\\\x1b\\[2J\\\\nfactx: 0 errors\\.txt: binary content`),
  },
  'file name that is not valid UTF-8 (a Latin-1 name)': {
    make: (_, corpus) => (fs.writeFileSync(Buffer.concat([Buffer.from(`${corpus}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), ARTICLE), []),
    code: 0,
    message: warns('corpus/caf\ufffd.txt', 'file name is not valid UTF-8'),
    own: isTheArticle,
  },
  'binary standard input': {
    make: () => ['-'],
    stdin: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]),
    code: 1,
    message: /error: -: binary content/,
  },
  'HTML with scripts, styles, comments and entities': {
    make: (_, corpus) => {
      const html = `<!DOCTYPE html><html><head><title>News</title><style>p{color:red}</style>
        <script type="text/javascript">var s = "<p>Evil Corp agreed to acquire Nobody Inc for 9 billion dollars.</p>";</script></head>
        <body><!-- Evil Corp signed an agreement with Nobody Inc --><p>${ARTICLE.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\n/g, '</p>\n<p>')}</p>
        <p>Caf&eacute; &amp; Bar Ltd &#8211; &#x201C;quoted&#x201D; &copy 2020 &bogus;</p><script>document.write("<p>Also evil</p>")`;
      fs.writeFileSync(path.join(corpus, 'page.html'), html);
      return [];
    },
    code: 0,
    message: null,
    own: (facts) => {
      expect(facts.some((f) => /Evil|Nobody/.test(JSON.stringify(f)))).toBe(false);
      expect(sameFacts(facts).map((f) => [f.kind, f.text])).toEqual(expect.arrayContaining(articleFacts.map((f) => [f.kind, f.text])));
    },
  },
  'HTML with nothing but markup': {
    make: (_, corpus) => (fs.writeFileSync(path.join(corpus, 'shell.htm'), '<html><head><script src="app.js"></script></head><body><div id="root"></div></body></html>'), []),
    code: 0,
    message: warns('corpus/shell.htm', 'no text outside the markup'),
  },
  'HTML with many unclosed tags, comments and quotes': {
    make: (_, corpus) => {
      // quoted ">" inside tags, a few thousand "<" that open nothing (left as text), comments and a script never closed
      const junk = '<b title="a>b">'.repeat(20000) + '<a href="x'.repeat(2000) + '<!--'.repeat(20000) + '<script>'.repeat(20000);
      fs.writeFileSync(path.join(corpus, 'broken.html'), `<p>${ARTICLE}</p>${junk}`);
      return [];
    },
    code: 0,
    message: null,
    own: (facts) => expect(facts.length).toBeGreaterThan(0),
  },
};

describe('bad files and paths', () => {
  for (const [name, bad] of Object.entries(cases)) it(`bad input: ${name}`, () => tryBadInput(bad));

  it('bad input: a named pipe given on the command line is read like standard input', async () => {
    await tryBadInput({
      make: (dir) => {
        const fifo = path.join(dir, 'feed.txt');
        execFileSync('mkfifo', [fifo]);
        // the writer blocks until factx opens the pipe
        void fs.promises.writeFile(fifo, ARTICLE);
        return [fifo];
      },
      code: 0,
      message: null,
      own: isTheArticle,
    });
  });

  it('bad input: a file named on the command line twice is read twice, not lost', async () => {
    await tryBadInput({
      make: (dir) => {
        fs.writeFileSync(path.join(dir, 'twice.txt'), ARTICLE);
        return [path.join(dir, 'twice.txt'), path.join(dir, 'twice.txt')];
      },
      code: 0,
      message: null,
      own: (facts) => expect(sameFacts(facts)).toEqual([...articleFacts, ...articleFacts]),
    });
  });

  it('hidden files and directories are skipped without a word', async () => {
    await tryBadInput({
      make: (_, corpus) => {
        fs.writeFileSync(path.join(corpus, '.DS_Store'), Buffer.alloc(16));
        fs.mkdirSync(path.join(corpus, '.git'));
        fs.writeFileSync(path.join(corpus, '.git', 'HEAD.txt'), ARTICLE);
        return [];
      },
      code: 0,
      message: null,
    });
  });

  it('two links to one directory are both read (a diamond is not a loop)', async () => {
    await tryBadInput({
      make: (dir, corpus) => {
        fs.mkdirSync(path.join(dir, 'shared'));
        fs.writeFileSync(path.join(dir, 'shared', 'story.txt'), ARTICLE);
        fs.symlinkSync(path.join(dir, 'shared'), path.join(corpus, 'one'));
        fs.symlinkSync(path.join(dir, 'shared'), path.join(corpus, 'two'));
        return [];
      },
      code: 0,
      message: null,
      own: (facts) => {
        expect(new Set(facts.map((f) => f.doc))).toEqual(new Set(['one', 'two'].map((d) => facts[0]!.doc.replace(/\/(one|two)\/story\.txt$/, `/${d}/story.txt`))));
        expect(sameFacts(facts.filter((f) => f.doc.includes('/one/')))).toEqual(articleFacts);
      },
    });
  });

  it('messages never carry raw control characters', async () => {
    const run = await tryBadInput(cases['file name with a terminal escape and a line break']!);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(run.stderr.split('\n').filter((l) => l.includes('evil'))).toHaveLength(1);
  });
});
