// The second pass of a foreign-key cycle: the nullable key left NULL on insert now points at a
// parent row, which exists since both tables have rows. Rows are addressed by their primary
// key, recomputed from the row number; UPDATEs join a batch of (key, parent) pairs.
import type { Column, Engine, Table } from '../engines/engine.js';
import { SeedError } from './errors.js';
import type { ParentValues } from './parent-values.js';
import type { DeferredKey, DataConfig } from './plan.js';
import { indexPicker, streamOf } from './random.js';
import type { TableGenerator } from './generate/table.js';

const BATCH = 1000;

export async function fillDeferredKey(
  engine: Engine,
  deferred: DeferredKey,
  child: { table: Table; rows: number; generator: TableGenerator },
  parents: ParentValues | undefined,
  data: DataConfig,
): Promise<void> {
  const { table } = child;
  const { foreignKey: fk } = deferred;
  const keys = table.primaryKey.map((c) => child.generator.keyAt(c));
  if (!table.primaryKey.length || keys.some((k) => !k)) {
    throw new SeedError(`${table.name}.${fk.columns.join(', ')} closes a cycle of foreign keys and is filled after ${fk.refTable} has rows, which needs ${table.name} to have a primary key the factory makes; give it one or seed ${fk.refTable} without this key`, table.name, fk.columns[0]);
  }
  if (!parents?.length) return;
  const setting = data.columns[`${table.name}.${fk.columns[0]}`];
  const random = streamOf(data.seed, `${table.name}.${fk.columns.join(',')}#second-pass`);
  const pick = indexPicker(setting?.distribution ?? 'zipf', random);
  const q = (n: string) => engine.quoteIdent(n);
  const target = table.name.split('.').map(q).join('.');
  const column = (name: string) => table.columns.find((c) => c.name === name)!;
  const literal = (value: unknown, col: Column) => (engine.dialect === 'postgres' ? `CAST(${quote(value, false)} AS ${col.nativeType})` : quote(value, true));
  for (let start = 0; start < child.rows; start += BATCH) {
    const pairs: string[] = [];
    for (let i = start; i < Math.min(child.rows, start + BATCH); i++) {
      if (setting?.nulls && random() < setting.nulls) continue;
      const parent = pick(parents.length);
      const values = [...table.primaryKey.map((c, k) => literal(keys[k]!(i), column(c))), ...fk.columns.map((c, k) => literal(parents.value(parent, fk.refColumns[k]!), column(c)))];
      pairs.push(`SELECT ${values.map((v, k) => `${v} AS v${k}`).join(', ')}`);
    }
    if (!pairs.length) continue;
    const n = table.primaryKey.length;
    const match = table.primaryKey.map((c, k) => `t.${q(c)} = v.v${k}`).join(' AND ');
    const sets = fk.columns.map((c, k) => `${q(c)} = v.v${n + k}`);
    const source = `(${pairs.join(' UNION ALL ')}) v`;
    await engine.exec(
      engine.dialect === 'postgres'
        ? `UPDATE ${target} t SET ${sets.join(', ')} FROM ${source} WHERE ${match}`
        : `UPDATE ${target} t JOIN ${source} ON ${match} SET ${sets.map((s) => `t.${s}`).join(', ')}`,
    );
  }
}

/** A SQL literal; MySQL also escapes backslashes inside strings. */
function quote(value: unknown, backslashes: boolean): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value).replace(/'/g, "''");
  return `'${backslashes ? text.replace(/\\/g, '\\\\') : text}'`;
}
