// The company that expands: the organization (or "it", "the company") that is
// the subject before the trigger, in the same sentence.
import { relativeClauseStart, type Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { places } from '../../lexicon/places.js';
import { PLAN_CUES, NON_SUBJECT_PREPOSITIONS, OBJECT_CONTROL_VERBS, RELATIVE_PRONOUNS } from '../../lexicon/expansions.js';

export interface Company {
  name: string;
  tokenStart: number;
  tokenEnd: number;
  viaReference: boolean;
}

const CLAUSE_BREAK = new Set([';', ':', '"', '“', '”']);
/** How many tokens back from its trigger the company is looked for. */
const SUBJECT_REACH = 60;

const VERBAL = new Set(['AUX', 'VERB']);

/** "The iPhone X launched in China", "Galaxy S8 debuts in India": a model number or an article marks a product, not a company. */
function productLike(doc: Doc, name: string, start: number): boolean {
  if (/\d/.test(name)) return true;
  const before = doc.tokens[start - 1]?.lower;
  return before === 'the' || before === 'a' || before === 'an' || before === 'its' || before === 'their';
}

const DESCRIPTION_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM']);
/** "Toshiba Corp, the Japanese electronics group which ...": the company a description ending at `k` stands beside. */
function appositionOf(doc: Doc, entities: Entities, k: number, sentenceStart: number): Company | undefined {
  let n = 0;
  while (k > sentenceStart && n < 8 && (DESCRIPTION_POS.has(doc.tokens[k]!.pos) || doc.tokens[k]!.text === '-') && doc.tokens[k]!.text !== ',') {
    k--;
    n++;
  }
  if (n === 0 || doc.tokens[k]?.text !== ',') return undefined;
  const m = entities.mentionEndingAt(k - 1);
  return m?.type === 'org' ? { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false } : undefined;
}

const VERB_CHAIN = new Set(['AUX', 'VERB', 'ADV', 'PART']);
/** Only auxiliaries, verbs and adverbs ("is considering", "has also", "began") between a name and the trigger. */
function subjectRightBefore(doc: Doc, from: number, trigger: number): boolean {
  if (trigger - from > 4 || trigger === from) return trigger === from;
  // "Spotify plans to expand into": a planning word may be tagged a noun
  for (let k = from; k < trigger; k++) if (!VERB_CHAIN.has(doc.tokens[k]!.pos) && !PLAN_CUES.has(doc.tokens[k]!.lower)) return false;
  return true;
}

/** "U.S. Dlrs", "Soviets": a name that begins with a place or its people is not a company ("Air Mauritius" may be). */
export function placeWords(name: string): boolean {
  const lex = places();
  const first = name.split(/\s+/)[0]!;
  return lex.byName.has(first) || lex.byAdjective.has(first) || lex.byAdjective.has(first.replace(/s$/, ''));
}

const isPluralHead = (w: string) => /s$/.test(w) && !/(ss|us|ics)$/.test(w) && w !== 'business';

/** Whether a verb takes the name at `start` as its object, past up to four words that describe it ("bought Uruguayan cheese maker"). */
function objectOfVerbBefore(doc: Doc, entities: Entities, start: number, sentenceStart: number): boolean {
  for (let k = start - 1; k >= sentenceStart && k >= start - 5; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB') return true;
    const described = (t.text === t.lower && (t.pos === 'NOUN' || t.pos === 'ADJ')) || t.text === '-' || entities.mentionAt(k)?.adjective === true || (t.pos === 'PROPN' && !!entities.mentionAt(k) && entities.mentionAt(k)!.type === 'place');
    if (!described) return false;
  }
  return false;
}

/** An "and" joining a second verb between a name and the trigger ("... in 2004 and opened"). */
function andBetween(doc: Doc, from: number, trigger: number): boolean {
  for (let k = from; k < trigger && k < from + 8; k++) {
    const t = doc.tokens[k]!;
    if (t.lower === 'and') return true;
    if (t.pos === 'VERB' || t.text === ',') return false;
  }
  return false;
}

/**
 * The nearest organization before `trigger`, not beyond a clause break nor
 * past another subject ("... and the technology is set to be rolled out").
 */
export function companyBefore(doc: Doc, entities: Entities, trigger: number, sentenceStart: number): Company | undefined {
  // a subject stands within reach of its verb: an unbounded walk back from every trigger is quadratic in a long sentence
  for (let k = trigger - 1; k >= Math.max(sentenceStart, trigger - SUBJECT_REACH); k--) {
    const t = doc.tokens[k]!;
    if (CLAUSE_BREAK.has(t.text)) return undefined;
    // "Mistral, which counts Microsoft among its investors, is in talks to open ...": the clause is passed whole
    if (t.text === ',') {
      const opened = relativeClauseStart(doc, k, sentenceStart);
      if (opened > 0) {
        // to the comma before "which": the name before it comes next
        k = opened - 1;
        continue;
      }
    }
    // "Blackwatch Services, which entered Iraq": the relative pronoun stands for the name before it
    // ("said that it would" goes on past a "that" after a verb; "a service, which would launch in" stops at what is not a company)
    if (RELATIVE_PRONOUNS.has(t.lower) && k > sentenceStart && !(t.lower === 'that' && doc.tokens[k - 1]!.pos === 'VERB')) {
      const antecedent = doc.tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
      const m = entities.mentionEndingAt(antecedent);
      if (m?.type === 'org') return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
      const r = entities.referenceEndingAt(antecedent);
      if (r && r.names.length === 1) return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
      return appositionOf(doc, entities, antecedent, sentenceStart);
    }
    if ((t.pos === 'NOUN' || t.pos === 'PRON') && (k + 1 === trigger || VERBAL.has(doc.tokens[k + 1]?.pos ?? '')) && !entities.referenceEndingAt(k)) return undefined;
    const m = entities.mentionEndingAt(k);
    if (m) {
      // "signed a contract with North China Industrial Co to set up": a partner, not the subject
      // "applied to the Commodity Futures Trading Commission to begin": a determiner may stand between
      const det = doc.tokens[m.tokenStart - 1]?.lower === 'the' && m.tokenStart - 1 > sentenceStart ? 1 : 0;
      const before = doc.tokens[m.tokenStart - 1 - det];
      const isObject = !!before && m.tokenStart - det > sentenceStart && NON_SUBJECT_PREPOSITIONS.has(before.lower);
      // "acquired Beta Corp to enter the Indian market": the buyer enters; "helped Beta Corp to enter": Beta does
      const objectOfVerb = !!before && m.tokenStart > sentenceStart && before.pos === 'VERB' && !OBJECT_CONTROL_VERBS.has(before.lower) && doc.tokens[m.tokenEnd]?.lower === 'to';
      // "Serra Alta bought cheese maker Quesos del Este in 2004 and opened a plant in Paraguay": the first verb's object
      // is not the subject of the second
      const coordinatedObject = objectOfVerbBefore(doc, entities, m.tokenStart, sentenceStart) && andBetween(doc, m.tokenEnd, trigger);
      if (m.type === 'org' && !isObject && !objectOfVerb && !coordinatedObject) {
        // (its stock code stands for it: "Chase Manhattan Corp <CMB.N> have already entered" is read from the name)
        const named = doc.tokens[m.tokenStart - 1]?.text === '<' ? entities.mentionEndingAt(m.tokenStart - 2) : undefined;
        const subject = named?.name === m.name ? named : m;
        return { name: m.name, tokenStart: subject.tokenStart, tokenEnd: subject.tokenEnd, viaReference: false };
      }
      if (m.type === 'person') return undefined;
      // "Volkswagen is considering building a factory in India": a name the entities could not type, right before the verb, is its subject
      if (m.type === 'other' && !isObject && !objectOfVerb && !m.adjective && !m.possessive && !placeWords(m.surface) && !productLike(doc, m.surface, m.tokenStart) && subjectRightBefore(doc, m.tokenEnd, trigger)) {
        return { name: m.name, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, viaReference: false };
      }
      k = m.tokenStart;
      continue;
    }
    const r = entities.referenceEndingAt(k);
    // "as foreign banks moved into Istanbul": a plural description is many companies, whatever it was resolved to
    if (r && r.names.length === 1 && isPluralHead(doc.tokens[r.tokenEnd - 1]!.lower) && r.tokenEnd - r.tokenStart > 1) return undefined;
    if (r && r.names.length === 1) return { name: r.names[0]!, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, viaReference: true };
    if (r) k = r.tokenStart;
  }
  return undefined;
}
