// Runs one write inside a transaction that is always rolled back, and says what the engine did
// with it. When the engine accepts a row a constraint should have refused, the database itself
// is asked whether the table now breaks the rule (a count of violating rows with the row, and
// after the rollback without it), so a probe row that did not really break the rule (a
// trigger changed it, an inversion was wrong) never becomes a false "not enforced".
import type { DbError, Engine } from '../../engines/engine.js';

/** Thrown inside the transaction to end it with ROLLBACK, whatever happened. */
const ROLLBACK = Symbol('rollback');

export type Outcome =
  | { rejected: DbError }
  | { accepted: true; /** The table holds a row breaking the rule while the probe's row is there. */ violating: boolean };

/**
 * `write` runs; when it succeeds, `then` (a query in the same transaction, e.g. a trigger's
 * expectation) may read the result. `violations` counts the rows breaking the rule.
 */
export async function attempt(
  engine: Engine,
  write: { sql: string; params?: readonly unknown[] },
  options: { violations?: string; then?: (engine: Engine) => Promise<void> } = {},
): Promise<Outcome> {
  let outcome: Outcome | undefined;
  let withRow = 0;
  await engine
    .transaction(async () => {
      // A DEFERRABLE INITIALLY DEFERRED constraint is checked at COMMIT, which never comes.
      if (engine.dialect === 'postgres') await engine.exec('SET CONSTRAINTS ALL IMMEDIATE');
      try {
        await engine.query(write.sql, write.params ?? []);
      } catch (error) {
        outcome = { rejected: engine.describeError(error) };
        throw ROLLBACK;
      }
      if (options.violations) withRow = await count(engine, options.violations);
      await options.then?.(engine);
      outcome = { accepted: true, violating: false };
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  if (!outcome) throw new Error('probe ended without an outcome');
  if ('accepted' in outcome && options.violations) {
    outcome = { accepted: true, violating: withRow > (await count(engine, options.violations)) };
  }
  return outcome;
}

async function count(engine: Engine, sql: string): Promise<number> {
  const [row] = await engine.query<{ n: unknown }>(sql);
  return Number(row?.n ?? 0);
}
