// The one way person rules report: evidence from the first to the last part
// (name, title, organization), roles from the title.
import type { RuleContext } from '../rule.js';
import type { OrgRef } from './context.js';
import type { TitleSpan } from './title.js';
import { HONORIFICS } from '../../lexicon/people.js';
import { PARTY_WORDS } from '../../lexicon/organizations.js';
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
  f = { ...f, org: partyOrg(f.org, title?.roles ?? []) };
  const first = Math.min(f.nameTokens[0], title?.tokenStart ?? Infinity, f.org?.tokenStart ?? Infinity);
  const last = Math.max(f.nameTokens[1], title?.tokenEnd ?? -Infinity, f.org?.tokenEnd ?? -Infinity) - 1;
  ctx.report({
    kind: 'person',
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    confidence: f.org?.viaReference ? f.confidence - 0.15 : f.confidence,
    name: withoutHonorific(f.name),
    // a title wrapped over two lines of wire copy is still one title
    title: title ? title.text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ') : null,
    roles: title?.roles ?? [],
    org: f.org?.name ?? null,
  });
}

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
  if (!org || org.viaReference || !Object.hasOwn(PARTY_WORDS, org.name)) return org;
  if (isNationalRole(roles) && !roles.some((r) => /\bshadow\b/.test(r))) return undefined;
  return { ...org, name: PARTY_WORDS[org.name]! };
}
