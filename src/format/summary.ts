// One line that says what a fact states, for CSV, tables and timelines.
import type { Fact } from '../types.js';

export function summarize(f: Fact): string {
  switch (f.kind) {
    case 'deal': {
      const money = !f.value ? '' : f.value.amount === null ? ', price not disclosed' : ` for ${f.value.text}`;
      if (f.type === 'acquisition' || f.type === 'investment') {
        const who = f.acquirer ?? f.parties[0] ?? 'unknown';
        const what = f.target ?? (f.parties.find((p) => p !== who && p !== f.seller) ?? 'unknown');
        const from = f.seller ? ` from ${f.seller}` : '';
        return `${who} ${f.type === 'acquisition' ? 'acquires' : 'invests in'} ${what}${from}${money} (${f.status})`;
      }
      const object = f.object ? ` on ${f.object}` : '';
      return `${f.type}: ${f.parties.join(', ')}${object}${money} (${f.status})`;
    }
    case 'person':
      return [f.name, [f.title, f.org].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
    case 'date':
      return `${f.text} = ${f.value}`;
    case 'expansion': {
      const verb = f.status === 'completed' ? 'entered' : f.status === 'ongoing' ? 'is expanding into' : 'plans to enter';
      return `${f.company} ${verb} ${f.market}`;
    }
  }
}
