// One round trip per statement: everything the PostgreSQL trace reads between two statements
// of the migration's still-open transaction — the locks this session holds, the stored file of
// each existing relation (rewrites), sequential scans so far in this transaction, constraints
// on the existing tables and the timeouts in force. Read
// as one query, so tracing costs about one extra round trip per statement rather than six.
import type { Engine } from '../../engines/engine.js';
import { KINDS, type TracedConstraint } from './constraints.js';
import { blocksOf, lockStrength, type HeldLock, type Timeouts } from './locks.js';
import type { ScanCounts, StoredRelation } from './rewrites.js';

export interface PostgresSnapshot {
  timeouts: Timeouts;
  /** The strongest lock this session holds on each existing relation, ShareUpdateExclusiveLock and up. */
  locks: HeldLock[];
  /**
   * Existing tables whose rows this session may have changed: it holds RowExclusiveLock (every
   * INSERT, UPDATE, DELETE, MERGE and COPY takes it, also on a table the transaction already
   * locked more strongly — pg_locks lists each mode held) or ExclusiveLock / AccessExclusiveLock
   * (TRUNCATE, DROP, a rewrite with USING, DROP COLUMN). CREATE INDEX, foreign keys, triggers
   * and VALIDATE take the modes in between and change no row.
   */
  written: Set<string>;
  /** Stored file per existing relation oid. */
  filenodes: Map<number, number>;
  /** Sequential scans of existing tables in the current transaction, per oid (pg_stat_xact_user_tables' seq_scan and seq_tup_read, read from the functions behind the view). */
  scans: Map<number, ScanCounts>;
  /** Constraints on existing tables, per constraint oid. */
  constraints: Map<number, TracedConstraint>;
}

interface Row {
  lock_timeout: string;
  statement_timeout: string;
  locks: unknown;
  filenodes: unknown;
  scans: unknown;
  constraints: unknown;
}

/**
 * $1: the base branch's tables and indexes (oids); $2: its tables. Only oids and catalog values
 * come back — names are the trace's (TraceContext.relations), so the query joins nothing and
 * plans in a fraction of a millisecond (with names joined in, planning alone took ~3 ms a
 * statement, more than most migration statements).
 */
export const SNAPSHOT_SQL = `select current_setting('lock_timeout') as lock_timeout, current_setting('statement_timeout') as statement_timeout,
  (select coalesce(json_agg(json_build_array(l.relation::int, l.mode)), '[]')
     from pg_locks l
    where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation = any($1::oid[])) as locks,
  (select coalesce(json_agg(json_build_array(c.oid::int, c.relfilenode::int)), '[]')
     from pg_class c where c.oid = any($1::oid[])) as filenodes,
  (select coalesce(json_agg(json_build_array(o::int, pg_stat_get_xact_numscans(o), pg_stat_get_xact_tuples_returned(o))), '[]')
     from unnest($2::oid[]) o) as scans,
  (select coalesce(json_agg(json_build_array(k.oid::int, k.conname, k.conrelid::int, k.contype::text, k.convalidated)), '[]')
     from pg_constraint k where k.conrelid = any($2::oid[])) as constraints`;

/**
 * Reads the snapshot on the migration's own connection. `relations`: the base branch's tables
 * and indexes by oid, named as the base branch names them (a table the migration renames keeps
 * its old name here: the one production has).
 */
export async function postgresSnapshot(engine: Engine, relations: ReadonlyMap<number, StoredRelation>, tableOids: readonly number[]): Promise<PostgresSnapshot> {
  const [row] = await engine.query<Row>(SNAPSHOT_SQL, [[...relations.keys()], tableOids]);
  if (!row) throw new Error('the trace snapshot returned no row');
  const strongest = new Map<string, HeldLock>();
  const written = new Set<string>();
  for (const [oid, mode] of json<[number, string][]>(row.locks)) {
    const relation = relations.get(oid);
    if (!relation) continue;
    const strength = lockStrength(mode);
    if (CHANGES_ROWS.has(mode)) written.add(relation.table);
    // Weaker modes conflict only with schema changes, never with the application's reads and writes.
    if (strength < lockStrength('ShareUpdateExclusiveLock')) continue;
    const known = strongest.get(relation.name);
    if (known && lockStrength(known.mode) >= strength) continue;
    strongest.set(relation.name, { relation: relation.name, table: relation.table, mode, blocks: blocksOf(mode) });
  }
  return {
    timeouts: { lockTimeout: row.lock_timeout, statementTimeout: row.statement_timeout },
    locks: [...strongest.values()].sort((a, b) => a.relation.localeCompare(b.relation)),
    written,
    filenodes: new Map(json<[number, number][]>(row.filenodes)),
    scans: new Map(json<[number, number | string, number | string][]>(row.scans).map(([oid, scans, rows]) => [oid, { scans: Number(scans), rows: Number(rows) }])),
    constraints: new Map(
      json<[number, string, number, string, boolean][]>(row.constraints).map(([oid, name, table, type, validated]) => [
        oid,
        { name, table: relations.get(table)?.name ?? String(table), kind: KINDS[type] ?? 'check', validated },
      ]),
    ),
  };
}

const CHANGES_ROWS = new Set(['RowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock']);

/** json columns arrive parsed from node-postgres and PGlite alike; a string is parsed here. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
