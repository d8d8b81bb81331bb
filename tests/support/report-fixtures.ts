// Hand-built GateReports for the report tests: no database, just the shapes a run produces.
import type { GateReport } from '../../src/gate.js';
import type { MetricComparison } from '../../src/baseline/types.js';

export const ENVIRONMENT = { engine: 'postgresql', engineVersion: '16.4', settings: {}, os: 'linux', arch: 'x64', cpus: 2 };

const work = (key: string, base: number, head: number, extra: Partial<MetricComparison> = {}): MetricComparison => ({
  key, unit: 'blocks', kind: 'work', direction: 'lower', base, head, delta: head - base, ratio: base ? head / base : undefined, tolerance: 0,
  status: head > base ? 'regression' : head < base ? 'improvement' : 'unchanged', ...extra,
});

/** A pull request that drops orders_customer_id_idx: one query reads 4 → 2,273 blocks. */
export function droppedIndexReport(): GateReport {
  return {
    verdict: 'fail',
    failOn: 'error',
    engine: { name: 'postgresql', version: '16.4', dialect: 'postgres' },
    config: 'sluice.yml',
    migrations: [
      { name: '0001_orders.sql', file: 'db/migrations/0001_orders.sql', status: 'applied', statements: 3, ms: 12 },
      { name: '0002_drop_index.sql', file: 'db/migrations/0002_drop_index.sql', status: 'applied', statements: 1, ms: 3 },
    ],
    seed: { seed: 42, tables: [{ table: 'customers', rows: 5000, ms: 40 }, { table: 'orders', rows: 20000, ms: 120 }] },
    queries: [
      { name: 'orders by customer', key: 'query.orders-by-customer', shape: 'Seq Scan on orders', operators: ['seq-scan'], counters: [{ name: 'blocks', unit: 'blocks', value: 2273 }], timeMs: [3.1, 3.3, 3.2], params: [1234] },
      { name: 'customer by email', key: 'query.customer-by-email', shape: 'Index Scan using customers_email_key on customers', operators: ['index-scan'], counters: [{ name: 'blocks', unit: 'blocks', value: 3 }], timeMs: [0.2, 0.2, 0.3], params: ['a@example.com'] },
    ],
    findings: [
      {
        check: 'performance', rule: 'forbidden-plan-operator', severity: 'error', origin: 'new', subject: 'query orders by customer',
        message: 'Query "orders by customer" uses seq-scan (Seq Scan on orders), which its expect.forbid rules out; add an index that serves it or rewrite the query.',
        location: { file: 'sluice.yml', line: 14 },
      },
      {
        check: 'schema', rule: 'foreign-key-without-index', severity: 'warning', origin: 'existing', subject: 'table order_items',
        message: 'Foreign key order_items(order_id) → orders has no index on order_id.', location: { file: 'db/migrations/0001_orders.sql', line: 9 },
      },
    ],
    metrics: [],
    dataTests: [
      { name: 'unique customers.email', passed: true, location: { file: 'sluice.yml', line: 20 } },
      { name: 'no negative totals', passed: false, location: { file: 'sluice.yml', line: 21 } },
    ],
    comparison: {
      against: 'base-branch',
      source: 'base branch main @ 1a2b3c4 (same run)',
      baseSha: '1a2b3c4',
      environmentDiffers: [],
      metrics: [
        work('query.orders-by-customer.blocks', 4, 2273, {
          detail: { base: 'Index Scan using orders_customer_id_idx on orders', head: 'Seq Scan on orders' },
        }),
        {
          key: 'query.orders-by-customer.time', unit: 'ms', kind: 'time', direction: 'lower', status: 'regression',
          base: 0.25, head: 3.2, delta: 2.95, ratio: 12.8, p: 0.0004, interval: [11.9, 13.6],
        },
        work('query.customer-by-email.blocks', 5, 3),
        work('query.top-products.blocks', 10, 10),
        { key: 'query.new-report.blocks', unit: 'blocks', kind: 'work', direction: 'lower', status: 'added', head: 12 },
        { key: 'query.customer-by-email.time', unit: 'ms', kind: 'time', direction: 'lower', status: 'not-gated', base: 0.2, head: 0.21, note: 'time is not gated on PGlite' },
      ],
    },
    suite: 'shop',
    environment: ENVIRONMENT,
    durationMs: 5400,
  };
}
