import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  BaselineError, baselineJsonSchema, configHash, formatBaselineDocument, parseBaselineDocument, toBaselineDocument,
} from '../../src/baseline/document.js';
import type { GateReport } from '../../src/gate.js';

const report: GateReport = {
  verdict: 'fail',
  failOn: 'error',
  engine: { name: 'pglite', version: '17.4', dialect: 'postgres' },
  config: 'sluice.yml',
  migrations: [],
  seed: { seed: 42, tables: [{ table: 'orders', rows: 500, ms: 3 }, { table: 'customers', rows: 100, ms: 1 }] },
  queries: [],
  findings: [
    { check: 'schema', rule: 'fk-without-index', severity: 'error', message: 'order_items.product_id has no index.', subject: 'table order_items', location: { file: 'db/1.sql', line: 4 } },
  ],
  metrics: [
    { key: 'query.lookup.time', unit: 'ms', kind: 'time', direction: 'lower', samples: [0.1234567, 0.2000004] },
    { key: 'query.lookup.blocks', unit: 'blocks', kind: 'work', direction: 'lower', value: 3, detail: 'Index Scan using customers_email_key on customers' },
    { key: 'data.orders.rows', unit: 'rows', kind: 'size', direction: 'lower', value: 500 },
  ],
  dataTests: [],
  comparison: { against: 'none', metrics: [], environmentDiffers: [] },
  suite: 'default',
  environment: { engine: 'pglite', engineVersion: '17.4', settings: { work_mem: '4096' }, os: 'linux 6.1', arch: 'x64', cpus: 4 },
  durationMs: 1000,
};

const CONFIG = 'engine: pglite # the embedded one\nmigrations:\n  dir: db/migrations\n';
const documentOf = () => toBaselineDocument(report, { commit: 'abc123', ref: 'main', configText: CONFIG, suite: 'pglite', recordedAt: '2025-01-02T03:04:05.000Z' });

const errorOf = (text: string, source = 'baselines/x.json') => {
  try {
    parseBaselineDocument(text, source);
  } catch (error) {
    assert.ok(error instanceof BaselineError, `expected a BaselineError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the document was accepted');
};

test('a report becomes a document that reads back unchanged', () => {
  const document = documentOf();
  assert.deepEqual(parseBaselineDocument(formatBaselineDocument(document), 'b.json'), document);
  assert.equal(document.suite, 'pglite');
  assert.deepEqual(document.rows, { customers: 100, orders: 500 });
  // Metrics sorted by key; time keeps samples to the microsecond, work and size their value.
  assert.deepEqual(document.metrics.map((m) => m.key), ['data.orders.rows', 'query.lookup.blocks', 'query.lookup.time']);
  assert.deepEqual(document.metrics[2]!.samples, [0.123, 0.2]);
  assert.equal(document.metrics[2]!.value, undefined);
  assert.equal(document.metrics[1]!.value, 3);
  // Findings keep what tells new from existing, not lines (which move).
  assert.deepEqual(document.findings, [{ check: 'schema', rule: 'fk-without-index', severity: 'error', subject: 'table order_items', message: 'order_items.product_id has no index.' }]);
});

test('the file shows one metric per line, so a diff shows what moved', () => {
  const text = formatBaselineDocument(documentOf());
  assert.ok(text.includes('\n    {"key":"query.lookup.blocks","unit":"blocks","kind":"work","direction":"lower","value":3,'), text);
  assert.ok(text.endsWith('\n}\n'));
  const moved = formatBaselineDocument({ ...documentOf(), metrics: documentOf().metrics.map((m) => (m.key === 'query.lookup.blocks' ? { ...m, value: 4 } : m)) });
  const changed = text.split('\n').filter((line, i) => line !== moved.split('\n')[i]);
  assert.equal(changed.length, 1);
});

test('the config hash ignores comments, spacing and key order, not values', () => {
  const same = 'migrations: { dir: "db/migrations" }\n\n# comment\nengine:   pglite\n';
  assert.equal(configHash(CONFIG), configHash(same));
  assert.notEqual(configHash(CONFIG), configHash(CONFIG.replace('pglite', 'postgres:16')));
  assert.match(configHash(CONFIG), /^[0-9a-f]{64}$/);
});

test('a newer schemaVersion says so in one sentence', () => {
  assert.equal(
    errorOf(JSON.stringify({ ...documentOf(), schemaVersion: 2 })),
    'baselines/x.json was written by a newer Sluice (schemaVersion 2); this one reads schemaVersion 1, so upgrade Sluice or record it again with `sluice baseline record`.',
  );
});

test('invalid JSON is reported with its line and column', () => {
  assert.match(errorOf('{\n  "schemaVersion": 1,\n  oops\n}'), /^baselines\/x\.json: invalid JSON at line 3 column 3; fix the file or record it again/);
  assert.match(errorOf(''), /^baselines\/x\.json: invalid JSON/);
});

test('a wrong shape names the first bad field', () => {
  const document = documentOf();
  const bad = { ...document, metrics: [document.metrics[0], { ...document.metrics[1], kind: 'effort' }] };
  assert.match(errorOf(JSON.stringify(bad)), /^baselines\/x\.json: metrics\[1\]\.kind: invalid option: expected one of "work"\|"time"\|"size"\|"quality"; fix the file/);
  const { configHash: _, ...missing } = document;
  assert.match(errorOf(JSON.stringify(missing)), /^baselines\/x\.json: configHash: missing; fix the file or record it again/);
  assert.match(errorOf('[1, 2]'), /^baselines\/x\.json: the document: /);
});

test('the committed sluice-baseline.schema.json matches the schema', async () => {
  const committed = JSON.parse(await readFile('sluice-baseline.schema.json', 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(baselineJsonSchema())), 'run npm run schema');
});
