// "Sen. John McCain, an Arizona Republican", "Rep. Tom Foley (D-Wash.)",
// "Tom Foley, D-Wash.": news gives a legislator's party after the name, as it
// gives a British MP's before it ("Labour MP").
import { LEGISLATOR_ROLE, PARTY_LETTERS } from '../../lexicon/people.js';
import { CHAMBERS } from '../../lexicon/organizations.js';
import { splitRoles } from './title.js';

export const isLegislator = (roles: readonly string[]): boolean => roles.length > 0 && roles.every((r) => LEGISLATOR_ROLE.test(r));

/** A chamber's presiding post: its holder is a legislator of a party too ("House Speaker Jim Wright, a Texas Democrat"). */
export const isChamberSpeaker = (roles: readonly string[], org: string | null): boolean => roles.length === 1 && roles[0] === 'speaker' && !!org && CHAMBERS.has(org);

/**
 * "Senate majority leader Robert Byrd", "House Speaker Jim Wright" of a party the story states: the chamber, no longer
 * the organization, is part of the post as written. The title with the chamber, if `written` (the fact's text) opens
 * on the chamber's word and then the title.
 */
export function titleWithChamber(written: string, title: string, chamber: string): { title: string; roles: string[] } | undefined {
  if (!written.startsWith(chamber) || !/^\s+$/.test(written.slice(chamber.length, written.indexOf(title, chamber.length)))) return undefined;
  const withChamber = `${chamber} ${title}`;
  return { title: withChamber, roles: splitRoles(withChamber) };
}

/** A party's letter and a state, in brackets or after a comma: "(R-Ariz.)", ", D-Wash.", past a possessive ("Sen. Frank Lautenberg's (D-N.J.) committee"). */
const LETTER_AFTER = /^(?:['’]s)?\s*(?:,\s*|\(\s*)([DRI])-[A-Z][A-Za-z.]*/;
/**
 * "an Arizona Republican", "a New York Democrat", "a conservative Republican from Idaho": the state's name or a
 * leaning, then the party's word; past the state the legislator is "of" ("Pete Domenici of New Mexico, the senior
 * Republican on the Senate Budget Committee"; "Sen. Jake Garn, the committee's top Republican").
 */
const DESCRIBED_AFTER = /^(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*,\s+(?:an?|the)\s+(?:(?:[A-Z][a-z]+|conservative|liberal|moderate|senior|veteran|freshman|fellow|leading|top|ranking|(?:committee|panel|subcommittee)['’]s)\s+){0,3}(Republican|Democrat(?:ic)?)\b/;
/** The party's word alone in brackets after the name. */
const PARTY_BRACKETED = /^\s*\(\s*(Republican|Democrat(?:ic)?)\s*\)/;
/** How many of the name's occurrences are looked at: the party is given where the name is first written. */
const LOOKED_AT = 3;
/** How far after a name its party is read ("(D-Ohio)", ", a conservative Republican from Idaho"). */
export const PARTY_REACH = 48;

/**
 * The party a story states right after one of the first occurrences of
 * `name`, if it does; else after one of its surname's ("Gephardt, a Missouri
 * Democrat").
 */
export function statedParty(text: string, name: string): string | undefined {
  const surname = name.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1) : undefined;
  return partyAfter(text, name) ?? (surname ? partyAfter(text, surname) : undefined);
}

function partyAfter(text: string, name: string): string | undefined {
  let n = 0;
  for (const end of writtenEnds(text, name)) {
    if (n++ >= LOOKED_AT) break;
    const after = text.slice(end, end + PARTY_REACH);
    const letter = LETTER_AFTER.exec(after)?.[1];
    if (letter) return PARTY_LETTERS[letter];
    // ("Senator Bill Bradley (Democrat) of New Jersey")
    const bracketed = PARTY_BRACKETED.exec(after)?.[1];
    if (bracketed) return partyOfWord(bracketed);
    const described = partyDescribedAfter(after);
    if (described) return described.party;
  }
  return undefined;
}

/**
 * The party `after` (the text right after a name) describes its bearer by ("an Arizona Republican"), with where the
 * party's word ends in it.
 */
export function partyDescribedAfter(after: string): { party: string; end: number } | undefined {
  const m = DESCRIBED_AFTER.exec(after);
  return m ? { party: partyOfWord(m[1]!), end: m[0].length } : undefined;
}

/** The party's name for the word its member is called by: "Democrat" → Democratic. */
export const partyOfWord = (word: string) => (word.startsWith('Democrat') ? 'Democratic' : word);

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => !!c && /\s/.test(c);

/**
 * Where each whole-word occurrence of `name` ends in `text`, its words apart by any white space (the wire breaks
 * lines inside names: "Sen. John\nBreaux (D-La.)"); a plain scan, with no expression compiled per name.
 */
function* writtenEnds(text: string, name: string): Generator<number> {
  const words = name.split(' ');
  for (let at = text.indexOf(words[0]!); at >= 0; at = text.indexOf(words[0]!, at + 1)) {
    if (isWordChar(text[at - 1])) continue;
    let k = at + words[0]!.length;
    let whole = true;
    for (let w = 1; w < words.length && whole; w++) {
      if (!isSpace(text[k])) whole = false;
      while (isSpace(text[k])) k++;
      if (whole && text.startsWith(words[w]!, k)) k += words[w]!.length;
      else whole = false;
    }
    if (whole && !isWordChar(text[k])) yield k;
  }
}

/** "... the California Republican said": a legislator quoted just before, named again by state and party. */
const REFERRED_BACK = /\bthe\s+((?:[A-Z][a-z]+\s+){1,2})(Republican|Democrat)\b,?\s+(?:said|says|told|added|argued|noted|contended)\b/g;
/** How far before such words the legislator they stand for is named. */
const REFERRED_REACH = 600;

/**
 * The parties stories give their legislators by referring back ("Sen. Pete Wilson told reporters ... the California
 * Republican said"): each such phrase is the legislator among `names` whose surname was written last before it.
 */
export function partiesReferredBack(text: string, names: readonly string[]): Map<string, string> {
  const parties = new Map<string, string>();
  if (!names.length) return parties;
  for (const m of text.matchAll(REFERRED_BACK)) {
    let nearest: { name: string; at: number } | undefined;
    for (const name of names) {
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      const at = text.lastIndexOf(surname, m.index);
      if (at >= 0 && m.index - at <= REFERRED_REACH && (!nearest || at > nearest.at)) nearest = { name, at };
    }
    if (nearest && !parties.has(nearest.name)) parties.set(nearest.name, partyOfWord(m[2]!));
  }
  return parties;
}
