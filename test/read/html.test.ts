import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/read/html.js';

describe('htmlToText', () => {
  it('removes scripts and tags and decodes entities, keeping paragraphs apart', () => {
    const html = '<html><head><script>var a = "<p>no</p>";</script><style>p{}</style></head><body><p>AT&amp;T bought &quot;Time Warner&quot;&nbsp;Inc.</p><p>Caf&#233; &#x263A;</p></body></html>';
    expect(htmlToText(html)).toBe('AT&T bought "Time Warner" Inc.\n\nCafé ☺');
  });
  it('drops doctype, comments, CDATA and processing instructions', () => {
    expect(htmlToText('<?xml version="1.0"?><!DOCTYPE html><!-- hidden --><p>Shown</p><![CDATA[x]]>')).toBe('Shown');
  });
  it('reads a ">" inside a quoted attribute as part of the tag', () => {
    expect(htmlToText('<a title="a > b" href=\'c>d\'>link</a> text')).toBe('link text');
  });
  it('ends a script only at its own end tag, in any case', () => {
    expect(htmlToText('<SCRIPT>if (a</scripts) x = "</b>";</ScRiPt >after')).toBe('after');
  });
  it('treats an unclosed script or comment as running to the end, as browsers do', () => {
    expect(htmlToText('<p>before</p><script>var x = 1;')).toBe('before');
    expect(htmlToText('<p>before</p><!-- never closed <p>gone</p>')).toBe('before');
  });
  it('keeps a "<" that opens no tag as text', () => {
    expect(htmlToText('<p>1 < 2 and 3 > 2, a < b</p>')).toBe('1 < 2 and 3 > 2, a < b');
    expect(htmlToText('x < y'.repeat(3))).toBe('x < yx < yx < y');
  });
  it('separates table cells and list items', () => {
    expect(htmlToText('<table><tr><td>Nokia</td><td>Xiaomi</td></tr></table><ul><li>one</li><li>two</li></ul>')).toBe('Nokia\n\nXiaomi\n\none\n\ntwo');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('&eacute;&Eacute;&AMP;&#65;&#x42;&#X43;&mdash;')).toBe('éÉ&ABC—');
  });
  it('reads &#150; and friends as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#147;hi&#148; &#150; &#128;')).toBe('“hi” – €');
  });
  it('replaces references to no character with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#99999999;')).toBe('\ufffd\ufffd\ufffd');
  });
  it('leaves unknown names alone, and decodes the old ones without ";" except inside a URL query', () => {
    expect(decodeEntities('&bogus; &ampersand AT&amp T &copy 2020 ?a=1&lt=2')).toBe('&bogus; &ampersand AT& T © 2020 ?a=1&lt=2');
  });
});

describe('htmlToText on hostile pages', () => {
  // each page is made at two sizes; linear work takes about 8 times as long
  // for 8 times the input, quadratic work 64 times (24 leaves room for the
  // garbage collector's moods on a shared machine)
  const pages: Record<string, (n: number) => string> = {
    'unclosed scripts': (n) => '<script>'.repeat(n),
    'unclosed comments': (n) => 'x<!--'.repeat(n),
    'tags without ">"': (n) => '<a href=x '.repeat(n),
    'unclosed quotes in tags': (n) => '<a title="'.repeat(n) + '>',
    'quoted ">" in every tag': (n) => "<a t='>'>".repeat(n),
    'end tags that never match': (n) => '<style>' + '</styl'.repeat(n),
    'bare "<"': (n) => '< '.repeat(n),
    'entities': (n) => '&#1&amp'.repeat(n),
    'long tag names': (n) => '<' + 'a'.repeat(n),
  };
  const time = (f: () => void) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  for (const [name, make] of Object.entries(pages)) {
    it(`stays linear: ${name}`, () => {
      const small = make(10_000);
      const large = make(80_000);
      const ts = time(() => htmlToText(small));
      const tl = time(() => htmlToText(large));
      expect(tl, `${ts.toFixed(1)} ms → ${tl.toFixed(1)} ms`).toBeLessThan(Math.max(ts, 10) * 24);
      expect(tl).toBeLessThan(2000);
    });
  }
});
