// "Yutaka Hashimoto general manager of Nippon Life Insurance Co told a
// conference", "Dan Kaakebeen a spokesman for the Dutch salvage firm Smit
// International told Reuters": an apposition whose commas the wire dropped.
// Without them a name and a title may meet by chance, so the post must name
// its employer and a verb of saying must follow it: then nothing else is meant.
import type { Rule } from '../rule.js';
import { orgAfter, personMentions } from './context.js';
import { ARTICLES, isGovernment } from './apposition.js';
import { reportPerson } from './report.js';
import { employerFrom, titleAt } from './title.js';
import { SPEECH_VERBS } from '../../lexicon/people.js';

export const bareAppositionRule: Rule<'person'> = {
  id: 'person/bare-apposition',
  kind: 'person',
  description: 'A name, its post and the post\'s employer with no commas between, before a verb of saying: "X general manager of Y told".',
  run(ctx) {
    const { doc, entities, sentence } = ctx;
    for (const [m, name] of personMentions(ctx)) {
      if (m.possessive || m.tokenEnd - m.tokenStart < 2) continue;
      const k = ARTICLES.has(doc.tokens[m.tokenEnd]?.lower ?? '') ? m.tokenEnd + 1 : m.tokenEnd;
      // (the post in lower case, as an apposition writes it: "Yutaka Hashimoto General Manager" would be one name)
      if (!/^[a-z]/.test(doc.tokens[k]?.text ?? '')) continue;
      const title = titleAt(doc, k, sentence.tokenEnd);
      if (!title) continue;
      const org = orgAfter(doc, entities, employerFrom(title), sentence.tokenEnd, isGovernment(title.roles));
      if (!org || org.viaReference || org.tokenStart < title.tokenEnd) continue;
      if (!SPEECH_VERBS.has(doc.tokens[org.tokenEnd]?.lower ?? '')) continue;
      reportPerson(ctx, { name, nameTokens: [m.tokenStart, m.tokenEnd], title, org, confidence: 0.7 });
    }
  },
};
