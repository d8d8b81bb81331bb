// Transaction checks through the gate on PGlite, the loopback PostgreSQL and MariaDB: what
// savepoints really do (as documented on each engine), two-phase commit across two scratch
// databases with recovery after a coordinator disconnect, a pool against a connection limit
// Sluice sets on its per-run role; and afterwards no prepared transaction, connection, scratch
// database or per-run role is left on the server. tests/support/servers.mjs starts PostgreSQL with
// max_prepared_transactions = 10; on a server left at the default 0 the one-sentence warning is asserted instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import { rolesOnPostgres, scratchDatabasesOnMysql, scratchDatabasesOnPostgres, usersOnMysql } from '../support/leftovers.js';
import { makeProject } from '../support/project.js';
import { mysqlAdminUrl, mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const MIGRATION = 'CREATE TABLE items (id int PRIMARY KEY, quantity int NOT NULL);\n';
const CONFIG = (checks: string) => `migrations: { dir: migrations }\nchecks:\n${checks}`;
const ALL = '  savepoints: true\n  two-phase-commit: true\n  pool: { connections: 12, limit: 4, operations: 60, acquire-timeout: 5s }\n';

const transactionFindings = (report: Awaited<ReturnType<typeof runGate>>) => report.findings.filter((f) => f.check === 'transactions');
const byRule = (report: Awaited<ReturnType<typeof runGate>>, rule: string) => transactionFindings(report).filter((f) => f.rule === rule);

async function preparedOnPostgres(): Promise<number> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return (await client.query<{ n: number }>("select count(*)::int as n from pg_prepared_xacts where gid like 'sluice\\_%'")).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function maxPreparedTransactions(): Promise<number> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return Number((await client.query<{ max_prepared_transactions: string }>('show max_prepared_transactions')).rows[0]!.max_prepared_transactions);
  } finally {
    await client.end();
  }
}

async function preparedOnMysql(): Promise<number> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('XA RECOVER');
    return rows.filter((r) => String(r.data).startsWith('sluice_')).length;
  } finally {
    await connection.end();
  }
}

