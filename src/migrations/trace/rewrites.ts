// What a PostgreSQL statement did to the storage of existing tables: a rewrite gives a relation
// a new relfilenode (a full copy under AccessExclusiveLock); a validating scan (SET NOT NULL,
// a validated constraint) reads every row but leaves the file alone. Both are read on the
// migration's own connection, where the uncommitted catalog change is already visible.
import type { Engine } from '../../engines/engine.js';
import { qualifiedName } from './locks.js';

export interface StoredRelation {
  oid: number;
  /** Schema-qualified outside public, like introspect()'s table names. */
  name: string;
  kind: 'table' | 'index';
  /** The table an index belongs to (a table's own name for a table). */
  table: string;
  filenode: number;
  /** The first column a probe may write to itself (not generated, not identity ALWAYS). */
  probeColumn?: string;
}

/** The user's tables, materialised views and indexes as they are stored now. */
export async function storedRelations(engine: Engine): Promise<Map<number, StoredRelation>> {
  const rows = await engine.query<{ oid: number; name: string; relkind: string; table_name: string; filenode: number; probe_column: string | null }>(
    `select c.oid::int as oid, ${qualifiedName('c', 'n')} as name, c.relkind::text as relkind,
            ${qualifiedName('t', 'tn')} as table_name, c.relfilenode::int as filenode,
            (select a.attname from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                and a.attgenerated = '' and a.attidentity <> 'a'
              order by a.attnum limit 1) as probe_column
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_index i on i.indexrelid = c.oid
       join pg_class t on t.oid = coalesce(i.indrelid, c.oid)
       join pg_namespace tn on tn.oid = t.relnamespace
      where c.relkind in ('r', 'p', 'm', 'i', 'I')
        and n.nspname not in ('pg_catalog', 'information_schema')
        and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
  );
  return new Map(
    rows.map((r) => {
      const relation: StoredRelation = { oid: r.oid, name: r.name, kind: r.relkind === 'i' || r.relkind === 'I' ? 'index' : 'table', table: r.table_name, filenode: r.filenode };
      if (r.probe_column) relation.probeColumn = r.probe_column;
      return [r.oid, relation];
    }),
  );
}

/**
 * Relations whose file changed between two readings (oid → relfilenode): rewritten tables, then
 * indexes rebuilt on their own (an index of a rewritten table is rebuilt with it and not named
 * again). Partitioned tables have no file (relfilenode 0) and are never called rewritten.
 */
export function rewrittenRelations(relations: ReadonlyMap<number, StoredRelation>, before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): string[] {
  const changed = [...before].flatMap(([oid, filenode]) => {
    const now = after.get(oid);
    const relation = relations.get(oid);
    return relation && now !== undefined && filenode !== 0 && now !== filenode ? [relation] : [];
  });
  const tables = new Set(changed.filter((r) => r.kind === 'table').map((r) => r.name));
  return changed.filter((r) => r.kind === 'table' || !tables.has(r.table)).map((r) => r.name);
}

export interface ScanCounts {
  scans: number;
  rows: number;
}

/**
 * Sequential scans and rows they read as pg_stat_xact_* shows them now, per table oid: the
 * current transaction's, plus (PostgreSQL 15+) counts of earlier ones not yet flushed to the
 * shared statistics. Read before and after a statement in one transaction, the difference is
 * what the statement scanned.
 */
export async function sequentialScans(engine: Engine, oids: readonly number[]): Promise<Map<number, ScanCounts>> {
  if (oids.length === 0) return new Map();
  const rows = await engine.query<{ oid: number; scans: number; rows: number }>(
    // pg_stat_xact_user_tables' seq_scan and seq_tup_read, from the functions behind the view.
    `select o::int as oid, pg_stat_get_xact_numscans(o)::bigint as scans, pg_stat_get_xact_tuples_returned(o)::bigint as rows
       from unnest($1::oid[]) o`,
    [oids],
  );
  return new Map(rows.map((r) => [r.oid, { scans: Number(r.scans), rows: Number(r.rows) }]));
}
