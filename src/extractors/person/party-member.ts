// "John LaFalce, a New York House Democrat", "Steven Symms, a conservative
// Republican", "Liberal Democrat Alan Beith", "Labour's Lorna Fitzsimons": a
// person the story describes by party, with no post, is the party's (a post
// stated elsewhere for the same person is the fact instead).
import type { Rule, RuleContext } from '../rule.js';
import { tokenAt } from '../../document/document.js';
import { personMentions, type OrgRef } from './context.js';
import { PARTY_REACH, partyDescribedAfter, partyOfWord } from './legislator.js';
import { reportPerson } from './report.js';
import { isTitleWord } from '../../lexicon/titles.js';
import { partyNameLength } from '../../entities/names.js';
import { HONORIFICS } from '../../lexicon/people.js';

export const partyMemberRule: Rule<'person'> = {
  id: 'person/party-member',
  kind: 'person',
  description: 'A person set off as a party\'s member, with no post: "John LaFalce, a New York House Democrat".',
  run(ctx) {
    const { doc, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive || m.type !== 'person') continue;
      const before = partyBefore(ctx, m.tokenStart);
      if (before) {
        reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: before, confidence: 0.55 });
        continue;
      }
      const described = partyDescribedAfter(doc.text.slice(m.end, Math.min(sentence.end, m.end + PARTY_REACH)));
      if (!described) continue;
      const party = tokenAt(doc, m.end + described.end) - 1;
      // (a post after the word is a title other rules read: "a Democratic senator")
      if (isTitleWord(doc.tokens[party + 1]?.lower ?? '')) continue;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: undefined, org: { name: described.party, tokenStart: party, tokenEnd: party + 1, viaReference: false }, confidence: 0.6 });
    }
  },
};

/**
 * "Liberal Democrat Alan Beith", "Fellow Lib Dem Norman Baker", "Tory Lord Campbell", "Labour's Lorna Fitzsimons":
 * a party's word (or its possessive) right before a name, past an honorific, that no other word opens.
 */
function partyBefore(ctx: RuleContext, nameStart: number): OrgRef | undefined {
  const { doc } = ctx;
  let end = HONORIFICS.has(doc.tokens[nameStart - 1]?.lower ?? '') ? nameStart - 1 : nameStart;
  if (/^['’]s$/.test(doc.tokens[end - 1]?.text ?? '')) end--;
  for (const words of [2, 1]) {
    const start = end - words;
    if (start < ctx.sentence.tokenStart || partyNameLength(doc, start, end) !== words) continue;
    const party = doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
    // (the party's word opens the phrase: not "the Labour Party's", "Senate Democratic leader", "New York Democrat")
    const opener = doc.tokens[start - 1];
    if (opener && opener.sentence === doc.tokens[start]!.sentence && !OPENERS.has(opener.lower) && opener.pos !== 'PUNCT' && opener.pos !== 'VERB' && opener.pos !== 'ADP' && opener.pos !== 'CCONJ') return undefined;
    return { name: partyOfWord(party), tokenStart: start, tokenEnd: end, viaReference: false };
  }
  return undefined;
}

/** Words that may stand before a party's word that opens a member's name ("Fellow Lib Dem Norman Baker"). */
const OPENERS = new Set(['fellow', 'the']);
