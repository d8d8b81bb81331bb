// The comment's Concurrency section: contention runs with every invariant held or broken and
// its rows, the deadlock search per pair, isolation specs with the first failing permutation
// step by step, the isolation matrix — inert whatever the names, within the size limit, and
// the same after a trip through report.json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GateReport } from '../../src/gate.js';
import type { ConcurrencyReport } from '../../src/checks/concurrency/index.js';
import { COMMENT_LIMIT, JsonReportShapeError, parseJsonReport, renderComment, toJsonReport } from '../../src/report/index.js';
import { assertInert, codeOf, readCell, tablesOf } from '../support/gfm.js';
import { droppedIndexReport } from '../support/report-fixtures.js';

const render = (report: GateReport, limit = COMMENT_LIMIT) => renderComment(report, { limit });

function concurrency(): ConcurrencyReport {
  return {
    contention: [
      {
        name: 'checkout rush (naive)', transaction: 'naive checkout', workers: 6, level: 'read committed', operations: 300, committed: 298, retries: 4, elapsedMs: 812.5,
        throughput: 366.8, failures: [{ kind: 'serialization-failure (40001)', count: 2 }], latencyMs: { p50: 1.2, p95: 8.4, p99: 15.1, max: 40.2 },
        invariants: [
          { label: 'select count(*) = 0 from inventory where quantity < 0', kind: 'holds', held: true, rows: [] },
          {
            label: 'no unit of stock created or lost', kind: 'conserved', held: false, broken: 7,
            rows: ['product_id = 7, stock = 800 → product_id = 7, stock = 803', 'product_id = 9, stock = 650 → product_id = 9, stock = 652'],
          },
        ],
      },
      {
        name: 'checkout rush', transaction: 'checkout', workers: 6, level: 'read committed', operations: 300, committed: 300, retries: 0, elapsedMs: 1200,
        throughput: 250, failures: [], latencyMs: { p50: 2.5, p95: 11, p99: 20, max: 52 },
        invariants: [
          { label: 'select count(*) = 0 from inventory where quantity < 0', kind: 'holds', held: true, rows: [] },
          { label: 'no unit of stock created or lost', kind: 'conserved', held: true, rows: [] },
        ],
      },
    ],
    deadlocks: [
      { transactions: ['checkout', 'naive checkout'], total: 20, run: 20, deadlocked: 0 },
      {
        transactions: ['transfer a→b', 'transfer b→a'], total: 70, run: 64, deadlocked: 12,
        first: {
          order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3'],
          victim: { transaction: 'transfer b→a', statement: 'b2: update account set balance = balance + 1 where id = 1', code: '40P01' },
          survivor: { transaction: 'transfer a→b', statement: 'a2: update account set balance = balance + 1 where id = 2' },
          locks: ['transfer a→b waits for ShareLock on transaction 746 (held by b), for row id = 2 of account'],
        },
      },
    ],
    specs: [
      { name: 'two checkouts of the last item', level: 'read committed', run: 20, total: 20, passed: 20 },
      {
        name: 'naive last item', level: 'read committed', run: 6, total: 6, passed: 4,
        firstFailure: {
          order: ['a1', 'b1', 'a2', 'b2'], difference: 'expect.final is false after all sessions ended', final: false,
          steps: [
            { step: 'a1', sql: 'select quantity from inventory where product_id = 7', blocked: false, rows: 1, sample: [{ quantity: '1' }] },
            { step: 'b1', sql: 'select quantity from inventory where product_id = 7', blocked: false, rows: 1, sample: [{ quantity: '1' }] },
            { step: 'a2', sql: 'update inventory set quantity = 0 where product_id = 7', blocked: false, rows: 0 },
            { step: 'b2', sql: 'update inventory set quantity = 0 where product_id = 7', blocked: true, releasedAfter: 'a3' },
            { step: 'b3', sql: 'commit', blocked: false, error: { kind: 'serialization-failure', code: '40001' } },
          ],
        },
      },
    ],
    matrix: {
      server: 'postgresql 16.4',
      cells: [
        { level: 'read committed', anomaly: 'P4', name: 'lost update', prevented: false, documented: false },
        { level: 'repeatable read', anomaly: 'P4', name: 'lost update', prevented: true, documented: true },
        { level: 'read committed', anomaly: 'G0', name: 'dirty write', prevented: true, documented: true },
        { level: 'repeatable read', anomaly: 'G0', name: 'dirty write', prevented: false, documented: true },
      ],
    },
  };
}

const withConcurrency = (c: ConcurrencyReport = concurrency()): GateReport => ({ ...droppedIndexReport(), concurrency: c });
const tableWith = (markdown: string, first: string) => tablesOf(markdown).find((t) => t.header[0] === first && t.header.length > 1);

