// "Nokia chief executive Rajeev Suri", "chairman Tony O'Reilly", "Finance
// Minister Gordon Brown", "U.S. Agriculture secretary Richard Lyng".
import type { Rule, RuleContext } from '../rule.js';
import { isGovernment } from './apposition.js';
import { orgAfter, orgBefore, personMentions } from './context.js';
import { reportPerson } from './report.js';
import { TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { splitRoles, titleAt, type TitleSpan } from './title.js';

const MAX_TITLE_TOKENS = 8;

export const titleBeforeRule: Rule<'person'> = {
  id: 'person/title-before',
  kind: 'person',
  description: 'A title right before a name, optionally after the organization or country it belongs to.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      const title = titleEndingAt(ctx, m.tokenStart);
      if (!title) continue;
      const government = isGovernment(title.roles);
      const org = orgBefore(doc, entities, title.tokenStart, sentence.tokenStart, government) ?? orgAfter(doc, entities, m.tokenEnd, sentence.tokenEnd, government);
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: org ? 0.85 : 0.7 });
    }
  },
};

/** The longest title that ends right before token `end`, not reaching back into a name ("Citigroup Global Markets analyst"). */
function titleEndingAt(ctx: RuleContext, end: number): TitleSpan | undefined {
  const { doc, entities, sentence } = ctx;
  let best: TitleSpan | undefined;
  for (let s = end - 1; s >= sentence.tokenStart && s >= end - MAX_TITLE_TOKENS; s--) {
    // a capitalized "Deputy" or "Acting" opening a sentence was read as a name; it is part of the title
    const m = entities.mentionEndingAt(s);
    if (m && !(m.tokenEnd - m.tokenStart === 1 && TITLE_MODIFIERS.has(doc.tokens[s]!.lower))) break;
    const t = titleAt(doc, s, end);
    if (t && t.tokenEnd === end) best = t;
  }
  // "writer-director Amma Asante": the word glued before a hyphen is part of the title
  if (best && doc.tokens[best.tokenStart]!.text === '-' && best.tokenStart > sentence.tokenStart) {
    const glued = doc.tokens[best.tokenStart - 1]!;
    if (glued.end === doc.tokens[best.tokenStart]!.start && /^[a-z]/.test(glued.text)) {
      const text = doc.text.slice(glued.start, doc.tokens[best.tokenEnd - 1]!.end);
      best = { tokenStart: best.tokenStart - 1, tokenEnd: best.tokenEnd, text, roles: splitRoles(text) };
    }
  }
  // "succeed Dixon as chairman and chief executive and senior vice president E. Gene Keigger
  // will become ...": after "as", the roles before the last "and" are someone else's
  if (best && doc.tokens[best.tokenStart - 1]?.lower === 'as') {
    for (let k = best.tokenEnd - 1; k > best.tokenStart; k--) {
      if (doc.tokens[k]!.lower === 'and') {
        const text = doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[best.tokenEnd - 1]!.end);
        best = { tokenStart: k + 1, tokenEnd: best.tokenEnd, text, roles: splitRoles(text) };
        break;
      }
    }
  }
  return best;
}
