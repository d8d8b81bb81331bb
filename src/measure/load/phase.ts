// One load phase against one database URL: open the connections (each as the URL's role, with
// every statement prepared), run the loop, close them all whatever happened. Used by the gate
// and by bench/load.ts alike, so the benchmark measures exactly what a gate run does.
import type { ServerInfo } from '../../engines/engine.js';
import type { LoadConnection, LoadStatement, OpenConnection, OperationError } from './connection.js';
import { openMysqlConnection } from './mysql-connection.js';
import { openPostgresConnection } from './postgres-wire.js';
import { runLoop, type LoopBounds, type LoopResult } from './run.js';

export interface PhasePlan {
  /** postgres:// or mysql:// URL of the scratch database: a secret, never printed. */
  url: string;
  server: ServerInfo['name'];
  statements: readonly LoadStatement[];
  /** Weight of each statement, in the same order. */
  weights: readonly number[];
  connections: number;
  seed: number;
  bounds: LoopBounds;
  timeoutMs: number;
  /** Operations in flight per connection; 1 waits for each reply, as pgbench does without -M pipeline. */
  depth?: number;
  classify: (error: OperationError) => string;
}

export interface PhaseResult extends LoopResult {
  /** How long each connection took to become ready (connect, log in, prepare), ms: the pool wait. */
  poolWaitMs: number[];
}

export async function runPhase(plan: PhasePlan): Promise<PhaseResult> {
  const open: OpenConnection = plan.server === 'postgresql' ? openPostgresConnection : openMysqlConnection;
  const options = { timeoutMs: plan.timeoutMs, depth: plan.depth ?? 1, server: plan.server };
  const poolWaitMs: number[] = [];
  const opening = Array.from({ length: plan.connections }, async () => {
    const started = performance.now();
    const connection = await open(plan.url, plan.statements, options);
    poolWaitMs.push(performance.now() - started);
    return connection;
  });
  const settled = await Promise.allSettled(opening);
  const connections = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return { ...(await runLoop(connections, plan.weights, plan.seed, plan.bounds, plan.classify)), poolWaitMs };
  } finally {
    await Promise.allSettled(connections.map((c: LoadConnection) => c.close()));
  }
}
