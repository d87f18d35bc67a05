// The main thread's heap mark: it must collect only, never hold the process open.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../robustness/helpers.js';

beforeAll(() => {
  ensureBuilt();
});

describe('keepHeapUnderMark', () => {
  it('lets the process end when its work is done', () => {
    const module = path.join(ROOT, 'dist/cli/heap-ceiling.js');
    const script = `import(${JSON.stringify(module)}).then((m) => { m.keepHeapUnderMark(); console.log('started'); });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe('started');
  });
  it('collects once the heap passes the mark', () => {
    const module = path.join(ROOT, 'dist/cli/heap-ceiling.js');
    // garbage far past the mark, made after the check started: the heap in use must fall back below it
    const script = `import(${JSON.stringify(module)}).then(async (m) => {
      m.keepHeapUnderMark();
      const v8 = await import('node:v8');
      let keep = [];
      for (let i = 0; i < 40; i++) { keep.push(new Array(1e6).fill(i)); }
      keep = null;
      await new Promise((r) => setTimeout(r, 2500));
      console.log(Math.round(v8.getHeapStatistics().used_heap_size / 1048576));
    });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.status).toBe(0);
    expect(Number(child.stdout.trim())).toBeLessThan(100);
  });
});
