// The machine-readable reports: JUnit XML for CI dashboards, SARIF for code scanning and
// report.json version 2. Each must parse and say what the comment says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GateReport } from '../../src/gate.js';
import { toJsonReport, toJunit, toSarif } from '../../src/report/index.js';
import { parseXml, type XmlElement } from '../support/xml.js';
import { droppedIndexReport } from '../support/report-fixtures.js';

const HOSTILE = `a & b < c > d "e" 'f' ]]> <!-- x --> \u0000\u0001\u0008\u000B\u001F\uFFFE tab\tok \uD800 @octocat`;

const suitesOf = (root: XmlElement) => new Map(root.children.map((s) => [s.attributes.name!, s]));
const failing = (s: XmlElement) => s.children.filter((c) => c.children.some((x) => x.name === 'failure')).map((c) => c.attributes.name);

test('JUnit: a testsuite per check family, a testcase per checked item, failures for errors and regressions', () => {
  const root = parseXml(toJunit(droppedIndexReport()));
  assert.equal(root.name, 'testsuites');
  const suites = suitesOf(root);
  assert.deepEqual([...suites.keys()], ['migrations', 'schema', 'data-tests', 'performance', 'baseline comparison']);
  for (const suite of suites.values()) {
    assert.equal(Number(suite.attributes.tests), suite.children.length);
    assert.equal(Number(suite.attributes.failures), failing(suite).length);
    assert.ok(suite.children.every((c) => c.name === 'testcase' && c.attributes.classname && c.attributes.name));
  }
  assert.deepEqual(suites.get('migrations')!.children.map((c) => c.attributes.name), ['db/migrations/0001_orders.sql', 'db/migrations/0002_drop_index.sql']);
  assert.deepEqual(failing(suites.get('data-tests')!), ['no negative totals']);
  assert.deepEqual(failing(suites.get('performance')!), ['orders by customer']);
  const comparison = suites.get('baseline comparison')!;
  assert.deepEqual(failing(comparison), ['query.orders-by-customer.blocks', 'query.orders-by-customer.time']);
  const blocks = comparison.children[0]!.children[0]!;
  assert.match(blocks.attributes.message!, /4 → 2,273 blocks .*Index Scan using orders_customer_id_idx on orders → Seq Scan on orders/);
  const notGated = comparison.children.find((c) => c.attributes.name === 'query.customer-by-email.time')!;
  assert.equal(notGated.children.find((c) => c.name === 'skipped')?.attributes.message, 'time is not gated on PGlite');
  // A warning is not a failure; it is there to read.
  const schema = suites.get('schema')!;
  assert.deepEqual(failing(schema), []);
  assert.match(schema.children[0]!.children.find((c) => c.name === 'system-out')!.text, /foreign-key-without-index/);
  assert.equal(Number(root.attributes.failures), 4);
});

test('JUnit: migrations not run are skipped; no baseline is one skipped case', () => {
  const report = droppedIndexReport();
  report.migrations[0] = { ...report.migrations[0]!, status: 'failed', error: { line: 3, code: '42601', message: 'syntax error' } };
  report.migrations[1] = { ...report.migrations[1]!, status: 'not-run' };
  report.comparison = { against: 'none', metrics: [], environmentDiffers: [], note: 'No baseline yet.' };
  const suites = suitesOf(parseXml(toJunit(report)));
  const [failed, notRun] = suites.get('migrations')!.children;
  assert.match(failed!.children[0]!.attributes.message!, /failed: syntax error \(42601\) at line 3/);
  assert.equal(notRun!.children[0]!.name, 'skipped');
  assert.equal(suites.get('migrations')!.attributes.skipped, '1');
  const [none] = suites.get('baseline comparison')!.children;
  assert.equal(none!.children[0]!.attributes.message, 'No baseline yet.');
});

