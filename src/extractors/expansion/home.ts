// Where a company is at home, as the document says it: "Clevite Industries Inc
// of the United States", "U.S.-based Integrated Resources", "Sweden's
// Skandinaviska Enskilda Banken", "McCarthy and Stone Plc, a public U.K.
// company". A company opening an office at home is not entering a market, and a
// partner "of the United States" in a venture there is not the one that goes.
import type { Doc } from '../../document/document.js';
import type { Entities, EntityMention } from '../../entities/entities.js';
import { HOME_DESCRIPTOR_WINDOW } from '../../lexicon/expansions.js';
import { places } from '../../lexicon/places.js';

const cache = new WeakMap<Doc, Map<string, Set<string>>>();

const UNIT_NOUNS = new Set(['unit', 'subsidiary', 'arm', 'affiliate', 'division', 'branch']);
/** "the U.S. unit of ...": an apposition that names a parent elsewhere. */
function unitOf(doc: Doc, from: number, sentence: number): boolean {
  for (let n = from; n < from + HOME_DESCRIPTOR_WINDOW + 2 && n < doc.tokens.length && doc.tokens[n]!.sentence === sentence; n++) {
    if (UNIT_NOUNS.has(doc.tokens[n]!.lower) && doc.tokens[n + 1]?.lower === 'of') return true;
    if (doc.tokens[n]!.text === ',') return false;
  }
  return false;
}

/** Canonical organization name → the country codes (or region names) the document gives as its home. */
export function homesOf(doc: Doc, entities: Entities): Map<string, Set<string>> {
  let homes = cache.get(doc);
  if (homes) return homes;
  homes = new Map();
  const add = (org: string, place: EntityMention) => {
    // a city stands for its country
    const where = place.code ?? places().byName.get(place.name)?.country ?? place.name;
    let set = homes!.get(org);
    if (!set) homes!.set(org, (set = new Set()));
    set.add(where);
  };
  const isPlace = (m: EntityMention | undefined): m is EntityMention => m?.type === 'place';
  const skipBracket = (k: number) => (doc.tokens[k]?.text === '>' ? k + 1 : k);
  for (const m of entities.mentions) {
    if (m.type !== 'org') continue;
    // "X of the United States", "X, of London"
    let k = skipBracket(m.tokenEnd);
    if (doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.lower === 'of') k++;
    if (doc.tokens[k]?.lower === 'of') {
      k++;
      if (doc.tokens[k]?.lower === 'the') k++;
      const p = entities.mentionAt(k);
      if (isPlace(p) && !p.adjective) add(m.name, p);
    }
    // "X, a public U.K. company": a place among the first words of an apposition
    k = skipBracket(m.tokenEnd);
    // ("UBS, the U.S. unit of Union Bank of Switzerland": a foreign parent's unit, not a company at home)
    if (doc.tokens[k]?.text === ',' && /^(a|an|the)$/.test(doc.tokens[k + 1]?.lower ?? '') && !unitOf(doc, k + 2, m.sentence)) {
      for (let n = k + 2; n < k + 2 + HOME_DESCRIPTOR_WINDOW && n < doc.tokens.length && doc.tokens[n]!.sentence === m.sentence; n++) {
        const p = entities.mentionAt(n);
        if (isPlace(p) && !p.possessive) {
          add(m.name, p);
          break;
        }
        if (doc.tokens[n]!.text === ',' || doc.tokens[n]!.lower === 'of') break;
      }
    }
    // "U.S.-based X", "Sweden's X", "the Japanese X": a place in the words right before the name
    let b = m.tokenStart - 1;
    if (doc.tokens[b]?.text === '<') b--;
    for (let n = 0; n < HOME_DESCRIPTOR_WINDOW && b >= 0 && doc.tokens[b]!.sentence === m.sentence; n++, b--) {
      const t = doc.tokens[b]!;
      // only a description runs from the place to the name ("U.S.-based insurance broker X"), not "Kenya and X"
      if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-' || t.lower === 'based' || /^['’]s$/.test(t.text))) break;
      const p = entities.mentionEndingAt(b);
      if (isPlace(p)) {
        add(m.name, p);
        break;
      }
    }
  }
  cache.set(doc, homes);
  return homes;
}
