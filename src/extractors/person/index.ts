// People with a stated role: name, title as written, canonical roles, organization.
import type { Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import type { Extractor, Reported } from '../rule.js';
import { appositionRule } from './apposition.js';
import { appointmentRule } from './appointment.js';
import { isCompanyRole, storyCompany } from './employer.js';
import { titleBeforeRule } from './title-before.js';

/**
 * One fact per person and role: where the same person and roles are stated
 * once with their organization and once without, the organization is shared;
 * where two rules read the same span, the more confident stays. A company
 * officer with no organization stated works for the company the story is about.
 */
function settle(candidates: Reported<'person'>[], _doc: Doc, entities: Entities): Reported<'person'>[] {
  const orgOf = new Map<string, string>();
  for (const c of candidates) if (c.org) orgOf.set(`${c.name}\u0000${c.roles.join('|')}`, c.org);
  const bySpan = new Map<string, Reported<'person'>>();
  let story: string | undefined;
  for (const c of candidates) {
    if (!c.org) c.org = orgOf.get(`${c.name}\u0000${c.roles.join('|')}`) ?? null;
    if (!c.org && isCompanyRole(c.roles, c.title)) {
      const company = (story ??= storyCompany(entities) ?? '');
      if (company) {
        c.org = company;
        c.confidence -= 0.15;
      }
    }
    const key = `${c.name}\u0000${c.start}`;
    const seen = bySpan.get(key);
    if (!seen || c.confidence > seen.confidence) bySpan.set(key, c);
  }
  return [...bySpan.values()];
}

export const personExtractor: Extractor<'person'> = {
  kind: 'person',
  rules: [appositionRule, titleBeforeRule, appointmentRule],
  settle,
};
