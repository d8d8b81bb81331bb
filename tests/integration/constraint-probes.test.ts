// Constraint probes on real servers: every declared constraint of the example shop is proved
// enforced on each engine, the ways a constraint stops being enforced are caught (a MyISAM
// table, a disabled trigger, a dropped CHECK), the project's own probes run, and nothing a
// probe writes survives.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { startServer, type Engine } from '../../src/engines/index.js';
import { probeConstraints } from '../../src/checks/constraints/index.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const EXAMPLE = 'examples/shop/sluice.yml';
const engines = [
  { name: 'pglite', url: () => 'pglite' },
  { name: 'postgresql', url: postgresUrl },
  { name: 'mariadb', url: mysqlUrl },
] as const;
const metric = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key)?.value;
const constraintFindings = (report: GateReport) => report.findings.filter((f) => f.check === 'constraints');

for (const e of engines) {
  test(`every constraint of the example shop is enforced on ${e.name}`, async () => {
    const report = await runGate({ configFile: EXAMPLE, engine: e.url(), compare: 'none' });
    assert.equal(report.verdict, 'pass');
    assert.deepEqual(constraintFindings(report).map((f) => f.message), []);
    const probed = metric(report, 'constraints.probed')!;
    assert.ok(probed >= 50, `probed ${probed}`);
    assert.equal(metric(report, 'constraints.enforced'), probed);
  });
}

// A small schema with one of each constraint, a trigger, and rows inserted by hand.
const SCHEMA = {
  postgres: [
    `CREATE TABLE parents (id serial PRIMARY KEY, code text NOT NULL UNIQUE)`,
    `CREATE TABLE children (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id int NOT NULL REFERENCES parents (id),
       qty int NOT NULL CONSTRAINT children_qty_check CHECK (qty BETWEEN 1 AND 9), label varchar(10) CHECK (label <> ''),
       CONSTRAINT children_label_shape CHECK (upper(label) = label))`,
    `CREATE TABLE audit (id serial PRIMARY KEY, child_id bigint NOT NULL)`,
    `CREATE FUNCTION audit_child() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (child_id) VALUES (NEW.id); RETURN NEW; END $$`,
    `CREATE TRIGGER children_audit AFTER INSERT ON children FOR EACH ROW EXECUTE FUNCTION audit_child()`,
    `INSERT INTO parents (code) VALUES ('a'), ('b'), ('c')`,
    `INSERT INTO children (parent_id, qty, label) VALUES (1, 1, 'X'), (2, 5, NULL), (3, 9, 'Z')`,
  ],
  mysql: [
    `CREATE TABLE parents (id int AUTO_INCREMENT PRIMARY KEY, code varchar(20) NOT NULL UNIQUE) ENGINE=InnoDB`,
    `CREATE TABLE children (id bigint AUTO_INCREMENT PRIMARY KEY, parent_id int NOT NULL, qty int NOT NULL, label varchar(10),
       CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES parents (id),
       CONSTRAINT children_qty_check CHECK (qty BETWEEN 1 AND 9), CONSTRAINT children_label_check CHECK (label <> ''),
       CONSTRAINT children_label_shape CHECK (upper(label) = label)) ENGINE=InnoDB`,
    `CREATE TABLE audit (id int AUTO_INCREMENT PRIMARY KEY, child_id bigint NOT NULL) ENGINE=InnoDB`,
    `CREATE TRIGGER children_audit AFTER INSERT ON children FOR EACH ROW INSERT INTO audit (child_id) VALUES (NEW.id)`,
    `INSERT INTO parents (code) VALUES ('a'), ('b'), ('c')`,
    `INSERT INTO children (parent_id, qty, label) VALUES (1, 1, 'X'), (2, 5, NULL), (3, 9, 'Z')`,
  ],
};

