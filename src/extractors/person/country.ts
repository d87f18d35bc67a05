// The country a government officer serves when the sentence names none:
// "Finance Minister Edouard Balladur" in a story about France, "Prime Minister
// Margaret Thatcher said Britain would ...". A country named in the same
// sentence comes first (the nearest one before the title, else after it),
// after offices only one country has ("Chancellor of the Exchequer"),
// then the country the story names most (a capital or a state counts for its
// country).
import type { Doc } from '../../document/document.js';
import { sentenceAt } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { lookupPlace } from '../../entities/classify.js';
import { HISTORIC_STATES, places } from '../../lexicon/places.js';
import { ROLE_COUNTRY } from '../../lexicon/titles.js';

/** Roles of a national government's officers (a "vice president" or a "general secretary" is more often a company's or a party's). */
const NATIONAL_ROLE = /(?:^|\s)(?:minister|secretary|premier|chancellor|president|senator|ambassador|congressman|attorney general|chancellor of the exchequer|secretary of state|trade representative)$/;
const NOT_NATIONAL = /vice president|company secretary|general secretary|secretary general|press secretary|executive secretary|permanent secretary/;

export function isNationalRole(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.some((r) => NATIONAL_ROLE.test(r) && !NOT_NATIONAL.test(r));
}

interface CountryMention {
  code: string;
  /** the name to give: the country's, or a former state's as written ("West German" → West Germany) */
  name: string;
  sentence: number;
  start: number;
}

const cache = new WeakMap<Doc, CountryMention[]>();

/** Every country a document names, by name, adjective, capital or state, in order. */
function countryMentions(doc: Doc, entities: Entities): CountryMention[] {
  let found = cache.get(doc);
  if (found) return found;
  found = [];
  for (const m of entities.mentions) {
    if (m.type !== 'place') continue;
    const code = m.code ?? lookupPlace(m.surface)?.country ?? null;
    if (code) found.push({ code, name: HISTORIC_STATES[m.surface.replace(/\s+/g, ' ')] ?? places().countryName.get(code) ?? m.name, sentence: m.sentence, start: m.start });
  }
  cache.set(doc, found);
  return found;
}

/** The canonical name of the country a government officer stated at `start` (the title's offset) most likely serves, if any. */
export function governmentCountry(doc: Doc, entities: Entities, start: number, roles: readonly string[], officials: ReadonlySet<string> = new Set()): string | undefined {
  const office = officeCountry(roles);
  if (office) return office;
  const all = countryMentions(doc, entities);
  const sentence = sentenceAt(doc, start);
  // "In Washington, officials said President Reagan ...", "New Zealand's debt will fall, Finance Minister ... said"
  const here = all.filter((c) => c.sentence === sentence);
  const before = here.filter((c) => c.start < start).pop();
  if (before) return before.name;
  // "Prime Minister Margaret Thatcher said Britain would ..."
  let code = here[0]?.code;
  if (!code) {
    const counts = new Map<string, number>();
    for (const c of all) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
    // a government whose officers the story names with their country ("U.S. Treasury Secretary ...") counts for more
    for (const name of officials) {
      const c = lookupPlace(name)?.code;
      if (c) counts.set(c, (counts.get(c) ?? 0) + 3);
    }
    let best = 0;
    // ties go to the country named first
    for (const [c, n] of counts) if (n > best) [code, best] = [c, n];
  }
  if (!code) return undefined;
  // the name the story gives that country most often ("West Germany" in 1987)
  const names = new Map<string, number>();
  for (const c of all) if (c.code === code) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  let name = places().countryName.get(code);
  let most = 0;
  for (const [n, k] of names) if (k > most) [name, most] = [n, k];
  return name;
}

/** The country of an office only one country has ("Chancellor of the Exchequer", "shadow home secretary"), if it is one. */
export function officeCountry(roles: readonly string[]): string | undefined {
  for (const r of roles) {
    // "shadow home secretary" is the same country's
    const office = r.replace(OFFICE_MODIFIERS, '');
    if (Object.hasOwn(ROLE_COUNTRY, office)) return places().countryName.get(ROLE_COUNTRY[office]!);
  }
  return undefined;
}

/** Words before an office that leave it the same country's: "shadow", "former", "deputy", "acting". */
const OFFICE_MODIFIERS = /^(?:(?:shadow|former|deputy|acting) )+/;
const HISTORIC_NAMES = new Set(Object.values(HISTORIC_STATES));

/** Whether an organization's name is a country's canonical name. */
export function isCountryName(name: string): boolean {
  if (HISTORIC_NAMES.has(name)) return true;
  const place = lookupPlace(name);
  return !!place && place.kind === 'country' && place.name === name;
}
