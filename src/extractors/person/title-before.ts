// "Nokia chief executive Rajeev Suri", "chairman Tony O'Reilly", "Finance
// Minister Gordon Brown", "U.S. Agriculture secretary Richard Lyng".
import type { Rule, RuleContext } from '../rule.js';
import { isGovernment } from './apposition.js';
import { orgAfter, orgBefore, personName } from './context.js';
import { reportPerson } from './report.js';
import { titleAt, type TitleSpan } from './title.js';

const MAX_TITLE_TOKENS = 8;

export const titleBeforeRule: Rule<'person'> = {
  id: 'person/title-before',
  kind: 'person',
  description: 'A title right before a name, optionally after the organization or country it belongs to.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const m = entities.mentionAt(i);
      if (!m) continue;
      const name = personName(m, 'strong');
      if (!name) continue;
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
    if (entities.mentionEndingAt(s)) break;
    const t = titleAt(doc, s, end);
    if (t && t.tokenEnd === end) best = t;
  }
  return best;
}
