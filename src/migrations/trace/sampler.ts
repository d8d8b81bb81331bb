// Locks of a statement that runs outside a transaction (CREATE INDEX CONCURRENTLY, VACUUM, a
// dbmate `transaction:false` file): they are released when the statement ends, before the
// trace can read pg_locks on the migration's connection. So, while such a statement runs,
// another session samples pg_locks for the migration's backend and keeps the strongest mode
// it saw on each existing relation. A lock held only between two samples can be missed: what
// is listed was held, what is not may still have been.
import type { EngineSession } from '../../engines/engine.js';
import { lockStrength } from './locks.js';


const SAMPLE_SQL = `select l.relation::int as oid, l.mode from pg_locks l
  where l.pid = $1 and l.locktype = 'relation' and l.granted and l.relation = any($2::oid[])`;

export interface LockSampler {
  /** Stops sampling; the strongest mode seen per relation oid, and how many samples were taken. */
  stop(): Promise<{ modes: Map<number, string>; samples: number }>;
}

/** Starts sampling the locks backend `pid` holds on `oids`, from `monitor`, until stop(). */
export function sampleLocks(monitor: EngineSession, pid: number, oids: readonly number[]): LockSampler {
  const modes = new Map<number, string>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await monitor.query<{ oid: number; mode: string }>(SAMPLE_SQL, [pid, oids]);
      samples += 1;
      for (const { oid, mode } of rows) {
        const known = modes.get(oid);
        if (!known || lockStrength(mode) > lockStrength(known)) modes.set(oid, mode);
      }
      // Back to back: each sample is a round trip already, and a short statement leaves time for few.
    }
  })();
  return {
    async stop() {
      running = false;
      // A sample that fails (the server is going away) only ends the sampling.
      await loop.catch(() => undefined);
      return { modes, samples };
    },
  };
}
