// "X was named president of Y", "Y appointed X as chairman", "X became chief
// executive of Y", "X is the chief financial officer of Y".
import type { Rule } from '../rule.js';
import { orgAfter, orgAt, personNameAt } from './context.js';
import { isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { titleAt } from './title.js';

const PASSIVE = new Set(['named', 'appointed', 'elected', 'promoted', 'nominated', 'installed', 'chosen', 'made']);
const ACTIVE = new Set(['named', 'appointed', 'elected', 'hired', 'promoted', 'nominated', 'picked', 'chose', 'tapped', 'recruited']);
const BECOME = new Set(['became', 'becomes', 'become', 'remains', 'remained', 'serves', 'served']);
const COPULA = new Set(['is', 'was']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'be', 'will', 'would', 'was', 'is', 'were', 'also', 'now', 'recently', 'then', 'later', 'subsequently']);
/** Words between an organization and its verb of appointing: "X has today named". */
const AFTER_APPOINTER = new Set(['has', 'have', 'had', 'said', 'it', 'today', 'yesterday']);
const FILLERS = new Set(['as', 'to', 'the', 'its', 'their', 'a', 'an', 'new', 'be', 'been', 'has', 'have', 'had', 'was', 'is', 'will', 'would', 'also', 'now', 'currently']);

export const appointmentRule: Rule<'person'> = {
  id: 'person/appointment',
  kind: 'person',
  description: 'Appointments and copulas: "X was named president of Y", "Y appointed X chairman", "X became CEO of Y".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    const end = sentence.tokenEnd;
    const skip = (k: number) => {
      while (k < end && FILLERS.has(doc.tokens[k]!.lower)) k++;
      return k;
    };
    for (let i = sentence.tokenStart; i < end; i++) {
      const m = entities.mentionAt(i);
      if (!m) continue;
      // X (was) named / became TITLE (of ORG)
      const name = personNameAt(ctx, i);
      if (name) {
        let k = m.tokenEnd;
        // "Richard Lipson, who remains chairman": a relative clause states the title too
        if (doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.lower === 'who') k += 2;
        while (k < end && AUXILIARIES.has(doc.tokens[k]!.lower)) k++;
        const verb = doc.tokens[k];
        // "X is the chief executive of Y": the copula itself is the verb
        const copula = k > m.tokenEnd && COPULA.has(doc.tokens[k - 1]!.lower) && !!verb && !PASSIVE.has(verb.lower) && !BECOME.has(verb.lower);
        if (verb && k < end && (PASSIVE.has(verb.lower) || BECOME.has(verb.lower) || copula)) {
          const title = titleAt(doc, skip(copula ? k : k + 1), end);
          if (title) {
            const org = orgAfter(doc, entities, title.tokenEnd, end, isGovernment(title.roles));
            const strong = !copula;
            if (org || strong) reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: org ? 0.85 : 0.7 });
          }
        }
      }
      // ORG appointed X (as) TITLE
      const org = m.type === 'org' ? orgAt(entities, i, false) : undefined;
      if (org) {
        let k = m.tokenEnd;
        while (k < end && AFTER_APPOINTER.has(doc.tokens[k]!.lower)) k++;
        if (k < end && ACTIVE.has(doc.tokens[k]!.lower)) {
          const person = entities.mentionAt(k + 1);
          const who = person && personNameAt(ctx, k + 1);
          if (person && who) {
            const title = titleAt(doc, skip(person.tokenEnd), end);
            if (title) {
              const of = orgAfter(doc, entities, title.tokenEnd, end, false);
              reportPerson(ctx, { name: who, nameTokens: [person.tokenStart, person.tokenEnd], title, org: of ?? org, confidence: 0.8 });
            }
          }
        }
      }
    }
  },
};
