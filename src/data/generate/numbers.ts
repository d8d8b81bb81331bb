// Numbers inside their bounds: the column's type and precision, its CHECKs, a `range`
// override; compared with another column of the row when a CHECK says so (reserved <= quantity).
import type { Column } from '../../engines/engine.js';
import type { ColumnRelation } from '../check-constraints.js';
import { indexPicker, type Distribution, type Stream } from '../random.js';
import { isInteger, type ValueOf } from './context.js';

export interface Bounds {
  low: number;
  high: number;
}

/** The smallest step between two values of the column. */
export const stepOf = (column: Column): number => (isInteger(column) ? 1 : column.type === 'numeric' ? 10 ** -(column.scale ?? 2) : 0.001);

export function numberBounds(column: Column, rule: { min?: number | string; max?: number | string; minExclusive?: boolean; maxExclusive?: boolean } | undefined, range?: readonly [number, number]): Bounds {
  const step = stepOf(column);
  const ceiling = column.type === 'smallint' ? 100 : 1000;
  const typeMax = column.type === 'numeric' && column.precision ? 10 ** (column.precision - (column.scale ?? 0)) - step : column.type === 'smallint' ? 32767 : Infinity;
  if (range) return { low: range[0], high: Math.min(range[1], typeMax) };
  const min = typeof rule?.min === 'number' ? rule.min + (rule.minExclusive ? step : 0) : undefined;
  const max = typeof rule?.max === 'number' ? rule.max - (rule.maxExclusive ? step : 0) : undefined;
  const low = min ?? (max !== undefined && max < 1 ? max - ceiling : 1);
  const high = Math.min(max ?? Math.max(low + ceiling - 1, ceiling), typeMax);
  return { low, high };
}

/** Bounds of this row once compared columns are known: `column op other`. */
export function relatedBounds(bounds: Bounds, relations: readonly { op: ColumnRelation['op']; at: number }[], step: number, toNumber: (v: unknown) => number): (row: unknown[]) => Bounds & { forced?: number } {
  return (row) => {
    let { low, high } = bounds;
    let forced: number | undefined;
    for (const { op, at } of relations) {
      const v = row[at];
      if (v === null || v === undefined) continue;
      const other = toNumber(v);
      if (op === '>') low = Math.max(low, other + step);
      else if (op === '>=') low = Math.max(low, other);
      else if (op === '<') high = Math.min(high, other - step);
      else if (op === '<=') high = Math.min(high, other);
      else if (op === '=') forced = other;
    }
    return forced === undefined ? { low, high } : { low, high, forced };
  };
}

export function numberValue(column: Column, bounds: Bounds, distribution: Distribution, random: Stream, relations: readonly { op: ColumnRelation['op']; at: number }[]): ValueOf {
  const step = stepOf(column);
  const scale = Math.round(1 / step);
  const pick = indexPicker(distribution, random);
  const draw = (low: number, high: number) => {
    if (high < low) return low;
    const steps = Math.floor((high - low) / step + 1e-9) + 1;
    const v = low + pick(steps) * step;
    return isInteger(column) ? Math.round(v) : Math.round(v * scale) / scale;
  };
  if (!relations.length) return () => draw(bounds.low, bounds.high);
  const rowBounds = relatedBounds(bounds, relations, step, Number);
  return (_i, row) => {
    const b = rowBounds(row);
    return b.forced ?? draw(b.low, b.high);
  };
}
