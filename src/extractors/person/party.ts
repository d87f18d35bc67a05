// "Labour leader Neil Kinnock", "Tony Banks, Labour MP for West Ham": a party's
// word opening a post names the party the post is held in.
import { tokenAt, type Doc } from '../../document/document.js';
import type { RuleContext } from '../rule.js';
import type { OrgRef } from './context.js';
import { partyNameLength } from '../../entities/names.js';
import { isNationalRole } from './country.js';
import { splitRoles, type TitleSpan } from './title.js';
import { PARTY_WORDS } from '../../lexicon/organizations.js';

const PARTYS_MINISTER = /^former (?:junior |deputy |cabinet )?minister$/;

/** "Labour leader", "Labour MP": the party word that opens a title, and the title after it, unless the rest is a government office ("Labour Minister"). */
export function partyOpening(ctx: RuleContext, title: TitleSpan): { org: OrgRef; title: TitleSpan } | undefined {
  const { doc } = ctx;
  // ("former Labour MP George Galloway": a past post keeps its "former", the party leaves the role)
  const former = /^(?:former|ex)$/i.test(doc.tokens[title.tokenStart]!.text) ? 1 : 0;
  const at = title.tokenStart + former;
  const first = doc.tokens[at]!;
  // ("Ex-Labour minister Frank Field": the party glued to "Ex-")
  const glued = /^ex-/i.test(first.text) && PARTY_WORDS.has(first.text.slice(3));
  const party = glued ? first.text.slice(3) : first.text;
  if (title.tokenEnd - at < 2 || !PARTY_WORDS.has(party)) return undefined;
  const post = doc.text.slice(doc.tokens[at + 1]!.start, doc.tokens[title.tokenEnd - 1]!.end);
  const roles = splitRoles(former || glued ? `former ${post}` : post);
  // ("former Labour minister Jack Cunningham": a minister no more, "minister" in lower case after a party's word, is the
  // party's, beside its other posts too, "Veteran Labour MP and former Cabinet minister"; "Labour Minister Norbert Bluem"
  // and "Labour minister, Alfredo Franco" are ministers of labour)
  const partysMinister = !/\bMinister\b/.test(post) && roles.filter((r) => isNationalRole([r])).every((r) => PARTYS_MINISTER.test(r)) && roles.some((r) => PARTYS_MINISTER.test(r));
  if (!roles.length || (isNationalRole(roles) && !partysMinister)) return undefined;
  const text = former ? doc.text.slice(doc.tokens[title.tokenStart]!.start, doc.tokens[title.tokenEnd - 1]!.end) : glued ? `${first.text.slice(0, 3)}${post}` : post;
  return {
    org: { name: party, tokenStart: at, tokenEnd: at + 1, viaReference: false },
    title: { tokenStart: former ? title.tokenStart : at + 1, tokenEnd: title.tokenEnd, text, roles },
  };
}

/** An opposition's post, held or left: "shadow home secretary", "former shadow chancellor". */
export const isShadowPost = (roles: readonly string[]): boolean => roles.length > 0 && roles.every((r) => /^(?:former )?shadow\b/.test(r));

/** How many sentences before a shadow post's its party is looked for. */
const PARTY_SENTENCES_BEFORE = 2;

/**
 * The party a story names near a shadow post at `offset`: nearest before it in its sentence or the two before, else
 * after it in its sentence; as written ("Tories"). A shadow post is the opposition's, and a story names the holder's
 * party close to the post ("The Tories ... Shadow home secretary David Davis") more often than it writes it into the
 * title. A party that opens another person's post ("Liberal Democrat leader Charles Kennedy") is that person's, and
 * is passed over (`othersPost`).
 */
export function partyNamedNear(doc: Doc, offset: number, othersPost: (start: number) => boolean): string | undefined {
  const at = tokenAt(doc, offset);
  const sentence = doc.tokens[at]?.sentence ?? doc.sentences.length - 1;
  const from = doc.sentences[Math.max(0, sentence - PARTY_SENTENCES_BEFORE)]!.tokenStart;
  const to = doc.sentences[sentence]!.tokenEnd;
  let before: string | undefined;
  for (let k = from; k < to; k++) {
    const words = partyNameLength(doc, k, to);
    if (!words || othersPost(doc.tokens[k]!.start)) continue;
    const party = doc.text.slice(doc.tokens[k]!.start, doc.tokens[k + words - 1]!.end);
    if (k >= at) return before ?? party;
    before = party;
    k += words - 1;
  }
  return before;
}
