// `npm run build`: bundles the Action (src/index.ts → dist/index.js), the CLI
// (src/cli.ts → dist/cli.js) and the worker thread each embedded database runs in
// (src/engines/pglite/worker.ts → dist/pglite-worker.js) and the load runner's worker thread
// (src/measure/load/worker.ts → dist/load-worker.js) into self-contained ES modules, and
// copies beside them the files PGlite loads at run time. Users run dist/ without node_modules, so every dependency
// is inside the bundle except optional native addons that their packages load in try/catch.
//
// The output is deterministic: the same lockfile gives byte-identical files, which is what
// the check-dist workflow compares.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

// PGlite finds these with `new URL('./<file>', import.meta.url)`; bundled, import.meta.url
// is a module in dist/ (the worker's entry or a chunk), so they live in dist/.
const PGLITE_ASSETS = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];
// An initialised data directory each embedded instance starts from instead of running initdb
// (src/engines/pglite/assets.ts, DATA_DIR_FILE). Its own process: it fixes the clock.
const PGLITE_DATA_DIR = 'pglite-pgdata.tar.gz';
const pgliteDist = path.join(root, 'node_modules', '@electric-sql', 'pglite', 'dist');
// The extension tarballs (contrib, and pgvector's) go to dist/pglite-extensions/, where the
// worker looks for them (src/engines/pglite/extensions.ts, BUNDLED_EXTENSIONS_DIR). All of
// them: about 2 MiB, and the list stays in one place, the worker's catalogue.
const EXTENSION_DIRS = [pgliteDist, path.join(root, 'node_modules', '@electric-sql', 'pglite-pgvector', 'dist')];
const EXTENSIONS_OUT = path.join(dist, 'pglite-extensions');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await build({
  absWorkingDir: root,
  // The workers' names are fixed: src/engines/pglite/worker-session.ts and src/measure/load/threads.ts start them by those names.
  entryPoints: {
    index: 'src/index.ts', cli: 'src/cli.ts',
    'pglite-worker': 'src/engines/pglite/worker.ts', 'load-worker': 'src/measure/load/worker.ts',
  },
  outdir: dist,
  ...bundleOptions,
  metafile: true,
});

for (const file of PGLITE_ASSETS) {
  await copyFile(path.join(pgliteDist, file), path.join(dist, file));
}
// pg_dump compiled to WebAssembly, for the backup check on the embedded engine; found the same way.
await copyFile(path.join(root, 'node_modules', '@electric-sql', 'pglite-tools', 'dist', 'pg_dump.wasm'), path.join(dist, 'pg_dump.wasm'));
execFileSync(process.execPath, [path.join(root, 'scripts', 'pglite-data-dir.mjs'), path.join(dist, PGLITE_DATA_DIR)], { cwd: root, stdio: 'inherit' });
await mkdir(EXTENSIONS_OUT);
for (const dir of EXTENSION_DIRS) {
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.tar.gz')).sort()) {
    await copyFile(path.join(dir, file), path.join(EXTENSIONS_OUT, file));
  }
}

let total = 0;
const lines = [];
for (const name of (await readdir(dist)).sort()) {
  const entry = path.join(dist, name);
  const size = (await stat(entry)).isDirectory()
    ? (await Promise.all((await readdir(entry)).map((file) => stat(path.join(entry, file))))).reduce((sum, s) => sum + s.size, 0)
    : (await stat(entry)).size;
  total += size;
  lines.push(`  ${name.padEnd(18)} ${(size / 1024).toFixed(0).padStart(6)} KiB`);
}
const warnings = result.warnings.length ? ` (${result.warnings.length} warnings above)` : '';
console.log(`dist/${warnings}\n${lines.join('\n')}\n  ${'total'.padEnd(18)} ${(total / 1024 / 1024).toFixed(1).padStart(6)} MiB`);
