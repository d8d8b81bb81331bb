// What every column generator is built from, once per table. A generator is a closure
// `(i, row) => value`: row i's value, with the values already made for this row at hand (a
// column compared with another by a CHECK is made after it).
import type { Column, Dialect, Table } from '../../engines/engine.js';
import type { ColumnRule, TableRules } from '../check-constraints.js';
import type { DataConfig } from '../plan.js';
import type { ParentValues } from '../parent-values.js';
import type { ExistingRows } from '../existing-rows.js';
import type { VectorSource } from './vectors.js';

export type ColumnSetting = DataConfig['columns'][string];

/** Row i's value; `row` holds the values made so far for row i, by column position. */
export type ValueOf = (i: number, row: unknown[]) => unknown;

export interface TableContext {
  table: Table;
  rows: number;
  seed: number;
  dialect: Dialect;
  rules: TableRules;
  settings: DataConfig['columns'];
  /** Referenced values of tables already seeded. */
  kept: ReadonlyMap<string, ParentValues>;
  /** Rows the migrations left in this table. */
  existing: ExistingRows;
  /** Foreign keys left NULL now and filled in the second pass. */
  deferred: ReadonlySet<string>;
  /** Vector columns' sources, keyed by table.column (checks.vector.columns); others get the default model. */
  vectors?: ReadonlyMap<string, VectorSource>;
}

export const settingOf = (ctx: TableContext, column: string): ColumnSetting | undefined => ctx.settings[`${ctx.table.name}.${column}`];
export const ruleFor = (ctx: TableContext, column: string): ColumnRule | undefined => ctx.rules.columns.get(column);

/** The columns that hold unique values on their own. */
export function singleUniqueColumns(table: Table): Set<string> {
  return new Set(
    [table.primaryKey, ...table.uniques.map((u) => u.columns), ...table.indexes.filter((i) => i.unique && !i.partial).map((i) => i.columns)]
      .filter((cols) => cols.length === 1)
      .map((cols) => cols[0]!),
  );
}

/** Multi-column keys not already implied by a unique column among them, primary key first. */
export function compositeKeys(table: Table): string[][] {
  const single = singleUniqueColumns(table);
  const keys = [table.primaryKey, ...table.uniques.map((u) => u.columns), ...table.indexes.filter((i) => i.unique && !i.partial).map((i) => i.columns)];
  const seen = new Set<string>();
  return keys.filter((cols) => {
    const id = [...cols].sort().join('\0');
    if (cols.length < 2 || cols.some((c) => single.has(c)) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export const isInteger = (c: Column) => c.type === 'smallint' || c.type === 'integer' || c.type === 'bigint';
export const isNumber = (c: Column) => isInteger(c) || c.type === 'numeric' || c.type === 'real';
