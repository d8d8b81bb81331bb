// The load runner on MariaDB speaks the binary protocol itself (src/measure/load/mysql-wire.ts):
// what a user sees of it. Strings, NULLs and integers from `pick`, `from:` and `range` bind as
// mysql2 binds them (each lookup finds its row, a NULL into a NOT NULL column fails as such); writes
// (OK packets) succeed; an error in the middle of a mix is counted by its class; a statement the
// server refuses at prepare fails, and is counted, at each execution (load-runner.test.ts); a killed session fails what
// it had in flight and sends nothing more; a row over 16 MiB and a CALL's several results are
// one operation each; no session is left.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate } from '../../src/gate.js';
import { toJsonReport } from '../../src/report/index.js';
import { makeProject } from '../support/project.js';
import { runSessionsOnMysql } from '../support/leftovers.js';
import { mysqlUrl } from '../support/urls.js';

const MIGRATION = {
  '0001_items.sql': `CREATE TABLE items (id int PRIMARY KEY, name varchar(100) NOT NULL, note varchar(100) NULL);
CREATE TABLE events (id int AUTO_INCREMENT PRIMARY KEY, item int NOT NULL, label varchar(100) NOT NULL);
CREATE TABLE found (item int NOT NULL);
CREATE PROCEDURE pair(IN n int) SELECT n AS a UNION ALL SELECT n + 1 AS a;
INSERT INTO items (id, name, note) VALUES (1000001, 'ünïcode ☃', NULL), (1000002, 'x', 'y');
`,
};

const CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: by seeded name
    sql: INSERT INTO found (item) VALUES ((SELECT id FROM items WHERE name = $1 LIMIT 1))
    params: [{ from: items.name }]
  - name: by picked name and note
    sql: INSERT INTO found (item) VALUES ((SELECT id FROM items WHERE name = $1 AND note <=> $2))
    params: [{ pick: ['ünïcode ☃'] }, { pick: [null] }]
  - name: by id in range
    sql: INSERT INTO found (item) VALUES ((SELECT id FROM items WHERE id = $1))
    params: [{ range: [1000001, 1000002] }]
  - name: rename
    sql: UPDATE items SET note = $1 WHERE id = $2
    params: [{ pick: ['a', 'bb', null, 7, true] }, { from: items.id }]
  - name: log event
    sql: INSERT INTO events (item, label) VALUES ($1, $2)
    params: [{ range: [1, 200] }, { pick: ['ok', null] }]
load:
  - name: bound reads
    mix: [{ query: by seeded name }, { query: by picked name and note }, { query: by id in range }]
    connections: 3
    threads: 1
    operations: 900
  - name: writes with failures
    mix: [{ query: rename }, { query: log event }]
    connections: 2
    operations: 800
`;

describe('the load runner on MariaDB, on its own wire connection', () => {
  test('strings, NULLs and integers bind as mysql2 binds them; writes succeed; a NULL into NOT NULL is counted by class', async () => {
    const config = await makeProject(CONFIG, MIGRATION);
    const phases = toJsonReport(await runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' })).loads!;
    const [reads, writes] = phases;
    // A value bound wrong finds no row, and a NULL item fails the insert: an error.
    assert.deepEqual([reads!.name, reads!.operations, reads!.succeeded, reads!.errors], ['bound reads', 900, 900, []]);
    assert.equal(writes!.operations, 800);
    assert.deepEqual(writes!.errors.map((e) => [e.kind, e.code]), [['not-null-violation', 'ER_BAD_NULL_ERROR (1048)']]);
    // Half the operations log an event, half of those with a NULL label: about a quarter fail.
    const failed = writes!.errors[0]!.count;
    assert.equal(writes!.succeeded + failed, 800);
    assert.ok(failed > 100 && failed < 300, `${failed} failed of 800`);
  });

  test('a connection the server ends mid-phase fails what it had in flight, counted, and sends nothing more', async () => {
    const config = await makeProject(KILLED_CONFIG, MIGRATION);
    const [phase] = toJsonReport(await runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' })).loads!;
    // A lost connection sends nothing more: the phase ends when both are gone, short of 300.
    const failed = phase!.errors.reduce((n, e) => n + e.count, 0);
    assert.ok(phase!.operations > 0 && phase!.operations <= 300, `${phase!.operations} operations`);
    assert.equal(phase!.succeeded + failed, phase!.operations);
    assert.ok(failed > 0, 'the killed connections fail');
    assert.ok(phase!.errors.every((e) => ['MARIADB_ERROR (1927)', 'PROTOCOL_CONNECTION_LOST'].includes(e.code)), JSON.stringify(phase!.errors));
  });

  // The second column's bytes are 0xFF: a continuation packet read as a new one would be an ERR.
  test('a row longer than one packet (16 MiB) and a reply of several results are each one operation', async () => {
    const config = await makeProject(LONG_CONFIG, MIGRATION);
    const [phase] = toJsonReport(await runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' })).loads!;
    assert.deepEqual([phase!.operations, phase!.succeeded, phase!.errors], [40, 40, []]);
  });

  test('pipelined executes (4 in flight): reads, failing writes and long replies are each counted once, in order', async () => {
    const config = await makeProject(PIPELINED_CONFIG, MIGRATION);
    const [phase] = toJsonReport(await runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' })).loads!;
    assert.deepEqual([phase!.operations, phase!.pipeline], [1400, 4]);
    assert.deepEqual(phase!.errors.map((e) => [e.kind, e.code]), [['unique-violation', 'ER_DUP_ENTRY (1062)']]);
    const failed = phase!.errors[0]!.count;
    assert.equal(phase!.succeeded + failed, 1400);
    // Two operations in seven insert an existing id.
    assert.ok(failed > 250 && failed < 550, `${failed} failed of 1400`);
  });

  test('no session of the run is left on the server', async () => {
    assert.deepEqual(await runSessionsOnMysql(), []);
  });
});

const KILLED_CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: item by id
    sql: SELECT name FROM items WHERE id = $1
    params: [{ range: [1, 200] }]
  - name: end own session
    sql: KILL CONNECTION_ID()
load:
  - name: killed
    mix: [{ query: item by id, weight: 20 }, { query: end own session, weight: 1 }]
    connections: 2
    threads: 1
    operations: 300
`;

const LONG_CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 20 } }
queries:
  - name: longer than a packet
    sql: SELECT repeat('a', 9000000) AS a, repeat(x'FF', 9000000) AS b, $1 AS n
    params: [{ range: [1, 20] }]
  - name: procedure
    sql: CALL pair($1)
    params: [{ pick: [1, 2] }]
load:
  - name: long rows
    mix: [{ query: longer than a packet }, { query: procedure, weight: 3 }]
    connections: 2
    threads: 1
    operations: 40
`;

const PIPELINED_CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: item by id
    sql: SELECT name FROM items WHERE id = $1
    params: [{ from: items.id }]
  - name: insert existing item
    sql: INSERT INTO items (id, name) VALUES ($1, 'again')
    params: [{ from: items.id }]
  - name: every item wide
    sql: SELECT id, repeat(name, 50) AS wide FROM items
load:
  - name: pipelined
    mix: [{ query: item by id, weight: 4 }, { query: insert existing item, weight: 2 }, { query: every item wide, weight: 1 }]
    connections: 2
    threads: 1
    pipeline: 4
    operations: 1400
`;