/** Every table's rows, and the next generated ids, hashed. */
async function checksum(engine: Engine): Promise<string> {
  const hash = createHash('sha256');
  for (const table of ['parents', 'children', 'audit']) {
    hash.update(JSON.stringify(await engine.query(`SELECT * FROM ${table} ORDER BY id`)));
  }
  hash.update(JSON.stringify(engine.dialect === 'postgres'
    ? await engine.query('SELECT sequencename, last_value::text FROM pg_sequences ORDER BY sequencename')
    : await engine.query(`SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`, [engine.database])));
  return hash.digest('hex');
}

const here = (path: readonly (string | number)[]) => ({ file: 'sluice.yml', line: path.length });

for (const e of engines) {
  describe(`probes on a hand-made schema on ${e.name}`, () => {
    test('every constraint is probed, user probes run, an uninvertible CHECK says why, and nothing survives', async () => {
      const server = await startServer({ engine: e.url(), origin: 'test' });
      try {
        const engine = await server.createScratch('probe');
        for (const sql of SCHEMA[engine.dialect]) await engine.exec(sql);
        if (engine.dialect === 'mysql') await engine.exec('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
        const before = await checksum(engine);
        const result = await probeConstraints(engine, await engine.introspect(), {
          probe: true,
          reject: [
            { name: 'zero quantity', sql: 'INSERT INTO children (parent_id, qty) VALUES (1, 0)', code: 'check-violation' },
            { sql: "INSERT INTO parents (code) VALUES ('a')", code: engine.dialect === 'postgres' ? 23505 : 1062 },
            { name: 'wrong code', sql: "INSERT INTO parents (code) VALUES ('b')", code: 'check-violation' },
            { name: 'is accepted', sql: "INSERT INTO parents (code) VALUES ('new')", code: 23505 },
          ],
          accept: [{ name: 'a plain child', sql: 'INSERT INTO children (parent_id, qty) VALUES (2, 3)' }, { name: 'too many', sql: 'INSERT INTO children (parent_id, qty) VALUES (2, 30)' }],
          triggers: [
            { name: 'audit written', after: 'INSERT INTO children (parent_id, qty) VALUES (1, 2)', expect: 'SELECT count(*) = 4 FROM audit' },
            { name: 'audit not written', after: "INSERT INTO parents (code) VALUES ('zz')", expect: 'SELECT count(*) = 4 FROM audit' },
          ],
        }, here);
        assert.equal(await checksum(engine), before, 'a probe left something behind');

        const status = (subject: string) => result.probes.find((p) => p.subject === subject)?.status;
        assert.equal(status('primary key on parents'), 'passed');
        assert.equal(status(`unique constraint ${engine.dialect === 'postgres' ? 'parents_code_key' : 'code'} on parents`), 'passed');
        assert.equal(status(`foreign key ${engine.dialect === 'postgres' ? 'children_parent_id_fkey' : 'children_parent_fkey'} on children`), 'passed');
        assert.equal(status('not null children.qty'), 'passed');
        assert.equal(status('check constraint children_qty_check on children'), 'passed');
        assert.equal(status('check constraint children_label_check on children'), 'passed');
        const shape = result.probes.find((p) => p.subject === 'check constraint children_label_shape on children');
        assert.equal(shape?.status, 'not-probed');
        assert.match(shape.detail, /cannot invert (upper|ucase)\(label\) = label/i);
        assert.ok(result.findings.some((f) => f.rule === 'not-probed' && f.severity === 'notice' && /children_label_shape/.test(f.message)));

        const user = result.findings.filter((f) => /probe-failed$/.test(f.rule)).map((f) => `${f.rule}: ${f.message}`);
        assert.equal(user.length, 4, user.join('\n'));
        assert.match(user.join('\n'), /reject-probe-failed: Reject probe "wrong code" failed with unique-violation/);
        assert.match(user.join('\n'), /reject-probe-failed: Reject probe "is accepted" was accepted/);
        assert.match(user.join('\n'), /accept-probe-failed: Accept probe "too many" was rejected/);
        assert.match(user.join('\n'), /trigger-probe-failed: Trigger probe "audit not written": after the write, its expectation returned/);
        assert.ok(result.findings.every((f) => f.rule !== 'constraint-not-enforced'));
        const probed = result.metrics.find((m) => m.key === 'constraints.probed')!.value!;
        assert.equal(result.metrics.find((m) => m.key === 'constraints.enforced')!.value, probed - 4);
      } finally {
        await server.close();
      }
    });
  });
}

test('a MyISAM table with a declared foreign key is reported on MariaDB', async () => {
  const config = await makeProject('migrations: { dir: migrations }\ndata: { rows: { parents: 5, notes: 10 } }\nchecks: { constraints: { probe: true } }\n', {
    '0001_parents.sql': 'CREATE TABLE parents (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n',
    '0002_notes.sql': 'CREATE TABLE notes (\n  id int AUTO_INCREMENT PRIMARY KEY,\n  parent_id int NOT NULL,\n  FOREIGN KEY (parent_id) REFERENCES parents (id)\n) ENGINE=MyISAM;\n',
  });
  const report = await runGate({ configFile: config, engine: mysqlUrl(), compare: 'none' });
  const finding = report.findings.find((f) => f.rule === 'constraint-not-enforced');
  assert.ok(finding, constraintFindings(report).map((f) => f.message).join('\n'));
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /REFERENCES parents on notes is declared but not enforced: notes uses MyISAM/);
  assert.match(finding.location?.file ?? '', /0002_notes\.sql$/);
  assert.equal(finding.location?.line, 4);
  assert.equal(report.verdict, 'fail');
});

