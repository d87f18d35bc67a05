// "Beryl Sprinkel, chairman of the council of economic advisers": a post in a body the text describes in lower case
// instead of naming it. The description is the organization, as written: it is all the text says of where the post is
// held, and no company or country the story names elsewhere is.
import type { Doc } from '../../document/document.js';
import type { Reported } from '../rule.js';
import { lookupPlaceAdjective } from '../../entities/classify.js';

/** The words for a body that a description of one ends in ("the farm credit council", "a flood commission"). */
const BODY_HEADS = ['council', 'committee', 'subcommittee', 'commission', 'association', 'federation', 'institute', 'agency', 'bureau', 'panel', 'delegation', 'taskforce', 'task force', 'working group', 'central bank'];
/**
 * "of the council of economic advisers": the body, its describing words before (a nation's adjective first, "the
 * Malaysian delegation"), and what it is "of", "for" or "on" after (a place in capitals too, "the central bank of
 * Mexico").
 */
const DESCRIBED_BODY = new RegExp(
  String.raw`^\s*of\s+(?:the|a|an)\s+(((?:[A-Z][a-z]+\s+)?)(?:[a-z-]+\s+){0,4}?(?:${BODY_HEADS.join('|')})(?:\s+(?:of|for|on)\s+(?:[A-Z][a-z]+|[a-z-]+(?:\s+(?:and\s+)?[a-z-]+){0,3}))?)(?=\s*[,.;:)"]|\s+(?:said|says|told|who|which|in|at|has|had|is|was|will|would)\b)`,
);
/** Words a description's first word may not be: it then names no body of its own ("one of the committee"). */
const NOT_DESCRIBING = new Set(['same', 'other', 'new', 'former']);
/** A board's committees, which are the company's ("vice chairman of the executive committee" serves the company). */
const BOARD_COMMITTEES = new Set(['executive', 'finance', 'audit', 'compensation', 'management', 'nominating', 'operating', 'investment']);

/** The body described in lower case right after the post's text, if the post has no organization. */
export function describedBody(doc: Doc, c: Reported<'person'>): string | undefined {
  const m = DESCRIBED_BODY.exec(doc.text.slice(c.end, c.end + 120));
  if (!m || (m[2] && !lookupPlaceAdjective(m[2].trim()))) return undefined;
  const words = m[1]!.split(/\s+/);
  return NOT_DESCRIBING.has(words[0]!) || BOARD_COMMITTEES.has(words[0]!) ? undefined : words.join(' ');
}
