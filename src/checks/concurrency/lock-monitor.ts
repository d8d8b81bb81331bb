// Tells, from outside, whether a session's statement waits for a lock: the isolation tester's
// only way to know a step "blocked" rather than merely being slow.
import type { Engine, EngineSession } from '../../engines/engine.js';

export interface LockMonitor {
  /** Of these connection ids, the ones waiting for a lock now. */
  waiting(connectionIds: readonly number[]): Promise<Set<number>>;
  close(): Promise<void>;
}

export async function openLockMonitor(engine: Engine): Promise<LockMonitor> {
  const monitor: EngineSession = await engine.openSession!();
  if (engine.dialect === 'postgres') {
    return {
      // pg_locks (and so pg_blocking_pids) is readable by every role: the confined one suffices.
      async waiting(ids) {
        if (ids.length === 0) return new Set();
        const rows = await monitor.query<{ pid: number }>(
          `select pid from unnest($1::int[]) as pid where cardinality(pg_blocking_pids(pid)) > 0`,
          [ids.map(Number)],
        );
        return new Set(rows.map((r) => Number(r.pid)));
      },
      close: () => monitor.close(),
    };
  }
  return {
    async waiting(ids) {
      if (ids.length === 0) return new Set();
      // Row locks from innodb_trx (via the admin connection); metadata locks (DDL against an
      // open transaction) show only in the processlist, which the per-run user can read.
      const rows = await engine.lockWaiting?.(ids) ?? [];
      const metadata = await monitor.query<{ id: number }>(
        `SELECT id FROM information_schema.processlist WHERE state LIKE 'Waiting for%lock' AND id IN (${ids.map(Number).join(', ')})`,
      );
      return new Set([...rows, ...metadata.map((r) => Number(r.id))]);
    },
    close: () => monitor.close(),
  };
}
