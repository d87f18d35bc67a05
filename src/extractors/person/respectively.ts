// "Andrew Loomis and Michael McGovern were elected chairman and co-chairman,
// respectively": two appointees sharing one verb, whose posts the text pairs
// with them in order. Each takes the post in its place, not both.
import type { Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { splitRoles, type TitleSpan } from './title.js';

/**
 * Where the appointee at `nameStart` stands among two subjects joined by "and": 0 first, 1 second. `isName`
 * says whether a person's name opens at a token (as the appointment rule reads one).
 */
export function placeAmongTwo(doc: Doc, entities: Entities, nameStart: number, nameEnd: number, isName: (k: number) => boolean): 0 | 1 | undefined {
  if (doc.tokens[nameEnd]?.lower === 'and' && isName(nameEnd + 1)) return 0;
  const before = entities.mentionEndingAt(nameStart - 2);
  if (doc.tokens[nameStart - 1]?.lower === 'and' && before && isName(before.tokenStart)) return 1;
  return undefined;
}

/**
 * The part of a post of two parts joined by "and" ("chairman and co-chairman") that falls to the appointee in
 * place `place`, where "respectively" closes the clause after `after` (the post's end, or its organization's).
 */
export function respectivePost(doc: Doc, title: TitleSpan, after: number, place: 0 | 1): TitleSpan | undefined {
  const closing = doc.tokens[after]?.text === ',' ? after + 1 : after;
  if (doc.tokens[closing]?.lower !== 'respectively') return undefined;
  const and: number[] = [];
  for (let k = title.tokenStart; k < title.tokenEnd; k++) if (doc.tokens[k]!.lower === 'and') and.push(k);
  if (and.length !== 1) return undefined;
  const [start, end] = place === 0 ? [title.tokenStart, and[0]!] : [and[0]! + 1, title.tokenEnd];
  if (start >= end) return undefined;
  const text = doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
  const roles = splitRoles(text);
  return roles.length === 1 ? { tokenStart: start, tokenEnd: end, text, roles } : undefined;
}
