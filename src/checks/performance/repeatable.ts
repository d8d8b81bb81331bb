// The conditions under which work counters repeat exactly, set on a scratch database before
// it is measured (the README lists them in one place, "Work metrics that repeat"): besides the
// seeded data and the ANALYZE after seeding, nothing may change plans or pages behind the
// measurement's back.
import type { Engine } from '../../engines/engine.js';

export async function makeRepeatable(engine: Engine): Promise<void> {
  if (engine.dialect === 'postgres') {
    tablesToVacuum.delete(engine);
    // A parallel plan's blocks depend on how many workers the server could start at that moment.
    await engine.exec('SET max_parallel_workers_per_gather = 0');
    // Autovacuum would prune and re-analyze while the rolled-back writes of transactions and bulk
    // paths accumulate; the owner (the per-run role) may switch it off per table.
    const tables = await engine.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
          and pg_has_role(c.relowner, 'USAGE') order by 1`,
    );
    for (const { name } of tables) await engine.exec(`ALTER TABLE ${name} SET (autovacuum_enabled = off)`).catch(() => undefined);
    tablesToVacuum.set(engine, tables.map((t) => t.name));
    return;
  }
  // InnoDB recalculates statistics in the background once a tenth of a table changed (rolled-back
  // bulk writes count); the statistics ANALYZE TABLE took after seeding must stay.
  const tables = await engine.query<{ name: string }>(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND ENGINE = 'InnoDB' ORDER BY 1`,
  );
  for (const { name } of tables) await engine.exec(`ALTER TABLE ${engine.quoteIdent(String(name))} STATS_AUTO_RECALC = 0`).catch(() => undefined);
}

const tablesToVacuum = new WeakMap<Engine, string[]>();

/**
 * After a rolled-back write on PostgreSQL: the dead row versions it left would be pruned, or
 * not, depending on transactions elsewhere on the server at that moment, and the next run's
 * pages with them. VACUUM removes them now (its horizon counts only this database, where
 * nothing else runs), so every run starts from the same pages.
 */
export async function settleAfterWrite(engine: Engine): Promise<void> {
  const tables = tablesToVacuum.get(engine);
  if (engine.dialect !== 'postgres' || !tables?.length) return;
  await engine.exec(`VACUUM ${tables.join(', ')}`);
}
