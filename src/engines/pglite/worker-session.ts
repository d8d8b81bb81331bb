// The main thread's side of one scratch database: a PgSession that forwards each statement
// to the PGlite instance in its worker thread, and keeps the statement deadline itself.
// PGlite ignores statement_timeout (no timer interrupts inside WebAssembly: pg_sleep and CPU
// loops run to the end), so a statement past its deadline ends only by terminating the worker;
// the scratch database goes with it.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Row } from '../engine.js';
import type { PgSession } from '../postgres-family.js';
import type { ScratchUrl } from '../engine.js';
import { onCleanup } from '../scratch.js';
import { workerAssets } from './assets.js';
import type { ErrorFields, WorkerMessage, WorkerRequest, WorkerStart } from './protocol.js';

/** How long past its deadline a statement may run before the worker is terminated. */
const DEADLINE_GRACE_MS = 100;

/** The deadline of a whole-database dump (see dump()). */
const DUMP_DEADLINE_MS = 600_000;

/** Code of the error every call gets once the embedded database was stopped. */
export const ENGINE_STOPPED = 'sluice-engine-stopped';

// Bundled, every chunk sits in dist/ beside the worker's own entry, pglite-worker.js (see
// scripts/build.mjs). From source, worker.ts sits beside this file and needs tsx; Node 20 does
// not apply the parent's `--import tsx` to a worker, so a two-line module registers it there.
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./pglite-worker.js', import.meta.url);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${tsx}; register(); await import(${worker});`)}`);
}

interface InFlight {
  resolve(result: { rows: Row[] }): void;
  reject(error: Error): void;
}

export class PgliteWorkerSession implements PgSession {
  readonly #worker: Worker;
  readonly #removeDirectory: () => Promise<void>;
  #deadlineMs: number | undefined;
  #inFlight: InFlight | undefined;
  /** Statements wait here so only one is in the worker and its deadline counts from its start. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Set once the worker is gone: why every later call fails. */
  #stopped: Error | undefined;

