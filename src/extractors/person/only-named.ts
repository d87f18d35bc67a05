// "the one court", "the one central bank", "the one seat of government" a
// story names: the body a post with no organization stated belongs to, found
// once per document and kind, since every such officer asks again.
import type { Entities, EntityMention } from '../../entities/entities.js';

const found = new WeakMap<Entities, Map<string, string | undefined>>();

/** The one name of a kind (`kind` keys the kind, `isKind` tells it) the story writes; none, or two, leave it open. */
export function onlyNamed(entities: Entities, kind: string, isKind: (m: EntityMention) => boolean): string | undefined {
  let byKind = found.get(entities);
  if (!byKind) found.set(entities, (byKind = new Map()));
  if (!byKind.has(kind)) {
    const names = new Set(entities.mentions.filter(isKind).map((m) => m.name));
    byKind.set(kind, names.size === 1 ? [...names][0] : undefined);
  }
  return byKind.get(kind);
}
