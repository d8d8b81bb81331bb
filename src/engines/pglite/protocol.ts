// The messages between a scratch database's worker thread and the main thread. Everything
// crosses by structured cloning: rows (Dates, Uint8Array, bigint survive), and errors as
// plain fields, because a cloned Error keeps only its message.

/** Main thread → worker, as its workerData: what the instance needs before it starts. */
export interface WorkerStart extends WorkerAssets {
  /** Names from PGLITE_EXTENSIONS (extensions.ts) to install into the instance. */
  extensions: string[];
  /**
   * The folder, made and removed by the main thread, that holds the database's files: a copy
   * of the initialised data directory, or empty (from source), when PGlite runs initdb there.
   */
  directory: string;
}

/** Prepared once per process and handed to every worker (see assets.ts). */
export interface WorkerAssets {
  /** pglite.wasm, compiled. */
  wasmModule: WebAssembly.Module;
}

/** Main thread → worker: run one statement. The worker runs one at a time, in order. */
export interface StatementRequest {
  sql: string;
  params?: unknown[];
  /** The data of a `COPY … FROM '/dev/blob'` (text format): PGlite reads it as the file. */
  blob?: string;
}

/**
 * Main thread → worker: start (`true`) or stop serving the instance on a loopback socket for
 * another program; answered with one row, `{ port }` when started.
 */
export interface ServeRequest {
  serve: boolean;
}

/**
 * Main thread → worker: dump the instance with pg_dump compiled to WebAssembly
 * (@electric-sql/pglite-tools) and these arguments; answered with one row, `{ sql }`, the plain
 * SQL dump (the backup check, src/checks/backup/).
 */
export interface DumpRequest {
  dump: string[];
}

export type WorkerRequest = StatementRequest | ServeRequest | DumpRequest;

/** The fields the rest of Sluice reads from a PostgreSQL error (describePostgresError and friends). */
export interface ErrorFields {
  message: string;
  name?: string;
  code?: string;
  position?: string;
  severity?: string;
  detail?: string;
  hint?: string;
  where?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  [field: string]: string | number | boolean | undefined;
}

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'ready'; version: string }
  | { type: 'rows'; rows: Record<string, unknown>[] }
  | { type: 'error'; error: ErrorFields };
