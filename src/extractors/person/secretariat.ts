// "Secretary General Javier Perez de Cuellar" in a story about the U.N.: a
// secretary-general with no organization stated heads the one international
// body the story names that has one.
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { SECRETARIAT_FULL_NAMES, SECRETARIAT_NAME } from '../../lexicon/organizations.js';

/** A secretary-general's post, of any rank: "Secretary General", "deputy secretary-general". */
const SECRETARY_GENERAL = /^(?:(?:former|deputy|assistant|acting) )*secretary[- ]general$/;

/**
 * The international body a secretary-general with no organization heads:
 * the one such body the story names (a story naming none, or two, leaves the
 * post without one: a party's or a ministry's secretary-general is named with it).
 */
export function storySecretariat(c: Reported<'person'>, entities: Entities): string | undefined {
  if (c.org || !c.roles.length || !c.roles.every((r) => SECRETARY_GENERAL.test(r))) return undefined;
  // ("U.N." and "United Nations" are one body)
  const bodies = new Map<string, string>();
  for (const m of entities.mentions) {
    const name = m.type === 'person' || m.type === 'place' ? undefined : secretariatOpening(m.name);
    if (!name) continue;
    const body = SECRETARIAT_FULL_NAMES[name] ?? name;
    // (named as the story writes it in full, where it does)
    if (!bodies.has(body) || name === body) bodies.set(body, name);
  }
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}

/** The body a name is or opens with: "U.N." in "U.N. Security Council", "OPEC" in "OPEC". */
function secretariatOpening(name: string): string | undefined {
  const words = name.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const opening = words.slice(0, n).join(' ');
    if (SECRETARIAT_NAME.test(opening)) return opening;
  }
  return undefined;
}
