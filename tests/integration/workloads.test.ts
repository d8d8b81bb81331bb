// Declared workloads through the whole pipeline (runGate) on every engine: queries,
// transactions and bulk paths measured, rolled back, repeatable; each expect option firing and
// not firing; parameter sources; the plan hash.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const EXAMPLE = 'examples/shop/sluice.yml';

const engines = [
  { name: 'pglite', engine: () => 'pglite' },
  { name: 'postgresql', engine: postgresUrl },
  { name: 'mariadb', engine: mysqlUrl },
] as const;

const MIGRATIONS = (withIndex: boolean) => ({
  'postgres/0001_items.sql': `CREATE TABLE items (id int PRIMARY KEY, category int NOT NULL, name text NOT NULL);\n${withIndex ? 'CREATE INDEX items_category_idx ON items (category);\n' : ''}`,
  'mysql/0001_items.sql': `CREATE TABLE items (id int PRIMARY KEY, category int NOT NULL, name varchar(100) NOT NULL${withIndex ? ', INDEX items_category_idx (category)' : ''}) ENGINE=InnoDB;\n`,
});

// Each expectation twice: once where it holds (…-ok) and once where it does not (…-bad).
const CONFIG = `
migrations:
  dir: { postgres: migrations/postgres, mysql: migrations/mysql }
data:
  seed: 7
  rows: { items: 2000 }
  columns:
    items.id: { range: [1, 2000] }
    items.category: { range: [1, 50] }
gate:
  time: { samples: 5 }
queries:
  - name: rows ok
    sql: select id from items where id <= $1 order by id
    params: [{ range: [10, 10] }]
    expect: { rows: 10 }
  - name: rows bad
    sql: select id from items where id <= $1 order by id
    params: [{ pick: [10] }]
    expect: { rows: 11 }
  - name: index ok
    sql: select id from items where category = $1
    params: [{ range: [1, 50] }]
    expect: { uses-index: items_category_idx }
  - name: index bad
    sql: select id from items where category = $1
    params: [{ pick: [3, 4, 5] }]
    expect: { uses-index: items_no_such_idx }
  - name: removed ok
    sql: select id from items where id = 5
    expect: { max-rows-removed: 0 }
  - name: removed bad
    sql: select id from items where name like '%no such name%'
    expect: { max-rows-removed: 0 }
  - name: max ok
    sql: select id from items where id = 5
    max: { blocks: 100, rows-read: 100, p95: 10s }
  - name: max bad
    sql: select count(*) from items where name <> ''
    max: { blocks: 1, rows-read: 1 }
  - name: p95 bad
    sql: { postgres: 'select pg_sleep(0.005)', mysql: 'select sleep(0.005)' }
    max: { p95: 1ms }
transactions:
  - name: add items
    statements:
      - insert into items (id, category, name) values ($1, 1, 'new')
      - insert into items (id, category, name) values ($1 + 1, 1, 'new')
      - update items set name = 'renamed' where category = $2
    params: [{ pick: [100001] }, { range: [1, 50] }]
bulk:
  - name: delete all
    sql: delete from items
    expect: { rows: 2000 }
  - name: count after
    sql: update items set category = category
    expect: { rows: 2000 }
`;

const rules = (report: GateReport, name: string) =>
  report.findings.filter((f) => f.subject?.endsWith(` ${name}`) && f.check === 'performance').map((f) => f.rule);
const workMetrics = (report: GateReport) => report.metrics.filter((m) => m.kind === 'work' && /^(query|transaction|bulk)\./.test(m.key)).map((m) => `${m.key}=${m.value}`);

