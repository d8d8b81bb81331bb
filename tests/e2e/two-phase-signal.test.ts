// A prepared transaction holds its locks forever, so a run cancelled while the two-phase-commit
// check has some prepared must roll them back before it drops its databases. The run is held
// there on purpose: once the coordinator-disconnect run has prepared, this test asks for an
// ACCESS EXCLUSIVE lock on the orders table, which waits behind the prepared transaction, and the
// check's next read queues behind that request. Then SIGTERM. dist/ must be built first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import pg from 'pg';
import { rolesOnPostgres, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { makeProject } from '../support/project.js';
import { postgresAdminUrl, postgresUrl } from '../support/urls.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function preparedGids(admin: pg.Client): Promise<{ gid: string; database: string }[]> {
  return (await admin.query<{ gid: string; database: string }>("select gid, database from pg_prepared_xacts where gid like 'sluice\\_%'")).rows;
}

test('SIGTERM while the two-phase check holds prepared transactions rolls them back and drops everything (PostgreSQL)', { timeout: 120_000 }, async (t) => {
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  if (Number((await admin.query<{ max_prepared_transactions: string }>('show max_prepared_transactions')).rows[0]!.max_prepared_transactions) === 0) {
    await admin.end();
    t.skip('this PostgreSQL has max_prepared_transactions = 0, so nothing is ever prepared (tests/support/servers.mjs sets 10)');
    return;
  }
  const config = await makeProject('migrations: { dir: migrations }\nchecks:\n  two-phase-commit: true\n', { '0001.sql': 'create table t (id int primary key);\n' });
  try {
    // The lock is a race against the check's next statements; it is won at once in practice, and retried otherwise.
    for (let attempt = 1; ; attempt++) {
      const child = spawn(process.execPath, ['bin/sluice.js', 'check', '--engine', postgresUrl(), '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let done = false;
      void exited.then(() => (done = true));

      // The orders database, as soon as it exists: connected to in advance so the lock is one round trip.
      let ordersDb: string | undefined;
      while (!done && !ordersDb) {
        ordersDb = (await admin.query<{ datname: string }>("select datname from pg_database where datname like 'sluice\\_%\\_2pc\\_orders'")).rows[0]?.datname;
        if (!ordersDb) await sleep(5);
      }
      let locker: pg.Client | undefined;
      let held = false;
      if (ordersDb) {
        const url = new URL(postgresUrl());
        url.pathname = `/${ordersDb}`;
        locker = new pg.Client({ connectionString: url.toString() });
        locker.on('error', () => {});
        await locker.connect().catch(() => (locker = undefined));
        while (locker && !done && !held) {
          if ((await preparedGids(admin)).some((p) => p.gid.endsWith('_2pc_recover_orders'))) {
            await locker.query('begin');
            void locker.query('lock table sluice_2pc_orders in access exclusive mode').then(() => locker?.query('rollback')).catch(() => undefined);
            held = true;
          }
        }
      }
      if (held) {
        await sleep(300);
        assert.equal(done, false, `the run ended before the signal:\n${stderr}`);
        assert.ok((await preparedGids(admin)).length >= 1, 'prepared transactions exist before the signal');
        child.kill('SIGTERM');
      }
      const code = await exited;
      await locker?.end().catch(() => undefined);
      if (!held) {
        assert.ok(attempt < 3, `the check finished before its prepared transactions could be held, ${attempt} times`);
        continue;
      }
      assert.equal(code, 143, stderr);
      assert.match(stderr, /SIGTERM received/);
      assert.deepEqual(await preparedGids(admin), []);
      assert.deepEqual(await scratchDatabasesOnPostgres(), []);
      assert.deepEqual((await rolesOnPostgres()).filter((r) => /^sluice_[0-9a-f]{8}$/.test(r)), []);
      return;
    }
  } finally {
    await admin.end();
  }
});
