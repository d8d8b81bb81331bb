// Foreign keys point at rows that exist. Fan-out is skewed by default (zipf: a few customers
// place most orders); a key that is also unique takes each parent once; a self-reference is a
// tree whose roots point at nothing (nullable) or at themselves (NOT NULL).
import type { ForeignKey } from '../../engines/engine.js';
import { SeedError } from '../errors.js';
import { indexPicker, streamOf } from '../random.js';
import { settingOf, type TableContext, type ValueOf } from './context.js';

/** Value generators for each column of one foreign key; all read the same parent row. */
export function foreignValues(ctx: TableContext, fk: ForeignKey, keyAt: (column: string) => ((i: number) => unknown) | undefined): Map<string, ValueOf> {
  const { table, rows } = ctx;
  const columns = fk.columns.map((c) => table.columns.find((col) => col.name === c)!);
  const nullable = columns.some((c) => c.nullable);
  const setting = settingOf(ctx, fk.columns[0]!);
  const random = streamOf(ctx.seed, `${table.name}.${fk.columns.join(',')}`);
  const pick = indexPicker(setting?.distribution ?? 'zipf', random);
  const out = new Map<string, ValueOf>();
  const offset = ctx.existing.count;

  if (fk.refTable === table.name) {
    // A tree: the first tenth are roots, every other row hangs under an earlier row.
    const keys = fk.refColumns.map((c) => keyAt(c));
    if (keys.some((k) => !k)) {
      if (!nullable) throw new SeedError(`${table.name}.${fk.columns.join(', ')} references ${table.name}.${fk.refColumns.join(', ')}, whose values are not made from the row number; give it a data.columns sequence or pattern`, table.name, fk.columns[0]);
      for (const c of fk.columns) out.set(c, () => null);
      return out;
    }
    const roots = Math.max(1, Math.ceil(rows / 10));
    let at = -1;
    let parent = 0;
    fk.columns.forEach((c, k) => {
      out.set(c, (i) => {
        if (at !== i) {
          at = i;
          parent = i < roots ? (nullable ? -1 : i) : Math.floor(random() * i);
        }
        return parent < 0 ? null : keys[k]!(parent);
      });
    });
    return out;
  }

  const parents = ctx.kept.get(fk.refTable);
  if (!parents?.length) {
    if (!nullable) {
      throw new SeedError(`${table.name}.${fk.columns.join(', ')} must reference ${fk.refTable}, which has no rows; add ${fk.refTable} to data.rows`, table.name, fk.columns[0]);
    }
    for (const c of fk.columns) out.set(c, () => null);
    return out;
  }
  const count = parents.length;
  const oneToOne = [table.primaryKey, ...table.uniques.map((u) => u.columns)].some((k) => k.length === fk.columns.length && k.every((c) => fk.columns.includes(c)));
  if (oneToOne && rows + offset > count) {
    throw new SeedError(
      `${table.name} gets ${rows} rows, but each must reference a different ${fk.refTable} row and ${fk.refTable} has ${count}; seed at most ${count - offset} in data.rows`,
      table.name,
      fk.columns[0],
    );
  }
  let at = -1;
  let parent = 0;
  fk.columns.forEach((c, k) => {
    const ref = fk.refColumns[k]!;
    out.set(c, (i) => {
      if (at !== i) {
        at = i;
        parent = oneToOne ? i + offset : pick(count);
      }
      return parents.value(parent, ref);
    });
  });
  return out;
}
