// "First Minister Jack McConnell" in a story about the Scottish Executive: a
// devolved government's first minister heads it, not the country it belongs
// to, as a state governor heads the state.
import type { Reported } from '../rule.js';
import type { Entities } from '../../entities/entities.js';
import { onlyNamed } from './only-named.js';
import { DEVOLVED_GOVERNMENTS } from '../../lexicon/organizations.js';

const FIRST_MINISTER = /^(?:(?:former|deputy|acting) )*first minister$/;

/** The one devolved government the story names, for a first minister whose organization the text leaves unsaid. */
export function storyDevolvedGovernment(c: Reported<'person'>, entities: Entities): string | undefined {
  if (c.org || !c.roles.length || !c.roles.every((r) => FIRST_MINISTER.test(r))) return undefined;
  return onlyNamed(entities, 'devolved government', (m) => DEVOLVED_GOVERNMENTS.has(m.name));
}
