// Bundles the command line (and the worker it starts) into dist/bin after tsc.
// Loading some 120 small modules one by one was about a seventh of a
// one-article run; one file per entry point loads in a fraction of that.
// Packages stay outside the bundle, and the library (dist/index.js) is tsc's
// output as it was. The worker keeps its name beside the bundle, so that the
// pool's new URL('./worker.js', import.meta.url) still finds it.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// chunk names carry a hash: old ones would pile up
rmSync('dist/bin', { recursive: true, force: true });
await build({
  entryPoints: { factx: 'dist/cli/run.js', worker: 'dist/parallel/worker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
