// The subject of a deal's clause, read leftwards from its trigger ("X said it
// agreed to buy"), and lists of parties ("such as Apple and Samsung").
import { relativeClauseStart, type Doc } from '../../document/document.js';
import { afterParty, CLAUSE_STOPS, OWNED_NOUNS, type Party, type PartyIndex } from './party-index.js';
import { pastDescription, placeEndingAt } from './prepositions.js';

const PREPOSITIONS = new Set(['of', 'with', 'from', 'to', 'for', 'by', 'in', 'at', 'on', 'into', 'than', 'against', 'between', 'about', 'over', 'under', 'like', 'as', 'including', 'among', 'via', 'through', 'after', 'before']);
const SUBJECT_WINDOW = 40;
/**
 * Verbs whose object is whom the subject informs: "told the SEC it may acquire Digiorgio", "told Reuters the modems
 * will be sold". (Not "asked" or "urged": "asked Siemens to submit an offer" makes Siemens the one who acts.)
 */
const INFORMING_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'informs', 'notified', 'notifies']);

/** Plural nouns for buyers the text does not name, that open a clause as its subject. */
const UNNAMED_ACTORS = new Set(['companies', 'firms', 'investors', 'bidders', 'buyers', 'suitors', 'groups', 'others']);
const DEFINITE = new Set(['the', 'two', 'three', 'both', 'its', 'their', 'these', 'those', 'other', "'s", '’s']);
/** Whether a party ends at token `k` or in the two before it ("its associate companies"). */
const partyJustBefore = (index: PartyIndex, k: number): boolean => [0, 1, 2].some((n) => !!index.endAt[k - n]);

export interface Subject {
  parties: Party[];
  /** "reached agreement with X to acquire": the other side named on the way */
  counterpart?: Party;
  /** the nearest company passed on the way as a prepositional object ("the board of Fleet Financial Group") */
  passed?: Party;
}

/**
 * The subject of the clause that ends right before token `trigger`: the
 * nearest party to the left that is not the object of a preposition, with
 * its conjuncts ("it and VMS Realty Partners").
 */
export function findSubject(doc: Doc, index: PartyIndex, trigger: number, sentenceStart: number): Subject | undefined {
  const tokens = doc.tokens;
  let counterpart: Party | undefined;
  let passed: Party | undefined;
  for (let k = trigger - 1, steps = 0; k >= sentenceStart && steps < SUBJECT_WINDOW; steps++) {
    const t = tokens[k]!;
    // "told the Securities and Exchange Commission (SEC) it bought": a short parenthesis is read through
    if (t.text === ')') {
      let open = k - 1;
      while (open > sentenceStart && k - open < 6 && tokens[open]!.text !== '(') open--;
      if (open >= sentenceStart && tokens[open]!.text === '(' && k - open < 6) {
        k = open - 1;
        continue;
      }
    }
    // ("Mercer said about seven companies are interested in buying Celeron": unnamed buyers are the clause's subject)
    // (not the named ones a reference stands for: "The companies said they expect to complete the merger")
    // (nor a named party's own: "Pergamon Holdings Ltd and its associate companies said", "Maxwell's companies")
    const unnamedSubject = UNNAMED_ACTORS.has(t.lower) && !DEFINITE.has(tokens[k - 1]?.lower ?? '') && !partyJustBefore(index, k) && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB');
    if (CLAUSE_STOPS.has(t.text) || unnamedSubject) return counterpart || passed ? { parties: [], counterpart, passed } : undefined;
    // "County Ltd, which is acting with Tesco Plc in its bid, has purchased": skip the relative clause
    if (t.text === ',') {
      const relative = relativeClauseStart(doc, k, sentenceStart);
      if (relative >= 0) {
        k = relative - 2;
        continue;
      }
    }
    const p = index.endAt[k];
    if (!p) {
      k--;
      continue;
    }
    const before = p.tokenStart > sentenceStart ? tokens[p.tokenStart - 1]! : undefined;
    const after = tokens[afterParty(doc, p)];
    // ("The group told the SEC it may acquire Digiorgio": whom a party speaks to does not act)
    const verb = before?.lower === 'the' && p.tokenStart - 1 > sentenceStart ? tokens[p.tokenStart - 2]! : before;
    if (verb && INFORMING_VERBS.has(verb.lower)) {
      k = p.tokenStart - 1;
      continue;
    }
    if (before && PREPOSITIONS.has(before.lower) && !(before.lower === 'for' && after?.lower === 'to')) {
      if (before.lower === 'with' && !counterpart) counterpart = p;
      if (!passed && !p.person) passed = p;
      k = p.tokenStart - 1;
      continue;
    }
    if (p.possessive && !ownedAfter(doc, afterParty(doc, p)) && !(after && index.startAt[after.index])) {
      k = p.tokenStart - 1;
      continue;
    }
    // "Federal Industries Ltd's Russelsteel Inc unit": the parent acts; "Alphabet Inc's Google": the company named acts
    let head = p;
    const owner = p.tokenStart - 1 > sentenceStart ? index.endAt[p.tokenStart - 1] : undefined;
    if (owner && owner.possessive && !owner.reference && ownedAfter(doc, afterParty(doc, p))) head = owner;
    const parties = [head];
    let s = head.tokenStart;
    // "Snowflake Inc and artificial intelligence startup Mistral AI": a description may open each conjunct
    s = descriptionStart(doc, s, sentenceStart);
    while (s - 2 >= sentenceStart && (tokens[s - 1]!.lower === 'and' || tokens[s - 1]!.text === '&' || tokens[s - 1]!.text === ',')) {
      const q = index.endAt[s - 2] ?? conjunctBeforeApposition(doc, index, s - 2, sentenceStart);
      if (!q || q.possessive) break;
      parties.unshift(q);
      s = descriptionStart(doc, q.tokenStart, sentenceStart);
    }
    return { parties, counterpart, passed };
  }
  return counterpart || passed ? { parties: [], counterpart, passed } : undefined;
}

