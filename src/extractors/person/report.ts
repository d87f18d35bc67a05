// The one way person rules report: evidence from the first to the last part
// (name, title, organization), roles from the title.
import { decodeEntities } from '../../read/entities.js';
import type { RuleContext } from '../rule.js';
import type { OrgRef } from './context.js';
import type { TitleSpan } from './title.js';
import { HONORIFICS } from '../../lexicon/people.js';
import { BODY_WORDS_AFTER, PARTY_WORDS } from '../../lexicon/organizations.js';
import { isLegislator } from './legislator.js';
import { isNationalRole } from './country.js';

export interface PersonFinding {
  name: string;
  nameTokens: [number, number];
  /** none where only the organization is stated ("said Jane Roe of Acme Corp") */
  title: TitleSpan | undefined;
  org: OrgRef | undefined;
  confidence: number;
}

export function reportPerson(ctx: RuleContext, f: PersonFinding): void {
  const tokens = ctx.doc.tokens;
  const title = f.title;
  // a person is a fact for a role or for an employer: one of them must be there
  if (title ? !title.roles.length : !f.org) return;
  // ("your star presenter Mr P.": an initial alone names no one a reader could find)
  // ... nor initials alone ("principal U. S. makers")
  if (INITIAL_ONLY.test(withoutHonorific(f.name)) || INITIALS_ONLY.test(f.name)) return;
  // ("Dilson Funaro, chief architect of the Cruzado Plan": who drew up a plan, a policy or a building holds no post)
  if (title && title.roles.some((r) => AUTHOR.test(r)) && tokens[title.tokenEnd]?.lower === 'of') return;
  f = { ...f, org: withBodyWord(ctx, partyOrg(f.org, title?.roles ?? []), title) };
  const first = Math.min(f.nameTokens[0], title?.tokenStart ?? Infinity, f.org?.tokenStart ?? Infinity);
  const last = Math.max(f.nameTokens[1], title?.tokenEnd ?? -Infinity, f.org?.tokenEnd ?? -Infinity) - 1;
  ctx.report({
    kind: 'person',
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    confidence: f.org?.viaReference ? f.confidence - 0.15 : f.confidence,
    // ("Jos&#233; Manuel Barroso": a character reference left in text from the web is the letter the writer wrote)
    name: decodeEntities(withoutHonorific(f.name)),
    // a title wrapped over two lines of wire copy is still one title
    title: title ? title.text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ') : null,
    // (and so are its roles: "trade and\nindustry secretary")
    roles: title?.roles.map((r) => r.replace(/\s+/g, ' ')) ?? [],
    org: f.org?.name ?? null,
  });
}

/** The word for who designed something ("chief architect of the plan"); a firm's post has no "of" after it ("chief software architect at Microsoft"). */
const AUTHOR = /(?:^| )architect$/;

/**
 * "chairman of the Mozilla foundation", "economist at DZ bank", "chairman of the Commons public accounts
 * committee": the body is named with its word in lower case, which is part of its name as written.
 */
function withBodyWord(ctx: RuleContext, org: OrgRef | undefined, title: TitleSpan | undefined): OrgRef | undefined {
  // (not a word the title has taken: "DZ bank economist")
  if (!org || org.viaReference || org.tokenEnd === title?.tokenStart) return org;
  const tokens = ctx.doc.tokens;
  let k = org.tokenEnd;
  while (k < ctx.sentence.tokenEnd && k < org.tokenEnd + 3 && /^[a-z]+$/.test(tokens[k]!.text) && !BODY_WORDS_AFTER.has(tokens[k]!.text) && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k++;
  if (!BODY_WORDS_AFTER.has(tokens[k]?.text ?? '') || org.name.toLowerCase().endsWith(tokens[k]!.text)) return org;
  // (a party is named by its word alone: "Labour party chairman" is Labour's, as "Labour leader" is)
  if (PARTY_WORDS.has(org.name) && tokens[k]!.text === 'party') return org;
  // (not a word that goes on into another name or a possessive: "the Senate banking committee's chairman")
  const next = tokens[k + 1];
  if (next && (/^['’]s?$/.test(next.text) || /^\p{Lu}/u.test(next.text)) && next.sentence === tokens[k]!.sentence) return org;
  return { ...org, name: `${org.name} ${ctx.doc.text.slice(tokens[org.tokenEnd]!.start, tokens[k]!.end).replace(/\s+/g, ' ')}`, tokenEnd: k + 1 };
}

const INITIAL_ONLY = /^\p{Lu}\.?$/u;
const INITIALS_ONLY = /^(?:\p{Lu}\.\s*)+$/u;

/** "Sir John Stevens" → "John Stevens", "Sheikh Ali al-Sabah" → "Ali al-Sabah": the name without honorifics or a rank after it, where two words are left. */
function withoutHonorific(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (words.length - k > 2 && HONORIFICS.has(words[k]!.toLowerCase())) k++;
  // "Catherine Oduya QC": a barrister's rank after the name is no part of it
  let e = words.length;
  while (e - k > 2 && POST_NOMINALS.has(words[e - 1]!)) e--;
  return words.slice(k, e).join(' ');
}
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'CBE', 'OBE', 'MBE', 'KBE']);

/**
 * "Tory leader Michael Howard", "Labour MP Ann Cryer": a party named by its
 * word is the party; "Socialist President Francois Mitterrand": before a
 * government office it is the officer's party, not whom they serve (a shadow
 * office is the party's own).
 */
function partyOrg(org: OrgRef | undefined, roles: string[]): OrgRef | undefined {
  if (!org || org.viaReference || !PARTY_WORDS.has(org.name)) return org;
  // ("Lib Dem spokesman", "Tory leader": a clipped name or a nickname stays as written, as readers name the party)
  // (a government office held before is no government's now: "former Labour minister Jack Cunningham" is Labour's)
  // ("Labour MP and former Cabinet minister": each office a government's now is what makes the party no employer)
  const governmentsNow = roles.filter((r) => isNationalRole([r]) && !r.startsWith('former '));
  return governmentsNow.length && !roles.some((r) => /\bshadow\b/.test(r)) && !isLegislator(roles) ? undefined : org;
}
