// How a workload's work grows with the data: the slope of log(work) against log(rows seeded),
// a least-squares fit over the scaling multiples. Work counts repeat exactly, so the slope does
// too: the same config gives the same exponent and the same class on every run.
//
// The thresholds, and why (work = c·rowsᵏ has slope k; what Sluice sees at test sizes):
//   constant           k < 0.15   work grows by under ×1.23 over ×4 rows: a primary-key or
//                                 unique lookup, a LIMIT served by an index.
//   logarithmic        k < 0.6    grows, but far slower than the rows: a B-tree gaining a level
//                                 (3 → 4 blocks over ×4 rows fits k ≈ 0.2), an index range whose
//                                 matches grow slowly. log n itself has a local slope of
//                                 1/ln n, under 0.2 beyond a few hundred rows.
//   linear             k ≤ 1.3    reads in proportion to the data: a sequential scan, an
//                                 unindexed filter or join. A fixed cost beside the linear part
//                                 (the root and inner pages of an index, a lookup table) pulls
//                                 the slope of small tables below 1, hence 0.6 and not 0.8;
//                                 n·log n (a sort) fits 1.1–1.2 at these sizes and stays here.
//   worse-than-linear  k > 1.3    work outgrows the data: a nested loop over two growing
//                                 unindexed inputs (k ≈ 2), a correlated subquery per row.
import { linearRegression } from 'simple-statistics';
import { SCALING_CLASSES, type ScalingClass } from '../../../config/schema/index.js';

export { SCALING_CLASSES, type ScalingClass };

export const CONSTANT_BELOW = 0.15;
export const LOGARITHMIC_BELOW = 0.6;
export const LINEAR_UP_TO = 1.3;

export interface ScalingFit {
  /** Slope of log(work) on log(rows), two decimals. */
  exponent: number;
  class: ScalingClass;
  /** Work at the largest multiple over work at the smallest. */
  growth: number;
  /** Rows seeded at the largest multiple over rows at the smallest. */
  span: number;
}

/**
 * `rows` and `work` are one figure per multiple, in the same order. Zero work (a query that
 * reads nothing) counts as 1, so the logarithm exists and "nothing" stays constant.
 */
export function fitScaling(rows: readonly number[], work: readonly number[]): ScalingFit {
  const points = rows.map((r, i) => [Math.log(Math.max(r, 1)), Math.log(Math.max(work[i]!, 1))] as [number, number]);
  const { m } = linearRegression(points);
  const exponent = Math.round((Number.isFinite(m) ? m : 0) * 100) / 100 || 0;
  return {
    exponent,
    class: classOf(exponent),
    growth: Math.max(work.at(-1)!, 1) / Math.max(work[0]!, 1),
    span: Math.max(rows.at(-1)!, 1) / Math.max(rows[0]!, 1),
  };
}

export function classOf(exponent: number): ScalingClass {
  if (exponent < CONSTANT_BELOW) return 'constant';
  if (exponent < LOGARITHMIC_BELOW) return 'logarithmic';
  if (exponent <= LINEAR_UP_TO) return 'linear';
  return 'worse-than-linear';
}

/** How far down SCALING_CLASSES a class lies: comparing two says which grows worse. */
export const rankOf = (c: ScalingClass): number => SCALING_CLASSES.indexOf(c);

/** "×3.9", "×1", "×0.5". */
export const times = (n: number): string => `×${Number(n.toFixed(n >= 10 ? 0 : 1))}`;

/** The class in words: "worse than linear". */
export const classWords = (c: ScalingClass): string => c.replace(/-/g, ' ');
