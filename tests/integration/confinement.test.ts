// The project's SQL never acts outside the scratch database: it runs as a per-run role that can
// reach nothing else. Each hostile migration below fails the gate, a decoy database Sluice did
// not create comes out untouched, and no database, role or user is left on the server.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { decoyOnMysql, decoyOnPostgres, type Decoy } from '../support/decoy.js';
import { rolesOnPostgres, scratchDatabasesOnMysql, scratchDatabasesOnPostgres, usersOnMysql } from '../support/leftovers.js';
import { makeProject } from '../support/project.js';
import { mysqlAdminUrl, mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const HOSTILE_POSTGRES: Record<string, string> = {
  'dblink into another database': "CREATE EXTENSION dblink;\nSELECT dblink_exec('dbname={decoy}', 'DROP TABLE precious');",
  'a new superuser role': 'CREATE ROLE intruder LOGIN SUPERUSER;',
  'promoting itself': 'ALTER ROLE CURRENT_USER SUPERUSER;',
  'becoming the superuser': 'SET ROLE postgres;',
  'changing the server configuration': "ALTER SYSTEM SET work_mem = '1GB';",
  'running a program on the server': "COPY (SELECT 1) TO PROGRAM 'touch /tmp/sluice-pwned';",
  'dropping a database from a DO block': 'DO $$ BEGIN EXECUTE \'DROP DATABASE {decoy}\'; END $$;',
  'creating a database': 'CREATE DATABASE {decoy}_2;',
  'dropping a database': 'DROP DATABASE {decoy};',
  'granting itself file access': 'GRANT pg_write_server_files TO CURRENT_USER;',
  'taking over a database': 'ALTER DATABASE {decoy} OWNER TO CURRENT_USER;',
  'an untrusted language': "CREATE FUNCTION f() RETURNS int LANGUAGE c AS '/lib/x.so', 'f';",
};

const HOSTILE_MYSQL: Record<string, string> = {
  'a table in another database': 'CREATE TABLE {decoy}.intruder (id int PRIMARY KEY);',
  'a row in another database': "INSERT INTO {decoy}.precious VALUES (2, 'x');",
  'dropping a table in another database': 'DROP TABLE {decoy}.precious;',
  'renaming a table out of another database': 'RENAME TABLE {decoy}.precious TO {decoy}.gone;',
  'switching databases': 'USE {decoy};\nCREATE TABLE intruder (id int PRIMARY KEY);',
  'dropping a database': 'DROP DATABASE {decoy};',
  'creating a database': 'CREATE DATABASE {decoy}_2;',
  'a new user': "CREATE USER intruder@'%';",
  'granting itself everything': 'GRANT ALL ON *.* TO CURRENT_USER;',
  'changing a global setting': 'SET GLOBAL max_connections = 5;',
  'writing a file on the server': "SELECT 1 INTO OUTFILE '/tmp/sluice-pwned';",
};

const servers = [
  { name: 'PostgreSQL', url: postgresUrl, adminUrl: postgresAdminUrl, decoy: decoyOnPostgres, hostile: HOSTILE_POSTGRES, databases: scratchDatabasesOnPostgres, accounts: rolesOnPostgres },
  { name: 'MariaDB', url: mysqlUrl, adminUrl: mysqlAdminUrl, decoy: decoyOnMysql, hostile: HOSTILE_MYSQL, databases: scratchDatabasesOnMysql, accounts: usersOnMysql },
];

const ruleOf = (report: GateReport) => report.findings.find((f) => f.rule === 'migration-failed' || f.rule === 'migration-refused');

for (const server of servers) {
  describe(`hostile migrations on ${server.name}`, () => {
    let decoy: Decoy;
    let before: string;
    let accountsBefore: string[];

    for (const [what, sql] of Object.entries(server.hostile)) {
      test(`${what}: the gate fails, the decoy is untouched, nothing is left behind`, async () => {
        decoy ??= await server.decoy();
        before ??= await decoy.contents();
        accountsBefore ??= await server.accounts();
        const config = await makeProject('migrations: { dir: migrations }\n', {
          '0001_tables.sql': 'CREATE TABLE mine (id int PRIMARY KEY);\n',
          '0002_hostile.sql': `-- ${what}\n${sql.replaceAll('{decoy}', decoy.name)}\n`,
        });
        // The URL's account may create databases and roles: only the per-run role stands in the way.
        const report = await runGate({ configFile: config, engine: server.url() });
        assert.equal(report.verdict, 'fail');
        const finding = ruleOf(report);
        assert.ok(finding, `expected the migration to fail, got ${report.findings.map((f) => f.rule).join(', ')}`);
        assert.match(finding.location?.file ?? '', /0002_hostile\.sql$/);
        assert.ok((finding.location?.line ?? 0) >= 2, `line ${finding.location?.line}`);
        assert.equal(await decoy.contents(), before);
        assert.deepEqual(await server.databases(), []);
        assert.deepEqual(await server.accounts(), accountsBefore);
      });
    }

    test('a migration that needs more than the confined role is told about migrations.privileges', async () => {
      const config = await makeProject('migrations: { dir: migrations }\n', { '0001_role.sql': 'CREATE ROLE app_reader;\n' });
      const report = await runGate({ configFile: config, engine: server.url() });
      const finding = ruleOf(report);
      assert.equal(report.verdict, 'fail');
      assert.match(finding?.help ?? '', /migrations\.privileges: superuser/);
    });

    test('migrations.privileges: superuser lets migrations create roles, and Sluice drops them after the run', async () => {
      const role = `app_${randomBytes(3).toString('hex')}`;
      const create = server.name === 'PostgreSQL' ? `CREATE ROLE ${role};\nCREATE EXTENSION IF NOT EXISTS dblink;\n` : `CREATE USER '${role}'@'%';\n`;
      const config = await makeProject('migrations: { dir: migrations, privileges: superuser }\n', {
        '0001_tables.sql': 'CREATE TABLE mine (id int PRIMARY KEY);\n',
        '0002_roles.sql': create,
      });
      const accounts = await server.accounts();
      for (const run of [1, 2]) {
        // A second run on the same server must not trip over the first run's role (42710 before).
        const report = await runGate({ configFile: config, engine: server.adminUrl() });
        assert.equal(report.verdict, 'pass', `run ${run}: ${report.findings.map((f) => f.message).join(' / ')}`);
        const rules = report.findings.map((f) => f.rule);
        assert.ok(rules.includes('ran-as-superuser'), rules.join(', '));
        const created = report.findings.find((f) => f.rule === 'server-object-created');
        assert.match(created?.message ?? '', new RegExp(`role ${role}\\b`));
        assert.deepEqual(created?.location, { file: created?.location?.file, line: 1 });
        assert.deepEqual(await server.accounts(), accounts);
      }
    });
  });
}

describe('session settings a migration makes stay in the migration', () => {
  const pgDumpStyle = [
    'SET statement_timeout = 0;',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'SET client_min_messages = warning;',
    'CREATE TABLE public.items (id int PRIMARY KEY, label text NOT NULL);',
  ].join('\n');
  const config = [
    'migrations: { dir: migrations }',
    'data: { rows: { items: 50 } }',
    'checks:',
    '  data-tests:',
    '    - name: search_path leaked',
    "      sql: select 1 where current_setting('search_path') = ''",
    'queries:',
    '  - name: unqualified',
    '    sql: select count(*) from items',
  ].join('\n');
  for (const [name, engine] of [['PGlite', () => 'pglite'], ['PostgreSQL', postgresUrl]] as const) {
    test(`a pg_dump-style migration that empties search_path does not break seeding or queries on ${name}`, async () => {
      const report = await runGate({ configFile: await makeProject(config, { '0001_dump.sql': pgDumpStyle }), engine: engine() });
      assert.equal(report.verdict, 'pass', report.findings.map((f) => f.message).join(' / '));
      assert.equal(report.seed.tables.find((t) => t.table === 'items')?.rows, 50);
      assert.equal(report.queries[0]?.counters.find((c) => c.name === 'rows')?.value, 1);
    });
  }

  test('USE-free session settings (foreign_key_checks, sql_mode) do not reach seeding on MariaDB', async () => {
    const project = await makeProject(
      [
        'migrations: { dir: migrations }',
        'data: { rows: { items: 20 } }',
        'checks:',
        '  data-tests:',
        '    - name: foreign key checks leaked',
        '      sql: select 1 from dual where @@session.foreign_key_checks = 0 or @@session.sql_mode like "%NO_BACKSLASH_ESCAPES%"',
      ].join('\n'),
      { '0001.sql': "SET SESSION foreign_key_checks = 0;\nSET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES';\nCREATE TABLE items (id int PRIMARY KEY, label varchar(20) NOT NULL);\n" },
    );
    const report = await runGate({ configFile: project, engine: mysqlUrl() });
    assert.equal(report.verdict, 'pass', report.findings.map((f) => f.message).join(' / '));
  });
});

describe('every statement has a deadline', () => {
  test('a slow declared query on PGlite is stopped at gate.statement-timeout and reported at its line', async () => {
    const project = await makeProject(
      ['migrations: { dir: migrations }', 'gate: { statement-timeout: 1s }', 'queries:', '  - name: slow', '    sql: select pg_sleep(600)'].join('\n'),
      { '0001.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' },
    );
    const report = await runGate({ configFile: project, engine: 'pglite' });
    assert.equal(report.verdict, 'fail');
    const finding = report.findings.find((f) => f.rule === 'statement-timeout');
    assert.match(finding?.message ?? '', /"slow" ran past gate\.statement-timeout/);
    assert.equal(finding?.location?.line, 4);
  });

  const slow = { PostgreSQL: 'select pg_sleep(600)', MariaDB: 'select sleep(600)' };
  for (const [name, url] of [['PostgreSQL', postgresUrl], ['MariaDB', mysqlUrl]] as const) {
    test(`a slow declared query is cancelled at gate.statement-timeout and reported at its line on ${name}`, async () => {
      const project = await makeProject(
        [
          'migrations: { dir: migrations }',
          'gate: { statement-timeout: 1s }',
          'queries:',
          '  - name: slow',
          `    sql: ${slow[name]}`,
          '  - name: fast',
          '    sql: select 1',
        ].join('\n'),
        { '0001.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' },
      );
      const report = await runGate({ configFile: project, engine: url() });
      assert.equal(report.verdict, 'fail');
      const finding = report.findings.find((f) => f.rule === 'statement-timeout');
      assert.match(finding?.message ?? '', /"slow" ran past gate\.statement-timeout/);
      assert.equal(finding?.location?.line, 4);
      // The session survives the cancel: the next query is measured.
      assert.deepEqual(report.queries.map((q) => q.name), ['fast']);
    });

    test(`a migration that switches its own deadline off is still cancelled on ${name}`, async () => {
      const off = name === 'PostgreSQL' ? 'SET statement_timeout = 0;' : 'SET SESSION max_statement_time = 0;';
      const project = await makeProject('migrations: { dir: migrations, statement-timeout: 1s }\n', {
        '0001.sql': `CREATE TABLE t (id int PRIMARY KEY);\n${off}\n${slow[name]};\n`,
      });
      const report = await runGate({ configFile: project, engine: url() });
      assert.equal(report.verdict, 'fail');
      const finding = ruleOf(report);
      assert.equal(finding?.location?.line, 3);
      assert.match(finding?.help ?? '', /migrations\.statement-timeout/);
    });
  }
});
