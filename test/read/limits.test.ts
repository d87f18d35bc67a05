import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { estimateTokens, memoryFor, tooLargeMessage } from '../../src/read/limits.js';

describe('estimateTokens', () => {
  it('never counts fewer tokens than the tokenizer makes', () => {
    const texts = [
      'Nokia signed a $1.5 billion deal with Xiaomi on July 5, 2017 (Reuters).',
      'a,a,a,a,a,a,a,a',
      '😀😀😀 abc😀def — x–y… “quoted”',
      '小米与诺基亚签署协议。小米收购专利',
      'Привет мир, компания',
      "can't won't it's U.S. e-mail 3.14 100% #tag @user http://x.com/a?b=c",
    ];
    for (const text of texts) expect(estimateTokens(text), text).toBeGreaterThanOrEqual(buildDocument({ id: 't', text }).tokens.length);
  });
});

describe('memoryFor', () => {
  it('lets a document through when the heap has room and stops it when not', () => {
    const heap = { heap_size_limit: 100 * 1048576, used_heap_size: 10 * 1048576 } as never;
    expect(memoryFor('a small article.', heap).fits).toBe(true);
    const check = memoryFor('a,'.repeat(200_000), heap);
    expect(check.fits).toBe(false);
    expect(tooLargeMessage(check)).toMatch(/too large .* NODE_OPTIONS=--max-old-space-size=\d+/);
  });
});
