// The whole pipeline (runGate) on each engine, as the CLI and the Action call it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { ConfigError, EngineUnavailableError } from '../../src/errors.js';
import { makeProject } from '../support/project.js';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlLimitedUrl, mysqlUrl, postgresLimitedUrl, postgresUrl } from '../support/urls.js';

const EXAMPLE = 'examples/shop/sluice.yml';
const metric = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key)?.value;
const rules = (report: GateReport) => report.findings.map((f) => f.rule);

const engines = [
  { name: 'pglite', engine: () => 'pglite', leftovers: async () => [] as string[], fkFinding: true },
  { name: 'postgresql', engine: postgresUrl, leftovers: scratchDatabasesOnPostgres, fkFinding: true },
  // InnoDB creates an index for every foreign key that lacks one, so the planted flaw cannot exist there.
  { name: 'mariadb', engine: mysqlUrl, leftovers: scratchDatabasesOnMysql, fkFinding: false },
];

for (const e of engines) {
  describe(`the example shop on ${e.name}`, () => {
    test('passes, finds the planted flaw where it can exist, measures every query, leaves nothing behind', async () => {
      const report = await runGate({ configFile: EXAMPLE, engine: e.engine() });
      assert.equal(report.verdict, 'pass');
      assert.equal(report.engine.name, e.name);
      assert.ok(report.migrations.length >= 5 && report.migrations.every((m) => m.status === 'applied'));
      const flaw = report.findings.find((f) => f.rule === 'foreign-key-without-index');
      if (e.fkFinding) {
        assert.ok(flaw, `expected foreign-key-without-index, got ${rules(report).join(', ')}`);
        assert.match(flaw.message, /order_items\(product_id\) → products/);
        assert.match(flaw.location?.file ?? '', /migrations\/postgres\/0004_orders\.sql$/);
        assert.ok(flaw.location?.line && flaw.location.line > 1);
      } else {
        assert.equal(flaw, undefined);
      }
      assert.equal(report.queries.filter((q) => q.kind === 'query').length, 10);
      assert.deepEqual(report.queries.filter((q) => q.kind !== 'query').map((q) => q.name), ['place order', 'cancel stale pending orders']);
      assert.equal(metric(report, 'data.order_items.rows'), 15000);
      const workKey = report.engine.dialect === 'postgres' ? 'blocks' : 'rows-read';
      // The indexed lookup reads little; the query on the unindexed (PostgreSQL) foreign key reads the table.
      const lookup = metric(report, `query.lookup-by-email.${workKey}`)!;
      assert.ok(lookup > 0 && lookup < 10, `lookup by email read ${lookup} ${workKey}`);
      assert.deepEqual(await e.leftovers(), []);
    });
  });
}

test('work metrics and seeded rows repeat exactly from run to run', async () => {
  const first = await runGate({ configFile: EXAMPLE, engine: postgresUrl() });
  const second = await runGate({ configFile: EXAMPLE, engine: postgresUrl() });
  // Informational work totals (a load phase's pg_stat_statements calls) follow its duration: shown, never gated, not claimed to repeat.
  const work = (r: GateReport) => r.metrics.filter((m) => m.kind === 'work' && !m.informational).map((m) => `${m.key}=${m.value}`);
  assert.ok(work(first).length >= 30);
  assert.deepEqual(work(second), work(first));
  assert.deepEqual(second.queries.map((q) => q.params), first.queries.map((q) => q.params));
});

const BROKEN = {
  '0001_ok.sql': 'CREATE TABLE a (id int PRIMARY KEY);\n',
  '0002_bad.sql': '-- a typo on line 3\nCREATE TABLE b (id int PRIMARY KEY);\nCREATE TABLEX c (id int);\n',
  '0003_never.sql': 'CREATE TABLE d (id int PRIMARY KEY);\n',
};

for (const [name, engine, leftovers, code] of [
  ['PGlite', () => 'pglite', async () => [] as string[], '42601'],
  ['PostgreSQL', postgresUrl, scratchDatabasesOnPostgres, '42601'],
  ['MariaDB', mysqlUrl, scratchDatabasesOnMysql, 'ER_PARSE_ERROR'],
] as const) {
  test(`a migration with a syntax error fails the gate with file, line and code on ${name}`, async () => {
    const config = await makeProject('migrations:\n  dir: migrations\n', BROKEN);
    const report = await runGate({ configFile: config, engine: engine() });
    assert.equal(report.verdict, 'fail');
    assert.deepEqual(report.migrations.map((m) => m.status), ['applied', 'failed', 'not-run']);
    const finding = report.findings.find((f) => f.rule === 'migration-failed');
    assert.ok(finding);
    assert.match(finding.location?.file ?? '', /0002_bad\.sql$/);
    assert.equal(finding.location?.line, 3);
    assert.ok(finding.message.includes(code), finding.message);
    assert.deepEqual(await leftovers(), []);
  });
}

test('a plan operator the query forbids fails the gate', async () => {
  const config = await makeProject(
    [
      'migrations: { dir: migrations }',
      'data: { rows: { items: 500 } }',
      'queries:',
      '  - name: by label',
      '    sql: select * from items where label = $1',
      '    params: [{ from: items.label }]',
      '    expect: { forbid: [seq-scan] }',
    ].join('\n'),
    { '1_items.sql': 'CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL);' },
  );
  const report = await runGate({ configFile: config });
  assert.equal(report.verdict, 'fail');
  const finding = report.findings.find((f) => f.rule === 'forbidden-plan-operator');
  assert.match(finding?.message ?? '', /"by label" uses seq-scan \(Seq Scan on items\)/);
  // The annotation lands on the query's entry in sluice.yml (line 4: "- name: by label").
  assert.deepEqual(finding?.location, { file: config, line: 4 });
  assert.ok(metric(report, 'query.by-label.rows')! >= 1);
  assert.equal(metric(report, 'query.by-label.rows-removed')! + metric(report, 'query.by-label.rows')!, 500);
});