test('each kind gets its table: runs, invariants with their rows, deadlock pairs, specs, the failing permutation, the matrix', () => {
  const markdown = render(withConcurrency());
  assert.match(markdown, /^### Concurrency\n\n2 contention runs \(1 broke an invariant\) · 2 pairs of transactions searched for deadlocks \(1 deadlocked\) · 2 isolation specs \(1 failed\) · the isolation matrix \(1 level weaker than documented\)\.$/m);

  const runs = tablesOf(markdown).find((t) => t.header.includes('Commits/s'))!;
  assert.deepEqual(runs.header, ['Run', 'Transaction', 'Level', 'Workers', 'Operations', 'Commits/s', 'Retries', 'Failed (by class)', 'p50 / p95 / p99 / max', 'Invariants']);
  assert.deepEqual(runs.rows.map((r) => r.map(readCell)), [
    ['checkout rush (naive)', 'naive checkout', 'read committed', '6', '300', '367', '4', '2: serialization-failure (40001) ×2', '1.20 ms / 8.40 ms / 15 ms / 40 ms', '❌ 1 of 2 broken'],
    ['checkout rush', 'checkout', 'read committed', '6', '300', '250', '0', '0', '2.50 ms / 11 ms / 20 ms / 52 ms', '✅ 2 held'],
  ]);

  const invariants = tablesOf(markdown).find((t) => t.header[1] === 'Invariant')!;
  // The broken one first, with its rows as code; the held ones after it.
  assert.deepEqual(invariants.rows.map((r) => [readCell(r[0]!), readCell(r[1]!), readCell(r[2]!)]), [
    ['checkout rush (naive)', 'no unit of stock created or lost', '❌ broken (7 rows changed)'],
    ['checkout rush (naive)', 'select count(*) = 0 from inventory where quantity < 0', '✅ held'],
    ['checkout rush', 'select count(*) = 0 from inventory where quantity < 0', '✅ held'],
    ['checkout rush', 'no unit of stock created or lost', '✅ held'],
  ]);
  assert.deepEqual(invariants.rows[0]![3]!.split(' · ').slice(0, 2).map(codeOf), [
    'product_id = 7, stock = 800 → product_id = 7, stock = 803', 'product_id = 9, stock = 650 → product_id = 9, stock = 652',
  ]);
  assert.match(invariants.rows[0]![3]!, / · …$/, 'more rows broke it than are shown');

  const pairs = tableWith(markdown, 'Transactions')!;
  assert.deepEqual(pairs.rows.map((r) => [readCell(r[0]!), readCell(r[1]!), r[2]]), [
    ['transfer a→b × transfer b→a', '64 of 70 (sampled)', '❌ 12'],
    ['checkout × naive checkout', '20', '✅ 0'],
  ]);
  assert.equal(readCell(pairs.rows[0]![3]!), 'transfer b→a b2: update account set balance = balance + 1 where id = 1 (failed, 40P01) ⇄ transfer a→b a2: update account set balance = balance + 1 where id = 2');
  assert.match(readCell(pairs.rows[0]![4]!), /ShareLock on transaction 746/);

  const specs = tableWith(markdown, 'Spec')!;
  assert.deepEqual(specs.rows.map((r) => [readCell(r[0]!), readCell(r[2]!), r[3]]), [['naive last item', '6', '❌ 4'], ['two checkouts of the last item', '20', '✅ 20']]);
  assert.equal(codeOf(specs.rows[0]![4]!.split(': ')[0]!), 'a1 b1 a2 b2');

  assert.match(markdown, /<details><summary>Spec naive last item: permutation a1 b1 a2 b2, step by step<\/summary>/);
  const steps = tableWith(markdown, 'Step')!;
  assert.deepEqual(steps.rows.map((r) => r.map(readCell)), [
    ['a1', 'select quantity from inventory where product_id = 7', 'no', '', '1 row: quantity = 1'],
    ['b1', 'select quantity from inventory where product_id = 7', 'no', '', '1 row: quantity = 1'],
    ['a2', 'update inventory set quantity = 0 where product_id = 7', 'no', '', '0 rows'],
    ['b2', 'update inventory set quantity = 0 where product_id = 7', 'yes, released after a3', '', ''],
    ['b3', 'commit', 'no', 'serialization-failure 40001', ''],
  ]);
  assert.match(markdown, /expect\.final after all sessions ended: \*\*false\*\*\./);

  const matrix = tableWith(markdown, 'Anomaly')!;
  assert.deepEqual(matrix.header, ['Anomaly', 'read committed', 'repeatable read']);
  assert.deepEqual(matrix.rows.map((r) => r.map(readCell)), [
    ['P4 lost update', '✗ allowed', '✓ prevented'],
    ['G0 dirty write', '✓ prevented', '❌ allowed (documented: prevented)'],
  ]);
  assertInert(markdown);
});

test('the section comes after the findings and before the collapsed appendix; all held, it is collapsed', () => {
  const markdown = render(withConcurrency());
  const at = (needle: string) => markdown.indexOf(needle);
  assert.ok(at('### Findings') < at('### Concurrency') && at('### Concurrency') < at('<summary>Other metrics'), markdown);

  const quiet = concurrency();
  quiet.contention = [quiet.contention[1]!];
  quiet.deadlocks = [quiet.deadlocks[0]!];
  quiet.specs = [quiet.specs[0]!];
  delete quiet.matrix;
  const collapsed = render(withConcurrency(quiet));
  assert.doesNotMatch(collapsed, /### Concurrency/);
  assert.match(collapsed, /<details><summary>Concurrency: 1 contention run \(every invariant held\) · 1 pair of transactions searched for deadlocks \(none deadlocked\) · 1 isolation spec \(all passed\)<\/summary>/);
  assertInert(collapsed);
  // Nothing ran: no section at all.
  assert.doesNotMatch(render(droppedIndexReport()), /Concurrency/);
});

test('names, SQL, rows and errors from the project are shown, never obeyed', () => {
  const hostile = '<img src=x onerror=alert(1)> @octocat #12 [x](javascript:1) a|b `tick`';
  const c = concurrency();
  c.contention[0]!.name = hostile;
  c.contention[0]!.transaction = hostile;
  c.contention[0]!.failures[0]!.kind = hostile;
  c.contention[0]!.invariants[1]!.label = hostile;
  c.contention[0]!.invariants[1]!.rows = [hostile];
  c.deadlocks[1]!.transactions = [hostile, hostile];
  c.deadlocks[1]!.first!.victim.statement = hostile;
  c.deadlocks[1]!.first!.locks = [hostile];
  c.specs[1]!.name = hostile;
  c.specs[1]!.firstFailure!.difference = hostile;
  c.specs[1]!.firstFailure!.steps[0]!.sql = hostile;
  c.specs[1]!.firstFailure!.steps[0]!.sample = [{ [hostile]: hostile }];
  c.specs[1]!.firstFailure!.steps[4]!.error = { kind: hostile, code: hostile };
  c.matrix!.server = hostile;
  c.matrix!.cells[0]!.name = hostile;
  c.matrix!.cells[0]!.level = hostile;
  const markdown = render(withConcurrency(c));
  assertInert(markdown);
  const invariants = tablesOf(markdown).find((t) => t.header[1] === 'Invariant')!;
  assert.equal(readCell(invariants.rows[0]![1]!), hostile);
  assert.equal(codeOf(invariants.rows[0]![3]!.split(' · ')[0]!), hostile);
  assert.equal(readCell(tableWith(markdown, 'Step')!.rows[0]![1]!), hostile);
});

test('under the comment limit the section shrinks before the findings do, and says where the rest is', () => {
  const c = concurrency();
  const run = c.contention[0]!;
  c.contention = Array.from({ length: 400 }, (_, i) => ({ ...run, name: `rush ${i} ${'x'.repeat(60)}`, invariants: run.invariants.map((inv) => ({ ...inv, rows: [...inv.rows, ...inv.rows, ...inv.rows] })) }));
  const markdown = render(withConcurrency(c));
  assert.ok(Buffer.byteLength(markdown) <= COMMENT_LIMIT);
  assert.match(markdown, /### Findings\n\n\|/);
  assert.match(markdown, /### Concurrency/);
  assert.match(markdown, /left out to fit; see report\.json/);
  assertInert(markdown);
  // A tiny limit keeps the verdict and the findings and drops the tables.
  const tiny = render(withConcurrency(c), 3000);
  assert.ok(Buffer.byteLength(tiny) <= 3000);
  assert.doesNotMatch(tiny, /Commits\/s/);
  assertInert(tiny);
});

test('report.json carries the concurrency part and comment mode renders the same section from it', () => {
  const report = withConcurrency();
  const artifact = JSON.parse(JSON.stringify(toJsonReport(report))) as Record<string, any>;
  assert.equal(artifact.version, 2);
  assert.equal(artifact.concurrency.contention[0].invariants[1].rows[0], 'product_id = 7, stock = 800 → product_id = 7, stock = 803');
  const rebuilt = parseJsonReport(artifact);
  assert.equal(render(rebuilt), render(report));
  // Older reports have no concurrency part; a wrong type in it is refused by name.
  delete artifact.concurrency;
  assert.doesNotMatch(render(parseJsonReport(artifact)), /Concurrency/);
  const bad = JSON.parse(JSON.stringify(toJsonReport(report))) as Record<string, any>;
  bad.concurrency.contention[0].invariants[1].held = 'no';
  assert.throws(() => parseJsonReport(bad), (error: unknown) => error instanceof JsonReportShapeError && error.field === 'concurrency.contention.0.invariants.1.held');
});
