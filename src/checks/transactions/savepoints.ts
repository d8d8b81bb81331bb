// checks.savepoints: what ROLLBACK TO SAVEPOINT really restores on the engine in use, on two
// tables of Sluice's own (a keyed table with a sequence / AUTO_INCREMENT, and an audit table a
// trigger writes), dropped afterwards. Each fact is observed, then set beside what the engine's
// documentation says: PostgreSQL "SAVEPOINT", "Sequence Manipulation Functions" (nextval is never
// rolled back); InnoDB "AUTO_INCREMENT Handling" (values of a rolled-back insert are lost),
// "Implicit commit" (START TRANSACTION commits the open one), "Error handling" (a failed
// statement is rolled back, not the transaction).
import type { DbError, Engine, ScratchConnection } from '../../engines/engine.js';

const PROBE = 'sluice_savepoint_probe';
const AUDIT = 'sluice_savepoint_audit';

export interface SavepointFact {
  id: 'rows-restored' | 'trigger-effects-undone' | 'sequence-rolled-back' | 'usable-after-rollback-to' | 'error-aborts-transaction' | 'nested-begin-commits';
  /** What was observed, as a clause: "ROLLBACK TO SAVEPOINT restored the rows exactly". */
  observed: string;
  /** What the documentation says, as a clause; the same as `observed` when they agree. */
  documented: string;
  agrees: boolean;
}

export interface SavepointResult {
  facts: SavepointFact[];
  /** A statement of the check itself failed (no right to create a trigger …), as a sentence. */
  problem?: string;
}

type Outcome = { rows: Record<string, unknown>[] } | { error: DbError };

/** Whether the engine's documentation says so, per fact id: PostgreSQL (and PGlite), MySQL/MariaDB. */
const DOCUMENTED: Record<SavepointFact['id'], Record<'postgres' | 'mysql', boolean>> = {
  'rows-restored': { postgres: true, mysql: true },
  'trigger-effects-undone': { postgres: true, mysql: true },
  'sequence-rolled-back': { postgres: false, mysql: false },
  'usable-after-rollback-to': { postgres: true, mysql: true },
  'error-aborts-transaction': { postgres: true, mysql: false },
  'nested-begin-commits': { postgres: false, mysql: true },
};

const SAY: Record<SavepointFact['id'], (yes: boolean) => string> = {
  'rows-restored': (yes) => (yes ? 'ROLLBACK TO SAVEPOINT restored the rows exactly' : 'ROLLBACK TO SAVEPOINT did not restore the rows'),
  'trigger-effects-undone': (yes) => (yes ? "a trigger's writes after the savepoint were undone with it" : "a trigger's writes after the savepoint survived ROLLBACK TO SAVEPOINT"),
  'sequence-rolled-back': (yes) => (yes ? 'the sequence was rolled back too (the next insert reused the id)' : 'the sequence was not rolled back (the next insert skipped the id the rolled-back insert took)'),
  'usable-after-rollback-to': (yes) => (yes ? 'after an error inside a savepoint, ROLLBACK TO SAVEPOINT left the transaction usable' : 'after an error inside a savepoint, the transaction stayed unusable even after ROLLBACK TO SAVEPOINT'),
  'error-aborts-transaction': (yes) => (yes ? 'an error without a savepoint aborts the whole transaction (every later statement fails until ROLLBACK)' : 'an error without a savepoint undoes only the failed statement; the transaction goes on and commits the rest'),
  'nested-begin-commits': (yes) => (yes ? 'a BEGIN inside a transaction commits the open transaction first' : 'a BEGIN inside a transaction is ignored with a warning; the outer transaction goes on'),
};

