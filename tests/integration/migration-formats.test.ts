// The whole gate on each tool's fixture folder: detected, applied in the tool's order, and the
// tool's own bookkeeping table created and filled so migrations (and verify scripts) that read
// it work. PGlite and PostgreSQL run the postgres fixtures, MariaDB the mysql ones.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runGate } from '../../src/gate.js';
import { tempFolder } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const fixtures = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url));

interface Case {
  order: string[];
  /** Each query must return no rows (a data test). */
  expect: string[];
}

const FLYWAY_ORDER = ['V1__create_products.sql', 'V1.1__add_attr_1.sql', 'V1_2__add_attr_2.sql', 'V1.3__add_attr_3.sql', 'V1_4__add_attr_4.sql', 'V1.5__add_attr_5.sql', 'V1_6__add_attr_6.sql', 'V1.7__add_attr_7.sql', 'V1_8__add_attr_8.sql', 'V1_9__create_prices.sql', 'V1_10__prices_valid_from.sql', 'R__product_price_view.sql'];

const CASES: Record<'postgres' | 'mysql', Record<string, Case>> = {
  postgres: {
    'golang-migrate': {
      order: ['1_create_customers.up.sql', '2_create_orders.up.sql', '9_create_schema_audit.up.sql', '10_backfill_order_status.up.sql'],
      expect: ['select 1 where (select count(*) from schema_migrations where version = 10 and not dirty) <> 1', 'select 1 where (select count(*) from schema_migrations) <> 1', 'select 1 where (select version from schema_audit) <> 10'],
    },
    goose: {
      order: ['00001_create_accounts.sql', '00002_touch_updated_at.sql', '00003_accounts_name_index.sql', '00005_account_versions.sql'],
      expect: ["select 1 where (select string_agg(version_id::text, ',' order by id) from goose_db_version) <> '0,1,2,3,5'", 'select 1 where (select reshaped_at_version from account_schema) <> 3'],
    },
    flyway: {
      order: FLYWAY_ORDER,
      expect: [
        'select 1 where (select count(*) from flyway_schema_history where success) <> 12',
        "select 1 where (select installed_rank from flyway_schema_history where version = '1.10') <> 11",
        "select 1 where (select installed_rank from flyway_schema_history where version is null and script = 'R__product_price_view.sql' and description = 'product price view') <> 12",
        "select 1 where obj_description('products'::regclass) is distinct from 'Catalogue of Shop'",
        "select 1 where not exists (select 1 from products where sku = 'V1_10__prices_valid_from.sql')",
      ],
    },
    dbmate: {
      order: ['20240105093000_create_events.sql', '20240212141500_index_events_kind.sql', '20240301080000_event_retention.sql'],
      expect: ['select 1 where (select count(*) from schema_migrations) <> 3', "select 1 where (select since_version from event_retention) <> '20240212141500'", "select 1 where not exists (select 1 from pg_indexes where indexname = 'events_kind_idx')"],
    },
    prisma: {
      order: ['20240110120000_init', '20240215093000_add_posts'],
      expect: ["select 1 where (select count(*) from _prisma_migrations where finished_at is not null and applied_steps_count = 1 and length(checksum) = 64) <> 2"],
    },
    sqitch: {
      order: ['appschema', 'users', 'flips'],
      expect: [
        "select 1 where (select string_agg(change, ',' order by committed_at) from sqitch.changes where project = 'flipr') <> 'appschema,users,flips'",
        "select 1 where (select count(*) from sqitch.dependencies where type = 'require' and dependency_id is not null) <> 3",
        "select 1 where (select tag from sqitch.tags) <> '@v1.0.0-dev1'",
        'select 1 where (select count(*) from sqitch.events) <> 3',
      ],
    },
  },
  mysql: {
    'golang-migrate': {
      order: ['1_create_customers.up.sql', '2_create_orders.up.sql', '9_create_schema_audit.up.sql', '10_backfill_order_status.up.sql'],
      expect: ['select 1 where (select count(*) from schema_migrations where version = 10 and not dirty) <> 1', 'select 1 where (select version from schema_audit) <> 10'],
    },
    goose: {
      order: ['00001_create_accounts.sql', '00002_credit_procedure.sql', '00003_account_versions.sql'],
      expect: ["select 1 where (select group_concat(version_id order by id) from goose_db_version) <> '0,1,2,3'", 'select 1 where (select reshaped_at_version from account_schema) <> 2'],
    },
    flyway: {
      order: FLYWAY_ORDER,
      expect: ['select 1 where (select count(*) from flyway_schema_history where success) <> 12', "select 1 where (select installed_rank from flyway_schema_history where version = '1.10') <> 11"],
    },
    dbmate: {
      order: ['20240105093000_create_events.sql', '20240212141500_index_events_kind.sql', '20240301080000_event_retention.sql'],
      expect: ['select 1 where (select count(*) from schema_migrations) <> 3', "select 1 where (select since_version from event_retention) <> '20240212141500'"],
    },
    prisma: {
      order: ['20240110120000_init', '20240215093000_add_posts'],
      expect: ['select 1 where (select count(*) from _prisma_migrations where finished_at is not null and applied_steps_count = 1) <> 2'],
    },
    sqitch: {
      order: ['appschema', 'users', 'flips'],
      expect: ["select 1 where (select count(*) from sqitch_changes where project = 'flipr') <> 3", 'select 1 where (select count(*) from sqitch_events) <> 3'],
    },
  },
};

