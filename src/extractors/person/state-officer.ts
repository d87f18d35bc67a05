// "Governor Clements", "State Comptroller Bob Bullock" in a story about Texas:
// a state's own officer with no organization stated serves the state the
// story names most.
import type { Entities } from '../../entities/entities.js';
import { lookupPlace } from '../../entities/classify.js';
import type { Reported } from '../rule.js';

/** Posts only a state's government has: its governor, and an office it styles "State ..." ("State Treasurer"). */
const STATE_OFFICE = /^(?:(?:former|acting|deputy|lieutenant) )*governor$|^(?:former |chief )?state (?!secretary\b)[a-z ]+$/;

/**
 * The state (of the United States) the story names most, for an officer of
 * a state's own post who has no organization; ties go to the one named first.
 * A story that names no state leaves the post without one (a Japanese
 * prefecture's governor, a German "State Secretary").
 */
export function storyState(c: Reported<'person'>, entities: Entities): string | undefined {
  if (c.org || !c.roles.length || !c.roles.every((r) => STATE_OFFICE.test(r))) return undefined;
  const counts = new Map<string, number>();
  for (const m of entities.mentions) {
    if (m.type === 'place' && !m.adjective && lookupPlace(m.name)?.kind === 'state') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}
