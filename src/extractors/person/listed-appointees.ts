// "Halbert, Charles M. Bruce and James O. Burke were also named directors",
// "James Mitchell, William Richardson and Steven Duin have resigned as officers
// and directors": a list of names, a verb of appointment or leaving, and the
// post in the plural that each of them takes or leaves.
import type { Rule } from '../rule.js';
import { orgAfter } from './context.js';
import { isGovernment } from './apposition.js';
import { namesAfter, pluralPost } from './listed-names.js';
import { reportPerson } from './report.js';

/** Words between the list and its verb: "were also", "have all". */
const BEFORE_VERB = new Set(['were', 'are', 'have', 'had', 'has', 'been', 'also', 'all', 'both', 'will', 'be', 'each']);
/** Verbs that give or end a post held by each one listed. */
const LIST_VERBS = new Set(['named', 'elected', 'appointed', 'nominated', 'promoted', 'chosen', 'reelected', 're-elected', 'resigned', 'retired', 'become', 'became', 'remain', 'remained', 'serve', 'served']);
/** Words between the verb and the post: "as", "as its", "new". */
const BEFORE_POST = new Set(['as', 'new', 'the', 'company', "company's", 'its', 'their']);

export const listedAppointeesRule: Rule<'person'> = {
  id: 'person/listed-appointees',
  kind: 'person',
  description: 'Names listed before a verb of appointment or leaving and a post in the plural: "X, Y and Z were named directors".',
  run(ctx) {
    const { doc, sentence } = ctx;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const names = namesAfter(ctx, k);
      if (names.length < 2) continue;
      const last = names[names.length - 1]![1];
      k = last;
      let v = last;
      while (v < sentence.tokenEnd && v < last + 3 && BEFORE_VERB.has(doc.tokens[v]!.lower)) v++;
      if (!LIST_VERBS.has(doc.tokens[v]?.lower ?? '')) continue;
      let p = v + 1;
      while (p < sentence.tokenEnd && p < v + 3 && BEFORE_POST.has(doc.tokens[p]!.lower)) p++;
      const title = pluralPost(ctx, p);
      if (!title) continue;
      const org = orgAfter(doc, ctx.entities, title.tokenEnd, sentence.tokenEnd, isGovernment(title.roles));
      for (const [start, end, name] of names) reportPerson(ctx, { name, nameTokens: [start, end], title, org, confidence: 0.6 });
    }
  },
};
