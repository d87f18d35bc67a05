// "Chamber head Noboru Gotoh" in a story that has named the Japan Chamber of
// Commerce and Industry: a body's generic word, capitalized, opening a post
// (or standing alone as its organization) is the body the story named in full.
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { splitRoles } from './title.js';

/** Generic words a body's full name ends in or turns on, which news writes alone for it once named. */
const GENERIC_BODY_WORDS = new Set(['Ministry', 'Chamber', 'Association', 'Federation', 'Confederation', 'Council', 'Institute', 'Society', 'League', 'Foundation', 'Exchange', 'Authority', 'Agency']);

/** Each generic word's test for a full name it is one word of ("Japan Chamber of Commerce and Industry"). */
const IN_FULL_NAME = new Map([...GENERIC_BODY_WORDS].map((w) => [w, new RegExp(`^(?=.* )(?:.* )?${w}(?: .*)?$`)]));

/**
 * The body whose name fits `pattern` that the story names nearest before `start`, if any; with `orAfter`, else the
 * first after it.
 */
export function bodyNamed(entities: Entities, start: number, pattern: RegExp, orAfter = true): string | undefined {
  let found: string | undefined;
  for (const m of entities.mentions) {
    if (m.type !== 'org' && m.type !== 'other') continue;
    if (!pattern.test(m.name)) continue;
    if (m.start < start) found = m.name;
    else return orAfter ? (found ?? m.name) : found;
  }
  return found;
}

/** The body the story names in full, nearest before `start`, with `word` among its words. */
const namedInFull = (entities: Entities, start: number, word: string) => bodyNamed(entities, start, IN_FULL_NAME.get(word)!, false);

/** Gives `c` the body its post's generic word stands for, and the post without the word, where the story named one. */
export function bodyByGenericWord(c: Reported<'person'>, entities: Entities): void {
  if (c.org && GENERIC_BODY_WORDS.has(c.org)) {
    c.org = namedInFull(entities, c.start, c.org) ?? c.org;
    return;
  }
  const [word, ...rest] = (c.title ?? '').split(' ');
  if (c.org || !word || !GENERIC_BODY_WORDS.has(word) || !rest.length) return;
  const body = namedInFull(entities, c.start, word);
  const roles = body ? splitRoles(rest.join(' ')) : [];
  if (!body || !roles.length) return;
  c.org = body;
  c.roles = roles;
  c.confidence -= 0.15;
}
