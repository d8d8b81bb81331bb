// The shape of checks.deadlocks (declared transactions run side by side in every interleaving
// of their statements) and checks.contention (workers running one declared transaction against
// invariants), with the check that needs no database: every name is a declared transaction.
import { z } from 'zod';
import { ISOLATION_LEVELS } from './concurrency.js';
import { deadline } from './values.js';

/** The longest contention run: a gate run must stay a gate run, not a soak test. */
export const MAX_CONTENTION_MS = 60_000;

/** Error kinds a contention run may retry: the engine asks the client to run the transaction again. */
export const RETRYABLE_KINDS = ['serialization-failure', 'deadlock', 'lock-timeout'] as const;

export const deadlockSearch = z
  .strictObject({
    transactions: z
      .array(z.string().min(1))
      .min(2)
      .describe('Declared transactions (transactions[].name) run two at a time, every pair of the list; list one twice to pair it with itself.'),
    level: z.enum(ISOLATION_LEVELS).default('engine default').describe('Isolation level of both sessions.'),
    interleavings: z
      .int()
      .min(1)
      .max(1000)
      .default(64)
      .describe('Interleavings run per pair at most; beyond it a sample drawn from data.seed stands for the rest.'),
    'lock-timeout': z.int().min(100).max(60_000).default(3000).describe('Milliseconds a statement may wait for a lock before it fails (lock_timeout / innodb_lock_wait_timeout).'),
  })
  .optional()
  .describe('Deadlock search: pairs of declared transactions run on two sessions in every interleaving of their statements; a deadlock is an error naming the two statements and the locks. PostgreSQL and MySQL/MariaDB only; off unless this key is present.');

const invariant = z.union([
  z.string().min(1).describe('A query returning one boolean, true while the data is right (select count(*) = 0 from inventory where quantity < 0).'),
  z
    .strictObject({
      name: z.string().min(1).optional().describe('Shown in the report instead of the SQL.'),
      holds: z.string().min(1).optional().describe('A query returning one boolean, true while the data is right.'),
      rows: z.string().min(1).optional().describe('With holds: a query returning the rows that break it, shown as samples.'),
      conserved: z
        .string()
        .min(1)
        .optional()
        .describe('A query whose rows must be the same after the run as before it (stock on the shelf plus stock sold, per product); the rows that changed break it.'),
    })
    .refine((i) => (i.holds === undefined) !== (i.conserved === undefined), { message: 'give either holds (a boolean query) or conserved (a query whose rows must not change)' })
    .refine((i) => i.rows === undefined || i.holds !== undefined, { message: 'rows goes with holds; a conserved query shows its changed rows itself' }),
]);

export const contentionRun = z
  .strictObject({
    name: z.string().min(1).describe('Names the run in the report and its metrics (contention.<slug>.throughput).'),
    transaction: z.string().min(1).describe('A declared transaction (transactions[].name); each operation runs it once with parameters drawn from data.seed, seeded columns and picks skewed to a few hot values (zipf).'),
    workers: z.int().min(2).max(64).default(8).describe('Sessions running the transaction at once.'),
    operations: z.int().min(1).max(100_000).optional().describe(`Transactions to run in all (stopped at ${MAX_CONTENTION_MS / 1000}s anyway); give this or duration.`),
    duration: deadline.optional().describe(`How long to run, at most ${MAX_CONTENTION_MS / 1000}s; give this or operations.`),
    level: z.enum(ISOLATION_LEVELS).default('engine default').describe('Isolation level of every worker.'),
    retry: z
      .strictObject({
        on: z.array(z.enum(RETRYABLE_KINDS)).default(['serialization-failure', 'deadlock']).describe('Error kinds after which the transaction is run again.'),
        max: z.int().min(0).max(100).default(5).describe('Retries per operation at most; then it counts as failed.'),
      })
      .default({ on: ['serialization-failure', 'deadlock'], max: 5 })
      .describe('Retry on the errors the engine asks the client to retry.'),
    'lock-timeout': z.int().min(100).max(60_000).default(5000).describe('Milliseconds a statement may wait for a lock before it fails.'),
    invariants: z.array(invariant).min(1).describe('What must hold after the run; each broken one is an error with the rows that break it.'),
  })
  .superRefine((run, ctx) => {
    if (run.duration === undefined && run.operations === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'has no bound; give operations (such as 400) or duration (such as "5s") so the run stops by itself' });
    } else if (run.duration !== undefined && run.operations !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['operations'], message: 'gives both duration and operations; keep one of them' });
    } else if (run.duration !== undefined && run.duration > MAX_CONTENTION_MS) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: `is longer than ${MAX_CONTENTION_MS / 1000}s; a contention run lasts at most ${MAX_CONTENTION_MS / 1000}s` });
    }
  });

export const contentionRuns = z
  .array(contentionRun)
  .default([])
  .describe('Invariants under contention: workers run a declared transaction at once, retrying what the engine asks to retry; throughput, retries, errors by class, latency percentiles, and every broken invariant with its rows. PostgreSQL and MySQL/MariaDB only.');

export type DeadlockSearch = NonNullable<z.output<typeof deadlockSearch>>;
export type ContentionRun = z.output<typeof contentionRun>;
export type Invariant = ContentionRun['invariants'][number];

/** checks.deadlocks and checks.contention name declared transactions: a misspelt name is a config error before any database starts. */
export function checkTransactionReferences(
  config: { transactions: { name: string }[]; checks: { deadlocks?: { transactions: string[] } | undefined; contention: { transaction: string }[] } },
  ctx: z.core.$RefinementCtx,
): void {
  const declared = config.transactions.map((t) => t.name);
  const known = declared.length ? `the declared transactions are ${declared.map((n) => `"${n}"`).join(', ')}` : 'no transactions are declared';
  const issue = (path: (string | number)[], name: string) =>
    ctx.addIssue({ code: 'custom', path, message: `names transaction "${name}", which is not declared under transactions; ${known}` });
  for (const [i, name] of (config.checks.deadlocks?.transactions ?? []).entries()) {
    if (!declared.includes(name)) issue(['checks', 'deadlocks', 'transactions', i], name);
  }
  for (const [i, run] of config.checks.contention.entries()) {
    if (!declared.includes(run.transaction)) issue(['checks', 'contention', i, 'transaction'], run.transaction);
  }
}