for (const e of engines) {
  describe(`workloads on ${e.name}`, () => {
    test('the example shop: queries, a transaction and a bulk path repeat exactly from run to run', async () => {
      const first = await runGate({ configFile: EXAMPLE, engine: e.engine() });
      const second = await runGate({ configFile: EXAMPLE, engine: e.engine() });
      assert.equal(first.verdict, 'pass', first.findings.filter((f) => f.severity === 'error').map((f) => f.message).join('\n'));
      const kinds = new Set(first.queries.map((q) => q.kind));
      assert.deepEqual([...kinds].sort(), ['bulk', 'query', 'transaction']);
      assert.ok(workMetrics(first).some((m) => m.startsWith('transaction.place-order.')));
      assert.ok(workMetrics(first).some((m) => m.startsWith('bulk.cancel-stale-pending-orders.')));
      assert.deepEqual(workMetrics(second), workMetrics(first));
      assert.deepEqual(second.queries.map((q) => q.plan?.hash), first.queries.map((q) => q.plan?.hash));
      assert.deepEqual(second.queries.map((q) => q.params), first.queries.map((q) => q.params));
      const order = first.queries.find((q) => q.name === 'place order')!;
      // Four statements, one row each: the reserved stock, the order, its item, the stock update.
      assert.equal(order.counters.find((c) => c.name === 'rows')?.value, 4);
      assert.match(order.plan?.text ?? '', /statement 4/);
      if (e.name === 'pglite') assert.equal(order.latency, undefined);
      else assert.ok(order.latency && order.latency.p50 <= order.latency.p95 && order.latency.p95 <= order.latency.max && order.latency.throughput > 0);
    });

    test('each expectation fires where it fails and not where it holds; writes are rolled back', async () => {
      const config = await makeProject(CONFIG, MIGRATIONS(true));
      const report = await runGate({ configFile: config, engine: e.engine() });
      for (const name of ['rows ok', 'index ok', 'removed ok', 'max ok', 'add items', 'delete all', 'count after']) {
        assert.deepEqual(rules(report, name), [], `${name}: ${report.findings.filter((f) => f.subject?.endsWith(name)).map((f) => f.message).join(' | ')}`);
      }
      assert.deepEqual(rules(report, 'rows bad'), ['row-count-mismatch']);
      assert.deepEqual(rules(report, 'index bad'), ['index-not-used']);
      const mysql = e.name === 'mariadb';
      // rows-removed is PostgreSQL's counter; MySQL has no figure to hold it against.
      assert.deepEqual(rules(report, 'removed bad'), mysql ? [] : ['work-budget-exceeded']);
      assert.deepEqual(rules(report, 'max bad'), ['work-budget-exceeded']);
      // Timings are not meaningful on PGlite, so its p95 limit is never checked there.
      assert.deepEqual(rules(report, 'p95 bad'), e.name === 'pglite' ? [] : ['latency-budget-exceeded']);
      const finding = report.findings.find((f) => f.rule === 'row-count-mismatch')!;
      assert.equal(finding.location?.file, config);
      assert.ok((finding.location?.line ?? 0) > 10);
      // Each bulk run deletes all 2,000 seeded rows and the next finds them all again; the
      // transaction's rows did not stay either (else 2,002).
      assert.equal(report.queries.find((q) => q.name === 'delete all')?.counters.find((c) => c.name === 'rows')?.value, 2000);
      assert.equal(metricValue(report, 'data.items.rows'), 2000);
      // Parameter sources: the range [10, 10] can only give 10; a pick takes one of its values.
      const params = (name: string) => report.queries.find((q) => q.name === name)?.params;
      assert.deepEqual(params('rows ok'), [10]);
      assert.ok([3, 4, 5].includes(params('index bad')?.[0] as number));
      const category = params('index ok')?.[0] as number;
      assert.ok(Number.isInteger(category) && category >= 1 && category <= 50);

      const again = await runGate({ configFile: config, engine: e.engine() });
      assert.deepEqual(again.queries.map((q) => q.params), report.queries.map((q) => q.params));
      assert.deepEqual(workMetrics(again), workMetrics(report));

      // Without the index the same query has another plan, and another hash.
      const dropped = await runGate({ configFile: await makeProject(CONFIG, MIGRATIONS(false)), engine: e.engine() });
      const hash = (r: GateReport, name: string) => r.queries.find((q) => q.name === name)?.plan?.hash;
      assert.match(hash(report, 'index ok') ?? '', /^[0-9a-f]{12}$/);
      assert.equal(hash(again, 'index ok'), hash(report, 'index ok'));
      assert.notEqual(hash(dropped, 'index ok'), hash(report, 'index ok'));
      assert.equal(hash(dropped, 'rows ok'), hash(report, 'rows ok'));
      assert.deepEqual(rules(dropped, 'index ok'), ['index-not-used']);
    });
  });
}

const metricValue = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key)?.value;
