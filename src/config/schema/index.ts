// sluice.yml has one source of truth: this zod schema. The TypeScript types are inferred from
// it and sluice.schema.json (for editors) is generated from it by `npm run schema`.
import { z } from 'zod';
import { checks } from './checks.js';
import { checkTransactionReferences } from './contention.js';
import { data } from './data.js';
import { baseline, gate, production } from './gate.js';
import { migrations } from './migrations.js';
import { checkDurabilityTransactions } from './durability.js';
import { ENGINE_PATTERN } from './values.js';
import { checkLoadMixes, workloadSections } from './workloads.js';

export { durationMs, ENGINE_PATTERN, fractionOf, type Milliseconds } from './values.js';
export { DEFAULT_LOAD_THREADS, MAX_LOAD_MS, MAX_SCALING_MULTIPLE, SCALING_CLASSES } from './workloads.js';
export type { DurabilityConfig } from './durability.js';

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    engine: z
      .string()
      .regex(ENGINE_PATTERN, 'pglite, postgres:<tag>, mysql:<tag>, mariadb:<tag>, local:postgres, local:mariadb, local:mysql, or a postgres:// or mysql:// URL')
      .default('pglite')
      .describe('Where the checks run: pglite (embedded, default), a container image tag, local:postgres / local:mariadb / local:mysql (a throwaway server from the binaries installed on the machine), or a server URL.'),
    migrations,
    data,
    checks,
    ...workloadSections,
    gate,
    production,
    baseline,
  })
  .describe('Sluice configuration (sluice.yml).')
  .superRefine(checkLoadMixes)
  .superRefine(checkTransactionReferences)
  .superRefine(checkDurabilityTransactions);

export type SluiceConfig = z.output<typeof configSchema>;
export type QueryConfig = SluiceConfig['queries'][number];
export type TransactionConfig = SluiceConfig['transactions'][number];
export type BulkConfig = SluiceConfig['bulk'][number];
export type QueryParam = QueryConfig['params'][number];
export type WorkloadExpect = QueryConfig['expect'];
export type WorkloadMax = NonNullable<QueryConfig['max']>;
export type FailOn = SluiceConfig['gate']['fail-on'];
export type LoadConfig = SluiceConfig['load'][number];

export const jsonSchema = (): object =>
  z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
export type ScalingClass = NonNullable<WorkloadExpect['scaling']>;
