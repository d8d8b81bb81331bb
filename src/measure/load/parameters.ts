// Where each value of a load operation comes from. A `{ from: table.column }` parameter is read
// once, before the phase, into a pool of seeded values; each operation then picks one with the
// connection's seeded random generator, so the loop itself never queries for parameters.
import type { ScratchConnection } from '../../engines/engine.js';
import type { QueryParam } from '../../config/schema/index.js';

export type ParamSource =
  | { kind: 'literal'; value: unknown }
  /** Values of a seeded column, in the column's order (text on PostgreSQL). */
  | { kind: 'pool'; values: readonly unknown[] }
  /** Integers low…high, both inclusive (the benchmark's aid in 1…1,000,000). */
  | { kind: 'range'; low: number; high: number };

/** At most this many values per pool: enough spread for a mix, little memory per connection. */
export const POOL_SIZE = 10_000;

/** The sources of one declared query's parameters, pools read from the scratch database. */
export async function paramSources(engine: ScratchConnection, params: readonly QueryParam[]): Promise<ParamSource[]> {
  const sources: ParamSource[] = [];
  for (const param of params) {
    if (param === null || typeof param !== 'object') sources.push({ kind: 'literal', value: param });
    else if ('from' in param) sources.push({ kind: 'pool', values: await seededValues(engine, param.from) });
    else if ('range' in param) sources.push({ kind: 'range', low: param.range[0], high: param.range[1] });
    else sources.push({ kind: 'pool', values: param.pick });
  }
  return sources;
}

/** Up to POOL_SIZE values of table.column, evenly spaced through the column's order. */
async function seededValues(engine: ScratchConnection, tableColumn: string): Promise<unknown[]> {
  const parts = tableColumn.split('.');
  const column = engine.quoteIdent(parts.pop()!);
  const table = parts.map((p) => engine.quoteIdent(p)).join('.');
  const [{ n }] = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${column} IS NOT NULL`)) as [{ n: number }];
  const step = Math.max(1, Math.ceil(Number(n) / POOL_SIZE));
  // Text on PostgreSQL: the wire protocol binds text, whatever the column's type.
  const value = engine.dialect === 'postgres' ? `${column}::text` : column;
  const rows = await engine.query<{ v: unknown }>(
    `SELECT v FROM (SELECT ${value} AS v, row_number() OVER (ORDER BY ${column}) AS r FROM ${table} WHERE ${column} IS NOT NULL) s WHERE (r - 1) % ${step} = 0 ORDER BY r`,
  );
  if (rows.length === 0) throw new Error(`${tableColumn} has no rows to take a parameter from; seed ${parts.join('.')} in data.rows`);
  return rows.map((r) => r.v);
}
