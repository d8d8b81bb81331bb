// A load phase whose connections are spread over worker threads (`threads`, pgbench's -j) reports
// one phase as a user sees it: operations, successes and errors summed over the threads exactly,
// errors of one class from every thread counted as one class, every connection's pool wait, and
// per-window samples; nothing is left connected. No wall-time asserts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { COMMENT_LIMIT, renderComment, toJsonReport } from '../../src/report/index.js';
import { makeProject } from '../support/project.js';
import { runSessionsOnMysql, runSessionsOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const MIGRATION = { '0001_items.sql': 'CREATE TABLE items (id int PRIMARY KEY, name varchar(100) NOT NULL);\n' };

// Three threads for four connections (2 + 1 + 1) and 2,000 operations (667 + 667 + 666): uneven
// shares, so a rounding slip in either split shows in the totals.
const CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: item by id
    sql: SELECT name FROM items WHERE id = $1
    params: [{ from: items.id }]
  - name: insert existing item
    sql: INSERT INTO items (id, name) VALUES ($1, 'again')
    params: [{ from: items.id }]
load:
  - name: reads on threads
    mix: [{ query: item by id }]
    connections: 4
    threads: 3
    operations: 2000
  - name: failures on threads
    mix: [{ query: insert existing item }]
    connections: 4
    threads: 3
    operations: 2000
  - name: timed on threads
    mix: [{ query: item by id }]
    connections: 4
    threads: 2
    duration: 1s
    warmup: 100ms
`;

const metric = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key);

for (const server of [
  { name: 'PostgreSQL', url: postgresUrl, sessions: runSessionsOnPostgres },
  { name: 'MariaDB', url: mysqlUrl, sessions: runSessionsOnMysql },
]) {
  describe(`load phases on worker threads on ${server.name}`, () => {
    test('operations, successes and errors are summed over the threads exactly', async () => {
      const config = await makeProject(CONFIG, MIGRATION);
      const logs: string[] = [];
      const report = await runGate({ configFile: config, engine: server.url(), compare: 'none', log: (line: string) => logs.push(line) });
      const phases = toJsonReport(report).loads!;
      assert.deepEqual(
        phases.map((p) => [p.name, p.connections, p.threads, p.operations, p.succeeded]),
        [['reads on threads', 4, 3, 2000, 2000], ['failures on threads', 4, 3, 2000, 0], ['timed on threads', 4, 2, phases[2]!.operations, phases[2]!.operations]],
      );
      // Every insert fails on a duplicate key, on every thread: one class, 2,000 times.
      assert.deepEqual(phases[1]!.errors.map((e) => [e.kind, e.count]), [['unique-violation', 2000]]);
      const failures = report.findings.filter((f) => f.rule === 'load-errors');
      assert.deepEqual(failures.map((f) => f.subject), ['load failures on threads']);
      assert.match(failures[0]!.message, /2000 of 2000 operations failed \(100\.0 %\).*unique-violation \(.+\) ×2000/);
      // Every connection's pool wait, whichever thread opened it.
      for (const p of phases) assert.equal(metric(report, `load.${p.name.replaceAll(' ', '-')}.pool-wait`)?.samples?.length, 4, p.name);
      assert.equal(metric(report, 'load.reads-on-threads.error-rate')?.value, 0);
      assert.equal(metric(report, 'load.failures-on-threads.error-rate')?.value, 100);
      // The timed phase ran on its own, with per-window samples merged from both threads.
      assert.ok(phases[2]!.operations > 0 && phases[2]!.errors.length === 0);
      assert.ok((metric(report, 'load.timed-on-threads.throughput')?.samples?.length ?? 0) >= 3);
      assert.ok(metric(report, 'load.timed-on-threads.p50')!.value! <= metric(report, 'load.timed-on-threads.max')!.value!);
      assert.ok(logs.some((line) => /^load reads on threads: 2000 operations in .* on 4 connections \(3 threads\)/.test(line)), logs.join('\n'));
      const comment = renderComment(report, { limit: COMMENT_LIMIT });
      assert.match(comment.split('\n').find((line) => line.startsWith('| reads on threads |')) ?? '', /^\| reads on threads \| 4 on 3 threads \| 2,000 \| [\d,.]+ ops\/s \| 0 \|/);
      assert.match(comment.split('\n').find((line) => line.startsWith('| failures on threads |')) ?? '', /^\| failures on threads \| 4 on 3 threads \| 2,000 \| 0 ops\/s \| 2,000 \(100\.0 %\): unique-violation/);
    });

    test('no connection of any thread is left on the server', async () => {
      assert.deepEqual(await server.sessions(), []);
    });
  });
}
