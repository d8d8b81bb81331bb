// Tells, from outside, whether a session's statement waits for a lock: the isolation tester's
// only way to know a step "blocked" rather than merely being slow.
import type { Engine, EngineSession } from '../../engines/engine.js';

export interface LockMonitor {
  /** Of these connection ids, the ones waiting for a lock now. */
  waiting(connectionIds: readonly number[]): Promise<Set<number>>;
  close(): Promise<void>;
}

/** InnoDB's CACHE_MIN_IDLE_TIME (100 ms) and a margin. */
const INNODB_CACHE_IDLE_MS = 120;

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
  let lastRead = 0;
  return {
    async waiting(ids) {
      if (ids.length === 0) return new Set();
      // InnoDB refreshes its information_schema transaction cache only once nobody has read it
      // for 100 ms: polling faster would read a stale cache forever.
      const idle = lastRead + INNODB_CACHE_IDLE_MS - performance.now();
      if (idle > 0) await new Promise((resolve) => setTimeout(resolve, idle));
      lastRead = performance.now();
      // Row locks from innodb_trx (via the admin connection); metadata locks (DDL against an
      // open transaction) show only in the processlist, which the per-run user can read.
      const rows = await engine.lockWaiting?.(ids) ?? [];
      lastRead = performance.now();
      const metadata = await monitor.query<{ id: number }>(
        `SELECT id FROM information_schema.processlist WHERE state LIKE 'Waiting for%lock' AND id IN (${ids.map(Number).join(', ')})`,
      );
      return new Set([...rows, ...metadata.map((r) => Number(r.id))]);
    },
    close: () => monitor.close(),
  };
}
