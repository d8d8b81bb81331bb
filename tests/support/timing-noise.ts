// Realistic timings for the statistics tests, from the seeded generator so every run draws the
// same ones: a true median times log-normal noise, the shape query latencies have.
import { seededRandom } from '../../src/baseline/statistics.js';

/** Standard normal draws (Box-Muller) from a uniform generator. */
export const normalFrom = (random: () => number) => () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** `count` timings around `median` ms with log-normal noise of `sigma` (0.05 ≈ 5 %). */
export function timings(seed: number, median: number, count = 15, sigma = 0.05): number[] {
  const normal = normalFrom(seededRandom(seed));
  return Array.from({ length: count }, () => median * Math.exp(sigma * normal()));
}
