// Dates, times and timestamps in a window (2024-01-01 to 2026-01-01 unless a CHECK, a
// partition or a `range` says otherwise), later than another column when a CHECK compares them.
import type { Column } from '../../engines/engine.js';
import type { ColumnRelation } from '../check-constraints.js';
import { indexPicker, type Distribution, type Stream } from '../random.js';
import { relatedBounds, type Bounds } from './numbers.js';
import type { ValueOf } from './context.js';

export const WINDOW_FROM = Date.parse('2024-01-01T00:00:00Z');
export const WINDOW_TO = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

/** 'YYYY-MM-DD HH:MM:SS' is accepted by PostgreSQL and MySQL alike. */
export const sqlTimestamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** '2024-03-01', '2024-03-01 10:00:00+00' … as milliseconds; NaN when it is not a date. */
export function parseInstant(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(' ', 'T');
  const ms = Date.parse(/[zZ]|[+-]\d\d(:?\d\d)?$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return ms;
}

export function timeBounds(column: Column, rule: { min?: number | string; max?: number | string; minExclusive?: boolean; maxExclusive?: boolean } | undefined, range?: readonly [number | string, number | string]): Bounds {
  const step = column.type === 'date' ? DAY : 1000;
  const read = (v: number | string | undefined) => (v === undefined ? NaN : parseInstant(v));
  if (range) return { low: read(range[0]), high: read(range[1]) };
  let low = read(rule?.min);
  let high = read(rule?.max);
  if (!Number.isNaN(low) && rule?.minExclusive) low += step;
  if (!Number.isNaN(high) && rule?.maxExclusive) high -= step;
  if (Number.isNaN(low)) low = Number.isNaN(high) ? WINDOW_FROM : Math.min(WINDOW_FROM, high - 365 * DAY);
  if (Number.isNaN(high)) high = Math.max(WINDOW_TO, low + 365 * DAY);
  return { low, high };
}

export function timeValue(column: Column, bounds: Bounds, distribution: Distribution, random: Stream, relations: readonly { op: ColumnRelation['op']; at: number }[]): ValueOf {
  const step = column.type === 'date' ? DAY : 1000;
  const pick = indexPicker(distribution, random);
  const format = column.type === 'date' ? (ms: number) => sqlTimestamp(ms).slice(0, 10) : column.type === 'time' ? (ms: number) => sqlTimestamp(ms).slice(11) : sqlTimestamp;
  const draw = (low: number, high: number) => {
    // A later-than-another column whose window is used up still gets a later value: up to 90 days on.
    if (high < low) high = low + 90 * DAY;
    return format(low + pick(Math.floor((high - low) / step) + 1) * step);
  };
  if (!relations.length || column.type === 'time') return () => draw(bounds.low, bounds.high);
  const rowBounds = relatedBounds(bounds, relations, step, parseInstant);
  return (_i, row) => {
    const b = rowBounds(row);
    // The partner's value is after this one's window (ends_at > starts_at): give a span after it.
    return b.forced !== undefined ? format(b.forced) : draw(b.low, b.high < b.low ? b.low + 90 * DAY : Math.min(b.high, b.low + 180 * DAY));
  };
}
