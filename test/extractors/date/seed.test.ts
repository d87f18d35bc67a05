import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/pipeline.js';
import type { DateFact } from '../../../src/types.js';

const seedFile = path.resolve(__dirname, '../../../seeds/000_ed955b01fc7d7582.txt');

describe('the seed article', () => {
  const text = fs.readFileSync(seedFile, 'utf8');
  // no document date: the reference date is the latest full date in the text
  const facts = extractDocument({ id: 'seed', text }, { kinds: ['date'] }) as DateFact[];
  const byText = (t: string) => facts.filter((f) => f.text === t);

  it.each([
    ['July 5, 2017', 'DATE', '2017-07-05'],
    ['September 10, 2010', 'DATE', '2010-09-10'],
    ['July 2014', 'DATE', '2014-07'],
    ['June 26, 2017', 'DATE', '2017-06-26'],
    ['2019', 'DATE', '2019'],
    ['this April', 'DATE', '2017-04'],
    ['Wednesday', 'DATE', '2017-07-05'],
    ['multi-year', 'DURATION', 'PXY'],
  ])('finds "%s" as %s %s', (t, type, value) => {
    const hits = byText(t);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect([f.type, f.value]).toEqual([type, value]);
  });

  it('anchors the relative ones on the inferred reference date', () => {
    expect(byText('Wednesday')[0]).toMatchObject({ relative: true, anchor: '2017-07-05', granularity: 'day' });
    expect(byText('this April')[0]).toMatchObject({ relative: true, anchor: '2017-07-05', granularity: 'month' });
    expect(byText('July 2014')[0]).toMatchObject({ relative: false, anchor: null });
  });

  it('does not read the verb "march" as a month', () => {
    expect(facts.some((f) => /march/i.test(f.text))).toBe(false);
  });

  it('finds nothing else', () => {
    expect(new Set(facts.map((f) => f.text))).toEqual(new Set(['multi-year', 'July 5, 2017', 'September 10, 2010', 'July 2014', 'June 26, 2017', '2019', 'this April', 'Wednesday']));
  });
});
