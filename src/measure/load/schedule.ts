// Which query an operation runs and which parameter values it binds, drawn from the seed: the
// same seed gives every connection the same sequence on every run. A xorshift generator,
// because the hot loop must not allocate and Math.random cannot be seeded.

/** A small seeded random generator (xorshift32) returning integers in [0, n). */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    // Mix the seed so neighbouring seeds (connection 0, 1, 2 …) start far apart; never 0.
    this.#state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) || 1;
  }

  below(n: number): number {
    let x = this.#state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#state = x >>> 0;
    return this.#state % n;
  }
}

/**
 * The weighted mix as a flat table: weight 3 puts a statement in three slots, so a pick is one
 * random index. Weights are small integers, so the table stays small.
 */
export class WeightedMix {
  readonly #slots: Uint16Array;

  constructor(weights: readonly number[]) {
    const total = weights.reduce((a, b) => a + b, 0);
    this.#slots = new Uint16Array(total);
    let next = 0;
    weights.forEach((weight, statement) => this.#slots.fill(statement, next, (next += weight)));
  }

  pick(random: SeededRandom): number {
    return this.#slots[random.below(this.#slots.length)]!;
  }
}
