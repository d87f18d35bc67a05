import { extractDocument } from '../../src/pipeline.js';
import type { FactKind, FactOf } from '../../src/types.js';

/** The facts of one kind in a text, as the whole pipeline finds them. */
export function factsOf<K extends FactKind>(kind: K, text: string, refDate: string | null = '2017-07-05'): FactOf<K>[] {
  return extractDocument({ id: 't', text, date: refDate }, { kinds: [kind] }) as FactOf<K>[];
}
