// "Brazilian central bank governor Francisco Gros", "President of Costa Rica's
// central bank": a central bank the story names by its kind, and whose post it is.
import type { Doc } from '../../document/document.js';
import type { Entities } from '../../entities/entities.js';
import { lookupPlace, lookupPlaceAdjective } from '../../entities/classify.js';
import type { Reported } from '../rule.js';
import { onlyNamed } from './only-named.js';
import { CENTRAL_BANK_NAME } from '../../lexicon/organizations.js';
import { isCountryName, isNationalRole, writtenCountryName } from './country.js';
import { splitRoles } from './title.js';

const CENTRAL_BANK_TITLE = /^(central bank)\s+(\S.*)$/i;
const CENTRAL_BEFORE = /(?:^|[^\p{L}])(Central\s+)$/u;
/** "central bank" in lower case right before a title in capitals, with the country that owns it. */
const BANK_BEFORE = /(?<![\p{L}])(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:['’]s)?\s+)?central\s+bank\s+$/u;
/** A country's adjective or possessive right before a title: "Brazilian ", "Costa Rica's ". */
const OWNER_BEFORE = /((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(['’]s)?\s+$/;
const OF_CENTRAL_BANK = /^\s+of\s+(?:the\s+)?((?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:['’]s)?\s+)?central\s+bank)\b/i;

/**
 * "Brazilian central bank governor Francisco Gros": before the title and in
 * lower case, a central bank named by its kind is part of the country's post
 * ("central bank governor" of Brazil). "President of Costa Rica's central
 * bank", "Philippine Central Bank Governor", "central bank general manager":
 * after the title, capitalized, or below the bank's head, it is the
 * organization, as written with the country that owns it, and the post is the
 * bank's ("governor"), as for "Bank of Japan Governor".
 */
export function centralBankPost(c: Reported<'person'>, doc: Doc, entities: Entities): void {
  // ("Central bank president Dieter Hiss" opening a sentence: the capital took "Central" for a name's)
  const central = c.title && /^bank\s/i.test(c.title) ? CENTRAL_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 9), c.start)) : null;
  if (central) {
    c.start -= central[1]!.length;
    c.title = `Central ${c.title}`;
  }
  // ("Lebanese central bank Vice Governor Meguerditch Bouldikian": the capitals stopped the title at the post)
  const lowerBank = c.title && !central && !CENTRAL_BANK_TITLE.test(c.title) && doc.text.startsWith(c.title, c.start) ? BANK_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 40), c.start)) : null;
  if (lowerBank) {
    c.start -= lowerBank[0].length;
    c.title = `central bank ${c.title}`;
  }
  const titled = c.title ? CENTRAL_BANK_TITLE.exec(c.title) : null;
  if (titled) {
    const at = doc.text.indexOf(c.title!, c.start);
    if (at < 0 || at >= c.end) return;
    // ("Brazil's central bank governor", "Japanese central bank governor": written like "Brazil's finance minister",
    // in lower case, the post is the country's, with "central bank" in its title, as annotators write it; a bare one
    // is the country's the officer serves, found as for a minister; a capitalized "Central Bank" is the bank's name)
    const owner = OWNER_BEFORE.exec(doc.text.slice(Math.max(c.start, at - 40), at));
    const place = owner ? (lookupPlaceAdjective(owner[1]!) ?? lookupPlace(owner[1]!)) : undefined;
    // (not a state's: "West Berlin state central bank president", the bank's own post)
    const statesBank = /\bstate\s+$/.test(doc.text.slice(Math.max(0, at - 6), at));
    const named = /Bank/.test(titled[1]!);
    // (a bank's officer below its head, "central bank general manager", is the bank's, as the country has none such)
    const countrysPost = !named && !statesBank && isNationalRole(splitRoles(c.title!));
    if (countrysPost && place?.kind === 'country') c.org = writtenCountryName(doc, entities, place.name);
    else if (!countrysPost || owner) {
      // ("Bundesbank central bank council member": a central bank named before its kind is the bank)
      c.org = owner && place?.kind === 'country' ? `${owner[0].trim()} ${titled[1]}` : owner && !place && /bank$/i.test(owner[1]!) ? owner[1]! : titled[1]!;
      c.title = titled[2]!;
    }
    c.roles = splitRoles(c.title!);
    return;
  }
  // (after the title: "President of Costa Rica's central bank", where the rule read the country)
  if (!c.title || !c.org || !isCountryName(c.org)) return;
  const at = doc.text.indexOf(c.title, c.start);
  const of = at >= 0 ? OF_CENTRAL_BANK.exec(doc.text.slice(at + c.title.length, at + c.title.length + 60)) : null;
  if (of) c.org = of[1]!.replace(/\s+/g, ' ');
}

/** A governor's post, of any rank: "governor", "deputy governor", "retired governor" (not a "governor-general"). */
const GOVERNOR = /^(?:(?:former|retired|acting|deputy|senior|vice|assistant) )*governor$/;

/**
 * "retired governor Gerald Bouey" in a story about the Bank of Canada: a
 * governor with no organization stated is the governor of the one central
 * bank the story names, if it names one (a state's governor is in a story
 * that names none).
 */
export function storyCentralBank(c: Reported<'person'>, entities: Entities): string | undefined {
  if (c.org || !c.roles.length || !c.roles.every((r) => GOVERNOR.test(r))) return undefined;
  return onlyNamed(entities, 'central bank', (m) => m.type === 'org' && CENTRAL_BANK_NAME.test(m.name));
}
