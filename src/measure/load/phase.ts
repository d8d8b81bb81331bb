// One load phase against one database URL: open the connections, run the loop, close them all
// whatever happened. Used by the gate and by bench/load.ts alike, so the benchmark measures
// exactly what a gate run does.
//
// The connections are spread over worker threads (src/measure/load/threads.ts), as pgbench
// spreads its clients over -j threads: on one thread, a moment the thread is descheduled stalls
// every connection at once, and the socket writes (the loop's main cost) queue behind each other.
import { availableParallelism } from 'node:os';
import { DEFAULT_LOAD_THREADS } from '../../config/schema/index.js';
import type { OperationError } from './connection.js';
import { closePool, openPool, type PoolPlan } from './pool.js';
import { runLoop, type LoopBounds, type LoopResult } from './run.js';
import { runOnThreads } from './threads.js';

export interface PhasePlan extends PoolPlan {
  /** Weight of each statement, in the same order. */
  weights: readonly number[];
  connections: number;
  seed: number;
  bounds: LoopBounds;
  classify: (error: OperationError) => string;
  /** Threads the connections are spread over (pgbench's -j); 1 runs them on the calling thread. Default: see threadCount. */
  threads?: number;
}

export interface PhaseResult extends LoopResult {
  /** How long each connection took to become ready (connect, log in, prepare), ms: the pool wait. */
  poolWaitMs: number[];
  /** Threads the connections ran on (see threadCount). */
  threads: number;
}

/**
 * The `threads` setting, else one per core (more only adds switching), at most
 * DEFAULT_LOAD_THREADS; never more threads than connections or operations to run.
 */
export function threadCount(plan: Pick<PhasePlan, 'connections' | 'threads' | 'bounds'>): number {
  const wanted = plan.threads ?? Math.min(availableParallelism(), DEFAULT_LOAD_THREADS);
  return Math.max(1, Math.min(wanted, plan.connections, plan.bounds.operations ?? Infinity));
}

export async function runPhase(plan: PhasePlan): Promise<PhaseResult> {
  const threads = threadCount(plan);
  if (threads > 1) return { ...(await runOnThreads(plan, threads)), threads };
  const { connections, poolWaitMs } = await openPool(plan, plan.connections);
  try {
    return { ...(await runLoop(connections, plan.weights, plan.seed, plan.bounds, plan.classify)), poolWaitMs, threads };
  } finally {
    await closePool(connections);
  }
}
