// Resolves phrases that point back at organizations: pronouns ("it", "its"),
// definite descriptions ("the company", "the Chinese smartphone maker") and
// plurals ("the two tech giants"). Resolution only happens where the text
// makes it clear enough; otherwise the phrase is left alone.
import type { Doc, Token } from '../document/document.js';
import { NEWS_SOURCES, ORG_DESCRIPTOR_NOUNS } from '../lexicon/organizations.js';
import { GIVEN_NAMES } from '../lexicon/people.js';
import type { EntityMention, OrgReference } from './entities.js';

interface OrgSpan {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  names: string[];
}

const EXPLETIVE_AFTER_IT = /^(seems|seemed|appears|appeared)$/;
const EXPLETIVE_PREDICATES = new Set(['likely', 'unlikely', 'unclear', 'clear', 'possible', 'impossible', 'expected', 'understood', 'believed', 'thought', 'hoped', 'important', 'difficult', 'necessary', 'time', 'true', 'not']);
const PREPOSITIONS = new Set(['in', 'of', 'for', 'from', 'with', 'to', 'by', 'on', 'at', 'into', 'against', 'than']);
const PLURAL_MARKERS = new Set(['two', 'both', 'three']);
/** Words that open what follows a verb: "plans to", "owns the", "expects its". */
const VERB_OBJECT_OPENERS = new Set(['to', 'the', 'a', 'an', 'its', 'their', 'that', 'more', 'about']);
const STOP = new Set(['the', 'a', 'an', 'of', '-', 'and', 'its', 'their', 'two', 'both', 'three', 'company', 'companies', 'firm', 'group']);

/** Words of a short description before a name: "Tokyo-based", "Chinese drugmaker", "private equity firm". */
const DESCRIBING = /^(?:-|[A-Z]?[a-z]+)$/;

/** Whether the span at `at` of the sentence's spans is the object of a preposition, directly or as the last of a list after one. */
function prepositionalObject(doc: Doc, spans: OrgSpan[], at: number, sentenceStart: number): boolean {
  for (let n = at; n >= 0; n--) {
    const span = spans[n]!;
    if (span.tokenStart <= sentenceStart) return false;
    let b = span.tokenStart - 1;
    // "with Tokyo-based Nakamura Systems", "with Chinese drugmaker X": words that describe the name stand between
    for (let n = 0; n < 4 && b > sentenceStart && !PREPOSITIONS.has(doc.tokens[b]!.lower) && DESCRIBING.test(doc.tokens[b]!.text) && (doc.tokens[b]!.pos !== 'VERB' || doc.tokens[b]!.lower === 'based'); n++) b--;
    const before = doc.tokens[b]!;
    if (PREPOSITIONS.has(before.lower)) return true;
    // "Valor Capital and Kaszek": go back along the list
    const previous = spans[n - 1];
    if (!(before.lower === 'and' || before.text === ',') || !previous || previous.tokenEnd !== span.tokenStart - 1) return false;
  }
  return false;
}

/** A news agency the story cites ("told AP news agency", "according to Reuters"), not one it is about. */
function citedSource(doc: Doc, m: EntityMention): boolean {
  if (!NEWS_SOURCES.has(m.name)) return false;
  const before = doc.tokens[m.tokenStart - 1]?.lower ?? '';
  return before === 'told' || before === 'to' || doc.tokens[m.tokenEnd]?.lower === 'news';
}

/** A one-word name glued to "-based": "Lagos-based". */
const basedAfter = (doc: Doc, k: number) => doc.tokens[k + 1]?.text === '-' && doc.tokens[k + 2]?.lower === 'based';

