// One name per organization throughout a document, whichever extractor found it.
import type { Entities } from '../entities/entities.js';
import type { Fact } from '../types.js';
import { CENTRAL_BANK_NAME } from '../lexicon/organizations.js';

const dropPossessive = (s: string) => s.replace(/['’]s?$/, '');

/** A country's initials before a central bank's own name: "U.S. Federal Reserve Board", "US Fed". */
const INITIALS_BEFORE_BANK = /^(?:U\.S\.|US)\s+(?=(?:Federal Reserve|Fed)\b)/;

/**
 * The name a central bank goes by, without the initials of the country a
 * writer put before it ("U.S. Federal Reserve" is the Federal Reserve, as the
 * bank and most news name it); any other name as it is.
 */
export function withoutOwnersInitials(org: string): string {
  const rest = org.replace(INITIALS_BEFORE_BANK, '');
  return rest !== org && (CENTRAL_BANK_NAME.test(rest) || rest === 'Fed') ? rest : org;
}

export function canonicalizeOrganizations(facts: Fact[], entities: Entities): void {
  const canon = (s: string) => entities.canonicalOrg(dropPossessive(s.trim()));
  for (const f of facts) {
    switch (f.kind) {
      case 'deal':
        f.parties = [...new Set(f.parties.map(canon))];
        if (f.acquirer) f.acquirer = canon(f.acquirer);
        if (f.seller) f.seller = canon(f.seller);
        if (f.target && entities.typeOf(f.target) === 'org') f.target = canon(f.target);
        break;
      case 'person':
        if (f.org && entities.typeOf(f.org) === 'org') f.org = canon(f.org);
        if (f.org) f.org = withoutOwnersInitials(f.org);
        break;
      case 'expansion':
        f.company = canon(f.company);
        break;
      case 'date':
        break;
    }
  }
}
