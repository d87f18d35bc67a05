// '"We will be happy if Ofcom accepts them," chief executive Lee Strafford
// said.' after 'Internet service provider Plus.net backed the proposals': an
// officer who closes a quote with no organization stated speaks for the
// organization the quote's lead-in opened on.
import type { RuleContext } from '../rule.js';
import { sentenceAt } from '../../document/document.js';
import { orgAt, type OrgRef } from './context.js';
import { opensSentenceAsWord } from '../../entities/entities.js';

const QUOTES = new Set(['"', '”', "''"]);
const OPENING_QUOTE = /["“]/g;
/** Verbs by which an organization speaks or takes a stand before its officer is quoted. */
const SPEAKING = new Set(['said', 'says', 'welcomed', 'welcomes', 'backed', 'backs', 'added', 'told', 'warned', 'argued', 'insisted', 'praised', 'criticised', 'criticized', 'rejected', 'agreed', 'announced', 'claimed', 'confirmed', 'denied', 'responded', 'defended']);
/** A lower-case word of a description before a name: "telecom analysts", "internet service provider". */
const DESCRIBING = /^[a-z][a-z-]*$/;

/** The organization a quote's lead-in opens on, for the post at `titleStart` right after the quote closes (`," chief executive X said`). */
export function quotedSpeakerOrg(ctx: RuleContext, titleStart: number): OrgRef | undefined {
  const { doc, entities } = ctx;
  const closing = doc.tokens[titleStart - 1];
  if (!closing || !QUOTES.has(closing.text) || doc.tokens[titleStart - 2]?.text !== ',') return undefined;
  const open = lastOpeningQuote(doc.text, doc.tokens[titleStart - 2]!.start);
  if (open < 0) return undefined;
  // the lead-in: the sentence the quote opens in, before it, or the sentence before where the quote opens one
  let s = sentenceAt(doc, open);
  const opening = doc.sentences[s]!;
  if (doc.tokens[opening.tokenStart]!.start >= open) s--;
  if (s < 0) return undefined;
  const lead = doc.sentences[s]!;
  // its subject: a name that opens it, after words that describe it ("Telecom analysts Ovum welcomed the move",
  // "Internet service provider (ISP) Plus.net also backed the proposals")
  for (let k = lead.tokenStart; k < lead.tokenEnd && k < lead.tokenStart + 8; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= open) return undefined;
    const m = entities.mentionAt(k);
    // (past the initials of the description: "(ISP)")
    if (m && doc.tokens[k - 1]?.text === '(' && doc.tokens[m.tokenEnd]?.text === ')') {
      k = m.tokenEnd;
      continue;
    }
    // (nor a common word capitalized for opening the sentence: "Telecom analysts Ovum")
    if (m && opensSentenceAsWord(doc, m, entities)) continue;
    // (a name no person's, that speaks or takes a stand: "Ovum welcomed", "Plus.net also backed")
    if (m) {
      if ((m.type !== 'org' && m.type !== 'other') || m.possessive) return undefined;
      let v = m.tokenEnd;
      while (v < lead.tokenEnd && v < m.tokenEnd + 2 && doc.tokens[v]!.pos === 'ADV') v++;
      return SPEAKING.has(doc.tokens[v]?.lower ?? '') ? orgAt(entities, k, false) : undefined;
    }
    if (!(DESCRIBING.test(t.text) || t.text === '(' || (k === lead.tokenStart && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) return undefined;
  }
  return undefined;
}

/** Where the last opening quote before `before` stands, or -1: the quote marks from the paragraph's start alternate. */
function lastOpeningQuote(text: string, before: number): number {
  const paragraph = Math.max(text.lastIndexOf('\n\n', before), 0);
  let last = -1;
  let count = 0;
  OPENING_QUOTE.lastIndex = paragraph;
  for (let m = OPENING_QUOTE.exec(text); m && m.index < before; m = OPENING_QUOTE.exec(text)) {
    if (count % 2 === 0) last = m.index;
    count++;
  }
  return count % 2 === 1 ? last : -1;
}
