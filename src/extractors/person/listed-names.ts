// "James Allen, Judith Areen and Carl Aycock": names listed one after another,
// each a person's, as lists of officers and appointees write them.
import type { RuleContext } from '../rule.js';
import { pastPostnominal, personNameAt } from './context.js';
import { GIVEN_NAMES, HONORIFICS } from '../../lexicon/people.js';
import { pastPartyState } from '../../entities/classify.js';
import { singularPost, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { splitRoles, type TitleSpan } from './title.js';

/** The longest post in the plural read at once. */
const MAX_POST_TOKENS = 6;

/**
 * "directors", "officers and directors", "executive vice presidents" at `k`: the post each of several holds, as
 * written, with its roles in the singular. With `described`, any lower-case word may describe the post too
 * ("founding members", "top merger specialists").
 */
export function pluralPost(ctx: RuleContext, k: number, described = false): TitleSpan | undefined {
  const { doc, sentence } = ctx;
  const singular: string[] = [];
  let end = k;
  let lastPlural = -1;
  for (let n = k; n < sentence.tokenEnd && n < k + MAX_POST_TOKENS; n++) {
    const t = doc.tokens[n]!;
    if (!/^[a-z-]+$/.test(t.text)) break;
    const one = singularPost(t.lower);
    if (one) {
      singular.push(one);
      lastPlural = n;
    } else if (t.lower === 'and' || TITLE_MODIFIERS.has(t.lower) || (described && (t.pos === 'ADJ' || t.pos === 'NOUN' || /ing$/.test(t.lower)))) singular.push(t.lower);
    else break;
    end = n + 1;
  }
  // the post ends in its plural: "officers and directors", not "directors and a bank"
  if (lastPlural < 0 || lastPlural !== end - 1) return undefined;
  const text = doc.text.slice(doc.tokens[k]!.start, doc.tokens[end - 1]!.end);
  const roles = splitRoles(singular.join(' '));
  return roles.length ? { tokenStart: k, tokenEnd: end, text, roles } : undefined;
}

/**
 * "photographers David Bailey, Rankin and Nan Goldin": a single capitalized word listed between people's names is a
 * person known by one name, where the list goes on with another person's name after it.
 */
function knownByOneName(ctx: RuleContext, k: number): string | undefined {
  const { doc, entities } = ctx;
  const m = entities.mentionAt(k)!;
  if (m.tokenEnd !== k + 1 || m.type === 'org' || m.type === 'place' || !/^\p{Lu}\p{Ll}+$/u.test(m.surface)) return undefined;
  const separator = doc.tokens[k + 1]?.lower;
  const next = separator === 'and' ? k + 2 : separator === ',' ? (doc.tokens[k + 2]?.lower === 'and' ? k + 3 : k + 2) : -1;
  return next > 0 && personNameAt(ctx, next) ? m.surface : undefined;
}

/**
 * "principals Sidney and Peter Kaplan": a given name alone before "and" and a given name with a family name shares that
 * family name; the name it makes, else undefined.
 */
function sharedFamilyName(ctx: RuleContext, k: number): string | undefined {
  const { doc, entities } = ctx;
  const t = doc.tokens[k]!;
  if (entities.mentionAt(k)?.tokenEnd !== k + 1 || !GIVEN_NAMES.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || doc.tokens[k + 1]?.lower !== 'and') return undefined;
  const next = entities.mentionAt(k + 2);
  const full = next?.tokenStart === k + 2 ? personNameAt(ctx, k + 2) : undefined;
  if (!full || !GIVEN_NAMES.has(doc.tokens[k + 2]!.lower) || next!.tokenEnd - next!.tokenStart < 2) return undefined;
  return `${t.text} ${full.slice(full.indexOf(' ') + 1)}`;
}

/** The names listed from token `k`: "A, B and C", each a person's. */
export function namesAfter(ctx: RuleContext, k: number): Array<[number, number, string]> {
  const { doc, entities, sentence } = ctx;
  const names: Array<[number, number, string]> = [];
  while (k < sentence.tokenEnd) {
    // ("artists Sir Peter Blake, Tracey Emin and ...": past a name's honorific)
    if (HONORIFICS.has(doc.tokens[k]!.lower) && entities.mentionAt(k + 1)?.tokenStart === k + 1) k++;
    const m = entities.mentionAt(k);
    const name = m && m.tokenStart === k && !m.possessive ? (personNameAt(ctx, k) ?? sharedFamilyName(ctx, k) ?? (names.length ? knownByOneName(ctx, k) : undefined)) : undefined;
    if (!m || !name) break;
    names.push([m.tokenStart, m.tokenEnd, name]);
    // (past a post written after the name: "Nicholas Blake QC, Andrew Nicol QC and ...")
    k = afterHomePlace(ctx, pastPostnominal(doc, m.tokenEnd));
    const next = doc.tokens[k]?.lower;
    if (next === 'and') k++;
    else if (next === ',') k += doc.tokens[k + 1]?.lower === 'and' ? 2 : 1;
    else break;
    if (names.length > 1 && doc.tokens[k - 1]?.lower === 'and') {
      const last = entities.mentionAt(k);
      const lastName = last && last.tokenStart === k && !last.possessive ? personNameAt(ctx, k) : undefined;
      if (last && lastName) names.push([last.tokenStart, last.tokenEnd, lastName]);
      return names;
    }
  }
  return names;
}

/** Past a legislator's state after a listed name ("Larry Craig of Idaho and Beau Bolter of Texas", "Alan Cranston (D-Cal.) and"). */
function afterHomePlace(ctx: RuleContext, k: number): number {
  const { doc } = ctx;
  if (doc.tokens[k]?.text === '(') {
    const past = pastPartyState(doc, k, ctx.sentence.tokenEnd);
    // ... or the state alone ("Mitch McConnell (Ky.) and Pete Wilson (Calif.)")
    const state = doc.tokens[k + 1];
    const alone = doc.tokens[k + 2]?.text === ')' && !!state && /^\p{Lu}[\p{L}.]*$/u.test(state.text) && (state.text.endsWith('.') || ctx.entities.mentionAt(k + 1)?.type === 'place');
    return past > 0 ? past : alone ? k + 3 : k;
  }
  const place = doc.tokens[k]?.lower === 'of' ? ctx.entities.mentionAt(k + 1) : undefined;
  return place && place.type === 'place' && !place.possessive ? place.tokenEnd : k;
}
