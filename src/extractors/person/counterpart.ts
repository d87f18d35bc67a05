// "French Defence Minister Andre Giraud and his West German counterpart Manfred
// Woerner", "Euronext chief Jean-Francois Theodore is to meet his LSE
// counterpart Clara Furse": a counterpart holds the same post as the person
// the sentence names before, for the country or organization named with them.
import type { Rule, RuleContext } from '../rule.js';
import { isGovernment } from './apposition.js';
import { ownerOrg, personMentions, personNameAt } from './context.js';
import { reportPerson } from './report.js';
import { titleAt, type TitleSpan } from './title.js';

const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const COUNTERPART = new Set(['counterpart', 'counter-part']);
/** Words between the pronoun and "counterpart": a country ("West German"), an organization ("LSE"), "southern". */
const MAX_OWNER_WORDS = 3;

export const counterpartRule: Rule<'person'> = {
  id: 'person/counterpart',
  kind: 'person',
  description: 'A person named as "his ... counterpart" of someone whose post the sentence states: the same post.',
  run(ctx) {
    const { doc } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      const word = m.tokenStart - 1;
      // ("counter-part", as some wire copy spells it)
      if (!COUNTERPART.has(doc.tokens[word]?.lower ?? '')) continue;
      let pronoun = word - 1;
      while (pronoun > ctx.sentence.tokenStart && word - pronoun <= MAX_OWNER_WORDS && !OWNER_PRONOUNS.has(doc.tokens[pronoun]!.lower)) pronoun--;
      if (!OWNER_PRONOUNS.has(doc.tokens[pronoun]?.lower ?? '')) continue;
      const named = postNamedBefore(ctx, pronoun);
      if (!named) continue;
      const title = withoutNation(ctx, named);
      const org = pronoun + 1 < word ? ownerOrg(ctx, [pronoun + 1, word], isGovernment(title.roles)) : undefined;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: 0.6 });
    }
  },
};

/** The last title before token `end` that stands right before a person's name ("Defence Minister Andre Giraud"). */
function postNamedBefore(ctx: RuleContext, end: number): TitleSpan | undefined {
  let found: TitleSpan | undefined;
  for (let k = ctx.sentence.tokenStart; k < end; k++) {
    // (a title starts after its organization's name: "Euronext chief")
    const named = ctx.entities.mentionAt(k);
    if (named) {
      k = named.tokenEnd - 1;
      continue;
    }
    const title = titleAt(ctx.doc, k, end);
    if (!title || !title.roles.length) continue;
    if (personNameAt(ctx, title.tokenEnd)) found = title;
    k = title.tokenEnd - 1;
  }
  return found;
}

/**
 * The post without the nation's adjective inside it, which is the other person's ("chief Portuguese negotiator Rui
 * Medina ... his Chinese counterpart Zhou Nan" is China's chief negotiator).
 */
function withoutNation(ctx: RuleContext, title: TitleSpan): TitleSpan {
  for (let k = title.tokenStart + 1; k < title.tokenEnd - 1; k++) {
    const m = ctx.entities.mentionAt(k);
    if (m?.type !== 'place' || !m.adjective || m.tokenEnd >= title.tokenEnd) continue;
    const drop = (text: string) => {
      const at = text.toLowerCase().indexOf(m.surface.toLowerCase());
      return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + m.surface.length)}`.replace(/\s+/g, ' ').trim();
    };
    return { ...title, text: drop(title.text), roles: title.roles.map(drop) };
  }
  return title;
}