test('a foreign key whose triggers a migration disabled is reported on PostgreSQL', async () => {
  const config = await makeProject('migrations: { dir: migrations, privileges: superuser }\ndata: { rows: { parents: 5, children: 10 } }\nchecks: { constraints: { probe: true } }\n', {
    '0001.sql': 'CREATE TABLE parents (id int PRIMARY KEY);\nCREATE TABLE children (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES parents (id));\nCREATE INDEX ON children (parent_id);\n',
    '0002_bulk_load.sql': '-- a bulk-load shortcut that was never undone\nALTER TABLE children DISABLE TRIGGER ALL;\n',
  });
  const report = await runGate({ configFile: config, engine: postgresAdminUrl(), compare: 'none' });
  const finding = report.findings.find((f) => f.rule === 'constraint-not-enforced');
  assert.ok(finding, constraintFindings(report).map((f) => f.message).join('\n'));
  assert.equal(finding.subject, 'foreign key children_parent_id_fkey on children');
  assert.match(finding.message, /FOREIGN KEY \(parent_id\) REFERENCES parents \(id\) on children is declared but not enforced: a row with parent_id = \d+ \(no parents row has it\) was accepted/);
  assert.equal(report.verdict, 'fail');
});

test('a CHECK dropped by a later migration is reported at the DROP and not probed', async () => {
  const config = await makeProject('migrations: { dir: migrations }\ndata: { rows: { products: 20 } }\nchecks: { constraints: { probe: true } }\n', {
    '0001.sql': 'CREATE TABLE products (\n  id int PRIMARY KEY,\n  price numeric NOT NULL,\n  CONSTRAINT products_price_check CHECK (price > 0)\n);\n',
    '0002.sql': '-- prices may be negative now (refunds)\nALTER TABLE products DROP CONSTRAINT products_price_check;\n',
  });
  const report = await runGate({ configFile: config, engine: 'pglite', compare: 'none' });
  const dropped = report.findings.filter((f) => f.rule === 'check-dropped');
  assert.equal(dropped.length, 1);
  assert.equal(dropped[0]!.severity, 'warning');
  assert.equal(dropped[0]!.subject, 'check constraint products_price_check on products');
  assert.match(dropped[0]!.message, /declared at .*0001\.sql:4, is dropped by a later migration/);
  assert.match(dropped[0]!.location?.file ?? '', /0002\.sql$/);
  assert.equal(dropped[0]!.location?.line, 2);
  assert.ok(!report.findings.some((f) => f.rule === 'constraint-not-enforced'));
  assert.equal(report.verdict, 'pass');
});
