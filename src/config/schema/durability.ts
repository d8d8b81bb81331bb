// checks.durability: crash the server Sluice started mid-workload, restart it, and prove that
// every acknowledged commit survived. Names of declared transactions are checked against
// `transactions` when the whole config is read (checkDurabilityTransactions).
import { z } from 'zod';
import { durationValue } from './values.js';

/** The longest a durability workload runs before the kill, or after the restart. */
export const MAX_DURABILITY_MS = 30_000;

const bounded = (fallback: string, what: string) =>
  durationValue()
    .refine((ms) => ms <= MAX_DURABILITY_MS, { message: `is longer than ${MAX_DURABILITY_MS / 1000}s; ${what} runs at most ${MAX_DURABILITY_MS / 1000}s` })
    .prefault(fallback);

export const durability = z
  .strictObject({
    transactions: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('The declared transactions (transactions[].name) the workload commits, picked at random from the seed; default: every declared transaction.'),
    connections: z.int().min(1).max(64).default(4).describe('Concurrent connections committing transactions, each as the confined per-run role.'),
    'kill-after': bounded('1s', 'the workload before the kill').describe('How long the workload runs before the server is killed with SIGKILL ("1s").'),
    'after-restart': bounded('500ms', 'the workload after the restart').describe('How long the workload keeps running after its first successful transaction on the restarted server ("500ms").'),
    invariants: z
      .array(
        z.strictObject({
          name: z.string().optional().describe('Shown in the report instead of the SQL.'),
          sql: z.string().min(1).describe('A query returning one row whose first value is true when the data is consistent (nothing half-applied), e.g. select sum(balance) = 0 from accounts.'),
        }),
      )
      .default([])
      .describe('What must hold after the crash and the recovery.'),
    'trade-durability': z
      .boolean()
      .default(false)
      .describe('Run the crash again with synchronous_commit = off (PostgreSQL) / innodb_flush_log_at_trx_commit = 2 (InnoDB) and report, as information, which acknowledged commits were lost.'),
  })
  .optional()
  .describe('Crash durability: on a server Sluice started (engine local:postgres, local:mariadb), commit declared transactions on several connections, SIGKILL the server mid-workload, restart it, and verify every acknowledged commit is there, the invariants hold and no sequence went backwards; reports the recovery time and what clients saw. Off unless this key is present.');

export type DurabilityConfig = NonNullable<z.output<typeof durability>>;

/** Transactions named in checks.durability must be declared; with none declared there is nothing to commit. */
export function checkDurabilityTransactions(
  config: { transactions: { name: string }[]; checks: { durability?: { transactions?: string[] | undefined } | undefined } },
  ctx: z.core.$RefinementCtx,
): void {
  const durable = config.checks.durability;
  if (!durable) return;
  const declared = config.transactions.map((t) => t.name);
  if (declared.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['checks', 'durability'], message: 'has no transactions to commit; declare at least one under transactions (its statements are what the crash workload commits)' });
    return;
  }
  for (const [i, name] of (durable.transactions ?? []).entries()) {
    if (!declared.includes(name)) {
      ctx.addIssue({ code: 'custom', path: ['checks', 'durability', 'transactions', i], message: `names transaction "${name}", which is not declared under transactions; the declared ones are ${declared.map((n) => `"${n}"`).join(', ')}` });
    }
  }
}
