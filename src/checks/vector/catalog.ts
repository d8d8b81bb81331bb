// What the vector checks read from the catalog: a vector column's type and declared dimension,
// and the approximate indexes (hnsw, ivfflat) on it with their operator classes.
import type { Engine } from '../../engines/engine.js';

export interface VectorColumnInfo {
  /** vector, halfvec, sparsevec; undefined when the column is another type. */
  type?: string;
  /** format_type's spelling, e.g. vector(32), text. */
  nativeType: string;
  /** The declared dimension; undefined for an untyped vector column. */
  dims?: number;
  /** The row-identity expression: the primary key as text, else ctid. */
  identity: string;
}

export interface VectorIndex {
  name: string;
  method: 'hnsw' | 'ivfflat';
  opclass: string;
  definition: string;
}

const qualified = (engine: Engine, table: string) => table.split('.').map((n) => engine.quoteIdent(n)).join('.');

/** undefined when the table or column does not exist. */
export async function readVectorColumn(engine: Engine, table: string, column: string): Promise<VectorColumnInfo | undefined> {
  const [row] = await engine.query<{ native: string; typname: string; typmod: number; pk: string[] | null }>(
    `select format_type(a.atttypid, a.atttypmod) as native, t.typname, a.atttypmod::int as typmod,
            (select array_agg(pa.attname::text order by k.ord)
               from pg_constraint c cross join unnest(c.conkey) with ordinality k(num, ord)
               join pg_attribute pa on pa.attrelid = c.conrelid and pa.attnum = k.num
              where c.conrelid = a.attrelid and c.contype = 'p') as pk
       from pg_attribute a join pg_type t on t.oid = a.atttypid
      where a.attrelid = to_regclass($1) and a.attname = $2 and a.attnum > 0 and not a.attisdropped`,
    [qualified(engine, table), column],
  );
  if (!row) return undefined;
  const isVector = ['vector', 'halfvec', 'sparsevec'].includes(row.typname);
  const pk = row.pk ?? [];
  const identity = pk.length === 1 ? `${engine.quoteIdent(pk[0]!)}::text` : pk.length ? `row(${pk.map((c) => engine.quoteIdent(c)).join(', ')})::text` : 'ctid::text';
  return {
    ...(isVector ? { type: row.typname } : {}),
    nativeType: row.native,
    ...(isVector && row.typmod > 0 ? { dims: row.typmod } : {}),
    identity,
  };
}

/** hnsw and ivfflat indexes whose first key is the column. */
export async function readVectorIndexes(engine: Engine, table: string, column: string): Promise<VectorIndex[]> {
  return engine.query<VectorIndex>(
    `select ci.relname as name, am.amname as method, opc.opcname as opclass, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class ci on ci.oid = i.indexrelid
       join pg_am am on am.oid = ci.relam
       join pg_opclass opc on opc.oid = i.indclass[0]
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indrelid = to_regclass($1) and a.attname = $2 and am.amname in ('hnsw', 'ivfflat')
      order by ci.relname`,
    [qualified(engine, table), column],
  );
}

export { qualified };
