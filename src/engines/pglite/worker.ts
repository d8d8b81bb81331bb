// Runs in a worker thread: one scratch database's PGlite instance. PGlite computes inside a
// synchronous WebAssembly call, so on the main thread a long statement would block signals
// and timers; here it blocks only this thread, which the main thread can terminate.
// (PGlite's own worker support targets browser Web Workers: navigator.locks, BroadcastChannel.)
import { parentPort } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import type { ErrorFields, StatementRequest, WorkerMessage } from './protocol.js';

const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

// Same number handling as the pg driver (see postgres.ts).
const db = await PGlite.create({ parsers: { [types.NUMERIC]: Number, [types.INT8]: Number } });
const { rows } = await db.query<{ server_version: string }>('show server_version');
send({ type: 'ready', version: rows[0]!.server_version.split(' ')[0]! });

port.on('message', async ({ sql, params, blob }: StatementRequest) => {
  try {
    const result = await db.query<Record<string, unknown>>(sql, params, blob === undefined ? undefined : { blob: new Blob([blob]) });
    send({ type: 'rows', rows: result.rows });
  } catch (error) {
    send({ type: 'error', error: errorFields(error) });
  }
});

/** The error's own scalar fields (code, position, detail, …): what survives the trip intact. */
function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: ErrorFields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as string | number | boolean;
  }
  return fields;
}
