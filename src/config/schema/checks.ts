// checks: which checks run and how strict they are.
import { z } from 'zod';
import { backup } from './backup.js';
import { concurrencySpecSchema } from './concurrency.js';
import { contentionRuns, deadlockSearch } from './contention.js';
import { dataTests } from './data-tests.js';
import { durability } from './durability.js';
import { poolCheck, savepointsCheck, twoPhaseCommitCheck } from './transactions-checks.js';
import { namingStyle, severityOrOff } from './values.js';
import { vector } from './vector.js';

export const checks = z
  .strictObject({
    schema: z
      .strictObject({
        rules: z
          .union([z.enum(['recommended', 'off']), z.record(z.string(), severityOrOff)])
          .default('recommended')
          .describe('recommended, off, or a map of rule id to severity (recommended plus overrides).'),
        naming: z
          .strictObject(
            Object.fromEntries(
              (['tables', 'columns', 'indexes', 'constraints'] as const).map((kind) => [
                kind,
                namingStyle.optional().describe(`How ${kind} are named: snake_case, camelCase, PascalCase, lowercase, or { pattern: regex }.`),
              ]),
            ) as Record<'tables' | 'columns' | 'indexes' | 'constraints', z.ZodOptional<typeof namingStyle>>,
          )
          .optional()
          .describe('Naming conventions the naming-convention rule checks; nothing is checked for a kind left out.'),
      })
      .default({ rules: 'recommended' })
      .describe('Rules over the schema the migrations produce (missing-primary-key, foreign-key-without-index, duplicate-index, …; see the README).'),
    migrations: z
      .strictObject({
        rules: z
          .union([z.enum(['recommended', 'off']), z.record(z.string(), severityOrOff)])
          .default('recommended')
          .describe('Static rules over each new migration (recommended, off, or rule id → severity).'),
        trace: z.boolean().default(true).describe('Apply each new migration on seeded tables and record its locks, rewrites and blocked probes.'),
        'round-trip': z.boolean().default(true).describe('Prove each migration with a down: up → down must restore the schema, up again must match.'),
        assert: z
          .array(
            z.strictObject({
              name: z.string().optional().describe('Shown in the report instead of the SQL.'),
              after: z.string().optional().describe('The migration (file name) after which it must hold; default: after all.'),
              sql: z.string().min(1).describe('A query that returns one row with one true value when the data is as it must be.'),
            }),
          )
          .default([])
          .describe('Assertions over the data after the migrations.'),
      })
      .default({ rules: 'recommended', trace: true, 'round-trip': true, assert: [] })
      .describe('How new migrations are proved: static rules, the lock trace, the round trip.'),
    constraints: z
      .strictObject({
        probe: z.boolean().default(true).describe('Write, for every PRIMARY KEY, UNIQUE, FOREIGN KEY, NOT NULL and CHECK, a row it must reject, in a transaction that is rolled back.'),
        reject: z
          .array(
            z.strictObject({
              name: z.string().optional().describe('Shown in the report instead of the SQL.'),
              sql: z.string().min(1).describe('A write the schema must refuse (insert into …), run and rolled back.'),
              code: z
                .union([z.int(), z.string().min(1)])
                .describe('The error it must fail with: a SQLSTATE (23514), a MySQL/MariaDB error number (3819), or a kind: unique-violation, foreign-key-violation, check-violation, not-null-violation.'),
            }),
          )
          .default([])
          .describe('Writes that must be rejected, with the expected error; each rolled back.'),
        accept: z
          .array(
            z.strictObject({
              name: z.string().optional().describe('Shown in the report instead of the SQL.'),
              sql: z.string().min(1).describe('A write the schema must allow, run and rolled back.'),
            }),
          )
          .default([])
          .describe('Writes that must succeed (the constraints are not too strict); each rolled back.'),
        triggers: z
          .array(
            z.strictObject({
              name: z.string().optional().describe('Shown in the report instead of the SQL.'),
              after: z.string().min(1).describe('The write that fires the trigger (insert into orders …).'),
              expect: z.string().min(1).describe('A query returning one row whose first value is true when the trigger did its work.'),
            }),
          )
          .default([])
          .describe('Trigger expectations: run `after`, then `expect` in the same transaction, then roll back.'),
      })
      .optional()
      .describe('Constraint probes: proves every declared constraint is enforced, plus your own reject/accept/trigger probes. Off unless this key is present.'),
    'data-tests': dataTests,
    concurrency: z
      .array(concurrencySpecSchema)
      .default([])
      .describe('Isolation specs: sessions whose steps run in every given interleaving, with the blocking, errors and final state each must show. PostgreSQL and MySQL/MariaDB only.'),
    'isolation-matrix': z
      .boolean()
      .default(false)
      .describe('Run the classic anomaly scripts (G0 … G2) at every isolation level and fail when a level is weaker than the engine documents.'),
    deadlocks: deadlockSearch,
    contention: contentionRuns,
    durability,
    savepoints: savepointsCheck,
    'two-phase-commit': twoPhaseCommitCheck,
    pool: poolCheck,
    backup,
    vector,
  })
  .prefault({})
  .describe('Which checks run and how strict they are.');
