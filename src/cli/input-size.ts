// How big the input is before it is read: for the progress line's time left
// and for how many worker threads it keeps busy.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Bytes of the files the paths name, directories walked as the reader walks them (hidden entries skipped), counted
 * until `limit` is reached; undefined for standard input, a pipe or a device, whose size is known only once read,
 * and for a directory unless `directories`. A path that cannot be read counts nothing: the reader reports it.
 */
export function inputBytes(paths: readonly string[], { limit = Infinity, directories = true } = {}): number | undefined {
  let total = 0;
  const walk = (dir: string, ancestors: Set<string>) => {
    let real: string;
    let names: string[];
    try {
      real = fs.realpathSync(dir);
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    // (a symbolic link back to a directory above is read once)
    if (ancestors.has(real)) return;
    ancestors.add(real);
    for (const name of names) {
      if (total >= limit) break;
      if (name.startsWith('.')) continue;
      const stat = statOf(path.join(dir, name));
      if (stat?.isFile()) total += stat.size;
      else if (stat?.isDirectory()) walk(path.join(dir, name), ancestors);
    }
    ancestors.delete(real);
  };
  for (const p of paths) {
    if (total >= limit) break;
    const stat = p === '-' ? undefined : statOf(p);
    if (p === '-' || (stat && !stat.isFile() && !(directories && stat.isDirectory()))) return undefined;
    if (stat?.isFile()) total += stat.size;
    else if (stat?.isDirectory()) walk(p, new Set());
  }
  return total;
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
