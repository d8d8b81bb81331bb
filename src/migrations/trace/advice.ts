// The safer way to write a statement the trace saw block the application: one sentence for a
// finding's help, chosen from what the statement does.
import type { Dialect } from '../../engines/engine.js';

const POSTGRES_ADVICE: [RegExp, string][] = [
  [/^\s*create\s+(unique\s+)?index\s+(?!concurrently)/i, 'use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction'],
  [/\bset\s+not\s+null\b/i, 'first add CHECK (column IS NOT NULL) NOT VALID and VALIDATE it in a later migration; SET NOT NULL then skips the scan (PostgreSQL 12+)'],
  [/\badd\s+(constraint\s+\S+\s+)?(foreign\s+key|check)\b(?![\s\S]*\bnot\s+valid\b)/i, 'add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration (that takes only ShareUpdateExclusiveLock)'],
  [/\badd\s+(constraint\s+\S+\s+)?(unique|primary\s+key)\b/i, 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … USING INDEX'],
  [/\balter\s+column\s+\S+\s+(set\s+data\s+)?type\b/i, 'add a new column, backfill it in batches and switch over, instead of changing the type in place'],
  [/\badd\s+(column\s+)?[\s\S]*\bdefault\b/i, 'add the column without the volatile default, set the default afterwards, and fill existing rows in batches'],
];

/** Help for a statement that held a blocking lock or rewrote a table. */
export function saferWay(sql: string, dialect: Dialect, lockTimeoutSet: boolean): string {
  if (dialect === 'mysql') {
    return 'write the change so the server can do it INSTANT or INPLACE with LOCK=NONE, or run it with an online schema change tool (gh-ost, pt-online-schema-change)';
  }
  const advice = POSTGRES_ADVICE.find(([pattern]) => pattern.test(sql))?.[1];
  const timeout = lockTimeoutSet ? undefined : "set lock_timeout (e.g. SET lock_timeout = '2s') so the migration gives up instead of queueing the application's queries behind it";
  return [advice, timeout].filter(Boolean).join('; ') || 'split the change so no single statement holds the lock for long';
}
