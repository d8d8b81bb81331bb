import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GateReport } from '../../src/gate.js';
import { renderMarkdown } from '../../src/report/index.js';
import { rememberUrlSecret } from '../../src/secrets.js';

// Text from a project is hostile: the report must show it, never obey it. These helpers read
// the markdown the way GitHub (GFM) does, just far enough to check that.

/** GFM cells of one table row: split at every `|` not preceded by a backslash. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else {
      current += row[i];
    }
  }
  cells.push(current);
  // The leading and trailing pipes open and close the row; they do not delimit cells.
  return cells.slice(1, -1).map((c) => c.trim());
}

interface Table {
  header: string[];
  rows: string[][];
}

function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) continue;
    const header = cellsOf(lines[i]!);
    const rows: string[][] = [];
    for (i += 2; lines[i]?.startsWith('|'); i++) rows.push(cellsOf(lines[i]!));
    tables.push({ header, rows });
  }
  return tables;
}

type Segment = { code: string } | { text: string };

/** Inline markdown as code spans and the text between them (backslash escapes respected). */
function segmentsOf(inline: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  for (let i = 0; i < inline.length; ) {
    if (inline[i] === '\\' && i + 1 < inline.length) {
      text += inline.slice(i, i + 2);
      i += 2;
      continue;
    }
    const run = /^`+/.exec(inline.slice(i))?.[0];
    if (!run) {
      text += inline[i++];
      continue;
    }
    // The span closes at the next backtick run of exactly the same length.
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(inline);
    if (!end) {
      text += run;
      i += run.length;
      continue;
    }
    if (text) segments.push({ text });
    text = '';
    let code = inline.slice(i + run.length, end.index);
    if (code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
    segments.push({ code });
    i = end.index + run.length;
  }
  if (text) segments.push({ text });
  return segments;
}

/** What a reader sees of escaped text: backslash escapes and entities resolved. */
const decodeText = (text: string) =>
  text.replace(/\\([!-/:-@[-`{-~])|&(lt|gt|amp|#8203);/g, (_, escaped: string | undefined, entity: string | undefined) =>
    escaped ?? { lt: '<', gt: '>', amp: '&', '#8203': '' }[entity!]!,
  );

/** What a reader sees of one table cell. */
const readCell = (cell: string) =>
  segmentsOf(cell.replace(/\\\|/g, '|'))
    .map((s) => ('code' in s ? s.code : decodeText(s.text)))
    .join('');

/** The cell is exactly one code span; returns what it shows. */
function codeOf(cell: string): string {
  const segments = segmentsOf(cell.replace(/\\\|/g, '|'));
  assert.equal(segments.length, 1, `expected one code span in ${cell}`);
  assert.ok('code' in segments[0]!, `expected a code span, got ${cell}`);
  return segments[0].code;
}

/** Everything outside code spans, where markup and mentions would be live. */
function liveTextOf(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => {
    const parts = line.startsWith('|') ? cellsOf(line).map((c) => c.replace(/\\\|/g, '|')) : [line];
    return parts.flatMap((part) => segmentsOf(part).flatMap((s) => ('text' in s ? [s.text] : [])));
  });
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

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

  assert.deepEqual(migrations!.rows.map((r) => codeOf(r[0]!)), report.migrations.map((m) => oneLine(m.file)));
  assert.deepEqual(migrations!.rows.map((r) => readCell(r[1]!)), report.migrations.map((m) => m.status));
  assert.deepEqual(seeded!.rows.map((r) => readCell(r[0]!)), report.seed.tables.map((t) => oneLine(t.table)));
  assert.deepEqual(queries!.rows.map((r) => readCell(r[0]!)), report.queries.map((q) => oneLine(q.name)));
  assert.deepEqual(queries!.rows.map((r) => readCell(r[3]!)), report.queries.map((q) => oneLine(q.shape)));

  const shown = findings!.rows.map((r) => ({ rule: codeOf(r[1]!), where: codeOf(r[2]!), message: readCell(r[3]!) }));
  const expected = report.findings.map((f) => ({ rule: oneLine(f.rule), where: oneLine(`${f.location!.file}:${f.location!.line}`), message: oneLine(f.message) }));
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
  assert.match(markdown, /^\*\*PGlite \(embedded PostgreSQL\) 17\.4\*\* · 2\/2 migrations applied · 1,000 rows seeded/m);
  assert.deepEqual(findings!.rows, [[
    '⚠️ warning',
    '`foreign-key-without-index`',
    '`db/migrations/0002_orders.sql:7`',
    'Foreign key orders(user_id) → users has no index on user_id; add one: CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id).',
  ]]);
  assert.deepEqual(queries!.rows, [['orders by user', '3', '0.50 ms', 'Index Scan using orders_user_id_idx on orders']]);
  assert.deepEqual(migrations!.rows[1], ['`db/migrations/0002_orders.sql`', 'applied', '3', '12 ms']);
  assert.deepEqual(seeded!.rows, [['order_items', '1,000', '30 ms']]);
});
