// "John LaFalce, a New York House Democrat", "Steven Symms, a conservative
// Republican": a person the story describes by party, with no post, is the
// party's (a post stated elsewhere for the same person is the fact instead).
import type { Rule } from '../rule.js';
import { personMentions } from './context.js';
import { reportPerson } from './report.js';
import { isTitleWord } from '../../lexicon/titles.js';

/** Words that may describe a party's member before the party's word: a state's or a chamber's name, a leaning. */
const LEANINGS = new Set(['conservative', 'liberal', 'moderate', 'senior', 'veteran', 'freshman', 'leading', 'prominent', 'fellow']);
/** The party's word, and the party it names. */
const MEMBER_OF: Record<string, string> = { Democrat: 'Democratic', Republican: 'Republican' };
const MAX_DESCRIBING = 3;

export const partyMemberRule: Rule<'person'> = {
  id: 'person/party-member',
  kind: 'person',
  description: 'A person set off as a party\'s member, with no post: "John LaFalce, a New York House Democrat".',
  run(ctx) {
    const { doc, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive || m.type !== 'person' || doc.tokens[m.tokenEnd]?.text !== ',' || !/^(?:a|an)$/.test(doc.tokens[m.tokenEnd + 1]?.lower ?? '')) continue;
      let k = m.tokenEnd + 2;
      while (k < sentence.tokenEnd && k < m.tokenEnd + 2 + MAX_DESCRIBING && !Object.hasOwn(MEMBER_OF, doc.tokens[k]!.text) && (/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k]!.text) || LEANINGS.has(doc.tokens[k]!.text))) k++;
      const party = doc.tokens[k]?.text ?? '';
      // (a post after the word is a title other rules read: "a Democratic senator")
      if (!Object.hasOwn(MEMBER_OF, party) || isTitleWord(doc.tokens[k + 1]?.lower ?? '')) continue;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: { name: MEMBER_OF[party]!, tokenStart: k, tokenEnd: k + 1, viaReference: false }, confidence: 0.6 });
    }
  },
};
