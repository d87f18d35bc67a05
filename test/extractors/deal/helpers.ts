import { extractDocument } from '../../../src/pipeline.js';
import type { DealFact } from '../../../src/types.js';

export function deals(text: string): DealFact[] {
  return extractDocument({ id: 't', text }, { kinds: ['deal'] }) as DealFact[];
}

/** The deal an acquisition scorer would pick: most confident acquisition-type, earliest on ties. */
export function topAcquisition(text: string): DealFact | undefined {
  return deals(text)
    .filter((d) => d.type === 'acquisition' || d.type === 'merger' || d.type === 'investment')
    .sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0];
}
