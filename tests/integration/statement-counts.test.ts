// The servers' own counts beside EXPLAIN and Handler_read_*: pg_stat_statements deltas for a
// transaction (the test PostgreSQL preloads it and has it in template1), performance_schema's
// rows examined and NO_INDEX_USED per statement (the test MariaDB runs with it on); where they
// are missing (PGlite) the report says why. Each repeats exactly from run to run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { runGate, type GateReport } from '../../src/gate.js';
import { renderMarkdown } from '../../src/report/index.js';
import { makeProject } from '../support/project.js';
import { mysqlAdminUrl, mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const MIGRATIONS = {
  'postgres/0001_items.sql': 'CREATE TABLE items (id int PRIMARY KEY, category int NOT NULL, name text NOT NULL);\n',
  'mysql/0001_items.sql': 'CREATE TABLE items (id int PRIMARY KEY, category int NOT NULL, name varchar(100) NOT NULL) ENGINE=InnoDB;\n',
};

const CONFIG = `
migrations:
  dir: { postgres: migrations/postgres, mysql: migrations/mysql }
data:
  seed: 3
  rows: { items: 300 }
  columns:
    items.id: { range: [1, 300] }
    items.category: { range: [1, 10] }
gate:
  time: { samples: 5 }
queries:
  - name: by id
    sql: select name from items where id = $1
    params: [7]
  - name: by category
    sql: select count(*) from items where category = $1
    params: [4]
transactions:
  - name: add and rename
    statements:
      - insert into items (id, category, name) values (1001, 1, 'new')
      - update items set name = 'renamed' where id <= 5
load:
  - { name: mix, mix: [{ query: by id }], connections: 2, operations: 200 }
`;

const counter = (report: GateReport, workload: string, name: string) =>
  report.queries.find((q) => q.name === workload)?.counters.find((c) => c.name === name)?.value;
const serverCounts = (report: GateReport) =>
  report.metrics.filter((m) => /\.(statements-\w+|rows-examined|no-index-used)$/.test(m.key)).map((m) => `${m.key}=${m.value}`);

async function pgStatStatementsOnTestServer(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl().replace(/\/postgres$/, '/template1') });
  await client.connect();
  try {
    const { rows } = await client.query("select 1 from pg_extension where extname = 'pg_stat_statements'");
    const { rows: [preload] } = await client.query<{ shared_preload_libraries: string }>('show shared_preload_libraries');
    return rows.length > 0 && /pg_stat_statements/.test(preload?.shared_preload_libraries ?? '');
  } finally {
    await client.end();
  }
}

async function performanceSchemaOnTestServer(): Promise<boolean> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      "SELECT @@performance_schema AS enabled, (SELECT COUNT(*) FROM performance_schema.setup_consumers WHERE NAME IN ('events_statements_current', 'events_statements_history') AND ENABLED = 'YES') AS consumers",
    );
    return Number(rows[0]?.enabled) === 1 && Number(rows[0]?.consumers) === 2;
  } finally {
    await connection.end();
  }
}

describe('statement counts from the server', () => {
  test('PostgreSQL: pg_stat_statements deltas of a transaction, the same on every run', async () => {
    const config = await makeProject(CONFIG, MIGRATIONS);
    const report = await runGate({ configFile: config, engine: postgresUrl() });
    // A server of SLUICE_TEST_POSTGRES_URL (CI's service container) may not preload it: then the report says why.
    if (!(await pgStatStatementsOnTestServer())) {
      assert.equal(counter(report, 'add and rename', 'statements-calls'), undefined);
      assert.match(renderMarkdown(report), /Transactions: no pg_stat_statements deltas \(/);
      return;
    }
    assert.equal(counter(report, 'add and rename', 'statements-calls'), 2);
    assert.equal(counter(report, 'add and rename', 'statements-rows'), 6);
    assert.ok((counter(report, 'add and rename', 'statements-blocks') ?? 0) > 0);
    assert.ok(report.metrics.some((m) => m.key === 'transaction.add-and-rename.statements-blocks' && m.kind === 'work'));
    assert.match(renderMarkdown(report), /statements-calls, -rows and -blocks are pg_stat_statements deltas/);
    // The load phase as the server counted it: at least its 200 operations, each a primary-key lookup.
    const load = (name: string) => report.metrics.find((m) => m.key === `load.mix.${name}`)?.value ?? 0;
    assert.ok(load('statements-calls') >= 200, String(load('statements-calls')));
    assert.ok(load('statements-blocks-per-call') > 0 && load('statements-blocks-per-call') < 10, String(load('statements-blocks-per-call')));
    const again = await runGate({ configFile: config, engine: postgresUrl() });
    assert.deepEqual(serverCounts(again).filter((m) => !m.startsWith('load.')), serverCounts(report).filter((m) => !m.startsWith('load.')));
  });

  test('PGlite: no pg_stat_statements, and the report does not ask for it', async () => {
    const report = await runGate({ configFile: await makeProject(CONFIG, MIGRATIONS), engine: 'pglite' });
    assert.equal(counter(report, 'add and rename', 'statements-calls'), undefined);
    assert.equal(report.queries.find((q) => q.name === 'add and rename')?.statementStats, 'PGlite has no pg_stat_statements');
    // Nothing a PGlite user could turn on: the workloads' intro already says the work is the EXPLAIN.
    assert.doesNotMatch(renderMarkdown(report), /pg_stat_statements/);
  });

  test('MariaDB: rows examined and NO_INDEX_USED from performance_schema, the same on every run', async () => {
    const config = await makeProject(CONFIG, MIGRATIONS);
    const report = await runGate({ configFile: config, engine: mysqlUrl() });
    // MariaDB's default is off (CI's service container): then the report says so.
    if (!(await performanceSchemaOnTestServer())) {
      assert.equal(counter(report, 'by id', 'rows-examined'), undefined);
      assert.match(renderMarkdown(report), /performance_schema \(or its events_statements_history consumer\) is off on this server/);
      return;
    }
    assert.equal(counter(report, 'by id', 'rows-examined'), 1);
    assert.equal(counter(report, 'by id', 'no-index-used'), 0);
    assert.equal(counter(report, 'by category', 'rows-examined'), 300);
    assert.equal(counter(report, 'by category', 'no-index-used'), 1);
    assert.match(renderMarkdown(report), /rows-examined and no-index-used come from performance_schema/);
    const again = await runGate({ configFile: config, engine: mysqlUrl() });
    assert.deepEqual(serverCounts(again), serverCounts(report));
  });
});