  private constructor(worker: Worker, removeDirectory: () => Promise<void>) {
    this.#worker = worker;
    this.#removeDirectory = removeDirectory;
    worker.on('message', (message: WorkerMessage) => this.#settle(message));
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => this.#stop(new Error(`the embedded database stopped unexpectedly (worker exit code ${code})`)));
  }

  /** Starts a worker with a fresh in-memory database (with these extensions' files installed); resolves with the PostgreSQL version once it serves. */
  static async start(extensions: readonly string[] = []): Promise<{ session: PgliteWorkerSession; version: string }> {
    const { template, ...assets } = await workerAssets();
    const directory = await mkdtemp(path.join(tmpdir(), 'sluice-pglite-'));
    // Removed also when a signal arrives while the worker starts, before anyone holds the session.
    const forget = onCleanup(() => rm(directory, { recursive: true, force: true }));
    const removeDirectory = async () => {
      forget();
      await rm(directory, { recursive: true, force: true });
    };
    if (template) {
      try {
        await cp(template, directory, { recursive: true });
      } catch (error) {
        await removeDirectory();
        throw error;
      }
    }
    const start: WorkerStart = { ...assets, extensions: [...extensions], directory };
    // A small young generation: the worker's JavaScript only passes rows through, and V8's
    // default semi-spaces (16 MiB or more each) stay resident for the life of the worker.
    const worker = new Worker(workerEntry(), { workerData: start, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    let starting: ((message: WorkerMessage) => void) | undefined;
    let failed: ((error: Error) => void) | undefined;
    let exited: ((code: number) => void) | undefined;
    const version = await new Promise<string>((resolve, reject) => {
      starting = (message) => (message.type === 'ready' ? resolve(message.version) : reject(new Error('the embedded database did not start')));
      failed = reject;
      exited = (code) => reject(new Error(`the embedded database did not start (worker exit code ${code})`));
      worker.once('message', starting).once('error', failed).once('exit', exited);
    })
      .finally(() => worker.off('message', starting!).off('error', failed!).off('exit', exited!))
      .catch(async (error: unknown) => {
        await worker.terminate();
        await removeDirectory();
        throw error;
      });
    // Idle, the worker does not keep the process alive, as an in-process PGlite would not.
    worker.unref();
    return { session: new PgliteWorkerSession(worker, removeDirectory), version };
  }

  query(sql: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    const run = this.#queue.then(() => this.#run({ sql, params }));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * PGlite has no COPY FROM STDIN; it reads `/dev/blob` from a blob given with the statement.
   * Each chunk is one COPY (inside the caller's transaction), so no more than a chunk is held.
   */
  async copyFrom(sql: string, chunks: AsyncIterable<string>): Promise<void> {
    const fromBlob = sql.replace(/FROM STDIN$/, "FROM '/dev/blob'");
    for await (const blob of chunks) {
      const run = this.#queue.then(() => this.#run({ sql: fromBlob, blob }));
      this.#queue = run.catch(() => undefined);
      await run;
    }
  }

  /**
   * Serves the instance on a loopback socket until `close()`; Sluice's own statements wait
   * until then, so the program has the database to itself. PGlite accepts any user and password.
   */
  async serve(): Promise<ScratchUrl> {
    const started = this.#queue.then(() => this.#run({ serve: true }));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.#queue = started.then(() => released, () => undefined);
    const { rows } = await started;
    let closing: Promise<void> | undefined;
    return {
      url: `postgres://postgres@127.0.0.1:${Number(rows[0]!.port)}/postgres?sslmode=disable`,
      close: () => (closing ??= this.#run({ serve: false }).then(() => release(), (error: unknown) => {
        release();
        throw error;
      })),
    };
  }

  /**
   * The plain SQL dump of the instance (pg_dump compiled to WebAssembly, with these arguments).
   * A whole database is no statement: its deadline is ten minutes (or the statement deadline if
   * longer), since one past it stops the instance, and the head with it.
   */
  async dump(args: readonly string[]): Promise<string> {
    const deadline = Math.max(this.#deadlineMs ?? 0, DUMP_DEADLINE_MS);
    const run = this.#queue.then(() => this.#run({ dump: [...args] }, deadline));
    this.#queue = run.catch(() => undefined);
    return String((await run).rows[0]!.sql);
  }

  setDeadline(ms: number): void {
    // 0 means none, as for statement_timeout.
    this.#deadlineMs = ms > 0 ? ms : undefined;
  }

  /** Stops the worker at once, busy or not (a scratch database has nothing to keep), and removes its files. */
  async close(): Promise<void> {
    this.#stop(new Error('the embedded database was closed'));
    await this.#worker.terminate();
    await this.#removeDirectory();
  }

  #run(request: WorkerRequest, deadlineMs = this.#deadlineMs): Promise<{ rows: Row[] }> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      // First, so parameters that cannot be cloned reject here and leave no deadline behind.
      this.#worker.postMessage(request);
      this.#worker.ref();
      const deadline = deadlineMs;
      const timer = deadline === undefined ? undefined : setTimeout(() => {
        this.#inFlight = undefined;
        reject(databaseError({ code: '57014', message: 'canceling statement due to statement timeout', severity: 'ERROR' }));
        this.#stop(stoppedError(`a statement ran past its ${deadline} ms deadline`));
        void this.#worker.terminate();
      }, deadline + DEADLINE_GRACE_MS);
      this.#inFlight = {
        resolve: (result) => (clearTimeout(timer), resolve(result)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
    });
  }

  #settle(message: WorkerMessage): void {
    const inFlight = this.#inFlight;
    this.#inFlight = undefined;
    this.#worker.unref();
    if (message.type === 'rows') inFlight?.resolve({ rows: message.rows });
    else if (message.type === 'error') inFlight?.reject(databaseError(message.error));
  }

  #stop(reason: Error): void {
    this.#stopped ??= reason;
    this.#inFlight?.reject(this.#stopped);
    this.#inFlight = undefined;
  }
}

/** An Error carrying PostgreSQL's fields, as the pg driver and PGlite throw them. */
function databaseError(fields: ErrorFields): Error {
  return Object.assign(new Error(fields.message), fields);
}

function stoppedError(why: string): Error {
  return databaseError({
    code: ENGINE_STOPPED,
    message: `the embedded database (PGlite) was stopped because ${why}; its scratch database is gone, so nothing more can run on it`,
  });
}
