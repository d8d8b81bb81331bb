// A phase's connections spread over worker threads, each owning its connections, its loop and
// its histograms; their counts, errors, pool waits and histograms merged into one PhaseResult.
// The bounds hold on every thread: each runs the phase's duration, or its share of the
// operations (shares summing to exactly the phase's count).
import { Worker } from 'node:worker_threads';
import { WindowedLatency } from './latency.js';
import type { PhasePlan, PhaseResult } from './phase.js';
import type { ThreadResult, ThreadStart, WorkerMessage } from './thread-protocol.js';

// Bundled, every chunk sits in dist/ beside the worker's own entry, load-worker.js (see
// scripts/build.mjs). From source, worker.ts sits beside this file and needs tsx; Node 20 does
// not apply the parent's `--import tsx` to a worker, so a two-line module registers it there.
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./load-worker.js', import.meta.url);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${tsx}; register(); await import(${worker});`)}`);
}

/** `total` split into `parts` whole shares, the first ones one larger: they sum to `total` exactly. */
export function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** One worker's life as promises: ready (or failed), then done; `exited` once it is gone. */
class LoadWorker {
  readonly worker: Worker;
  readonly ready: Promise<number[]>;
  readonly done: Promise<ThreadResult>;
  readonly exited: Promise<void>;

  constructor(start: ThreadStart) {
    this.worker = new Worker(workerEntry(), { workerData: start });
    let ready!: (waits: number[]) => void;
    let done!: (result: ThreadResult) => void;
    let fail!: (error: unknown) => void;
    this.ready = new Promise((resolve, reject) => {
      ready = resolve;
      fail = reject;
    });
    this.done = new Promise((resolve, reject) => {
      done = resolve;
      const failBoth = fail;
      fail = (error) => {
        failBoth(error);
        reject(error);
      };
    });
    this.done.catch(() => {}); // awaited only after a successful start
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') ready(message.poolWaitMs);
      else if (message.type === 'done') done(message.result);
      else fail(message.error);
    });
    this.worker.on('error', (error) => fail(error));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => {
      fail(new Error('a load worker thread stopped before its phase ended'));
      resolve();
    }));
  }
}

export async function runOnThreads(plan: PhasePlan, threads: number): Promise<Omit<PhaseResult, 'threads'>> {
  const connections = shares(plan.connections, threads);
  const operations = plan.bounds.operations === undefined ? undefined : shares(plan.bounds.operations, threads);
  let firstConnection = 0;
  const workers = connections.map((count, i) => {
    const start: ThreadStart = {
      url: plan.url, server: plan.server, statements: plan.statements, timeoutMs: plan.timeoutMs, depth: plan.depth,
      weights: plan.weights, seed: plan.seed, connections: count, firstConnection,
      bounds: { ...plan.bounds, ...(operations ? { operations: operations[i]! } : {}) },
    };
    firstConnection += count;
    return new LoadWorker(start);
  });
  try {
    const opened = await Promise.allSettled(workers.map((w) => w.ready));
    const failed = opened.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    // A worker that failed has closed what it opened; the others are told to close theirs.
    for (const w of workers) w.worker.postMessage({ type: failed ? 'abort' : 'go' });
    if (failed) throw failed.reason;
    const results = await Promise.all(workers.map((w) => w.done));
    return merge(results, opened.flatMap((s) => (s.status === 'fulfilled' ? s.value : [])), plan);
  } finally {
    await Promise.all(workers.map((w) => w.exited));
  }
}

/** Counts summed, errors regrouped by the engine's class, histograms added, the longest thread's time. */
function merge(results: readonly ThreadResult[], poolWaitMs: number[], plan: PhasePlan): Omit<PhaseResult, 'threads'> {
  const errors: PhaseResult['errors'] = new Map();
  for (const result of results) {
    for (const [, { count, first }] of result.errors) {
      const key = plan.classify(first);
      const seen = errors.get(key);
      if (seen) seen.count += count;
      else errors.set(key, { count, first });
    }
  }
  return {
    operations: results.reduce((n, r) => n + r.operations, 0),
    succeeded: results.reduce((n, r) => n + r.succeeded, 0),
    errors,
    perStatement: plan.weights.map((_, i) => results.reduce((n, r) => n + r.perStatement[i]!, 0)),
    latency: WindowedLatency.merge(results.map((r) => r.latency)),
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
    capped: results.some((r) => r.capped),
    depth: Math.max(...results.map((r) => r.depth)),
    poolWaitMs,
  };
}
