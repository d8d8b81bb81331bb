// What every embedded scratch database of a process shares, prepared once on the main thread:
// PGlite's WebAssembly module, compiled once (a compiled Module crosses to a worker without
// being compiled again, and V8 shares its machine code between them), and an initialised data
// directory, so an instance starts from a copy instead of running initdb (about 700 MiB and
// seconds in WebAssembly; scripts/pglite-data-dir.mjs makes it at build time).
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { unpackDataDir } from './data-dir.js';
import type { WorkerAssets } from './protocol.js';

/** What the main thread keeps: the worker's assets, and the data directory each instance copies. */
export interface SharedAssets extends WorkerAssets {
  /** The initialised data directory, unpacked (data-dir.ts); absent from source, where each instance runs initdb. */
  template?: string;
}

/** Bundled, beside the chunk that holds this module (scripts/build.mjs puts it there). */
export const DATA_DIR_FILE = 'pglite-pgdata.tar.gz';

const fromSource = import.meta.url.endsWith('.ts');

let shared: Promise<SharedAssets> | undefined;

/** Read and compiled at the first start of the process, then reused. */
export function workerAssets(): Promise<SharedAssets> {
  shared ??= load().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

async function load(): Promise<SharedAssets> {
  // V8 compiles WebAssembly quickly (Liftoff), then recompiles hot functions optimised
  // (TurboFan). PostgreSQL's functions are large and a run is short: optimising them cost more
  // memory (about 120 MiB on Node 20, 600 on Node 24) and time than it saved. These flags are
  // the process's, read when a module is compiled; Sluice compiles no other WebAssembly.
  // (`--liftoff-only` implies both, but implications are applied only at start-up.)
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
  // From source there is no build: the package's own files, and initdb at each start.
  const wasm = fromSource ? new URL('./pglite.wasm', import.meta.resolve('@electric-sql/pglite')) : new URL('./pglite.wasm', import.meta.url);
  const [wasmModule, template] = await Promise.all([
    readFile(wasm).then((bytes) => WebAssembly.compile(bytes)),
    fromSource ? undefined : unpackDataDir(new URL(`./${DATA_DIR_FILE}`, import.meta.url)),
  ]);
  return { wasmModule, ...(template ? { template } : {}) };
}
