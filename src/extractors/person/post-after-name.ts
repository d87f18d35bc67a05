// "Margaret Moran MP", "Alex Salmond MSP": British news writes a legislator's
// post after the name, without a comma.
import type { Rule } from '../rule.js';
import { POSTNOMINAL_POSTS } from '../../lexicon/people.js';
import { personMentions } from './context.js';
import { reportPerson } from './report.js';
import { canonicalRole } from './title.js';

export const postAfterNameRule: Rule<'person'> = {
  id: 'person/post-after-name',
  kind: 'person',
  description: 'A legislator\'s post in capitals right after a name: "Margaret Moran MP".',
  run(ctx) {
    const { doc } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      const post = doc.tokens[m.tokenEnd];
      if (m.possessive || m.type !== 'person' || !post || !POSTNOMINAL_POSTS.has(post.text) || post.text === 'MPs' || post.text === 'QC') continue;
      // (not "the Smith MP" of a party's list: the name's last word is glued to nothing else)
      if (post.start !== doc.tokens[m.tokenEnd - 1]!.end + 1) continue;
      const title = { tokenStart: m.tokenEnd, tokenEnd: m.tokenEnd + 1, text: post.text, roles: [canonicalRole(post.text.toLowerCase())] };
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org: undefined, confidence: 0.7 });
    }
  },
};
