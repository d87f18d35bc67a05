// "its ambassador to Kuwait, Ernest Zverev": where an envoy is sent is part of
// the post as written ("ambassador to Kuwait"), as "ambassador" alone is not.
import { tokenAt, type Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import type { Reported } from '../rule.js';
import { ENVOYS } from '../../lexicon/titles.js';

const TO = /^\s+to\s+(?:the\s+)?/;

/**
 * Adds where an envoy is sent, a place or a body named right after the title
 * ("to Kuwait", "to the U.S.", "to the National People's Congress"), to the
 * title and to the envoy's role.
 */
export function envoyDestination(c: Reported<'person'>, doc: Doc, entities: Entities): void {
  const title = c.title;
  const last = c.roles[c.roles.length - 1];
  if (!title || !last || !ENVOYS.has(last.split(' ').pop()!)) return;
  const at = doc.text.indexOf(title, c.start);
  if (at < 0 || at >= c.end) return;
  const after = at + title.length;
  const to = TO.exec(doc.text.slice(after, after + 16));
  if (!to) return;
  const place = after + to[0].length;
  const where = entities.mentionAt(tokenAt(doc, place));
  if (!where || where.start !== place || where.type === 'person') return;
  const destination = doc.text.slice(after, where.end).replace(/\s+/g, ' ');
  c.title = `${title}${destination}`;
  c.roles = [...c.roles.slice(0, -1), `${last}${destination.toLowerCase()}`];
}
