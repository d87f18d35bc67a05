// Bad JSONL lines between good ones: each reported with file and line, the
// good lines around it giving exactly the facts they give without it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/types.js';
import { escapeRe, factsOf, sameFacts, singleThread, tryBadInput, type BadInput } from './bad-input.js';
import { ARTICLE, runMain, tempDir } from './helpers.js';

const before = JSON.stringify({ id: 'before', text: ARTICLE, date: '2021-03-03' });
const after = JSON.stringify({ id: 'after', text: ARTICLE.split('\n').reverse().join('\n') });

let goodFacts: Fact[] | undefined;
/** The facts of the two good lines read alone. */
async function factsOfGoodLines(): Promise<Fact[]> {
  if (!goodFacts) {
    const file = path.join(tempDir('factx-jsonl-'), 'good.jsonl');
    fs.writeFileSync(file, `${before}\n${after}\n`);
    const run = await runMain(['extract', '-f', 'jsonl', ...(await singleThread()), file]);
    expect(run.code, run.stderr).toBe(0);
    goodFacts = factsOf(run);
  }
  return goodFacts;
}

/** A JSONL file of a good line, the bad bytes, and another good line. */
function between(bad: string | Buffer, code: 0 | 1, line: number, message: string | null, own?: BadInput['own']): BadInput {
  return {
    make: (dir) => {
      const file = path.join(dir, 'docs.jsonl');
      fs.writeFileSync(file, Buffer.concat([Buffer.from(`${before}\n`), Buffer.from(bad), Buffer.from(`\n${after}\n`)]));
      return [file];
    },
    code,
    message: message === null ? null : (dir) => new RegExp(`${escapeRe(path.join(dir, 'docs.jsonl'))}:${line}: ${message}`),
    own: async (facts) => {
      const mine = facts.filter((f) => f.doc !== 'before' && f.doc !== 'after');
      expect(facts.filter((f) => f.doc === 'before' || f.doc === 'after')).toEqual(await factsOfGoodLines());
      if (own) await own(mine, '');
      else expect(mine).toEqual([]);
    },
  };
}

const cases: Record<string, BadInput> = {
  'not JSON': between('{"id": "x", "text": "Nokia bought', 1, 2, 'not valid JSON'),
  'JSON with a trailing comma': between('{"id": "x", "text": "a",}', 1, 2, 'not valid JSON'),
  'no "text"': between('{"id": "x", "body": "Nokia bought Alcatel"}', 1, 2, 'no "text" field'),
  '"text" a number': between('{"id": "x", "text": 42}', 1, 2, '"text" is a number, not a string'),
  '"text" null': between('{"id": "x", "text": null}', 1, 2, '"text" is null, not a string'),
  '"text" an array': between('{"id": "x", "text": ["Nokia", "bought"]}', 1, 2, '"text" is an array, not a string'),
  '"text" an object': between('{"id": "x", "text": {"en": "Nokia"}}', 1, 2, '"text" is an object, not a string'),
  'huge string id': between(JSON.stringify({ id: 'x'.repeat(100_000), text: ARTICLE }), 1, 2, '"id" is 100000 characters long'),
  'id an object': between(JSON.stringify({ id: { n: 1 }, text: ARTICLE }), 1, 2, '"id" is an object, neither a string nor a number'),
  'id a boolean': between(JSON.stringify({ id: true, text: ARTICLE }), 1, 2, '"id" is a boolean'),
  'a JSON array instead of an object': between('[1, 2, 3]', 1, 2, 'not a JSON object'),
  'a bare JSON string': between('"Nokia bought Alcatel"', 1, 2, 'not a JSON object'),
  'NUL bytes inside a line': between(Buffer.from([0x7b, 0x00, 0x7d]), 1, 2, 'binary content'),
  'a line of Latin-1 (invalid UTF-8)': between(Buffer.from(JSON.stringify({ id: 'latin', text: ARTICLE.replace('Maria', 'Mária') }), 'latin1'), 0, 2, 'not valid UTF-8; read as Latin-1', (facts) => {
    expect(facts.some((f) => f.text.includes('Mária Virtanen'))).toBe(true);
  }),
  'a date that is no date': between(JSON.stringify({ id: 'dated', text: 'Nokia said on Wednesday it agreed to buy Alcatel.', date: '2017-02-30' }), 0, 2, '"date" "2017-02-30" is not a date', (facts) => {
    const weekday = facts.find((f) => f.text === 'Wednesday');
    expect(weekday && 'anchor' in weekday ? weekday.anchor : null).toBeNull();
  }),
  'a title that is not a string': between(JSON.stringify({ id: 't', text: 'x', title: 5 }), 0, 2, '"title" is a number, not a string; ignored', () => {}),
};

