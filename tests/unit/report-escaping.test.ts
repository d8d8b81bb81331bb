import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GateReport } from '../../src/gate.js';
import { renderMarkdown } from '../../src/report/index.js';
import { rememberUrlSecret } from '../../src/secrets.js';
import { codeOf, liveTextOf, readCell, tablesOf } from '../support/gfm.js';

// Text from a project is hostile: the report must show it, never obey it.

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
/** A code span shows its text exactly, except that `<!--` gets an invisible zero-width space (no fake marker line). */
const shownInCode = (text: string) => oneLine(text).replace(/<!--/g, '<\u200B!--');

const HOSTILE = [
  'a|b',
  '`tick`',
  '<img src=x onerror=alert(1)>',
  '@octocat and @org/team',
  '[link](javascript:alert(1))',
  '![img](http://x)',
  'line\nbreak',
  `${'`'.repeat(40)}|\`\``,
  'back\\|slash\\',
  '&lt;not-a-tag&gt; <!-- comment',
  '**bold** _em_ ~~strike~~ $x$ #1',
];
const hostileFiles = HOSTILE.map((h, i) => `db/migrations/${String(i + 2).padStart(4, '0')}_${h}.sql`);
hostileFiles.push('`starts-and-ends-with-a-backtick`', ' padded name ');
const engineError = `relation "a|b<x>" does not exist near \`x\` <script>alert(1)</script> cc @octocat @org/team, see [here](javascript:alert(1)) ![img](http://x) **bold** _em_ $1 #1\nLINE 2: ${'`'.repeat(12)}`;

/** The parts of a report this test does not look at. */
const QUIET = {
  dataTests: [],
  comparison: { against: 'none' as const, metrics: [], environmentDiffers: [] },
  suite: 'default',
  environment: { engine: 'postgresql', engineVersion: '16.4', settings: {}, os: 'linux', arch: 'x64', cpus: 2 },
};

function hostileReport(): GateReport {
  return {
    ...QUIET,
    verdict: 'fail',
    failOn: 'error',
    engine: { name: 'postgresql', version: '16.4 <b>@octocat</b>', dialect: 'postgres' },
    config: 'sluice.yml',
    migrations: [
      { name: '0001_users.sql', file: 'db/migrations/0001_users.sql', status: 'applied', statements: 2, ms: 4 },
      ...hostileFiles.map((file, i) => ({ name: file.split('/').pop()!, file, status: i ? ('not-run' as const) : ('failed' as const), statements: 1, ms: 1 })),
    ],
    seed: { seed: 42, tables: [{ table: 'a|b<x>', rows: 10, ms: 1 }, ...HOSTILE.map((table) => ({ table, rows: 1, ms: 1 }))] },
    queries: HOSTILE.map((name) => ({
      name,
      key: name,
      shape: `Seq Scan on "${name}"`,
      operators: ['seq-scan'],
      counters: [{ name: 'rows-read', unit: 'rows', value: 10 }],
      timeMs: [1, 2, 3],
      params: [],
    })),
    findings: [
      ...hostileFiles.map((file) => ({
        check: 'migrations', rule: 'migration-failed', severity: 'error' as const,
        message: `Migration ${file} failed: ${engineError} (42P01); the migrations after it were not run.`,
        location: { file, line: 3 },
      })),
      ...HOSTILE.map((name) => ({
        check: 'data-tests', rule: `data-test ${name}`, severity: 'warning' as const,
        message: `Data test "${name}" found 1 offending row, e.g. ${JSON.stringify({ note: name })}.`,
        location: { file: 'sluice.yml', line: 12 },
      })),
    ],
    metrics: [],
    durationMs: 1234,
  };
}

