// The data factory: deterministic, foreign-key-aware seed rows. The same seed, schema and
// counts give byte-identical rows on every run and machine. It owns the plan (which tables,
// how many rows, in which order: plan.ts), the rules read from CHECKs (check-constraints.ts),
// one generator per column worked out once per table (generate/), the checks of settings
// against constraints before anything is written (validate.ts), the write path (load/) and
// the second pass that closes foreign-key cycles (second-pass.ts).
export { planSeed, DEFAULT_PARENT_ROWS, type DataConfig, type SeedPlan, type DeferredKey } from './plan.js';
export { seedData, type SeededTable, type SeedOptions } from './seed.js';
export { queryVectors, vectorText, vectorTypeOf, type VectorSource } from './generate/vectors.js';
export { readVectorFile, VectorFileError } from './vector-file.js';
export { SeedError } from './errors.js';
