// "David Blunkett has apologised to MPs after ... The home secretary confirmed
// the review was to get under way": news names a person as the subject of one
// sentence and refers back to them by their post at the start of the next.
import type { Rule, RuleContext } from '../rule.js';
import { orgAfter, personNameAt } from './context.js';
import { isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { SPEECH_VERBS } from '../../lexicon/people.js';
import { PARTY_WORDS } from '../../lexicon/organizations.js';
import { isNationalRole } from './country.js';
import { employerFrom, titleAt } from './title.js';

/** Posts one person holds, so that "the" post points back to its holder (a spokesman or an analyst is anyone's). */
const HELD_BY_ONE = /^(?:chairman|president|chief executive officer|chief financial officer|chief operating officer|founder|leader|prime minister|chancellor|.*(?:minister|secretary|governor|commissioner|ambassador|mayor|premier))$/;

export const nameThenTitleRule: Rule<'person'> = {
  id: 'person/name-then-title',
  kind: 'person',
  description: 'A person opening one sentence as its subject, "The" and a post they alone hold opening the next.',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    if (sentence.index === 0) return;
    const k = sentence.tokenStart;
    if (doc.tokens[k]?.lower !== 'the') return;
    // ("The Tory leader said": the party opens the post)
    // (not a government office: "The Labour Minister" may be the minister of labour)
    let party = PARTY_WORDS.has(doc.tokens[k + 1]?.text ?? '') ? k + 1 : undefined;
    let title = titleAt(doc, party === undefined ? k + 1 : k + 2, sentence.tokenEnd);
    if (party !== undefined && title && isNationalRole(title.roles)) [party, title] = [undefined, titleAt(doc, k + 1, sentence.tokenEnd)];
    if (!title || !title.roles.length || !title.roles.every((r) => HELD_BY_ONE.test(r))) return;
    // the post is the subject, with nothing after it that names another holder
    const org = orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles));
    const after = doc.tokens[org && !org.viaReference && org.tokenEnd > title.tokenEnd ? org.tokenEnd : title.tokenEnd];
    if (!after || !(after.pos === 'VERB' || after.pos === 'AUX') || entities.mentionAt(title.tokenEnd)) return;
    const holder = subjectOf(ctx, sentence.index - 1);
    if (!holder) return;
    reportPerson(ctx, { name: holder.name, nameTokens: [holder.tokenStart, holder.tokenEnd], title, org: party !== undefined ? { name: doc.tokens[party]!.text, tokenStart: party, tokenEnd: party + 1, viaReference: false } : org && !org.viaReference ? org : undefined, confidence: 0.55 });
  },
};

/**
 * The one person a sentence names, as the subject of a verb: opening the sentence, or later where no other
 * person is named in it ("Next year will be make or break, Gordon Brown will say").
 */
function subjectOf(ctx: RuleContext, index: number): { name: string; tokenStart: number; tokenEnd: number } | undefined {
  const { doc, entities } = ctx;
  const s = doc.sentences[index]!;
  let found: { name: string; tokenStart: number; tokenEnd: number } | undefined;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const m = entities.mentionAt(k);
    if (m?.type !== 'person' || m.tokenStart !== k) continue;
    // (no other person the post could point back to)
    if (found) return undefined;
    const name = !m.possessive && m.tokenEnd - m.tokenStart >= 2 ? personNameAt(ctx, k) : undefined;
    const next = doc.tokens[m.tokenEnd];
    if (!name || !next || !(next.pos === 'VERB' || next.pos === 'AUX')) return undefined;
    // (later in the sentence, only as the one who says it: "..., Jack Straw said.", "Gordon Brown will say")
    if (k > s.tokenStart && !speaks(doc, m.tokenEnd)) return undefined;
    found = { name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd };
  }
  return found;
}

/** Whether a verb of saying, after at most one auxiliary, starts at token `k` ("said", "has said", "will say"). */
function speaks(doc: RuleContext['doc'], k: number): boolean {
  const verb = doc.tokens[k]?.pos === 'AUX' ? doc.tokens[k + 1] : doc.tokens[k];
  return !!verb && (SPEECH_VERBS.has(verb.lower) || verb.lower === 'say');
}
