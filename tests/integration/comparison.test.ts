// The baseline stage through runGate, on every engine: the base branch built in the same run
// (from a real git repository), the stored baseline when the base cannot be built, findings
// split into new and existing, and regressions accepted on purpose.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { shopRepository } from '../support/git-repo.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const statuses = (report: GateReport, status: string) => report.comparison.metrics.filter((m) => m.status === status).map((m) => m.key);

// A dropped index one of the example's queries relies on, in each dialect (on MySQL the
// orders index also serves a foreign key, so it cannot go; the price index can).
const DROP_INDEX = {
  postgres: { file: 'migrations/postgres/0008_drop_index.sql', sql: 'DROP INDEX orders_customer_id_idx;\n', query: 'customer-order-summary' },
  mysql: { file: 'migrations/mysql/0008_drop_index.sql', sql: 'DROP INDEX products_price_idx ON products;\n', query: 'price-range-search' },
} as const;

const engines = [
  { name: 'PGlite', engine: () => 'pglite', dialect: 'postgres' as const, work: 'blocks' },
  { name: 'PostgreSQL', engine: postgresUrl, dialect: 'postgres' as const, work: 'blocks' },
  { name: 'MariaDB', engine: mysqlUrl, dialect: 'mysql' as const, work: 'rows-read' },
];

for (const e of engines) {
  describe(`comparison with the base branch on ${e.name}`, () => {
    test('a dropped index is a work regression with the plan change; the gate fails', async () => {
      const repo = await shopRepository();
      const drop = DROP_INDEX[e.dialect];
      await repo.commit('drop an index', { [drop.file]: drop.sql });
      const report = await runGate({ configFile: path.join(repo.dir, 'sluice.yml'), engine: e.engine(), base: 'main' });
      assert.equal(report.comparison.against, 'base-branch');
      assert.equal(report.verdict, 'fail');
      const regression = report.comparison.metrics.find((m) => m.key === `query.${drop.query}.${e.work}`);
      assert.equal(regression?.status, 'regression', JSON.stringify(report.comparison.metrics.filter((m) => m.status !== 'unchanged')));
      assert.ok(regression.head! > regression.base!);
      assert.notEqual(regression.detail?.base, regression.detail?.head);
      // Nothing else the pull request did not touch moved.
      assert.deepEqual(statuses(report, 'regression').filter((key) => !key.startsWith(`query.${drop.query}.`)), []);
    });

    test('an unchanged pull request has no regressions, and findings already on main are existing', async () => {
      const repo = await shopRepository();
      await repo.commit('docs', { 'README.md': 'no database change\n' });
      const report = await runGate({ configFile: path.join(repo.dir, 'sluice.yml'), engine: e.engine(), base: 'main' });
      assert.equal(report.verdict, 'pass', report.findings.map((f) => f.message).join(' / '));
      assert.deepEqual(statuses(report, 'regression'), []);
      assert.ok(report.comparison.metrics.length > 20);
      assert.ok(report.findings.every((f) => f.origin === 'existing'), JSON.stringify(report.findings.map((f) => [f.rule, f.origin])));
    });
  });
}

test('a finding the pull request introduces is new and fails the gate; the one on main is existing', async () => {
  const repo = await shopRepository();
  await repo.commit('a table without a primary key', { 'migrations/postgres/0008_log.sql': 'CREATE TABLE event_log (at timestamptz, what text);\n' });
  const report = await runGate({ configFile: path.join(repo.dir, 'sluice.yml'), engine: 'pglite', base: 'main' });
  const origin = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.origin);
  assert.deepEqual(origin('missing-primary-key'), ['new']);
  assert.deepEqual(origin('foreign-key-without-index'), ['existing']);
  assert.equal(report.verdict, 'fail');
});

test('a regression accepted by the pull-request label is a notice and the gate passes', async () => {
  const repo = await shopRepository();
  await repo.commit('drop an index', { [DROP_INDEX.postgres.file]: DROP_INDEX.postgres.sql });
  const report = await runGate({ configFile: path.join(repo.dir, 'sluice.yml'), engine: 'pglite', base: 'main', labels: ['sluice:accept'], labelAuthors: { 'sluice:accept': 'octocat' } });
  const regression = report.comparison.metrics.find((m) => m.key === 'query.customer-order-summary.blocks');
  assert.equal(regression?.status, 'regression');
  assert.equal(regression?.accepted?.by, 'label sluice:accept (added by @octocat)');
  assert.equal(report.verdict, 'pass');
});

test('a base branch without sluice.yml falls back to the stored baseline, and says so', async () => {
  const repo = await shopRepository();
  const config = await readFile(path.join(repo.dir, 'sluice.yml'), 'utf8');
  await repo.git('rm', '-q', 'sluice.yml');
  const base = await repo.commit('no config on this commit', {});
  await repo.commit('config back', { 'sluice.yml': config });
  const report = await runGate({ configFile: path.join(repo.dir, 'sluice.yml'), engine: 'pglite', base });
  assert.notEqual(report.comparison.against, 'base-branch');
  assert.match(report.comparison.note ?? '', /base branch has no sluice\.yml/);
  assert.equal(report.verdict, 'pass');
});
