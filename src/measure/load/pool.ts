// Opening a phase's connections, on whichever thread runs them: each as the URL's role with
// every statement prepared, timed (the pool wait). If one fails the others are closed and the
// first failure is thrown: nothing stays connected.
import type { ServerInfo } from '../../engines/engine.js';
import type { LoadConnection, LoadStatement, OpenConnection } from './connection.js';
import { openMysqlConnection } from './mysql-wire.js';
import { openPostgresConnection } from './postgres-wire.js';

export interface PoolPlan {
  /** postgres:// or mysql:// URL of the scratch database: a secret, never printed. */
  url: string;
  server: ServerInfo['name'];
  statements: readonly LoadStatement[];
  timeoutMs: number;
  /** Operations in flight per connection; 1 waits for each reply, as pgbench does without -M pipeline. */
  depth?: number | undefined;
}

export interface OpenedPool {
  connections: LoadConnection[];
  /** How long each connection took to become ready (connect, log in, prepare), ms. */
  poolWaitMs: number[];
}

export async function openPool(plan: PoolPlan, count: number): Promise<OpenedPool> {
  const open: OpenConnection = plan.server === 'postgresql' ? openPostgresConnection : openMysqlConnection;
  const options = { timeoutMs: plan.timeoutMs, depth: plan.depth ?? 1, server: plan.server };
  const poolWaitMs: number[] = [];
  const settled = await Promise.allSettled(
    Array.from({ length: count }, async () => {
      const started = performance.now();
      const connection = await open(plan.url, plan.statements, options);
      poolWaitMs.push(performance.now() - started);
      return connection;
    }),
  );
  const connections = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await closePool(connections);
    throw failed.reason;
  }
  return { connections, poolWaitMs };
}

export async function closePool(connections: readonly LoadConnection[]): Promise<void> {
  await Promise.allSettled(connections.map((c) => c.close()));
}
