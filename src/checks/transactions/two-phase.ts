// checks.two-phase-commit: one logical change (an order and its payment) across two scratch
// databases, two "services", with PostgreSQL PREPARE TRANSACTION / COMMIT PREPARED or XA on
// MySQL/MariaDB. Three runs: both prepare and commit; one refuses and the other's prepared
// transaction is rolled back; the coordinator disconnects between prepare and commit, and
// recovery finds the prepared transactions (pg_prepared_xacts / XA RECOVER) and commits them.
// A prepared transaction holds its locks forever: a cleanup registered before the first
// PREPARE rolls back every one with this run's prefix, at the end, on failure and on signals.
import type { DbError, Engine, EngineSession, ScratchConnection, Server } from '../../engines/engine.js';
import { onCleanup, runRoleName } from '../../engines/scratch.js';

interface Service {
  name: 'orders' | 'payments';
  engine: Engine;
  table: string;
  column: string;
}

export interface TwoPhaseResult {
  /** Why it did not run (max_prepared_transactions = 0), as a sentence with what to set. */
  disabled?: string;
  /** What each run showed, as clauses; `failures` are the ones that differ from two-phase commit's promise. */
  observed: string[];
  failures: string[];
  /** Prepared transactions of this run still on the server after the check (must be none). */
  leftPrepared: string[];
}

