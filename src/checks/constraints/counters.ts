// Sequences and AUTO_INCREMENT counters are not transactional: a rolled-back probe (or a
// trigger it fires) still moves them. They are read before the probes and put back after, so
// nothing a probe did survives, down to the next generated id.
import type { Engine } from '../../engines/engine.js';
import { quoteTable } from './probe-row.js';

export async function keepCounters(engine: Engine): Promise<() => Promise<void>> {
  if (engine.dialect === 'postgres') {
    const read = () => engine.query<{ name: string; last: string | null; start: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS last, start_value::text AS start FROM pg_sequences`,
    );
    const before = new Map((await read()).map((s) => [s.name, s]));
    return async () => {
      for (const now of await read()) {
        const was = before.get(now.name);
        if (!was || was.last === now.last) continue;
        // A sequence never used before goes back to "next is start".
        await engine.query(was.last === null ? 'SELECT setval($1::regclass, $2::bigint, false)' : 'SELECT setval($1::regclass, $2::bigint, true)', [now.name, was.last ?? was.start]);
      }
    };
  }
  // MySQL 8 caches information_schema statistics; ask for the live value.
  await engine.exec('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
  const read = () => engine.query<{ name: string; next: unknown }>(
    `SELECT TABLE_NAME AS name, AUTO_INCREMENT AS next FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND AUTO_INCREMENT IS NOT NULL`,
    [engine.database],
  );
  const before = new Map((await read()).map((t) => [String(t.name), String(t.next)]));
  return async () => {
    for (const now of await read()) {
      const was = before.get(String(now.name));
      if (was !== undefined && was !== String(now.next)) await engine.exec(`ALTER TABLE ${quoteTable(engine, String(now.name))} AUTO_INCREMENT = ${BigInt(was)}`);
    }
  };
}
