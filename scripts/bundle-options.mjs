// The esbuild settings dist/ is built with (scripts/build.mjs), shared with bench/load.ts, which
// bundles its load-phase entry the same way so the benchmark measures the runner as it ships.

// Optional native code, loaded inside try/catch by the packages that want it:
// pg → pg-native; testcontainers → dockerode → ssh2 → cpu-features and ssh2's own crypto
// binding (lib/protocol/crypto/build/Release/sshcrypto.node). Without them the pure-JS
// paths are used.
const EXTERNAL = ['pg-native', 'cpu-features', '*.node'];

// CommonJS dependencies call require() and read __filename/__dirname; an ES module has
// neither, so the bundle defines them once at the top. `var`, not `const`: some ES modules
// (@azure/storage-common, under @actions/cache) declare their own `var __filename`, which a
// `const` of the same name in the same module would make a SyntaxError.
const BANNER = [
  "import { createRequire as __sluiceCreateRequire } from 'node:module';",
  "import { fileURLToPath as __sluiceFileURLToPath } from 'node:url';",
  "import { dirname as __sluiceDirname } from 'node:path';",
  'const require = __sluiceCreateRequire(import.meta.url);',
  'var __filename = __sluiceFileURLToPath(import.meta.url);',
  'var __dirname = __sluiceDirname(__filename);',
].join('\n');

/** Everything but the entry points and the output folder. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The Action and the CLI share almost all their code: one copy in a shared chunk.
  splitting: true,
  // Chunks stay in the output folder itself: PGlite finds its files relative to the module that
  // loads it, and the chunk that starts a worker finds pglite-worker.js (or load-worker.js) beside it.
  chunkNames: 'chunk-[hash]',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: BANNER },
  external: EXTERNAL,
  logLevel: 'warning',
};
