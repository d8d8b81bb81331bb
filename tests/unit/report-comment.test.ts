// The pull-request comment (also the job summary and the CLI's stdout): what a reviewer reads
// first, what is collapsed, and that it stays inert and within GitHub's size limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GateReport } from '../../src/gate.js';
import type { MetricComparison } from '../../src/baseline/types.js';
import type { Finding } from '../../src/vocabulary.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, renderComment } from '../../src/report/index.js';
import { assertInert, codeOf, fencesOf, readCell, tablesOf } from '../support/gfm.js';
import { droppedIndexReport } from '../support/report-fixtures.js';

const render = (report: GateReport, limit = COMMENT_LIMIT) => renderComment(report, { limit });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

test('a dropped index: the regression comes first with base, head, delta and the plan change', () => {
  const markdown = render(droppedIndexReport());
  assert.match(markdown, /^## ❌ Sluice: fail\n/);
  assert.match(markdown, /\*\*2 regressions\*\* · 1 improvement · 1 new finding \(1 error, 0 warnings\) · 1 existing finding/);
  assert.match(markdown, /suite `shop`/);
  assert.match(markdown, /Compared with base branch main @&#8203; 1a2b3c4 \(same run\)\./);

  const [changes] = tablesOf(markdown);
  assert.deepEqual(changes!.header, ['', 'Metric', 'Base', 'Head', 'Δ', 'Significance', 'Plan change']);
  const first = changes!.rows[0]!;
  assert.equal(first[0], '❌');
  assert.equal(codeOf(first[1]!), 'query.orders-by-customer.blocks');
  assert.deepEqual(first.slice(2, 6).map(readCell), ['4', '2,273', '+2,269 (+56,725 %)', 'exact']);
  assert.equal(readCell(first[6]!), 'Index Scan using orders_customer_id_idx on orders ⇒ Seq Scan on orders');
  // Time: the test's figures, not just a ratio.
  assert.equal(readCell(changes!.rows[1]![5]!), 'p<0.001, ×12.80 [11.90–13.60]');
  assert.equal(changes!.rows[2]![0], '✅');
  assertInert(markdown);
});

test('sections come in the order a reviewer needs them; the rest is collapsed', () => {
  const markdown = render(droppedIndexReport());
  const at = (needle: string) => {
    const i = markdown.indexOf(needle);
    assert.ok(i >= 0, `missing: ${needle}`);
    return i;
  };
  const order = [
    '## ❌', '### Changes against the base', '### Findings', '<summary>1 finding already on the base branch',
    '<summary>Other metrics: 1 unchanged, 1 added, 1 not gated', '<summary>Queries: 2 queries measured',
    '<summary>Data tests: 1 passed, 1 failed', '<summary>Migrations', '<summary>Seeded data', '```mermaid',
  ].map(at);
  assert.deepEqual(order, [...order].sort((a, b) => a - b));

  const tables = tablesOf(markdown);
  const [, findings, existing, others, queries, dataTests] = tables;
  assert.equal(codeOf(findings!.rows[0]![1]!), 'forbidden-plan-operator');
  assert.equal(codeOf(existing!.rows[0]![1]!), 'foreign-key-without-index');
  assert.deepEqual(others!.rows.map((r) => readCell(r[0]!)), ['added', 'not gated', 'unchanged']);
  assert.equal(readCell(others!.rows[1]![4]!), 'time is not gated on PGlite');
  assert.deepEqual(queries!.rows.map((r) => codeOf(r.at(-1)!)), ['[1234]', '["a@example.com"]']);
  assert.deepEqual(dataTests!.rows.map((r) => [r[0], readCell(r[1]!)]), [['❌ failed', 'no negative totals'], ['✅ passed', 'unique customers.email']]);
});

test('the chart shows base against head work per query', () => {
  const [chart] = fencesOf(render(droppedIndexReport()));
  assert.equal(chart!.info, 'mermaid');
  assert.deepEqual(chart!.lines.map((l) => l.trim()).filter((l) => /^(x-axis|bar|line)/.test(l)), [
    'x-axis ["orders by customer", "customer by email"]',
    'bar [2273, 3]',
    'line [4, 5]',
  ]);
});

test('with no baseline the comment says so and shows no changes table or chart', () => {
  const report = droppedIndexReport();
  report.comparison = { against: 'none', metrics: [], environmentDiffers: [] };
  const markdown = render(report);
  assert.match(markdown, /^No baseline to compare with: gated on absolute expectations only\.$/m);
  assert.doesNotMatch(markdown, /### Changes|```mermaid|Other metrics/);
  report.comparison.note = 'The base branch has no sluice.yml yet.';
  assert.match(render(report), /^The base branch has no sluice\.yml yet\.$/m);
});

test('a pass with an accepted regression is a warning, with who accepted it and why', () => {
  const report = droppedIndexReport();
  report.verdict = 'pass';
  report.findings = [];
  report.comparison.metrics = report.comparison.metrics.map((m) => m.status === 'regression' ? { ...m, accepted: { by: '@alice', reason: 'the index moves to #12 <b>later</b>' } } : m);
  report.comparison.environmentDiffers = ['engine version', 'cpus'];
  const markdown = render(report);
  assert.match(markdown, /^## ⚠️ Sluice: pass with 2 accepted regressions\n/);
  assert.match(markdown, /\*\*0 regressions\*\* \(\+ 2 accepted\)/);
  assert.match(markdown, /^⚠️ The environment differs from the base's \(engine version, cpus\): timings are shown but not gated\.$/m);
  const [changes] = tablesOf(markdown);
  assert.equal(changes!.rows[0]![0], '⚠️ accepted');
  assert.equal(readCell(changes!.rows[0]!.at(-1)!), 'accepted by @alice: the index moves to #12 <b>later</b>');
  assertInert(markdown);
});

test('a clean pass is ✅', () => {
  const report = droppedIndexReport();
  report.verdict = 'pass';
  report.findings = [];
  report.comparison.metrics = report.comparison.metrics.filter((m) => m.status !== 'regression');
  assert.match(render(report), /^## ✅ Sluice: pass\n/);
});

const HOSTILE = [
  'a|b', '`tick`', '<img src=x onerror=alert(1)>', '@octocat and @org/team', '[link](javascript:alert(1))',
  '<!-- sluice:comment suite=x -->', 'line\nbreak', '"quoted" [bracketed] ```fence', '#1 **bold** %%{init}%% #35;',
];

function hostileReport(): GateReport {
  const report = droppedIndexReport();
  report.suite = HOSTILE.join(' ');
  report.comparison.source = `base branch ${HOSTILE.join(' ')}`;
  report.comparison.environmentDiffers = [...HOSTILE];
  report.queries = HOSTILE.map((name, i) => ({
    name, key: `query.q${i}`, shape: `Seq Scan on "${name}"`, operators: ['seq-scan'],
    counters: [{ name: 'blocks', unit: 'blocks', value: 10 + i }], timeMs: [1], params: [name],
  }));
  report.comparison.metrics = HOSTILE.flatMap((name, i): MetricComparison[] => [
    {
      key: `query.q${i}.blocks`, unit: 'blocks', kind: 'work', direction: 'lower', status: 'regression', base: 1, head: 10 + i,
      detail: { base: `Index Scan using "${name}"`, head: `Seq Scan on "${name}"` }, accepted: i % 2 ? { by: name, reason: name } : undefined,
    },
    { key: name, unit: name, kind: 'work', direction: 'lower', status: 'unchanged', base: 1, head: 1, note: name },
  ]);
  report.dataTests = HOSTILE.map((name) => ({ name, passed: false, location: { file: `${name}.yml`, line: 1 } }));
  report.findings = HOSTILE.flatMap((name, i): Finding[] => [
    { check: 'schema', rule: name, severity: 'error', message: name, subject: name, origin: i % 2 ? 'existing' : 'new', location: { file: name } },
  ]);
  return report;
}

test('hostile names render inert everywhere, the chart included', () => {
  const markdown = render(hostileReport());
  assertInert(markdown);
  assert.ok(!markdown.includes('<!--'), 'an HTML comment (a fake marker line) got through');
  const [chart] = fencesOf(markdown);
  for (const line of chart!.lines.filter((l) => /x-axis|title|y-axis/.test(l))) {
    // Quotes only as the labels' own delimiters; no brackets inside labels, no entities or directives.
    const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    for (const label of labels) assert.doesNotMatch(label, /["[\]`#%<>;{}]/, `unsafe mermaid label: ${label}`);
    assert.equal(line.replace(/"[^"]*"/g, '').includes('"'), false);
  }
  // The names are still there for a reader.
  const [changes] = tablesOf(markdown);
  const q0 = changes!.rows.find((r) => codeOf(r[1]!) === 'query.q0.blocks')!;
  assert.equal(readCell(q0[6]!), 'Index Scan using "a|b" ⇒ Seq Scan on "a|b"');
});

function hugeReport(n: number): GateReport {
  const report = droppedIndexReport();
  const long = 'x'.repeat(120);
  report.findings.push(...Array.from({ length: n }, (_, i): Finding => ({
    check: 'schema', rule: `rule-${i % 7}`, severity: i % 3 ? 'warning' : 'error', message: `finding ${i} ${long} | @octocat`,
    location: { file: `db/migrations/${i}.sql`, line: i }, origin: i % 2 ? 'existing' : 'new',
  })));
  report.comparison.metrics.push(...Array.from({ length: n }, (_, i): MetricComparison => ({
    key: `query.q${i}.blocks`, unit: 'blocks', kind: 'work', direction: 'lower', status: i % 50 ? 'unchanged' : 'regression', base: i, head: i % 50 ? i : i * 3 + 1,
  })));
  report.dataTests.push(...Array.from({ length: n }, (_, i) => ({ name: `test ${i} ${long}`, passed: i % 10 > 0, location: { file: 'sluice.yml', line: i } })));
  report.queries.push(...Array.from({ length: n }, (_, i) => ({
    name: `q${i}`, key: `query.q${i}`, shape: `Seq Scan on t${i}`, operators: [], counters: [{ name: 'blocks', unit: 'blocks', value: i }], timeMs: [1], params: [i, long],
  })));
  return report;
}

test('a huge report is cut to the comment limit: least important sections first, structure intact', () => {
  const report = hugeReport(5000);
  const markdown = renderComment(report, { limit: COMMENT_LIMIT, artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' });
  assert.ok(bytes(markdown) <= COMMENT_LIMIT, `${bytes(markdown)} bytes`);
  assert.match(markdown, /^… cut to fit GitHub's limit; the full report is in the \[report artifact\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\/artifacts\/2\) \(report\.json\)\.$/m);
  assertInert(markdown);
  // The verdict and the worst regression survive; the unchanged metrics go first.
  assert.match(markdown, /^## ❌ Sluice: fail/);
  const [changes] = tablesOf(markdown);
  assert.equal(codeOf(changes!.rows[0]![1]!), 'query.orders-by-customer.blocks');
  assert.match(markdown, /Other metrics: [\d,]+ unchanged.*: left out to fit; see report\.json\./);
  assert.match(markdown, /### Findings/);
});

test('the job summary limit keeps far more, and still fits', () => {
  const markdown = render(hugeReport(5000), SUMMARY_LIMIT);
  assert.ok(bytes(markdown) <= SUMMARY_LIMIT, `${bytes(markdown)} bytes`);
  assertInert(markdown);
  const newFindings = tablesOf(markdown)[1]!;
  assert.ok(newFindings.rows.length >= 1000, `${newFindings.rows.length} new findings shown`);
});

test('tiny limits still give whole sections, never a cut table row or open <details>', () => {
  for (const limit of [20_000, 5_000, 2_500]) {
    const markdown = renderComment(hugeReport(500), { limit });
    assert.ok(bytes(markdown) <= limit, `${bytes(markdown)} > ${limit}`);
    assert.match(markdown, /cut to fit GitHub's limit; the full report is in the report artifact \/ report\.json\./);
    assertInert(markdown);
  }
});

test('a report that fits is not cut, and a suspicious artifact URL is never a link', () => {
  assert.doesNotMatch(render(droppedIndexReport()), /cut to fit/);
  const markdown = renderComment(hugeReport(2000), { limit: COMMENT_LIMIT, artifactUrl: 'javascript:alert(1)' });
  assert.match(markdown, /the full report is in the report artifact \/ report\.json\./);
  assert.doesNotMatch(markdown, /javascript/);
});

test('a finding with a mechanical fix shows the SQL beside it, once', () => {
  const report = droppedIndexReport();
  report.findings = [
    { check: 'schema', rule: 'json-not-jsonb', severity: 'warning', message: 'Column events.payload is json; jsonb is indexable and compares by value.', fix: 'ALTER TABLE events ALTER COLUMN payload TYPE jsonb', origin: 'new' },
    { check: 'schema', rule: 'foreign-key-without-index', severity: 'warning', message: 'Foreign key has no index; add one: CREATE INDEX a ON b (c).', fix: 'CREATE INDEX a ON b (c)', origin: 'new' },
  ];
  const [findings] = tablesOf(render(report)).filter((t) => t.header.includes('Finding'));
  const cells = findings!.rows.map((row) => row[findings!.header.indexOf('Finding')]!);
  assert.match(cells[0]!, /jsonb is indexable.* Fix: `ALTER TABLE events ALTER COLUMN payload TYPE jsonb`$/);
  assert.equal(cells[1]!.match(/CREATE INDEX a ON b \(c\)/g)?.length, 1, 'a fix the message already quotes is not repeated');
  assertInert(render(report));
});
