// "X and Y agreed to merge", "X will merge with Y", "X will be merged into Y",
// "the merger of X and Y", "X's merger with Y", "a merger agreement with Y".
import type { Doc } from '../../document/document.js';
import { MERGE_VERBS, MERGER_NOUNS } from '../../lexicon/deals.js';
import { Family, sentenceHas } from './triggers.js';
import type { Rule } from '../rule.js';
import { clauseEnd, isInName, isNominalUse, isPassive, lowerAt } from './clause.js';
import { priceAfter, report, toMoney } from './draft.js';
import { afterParty, type Party, partyIndex, type PartyIndex } from './party-index.js';
import { pastDescription } from './prepositions.js';
import { findSubject } from './subject.js';
import { statusOf } from './status.js';

/** The party right after "with"/"into"/"and" at token `i` (skipping "the"). */
function partyAt(doc: Doc, index: PartyIndex, i: number, limit: number): Party | undefined {
  // a reference may begin with its "the" ("the two companies")
  if (index.startAt[i]) return index.startAt[i];
  let k = i;
  if (lowerAt(doc, k) === 'the' || lowerAt(doc, k) === 'a') k++;
  // "merger talks with Dutch rival Veldhoven Coatings NV"
  if (k < limit) k = pastDescription(doc, index, k, limit);
  return k < limit ? index.startAt[k] : undefined;
}

export const merger: Rule<'deal'> = {
  id: 'deal/merger',
  kind: 'deal',
  description: 'a merger by verb or noun: the first or absorbing party is the acquirer',
  run(ctx) {
    const { doc, sentence } = ctx;
    if (!sentenceHas(doc, sentence.index, Family.merger)) return;
    const tokens = doc.tokens;
    let index;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const lower = tokens[k]!.lower;
      const verb = MERGE_VERBS.has(lower) && !isNominalUse(doc, k, sentence.tokenStart) && tokens[k]!.pos !== 'ADJ';
      const noun = MERGER_NOUNS.has(lower) && !verb;
      if ((!verb && !noun) || isInName(doc, k, sentence.tokenStart)) continue;
      if (lower.startsWith('combin') && lowerAt(doc, k + 1) !== 'with') continue;
      index ??= partyIndex(doc, ctx.entities);
      const end = clauseEnd(doc, k, sentence.tokenEnd);
      let acquirer: Party | undefined;
      let target: Party | undefined;
      let from = k;
      let to = k + 1;
      let next = k + 1;
      // "merger agreement with", "merger proposal to"
      while (next < end && ['agreement', 'proposal', 'talks', 'pact', 'plan', 'offer', 'accord'].includes(lowerAt(doc, next))) next++;
      const prep = lowerAt(doc, next);
      if (noun && (prep === 'of' || prep === 'between')) {
        // "the merger of X and/with/into Y"
        const a = partyAt(doc, index, next + 1, end);
        if (!a) continue;
        const join = afterParty(doc, a);
        const b = ['and', 'with', 'into'].includes(lowerAt(doc, join)) ? partyAt(doc, index, join + 1, end) : undefined;
        [acquirer, target] = lowerAt(doc, join) === 'into' && b ? [b, a] : [a, b];
        // "the merger of the two companies"
        if (!b && a.names.length > 1) [acquirer, target] = [{ ...a, names: [a.names[0]!] }, { ...a, names: [a.names[1]!] }];
        to = b ? b.tokenEnd : a.tokenEnd;
      } else {
        const subject = findSubject(doc, index, k, sentence.tokenStart);
        // "agreed to merge San/Bar into Resdel", "merge its unit, X, with Y"
        if (verb && !['with', 'into', 'and'].includes(prep)) {
          const object = partyAt(doc, index, next, end);
          const join = object ? afterParty(doc, object) : -1;
          const into = object && ['with', 'into'].includes(lowerAt(doc, join)) ? partyAt(doc, index, join + 1, end) : undefined;
          if (object && into) {
            const absorbing = lowerAt(doc, join) === 'into';
            report(ctx, {
              type: 'merger',
              acquirer: absorbing ? into : object,
              target: absorbing ? object : into,
              seller: subject?.parties[0] && !subject.parties.some((p) => p.names[0] === object.names[0] || p.names[0] === into.names[0]) ? subject.parties[0] : undefined,
              status: statusOf(doc, Math.min(k, subject?.parties[0]?.tokenStart ?? k), k),
              base: 0.8,
              from: Math.min(k, subject?.parties[0]?.tokenStart ?? k),
              to: into.tokenEnd,
            });
            continue;
          }
        }
        const other = prep === 'with' || prep === 'into' ? partyAt(doc, index, next + 1, end) : undefined;
        // "they" for a pair stands for both
        // companies merge, people do not
        const subjects = (subject?.parties ?? []).filter((p) => !p.person).flatMap((p) => (p.names.length > 1 ? p.names.map((n) => ({ ...p, names: [n] })) : [p]));
        const absorbed = prep === 'into' || (verb && isPassive(doc, k, sentence.tokenStart) && prep === 'into');
        // "its board and the board of Fleet Financial Group approved an agreement to merge": the other side was passed on the way
        const partner = other ?? (subjects.length === 1 && subject?.passed && subject.passed.names[0] !== subjects[0]!.names[0] ? subject.passed : undefined);
        if (subjects.length >= 2 && !other) [acquirer, target] = [subjects[0], subjects[1]];
        else if (absorbed) [acquirer, target] = [other, subjects[0]];
        else if (!subjects.length && other && subject?.passed && subject.passed.names[0] !== other.names[0]) [acquirer, target] = [subject.passed, other];
        else [acquirer, target] = [subjects[0], partner];
        if (!acquirer && !target) continue;
        from = Math.min(k, subjects[0]?.tokenStart ?? k);
        to = Math.max(k + 1, other?.tokenEnd ?? 0);
      }
      if (!acquirer || !target) continue;
      const price = priceAfter(doc, to, end);
      report(ctx, {
        type: 'merger',
        acquirer,
        target,
        value: toMoney(price),
        status: statusOf(doc, from, k, noun ? 'announced' : undefined),
        base: 0.8,
        from,
        to,
      });
    }
  },
};
