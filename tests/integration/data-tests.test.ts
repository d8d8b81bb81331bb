// The data-test catalogue through the gate, on rows a migration inserts (so every count is
// known): each kind passes or fails with its count and up to five samples, values cut short
// and sensitive columns never shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runGate } from '../../src/gate.js';
import { ConfigError } from '../../src/errors.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl } from '../support/urls.js';

const LONG = 'x'.repeat(100);
const MIGRATION = `CREATE TABLE teams (id int PRIMARY KEY, name varchar(200) NOT NULL);
CREATE TABLE people (id int PRIMARY KEY, team_id int, email varchar(200), status varchar(20), age int, note varchar(200));
INSERT INTO teams VALUES (1, 'red'), (2, 'blue');
INSERT INTO people VALUES
  (1, 1, 'ann@example.com', 'active', 30, '${LONG}'),
  (2, 1, 'ann@example.com', 'active', 41, NULL),
  (3, 2, 'bob@example.com', 'gone', 17, NULL),
  (4, 9, 'cy@example', 'active', 200, NULL),
  (5, 8, NULL, 'weird', 25, NULL),
  (6, 7, 'di@example.com', 'active', 33, NULL),
  (7, 6, 'ed@example.com', 'active', 34, NULL),
  (8, 5, 'fi@example.com', 'active', 35, NULL),
  (9, 4, 'gu@example.com', 'active', 36, NULL);
`;

const CONFIG = `migrations: { dir: migrations }
checks:
  data-tests:
    - unique: people.email
      sensitive: [email]
    - unique: [people.team_id, people.status]
    - unique: teams.name
    - not_null: people.email
    - accepted_values: { column: people.status, values: [active, gone] }
    - relationships: { column: people.team_id, to: teams.id }
    - range: { column: people.age, min: 18, max: 120 }
    - regex: { column: people.email, pattern: '^[^@]+@[^@]+\\.[a-z]+$' }
      sensitive: true
    - row_count: { table: teams, min: 1, max: 1 }
    - row_count: { table: people, min: 1 }
    - expression: { table: people, sql: "age > 0" }
    - name: long notes
      sql: select id, note from people where note is not null
`;

for (const [name, engine] of [['PGlite', () => 'pglite'], ['MariaDB', mysqlUrl]] as const) {
  test(`every data-test kind reports its count and samples on ${name}`, async () => {
    const config = await makeProject(CONFIG, { '0001.sql': MIGRATION });
    const report = await runGate({ configFile: config, engine: engine(), compare: 'none' });
    const result = (n: string) => {
      const found = report.dataTests.find((t) => t.name === n);
      assert.ok(found, `no result named ${n}: ${report.dataTests.map((t) => t.name).join(' | ')}`);
      return found;
    };
    assert.equal(report.dataTests.length, 12);

    const email = result('unique people.email');
    assert.equal(email.failing, 1);
    assert.deepEqual(email.samples, [{ email: '‹hidden›', copies: '2' }]);
    const pair = result('unique people(team_id, status)');
    assert.equal(pair.failing, 1);
    assert.deepEqual(pair.samples?.map((s) => [s.team_id, s.status, s.copies]), [['1', 'active', '2']]);
    assert.equal(result('unique teams.name').passed, true);

    assert.equal(result('not_null people.email').failing, 1);
    assert.equal(result('not_null people.email').samples?.[0]?.id, '5');
    assert.equal(result('accepted_values people.status').failing, 1);
    assert.equal(result('accepted_values people.status').samples?.[0]?.status, 'weird');
    const orphans = result('relationships people.team_id → teams.id');
    assert.equal(orphans.failing, 6);
    assert.equal(orphans.samples?.length, 5, 'at most five samples');
    assert.deepEqual(result('range people.age 18..120').samples?.map((s) => s.id).sort(), ['3', '4']);
    const regex = result('regex people.email');
    assert.equal(regex.failing, 1);
    assert.ok(regex.samples?.every((s) => Object.values(s).every((v) => v === '‹hidden›')));
    assert.equal(result('row_count teams 1..1').passed, false);
    assert.equal(result('row_count people >= 1').passed, true);
    assert.equal(result('expression on people: age > 0').passed, true);
    const notes = result('long notes');
    assert.equal(notes.samples?.[0]?.note, `${'x'.repeat(39)}…`);

    const messages = report.findings.filter((f) => f.check === 'data-tests').map((f) => f.message).join('\n');
    // sensitive is per test: the two tests that mark it never show an e-mail address.
    const sensitive = report.findings.filter((f) => /unique people\.email|regex people\.email/.test(f.subject ?? '')).map((f) => f.message);
    assert.equal(sensitive.length, 2);
    assert.ok(sensitive.every((m) => !/@/.test(m) && m.includes('‹hidden›')), sensitive.join('\n'));
    assert.match(messages, /Data test "relationships people\.team_id → teams\.id" found 6 offending rows, e\.g\. \(id=4, /);
    assert.match(messages, /Data test "row_count teams 1\.\.1" counted 2 rows; expected at least 1 and at most 1\./);
    assert.equal(report.findings.filter((f) => f.rule === 'data-test-failed').length, 9);
  });
}

test('a data test naming a missing column or table is a config error at its line', async () => {
  for (const [test, message] of [
    ['range: { column: people.height, min: 0 }', /sluice\.yml:4:\d+: checks\.data-tests\[0\]\.range\.column names column 'height'/],
    ['row_count: { table: nobody, min: 0 }', /sluice\.yml:4:\d+: checks\.data-tests\[0\]\.row_count\.table names table 'nobody'/],
    ['unique: [people.id, teams.id]', /lists columns of people and teams; a combination must come from one table/],
  ] as const) {
    const config = await makeProject(`migrations: { dir: migrations }\nchecks:\n  data-tests:\n    - ${test}\n`, { '0001.sql': MIGRATION });
    await assert.rejects(runGate({ configFile: config, engine: 'pglite', compare: 'none' }), (error: unknown) => error instanceof ConfigError && message.test(error.message));
  }
});
