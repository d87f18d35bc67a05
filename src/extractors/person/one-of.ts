// "James Cosgrave, one of the company's directors, said", "One of their
// leaders, Orlando dos Santos, told Reuters": one of several who hold a post
// holds it too, in the singular.
import type { Rule, RuleContext } from '../rule.js';
import type { OrgRef } from './context.js';
import { personMentions } from './context.js';
import { reportPerson } from './report.js';
import { pluralPost } from './listed-names.js';
import type { TitleSpan } from './title.js';

/** Words between "one of" and the post that own it or say nothing of it. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

export const oneOfRule: Rule<'person'> = {
  id: 'person/one-of',
  kind: 'person',
  description: 'A name set off by commas beside "one of" and a post in the plural: "X, one of the company\'s directors,".',
  run(ctx) {
    const { doc } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive) continue;
      // after the name
      if (doc.tokens[m.tokenEnd]?.text === ',') {
        const post = oneOfPost(ctx, m.tokenEnd + 1);
        if (post && (closes(ctx, post.end) || qualifiedUntilClose(ctx, post.end))) reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: post.title, org: post.org, confidence: 0.75 });
      }
      // before it, opening the sentence
      if (doc.tokens[m.tokenStart - 1]?.text === ',' && closes(ctx, m.tokenEnd)) {
        const post = oneOfPost(ctx, ctx.sentence.tokenStart);
        if (post && post.end === m.tokenStart - 1) reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title: post.title, org: post.org, confidence: 0.75 });
      }
    }
  },
};

/** A comma, the sentence's end or a verb right after `k`. */
function closes(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !t || k >= ctx.sentence.tokenEnd || t.text === ',' || (k + 1 === ctx.sentence.tokenEnd && t.pos === 'PUNCT');
}

/** "one of the company's directors" at `k`: the post in the singular, and its owner where the text names one. */
function oneOfPost(ctx: RuleContext, k: number): { title: TitleSpan; org: OrgRef | undefined; end: number } | undefined {
  const { doc, entities } = ctx;
  if (doc.tokens[k]?.lower !== 'one' || doc.tokens[k + 1]?.lower !== 'of') return undefined;
  let j = k + 2;
  let org: OrgRef | undefined;
  // "the company's", "its", "Acme's"
  const reference = entities.referenceAt(j);
  if (reference && reference.possessive && reference.names.length === 1) {
    org = { name: reference.names[0]!, tokenStart: reference.tokenStart, tokenEnd: reference.tokenEnd, viaReference: true };
    j = reference.tokenEnd + (/^['’]s$/.test(doc.tokens[reference.tokenEnd]?.text ?? '') ? 1 : 0);
  } else if (DETERMINERS.has(doc.tokens[j]?.lower ?? '')) j++;
  const owner = entities.mentionAt(j);
  // ("one of the TNO researchers": the organization's name before the post, with no possessive)
  if (!org && owner && owner.type === 'org') {
    org = { name: owner.name, tokenStart: owner.tokenStart, tokenEnd: owner.tokenEnd, viaReference: false };
    j = owner.tokenEnd + (/^['’]s?$/.test(doc.tokens[owner.tokenEnd]?.text ?? '') ? 1 : 0);
  }
  const title = pluralPost(ctx, j, true);
  if (!title) return undefined;
  // "one of the researchers at Intel"
  const after = doc.tokens[title.tokenEnd]?.lower ?? '';
  const employer = !org && EMPLOYER_PREPOSITIONS.has(after) ? entities.mentionAt(title.tokenEnd + 1) : undefined;
  if (employer?.type === 'org') org = { name: employer.name, tokenStart: employer.tokenStart, tokenEnd: employer.tokenEnd, viaReference: false };
  return { title, org, end: employer?.type === 'org' ? employer.tokenEnd : title.tokenEnd };
}

/** Prepositions after a post that name its employer next. */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'of', 'with']);
/** Words of a phrase that may qualify the post before the comma or the sentence's end ("behind the project"). */
const MAX_QUALIFIER_WORDS = 6;

/** "one of the researchers behind the project,": a phrase opened by a preposition right after the post, then a close. */
function qualifiedUntilClose(ctx: RuleContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  // (not "of": what follows it is what the post is of, "one of the co-founders of the Top500 list")
  if (!t || t.pos !== 'ADP' || t.lower === 'of') return false;
  for (let n = k + 1; n < ctx.sentence.tokenEnd && n <= k + MAX_QUALIFIER_WORDS; n++) {
    if (closes(ctx, n)) return true;
    // (a clause of its own ends the post's phrase: "one of the directors who said")
    if (ctx.doc.tokens[n]!.pos === 'VERB' || ctx.doc.tokens[n]!.pos === 'AUX') return false;
  }
  return false;
}