test('hostile names and messages add no HTML, mention, link or table cell', () => {
  const markdown = renderMarkdown(hostileReport());
  const live = liveTextOf(markdown);
  for (const text of live) {
    const html = text.replace(/<\/?(details|summary)>/g, '');
    assert.ok(!html.includes('<'), `raw HTML outside a code span: ${text}`);
    assert.doesNotMatch(text, /@\w/, 'a live @mention');
    assert.doesNotMatch(text, /(?<!&)#\d/, 'a live issue reference (an entity such as &#8203; is not one)');
    // Escaped characters (\[) are literal; any bracket left would start a link or an image.
    assert.doesNotMatch(text.replace(/\\./g, ''), /[[\]`]/, `live link or code markup: ${text}`);
  }

  const tables = tablesOf(markdown);
  assert.equal(tables.length, 4, 'findings, queries, migrations and seeded data');
  for (const { header, rows } of tables) {
    for (const row of rows) assert.equal(row.length, header.length, `a row of the ${header[0]} table has ${row.length} cells: ${row.join(' ¦ ')}`);
  }
});

test('a reader still sees the original names and messages', () => {
  const report = hostileReport();
  const [findings, queries, migrations, seeded] = tablesOf(renderMarkdown(report));

  assert.deepEqual(migrations!.rows.map((r) => codeOf(r[0]!)), report.migrations.map((m) => shownInCode(m.file)));
  assert.deepEqual(migrations!.rows.map((r) => readCell(r[1]!)), report.migrations.map((m) => m.status));
  assert.deepEqual(seeded!.rows.map((r) => readCell(r[0]!)), report.seed.tables.map((t) => oneLine(t.table)));
  assert.deepEqual(queries!.rows.map((r) => readCell(r[0]!)), report.queries.map((q) => oneLine(q.name)));
  assert.deepEqual(queries!.rows.map((r) => readCell(r[3]!)), report.queries.map((q) => oneLine(q.shape)));

  const shown = findings!.rows.map((r) => ({ rule: codeOf(r[1]!), where: codeOf(r[2]!), message: readCell(r[3]!) }));
  const expected = report.findings.map((f) => ({ rule: shownInCode(f.rule), where: shownInCode(`${f.location!.file}:${f.location!.line}`), message: oneLine(f.message) }));
  assert.deepEqual(shown, expected);
});

test('a secret in an engine message is redacted before it is escaped', () => {
  rememberUrlSecret('postgres://sluice:p%40ss_w0rd%7C@db.internal/app');
  const report = hostileReport();
  report.findings = [{ check: 'migrations', rule: 'migration-failed', severity: 'error', message: 'password p@ss_w0rd| rejected' }];
  const [findings] = tablesOf(renderMarkdown(report));
  assert.equal(readCell(findings!.rows[0]![3]!), 'password *** rejected');
});

test('a normal report reads as before', () => {
  const report: GateReport = {
    ...QUIET,
    verdict: 'pass',
    failOn: 'error',
    engine: { name: 'pglite', version: '17.4', dialect: 'postgres' },
    config: 'sluice.yml',
    migrations: [
      { name: '0001_users.sql', file: 'db/migrations/0001_users.sql', status: 'applied', statements: 2, ms: 4 },
      { name: '0002_orders.sql', file: 'db/migrations/0002_orders.sql', status: 'applied', statements: 3, ms: 12 },
    ],
    seed: { seed: 42, tables: [{ table: 'order_items', rows: 1000, ms: 30 }] },
    queries: [{
      name: 'orders by user', key: 'orders-by-user', shape: 'Index Scan using orders_user_id_idx on orders',
      operators: ['index-scan'], counters: [{ name: 'blocks', unit: 'blocks', value: 3 }], timeMs: [0.5, 0.4, 0.6], params: [],
    }],
    findings: [{
      check: 'schema', rule: 'foreign-key-without-index', severity: 'warning',
      message: 'Foreign key orders(user_id) → users has no index on user_id; add one: CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id).',
      location: { file: 'db/migrations/0002_orders.sql', line: 7 },
    }],
    metrics: [],
    durationMs: 2345,
  };
  const markdown = renderMarkdown(report);
  const [findings, queries, migrations, seeded] = tablesOf(markdown);
  assert.match(markdown, /^\*\*PGlite \(embedded PostgreSQL\) 17\.4\*\* · suite `default` · 2\/2 migrations applied · 1,000 rows seeded/m);
  assert.deepEqual(findings!.rows, [[
    '⚠️ warning',
    '`foreign-key-without-index`',
    '`db/migrations/0002_orders.sql:7`',
    'Foreign key orders(user_id) → users has no index on user_id; add one: CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id).',
  ]]);
  assert.deepEqual(queries!.rows, [['orders by user', '3', '0.50 ms', 'Index Scan using orders_user_id_idx on orders', '']]);
  assert.deepEqual(migrations!.rows[1], ['`db/migrations/0002_orders.sql`', 'applied', '3', '12 ms']);
  assert.deepEqual(seeded!.rows, [['order_items', '1,000', '30 ms']]);
});