async function gateOn(format: string, dialect: 'postgres' | 'mysql', engine: string, expected: Case) {
  const dataTests = expected.expect.map((sql) => `    - sql: ${JSON.stringify(sql)}`).join('\n');
  const config = `migrations:\n  dir: ${JSON.stringify(path.join(fixtures, format, dialect))}\n  placeholders:\n    app_name: Shop\nchecks:\n  data-tests:\n${dataTests}\n`;
  const dir = await tempFolder({ 'sluice.yml': config });
  const report = await runGate({ configFile: path.join(dir, 'sluice.yml'), engine });
  const problems = report.findings.filter((f) => f.rule === 'migration-failed' || f.rule === 'migration-refused' || f.check === 'data-tests');
  assert.deepEqual(problems.map((f) => f.message), []);
  assert.deepEqual(report.migrations.map((m) => [m.name, m.status]), expected.order.map((name) => [name, 'applied']));
  assert.equal(report.dataTests.length, expected.expect.length);
  assert.ok(report.dataTests.every((t) => t.passed));
}

for (const [label, dialect, engine] of [['PGlite', 'postgres', () => 'pglite'], ['PostgreSQL', 'postgres', postgresUrl], ['MariaDB', 'mysql', mysqlUrl]] as const) {
  describe(`each tool's folder on ${label}`, () => {
    for (const [format, expected] of Object.entries(CASES[dialect])) {
      test(format, () => gateOn(format, dialect, engine(), expected));
    }
  });
}

describe('a failing sqitch verify script fails its change', () => {
  test('on PGlite, naming the verify file and line', async () => {
    const dir = await tempFolder({
      'sluice.yml': 'migrations:\n  dir: db\n',
      'db/sqitch.plan': '%project=p\nwidgets 2024-01-01T00:00:00Z Ann <ann@example.com>\n',
      'db/deploy/widgets.sql': 'BEGIN;\nCREATE TABLE widgets (id int PRIMARY KEY);\nCOMMIT;\n',
      'db/verify/widgets.sql': '-- the column the change forgot\nSELECT id, colour FROM widgets WHERE FALSE;\n',
    });
    const report = await runGate({ configFile: path.join(dir, 'sluice.yml'), engine: 'pglite' });
    assert.equal(report.verdict, 'fail');
    assert.deepEqual(report.migrations.map((m) => m.status), ['failed']);
    const failed = report.findings.find((f) => f.rule === 'migration-failed');
    assert.match(failed?.message ?? '', /verify script .*verify\/widgets\.sql:2: column "colour" does not exist/);
  });
});
