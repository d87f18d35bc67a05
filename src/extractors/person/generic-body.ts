// "Chamber head Noboru Gotoh" in a story that has named the Japan Chamber of
// Commerce and Industry: a body's generic word, capitalized, opening a post
// (or standing alone as its organization) is the body the story named in full.
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { splitRoles } from './title.js';

/** Generic words a body's full name ends in or turns on, which news writes alone for it once named. */
const GENERIC_BODY_WORDS = new Set(['Chamber', 'Association', 'Federation', 'Confederation', 'Council', 'Institute', 'Society', 'League', 'Foundation', 'Exchange', 'Authority', 'Agency']);

/** The body the story names in full, nearest before `start`, with `word` among its words. */
function namedInFull(entities: Entities, start: number, word: string): string | undefined {
  let found: string | undefined;
  for (const m of entities.mentions) {
    if (m.start >= start) break;
    if ((m.type === 'org' || m.type === 'other') && m.name !== word && m.name.split(' ').includes(word)) found = m.name;
  }
  return found;
}

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
