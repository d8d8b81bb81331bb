// A cancelled run (Ctrl-C on the CLI, a cancelled workflow's SIGTERM) leaves nothing behind,
// whatever it was doing when the signal came: connecting, creating its database while the
// server is slow to answer, migrating, seeding, measuring. It exits 128 + the signal number.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { rolesOnPostgres, scratchDatabasesOnMysql, scratchDatabasesOnPostgres, usersOnMysql } from '../support/leftovers.js';
import { makeProject } from '../support/project.js';
import { mysqlAdminUrl, mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;

interface Running {
  /** Resolves true when stderr has shown `marker`, false if the process exited first. */
  reached(marker: string): Promise<boolean>;
  exited: Promise<number | null>;
  stderr(): string;
  kill(signal: NodeJS.Signals): void;
}

function startSluice(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, ['bin/sluice.js', 'check', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const waiting: { marker: string; resolve: (hit: boolean) => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const w of waiting.splice(0)) (stderr.includes(w.marker) ? w.resolve(true) : waiting.push(w));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => waiting.splice(0).forEach((w) => w.resolve(stderr.includes(w.marker))));
  return {
    reached: (marker) => (stderr.includes(marker) ? Promise.resolve(true) : new Promise((resolve) => waiting.push({ marker, resolve }))),
    exited,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
  };
}

const servers = [
  { name: 'PostgreSQL', url: postgresUrl, databases: scratchDatabasesOnPostgres, accounts: rolesOnPostgres, sleep: 'select pg_sleep(600)' },
  { name: 'MariaDB', url: mysqlUrl, databases: scratchDatabasesOnMysql, accounts: usersOnMysql, sleep: 'select sleep(600)' },
];

for (const server of servers) {
  describe(`a signal at any stage on ${server.name} leaves nothing behind`, () => {
    const stages = [
      { stage: 'connecting', marker: 'sluice: engine:', signal: 'SIGTERM' as const, config: 'examples/shop/sluice.yml' },
      { stage: 'seeding', marker: 'data: seeding', signal: 'SIGINT' as const, config: 'examples/shop/sluice.yml' },
      { stage: 'a migration', marker: 'migrations: applying', signal: 'SIGTERM' as const, migration: `create table t (id int primary key);\n${server.sleep};\n` },
      { stage: 'measuring', marker: 'performance: measuring', signal: 'SIGTERM' as const, query: server.sleep },
    ];
    for (const s of stages) {
      test(`${s.signal} during ${s.stage}`, { timeout: 60_000 }, async () => {
        const accounts = await server.accounts();
        const config =
          s.config ??
          (await makeProject(
            `migrations: { dir: migrations }\n${s.query ? `queries:\n  - name: slow\n    sql: ${s.query}\n` : ''}`,
            { '0001.sql': s.migration ?? 'create table t (id int primary key);\n' },
          ));
        const run = startSluice(['--config', config], { SLUICE_DATABASE_URL: server.url() });
        assert.ok(await run.reached(s.marker), `exited before ${s.stage}: ${run.stderr()}`);
        run.kill(s.signal);
        assert.equal(await run.exited, CODES[s.signal], run.stderr());
        assert.match(run.stderr(), new RegExp(`${s.signal} received; dropping scratch databases`));
        assert.doesNotMatch(run.stderr(), /unexpected error|\n\s+at /);
        assert.deepEqual(await server.databases(), []);
        assert.deepEqual(await server.accounts(), accounts);
      });
    }
  });
}

// The server holds CREATE DATABASE (a lock the test takes as the superuser) until after the
// signal: the drop must still happen, once the create has gone through.
test('SIGTERM while CREATE DATABASE waits on PostgreSQL drops the database once it exists', { timeout: 60_000 }, async () => {
  const roles = await rolesOnPostgres();
  const blocker = new pg.Client({ connectionString: postgresAdminUrl() });
  await blocker.connect();
  try {
    await blocker.query('begin');
    await blocker.query('lock table pg_catalog.pg_database in share mode');
    const run = startSluice(['--config', 'examples/shop/sluice.yml'], { SLUICE_DATABASE_URL: postgresUrl() });
    // Inside its transaction the blocker sees one snapshot of pg_stat_activity unless it clears it.
    await waitFor(async () => {
      await blocker.query('select pg_stat_clear_snapshot()');
      return (await blocker.query("select 1 from pg_stat_activity where query like 'CREATE DATABASE sluice%' and wait_event_type = 'Lock'")).rowCount === 1;
    });
    run.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await blocker.query('commit');
    assert.equal(await run.exited, 143, run.stderr());
  } finally {
    await blocker.end();
  }
  assert.deepEqual(await scratchDatabasesOnPostgres(), []);
  assert.deepEqual(await rolesOnPostgres(), roles);
});

test('SIGTERM while CREATE DATABASE waits on MariaDB drops the database once it exists', { timeout: 60_000 }, async () => {
  const users = await usersOnMysql();
  const blocker = await mysql.createConnection(mysqlAdminUrl());
  try {
    await blocker.query('FLUSH TABLES WITH READ LOCK');
    const run = startSluice(['--config', 'examples/shop/sluice.yml'], { SLUICE_DATABASE_URL: mysqlUrl() });
    await waitFor(async () => {
      const [rows] = await blocker.query<mysql.RowDataPacket[]>("SELECT 1 FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CREATE DATABASE `sluice%'");
      return rows.length === 1;
    });
    run.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await blocker.query('UNLOCK TABLES');
    assert.equal(await run.exited, 143, run.stderr());
  } finally {
    await blocker.end();
  }
  assert.deepEqual(await scratchDatabasesOnMysql(), []);
  assert.deepEqual(await usersOnMysql(), users);
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, 'the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
