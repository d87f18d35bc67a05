// "Acme said it named Robert Benders president and chief executive officer.
// Benders succeeds Paul Huber at those positions", "He replaces James Skinner,
// who resigned": a sentence after an appointment names whom the appointee
// follows, and the predecessor held the post the story gave the appointee.
// Only the whole document tells which post that is, so this is a document rule.
import type { Doc, Sentence } from '../../document/document.js';
import type { Entities, EntityMention } from '../../entities/entities.js';
import { ORG_HEAD_WORDS } from '../../lexicon/organizations.js';
import { lookupPlace } from '../../entities/classify.js';
import { HONORIFICS } from '../../lexicon/people.js';
import type { DocumentRule, Reported } from '../rule.js';
import { sameSurname } from './context.js';

/** Verbs of taking someone's place, and the bare forms that follow "will". */
const SUCCEEDS = new Set(['succeeds', 'replaces', 'succeeded', 'replaced']);
const SUCCEED = new Set(['succeed', 'replace']);
const PRONOUNS = new Set(['he', 'she']);

export const successionRule: DocumentRule<'person'> = {
  id: 'person/succession',
  kind: 'person',
  description: 'The predecessor a later sentence names for an appointee, in the appointee\'s post: "... named Robert Benders president. He succeeds Paul Huber."',
  run(ctx) {
    const { doc, entities, found } = ctx;
    const reported = new Set<string>();
    for (const sentence of doc.sentences) {
      if (sentence.index === 0) continue;
      // the appointee opens the sentence, by name or as "He" after a sentence that gave one person a post
      let k = sentence.tokenStart;
      const opening = entities.mentionAt(k);
      let successor: string | undefined;
      if (opening?.type === 'person' && opening.tokenStart === k) {
        successor = opening.name;
        k = opening.tokenEnd;
      } else if (PRONOUNS.has(doc.tokens[k]?.lower ?? '')) {
        successor = onlyPersonPosted(found, doc.sentences[sentence.index - 1]!);
        k++;
      }
      if (!successor) continue;
      if (doc.tokens[k]?.lower === 'will' && SUCCEED.has(doc.tokens[k + 1]?.lower ?? '')) k += 2;
      else if (SUCCEEDS.has(doc.tokens[k]?.lower ?? '')) k++;
      else continue;
      const predecessor = personNamedAt(entities, doc, k);
      if (!predecessor) continue;
      // ("Marchionne replaced Herbert Demel as chief executive": the post is stated, and read where it is)
      if (doc.tokens[predecessor.tokenEnd]?.lower === 'as') continue;
      const post = latestPost(found, successor, sentence.start);
      if (!post || found.some((c) => sameSurname(c.name, predecessor.name))) continue;
      reported.add(predecessor.name);
      // (a copy of the roles: the appointee's own are merged with their other posts later)
      ctx.report({ kind: 'person', start: doc.tokens[sentence.tokenStart]!.start, end: predecessor.end, confidence: 0.5, name: predecessor.name, title: post.title, roles: [...post.roles], org: post.org });
    }
    // "... has been named chairman, succeeding Glenn W. Bailey, who remains on the board": the participle after an
    // appointment names whom the appointee follows in the same sentence
    for (let k = 1; k < doc.tokens.length; k++) {
      if (!TAKING_PLACE.has(doc.tokens[k]!.lower) || doc.tokens[k - 1]!.sentence !== doc.tokens[k]!.sentence) continue;
      const predecessor = personNamedAt(entities, doc, k + 1);
      if (!predecessor) continue;
      // ("replacing Alcan Aluminium as the group's parent", "replacing Gareth Thomas as Wales' captain": a post stated after the name is read there)
      if (doc.tokens[predecessor.tokenEnd]?.lower === 'as' || reported.has(predecessor.name) || found.some((c) => sameSurname(c.name, predecessor.name))) continue;
      const sentence = doc.sentences[doc.tokens[k]!.sentence]!;
      const post = latestAppointment(found, sentence.start, doc.tokens[k]!.start);
      if (!post) continue;
      reported.add(predecessor.name);
      ctx.report({ kind: 'person', start: doc.tokens[k]!.start, end: predecessor.end, confidence: 0.5, name: predecessor.name, title: post.title, roles: [...post.roles], org: post.org });
    }
  },
};

/** The person named at `k`, past an honorific ("succeeds Mr Paul Huber"): a person's name, or one named like a person's. */
function personNamedAt(entities: Entities, doc: Doc, k: number): EntityMention | undefined {
  while (HONORIFICS.has(doc.tokens[k]?.lower ?? '')) k++;
  const m = entities.mentionAt(k);
  return m && m.tokenStart === k && (m.type === 'person' || namedLikeAPerson(m)) ? m : undefined;
}

/** Participles of taking another's place, after an appointment in the same sentence. */
const TAKING_PLACE = new Set(['replacing', 'succeeding']);

/** The last post given in the sentence from `from` before offset `before`. */
const latestAppointment = (found: readonly Reported<'person'>[], from: number, before: number) => latestGiven(found, (c) => c.start >= from && c.end <= before);

/**
 * A name of unknown kind in two or three words, each a capital and lower-case letters, and none an organization's
 * word: whom an appointee succeeds is a person ("Whitfield succeeds Omar Lindqvist"), where no firm is named so;
 * initials may stand for the given names ("succeeding M.S. Swaminathan"), where they are no country's ("U.S.").
 */
function namedLikeAPerson(m: EntityMention): boolean {
  const words = m.surface.split(/\s+/);
  const word = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEAD_WORDS.has(w.toLowerCase());
  const initials = (w: string) => /^(?:\p{Lu}\.){1,3}$/u.test(w) && !lookupPlace(w);
  return m.type === 'other' && !m.possessive && words.length >= 2 && words.length <= 3 && word(words[words.length - 1]!) && words.slice(0, -1).every((w) => word(w) || initials(w));
}

/** The person the sentence before gave a post, where it gave one person posts. */
function onlyPersonPosted(found: readonly Reported<'person'>[], before: Sentence): string | undefined {
  const names = new Set(found.filter((c) => c.start >= before.start && c.start < before.end && c.roles.length).map((c) => c.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/** The rules that read a post being given ("named X president"); a post the person held is no place taken. */
const APPOINTING_RULES = new Set(['person/appointment', 'person/listed-appointees']);

/**
 * The post the story gave `name` last before `start`: "named Malcolm Stephens, director of export finance at
 * Barclay's Bank, to the post of executive director ... Stephens replaces Jack Gill" is the one he takes.
 */
function latestPost(found: readonly Reported<'person'>[], name: string, start: number): Reported<'person'> | undefined {
  return latestGiven(found, (c) => c.start < start && sameSurname(c.name, name));
}

/** The last post found that `accept` takes, of those a rule that reads posts being given found. */
function latestGiven(found: readonly Reported<'person'>[], accept: (c: Reported<'person'>) => boolean): Reported<'person'> | undefined {
  let latest: Reported<'person'> | undefined;
  for (const c of found) if (c.roles.length && APPOINTING_RULES.has(c.rule) && accept(c) && (!latest || c.start > latest.start)) latest = c;
  return latest;
}
