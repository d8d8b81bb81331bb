// PostgreSQL table locks in plain words, read from pg_locks on the migration's own connection:
// between two statements of its still-open transaction, the locks it holds are the ones the
// application would be waiting on in production.
import type { Engine } from '../../engines/engine.js';

/** What a lock stops the running application from doing, in the words the report uses. */
export type LockBlocks = 'reads and writes' | 'writes' | 'other schema changes and VACUUM' | 'schema changes';

export interface HeldLock {
  /** The locked relation: a table or one of its indexes (schema-qualified outside public). */
  relation: string;
  /** The table the relation belongs to (itself for a table): what the probe reads and writes. */
  table: string;
  /** PostgreSQL's name, e.g. AccessExclusiveLock; on MySQL/MariaDB the ALTER's algorithm. */
  mode: string;
  blocks: LockBlocks;
}

// PostgreSQL's table lock modes, weakest first (the conflict table in the manual, "Explicit Locking").
const MODES = [
  'AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock',
  'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock',
] as const;

/** Index in MODES, or -1 for an unknown mode (MySQL algorithms rank through `blocks`). */
export const lockStrength = (mode: string): number => MODES.indexOf(mode as (typeof MODES)[number]);

/**
 * Ordinary traffic takes AccessShareLock (SELECT) and RowExclusiveLock (INSERT/UPDATE/DELETE);
 * what a mode blocks is which of those two it conflicts with.
 */
export function blocksOf(mode: string): LockBlocks {
  const strength = lockStrength(mode);
  if (strength >= lockStrength('AccessExclusiveLock')) return 'reads and writes';
  if (strength >= lockStrength('ShareLock')) return 'writes';
  if (strength === lockStrength('ShareUpdateExclusiveLock')) return 'other schema changes and VACUUM';
  return 'schema changes';
}

/** Ranks any lock by what it blocks, so a PostgreSQL mode and a MySQL algorithm compare. */
export const blockRank = (blocks: LockBlocks): number =>
  ({ 'schema changes': 0, 'other schema changes and VACUUM': 1, writes: 2, 'reads and writes': 3 })[blocks];

/** "AccessExclusiveLock: blocks reads and writes" */
export const describeLock = (lock: Pick<HeldLock, 'mode' | 'blocks'>): string => `${lock.mode}: blocks ${lock.blocks}`;

/** `relname`, or `nspname.relname` outside public — the names introspect() gives tables. */
export const qualifiedName = (cls: string, ns: string): string =>
  `case when ${ns}.nspname = 'public' then ${cls}.relname::text else ${ns}.nspname || '.' || ${cls}.relname end`;

export interface Timeouts {
  lockTimeout: string;
  statementTimeout: string;
}

/** The session's lock_timeout and statement_timeout as SHOW prints them ("0", "2s"). */
export async function currentTimeouts(engine: Engine): Promise<Timeouts> {
  const [row] = await engine.query<{ lock_timeout: string; statement_timeout: string }>(
    `select current_setting('lock_timeout') as lock_timeout, current_setting('statement_timeout') as statement_timeout`,
  );
  return { lockTimeout: row?.lock_timeout ?? '0', statementTimeout: row?.statement_timeout ?? '0' };
}
