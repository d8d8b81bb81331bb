// Multi-column PRIMARY KEY and UNIQUE (a join table's (order_id, product_id)): each row takes a
// distinct tuple. Every column (or whole foreign key) of the key is a dimension with a number of
// possible values; row i takes tuple (i · step) mod total, step coprime to total, read in mixed
// radix — distinct for every i below total, and spread over the parents rather than in order.
import type { Column, Table } from '../../engines/engine.js';
import type { ColumnRule } from '../check-constraints.js';
import type { ParentValues } from '../parent-values.js';
import { coprimeStep } from '../random.js';
import type { ColumnSetting } from './context.js';
import { isInteger } from './context.js';
import { numberBounds } from './numbers.js';
import { uniqueValue } from './keys.js';

export interface Dimension {
  columns: string[];
  size: number;
  /** The value of `column` for position `index` of this dimension. */
  valueAt: (index: number, column: string) => unknown;
}

interface Inputs {
  table: Table;
  rows: number;
  setting: (column: string) => ColumnSetting | undefined;
  rule: (column: string) => ColumnRule | undefined;
  /** Rows a parent table will hold (planned + existing), and its values once seeded. */
  parentCount: (table: string) => number;
  parents?: (table: string) => ParentValues | undefined;
}

export function dimensionsOf(key: readonly string[], inputs: Inputs): Dimension[] {
  const { table } = inputs;
  const dims: Dimension[] = [];
  const covered = new Set<string>();
  for (const fk of table.foreignKeys) {
    if (fk.refTable === table.name || !fk.columns.every((c) => key.includes(c)) || fk.columns.some((c) => covered.has(c))) continue;
    fk.columns.forEach((c) => covered.add(c));
    dims.push({
      columns: fk.columns,
      size: inputs.parentCount(fk.refTable),
      valueAt: (index, column) => inputs.parents?.(fk.refTable)?.value(index, fk.refColumns[fk.columns.indexOf(column)]!),
    });
  }
  for (const name of key) {
    if (covered.has(name)) continue;
    const column = table.columns.find((c) => c.name === name)!;
    const choices = choicesOf(column, inputs.setting(name), inputs.rule(name));
    if (choices) dims.push({ columns: [name], size: choices.length, valueAt: (index) => choices[index] });
    else {
      const start = inputs.setting(name)?.range?.[0];
      dims.push({ columns: [name], size: inputs.rows, valueAt: (index) => uniqueValue(column, index, typeof start === 'number' ? start : 1) });
    }
  }
  return dims;
}

/** The finite set of values a key column can take, when it has one. */
function choicesOf(column: Column, setting: ColumnSetting | undefined, rule: ColumnRule | undefined): readonly unknown[] | undefined {
  if (setting?.values) return [...new Set(setting.values)];
  if (rule?.oneOf) return rule.oneOf;
  if (column.type === 'enum') return column.enumValues;
  if (column.type === 'boolean') return [false, true];
  const range = setting?.range;
  const bounded = isInteger(column) && (range || (typeof rule?.min === 'number' && typeof rule?.max === 'number'));
  if (bounded) {
    const { low, high } = numberBounds(column, rule, range as [number, number] | undefined);
    if (high - low < 1e6) return Array.from({ length: Math.max(0, high - low + 1) }, (_, k) => low + k);
  }
  return undefined;
}

export const tupleCount = (dims: readonly Dimension[]): number => dims.reduce((n, d) => n * d.size, 1);

/** Column → value of row i, all columns of the key from one distinct tuple. */
export function tupleValues(dims: readonly Dimension[]): Map<string, (i: number) => unknown> {
  const total = tupleCount(dims);
  const step = total > 2 ** 40 ? 1 : coprimeStep(total);
  const out = new Map<string, (i: number) => unknown>();
  let at = -1;
  const index = new Array<number>(dims.length).fill(0);
  const compute = (i: number) => {
    if (at === i) return;
    at = i;
    let j = total > 2 ** 40 ? i : (i * step) % total;
    for (let k = dims.length - 1; k >= 0; k--) {
      index[k] = j % dims[k]!.size;
      j = Math.floor(j / dims[k]!.size);
    }
  };
  dims.forEach((dim, k) => {
    for (const column of dim.columns) {
      out.set(column, (i) => {
        compute(i);
        return dim.valueAt(index[k]!, column);
      });
    }
  });
  return out;
}
