import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../src/read/decode.js';
import { htmlToText } from '../../src/read/html.js';

describe('decodeText', () => {
  it('drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\ufeffNokia', 'utf8'))).toEqual({ text: 'Nokia', latin1: false });
  });
  it('falls back to Latin-1 for invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x4e, 0x69, 0xe9, 0x76, 0x72, 0x65]))).toEqual({ text: 'Niévre', latin1: true });
  });
  it('calls text with NUL bytes binary', () => {
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(Buffer.from('plain text'))).toBe(false);
  });
});

describe('htmlToText', () => {
  it('removes scripts and tags and decodes entities, keeping paragraphs apart', () => {
    const html = '<html><head><script>var a = "<p>no</p>";</script><style>p{}</style></head><body><p>AT&amp;T bought &quot;Time Warner&quot;&nbsp;Inc.</p><p>Caf&#233; &#x263A;</p></body></html>';
    expect(htmlToText(html)).toBe('AT&T bought "Time Warner" Inc.\n\nCafé ☺');
  });
});
