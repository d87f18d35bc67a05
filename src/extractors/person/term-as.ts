// "Paul Volcker would not accept a third term as Federal Reserve Chairman",
// "Volcker's decision not to seek a new term as chairman of the Fed": a term
// in a post, sought, served or refused, is a post its holder has.
import type { Rule, RuleContext } from '../rule.js';
import { isGovernment } from './apposition.js';
import { postOfBody } from './appointment.js';
import { orgAfter, personNameAt, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { employerFrom, titleAt, type TitleSpan } from './title.js';

/** Nouns for a spell in a post, before "as". */
const TERM_NOUNS = new Set(['term', 'stint', 'tenure', 'spell']);
/** How many words before the term its holder's name may end. */
const HOLDER_REACH = 12;

export const termAsRule: Rule<'person'> = {
  id: 'person/term-as',
  kind: 'person',
  description: 'A term in a post after its holder\'s name: "Volcker would not accept a third term as Federal Reserve Chairman".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (let k = sentence.tokenStart + 1; k + 1 < sentence.tokenEnd; k++) {
      if (!TERM_NOUNS.has(doc.tokens[k]!.lower) || doc.tokens[k + 1]!.lower !== 'as') continue;
      // (only with the body named: "served the maximum two-year term as president" may be any body's, or a country's)
      const post = postAt(ctx, doc.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2);
      if (!post?.org) continue;
      const holder = holderBefore(ctx, k);
      const name = holder && personNameAt(ctx, holder.tokenStart);
      if (!holder || !name) continue;
      reportPerson(ctx, { name, nameTokens: [holder.tokenStart, holder.tokenEnd], title: post.title, org: post.org, confidence: 0.65 });
    }
  },
};

/** The post at `k`, with the body named before it ("Federal Reserve Chairman") or after it ("chairman of the Fed"). */
function postAt(ctx: RuleContext, k: number): { title: TitleSpan; org: OrgRef | undefined } | undefined {
  const { doc, entities, sentence } = ctx;
  const owned = postOfBody(ctx, k);
  if (owned) return owned;
  const title = titleAt(doc, k, sentence.tokenEnd);
  return title ? { title, org: orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles)) } : undefined;
}

/** The nearest person named before the term in its sentence, with no other name between. */
function holderBefore(ctx: RuleContext, k: number) {
  const { entities, sentence } = ctx;
  for (let n = k - 1; n >= sentence.tokenStart && n >= k - HOLDER_REACH; n--) {
    const m = entities.mentionEndingAt(n);
    if (!m) continue;
    return m.type === 'person' ? m : undefined;
  }
  return undefined;
}
