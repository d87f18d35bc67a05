import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, parseJsonlLine, rawTopLevelValue, readJsonl } from '../../src/read/jsonl.js';
import type { Problem } from '../../src/read/problems.js';

async function lines(chunks: (string | Buffer)[], max?: number) {
  const out: { number: number; text: string; tooLong: boolean }[] = [];
  for await (const l of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push({ number: l.number, text: l.bytes.toString('utf8'), tooLong: l.tooLong });
  return out;
}

async function read(bytes: Buffer | string) {
  const problems: Problem[] = [];
  const docs = [];
  for await (const d of readJsonl(Readable.from([Buffer.from(bytes)]), 'docs.jsonl', (p) => problems.push(p))) docs.push(d);
  return { docs, problems };
}

describe('byteLines', () => {
  it('splits on LF, drops the CR of CRLF, and keeps a last line without LF', async () => {
    expect(await lines(['a\r\nb', 'c\n\nd'])).toEqual([
      { number: 1, text: 'a', tooLong: false },
      { number: 2, text: 'bc', tooLong: false },
      { number: 3, text: '', tooLong: false },
      { number: 4, text: 'd', tooLong: false },
    ]);
  });
  it('joins a character split across chunks before decoding', async () => {
    const e = Buffer.from('é');
    const chunks = [Buffer.concat([Buffer.from('caf'), e.subarray(0, 1)]), Buffer.concat([e.subarray(1), Buffer.from('\n')])];
    const out = [];
    for await (const l of byteLines(Readable.from(chunks))) out.push(l.bytes.toString('utf8'));
    expect(out).toEqual(['café']);
  });
  it('lets go of a line longer than the limit and goes on with the next', async () => {
    expect(await lines(['short\n', 'x'.repeat(50), 'y'.repeat(50), '\nnext'], 64)).toEqual([
      { number: 1, text: 'short', tooLong: false },
      { number: 2, text: 'x'.repeat(50) + 'y'.repeat(14), tooLong: true },
      { number: 3, text: 'next', tooLong: false },
    ]);
  });
});

describe('readJsonl', () => {
  it('reports each bad line with its number and reads the good ones around it', async () => {
    const { docs, problems } = await read('{"id":"a","text":"one"}\nnot json\n{"id":"b"}\n{"id":"c","text":7}\n[1]\n\n   \n{"id":"d","text":"four"}');
    expect(docs.map((d) => d.id)).toEqual(['a', 'd']);
    expect(problems.map((p) => [p.line, p.severity, p.message.replace(/ \(.*/, '')])).toEqual([
      [2, 'error', 'not valid JSON'],
      [3, 'error', 'no "text" field'],
      [4, 'error', '"text" is a number, not a string'],
      [5, 'error', 'not a JSON object'],
    ]);
  });
  it('reads a line of Latin-1 with a warning naming the line', async () => {
    const { docs, problems } = await read(Buffer.concat([Buffer.from('{"id":1,"text":"Soci'), Buffer.from([0xe9]), Buffer.from('t\u00e9"}\n', 'latin1')]));
    expect(docs[0]!.text).toBe('Société');
    expect(problems).toEqual([{ severity: 'warning', source: 'docs.jsonl', line: 1, message: 'not valid UTF-8; read as Latin-1' }]);
  });
  it('takes a byte-order mark and CRLF in stride', async () => {
    const { docs, problems } = await read('\ufeff{"id":1,"text":"a"}\r\n{"id":2,"text":"b"}\r\n');
    expect(docs.map((d) => [d.id, d.text])).toEqual([['1', 'a'], ['2', 'b']]);
    expect(problems).toEqual([]);
  });
  it('gives up on a binary file once, not once per line', async () => {
    const { docs, problems } = await read(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('\n\n\n{"text":"x"}\n')]));
    expect(docs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/binary/);
  });
  it('reports a line cut off at the end of the file', async () => {
    const { docs, problems } = await read('{"id":1,"text":"a"}\n{"id":2,"te');
    expect(docs).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, severity: 'error' });
  });
});

describe('parseJsonlLine', () => {
  const parse = (line: string) => {
    const problems: Problem[] = [];
    return { doc: parseJsonlLine(line, 'f.jsonl', 3, (p) => problems.push(p)), problems };
  };
  it('keeps a numeric id exactly as written', () => {
    expect(parse('{"id": 12345678901234567890123, "text": "x"}').doc?.id).toBe('12345678901234567890123');
    expect(parse('{"id":1e400,"text":"x"}').doc?.id).toBe('1e400');
    expect(parse('{"id":-0.50,"text":"x"}').doc?.id).toBe('-0.50');
  });
  it('takes the top-level id, not one nested or inside a string', () => {
    expect(parse('{"meta":{"id":1},"text":"\\"id\\": 5,","id":2}').doc?.id).toBe('2');
    expect(parse('{"id":1,"text":"x","id":3}').doc?.id).toBe('3');
    expect(parse('{"\\u0069d":7,"text":"x"}').doc?.id).toBe('7');
  });
  it('names the file and line when there is no id', () => {
    expect(parse('{"text":"x"}').doc?.id).toBe('f.jsonl:3');
  });
  it('refuses an id that is too long or of the wrong type', () => {
    expect(parse(`{"id":"${'x'.repeat(5000)}","text":"x"}`).problems[0]!.message).toBe('"id" is 5000 characters long, more than 1000');
    expect(parse('{"id":{"a":1},"text":"x"}').problems[0]!.message).toMatch(/"id" is an object/);
    expect(parse('{"id":true,"text":"x"}').problems[0]!.message).toMatch(/"id" is a boolean/);
  });
  it('warns about a date that is no calendar day and goes on without it', () => {
    for (const date of ['yesterday', '2017-02-30', '2017-07', 20170705]) {
      const { doc, problems } = parse(JSON.stringify({ id: 'a', text: 'x', date }));
      expect(doc?.date).toBeNull();
      expect(problems[0]).toMatchObject({ severity: 'warning', line: 3 });
    }
    expect(parse('{"text":"x","date":"2017-07-05T10:00:00Z"}').doc?.date).toBe('2017-07-05T10:00:00Z');
  });
  it('keeps text with lone surrogates as given', () => {
    expect(parse('{"text":"a\\ud800b"}').doc?.text).toBe('a\ud800b');
  });
});

describe('rawTopLevelValue', () => {
  it('finds values of every JSON type and skips nested structures', () => {
    const json = '{ "a" : [1, {"id": 0}, "]"], "b": {"c": "}"}, "id" : 42 , "s": "x\\"y" }';
    expect(rawTopLevelValue(json, 'id')).toBe('42');
    expect(rawTopLevelValue(json, 'a')).toBe('[1, {"id": 0}, "]"]');
    expect(rawTopLevelValue(json, 's')).toBe('"x\\"y"');
    expect(rawTopLevelValue(json, 'missing')).toBeUndefined();
  });
});
