// What the main thread and a load worker (src/measure/load/worker.ts) say to each other. The
// worker opens its share of the connections and says `ready`; once every worker is ready the
// main thread says `go` (so all start their loops together, and their sample windows line up)
// or `abort` (another worker could not connect); the worker runs, closes its connections and
// says `done` with what it counted.
import type { LoopBounds } from './run.js';
import type { EncodedLatency } from './latency.js';
import type { PoolPlan } from './pool.js';

export interface ThreadStart extends PoolPlan {
  weights: readonly number[];
  /** This thread's connections, numbered from `firstConnection` phase-wide (their seeded sequences). */
  connections: number;
  firstConnection: number;
  seed: number;
  /** The phase's bounds; `operations`, when set, is this thread's share. */
  bounds: LoopBounds;
}

export type MainMessage = { type: 'go' } | { type: 'abort' };

export interface ThreadResult {
  operations: number;
  succeeded: number;
  /** By the driver's own code (SQLSTATE, errno): the main thread classifies them with the engine. */
  errors: [string, { count: number; first: unknown }][];
  perStatement: number[];
  latency: EncodedLatency;
  elapsedMs: number;
  capped: boolean;
  depth: number;
}

export type WorkerMessage =
  | { type: 'ready'; poolWaitMs: number[] }
  | { type: 'failed'; error: unknown }
  | { type: 'done'; result: ThreadResult };

/** A driver error's key on the worker: its SQLSTATE or errno, what Engine.describeError classifies by. */
export function rawClass(error: unknown): string {
  const e = error as { code?: unknown; errno?: unknown; message?: unknown } | null;
  return String(e?.code ?? e?.errno ?? e?.message ?? error);
}

/**
 * An error as plain data: structured cloning keeps only an Error's message and stack, and the
 * engine reads code, errno, sqlMessage, position … (Engine.describeError).
 */
export function plainError(error: unknown, depth = 0): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const plain: Record<string, unknown> = {};
  if (error instanceof Error) {
    plain.name = error.name;
    plain.message = error.message;
  }
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) plain[key] = value;
    else if (key === 'errors' && Array.isArray(value) && depth === 0) plain.errors = value.map((e) => plainError(e, 1));
  }
  return plain;
}
