// The two tests behind a timing verdict: Mann-Whitney U (is head's distribution shifted at
// all?) and a bootstrap interval of the median ratio (by how much, at least?). Timings are
// skewed and carry outliers, so both work on ranks and medians, never on means. Pure
// functions: the same samples and seed give the same answer on every run.
import { errorFunction, median, quantileSorted, sampleWithReplacement, wilcoxonRankSum } from 'simple-statistics';
import { mulberry32 } from '../data/random.js';

/** Up to this many values per side (and no ties) the p-value comes from the exact distribution of U. */
export const EXACT_MAX_SAMPLES = 20;

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, ties counting ½ (scipy's U1, R's W). */
  u: number;
  /** Two-sided p-value. */
  p: number;
  method: 'exact' | 'normal';
}

/**
 * Two-sided Mann-Whitney U test, as scipy.stats.mannwhitneyu and R's wilcox.test compute it:
 * exact for small samples without ties, else the normal approximation with tie and
 * continuity corrections.
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) throw new RangeError('Mann-Whitney U needs at least one value on each side');
  const u = wilcoxonRankSum([...x], [...y]) - (n * (n + 1)) / 2;
  const ties = tieSizes([...x, ...y]);
  if (ties.length === 0 && n <= EXACT_MAX_SAMPLES && m <= EXACT_MAX_SAMPLES) {
    return { u, p: exactP(u, n, m), method: 'exact' };
  }
  return { u, p: normalP(u, n, m, ties), method: 'normal' };
}

/** Sizes of the groups of equal values (2 or more). */
function tieSizes(values: number[]): number[] {
  const sorted = values.sort((a, b) => a - b);
  const sizes: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) run++;
    else {
      if (run > 1) sizes.push(run);
      run = 1;
    }
  }
  return sizes;
}

const frequencyCache = new Map<string, number[]>();

/**
 * How many orderings of n x's and m y's give each value of U (index = U). The largest value is
 * either an x, which beats all m y's, or a y, which adds nothing: f(n,m)[u] = f(n−1,m)[u−m] +
 * f(n,m−1)[u]. Counts stay below C(40,20) ≈ 1.4e11, exact in a double.
 */
function uFrequencies(n: number, m: number): number[] {
  if (n === 0 || m === 0) return [1];
  const key = `${n},${m}`;
  const cached = frequencyCache.get(key);
  if (cached) return cached;
  const counts = new Array<number>(n * m + 1).fill(0);
  uFrequencies(n - 1, m).forEach((count, u) => (counts[u + m] += count));
  uFrequencies(n, m - 1).forEach((count, u) => (counts[u] += count));
  frequencyCache.set(key, counts);
  return counts;
}

function exactP(u: number, n: number, m: number): number {
  const counts = uFrequencies(n, m);
  const total = counts.reduce((a, b) => a + b, 0);
  let atMost = 0;
  let atLeast = 0;
  counts.forEach((count, value) => {
    if (value <= u) atMost += count;
    if (value >= u) atLeast += count;
  });
  return Math.min(1, (2 * Math.min(atMost, atLeast)) / total);
}

function normalP(u: number, n: number, m: number, ties: number[]): number {
  const total = n + m;
  const tieTerm = ties.reduce((sum, t) => sum + t ** 3 - t, 0);
  const variance = ((n * m) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  // Every value equal: nothing tells the sides apart.
  if (!(variance > 0)) return 1;
  const z = (Math.abs(u - (n * m) / 2) - 0.5) / Math.sqrt(variance);
  return Math.min(1, Math.max(0, 2 * upperNormalTail(z)));
}

/** P(Z > z) for a standard normal Z; for z ≥ 0 from erfc directly, so small tails keep their digits. */
function upperNormalTail(z: number): number {
  const x = z / Math.SQRT2;
  return x >= 0 ? (1 - errorFunction(x)) / 2 : (1 + errorFunction(-x)) / 2;
}

/**
 * mulberry32: a small, fast 32-bit generator, plenty for resampling indices. Seeded, so an
 * interval is reproducible from the samples alone (not cryptographic, and not meant to be).
 */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

export interface MedianRatioOptions {
  seed: number;
  /** Bootstrap resamples; 2000 keeps the 2.5 % and 97.5 % percentiles steady to about a percent. */
  resamples?: number;
  /**
   * Two-sided confidence of the percentile interval. 95 % by default rather than 1 − p: the
   * significance is already held by the Mann-Whitney test; the interval's job is the effect
   * size, and a 99 % interval of a median from 15 timings is too wide to ever clear a 10 %
   * minimum effect.
   */
  confidence?: number;
}

/** head ÷ base, with 0 ÷ 0 as "no change" and x ÷ 0 as unbounded growth. */
const ratioOf = (head: number, base: number): number => (base === 0 ? (head === 0 ? 1 : Infinity) : head / base);

/**
 * Percentile bootstrap interval of median(head) ÷ median(base): each side resampled with
 * replacement on its own (the two sides are independent runs).
 */
export function medianRatioInterval(base: readonly number[], head: readonly number[], options: MedianRatioOptions): [number, number] {
  if (base.length === 0 || head.length === 0) throw new RangeError('a median ratio needs at least one value on each side');
  const { seed, resamples = 2000, confidence = 0.95 } = options;
  const random = seededRandom(seed);
  const baseValues = [...base];
  const headValues = [...head];
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const baseMedian = median(sampleWithReplacement(baseValues, baseValues.length, random));
    const headMedian = median(sampleWithReplacement(headValues, headValues.length, random));
    ratios.push(ratioOf(headMedian, baseMedian));
  }
  ratios.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return [percentile(ratios, tail), percentile(ratios, 1 - tail)];
}

/** quantileSorted, except between two infinite ratios (base median 0), where interpolating gives NaN. */
function percentile(sorted: number[], q: number): number {
  const value = quantileSorted(sorted, q);
  return Number.isNaN(value) ? sorted[Math.round((sorted.length - 1) * q)]! : value;
}

/** The observed ratio of medians head ÷ base (undefined when the base median is 0). */
export function medianRatio(base: readonly number[], head: readonly number[]): number | undefined {
  const baseMedian = median(base);
  return baseMedian === 0 ? undefined : median(head) / baseMedian;
}
