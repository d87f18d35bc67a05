// "Shanghai plans to rely on soft loans ..., Mayor Jiang Zemin said", "In
// Tokyo, incumbent Governor Shunichi Suzuki": a city's own officer with no
// organization stated serves the city the text has just named.
import type { Doc } from '../../document/document.js';
import { sentenceAt } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { lookupPlace } from '../../entities/classify.js';
import type { Reported } from '../rule.js';

/** Posts only a city's (or a province's) government has. */
const CITY_OFFICE = /^(?:(?:former|acting|deputy|incumbent|lord) )*(?:mayor|alderman|councilman|councilwoman)$/;
const GOVERNOR = /^(?:(?:former|acting|deputy|incumbent) )*governor$/;

/** The city named last before the post, in its sentence or the one before, for a mayor (or a governor) with no organization. */
export function cityOfOffice(c: Reported<'person'>, doc: Doc, entities: Entities): string | undefined {
  if (c.org || !c.roles.length) return undefined;
  const governor = c.roles.every((r) => GOVERNOR.test(r));
  if (!governor && !c.roles.every((r) => CITY_OFFICE.test(r))) return undefined;
  const sentence = sentenceAt(doc, c.start);
  let city: string | undefined;
  for (const m of entities.mentions) {
    if (m.start >= c.start) break;
    // (a city acting as one, "Shanghai plans to rely on soft loans", is read as an organization)
    if (m.sentence < sentence - 1 || m.type === 'person' || m.adjective) continue;
    // (not where something happens, "a centre in Tokyo", unless it sets the scene: "In Tokyo, incumbent Governor ...")
    const before = doc.tokens[m.tokenStart - 1];
    if (before && (before.lower === 'in' || before.lower === 'at') && before.text !== 'In') continue;
    const place = lookupPlace(m.surface);
    // (a governor's state or prefecture too; a country's "governor" heads its central bank)
    if (place?.kind === 'city' || (governor && place?.kind === 'state')) city = m.name;
  }
  return city;
}