/** "its unit", "its counter proposal", "its revised 28 dlr offer": the possessor acts through what it owns. */
function ownedAfter(doc: Doc, i: number): boolean {
  for (let k = i; k < i + 4 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (OWNED_NOUNS.has(t.lower)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'VERB')) return false;
  }
  return false;
}

/** "Xiaomi, the Chinese smartphone maker, and Nokia": the party before an apposition that ends at the comma `comma`. */
function conjunctBeforeApposition(doc: Doc, index: PartyIndex, comma: number, sentenceStart: number): Party | undefined {
  if (doc.tokens[comma]?.text !== ',') return undefined;
  for (let k = comma - 1; k > sentenceStart && comma - k < 9; k--) {
    if (index.endAt[k]) return undefined;
    if (doc.tokens[k]!.text === ',') return index.endAt[k - 1];
  }
  return undefined;
}

/**
 * Where a description before a name begins ("South Korean battery maker SK
 * On", "Britain's Arm Holdings"): lower-case words and a place's name or
 * adjective, with its possessive. Returns `i` when there is none.
 */
function descriptionStart(doc: Doc, i: number, sentenceStart: number): number {
  let k = i;
  for (let n = 0; n < 6 && k - 1 >= sentenceStart; n++) {
    const t = doc.tokens[k - 1]!;
    if (/^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower !== 'and') k--;
    else if ((t.text === "'s" || t.text === '’s') && placeEndingAt(doc, k - 2) >= 0) k = placeEndingAt(doc, k - 2);
    else if (placeEndingAt(doc, k - 1) >= 0) k = placeEndingAt(doc, k - 1);
    else break;
  }
  return k;
}

/** Parties listed from token `i`: "Apple and Samsung", "A, B and C", after "such as" or "like" too. */
export function partyList(doc: Doc, index: PartyIndex, i: number, limit: number): Party[] {
  const tokens = doc.tokens;
  let k = i;
  // "leading handset manufacturers such as": a description before the names
  for (let n = 0; n < 7 && k < limit && !index.startAt[k] && pastDescription(doc, index, k, limit) === k; n++, k++) {
    const t = tokens[k]!;
    if (t.lower === 'as' || t.lower === 'like' || t.lower === 'including') continue;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'VERB' || t.lower === 'such' || t.text === ',')) return [];
  }
  const out: Party[] = [];
  let last = false;
  while (k < limit) {
    // "with Chinese drugmaker Zhejiang Hisun", "with Britain's Arm Holdings"
    k = pastDescription(doc, index, k, limit);
    const p = index.startAt[k];
    if (!p) break;
    out.push(p);
    if (last) break;
    k = afterParty(doc, p);
    if (tokens[k]?.text === ',' && k + 1 < limit) k++;
    if ((tokens[k]?.lower === 'and' || tokens[k]?.text === '&') && k + 1 < limit) {
      k++;
      last = true;
    } else if (tokens[k - 1]?.text !== ',') break;
  }
  return out;
}
