// Seeded randomness with no allocation per value: each column owns one stream (mulberry32, pure
// 32-bit integer arithmetic, so every machine draws the same numbers), seeded from the data
// seed and the column's name — adding a column elsewhere does not change this one's values.

/** Uniform floats in [0, 1). */
export type Stream = () => number;

export function streamOf(seed: number, name: string): Stream {
  return mulberry32(seed ^ hashOf(name));
}

/** mulberry32 from one 32-bit seed: shared by the data streams and the bootstrap's resampling. */
export function mulberry32(seed: number): Stream {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type Distribution = 'uniform' | 'zipf' | 'normal';

/**
 * An index in [0, n) drawn by `distribution`. zipf: density ∝ 1/rank (few ranks draw most
 * picks), ranks scattered over the indexes so the heavy parents are not simply the first rows.
 * normal: a bell around the middle, six standard deviations wide.
 */
export function indexPicker(distribution: Distribution, random: Stream): (n: number) => number {
  switch (distribution) {
    case 'uniform':
      return (n) => Math.floor(random() * n);
    case 'zipf':
      return (n) => scatter(Math.min(n - 1, Math.floor(Math.pow(n + 1, random())) - 1), n);
    case 'normal':
      return (n) => {
        // Irwin–Hall: the sum of three uniforms is close enough to a bell and costs no log or sqrt.
        const bell = (random() + random() + random()) / 3;
        return Math.min(n - 1, Math.floor(bell * n));
      };
  }
}

/** A fixed permutation of [0, n): rank r → (r · step) mod n, step a prime that does not divide n. */
export function scatter(rank: number, n: number): number {
  const step = coprimeStep(n);
  return n * step < Number.MAX_SAFE_INTEGER ? (rank * step) % n : Number((BigInt(rank) * BigInt(step)) % BigInt(n));
}

const STEPS = [7919, 104729, 1299709, 15485863];
const stepCache = new Map<number, number>();
export function coprimeStep(n: number): number {
  let step = stepCache.get(n);
  if (step === undefined) {
    step = STEPS.find((p) => n % p !== 0) ?? 1;
    stepCache.set(n, step);
  }
  return step;
}
