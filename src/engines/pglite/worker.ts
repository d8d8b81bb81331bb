// Runs in a worker thread: one scratch database's PGlite instance. PGlite computes inside a
// synchronous WebAssembly call, so on the main thread a long statement would block signals
// and timers; here it blocks only this thread, which the main thread can terminate.
// (PGlite's own worker support targets browser Web Workers: navigator.locks, BroadcastChannel.)
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { BUNDLED_EXTENSIONS_DIR, PGLITE_EXTENSIONS } from './extensions.js';
import type { ErrorFields, WorkerMessage, WorkerRequest, WorkerStart } from './protocol.js';

const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const start = workerData as WorkerStart;

// A scratch database is small and short-lived: PostgreSQL's defaults size memory for a
// server. shared_buffers is PGlite's largest allocation inside its WebAssembly memory (128 MB
// by default); 16 MB holds a seeded example many times over, and work counts (hit + read
// blocks) do not depend on it.
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

const db = await PGlite.create({
  // Same number handling as the pg driver (see postgres.ts).
  parsers: { [types.NUMERIC]: Number, [types.INT8]: Number },
  extensions: Object.fromEntries(start.extensions.map((name) => [name.replace(/\W/g, '_'), extension(name)])),
  pgliteWasmModule: start.wasmModule,
  startParams: START_PARAMS,
  // The database's files on disk (the main thread made the folder, copied an initialised data
  // directory into it, and removes it): in PGlite's in-memory filesystem they were process
  // memory, and every time a file grew it was copied. PGlite resumes a data directory it finds.
  dataDir: start.directory,
});
const { rows } = await db.query<{ server_version: string }>('show server_version');
send({ type: 'ready', version: rows[0]!.server_version.split(' ')[0]! });

let socket: PGLiteSocketServer | undefined;

port.on('message', async (request: WorkerRequest) => {
  try {
    if ('serve' in request) {
      send({ type: 'rows', rows: await serve(request.serve) });
      return;
    }
    if ('dump' in request) {
      send({ type: 'rows', rows: [{ sql: await dump(request.dump) }] });
      return;
    }
    const { sql, params, blob } = request;
    const result = await db.query<Record<string, unknown>>(sql, params, blob === undefined ? undefined : { blob: new Blob([blob]) });
    send({ type: 'rows', rows: result.rows });
  } catch (error) {
    send({ type: 'error', error: errorFields(error) });
  }
});

/**
 * The instance on a loopback port the system picks, for a migration tool run by
 * migrations.command. Its statements queue with any others; several connections are allowed
 * because tools keep a pool (Knex opens a second connection for its migration lock).
 */
async function serve(start: boolean): Promise<Record<string, unknown>[]> {
  if (!start) {
    await socket?.stop();
    socket = undefined;
    // A tool that disconnected inside a transaction leaves it open on the one backend.
    if (db.isInTransaction()) await db.exec('ROLLBACK');
    return [];
  }
  socket ??= new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await socket.start();
  return [{ port: Number(socket.getServerConn().split(':').pop()) }];
}

/**
 * pg_dump, compiled to WebAssembly, over this instance's one backend. Loaded only here: most
 * runs never dump. pg_dump leaves its own settings (search_path '') on the session, so the
 * caller resets it. (Bundled, pg_dump.wasm sits beside the worker: scripts/build.mjs.)
 */
async function dump(args: string[]): Promise<string> {
  const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
  const file = await pgDump({ pg: db, args });
  return file.text();
}

/** The error's own scalar fields (code, position, detail, …): what survives the trip intact. */
function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: ErrorFields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as string | number | boolean;
  }
  return fields;
}

/**
 * An extension as PGlite takes it, its tarball found by path rather than through the
 * package's own module: that module looks beside itself, which the bundle moves.
 */
function extension(name: string): Extension {
  const { package: from, tarball } = PGLITE_EXTENSIONS[name]!;
  // Bundled, this file is dist/pglite-worker.js; from source, the tarball is in the package's dist/.
  const bundlePath = import.meta.url.endsWith('.ts')
    ? new URL(`./${tarball}`, import.meta.resolve(from))
    : new URL(`./${BUNDLED_EXTENSIONS_DIR}/${tarball}`, import.meta.url);
  return { name, setup: async (_pg, emscriptenOpts) => ({ emscriptenOpts, bundlePath }) };
}
