// The load phase as a user sees it: on a real server K connections run the declared mix and
// stop by themselves; the report has throughput, latency percentiles and errors counted apart
// by class; a mistake in the load section is one sentence at its sluice.yml line; PGlite skips
// the phase with one notice; no connection of the run's role outlives it. No wall-time asserts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { COMMENT_LIMIT, parseJsonReport, renderComment, toJsonReport } from '../../src/report/index.js';
import { makeProject } from '../support/project.js';
import { runSessionsOnMysql, runSessionsOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const MIGRATION = { '0001_items.sql': 'CREATE TABLE items (id int PRIMARY KEY, name varchar(100) NOT NULL);\n' };

const CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: item by id
    sql: SELECT name FROM items WHERE id = $1
    params: [{ from: items.id }]
  - name: count items
    sql: SELECT count(*) AS n FROM items
  - name: insert existing item
    sql: INSERT INTO items (id, name) VALUES ($1, 'again')
    params: [{ from: items.id }]
load:
  - name: reads
    mix: [{ query: item by id, weight: 3 }, { query: count items, weight: 1 }]
    connections: 4
    duration: 1500ms
    warmup: 200ms
  - name: with failures
    mix: [{ query: item by id, weight: 1 }, { query: insert existing item, weight: 1 }]
    connections: 4
    operations: 2000
`;

const metric = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key);

for (const server of [
  { name: 'PostgreSQL', url: postgresUrl, sessions: runSessionsOnPostgres },
  { name: 'MariaDB', url: mysqlUrl, sessions: runSessionsOnMysql },
]) {
  describe(`load phases on ${server.name}`, () => {
    let report: GateReport;

    test('a two-query mix on 4 connections stops by itself with throughput and latencies, and no errors', async () => {
      const config = await makeProject(CONFIG, MIGRATION);
      report = await runGate({ configFile: config, engine: server.url(), compare: 'none' });
      const throughput = metric(report, 'load.reads.throughput');
      assert.ok(throughput && throughput.value! > 0, 'throughput above 0');
      assert.equal(throughput.kind, 'time');
      assert.equal(throughput.direction, 'higher');
      assert.ok((throughput.samples?.length ?? 0) >= 3, 'per-window throughput samples for the comparison');
      for (const name of ['p50', 'p90', 'p95', 'p99', 'max']) {
        const latency = metric(report, `load.reads.${name}`);
        assert.ok(latency && latency.value! > 0 && latency.samples!.length > 0, `load.reads.${name}`);
      }
      assert.ok(metric(report, 'load.reads.p50')!.value! <= metric(report, 'load.reads.max')!.value!);
      assert.equal(metric(report, 'load.reads.error-rate')?.value, 0);
      assert.equal(metric(report, 'load.reads.pool-wait')?.samples?.length, 4);
      assert.equal(report.findings.filter((f) => f.subject === 'load reads').length, 0);
    });

    test('a mix with a failing query counts its errors apart, by class, outside the latencies', () => {
      const failures = report.findings.filter((f) => f.rule === 'load-errors');
      assert.equal(failures.length, 1);
      assert.equal(failures[0]!.subject, 'load with failures');
      assert.match(failures[0]!.message, /unique-violation \(.+\) ×\d+/);
      assert.equal(failures[0]!.location?.line, 18);
      const rate = metric(report, 'load.with-failures.error-rate')!.value!;
      // About half the operations insert an existing id; every one of them fails.
      assert.ok(rate > 20 && rate < 80, `error rate ${rate} %`);
      assert.ok(metric(report, 'load.with-failures.throughput')!.value! > 0);
      assert.ok(metric(report, 'load.with-failures.p95')!.value! > 0);
    });

    test('the comment has a table of the phases: throughput, operations, errors by class, percentiles, pool wait; report.json keeps it', () => {
      const comment = renderComment(report, { limit: COMMENT_LIMIT });
      assert.match(comment, /<summary>Load: 2 phases run, 1 with errors<\/summary>/);
      assert.match(comment, /\| Phase \| Connections \| Operations \| Throughput \| Errors \| p50 \/ p95 \/ p99 \| Max \| Pool wait \(median \/ max\) \|/);
      const row = (name: string) => comment.split('\n').find((line) => line.startsWith(`| ${name} |`));
      // Spread over one thread per core (at most 4) unless `threads` says otherwise.
      assert.match(row('reads') ?? '', /^\| reads \| 4( on [234] threads)? \| [\d,]+ \| [\d,.]+ ops\/s \| 0 \| [\d.]+ ms \/ [\d.]+ ms \/ [\d.]+ ms \| [\d.]+ m?s \| [\d.]+ m?s \/ [\d.]+ m?s \|$/);
      // 2,000 operations counted, about half failing on the duplicate key, by class.
      assert.match(row('with failures') ?? '', /^\| with failures \| 4( on [234] threads)? \| 2,000 \| [\d,.]+ ops\/s \| [\d,]+ \([\d.]+ %\): unique-violation `[^`]+` ×[\d,]+ \|/);
      const phases = toJsonReport(report).loads!;
      assert.deepEqual(phases.map((p) => [p.name, p.connections, p.operations]), [['reads', 4, phases[0]!.operations], ['with failures', 4, 2000]]);
      assert.equal(phases[1]!.errors[0]!.kind, 'unique-violation');
      assert.equal(phases[1]!.operations - phases[1]!.succeeded, phases[1]!.errors[0]!.count);
      // Comment mode rebuilds the same table from report.json alone.
      const rebuilt = renderComment(parseJsonReport(JSON.parse(JSON.stringify(toJsonReport(report)))), { limit: COMMENT_LIMIT });
      assert.equal(rebuilt.split('\n').find((line) => line.startsWith('| with failures |')), row('with failures'));
    });

    test('replies longer than one read (300 KB a lookup) are counted once each, none lost or split into errors', async () => {
      // Each reply spans many socket reads, so a message is cut between reads again and again.
      const config = await makeProject(WIDE_CONFIG, MIGRATION);
      const phases = toJsonReport(await runGate({ configFile: config, engine: server.url(), compare: 'none' })).loads!;
      assert.deepEqual(phases.map((p) => [p.name, p.operations, p.succeeded, p.errors.length]), [['wide replies', 300, 300, 0]]);
    });

    test('a statement the server refuses at parse fails, and is counted, at each execution beside one that runs', async () => {
      const config = await makeProject(REFUSED_CONFIG, MIGRATION);
      const [phase] = toJsonReport(await runGate({ configFile: config, engine: server.url(), compare: 'none' })).loads!;
      assert.equal(phase!.operations, 400);
      assert.deepEqual(phase!.errors.map((e) => e.kind), ['undefined-object']);
      // PostgreSQL sends the statement's Parse with each execution and still pipelines; MySQL
      // re-sends its Prepare and needs the reply first, so its connections wait for each one.
      assert.equal(phase!.pipeline, server.name === 'PostgreSQL' ? 2 : 1);
      assert.equal(phase!.succeeded + phase!.errors[0]!.count, 400);
      // Half the mix is the missing table: about 200 of each.
      assert.ok(phase!.succeeded > 100 && phase!.succeeded < 300, `${phase!.succeeded} succeeded of 400`);
    });

    test('no connection of the run is left on the server', async () => {
      assert.deepEqual(await server.sessions(), []);
    });
  });
}

