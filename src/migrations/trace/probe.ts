// The blocking probe: while the migration's transaction holds its locks, a second session
// (another connection as the same role) tries what the application does all day — read a row,
// write a row — with a short lock_timeout. A lock_timeout error (55P03) means production
// traffic would have queued behind the migration for as long as it held the lock.
import { performance } from 'node:perf_hooks';
import type { EngineSession } from '../../engines/engine.js';

/** How long a probe waits for a lock before it counts as blocked. */
export const PROBE_LOCK_TIMEOUT_MS = 150;

export interface ProbeAttempt {
  /** The probe's SQL, for the report: "select 1 from orders limit 1". */
  statement: string;
  blocked: boolean;
  /** How long the probe waited (about PROBE_LOCK_TIMEOUT_MS when blocked). */
  waitedMs: number;
  /** The probe failed for another reason than a lock (it then says nothing about blocking). */
  error?: string;
}

export interface TableProbe {
  table: string;
  read: ProbeAttempt;
  write: ProbeAttempt;
}

export interface ProbeTarget {
  /** The table as the report names it (schema.table outside public). */
  table: string;
  /** A column the write may set to itself; without one the write takes the same lock with LOCK TABLE. */
  column?: string;
}

/**
 * Reads and writes `target` from the second session. The read takes AccessShareLock (as any
 * SELECT), so only AccessExclusiveLock blocks it; the write is an UPDATE that matches no row but
 * still takes RowExclusiveLock on the table when it is planned, so ShareLock and stronger block
 * it. Both run in a transaction that is rolled back, so the probe leaves nothing behind.
 */
export async function probeTable(session: EngineSession, target: ProbeTarget): Promise<TableProbe> {
  const table = qualify(session, target.table);
  const read = `select 1 from ${table} limit 1`;
  const write = target.column
    ? `update ${table} set ${session.quoteIdent(target.column)} = ${session.quoteIdent(target.column)} where false`
    : `lock table ${table} in row exclusive mode`;
  return { table: target.table, read: await attempt(session, read), write: await attempt(session, write) };
}

async function attempt(session: EngineSession, statement: string): Promise<ProbeAttempt> {
  const started = performance.now();
  try {
    await session.exec('begin');
    await session.exec(`set local lock_timeout = ${PROBE_LOCK_TIMEOUT_MS}`);
    await session.exec(statement);
    return { statement, blocked: false, waitedMs: performance.now() - started };
  } catch (error) {
    const described = session.describeError(error);
    const waitedMs = performance.now() - started;
    if (described.code === '55P03') return { statement, blocked: true, waitedMs };
    return { statement, blocked: false, waitedMs, error: `${described.code}: ${described.message}` };
  } finally {
    await session.exec('rollback').catch(() => undefined);
  }
}

const qualify = (session: EngineSession, name: string): string => name.split('.').map((part) => session.quoteIdent(part)).join('.');
