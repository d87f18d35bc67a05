// "King Fahd of Saudi Arabia", "Jordan's King Hussein", "Saudi King Fahd":
// a monarch's style before a name is a post only where the text ties it to a
// country; alone, "King Kong" and "Queen Vic" are names, not posts.
import type { Rule, RuleContext } from '../rule.js';
import type { EntityMention } from '../../entities/entities.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import { MONARCH_STYLES } from '../../lexicon/titles.js';
import { ownerOrg, type OrgRef } from './context.js';
import { reportPerson } from './report.js';
import { countryWeight, storyCountry } from './country.js';
import { isDictionaryWord } from '../../document/nlp.js';

export const monarchRule: Rule<'person'> = {
  id: 'person/monarch',
  kind: 'person',
  description: 'A monarch\'s style before a name, with the country the text ties it to: "King Fahd of Saudi Arabia".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const m = entities.mentionAt(k);
      if (!m || m.tokenStart !== k || m.type === 'place' || m.tokenEnd - m.tokenStart < 2) continue;
      // ("Saudi King Fahd": the country's adjective read into the name)
      // ... of one word or two ("Saudi Arabian Crown Prince Abdullah")
      const adjective = countryAdjectiveWords(ctx, m.tokenStart);
      const style = m.tokenStart + adjective;
      const styleEnd = styleEndAt(ctx, style);
      if (!styleEnd || m.tokenEnd - styleEnd < 1) continue;
      const text = doc.text.slice(doc.tokens[style]!.start, doc.tokens[styleEnd - 1]!.end).replace(/\s+/g, ' ');
      const country = adjective ? ownerOrg(ctx, [m.tokenStart, m.tokenStart + adjective], true) : (countryTiedTo(ctx, m) ?? storyMonarchy(ctx, m, styleEnd, text.toLowerCase()));
      if (!country) continue;
      const name = doc.text.slice(doc.tokens[styleEnd]!.start, m.end).replace(/\s+/g, ' ');
      const title = { tokenStart: style, tokenEnd: styleEnd, text, roles: [text.toLowerCase()] };
      reportPerson(ctx, { name, nameTokens: [styleEnd, m.tokenEnd], title, org: country, confidence: 0.8 });
    }
  },
};

/** How many words at `k` make a country's adjective: "Saudi" 1, "Saudi Arabian" 2, else 0. */
function countryAdjectiveWords(ctx: RuleContext, k: number): number {
  const one = ctx.doc.tokens[k]!.text;
  const two = `${one} ${ctx.doc.tokens[k + 1]?.text ?? ''}`;
  if (lookupPlaceAdjective(two)?.kind === 'country') return 2;
  return lookupPlaceAdjective(one)?.kind === 'country' ? 1 : 0;
}

/** The end of a monarch's style of one or two words at `k` ("King", "Crown Prince"), if one is there. */
function styleEndAt(ctx: RuleContext, k: number): number | undefined {
  const one = ctx.doc.tokens[k]?.text ?? '';
  if (MONARCH_STYLES.has(`${one} ${ctx.doc.tokens[k + 1]?.text ?? ''}`)) return k + 2;
  return MONARCH_STYLES.has(one) ? k + 1 : undefined;
}

/**
 * "it is probable King Fahd will announce": with no country tied to it in the sentence, the story's country where
 * that is a monarchy named twice or more, for a name no dictionary lists ("King World" and "King Crimson" are no
 * monarch's, nor is "King Kong" in a film story that names Morocco once). Not a queen: the stage's and the ship's
 * outnumber the reigning ones the text does not tie to their country ("Queen Latifah", "Queen Mary").
 */
function storyMonarchy(ctx: RuleContext, m: EntityMention, nameStart: number, role: string): OrgRef | undefined {
  if (role === 'queen') return undefined;
  for (let k = nameStart; k < m.tokenEnd; k++) if (isDictionaryWord(ctx.doc.tokens[k]!.lower)) return undefined;
  const name = storyCountry(ctx.doc, ctx.entities, [role]);
  return name && name === storyCountry(ctx.doc, ctx.entities, []) && countryWeight(ctx.doc, ctx.entities, name) >= 2 ? { name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: true } : undefined;
}

/** The country right after the name ("of Saudi Arabia") or whose possessive stands right before it ("Jordan's"). */
function countryTiedTo(ctx: RuleContext, m: EntityMention): OrgRef | undefined {
  const { doc, entities } = ctx;
  const after = doc.tokens[m.tokenEnd]?.lower === 'of' ? entities.mentionAt(m.tokenEnd + 1) : undefined;
  const before = /^['’]s?$/.test(doc.tokens[m.tokenStart - 1]?.text ?? '') ? entities.mentionEndingAt(m.tokenStart - 2) : undefined;
  for (const c of [after, before]) {
    if (c?.type === 'place' && c.code && lookupPlace(c.surface)?.kind === 'country') return { name: c.name, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, viaReference: false };
  }
  return undefined;
}