test('PGlite: savepoints are checked (as documented), two-phase commit and the pool skipped with one notice', async () => {
  const config = await makeProject(CONFIG(ALL), { '0001.sql': MIGRATION });
  const report = await runGate({ configFile: config, engine: 'pglite', compare: 'none' });
  const observed = byRule(report, 'savepoints-observed');
  assert.equal(observed.length, 1, JSON.stringify(transactionFindings(report)));
  assert.match(observed[0]!.message, /^Savepoints on pglite .*: ROLLBACK TO SAVEPOINT restored the rows exactly; a trigger's writes after the savepoint were undone with it; the sequence was not rolled back .*; after an error inside a savepoint, ROLLBACK TO SAVEPOINT left the transaction usable; an error without a savepoint aborts the whole transaction .*; a BEGIN inside a transaction is ignored with a warning/);
  assert.equal(observed[0]!.location?.line, 3);
  const skipped = byRule(report, 'transactions-skipped');
  assert.equal(skipped.length, 1);
  assert.equal(skipped[0]!.message, 'checks.two-phase-commit and checks.pool were skipped: pglite has one connection and one database; run them with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL.');
  assert.equal(report.verdict, 'pass');
});

for (const [name, url, prepared, scratches, runAccounts, refusal] of [
  ['PostgreSQL', postgresUrl, preparedOnPostgres, scratchDatabasesOnPostgres, async () => (await rolesOnPostgres()).filter((r) => /^sluice_[0-9a-f]{8}$/.test(r)), /53300 \("too many connections for role "sluice_[0-9a-f]{8}""\)/],
  ['MariaDB', mysqlUrl, preparedOnMysql, scratchDatabasesOnMysql, async () => (await usersOnMysql()).filter((u) => /^sluice_[0-9a-f]{8}@/.test(u)), /ER_(TOO_MANY_USER_CONNECTIONS \(1203\)|USER_LIMIT_REACHED \(1226\)) \("User 'sluice_[0-9a-f]{8}' has exceeded/],
] as const) {
  test(`${name}: savepoints as documented, two-phase commit commits atomically and recovers, pool exhaustion reported, nothing left behind`, { timeout: 120_000 }, async () => {
    const config = await makeProject(CONFIG(ALL), { '0001.sql': MIGRATION });
    const report = await runGate({ configFile: config, engine: url(), compare: 'none' });
    // A server with max_prepared_transactions = 0 (PostgreSQL's default, e.g. a CI service container) gets one sentence instead.
    const twoPhaseOff = name === 'PostgreSQL' && (await maxPreparedTransactions()) === 0;
    const errors = transactionFindings(report).filter((f) => f.severity !== 'notice' && !(twoPhaseOff && f.rule === 'two-phase-commit-disabled'));
    assert.deepEqual(errors, []);

    const savepoints = byRule(report, 'savepoints-observed')[0]!.message;
    assert.match(savepoints, /restored the rows exactly; a trigger's writes after the savepoint were undone with it; the sequence was not rolled back/);
    assert.match(savepoints, name === 'PostgreSQL'
      ? /an error without a savepoint aborts the whole transaction .*; a BEGIN inside a transaction is ignored with a warning/
      : /an error without a savepoint undoes only the failed statement; the transaction goes on and commits the rest; a BEGIN inside a transaction commits the open transaction first/);

    if (twoPhaseOff) {
      assert.match(byRule(report, 'two-phase-commit-disabled')[0]!.message, /^Two-phase commit was not checked: max_prepared_transactions is 0 on this server \(the default\), so PREPARE TRANSACTION is refused; set max_prepared_transactions = 10 .* and restart the server\.$/);
    }
    const twoPhase = twoPhaseOff ? undefined : byRule(report, 'two-phase-commit-observed')[0]!.message;
    if (twoPhase) assert.match(twoPhase, /both databases committed the change together; when payments refused \((23505|ER_DUP_ENTRY \(1062\))\), rolling back the prepared orders transaction left neither database changed; after the coordinator disconnected between PREPARE and COMMIT, (pg_prepared_xacts|XA RECOVER) showed both prepared transactions and neither change was visible yet; recovery committed them and both databases hold the change\.$/);
    assert.equal(byRule(report, twoPhaseOff ? 'two-phase-commit-disabled' : 'two-phase-commit-observed')[0]!.location?.line, 4);

    const pool = byRule(report, 'pool-exhausted')[0]!.message;
    assert.match(pool, /^Pool of 12 against a limit of 4 connections on /);
    assert.match(pool, refusal);
    const held = Number(/held at most (\d+) connections/.exec(pool)![1]);
    assert.ok(held >= 2 && held <= 4, pool);
    assert.match(pool, /; [1-9]\d* of 60 acquisitions queued for a released connection \(wait p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms\); 0 timed out after 5000 ms; 60 operations completed\.$/);
    assert.deepEqual(byRule(report, 'connection-leaked'), []);
    assert.ok(report.metrics.some((m) => m.key === 'pool.queued' && (m.value ?? 0) > 0));

    // Nothing prepared, no scratch database, no per-run account left on the server.
    assert.equal(await prepared(), 0);
    assert.deepEqual(await scratches(), []);
    assert.deepEqual(await runAccounts(), []);
  });
}

test('a pool limit not below its connections is one sentence at sluice.yml:line:col', () => {
  assert.throws(
    () => parseConfig(CONFIG('  pool: { connections: 4, limit: 4 }\n'), 'sluice.yml'),
    (error: unknown) => error instanceof ConfigError && /^sluice\.yml:3:\d+: .*limit.*smaller than connections/.test(error.message),
  );
  assert.throws(
    () => parseConfig(CONFIG('  two-phase-commit: yes please\n'), 'sluice.yml'),
    (error: unknown) => error instanceof ConfigError && /^sluice\.yml:3:\d+: /.test(error.message),
  );
});

