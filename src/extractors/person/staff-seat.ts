// "chief of staff Donald Regan", "aide Lyn Nofziger" in a story about the
// White House: a head of government's staff member with no organization
// stated serves the one seat of government whose staff the story names.
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { onlyNamed } from './only-named.js';
import { STAFF_SEATS } from '../../lexicon/places.js';

/** Posts of a head of government's own staff. */
const STAFF_POST = /^(?:(?:former|deputy|senior|longtime|top|presidential) )*(?:chief of staff|aide|counsel(?:l)?or|presidential adviser|presidential advisor)$/;

/** The seat (White House, Downing Street) a staff member with no organization serves, where the story names one alone. */
export function storyStaffSeat(c: Reported<'person'>, entities: Entities): string | undefined {
  if (c.org || !c.roles.length || !c.roles.every((r) => STAFF_POST.test(r))) return undefined;
  return onlyNamed(entities, 'staff seat', (m) => m.type !== 'person' && STAFF_SEATS.has(m.name));
}
