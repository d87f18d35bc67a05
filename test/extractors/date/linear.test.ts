// Inputs that make careless expressions backtrack: long runs of capitals,
// digits, commas and temporal words. The date rules must read each in
// linear time (the document is built first: tokenizing is not theirs).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/document.js';
import type { Entities } from '../../../src/entities/entities.js';
import { dateExtractor } from '../../../src/extractors/date/index.js';
import { runExtractors } from '../../../src/extractors/engine.js';

describe('pathological input', () => {
  it.each([
    ['capitals', 'A '.repeat(20000)],
    ['digits', '1'.repeat(40000)],
    ['commas and digits', '1,'.repeat(20000)],
    ['digit groups', '12 '.repeat(15000)],
    ['number words', 'twenty four '.repeat(4000)],
    ['units', 'years '.repeat(8000)],
    ['months', 'March '.repeat(8000)],
    ['counts and units', 'the past two years and '.repeat(2000)],
    ['hedges', 'more than '.repeat(5000)],
    ['hyphens', 'multi-'.repeat(3000)],
    ['counted weekdays', 'the first Tuesday of '.repeat(3000)],
  ])('%s', (_, text) => {
    const doc = buildDocument({ id: 'x', text, refDate: '2013-02-12' });
    const began = performance.now();
    runExtractors(doc, {} as Entities, [dateExtractor as never]);
    expect(performance.now() - began).toBeLessThan(2000);
  });
});
