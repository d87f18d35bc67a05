// "Thomas O'Malley, chairman of Phibro Energy, has left to form his own firm.
// Earlier he resigned as a director and vice chairman of Salomon Inc": a story
// goes on about the one person its sentence before names with "he" or "she",
// and states that person's posts as it would after the name.
import type { RuleContext } from '../rule.js';
import type { EntityMention } from '../../entities/entities.js';
import { personMentionsOf, sameSurname } from './context.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Words of time that may open the sentence before its subject ("Earlier he resigned", "Previously, she was"). */
const OPENING_TIMES = new Set(['earlier', 'later', 'previously', 'formerly', 'before', 'then', 'now', 'currently', 'recently']);

/**
 * "He" or "she" at token `i`, the subject opening its sentence (after a word of time, or not): a mention of the one
 * person the sentence before names, standing at the pronoun, and that person's name; undefined where that sentence
 * names no one, or two people.
 */
export function pronounSubjectAt(ctx: RuleContext, i: number): [EntityMention, string] | undefined {
  const { doc, sentence } = ctx;
  const pronoun = doc.tokens[i];
  if (!pronoun || !SUBJECT_PRONOUNS.has(pronoun.lower) || sentence.index === 0) return undefined;
  let k = sentence.tokenStart;
  if (k < i && OPENING_TIMES.has(doc.tokens[k]!.lower)) k++;
  if (k < i && doc.tokens[k]!.text === ',') k++;
  if (k !== i) return undefined;
  const before = personMentionsOf(ctx, sentence.index - 1);
  if (!before.length) return undefined;
  const [m, name] = before[0]!;
  if (before.some(([, other]) => !sameSurname(other, name))) return undefined;
  return [{ ...m, start: pronoun.start, end: pronoun.end, tokenStart: i, tokenEnd: i + 1, sentence: pronoun.sentence, surface: pronoun.text, possessive: false }, name];
}