export async function checkSavepoints(engine: Engine): Promise<SavepointResult> {
  const postgres = engine.dialect === 'postgres';
  // A session of its own where there can be one, so the main connection's state is never touched.
  const session = engine.openSession ? await engine.openSession() : undefined;
  const db = session ?? engine;
  const attempt = async (sql: string): Promise<Outcome> => {
    try {
      return { rows: await db.query(sql) };
    } catch (error) {
      return { error: db.describeError(error) };
    }
  };
  const run = async (sql: string) => {
    const outcome = await attempt(sql);
    if ('error' in outcome) throw new CheckStatementError(sql, outcome.error);
    return outcome.rows;
  };
  const count = async (table: string, where = 'true') => Number(Object.values((await run(`select count(*) as n from ${table} where ${where}`))[0]!)[0]);
  const observed = new Map<SavepointFact['id'], boolean>();
  try {
    await dropTables(db, postgres);
    if (postgres) {
      await run(`create table ${PROBE} (id serial primary key, value int not null)`);
      await run(`create table ${AUDIT} (probe_id int not null)`);
      await run(`create function ${AUDIT}() returns trigger language plpgsql as $$ begin insert into ${AUDIT} values (new.id); return new; end $$`);
      await run(`create trigger ${AUDIT} after insert on ${PROBE} for each row execute function ${AUDIT}()`);
    } else {
      await run(`create table ${PROBE} (id int auto_increment primary key, value int not null) engine = InnoDB`);
      await run(`create table ${AUDIT} (probe_id int not null) engine = InnoDB`);
      await run(`create trigger ${AUDIT} after insert on ${PROBE} for each row insert into ${AUDIT} values (new.id)`);
    }
    await run(`insert into ${PROBE} (value) values (1)`);

    // Rows, the trigger's writes and the sequence across ROLLBACK TO SAVEPOINT.
    await run('begin');
    await run('savepoint sluice_a');
    await run(`insert into ${PROBE} (value) values (2)`);
    await run(`update ${PROBE} set value = 10 where value = 1`);
    const rolledBackId = Number(Object.values((await run(`select max(id) as id from ${PROBE}`))[0]!)[0]);
    await run('rollback to savepoint sluice_a');
    const rows = await run(`select id, value from ${PROBE} order by id`);
    observed.set('rows-restored', rows.length === 1 && Number(rows[0]!.id) === 1 && Number(rows[0]!.value) === 1);
    observed.set('trigger-effects-undone', (await count(AUDIT)) === 1);
    await run(`insert into ${PROBE} (value) values (3)`);
    const nextId = Number(Object.values((await run(`select max(id) as id from ${PROBE}`))[0]!)[0]);
    observed.set('sequence-rolled-back', nextId === rolledBackId);
    await run('rollback');

    // An error inside a savepoint, then ROLLBACK TO: is the transaction still usable?
    const duplicate = `insert into ${PROBE} (id, value) values (1, 0)`;
    await run('begin');
    await run('savepoint sluice_b');
    const failed = await attempt(duplicate);
    if (!('error' in failed)) throw new Error(`${duplicate} was not refused`);
    await run('rollback to savepoint sluice_b');
    const after = await attempt(`insert into ${PROBE} (value) values (4)`);
    observed.set('usable-after-rollback-to', !('error' in after));
    await attempt('rollback');

    // The same error without a savepoint: PostgreSQL aborts the transaction (25P02), InnoDB
    // rolls back the statement only.
    await run('begin');
    await run(`insert into ${PROBE} (value) values (5)`);
    await attempt(duplicate);
    const next = await attempt(`insert into ${PROBE} (value) values (6)`);
    const aborted = 'error' in next;
    const committed = await attempt('commit');
    if ('error' in committed) await attempt('rollback');
    observed.set('error-aborts-transaction', aborted && (await count(PROBE, 'value in (5, 6)')) === 0);

    // A nested BEGIN: ignored with a warning (PostgreSQL), or an implicit commit (MySQL/MariaDB).
    await run('begin');
    await run(`insert into ${PROBE} (value) values (7)`);
    await run('begin');
    await run('rollback');
    observed.set('nested-begin-commits', (await count(PROBE, 'value = 7')) === 1);

    const dialect = postgres ? 'postgres' : 'mysql';
    return {
      facts: [...observed].map(([id, yes]) => {
        const documented = DOCUMENTED[id][dialect];
        return { id, observed: SAY[id](yes), documented: SAY[id](documented), agrees: yes === documented };
      }),
    };
  } catch (error) {
    await attempt('rollback');
    if (!(error instanceof CheckStatementError)) throw error;
    return { facts: [], problem: `${error.statement.split(' ').slice(0, 4).join(' ')} … failed with ${error.error.code}: ${error.error.message}` };
  } finally {
    await dropTables(db, postgres).catch(() => undefined);
    await session?.close();
  }
}

class CheckStatementError extends Error {
  constructor(readonly statement: string, readonly error: DbError) {
    super(error.message);
  }
}

async function dropTables(db: ScratchConnection, postgres: boolean): Promise<void> {
  await db.exec(`drop table if exists ${PROBE}`);
  await db.exec(`drop table if exists ${AUDIT}`);
  if (postgres) await db.exec(`drop function if exists ${AUDIT}()`);
}
