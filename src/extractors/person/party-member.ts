// "John LaFalce, a New York House Democrat", "Steven Symms, a conservative
// Republican": a person the story describes by party, with no post, is the
// party's (a post stated elsewhere for the same person is the fact instead).
import type { Rule } from '../rule.js';
import { tokenAt } from '../../document/document.js';
import { personMentions } from './context.js';
import { PARTY_REACH, partyDescribedAfter } from './legislator.js';
import { reportPerson } from './report.js';
import { isTitleWord } from '../../lexicon/titles.js';

export const partyMemberRule: Rule<'person'> = {
  id: 'person/party-member',
  kind: 'person',
  description: 'A person set off as a party\'s member, with no post: "John LaFalce, a New York House Democrat".',
  run(ctx) {
    const { doc, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive || m.type !== 'person') continue;
      const described = partyDescribedAfter(doc.text.slice(m.end, Math.min(sentence.end, m.end + PARTY_REACH)));
      if (!described) continue;
      const party = tokenAt(doc, m.end + described.end) - 1;
      // (a post after the word is a title other rules read: "a Democratic senator")
      if (isTitleWord(doc.tokens[party + 1]?.lower ?? '')) continue;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: { name: described.party, tokenStart: party, tokenEnd: party + 1, viaReference: false }, confidence: 0.6 });
    }
  },
};