export async function checkTwoPhaseCommit(server: Server): Promise<TwoPhaseResult> {
  const postgres = server.info.dialect === 'postgres';
  const result: TwoPhaseResult = { observed: [], failures: [], leftPrepared: [] };
  const first = await server.createScratch('2pc_orders');
  if (postgres) {
    const setting = Number(Object.values((await first.query('show max_prepared_transactions'))[0]!)[0]);
    if (setting === 0) {
      result.disabled = 'max_prepared_transactions is 0 on this server (the default), so PREPARE TRANSACTION is refused; set max_prepared_transactions = 10 (postgresql.conf, or -c max_prepared_transactions=10 on the server command line of a services: container) and restart the server';
      return result;
    }
  }
  const services: Service[] = [
    { name: 'orders', engine: first, table: 'sluice_2pc_orders', column: 'id' },
    { name: 'payments', engine: await server.createScratch('2pc_payments'), table: 'sluice_2pc_payments', column: 'order_id' },
  ];
  for (const s of services) await s.engine.exec(`create table ${s.table} (${s.column} int primary key)${postgres ? '' : ' engine = InnoDB'}`);

  const prefix = `${runRoleName()}_2pc_`;
  const gid = (run: string, s: Service) => `${prefix}${run}_${s.name}`;
  const statements = postgres
    ? { begin: () => 'begin', prepare: (g: string) => [`prepare transaction '${g}'`], commit: (g: string) => `commit prepared '${g}'`, rollback: (g: string) => `rollback prepared '${g}'`, abort: () => ['rollback'] }
    : { begin: (g: string) => `XA START '${g}'`, prepare: (g: string) => [`XA END '${g}'`, `XA PREPARE '${g}'`], commit: (g: string) => `XA COMMIT '${g}'`, rollback: (g: string) => `XA ROLLBACK '${g}'`, abort: (g: string) => [`XA END '${g}'`, `XA ROLLBACK '${g}'`] };
  const where = postgres ? 'pg_prepared_xacts' : 'XA RECOVER';

  /** This run's prepared transactions that one service's session sees (PostgreSQL: in its database only). */
  const prepared = async (session: ScratchConnection): Promise<string[]> => {
    if (postgres) {
      const rows = await session.query<{ gid: string }>('select gid from pg_prepared_xacts where database = current_database() and starts_with(gid, $1) order by gid', [prefix]);
      return rows.map((r) => r.gid);
    }
    const rows = await session.query<{ data: Buffer | string }>('XA RECOVER');
    return rows.map((r) => String(r.data)).filter((g) => g.startsWith(prefix)).sort();
  };
  const resolveAll = async (decision: 'commit' | 'rollback'): Promise<string[]> => {
    const done: string[] = [];
    for (const s of services) {
      const session = await s.engine.openSession!();
      try {
        for (const g of await prepared(session)) {
          if (postgres || g.endsWith(`_${s.name}`)) {
            // On a signal the check itself may resolve the same one meanwhile: the next gid still gets its turn.
            const resolved = await session.exec(decision === 'commit' ? statements.commit(g) : statements.rollback(g)).then(() => true, () => false);
            if (resolved) done.push(g);
          }
        }
      } finally {
        await session.close();
      }
    }
    return done;
  };
  const removeCleanup = onCleanup(async () => { await resolveAll('rollback'); });
  const count = async (s: Service, id: number) => Number(Object.values((await s.engine.query(`select count(*) as n from ${s.table} where ${s.column} = ${id}`))[0]!)[0]);
  const sessions: EngineSession[] = [];
  const open = async () => {
    const opened = await Promise.all(services.map((s) => s.engine.openSession!()));
    sessions.push(...opened);
    return opened;
  };
  /** Begins, writes and prepares on one service; the error when the write or the prepare is refused. */
  const prepareOn = async (session: ScratchConnection, s: Service, run: string, id: number): Promise<DbError | undefined> => {
    const g = gid(run, s);
    await session.exec(statements.begin(g));
    try {
      await session.exec(`insert into ${s.table} (${s.column}) values (${id})`);
      for (const sql of statements.prepare(g)) await session.exec(sql);
      return undefined;
    } catch (error) {
      for (const sql of statements.abort(g)) await session.exec(sql).catch(() => undefined);
      return session.describeError(error);
    }
  };

  try {
    // 1. Both services prepare, then both commit.
    const [a, b] = await open();
    for (const [session, s] of [[a!, services[0]!], [b!, services[1]!]] as const) {
      const refused = await prepareOn(session, s, 'commit', 1);
      if (refused) throw new Error(`${s.name} refused to prepare: ${refused.code} ${refused.message}`);
    }
    for (const [session, s] of [[a!, services[0]!], [b!, services[1]!]] as const) await session.exec(statements.commit(gid('commit', s)));
    const committed = [await count(services[0]!, 1), await count(services[1]!, 1)];
    if (committed.every((n) => n === 1)) result.observed.push('both databases committed the change together');
    else result.failures.push(`after COMMIT of both prepared transactions the change is in ${committed.filter((n) => n === 1).length} of the 2 databases`);

    // 2. Orders prepares, payments refuses (its row exists already): the coordinator rolls orders back.
    const ordersRefused = await prepareOn(a!, services[0]!, 'refused', 2);
    const paymentsRefused = await prepareOn(b!, services[1]!, 'refused', 1);
    if (ordersRefused || !paymentsRefused) throw new Error('the refused run did not go as planned');
    await a!.exec(statements.rollback(gid('refused', services[0]!)));
    const neither = await count(services[0]!, 2);
    if (neither === 0) result.observed.push(`when payments refused (${paymentsRefused.code}), rolling back the prepared orders transaction left neither database changed`);
    else result.failures.push('orders kept its change after its prepared transaction was rolled back');

    // 3. Both prepare, then the coordinator disconnects before COMMIT.
    for (const [session, s] of [[a!, services[0]!], [b!, services[1]!]] as const) {
      const refused = await prepareOn(session, s, 'recover', 3);
      if (refused) throw new Error(`${s.name} refused to prepare: ${refused.code} ${refused.message}`);
    }
    for (const session of sessions.splice(0)) await session.close();
    const [x] = await open();
    const found = [...new Set([...(await prepared(x!)), ...(postgres ? await prepared((await open())[1]!) : [])])];
    const invisible = [await count(services[0]!, 3), await count(services[1]!, 3)].every((n) => n === 0);
    if (found.length === 2 && invisible) {
      result.observed.push(`after the coordinator disconnected between PREPARE and COMMIT, ${where} showed both prepared transactions and neither change was visible yet`);
      await resolveAll('commit');
      const recovered = [await count(services[0]!, 3), await count(services[1]!, 3)];
      if (recovered.every((n) => n === 1)) result.observed.push('recovery committed them and both databases hold the change');
      else result.failures.push(`recovery committed the prepared transactions, yet the change is in ${recovered.filter((n) => n === 1).length} of the 2 databases`);
    } else {
      result.failures.push(`after the coordinator disconnected between PREPARE and COMMIT, ${where} showed ${found.length} of the 2 prepared transactions${invisible ? '' : ' and a change was already visible'}: the server does not keep prepared transactions across a disconnect`);
    }
  } finally {
    for (const session of sessions.splice(0)) await session.close();
    await resolveAll('rollback');
    removeCleanup();
    for (const s of services) {
      const session = await s.engine.openSession!();
      try {
        result.leftPrepared.push(...(await prepared(session)).filter((g) => postgres || g.endsWith(`_${s.name}`)));
      } finally {
        await session.close();
      }
    }
  }
  return result;
}
