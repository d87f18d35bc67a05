// A person's posts at one organization are one fact, however many sentences
// state them: "Boston Edison Co chairman Stephen Sweeney" and "Sweeney, who
// also holds the titles of president and chief executive officer" are one
// person holding three posts, as "chairman, president and chief executive"
// in one phrase would be. Reading them as two facts made a table of who holds
// what list the person twice, each time with part of the answer.
import type { Fact, PersonFact } from '../types.js';

const SEP = '\u0000';

/** A post given up is a fact of its own: "former president" stays apart from "chairman". */
const heldNow = (f: PersonFact) => !f.roles.some((r) => r.startsWith('former '));

/**
 * A rank and the post it is a rank of ("vice president" and "president", "deputy
 * director" and "director") are one post's ladder: nobody holds both at once,
 * so the one is the post left for the other ("vice president John Smithe has
 * been named to succeed Robert Calley as president").
 */
const onOneLadder = (a: PersonFact, b: PersonFact) => a.roles.some((x) => b.roles.some((y) => x !== y && (x.endsWith(` ${y}`) || y.endsWith(` ${x}`))));

/**
 * Merges person facts of the same name and organization that hold their posts
 * now into the first of them: its roles gain the others' in order, its
 * mentions the others' mentions, in the order of the text; its title
 * gains the others' titles as written, where they add a post.
 */
export function mergePosts(facts: Fact[]): Fact[] {
  const first = new Map<string, PersonFact>();
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.kind !== 'person' || !f.org || !heldNow(f)) {
      out.push(f);
      continue;
    }
    const key = [f.name, f.org].join(SEP);
    const held = first.get(key);
    if (!held || onOneLadder(held, f)) {
      if (!held) first.set(key, f);
      out.push(f);
      continue;
    }
    const rolesHeld = held.roles.length;
    for (const role of f.roles) if (!held.roles.includes(role)) held.roles.push(role);
    // ("chairman; president and chief executive officer": each title as written, where it adds a post)
    if (f.title && (held.roles.length > rolesHeld || !held.title)) held.title = held.title ? `${held.title}; ${f.title}` : f.title;
    for (const m of f.mentions) if (!held.mentions.some((h) => h.start === m.start && h.end === m.end)) held.mentions.push(m);
    held.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    held.confidence = Math.max(held.confidence, f.confidence);
  }
  return out;
}
