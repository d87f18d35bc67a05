// One name per organization throughout a document, whichever extractor found it.
import type { Entities } from '../entities/entities.js';
import type { Fact } from '../types.js';

const dropPossessive = (s: string) => s.replace(/['’]s?$/, '');

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
        break;
      case 'expansion':
        f.company = canon(f.company);
        break;
      case 'date':
        break;
    }
  }
}
