// Growth: more rows in the searched tables, from the same factory and seed (the new rows'
// vectors from the same centres, on a stream of their own), so recall and work can be read at
// 2× and 4× the seeded volume. The rows stay: this runs after every other stage has measured.
import type { Engine, Schema } from '../../engines/engine.js';
import { planSeed, seedData, type VectorSource } from '../../data/index.js';
import type { DataConfig } from '../../data/plan.js';

export interface GrowthStep {
  schema: Schema;
  data: DataConfig;
  sources: ReadonlyMap<string, VectorSource>;
  tables: string[];
  /** Rows each table had at the first step. */
  baseRows: ReadonlyMap<string, number>;
  factor: number;
  previous: number;
}

export async function growTables(engine: Engine, step: GrowthStep): Promise<void> {
  const counts = new Map(step.tables.map((t) => [t, Math.round((step.baseRows.get(t) ?? 0) * (step.factor - step.previous))]));
  if (![...counts.values()].some((n) => n > 0)) return;
  const vectors = new Map([...step.sources].map(([key, source]) => [key, { ...source, pass: `growth-${step.factor}` }]));
  await seedData(engine, planSeed(step.schema, step.data, counts), step.data, { vectors });
  await engine.analyze();
}