test('JUnit: hostile text is escaped and characters XML forbids are dropped', () => {
  const report = droppedIndexReport();
  report.suite = HOSTILE;
  report.migrations[0]!.file = HOSTILE;
  report.dataTests[1]!.name = HOSTILE;
  report.queries[0]!.name = HOSTILE;
  report.queries[0]!.shape = HOSTILE;
  report.findings.push({ check: 'schema', rule: HOSTILE, severity: 'error', message: HOSTILE, subject: HOSTILE, location: { file: HOSTILE, line: 1 } });
  report.comparison.metrics[0]!.key = HOSTILE;
  report.comparison.metrics[0]!.detail = { base: HOSTILE, head: 'Seq Scan' };
  const xml = toJunit(report);
  const root = parseXml(xml);
  const shown = `a & b < c > d "e" 'f' ]]> <!-- x -->  tab\tok  @octocat`;
  assert.equal(suitesOf(root).get('migrations')!.children[0]!.attributes.name, shown);
  assert.equal(suitesOf(root).get('baseline comparison')!.children[0]!.attributes.name, shown);
  assert.ok(failing(suitesOf(root).get('schema')!).includes(`${shown}: ${shown}`));
});

test('SARIF 2.1.0: version, schema, driver, rules for every result, locations and baseline state', () => {
  const report = droppedIndexReport();
  report.findings.push({ check: 'constraints', rule: 'not-yet-available', severity: 'notice', message: 'not yet' });
  report.findings.push({ check: 'migrations', rule: 'index-without-concurrently', severity: 'warning', message: 'lock', origin: 'new', location: { file: './db/migrations/0003 add index.sql', line: 2 } });
  const sarif = toSarif(report);
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.equal(sarif.runs.length, 1);
  const [run] = sarif.runs;
  assert.equal(run!.tool.driver.name, 'Sluice');
  const ruleIds = run!.tool.driver.rules.map((r) => r.id);
  assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
  for (const rule of run!.tool.driver.rules) assert.ok(rule.shortDescription.text && rule.help.text);
  assert.equal(run!.results.length, report.findings.length);
  for (const result of run!.results) {
    assert.ok(ruleIds.includes(result.ruleId), `${result.ruleId} is not among the rules`);
    assert.equal(run!.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text);
  }
  const [seqScan, fk, notice, concurrently] = run!.results;
  assert.deepEqual(seqScan!.locations, [{ physicalLocation: { artifactLocation: { uri: 'sluice.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 14 } } }]);
  assert.equal(seqScan!.baselineState, 'new');
  assert.equal(fk!.baselineState, 'unchanged');
  assert.equal(notice!.level, 'note');
  assert.equal(notice!.locations, undefined);
  assert.equal(concurrently!.locations![0]!.physicalLocation.artifactLocation.uri, 'db/migrations/0003%20add%20index.sql');
  // It survives a JSON round trip (that is how it is written).
  assert.deepEqual(JSON.parse(JSON.stringify(sarif)), sarif);
});

test('report.json version 2 keeps version 1 and adds suite, comparison, data tests and environment', () => {
  const report: GateReport = droppedIndexReport();
  report.metrics = [{ key: 'query.orders-by-customer.time', unit: 'ms', kind: 'time', direction: 'lower', samples: [3.14159, 3.2, 3.3] }];
  const json = JSON.parse(JSON.stringify(toJsonReport(report)));
  assert.equal(json.version, 2);
  for (const v1 of ['verdict', 'engine', 'findings', 'metrics', 'migrations']) assert.ok(v1 in json, `${v1} is kept from version 1`);
  assert.deepEqual(json.metrics[0], { key: 'query.orders-by-customer.time', unit: 'ms', kind: 'time', direction: 'lower', value: 3.2, samples: [3.142, 3.2, 3.3] });
  assert.equal(json.suite, 'shop');
  assert.equal(json.environment.engineVersion, '16.4');
  assert.equal(json.dataTests.length, 2);
  assert.equal(json.comparison.against, 'base-branch');
  assert.deepEqual(json.comparison.metrics.map((m: { status: string }) => m.status), ['regression', 'regression', 'improvement', 'unchanged', 'added', 'not-gated']);
  assert.deepEqual(json.findings.map((f: { origin: string; subject: string }) => [f.origin, f.subject]), [['new', 'query orders by customer'], ['existing', 'table order_items']]);
});
