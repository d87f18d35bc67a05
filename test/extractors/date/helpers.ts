// Runs the real pipeline on a sentence and returns its date facts in order.
import { extractDocument } from '../../../src/pipeline.js';
import type { DateFact } from '../../../src/types.js';

export function dates(text: string, refDate: string | null = '2013-02-12'): DateFact[] {
  return extractDocument({ id: 't', text, date: refDate }, { kinds: ['date'] }) as DateFact[];
}

/** [text, type, value] of each date found */
export function found(text: string, refDate: string | null = '2013-02-12'): Array<[string, string, string]> {
  return dates(text, refDate).map((d) => [d.text, d.type, d.value]);
}