test('seeded data honours keys, uniques, column settings and foreign keys; data tests see it', async () => {
  const config = await makeProject(
    [
      'migrations: { dir: migrations }',
      'data:',
      '  rows: { child: 300 }',
      '  columns:',
      '    parent.score: { range: [5, 9] }',
      'checks:',
      '  data-tests:',
      '    - unique: parent.code',
      '    - name: scores in range',
      '      sql: select * from parent where score not between 5 and 9',
      '    - name: deliberately failing',
      '      sql: select * from child where parent_id is not null',
    ].join('\n'),
    {
      '1_schema.sql': [
        'CREATE TABLE parent (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(12) UNIQUE NOT NULL, score int NOT NULL CHECK (score > 0));',
        'CREATE TABLE child (id serial PRIMARY KEY, parent_id bigint NOT NULL REFERENCES parent(id), note text);',
        'CREATE INDEX ON child (parent_id);',
      ].join('\n'),
    },
  );
  const report = await runGate({ configFile: config });
  // parent was not asked for but child needs it: it gets the default parent rows.
  assert.deepEqual(report.seed.tables.map((t) => [t.table, t.rows]), [['parent', 100], ['child', 300]]);
  const failed = report.findings.filter((f) => f.rule === 'data-test-failed').map((f) => f.message);
  assert.equal(failed.length, 1);
  assert.match(failed[0]!, /"deliberately failing" found 300 offending rows/);
  const failing = report.findings.find((f) => f.rule === 'data-test-failed');
  assert.deepEqual(failing?.location, { file: config, line: 11 });
});

test('a CHECK the generated values break (one the factory cannot read) is reported as a seed failure naming the table', async () => {
  const config = await makeProject('migrations: { dir: migrations }\ndata: { rows: { t: 50 } }\n', {
    '1.sql': 'CREATE TABLE t (id int PRIMARY KEY, pct int NOT NULL CHECK (pct % 7 = 3));',
  });
  const report = await runGate({ configFile: config });
  assert.equal(report.verdict, 'fail');
  const finding = report.findings.find((f) => f.rule === 'seed-failed');
  assert.match(finding?.message ?? '', /seeding t failed: .*t_pct_check.*set data\.columns/);
});

test('data.rows naming a table the migrations do not create is a config error with its line', async () => {
  const config = await makeProject('migrations: { dir: migrations }\ndata:\n  rows:\n    custmers: 10\n', {
    '1.sql': 'CREATE TABLE customers (id int PRIMARY KEY);',
  });
  await assert.rejects(runGate({ configFile: config }), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /sluice\.yml:4:15: data\.rows names table 'custmers', which the migrations do not create; tables are customers\./);
    return true;
  });
});

describe('unusable servers get one clear sentence and leave nothing behind', () => {
  const config = EXAMPLE;

  test('connection refused', async () => {
    await assert.rejects(runGate({ configFile: config, engine: 'postgres://sluice:pw@127.0.0.1:1/postgres' }), (error: Error) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /^Cannot reach postgres:\/\/sluice:\*\*\*@127\.0\.0\.1:1\/postgres: connection refused; start the server or fix the host and port in --engine\.$/);
      return true;
    });
  });

  for (const [name, url] of [['PostgreSQL', postgresUrl], ['MariaDB', mysqlUrl]] as const) {
    test(`wrong password on ${name}`, async () => {
      const wrong = new URL(url());
      wrong.password = 'not-the-password-4711';
      await assert.rejects(runGate({ configFile: config, databaseUrl: wrong.toString() }), (error: Error) => {
        assert.ok(error instanceof EngineUnavailableError);
        assert.match(error.message, /rejected (role|user) 'sluice'/);
        assert.ok(!error.message.includes('not-the-password-4711'));
        return true;
      });
    });
  }

  test('a PostgreSQL role that may not create databases', async () => {
    await assert.rejects(runGate({ configFile: config, engine: postgresLimitedUrl() }), (error: Error) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /role 'sluice_limited' may not create databases.*ALTER ROLE sluice_limited CREATEDB/);
      return true;
    });
    assert.deepEqual(await scratchDatabasesOnPostgres(), []);
  });

  test('a MySQL user that may not create databases', async () => {
    await assert.rejects(runGate({ configFile: config, engine: mysqlLimitedUrl() }), (error: Error) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /user 'sluice_limited' may not create databases/);
      return true;
    });
    assert.deepEqual(await scratchDatabasesOnMysql(), []);
  });

  test('a container engine with no container runtime', async () => {
    await assert.rejects(runGate({ configFile: config, engine: 'postgres:16' }), (error: Error) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /needs a container runtime and none was found.*--engine postgres:\/\//);
      return true;
    });
  });
});

test('fail-on never still fails when the migrations do not apply', async () => {
  const config = await makeProject('migrations:\n  dir: migrations\n', BROKEN);
  const report = await runGate({ configFile: config, failOn: 'never' });
  assert.equal(report.verdict, 'fail');
});