const WIDE_CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: every item wide
    sql: SELECT id, repeat(name, 50) AS wide FROM items
load:
  - name: wide replies
    mix: [{ query: every item wide }]
    connections: 3
    threads: 1
    operations: 300
`;

describe('load configuration', () => {
  test('a mix naming an undeclared query is one sentence at its line', async () => {
    const config = await makeProject(CONFIG.replace('{ query: count items, weight: 1 }', '{ query: count itemz, weight: 1 }'), MIGRATION);
    await assert.rejects(runGate({ configFile: config, engine: 'pglite' }), (error: Error) => {
      assert.match(error.message, /sluice\.yml:14:\d+: .*"count itemz", which is not declared under queries; the declared queries are "item by id", "count items", "insert existing item"\.$/);
      assert.equal(error.message.split('\n').length, 1);
      return true;
    });
  });

  test('a phase with no bound is refused at its line', async () => {
    const config = await makeProject(CONFIG.replace('    duration: 1500ms\n', ''), MIGRATION);
    await assert.rejects(runGate({ configFile: config, engine: 'pglite' }), /sluice\.yml:13:\d+: .*no bound; give duration/);
  });

  test('on PGlite the phases are skipped with one notice', async () => {
    const config = await makeProject(CONFIG, MIGRATION);
    const report = await runGate({ configFile: config, engine: 'pglite', compare: 'none' });
    const skipped = report.findings.filter((f) => f.rule === 'load-skipped');
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]!.severity, 'notice');
    assert.equal(report.metrics.filter((m) => m.key.startsWith('load.')).length, 0);
  });
});

const REFUSED_CONFIG = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: item by id
    sql: SELECT name FROM items WHERE id = $1
    params: [{ range: [1, 200] }]
  - name: missing table
    sql: SELECT 1 FROM no_such_table WHERE id = $1
    params: [7]
load:
  - name: refused at parse
    mix: [{ query: item by id }, { query: missing table }]
    connections: 2
    threads: 1
    pipeline: 2
    operations: 400
`;
