// Invariants under contention on the loopback PostgreSQL and MariaDB, with the example shop's
// checkout rush (examples/shop/checkout-rush.yml): the naive checkout (read the stock, write
// back the value read minus the order) loses updates and breaks the conserved-stock invariant,
// reported with the products whose stock is off; the checkout that reads FOR UPDATE keeps it.
// Throughput, retries, failures and latency percentiles are reported; the seeded rows are put
// back. Bad input (an undeclared transaction, an invariant that is not a boolean) is one
// sentence at its line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { runContention } from '../../src/checks/concurrency/index.js';
import { startServer } from '../../src/engines/index.js';
import { ConfigError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import { COMMENT_LIMIT, parseJsonReport, renderComment, toJsonReport } from '../../src/report/index.js';
import { assertInert, codeOf, readCell, tablesOf } from '../support/gfm.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const EXAMPLE = 'examples/shop/checkout-rush.yml';

for (const [name, url] of [['PostgreSQL', postgresUrl], ['MariaDB', mysqlUrl]] as const) {
  test(`the naive checkout loses stock under contention and the FOR UPDATE one does not on ${name}`, async () => {
    const lines: string[] = [];
    const report = await runGate({ configFile: EXAMPLE, engine: url(), compare: 'none', log: (l) => lines.push(l) });
    const about = (run: string) => report.findings.filter((f) => f.subject === `contention ${run}`);
    const naive = about('checkout rush (naive)').filter((f) => f.rule === 'contention-invariant-broken');
    assert.equal(naive.length, 1, JSON.stringify(report.findings));
    assert.equal(naive[0]!.severity, 'error');
    assert.match(naive[0]!.message, /^Contention "checkout rush \(naive\)" \(6 workers running "naive checkout"\) broke the conserved invariant "no unit of stock created or lost": \d+ rows? changed \(before → after\): product_id = \d+, stock = \d+ → product_id = \d+, stock = \d+/);
    // Lost updates only ever add stock: units sold that never left the shelf.
    for (const [, before, after] of naive[0]!.message.matchAll(/stock = (\d+) → product_id = \d+, stock = (\d+)/g)) assert.ok(Number(after) > Number(before), naive[0]!.message);
    assert.match(naive[0]!.message, /SELECT … FOR UPDATE/);
    assert.ok(naive[0]!.location!.line! > 40, JSON.stringify(naive[0]!.location));
    assert.deepEqual(about('checkout rush').filter((f) => f.severity !== 'notice'), []);
    // The non-negative stock invariant holds for both.
    assert.ok(!report.findings.some((f) => /quantity < 0/.test(f.message)));
    for (const run of ['checkout-rush-naive', 'checkout-rush']) {
      const metric = (m: string) => report.metrics.find((x) => x.key === `contention.${run}.${m}`);
      assert.ok(metric('throughput')!.value! > 0);
      assert.ok(metric('p95')!.value! > 0 && metric('p95')!.value! <= metric('max')!.value!);
      assert.equal(metric('failed')!.value, 0);
      assert.equal(typeof metric('retries')!.value, 'number');
    }
    assert.ok(lines.some((l) => /^contention checkout rush: 300 operations on 6 workers in [\d.]+ s, \d+ commits\/s, \d+ retries, 0 failed, p95 [\d.]+ ms; 0 of 2 invariants broken$/.test(l)), lines.join('\n'));
    // The two checkouts side by side: one row lock each, never a deadlock.
    assert.equal(report.metrics.find((m) => m.key === 'deadlocks.checkout.naive-checkout')?.value, 0);
    assert.equal(report.verdict, 'fail');

    // The comment's Concurrency section: the naive run's broken invariant with its rows, the FOR UPDATE run holding.
    const markdown = renderComment(report, { limit: COMMENT_LIMIT });
    assertInert(markdown);
    assert.match(markdown, /^2 contention runs \(1 broke an invariant\) · 1 pair of transactions searched for deadlocks \(none deadlocked\)\.$/m);
    const runs = tablesOf(markdown).find((t) => t.header.includes('Commits/s'))!;
    assert.deepEqual(runs.rows.map((r) => [readCell(r[0]!), r[3], r[4], r.at(-1)]), [
      ['checkout rush (naive)', '6', '300', '❌ 1 of 2 broken'],
      ['checkout rush', '6', '300', '✅ 2 held'],
    ]);
    for (const row of runs.rows) assert.match(readCell(row[8]!), /^([\d.]+ m?s \/ ){3}[\d.]+ m?s$/);
    const invariants = tablesOf(markdown).find((t) => t.header[1] === 'Invariant')!;
    const [broken, ...held] = invariants.rows;
    assert.deepEqual([readCell(broken![0]!), readCell(broken![1]!)], ['checkout rush (naive)', 'no unit of stock created or lost']);
    assert.match(readCell(broken![2]!), /^❌ broken \(\d+ rows? changed\)$/);
    assert.match(codeOf(broken![3]!.split(' · ')[0]!), /^product_id = \d+, stock = \d+ → product_id = \d+, stock = \d+$/);
    assert.deepEqual(held.map((r) => [readCell(r[0]!), readCell(r[2]!)]), [
      ['checkout rush (naive)', '✅ held'], ['checkout rush', '✅ held'], ['checkout rush', '✅ held'],
    ]);
    const pairs = tablesOf(markdown).find((t) => t.header[0] === 'Transactions')!;
    assert.deepEqual(pairs.rows.map((r) => [readCell(r[0]!), r[2]]), [['checkout × naive checkout', '✅ 0']]);
    // Comment mode renders the same invariants and pairs from report.json (timings are rounded there).
    const again = tablesOf(renderComment(parseJsonReport(JSON.parse(JSON.stringify(toJsonReport(report)))), { limit: COMMENT_LIMIT }));
    assert.deepEqual(again.find((t) => t.header[1] === 'Invariant'), invariants);
    assert.deepEqual(again.find((t) => t.header[0] === 'Transactions'), pairs);
  });
}

test('everything the rush wrote is undone afterwards, and a relative update keeps every invariant, on PostgreSQL', async () => {
  const { config, where, location } = parseConfig(
    `migrations: { dir: migrations }
transactions:
  - name: take one
    statements: ["update stock set n = n - 1 where id = $1", "insert into sales (id) values ($1)"]
    params: [{ pick: [1, 2] }]
checks:
  contention:
    - name: rush
      transaction: take one
      workers: 4
      operations: 40
      invariants:
        - "select count(*) = 0 from stock where n < 0"
        - name: sold plus left is 100 per item
          holds: "select count(*) = 0 from stock s where s.n + (select count(*) from sales x where x.id = s.id) <> 100"
          rows: "select s.id, s.n from stock s"
`,
    'sluice.yml',
  );
  const server = await startServer({ engine: postgresUrl(), origin: 'test' });
  try {
    const engine = await server.createScratch('rush');
    await engine.exec('CREATE TABLE stock (id int PRIMARY KEY, n int NOT NULL)');
    await engine.exec('CREATE TABLE sales (id int NOT NULL)');
    await engine.exec('INSERT INTO stock VALUES (1, 100), (2, 100)');
    const lines: string[] = [];
    const result = await runContention(engine, { runs: config.checks.contention, transactions: config.transactions, seed: 42, locate: location, where, log: (l) => lines.push(l) });
    assert.deepEqual(result.findings, []);
    assert.match(lines.join('\n'), /^contention rush: 40 operations on 4 workers .* 0 failed, .*; 0 of 2 invariants broken$/);
    assert.deepEqual(await engine.query('select id, n from stock order by id'), [{ id: 1, n: 100 }, { id: 2, n: 100 }]);
    assert.deepEqual(await engine.query('select count(*)::int as n from sales'), [{ n: 0 }]);
    // No copy of the seeded rows is left behind either.
    assert.deepEqual((await engine.introspect()).tables.map((t) => t.name).sort(), ['sales', 'stock']);
  } finally {
    await server.close();
  }
});

test('an invariant that is not a boolean query is one sentence at its line', async () => {
  const config = await makeProject(
    `migrations: { dir: migrations }
transactions:
  - name: take one
    statements: ["update stock set n = n - 1 where id = 1"]
checks:
  contention:
    - name: rush
      transaction: take one
      workers: 2
      operations: 4
      invariants:
        - "select id, n from stock"
`,
    { '0001.sql': 'CREATE TABLE stock (id int PRIMARY KEY, n int NOT NULL);\nINSERT INTO stock VALUES (1, 100), (2, 100);\n' },
  );
  await assert.rejects(runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' }), (error: unknown) => {
    assert.ok(error instanceof ConfigError, String(error));
    assert.match(error.message, /sluice\.yml:12:11: invariant "select id, n from stock" returned 2 rows of 2 columns, not one boolean; write a query such as select count\(\*\) = 0 from inventory where quantity < 0\.$/);
    return true;
  });
});

test('a contention run naming an undeclared transaction, or with no bound, is one sentence at its line', () => {
  const base = `migrations: { dir: migrations }\ntransactions:\n  - name: checkout\n    statements: ["select 1"]\nchecks:\n  contention:\n    - name: rush\n      transaction: check out\n`;
  assert.throws(() => parseConfig(`${base}      operations: 10\n      invariants: ["select true"]\n`, 'sluice.yml'), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /^sluice\.yml:8:20: .*names transaction "check out", which is not declared under transactions; the declared transactions are "checkout"/);
    return true;
  });
  assert.throws(() => parseConfig(`${base.replace('check out', 'checkout')}      invariants: ["select true"]\n`, 'sluice.yml'), /sluice\.yml:7:7: .*has no bound; give operations/);
});
