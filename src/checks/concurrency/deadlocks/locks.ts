// The locks two sessions wait for, read from outside at the moment a statement is seen waiting
// (for PostgreSQL that is while both wait: its deadlock detector looks only after
// deadlock_timeout). Each lock is said in the schema's words: the row by its primary key where
// the engine tells which row, else the table and the lock mode.
import type { Engine, Schema } from '../../../engines/engine.js';

export interface WaitedLock {
  /** The session's name (a, b). */
  session: string;
  /** "ShareLock on transaction 746 (held by b), for row product_id = 2 of inventory". */
  text: string;
}

interface PgLockRow {
  pid: number;
  locktype: string;
  mode: string;
  granted: boolean;
  relation: string | null;
  page: number | null;
  tuple: number | null;
  xid: string | null;
  blockers: number[];
}

/** What each of these sessions (name → server connection id) waits for now; empty where the engine does not tell the per-run role. */
export async function waitedLocks(engine: Engine, schema: Schema, sessions: ReadonlyMap<string, number>): Promise<WaitedLock[]> {
  const nameOf = new Map([...sessions].map(([name, id]) => [id, name]));
  if (engine.dialect === 'postgres') {
    const rows = await engine.query<PgLockRow>(
      `select l.pid, l.locktype, l.mode, l.granted, l.relation::regclass::text as relation, l.page, l.tuple, l.transactionid::text as xid, pg_blocking_pids(l.pid) as blockers
         from pg_locks l where l.pid = any($1::int[]) and (not l.granted or l.locktype = 'tuple') order by l.pid, l.granted`,
      [[...sessions.values()]],
    ).catch(() => []);
    const found: WaitedLock[] = [];
    for (const [id, session] of nameOf) {
      const mine = rows.filter((r) => Number(r.pid) === id);
      const waited = mine.find((r) => !r.granted);
      if (!waited) continue;
      const holders = (waited.blockers ?? []).map((pid) => nameOf.get(Number(pid)) ?? `backend ${pid}`);
      const tuple = mine.find((r) => r.locktype === 'tuple' && r.relation);
      const what = waited.locktype === 'transactionid' ? `transaction ${waited.xid}` : waited.locktype === 'tuple' ? 'a row' : `${waited.locktype}${waited.relation ? ` ${waited.relation}` : ''}`;
      const row = tuple ? await rowAt(engine, schema, tuple.relation!, tuple.page!, tuple.tuple!) : undefined;
      found.push({ session, text: `${waited.mode} on ${what}${holders.length ? ` (held by ${holders.join(', ')})` : ''}${row ? `, for ${row}` : ''}` });
    }
    return found;
  }
  // InnoDB's lock tables need the PROCESS privilege the per-run user lacks; its error and the
  // monitor's view of who waits say the rest.
  return [];
}

/** "row product_id = 2 of inventory": the tuple's primary key, read by its ctid (the version the waiter saw is still the visible one). */
async function rowAt(engine: Engine, schema: Schema, relation: string, page: number, tuple: number): Promise<string> {
  const table = schema.tables.find((t) => t.name === relation.replace(/"/g, ''));
  const key = table?.primaryKey ?? [];
  if (!table || key.length === 0) return `row (${page},${tuple}) of ${relation}`;
  const rows = await engine
    .query<Record<string, unknown>>(`select ${key.map((k) => engine.quoteIdent(k)).join(', ')} from ${engine.quoteIdent(table.name)} where ctid = $1::tid`, [`(${page},${tuple})`])
    .catch(() => []);
  const values = rows[0];
  return values ? `row ${key.map((k) => `${k} = ${String(values[k])}`).join(', ')} of ${table.name}` : `row (${page},${tuple}) of ${table.name}`;
}
