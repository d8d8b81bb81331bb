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

/**
 * The strongest lock this session holds on each relation in `preexisting` (oids). Modes below
 * ShareUpdateExclusiveLock are left out: they conflict only with schema changes, never with
 * the application's reads and writes.
 */
export async function locksHeld(engine: Engine, preexisting: ReadonlySet<number>): Promise<HeldLock[]> {
  const rows = await engine.query<{ oid: number; relation: string; table_name: string; mode: string }>(
    `select c.oid::int as oid, ${qualifiedName('c', 'n')} as relation, ${qualifiedName('t', 'tn')} as table_name, l.mode
       from pg_locks l
       join pg_class c on c.oid = l.relation
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_index i on i.indexrelid = c.oid
       join pg_class t on t.oid = coalesce(i.indrelid, c.oid)
       join pg_namespace tn on tn.oid = t.relnamespace
      where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
        and l.database = (select oid from pg_database where datname = current_database())`,
  );
  const strongest = new Map<string, HeldLock>();
  for (const row of rows) {
    if (!preexisting.has(row.oid) || lockStrength(row.mode) < lockStrength('ShareUpdateExclusiveLock')) continue;
    const known = strongest.get(row.relation);
    if (known && lockStrength(known.mode) >= lockStrength(row.mode)) continue;
    strongest.set(row.relation, { relation: row.relation, table: row.table_name, mode: row.mode, blocks: blocksOf(row.mode) });
  }
  return [...strongest.values()].sort((a, b) => a.relation.localeCompare(b.relation));
}

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
