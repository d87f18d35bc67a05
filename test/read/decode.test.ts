import { describe, expect, it } from 'vitest';
import { byteOrderMark, decodeText, looksBinary } from '../../src/read/decode.js';

describe('decodeText', () => {
  it('drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\ufeffNokia', 'utf8'))).toEqual({ text: 'Nokia', encoding: 'utf-8', latin1: false });
  });
  it('falls back to Latin-1 for invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x4e, 0x69, 0xe9, 0x76, 0x72, 0x65]))).toEqual({ text: 'Niévre', encoding: 'latin1', latin1: true });
  });
  it('reads bytes 0x80–0x9F of Latin-1 text as the Windows-1252 quotes and dashes they stand for', () => {
    expect(decodeText(Buffer.from([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80])).text).toBe('“a” – €');
  });
  it('drops a UTF-8 mark before Latin-1 text too', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0xe9])).text).toBe('é');
  });
  it('keeps one character per byte in Latin-1, so offsets stay simple', () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 0));
    expect(decodeText(bytes).text).toHaveLength(bytes.length);
  });
  it('reads UTF-16 by its byte-order mark, either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café 😀', 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café 😀', 'utf16le').swap16()]);
    expect(decodeText(le)).toEqual({ text: 'Café 😀', encoding: 'utf-16le', latin1: false });
    expect(decodeText(be)).toEqual({ text: 'Café 😀', encoding: 'utf-16be', latin1: false });
    expect(byteOrderMark(le)).toEqual({ encoding: 'utf-16le', length: 2 });
  });
  it('calls text with a NUL byte anywhere binary', () => {
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.alloc(100_000, 0x61), Buffer.from([0])]))).toBe(true);
    expect(looksBinary(Buffer.from('plain text'))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });
});
