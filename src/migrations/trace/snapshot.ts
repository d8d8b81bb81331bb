// One round trip per statement: everything the PostgreSQL trace reads between two statements
// of the migration's still-open transaction — the locks this session holds, the stored file of
// each existing relation (rewrites), sequential scans so far in this transaction, constraints
// on the existing tables, the timeouts in force, and whether a transaction is open at all. Read
// as one query, so tracing costs about one extra round trip per statement rather than six.
import type { Engine } from '../../engines/engine.js';
import { KINDS, type TracedConstraint } from './constraints.js';
import { blocksOf, lockStrength, qualifiedName, type HeldLock, type Timeouts } from './locks.js';
import type { ScanCounts } from './rewrites.js';

export interface PostgresSnapshot {
  /** now() = statement_timestamp(): no transaction block is open (each statement commits alone). */
  outside: boolean;
  timeouts: Timeouts;
  /** The strongest lock this session holds on each existing relation, ShareUpdateExclusiveLock and up. */
  locks: HeldLock[];
  /** Existing tables (as named now, and by oid) this session holds RowExclusiveLock or stronger on: the only ones whose rows it can have changed. */
  written: Set<string | number>;
  /** Stored file per existing relation oid. */
  filenodes: Map<number, number>;
  /** Sequential scans of existing tables in the current transaction, per oid. */
  scans: Map<number, ScanCounts>;
  /** Constraints on existing tables, per constraint oid. */
  constraints: Map<number, TracedConstraint>;
}

interface Row {
  outside: boolean;
  lock_timeout: string;
  statement_timeout: string;
  locks: unknown;
  filenodes: unknown;
  scans: unknown;
  constraints: unknown;
}

/** `relationOids`: the base branch's tables and indexes; `tableOids`: its tables. */
export async function postgresSnapshot(engine: Engine, relationOids: readonly number[], tableOids: readonly number[]): Promise<PostgresSnapshot> {
  const [row] = await engine.query<Row>(
    `select now() = statement_timestamp() as outside,
            current_setting('lock_timeout') as lock_timeout, current_setting('statement_timeout') as statement_timeout,
            (select coalesce(json_agg(json_build_object('oid', c.oid::int, 'relation', ${qualifiedName('c', 'n')}, 'table', ${qualifiedName('t', 'tn')}, 'tableOid', t.oid::int, 'mode', l.mode)), '[]')
               from pg_locks l
               join pg_class c on c.oid = l.relation
               join pg_namespace n on n.oid = c.relnamespace
               left join pg_index i on i.indexrelid = c.oid
               join pg_class t on t.oid = coalesce(i.indrelid, c.oid)
               join pg_namespace tn on tn.oid = t.relnamespace
              where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
                and l.database = (select oid from pg_database where datname = current_database())
                and l.relation = any($1::oid[])) as locks,
            (select coalesce(json_agg(json_build_array(c.oid::int, c.relfilenode::int)), '[]')
               from pg_class c where c.oid = any($1::oid[])) as filenodes,
            (select coalesce(json_agg(json_build_array(s.relid::int, s.seq_scan, s.seq_tup_read)), '[]')
               from pg_stat_xact_user_tables s where s.relid = any($2::oid[])) as scans,
            (select coalesce(json_agg(json_build_object('oid', k.oid::int, 'name', k.conname, 'table', ${qualifiedName('c', 'n')}, 'type', k.contype::text, 'validated', k.convalidated)), '[]')
               from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
              where k.conrelid = any($2::oid[])) as constraints`,
    [relationOids, tableOids],
  );
  if (!row) throw new Error('the trace snapshot returned no row');
  const locks = json<{ oid: number; relation: string; table: string; tableOid: number; mode: string }[]>(row.locks);
  const strongest = new Map<string, HeldLock>();
  const written = new Set<string | number>();
  for (const lock of locks) {
    const strength = lockStrength(lock.mode);
    if (strength >= lockStrength('RowExclusiveLock')) written.add(lock.table).add(lock.tableOid);
    // Weaker modes conflict only with schema changes, never with the application's reads and writes.
    if (strength < lockStrength('ShareUpdateExclusiveLock')) continue;
    const known = strongest.get(lock.relation);
    if (known && lockStrength(known.mode) >= strength) continue;
    strongest.set(lock.relation, { relation: lock.relation, table: lock.table, mode: lock.mode, blocks: blocksOf(lock.mode) });
  }
  return {
    outside: row.outside,
    timeouts: { lockTimeout: row.lock_timeout, statementTimeout: row.statement_timeout },
    locks: [...strongest.values()].sort((a, b) => a.relation.localeCompare(b.relation)),
    written,
    filenodes: new Map(json<[number, number][]>(row.filenodes)),
    scans: new Map(json<[number, number | string, number | string][]>(row.scans).map(([oid, scans, rows]) => [oid, { scans: Number(scans), rows: Number(rows) }])),
    constraints: new Map(
      json<{ oid: number; name: string; table: string; type: string; validated: boolean }[]>(row.constraints).map((k) => [
        k.oid,
        { name: k.name, table: k.table, kind: KINDS[k.type] ?? 'check', validated: k.validated },
      ]),
    ),
  };
}

/** json columns arrive parsed from node-postgres and PGlite alike; a string is parsed here. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
