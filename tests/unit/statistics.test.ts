// The timing tests against values published or computed elsewhere: a regression verdict is only
// as good as these numbers. Expected p-values come from R's wilcox.test documentation, the
// scipy.stats.mannwhitneyu documentation, scipy 1.17.1 run on the same arrays (method named
// in each case), or counting by hand.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mannWhitneyU, medianRatioInterval, seededRandom } from '../../src/baseline/statistics.js';
import { timings } from '../support/timing-noise.js';

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);

describe('Mann-Whitney U', () => {
  it('matches R: wilcox.test(x, y) on the Hollander & Wolfe depression data (exact)', () => {
    // R ?wilcox.test: W = 35, one-sided p = 0.1272; two-sided exact 0.2544 (scipy exact: 0.2544122544122544).
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = mannWhitneyU(x, y);
    assert.equal(result.u, 35);
    assert.equal(result.method, 'exact');
    near(result.p, 0.2544122544122544, 1e-12, 'p');
  });

  it('matches the scipy documentation example: males vs females (exact)', () => {
    // scipy.stats.mannwhitneyu docs: U1 = 17.0, p = 0.1111111111111111 with method="exact".
    const result = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    assert.equal(result.u, 17);
    near(result.p, 1 / 9, 1e-12, 'p');
  });

  it('matches a count by hand: [1,2,3] all below [4,5,6]', () => {
    // U = 0; 1 of the C(6,3) = 20 orderings is that extreme, each way: p = 2/20.
    const result = mannWhitneyU([1, 2, 3], [4, 5, 6]);
    assert.equal(result.u, 0);
    near(result.p, 0.1, 1e-12, 'p');
  });

  it('is exact up to 20 values a side: 1..20 against 8.5..27.5', () => {
    // scipy 1.17.1, method="exact": U = 78, p = 0.0006675619675571311.
    const x = Array.from({ length: 20 }, (_, i) => i + 1);
    const y = x.map((v) => v + 7.5);
    const result = mannWhitneyU(x, y);
    assert.deepEqual([result.u, result.method], [78, 'exact']);
    near(result.p, 0.0006675619675571311, 1e-12, 'p');
  });

  it('uses the normal approximation with continuity correction beyond 20 values', () => {
    // scipy 1.17.1, method="asymptotic": 0..24 against 3.5..27.5, U = 231, p = 0.11603618751300343.
    const x = Array.from({ length: 25 }, (_, i) => i);
    const result = mannWhitneyU(x, x.map((v) => v + 3.5));
    assert.deepEqual([result.u, result.method], [231, 'normal']);
    near(result.p, 0.11603618751300343, 1e-6, 'p');
  });

  it('corrects for ties', () => {
    // scipy 1.17.1, method="asymptotic" (the only method with ties): U = 7, p = 0.015984685125196244.
    const result = mannWhitneyU([1, 2, 2, 3, 3, 3, 4, 5], [3, 4, 4, 5, 6, 6, 7]);
    assert.deepEqual([result.u, result.method], [7, 'normal']);
    near(result.p, 0.015984685125196244, 1e-6, 'p');
  });

  it('gives p = 1 for identical samples, and for all-equal values', () => {
    const x = [10.2, 11.5, 9.8, 10.9, 12.1, 10.4];
    assert.equal(mannWhitneyU(x, [...x]).p, 1);
    // scipy: mannwhitneyu([5]*4, [5]*4) → U = 8, p = 1.
    assert.deepEqual(mannWhitneyU([5, 5, 5, 5], [5, 5, 5, 5]), { u: 8, p: 1, method: 'normal' });
  });

  it('is symmetric: swapping the sides gives U₂ = nm − U₁ and the same p', () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const forward = mannWhitneyU(x, y);
    const backward = mannWhitneyU(y, x);
    assert.equal(backward.u, 50 - forward.u);
    near(backward.p, forward.p, 1e-12, 'p');
  });

  it('refuses an empty side', () => {
    assert.throws(() => mannWhitneyU([], [1, 2]), RangeError);
  });
});

describe('bootstrap interval of the median ratio', () => {
  const noisy = (seed: number, factor: number) => timings(seed, 10 * factor);

  it('is the same for the same samples and seed, on every run', () => {
    const base = noisy(1, 1);
    const head = noisy(2, 1.1);
    assert.deepEqual(medianRatioInterval(base, head, { seed: 42 }), medianRatioInterval(base, head, { seed: 42 }));
    // Medians of 15 values take few distinct values, so two seeds may agree; five seldom all do.
    const bySeed = [42, 43, 44, 45, 46].map((seed) => JSON.stringify(medianRatioInterval(base, head, { seed })));
    assert.ok(new Set(bySeed).size > 1, 'the seed changes the resamples');
  });

  it('contains 1 for identical samples', () => {
    const base = noisy(3, 1);
    const [low, high] = medianRatioInterval(base, [...base], { seed: 7 });
    assert.ok(low <= 1 && 1 <= high, `[${low}, ${high}]`);
  });

  it('finds a known shift: head = base × 1.5 lies wholly above 1.3 and contains 1.5', () => {
    const base = noisy(4, 1);
    const [low, high] = medianRatioInterval(base, base.map((v) => v * 1.5), { seed: 7 });
    assert.ok(low > 1.3 && low <= 1.5 && 1.5 <= high, `[${low}, ${high}]`);
  });

  it('covers the true ratio in at least 90 % of 200 simulated runs (95 % interval)', (t) => {
    let covered = 0;
    for (let trial = 0; trial < 200; trial++) {
      const [low, high] = medianRatioInterval(noisy(1000 + trial, 1), noisy(5000 + trial, 1.25), { seed: trial });
      if (low <= 1.25 && 1.25 <= high) covered++;
    }
    t.diagnostic(`coverage ${covered}/200`);
    assert.ok(covered >= 180, `covered ${covered} of 200`);
  });

  it('treats 0 ÷ 0 as no change and x ÷ 0 as unbounded growth', () => {
    assert.deepEqual(medianRatioInterval([0, 0, 0], [0, 0, 0], { seed: 1 }), [1, 1]);
    assert.deepEqual(medianRatioInterval([0, 0, 0], [1, 1, 1], { seed: 1 }), [Infinity, Infinity]);
  });
});

describe('seeded generator', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const values = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(values, Array.from({ length: 1000 }, () => b()));
    assert.ok(values.every((v) => v >= 0 && v < 1));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    near(mean, 0.5, 0.05, 'mean of 1000 draws');
  });
});
