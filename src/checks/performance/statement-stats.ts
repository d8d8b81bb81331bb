// pg_stat_statements deltas: what the server itself counted for the statements of a
// transaction run or a load phase (calls, rows, shared blocks hit + read), read before and
// after from this scratch database and this role only, so base, head and anything else on the
// server never mix in. Present only where the server preloads the library and the extension
// exists in the database (created in template1 it is in every scratch database); elsewhere,
// and on PGlite, the EXPLAIN of each statement is the only source, and the report says so.
import type { Engine, WorkProfile } from '../../engines/engine.js';
import { settleAfterWrite } from './repeatable.js';

export interface StatementStats {
  calls: number;
  rows: number;
  blocks: number;
}

/** Why the deltas are missing, for the report; undefined when they are there. */
export type StatementStatsSource = { view: string } | { unavailable: string };

const found = new WeakMap<Engine, Promise<StatementStatsSource>>();

/** The schema-qualified pg_stat_statements view this scratch database can read, or why not. */
export function statementStatsSource(engine: Engine): Promise<StatementStatsSource> {
  let source = found.get(engine);
  if (!source) found.set(engine, (source = locate(engine)));
  return source;
}

async function locate(engine: Engine): Promise<StatementStatsSource> {
  if (engine.dialect !== 'postgres') return { unavailable: 'not PostgreSQL' };
  if (engine.info.name === 'pglite') return { unavailable: 'PGlite has no pg_stat_statements' };
  const [row] = await engine.query<{ schema: string }>(
    `select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_stat_statements'`,
  );
  if (!row) return { unavailable: 'the pg_stat_statements extension is not installed in the scratch database (CREATE EXTENSION pg_stat_statements in template1)' };
  const view = `${engine.quoteIdent(row.schema)}.pg_stat_statements`;
  try {
    await engine.query(`select 1 from ${view} limit 1`);
  } catch (error) {
    // Typically "pg_stat_statements must be loaded via shared_preload_libraries".
    return { unavailable: `pg_stat_statements cannot be read (${engine.describeError(error).message})` };
  }
  return { view };
}

/**
 * This role's totals in this database, leaving out transaction control, maintenance and
 * Sluice's own reads of the view: the difference of two is what the statements between did.
 */
export async function readStatementStats(engine: Engine, view: string): Promise<StatementStats> {
  const [row] = await engine.query<{ calls: number; rows: number; blocks: number }>(
    `select coalesce(sum(calls), 0)::float8 as calls, coalesce(sum(rows), 0)::float8 as rows,
            coalesce(sum(shared_blks_hit + shared_blks_read), 0)::float8 as blocks
       from ${view}
      where dbid = (select oid from pg_database where datname = current_database())
        and userid = (select oid from pg_roles where rolname = current_user)
        and query !~* '^\\s*(begin|start|commit|rollback|vacuum|analyze|set|reset|show|explain)\\M'
        and query not like '%pg_stat_statements%'`,
  );
  return { calls: Number(row?.calls ?? 0), rows: Number(row?.rows ?? 0), blocks: Number(row?.blocks ?? 0) };
}

/** The deltas as work counters, named apart from EXPLAIN's (statements-calls, statements-rows, statements-blocks). */
export function statementCounters(before: StatementStats, after: StatementStats): WorkProfile['counters'] {
  return [
    { name: 'statements-calls', unit: 'calls', value: after.calls - before.calls },
    { name: 'statements-rows', unit: 'rows', value: after.rows - before.rows },
    { name: 'statements-blocks', unit: 'blocks', value: after.blocks - before.blocks },
  ];
}

/**
 * One more run of a transaction's statements as the application sends them (not under
 * EXPLAIN), rolled back, between two readings of pg_stat_statements; or why there is none.
 */
export async function countTransaction(engine: Engine, statements: readonly { sql: string; values: unknown[] }[]): Promise<WorkProfile['counters'] | { unavailable: string }> {
  const source = await statementStatsSource(engine);
  if ('unavailable' in source) return source;
  const before = await readStatementStats(engine, source.view);
  await engine.exec('BEGIN');
  try {
    for (const statement of statements) await engine.query(statement.sql, statement.values);
  } finally {
    await engine.exec('ROLLBACK').catch(() => undefined);
  }
  const after = await readStatementStats(engine, source.view);
  await settleAfterWrite(engine);
  return statementCounters(before, after);
}