describe('bad JSONL lines', () => {
  for (const [name, bad] of Object.entries(cases)) it(`bad input: JSONL line: ${name}`, () => tryBadInput(bad));

  it('bad input: JSONL line: a huge number as id is kept digit for digit', async () => {
    await tryBadInput(
      between('{"id": 123456789012345678901234567890, "text": "Nokia said on July 5, 2017 it would buy Alcatel."}', 0, 2, null, (facts) => {
        expect(new Set(facts.map((f) => f.doc))).toEqual(new Set(['123456789012345678901234567890']));
      }),
    );
  });

  it('bad input: JSONL line: a nested "id" does not stand in for the document\'s own', async () => {
    await tryBadInput(
      between('{"source": {"id": 1}, "text": "Nokia said on July 5, 2017 it would buy Alcatel.", "id": "outer"}', 0, 2, null, (facts) => {
        expect(new Set(facts.map((f) => f.doc))).toEqual(new Set(['outer']));
      }),
    );
  });

  it('bad input: JSONL line: lone surrogates in the text still give valid JSON output', async () => {
    await tryBadInput(
      between('{"id": "s", "text": "On July 5, 2017 \\ud800 Nokia \\udfff agreed to buy Alcatel."}', 0, 2, null, (facts) => {
        expect(facts.length).toBeGreaterThan(0);
      }),
    );
  });

  it('bad input: JSONL file cut off in the middle of its last line', async () => {
    await tryBadInput({
      make: (dir) => {
        const file = path.join(dir, 'cut.jsonl');
        fs.writeFileSync(file, `${before}\n${after}\n{"id": "x", "te`);
        return [file];
      },
      code: 1,
      message: (dir) => new RegExp(`${escapeRe(path.join(dir, 'cut.jsonl'))}:3: not valid JSON`),
      own: async (facts) => expect(facts).toEqual(await factsOfGoodLines()),
    });
  });

  it('bad input: JSONL with a byte-order mark, CRLF and blank lines reads cleanly', async () => {
    await tryBadInput({
      make: (dir) => {
        const file = path.join(dir, 'windows.ndjson');
        fs.writeFileSync(file, `\ufeff${before}\r\n\r\n   \r\n${after}\r\n`);
        return [file];
      },
      code: 0,
      message: null,
      own: async (facts) => expect(facts).toEqual(await factsOfGoodLines()),
    });
  });

  it('bad input: binary file with a .jsonl name is reported once', async () => {
    const run = await tryBadInput({
      make: (dir) => {
        const file = path.join(dir, 'archive.jsonl');
        fs.writeFileSync(file, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), Buffer.alloc(5000, 10)]));
        return [file];
      },
      code: 1,
      message: /archive\.jsonl: binary content/,
    });
    expect(run.stderr.match(/archive\.jsonl/g)).toHaveLength(1);
  });

  it('bad input: JSONL on standard input with bad lines names "-" and the line', async () => {
    await tryBadInput({
      make: () => ['-'],
      args: ['--input', 'jsonl'],
      stdin: `${before}\n{"text": false}\n${after}\n`,
      code: 1,
      message: /error: -:2: "text" is a boolean, not a string/,
      own: async (facts) => expect(sameFacts(facts)).toEqual(sameFacts(await factsOfGoodLines())),
    });
  });
});
