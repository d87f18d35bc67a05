// "Judge Whitman Knapp" in a story that says "In Manhattan Federal Court": a
// judge with no court stated sits on the one court the story names.
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { isCountryName } from './country.js';
import { onlyNamed } from './only-named.js';

/** A judge's post, of any kind: "Judge", "U.S. District Judge", "bankruptcy judge", "chief judge". */
const JUDGE = /^(?:(?:former|chief|presiding|federal|district|bankruptcy|appeals|circuit|high court|supreme court|senior|trial|administrative) )*judge$/;
/** A court's name: "Manhattan Federal Court", "U.S. District Court for the Northern District of Illinois", "Court of Appeals". */
const COURT_NAME = /\bCourt\b/;

/**
 * The court a judge with no organization, or only a country's, sits on: the one court the story names (none, or two,
 * leave it open). ("U.S. District Judge Harold Greene" in a story of "the U.S. District Court" sits on that court.)
 */
export function storyCourt(c: Reported<'person'>, entities: Entities): string | undefined {
  if ((c.org && !isCountryName(c.org)) || !c.roles.length || !c.roles.every((r) => JUDGE.test(r))) return undefined;
  // (over a country, only a court of the judge's kind: a U.S. "bankruptcy judge" sits on no European Court of Human Rights)
  const kind = c.org ? /\b(district|bankruptcy|appeals|circuit)\b/.exec(c.roles.join(' '))?.[1] : undefined;
  if (c.org && !kind) return undefined;
  const ofKind = (name: string) => !kind || name.toLowerCase().includes(kind);
  return onlyNamed(entities, `court:${kind ?? ''}`, (m) => m.type !== 'person' && m.type !== 'place' && COURT_NAME.test(m.name) && ofKind(m.name));
}