export function resolveReferences(doc: Doc, mentions: EntityMention[]): OrgReference[] {
  // indexed by token: the walk below asks at every token (plain arrays: a typed
  // array of more than 64 bytes lives outside the heap and costs more to make)
  const orgByToken = new Array<EntityMention | undefined>(doc.tokens.length);
  const nameByToken = new Array<boolean | undefined>(doc.tokens.length);
  // the name mention ending at each token: "Vivendi, its chief executive" names what "its" stands for
  const nameEndingAt = new Array<EntityMention | undefined>(doc.tokens.length);
  // the sentences that open on a person's name and a comma: "Gorter, a partner of ..."
  const personOpens = new Array<boolean | undefined>(doc.sentences.length);
  for (const m of mentions) {
    // (a name of unknown kind in one word that is no given name: "Dev Raman, its chief technology officer" is a person's)
    if (m.type === 'org' || (m.type === 'other' && m.tokenEnd - m.tokenStart === 1 && !GIVEN_NAMES.has(m.surface.toLowerCase()))) nameEndingAt[m.tokenEnd - 1] = m;
    // ("Mr Walsh told AP news agency ... the airline": a news source the story cites is what no reference points at)
    if (m.type === 'org' && !citedSource(doc, m)) orgByToken[m.tokenStart] = m;
    if (m.type !== 'place') nameByToken[m.tokenStart] = true;
    if (m.type === 'person' && m.tokenStart === doc.sentences[m.sentence]!.tokenStart && doc.tokens[m.tokenEnd]?.text === ',') personOpens[m.sentence] = true;
  }
  // "the Halverson bakery chain" names a new business; it does not point back
  // ... but "the Lagos-based firm" says only where the firm is
  const namesSomething = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (nameByToken[k] === true && !basedAfter(doc, k)) return true;
    return false;
  };

  const history: OrgSpan[] = [];
  const descriptors = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const subjects: Array<string | undefined> = [];
  let lastPair: string[] | undefined;
  const references: OrgReference[] = [];

  const note = (span: OrgSpan) => {
    history.push(span);
    for (const n of span.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  };
  const describe = (name: string, words: string[]) => {
    let set = descriptors.get(name);
    if (!set) descriptors.set(name, (set = new Set()));
    for (const w of words) if (!STOP.has(w)) set.add(w);
  };
  const mostSalient = (n: number): string[] =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name]) => name);
  const previousSubject = (sentence: number): string | undefined => {
    for (let s = sentence - 1; s >= 0 && s >= sentence - 4; s--) if (subjects[s]) return subjects[s];
    return undefined;
  };

  for (const s of doc.sentences) {
    let firstVerbSeen = false;
    let subject: string | undefined;
    const inSentence: OrgSpan[] = [];
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = doc.tokens[i]!;
      const named = orgByToken[i];
      if (named) {
        const span = { tokenStart: i, tokenEnd: named.tokenEnd, sentence: s.index, names: [named.name] };
        // "X and Y" remembered for "the two companies"
        const prev = inSentence[inSentence.length - 1];
        if (prev && prev.names.length === 1 && prev.tokenEnd + 1 === i && ['and', '&'].includes(doc.tokens[prev.tokenEnd]!.lower)) lastPair = [prev.names[0]!, named.name];
        inSentence.push(span);
        note(span);
        // ("Gorter, a partner of Goldman, Sachs and Co, has been ...": a name after a preposition in a description of the
        // person the sentence opens on is not its subject)
        const describesOpener = personOpens[s.index] === true && prepositionalObject(doc, inSentence, inSentence.length - 1, s.tokenStart);
        if (!firstVerbSeen && subject === undefined && !describesOpener) subject = named.name;
        const apposition = descriptionAt(doc, named.tokenEnd + (named.possessive ? 1 : 0) + 1, s.tokenEnd);
        if (doc.tokens[named.tokenEnd]?.text === ',' && apposition) describe(named.name, apposition.words);
        const copula = doc.tokens[named.tokenEnd];
        if (copula && /^(is|was|remains|became)$/.test(copula.lower)) {
          const d = descriptionAt(doc, named.tokenEnd + 1, s.tokenEnd, true);
          if (d) describe(named.name, d.words);
        }
        i = named.tokenEnd;
        continue;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX') firstVerbSeen = true;

      if ((t.lower === 'it' || t.lower === 'its') && !isExpletive(doc, i, s.tokenEnd)) {
        const sentenceInitial = i === s.tokenStart;
        let nearest = inSentence[inSentence.length - 1];
        // "X said 20 mln shares in Y were tendered to its offer": a name inside a prepositional phrase yields to the subject
        // (also the last of a list in one: "raised money from a group led by Valor Capital and Kaszek, as it prepares ...")
        const object = !!nearest && prepositionalObject(doc, inSentence, inSentence.length - 1, s.tokenStart);
        if (object && subject !== undefined && inSentence[0] && inSentence[0].names[0] === subject) nearest = inSentence[0];
        // ("proceedings against Vivendi, its chief executive Jean-Rene Fourtou": the name set off right before)
        const setOff = t.lower === 'its' && doc.tokens[i - 1]?.text === ',' ? nameEndingAt[i - 2] : undefined;
        const name = setOff && !setOff.possessive ? setOff.name : !sentenceInitial && nearest?.names.length === 1 ? nearest.names[0] : previousSubject(s.index) ?? history[history.length - 1]?.names[0];
        if (name && history.length) {
          const ref = { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: s.index, names: [name], possessive: t.lower === 'its' };
          references.push(ref);
          inSentence.push({ ...ref });
          if (!firstVerbSeen && subject === undefined) subject = name;
        }
        i++;
        continue;
      }

      // "... to acquire Hemdale. That company's owner, John Daly": "that" points past the story's subject to the last
      // other company named
      if (t.lower === 'that' && history.length) {
        const d = descriptionAt(doc, i + 1, s.tokenEnd);
        // (not "said that company officials ...", where "that" opens a clause)
        const after = d ? doc.tokens[d.end] : undefined;
        const bare = !!d && d.end === i + 2 && !d.plural && d.words.length === 1 && ORG_DESCRIPTOR_NOUNS.has(d.words[0]!) && !nameByToken[d.end] && !(after && after.pos === 'NOUN' && after.text === after.lower);
        // (nor the subject of its own clause: "GAF benefited from that company's restructuring")
        const last = inSentence[inSentence.length - 1];
        const clauseSubject = last && /^(?:VERB|AUX)$/.test(doc.tokens[last.tokenEnd]?.pos ?? '') ? last.names[0] : undefined;
        const current = subject ?? previousSubject(s.index);
        const other = bare ? [...history].reverse().find((h) => h.names.length === 1 && h.names[0] !== current && h.names[0] !== clauseSubject) : undefined;
        if (d && other) {
          const possessive = /^['’]s$/.test(doc.tokens[d.end]?.text ?? '');
          const ref = { start: t.start, end: doc.tokens[d.end - 1]!.end, tokenStart: i, tokenEnd: d.end, sentence: s.index, names: other.names, possessive };
          references.push(ref);
          inSentence.push({ ...ref });
          if (!firstVerbSeen && subject === undefined) subject = other.names[0];
          i = d.end;
          continue;
        }
      }

      if (t.lower === 'the' || (PLURAL_MARKERS.has(t.lower) && t.lower === 'both')) {
        const d = descriptionAt(doc, t.lower === 'the' ? i + 1 : i, s.tokenEnd);
        // "the plastic container business of Monsanto Co" is defined by its "of", not by what came before
        const definedByOf = !!d && doc.tokens[d.end]?.lower === 'of' && nameByToken[d.end + 1] === true;
        // ... and "the finance union Accord" introduces the name right after it
        if (d && history.length && !namesSomething(i + 1, d.end) && !definedByOf && !nameByToken[d.end]) {
          const appositive = i > s.tokenStart && doc.tokens[i - 1]!.text === ',' && inSentence.length > 0 && inSentence[inSentence.length - 1]!.tokenEnd === i - 1;
          let names: string[] | undefined;
          if (d.plural) names = lastPair ?? mostSalient(2);
          else if (appositive) names = inSentence[inSentence.length - 1]!.names;
          // "the company" is the last one named in the sentence, unless that one only stood after a preposition
          // ("Ms Mensah, a former researcher at Google DeepMind, set up the company")
          else if (d.words.every((w) => STOP.has(w) || ORG_DESCRIPTOR_NOUNS.has(w)) && inSentence.length && !prepositionalObject(doc, inSentence, inSentence.length - 1, s.tokenStart)) names = inSentence[inSentence.length - 1]!.names;
          else names = pickByDescription(d.words, descriptors, counts, inSentence, previousSubject(s.index));
          if (names && names.length) {
            const end = doc.tokens[d.end - 1]!;
            const possessive = /^['’]s$/.test(doc.tokens[d.end]?.text ?? '');
            const ref = { start: t.start, end: end.end, tokenStart: i, tokenEnd: d.end, sentence: s.index, names, possessive };
            if (!appositive) {
              references.push(ref);
              inSentence.push({ ...ref });
              if (!firstVerbSeen && subject === undefined && names.length === 1) subject = names[0];
            }
            i = d.end;
            continue;
          }
        }
      }
      i++;
    }
    subjects[s.index] = subject;
  }
  return references;
}

interface Description {
  /** token index after the head noun */
  end: number;
  words: string[];
  plural: boolean;
}

/** "Chinese smartphone maker", "two tech giants", "company" starting at token `i`. */
function descriptionAt(doc: Doc, i: number, limit: number, allowIndefinite = false): Description | undefined {
  let k = i;
  const first = doc.tokens[k];
  if (allowIndefinite && first && ['the', 'a', 'an'].includes(first.lower)) k++;
  else if (first?.lower === 'the') k++;
  const words: string[] = [];
  let plural = false;
  for (let n = 0; n < 7 && k < limit; n++, k++) {
    const t: Token = doc.tokens[k]!;
    if (PLURAL_MARKERS.has(t.lower)) plural = true;
    if (ORG_DESCRIPTOR_NOUNS.has(t.lower)) {
      const next = doc.tokens[k + 1];
      // "the company's", "the company said" — but not "the company car"
      // ("the company plans to", "the company owns the": a noun-looking verb with its object or "to" after it)
      const after = doc.tokens[k + 2];
      const verbLike = /s$/.test(next?.lower ?? '') && !!after && k + 2 < limit && VERB_OBJECT_OPENERS.has(after.lower);
      if (next && k + 1 < limit && next.pos === 'NOUN' && !ORG_DESCRIPTOR_NOUNS.has(next.lower) && !verbLike) return undefined;
      words.push(t.lower);
      if (/s$/.test(t.lower) && !/(ss|us)$/.test(t.lower) && t.lower !== 'business') plural = true;
      else if (plural && !PLURAL_MARKERS.has(doc.tokens[i]!.lower) && !words.some((w) => PLURAL_MARKERS.has(w))) plural = false;
      return { end: k + 1, words, plural };
    }
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'VERB' && /(ed|based)$/.test(t.lower)) || t.pos === 'ADV')) return undefined;
    words.push(t.lower);
  }
  return undefined;
}

function isExpletive(doc: Doc, i: number, limit: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || i + 1 >= limit) return false;
  if (EXPLETIVE_AFTER_IT.test(next.lower)) return true;
  const after = doc.tokens[i + 2];
  return /^(is|was|'s|will|would|may|might)$/.test(next.lower) && !!after && i + 2 < limit && EXPLETIVE_PREDICATES.has(after.lower) && !(after.lower === 'not');
}

function pickByDescription(
  words: string[],
  descriptors: Map<string, Set<string>>,
  counts: Map<string, number>,
  inSentence: OrgSpan[],
  previousSubject: string | undefined,
): string[] | undefined {
  const content = words.filter((w) => !STOP.has(w));
  let best: string | undefined;
  let bestScore = 0;
  const top = Math.max(0, ...counts.values());
  for (const [name, count] of counts) {
    let score = 0;
    const known = descriptors.get(name);
    if (known) for (const w of content) if (known.has(w)) score += 3;
    if (count === top) score += 1;
    if (name === previousSubject) score += 1.5;
    if (inSentence.length && inSentence[inSentence.length - 1]!.names.includes(name)) score += 2;
    if (score > bestScore) {
      bestScore = score;
      best = name;
    }
  }
  return best ? [best] : undefined;
}
