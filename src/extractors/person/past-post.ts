// "Kearney had been executive vice-president of Northgate", "Sigler was
// previously president": a post the sentence says the person held before.
import type { Rule } from '../rule.js';
import { orgAfter, ownsPart, personMentions } from './context.js';
import { reportPerson } from './report.js';
import { isGovernment } from './apposition.js';
import { employerFrom, heldBefore, titleAt } from './title.js';
import { PAST_POST_PHRASES } from '../../lexicon/titles.js';

/** Words between the phrase and the post: "had been both president and chairman", "was formerly a vice president". */
const BEFORE_POST = new Set(['both', 'a', 'an', 'the', 'its', 'their']);

export const pastPostRule: Rule<'person'> = {
  id: 'person/past-post',
  kind: 'person',
  description: 'A name, then "had been" or "was previously" and a post: a post held before.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive) continue;
      const past = pastPostPhraseEnd(ctx, m.tokenEnd);
      if (past < 0) continue;
      let k = past;
      while (k < sentence.tokenEnd && BEFORE_POST.has(doc.tokens[k]!.lower)) k++;
      const post = titleAt(doc, k, sentence.tokenEnd);
      // (a post whose words go on is one we do not know: "had been chief loan officer")
      const next = doc.tokens[post?.tokenEnd ?? k];
      if (!post || (next && next.pos === 'NOUN' && next.text === next.lower)) continue;
      const org = orgAfter(doc, entities, employerFrom(post), sentence.tokenEnd, isGovernment(post.roles));
      // (nor a post of a body it does not name: "had been chief of the bank's trading floor")
      if ((!org || ownsPart(doc, org, post)) && doc.tokens[post.tokenEnd]?.lower === 'of') continue;
      const title = heldBefore(post);
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: org ? 0.75 : 0.6 });
    }
  },
};

/** Past one of the phrases at token `k` ("had been", "was previously"), else -1. */
function pastPostPhraseEnd(ctx: Parameters<Rule['run']>[0], k: number): number {
  for (const phrase of PAST_POST_PHRASES) {
    if (phrase.every((word, n) => ctx.doc.tokens[k + n]?.lower === word)) return k + phrase.length;
  }
  return -1;
}
