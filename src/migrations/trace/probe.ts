// The blocking probe: while the migration's transaction holds its locks, other sessions (more
// connections as the same role) try what the application does all day — read a row, write a
// row — with a short lock_timeout. A lock_timeout error (55P03) means production traffic would
// have queued behind the migration for as long as it held the lock.
//
// Only attempts the lock can block are run: PostgreSQL's conflict table decides which (a SELECT
// takes AccessShareLock, which only AccessExclusiveLock blocks; an UPDATE takes RowExclusiveLock,
// which ShareLock and stronger block). The rest are recorded as passing "by the conflict table",
// without a round trip. The attempts that run are spread over a few sessions at once, and wait
// only PROBE_LOCK_TIMEOUT_MS: being queued at all is the observation, not how long.
import { performance } from 'node:perf_hooks';
import type { EngineSession } from '../../engines/engine.js';
import { lockStrength } from './locks.js';

/** How long a probe waits for a lock before it counts as blocked. */
export const PROBE_LOCK_TIMEOUT_MS = 25;
/** Sessions the probes run on at once (PostgreSQL): enough for a read and a write on two tables. */
export const PROBE_SESSIONS = 4;

export interface ProbeAttempt {
  /** The probe's SQL, for the report: "select 1 from orders limit 1". */
  statement: string;
  blocked: boolean;
  /** How long the probe waited (about PROBE_LOCK_TIMEOUT_MS when blocked; 0 when not run). */
  waitedMs: number;
  /** Not run: the lock held does not conflict with this attempt's lock, so it cannot wait (PostgreSQL's conflict table). */
  inferred?: true;
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
  /** The strongest PostgreSQL lock mode the migration holds on the table (or its indexes). */
  mode: string;
}

/** Whether a lock held in `mode` can make the probe's read (AccessShareLock) or write (RowExclusiveLock) wait. */
export const canBlock = (mode: string, attempt: 'read' | 'write'): boolean =>
  lockStrength(mode) >= lockStrength(attempt === 'read' ? 'AccessExclusiveLock' : 'ShareLock');

/**
 * Reads and writes each target from the probe sessions. The read is a SELECT of one row; the
 * write is an UPDATE that matches no row but still takes RowExclusiveLock on the table when it
 * is planned (LOCK TABLE … IN ROW EXCLUSIVE MODE, rolled back, where no column can be set), so
 * the probe leaves nothing behind.
 * `sessions` must not be empty; attempts are spread over them, several at a time.
 */
export async function probeTables(sessions: readonly EngineSession[], targets: readonly ProbeTarget[]): Promise<TableProbe[]> {
  const first = sessions[0]!;
  const jobs: { statement: string; settle: (attempt: ProbeAttempt) => void }[] = [];
  const probes = targets.map((target) => {
    const table = qualify(first, target.table);
    const read = `select 1 from ${table} limit 1`;
    const write = target.column
      ? `update ${table} set ${first.quoteIdent(target.column)} = ${first.quoteIdent(target.column)} where false`
      : `lock table ${table} in row exclusive mode`;
    const probe: TableProbe = { table: target.table, read: passes(read), write: passes(write) };
    if (canBlock(target.mode, 'read')) jobs.push({ statement: read, settle: (a) => (probe.read = a) });
    if (canBlock(target.mode, 'write')) jobs.push({ statement: write, settle: (a) => (probe.write = a) });
    return probe;
  });
  let next = 0;
  await Promise.all(
    sessions.slice(0, Math.max(1, jobs.length)).map(async (session) => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        job.settle(await attempt(session, job.statement));
      }
    }),
  );
  return probes;
}

const passes = (statement: string): ProbeAttempt => ({ statement, blocked: false, waitedMs: 0, inferred: true });

/** Sessions whose lock_timeout is already the probe's (set once: it is the probe's own session). */
const prepared = new WeakSet<EngineSession>();

/**
 * One attempt: the read and the UPDATE run alone (their own transaction; the UPDATE changes no
 * row), LOCK TABLE inside a transaction that is rolled back.
 */
async function attempt(session: EngineSession, statement: string): Promise<ProbeAttempt> {
  if (!prepared.has(session)) {
    await session.exec(`set lock_timeout = ${PROBE_LOCK_TIMEOUT_MS}`);
    prepared.add(session);
  }
  const wrapped = /^lock\b/i.test(statement);
  const started = performance.now();
  try {
    if (wrapped) await session.exec('begin');
    await session.exec(statement);
    return { statement, blocked: false, waitedMs: performance.now() - started };
  } catch (error) {
    const described = session.describeError(error);
    const waitedMs = performance.now() - started;
    if (described.code === '55P03') return { statement, blocked: true, waitedMs };
    return { statement, blocked: false, waitedMs, error: `${described.code}: ${described.message}` };
  } finally {
    if (wrapped) await session.exec('rollback').catch(() => undefined);
  }
}

const qualify = (session: EngineSession, name: string): string => name.split('.').map((part) => session.quoteIdent(part)).join('.');
