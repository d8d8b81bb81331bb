// The whole gate on migration files that try to leave the scratch database, carry pg_dump's
// inline COPY data, or cannot be read: on PGlite, PostgreSQL and MariaDB.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { runGate, type GateReport } from '../../src/gate.js';
import { ConfigError } from '../../src/errors.js';
import { makeProject } from '../support/project.js';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlAdminUrl, mysqlUrl, postgresAdminUrl, postgresUrl } from '../support/urls.js';

const CONFIG = 'migrations:\n  dir: migrations\n';

async function gate(migrations: Record<string, string>, engine: string, config = CONFIG): Promise<GateReport> {
  return runGate({ configFile: await makeProject(config, migrations), engine });
}

/** The one migration-refused finding, checked for file:line and the sentence. */
function refusal(report: GateReport, file: string, line: number, message: RegExp) {
  assert.equal(report.verdict, 'fail');
  const finding = report.findings.find((f) => f.rule === 'migration-refused');
  assert.ok(finding, `expected migration-refused, got ${report.findings.map((f) => f.rule).join(', ')}`);
  assert.equal(finding.severity, 'error');
  assert.match(finding.location?.file ?? '', new RegExp(`migrations/${file.replace('.', '\\.')}$`));
  assert.equal(finding.location?.line, line);
  assert.match(finding.message, message);
  assert.ok(report.migrations.every((m) => m.status === 'refused' || m.status === 'not-run'), 'no migration may run');
}

describe('a decoy database beside the scratch database survives every refused migration', () => {
  const decoy = `decoy_${randomBytes(4).toString('hex')}`;

  describe('on PostgreSQL', () => {
    const admin = () => new pg.Client({ connectionString: postgresAdminUrl() });
    const decoyRows = async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl().replace(/\/[^/?]*(\?|$)/, `/${decoy}$1`) });
      await client.connect();
      try {
        return (await client.query('SELECT note FROM keep')).rows.map((r) => r.note);
      } finally {
        await client.end();
      }
    };
    before(async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${decoy}`);
      await client.end();
      const inside = new pg.Client({ connectionString: postgresAdminUrl().replace(/\/[^/?]*(\?|$)/, `/${decoy}$1`) });
      await inside.connect();
      await inside.query("CREATE TABLE keep (note text); INSERT INTO keep VALUES ('untouched')");
      await inside.end();
    });
    after(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${decoy} WITH (FORCE)`);
      await client.end();
    });

    const cases: [string, Record<string, string>, string, number, RegExp][] = [
      ['DROP DATABASE', { '0001_ok.sql': 'CREATE TABLE a (id int);\n', '0002_drop.sql': `-- clean slate\nDROP DATABASE IF EXISTS ${decoy};\n` }, '0002_drop.sql', 2, /^Migration 0002_drop\.sql was refused: DROP DATABASE addresses the server, not the scratch database Sluice made for this run; remove it \(Sluice creates and drops the database itself\)\. No migration was run\.$/],
      ['\\c into it', { '0001_connect.sql': `CREATE TABLE a (id int);\n\\c ${decoy}\nDROP TABLE keep;\n` }, '0001_connect.sql', 2, /`\\c` is a psql command that switches to another database/],
      ['\\connect plus \\gexec', { '0001_a.sql': `\\connect ${decoy}\nSELECT 'DROP TABLE keep'\n\\gexec\n` }, '0001_a.sql', 1, /`\\connect`/],
      ['ALTER DATABASE', { '0001_a.sql': `ALTER DATABASE ${decoy} RENAME TO gone;` }, '0001_a.sql', 1, /ALTER DATABASE addresses the server/],
    ];
    for (const [name, migrations, file, line, message] of cases) {
      test(name, async () => {
        const report = await gate(migrations, postgresUrl());
        refusal(report, file, line, message);
        assert.deepEqual(await decoyRows(), ['untouched']);
        assert.deepEqual(await scratchDatabasesOnPostgres(), []);
      });
    }

    test('every refused file is reported, the others are not run', async () => {
      const report = await gate({ '0001_a.sql': 'CREATE TABLE a (id int);', '0002_b.sql': `DROP DATABASE ${decoy};`, '0003_c.sql': 'CREATE TABLE c (id int);', '0004_d.sql': `SELECT 1;\n\n\\i evil.sql` }, postgresUrl());
      assert.deepEqual(report.migrations.map((m) => m.status), ['not-run', 'refused', 'not-run', 'refused']);
      assert.deepEqual(report.migrations.map((m) => m.error && `${m.error.code}@${m.error.line}`), [undefined, 'refused@1', undefined, 'refused@3']);
      assert.deepEqual(report.findings.map((f) => `${f.rule} ${f.location?.file.split('/').pop()}:${f.location?.line}`), ['migration-refused 0002_b.sql:1', 'migration-refused 0004_d.sql:3']);
      assert.deepEqual(await decoyRows(), ['untouched']);
    });
  });

  describe('on MariaDB', () => {
    const decoyRows = async () => {
      const connection = await mysql.createConnection(mysqlAdminUrl());
      try {
        const [rows] = await connection.query<mysql.RowDataPacket[]>(`SELECT note FROM \`${decoy}\`.keep`);
        return rows.map((r) => r.note as string);
      } finally {
        await connection.end();
      }
    };
    before(async () => {
      const connection = await mysql.createConnection({ uri: mysqlAdminUrl(), multipleStatements: true });
      await connection.query(`CREATE DATABASE \`${decoy}\`; CREATE TABLE \`${decoy}\`.keep (note text); INSERT INTO \`${decoy}\`.keep VALUES ('untouched')`);
      await connection.end();
    });
    after(async () => {
      const connection = await mysql.createConnection(mysqlAdminUrl());
      await connection.query(`DROP DATABASE IF EXISTS \`${decoy}\``);
      await connection.end();
    });

    const sample = `DROP SCHEMA IF EXISTS ${decoy};\nCREATE SCHEMA ${decoy};\nUSE ${decoy};\n\nCREATE TABLE keep (id int);\n`;
    const cases: [string, Record<string, string>, string, number, RegExp][] = [
      ['a sample schema that rebuilds it (DROP SCHEMA, CREATE SCHEMA, USE)', { '0001_init.sql': sample }, '0001_init.sql', 1, /^Migration 0001_init\.sql was refused: DROP SCHEMA addresses the server, not the scratch database Sluice made for this run \(on MySQL a schema is a database\); remove it/],
      ['USE it, then DROP TABLE', { '0001_a.sql': 'CREATE TABLE a (id int);\n', '0002_b.sql': `USE \`${decoy}\`;\nDROP TABLE keep;\n` }, '0002_b.sql', 1, /USE switches to another database/],
      ['DROP DATABASE in a versioned comment', { '0001_a.sql': `/*!40000 DROP DATABASE \`${decoy}\` */;\n` }, '0001_a.sql', 1, /DROP DATABASE addresses/],
      ['the mysql client\'s \\u', { '0001_a.sql': `\\u ${decoy}\nDROP TABLE keep;\n` }, '0001_a.sql', 1, /`\\u` is a mysql client command/],
    ];
    for (const [name, migrations, file, line, message] of cases) {
      test(name, async () => {
        const report = await gate(migrations, mysqlUrl());
        refusal(report, file, line, message);
        assert.deepEqual(await decoyRows(), ['untouched']);
        assert.deepEqual(await scratchDatabasesOnMysql(), []);
      });
    }
  });

  test('on PGlite', async () => {
    const report = await gate({ '0001_a.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n', '0002_b.sql': 'CREATE DATABASE other;\n' }, 'pglite');
    refusal(report, '0002_b.sql', 1, /CREATE DATABASE addresses the server/);
  });
});

// A pg_dump-style migration: COPY blocks with types that need the target column to parse.
const DUMP = [
  'CREATE TABLE public.items (', // 1
  '    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,', // 2
  '    name text NOT NULL,', // 3
  '    price numeric(8,2),', // 4
  '    active boolean,', // 5
  '    added date,', // 6
  '    tags text[],', // 7
  '    attrs jsonb,', // 8
  '    raw bytea', // 9
  ');', // 10
  '', // 11
  '--', // 12
  '-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -', // 13
  '--', // 14
  '', // 15
  'COPY public.items (id, name, price, active, added, tags, attrs, raw) FROM stdin;', // 16
  '1\tplain; with a semicolon\t9.99\tt\t2024-02-29\t{a,b}\t{"k": 1}\t\\\\x00ff', // 17
  '2\ttab\\there, new\\nline, back\\\\slash\t\\N\tf\t\\N\t{}\t\\N\t\\N', // 18
  '3\tcaf\\303\\251 \\xc3\\xa9\t0.5\t\\N\t1999-12-31\t{"x y"}\t[1, 2]\t\\\\x', // 19
  '\\.', // 20
  '', // 21
  "SELECT pg_catalog.setval('public.items_id_seq', 3, true);", // 22
  '', // 23
  'CREATE TABLE public.empty (id int PRIMARY KEY);', // 24
  'COPY public.empty (id) FROM stdin;', // 25
  '\\.', // 26
  'CREATE TABLE nocols (a int PRIMARY KEY, b text);', // 27
  'COPY nocols FROM stdin;', // 28
  '7\tseven', // 29
  '\\.', // 30
].join('\n');

const EXPECTED = [
  "(id, name, price, active, added, tags, attrs, encode(raw, 'hex')) IS DISTINCT FROM (1, 'plain; with a semicolon', 9.99, true, date '2024-02-29', '{a,b}'::text[], '{\"k\": 1}'::jsonb, '00ff')",
  "(id, name, price, active, added, tags, attrs, raw) IS DISTINCT FROM (2, E'tab\\there, new\\nline, back\\\\slash', NULL, false, NULL, '{}'::text[], NULL, NULL)",
  "(id, name, price, active, added, tags, attrs, encode(raw, 'hex')) IS DISTINCT FROM (3, 'café é', 0.5, NULL, date '1999-12-31', '{\"x y\"}'::text[], '[1, 2]'::jsonb, '')",
];
const COPY_CONFIG = `${CONFIG}checks:
  data-tests:
    - name: three rows
      sql: select count(*) from items having count(*) <> 3
    - name: the rows as written
      sql: select * from items where (id = 1 and ${EXPECTED[0]}) or (id = 2 and ${EXPECTED[1]}) or (id = 3 and ${EXPECTED[2]})
    - name: sequence after the dump
      sql: select 1 where nextval('items_id_seq') <> 4
    - name: no columns listed
      sql: select * from nocols where (a, b) is distinct from (7, 'seven')
    - sql: select * from empty
`;

for (const [name, engine] of [['PGlite', () => 'pglite'], ['PostgreSQL', postgresUrl]] as const) {
  describe(`inline COPY data on ${name}`, () => {
    test('is inserted as psql would, with every type and escape intact', async () => {
      const report = await gate({ '0001_dump.sql': DUMP }, engine(), COPY_CONFIG.replace(/^( +sql: )(.*)$/gm, (_, key: string, sql: string) => `${key}${JSON.stringify(sql)}`));
      assert.deepEqual(report.findings.filter((f) => f.severity === 'error'), []);
      assert.equal(report.verdict, 'pass');
      assert.deepEqual(report.migrations.map((m) => [m.status, m.statements]), [['applied', 7]]);
      assert.equal(report.metrics.find((m) => m.key === 'data-tests.passed')?.value, 5);
    });

    test('a bad value points at its data line with the engine\'s code', async () => {
      const sql = DUMP.replace('3\tcaf', 'three\tcaf');
      const report = await gate({ '0001_dump.sql': sql }, engine());
      const finding = report.findings.find((f) => f.rule === 'migration-failed');
      assert.equal(report.verdict, 'fail');
      assert.equal(finding?.location?.line, 19);
      assert.match(finding?.message ?? '', /COPY data: invalid input syntax for type integer: "three" \(22P02\)/);
    });

    test('a row with a missing field points at its line', async () => {
      const report = await gate({ '0001_dump.sql': DUMP.replace('7\tseven', '7') }, engine());
      const finding = report.findings.find((f) => f.rule === 'migration-failed');
      assert.equal(finding?.location?.line, 29);
      assert.match(finding?.message ?? '', /missing data for column 2: the row has 1 tab-separated fields, the COPY expects 2 \(22P04\)/);
    });

    test('a row breaking a constraint after a full batch is found on its line, and statements after COPY keep their lines', async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => `${i}\tn${i}`);
      rows[1700] = '5\tduplicate';
      const sql = ['CREATE TABLE t (id int PRIMARY KEY, name text);', 'COPY t (id, name) FROM stdin;', ...rows, '\\.', 'CREATE TABLEX broken (id int);'].join('\n');
      const report = await gate({ '0001_a.sql': sql }, engine());
      const finding = report.findings.find((f) => f.rule === 'migration-failed');
      assert.equal(finding?.location?.line, 3 + 1700);
      assert.match(finding?.message ?? '', /23505/);
      const afterCopy = await gate({ '0001_a.sql': sql.replace('5\tduplicate', '1700\tfine') }, engine());
      const syntax = afterCopy.findings.find((f) => f.rule === 'migration-failed');
      assert.equal(syntax?.location?.line, 2 + 2500 + 2);
      assert.match(syntax?.message ?? '', /42601/);
    });

    test('a COPY with no data after it is refused instead of waiting forever', async () => {
      const report = await gate({ '0001_a.sql': 'CREATE TABLE t (id int);\nCOPY t (id) FROM stdin;\n' }, engine());
      refusal(report, '0001_a.sql', 2, /COPY … FROM stdin has no inline data ending in a `\\.` line/);
    });

    test('CSV inline data is refused with its line', async () => {
      const report = await gate({ '0001_a.sql': 'CREATE TABLE t (id int);\n\ncopy t from stdin with csv;\n1\n\\.\n' }, engine());
      refusal(report, '0001_a.sql', 3, /COPY … FROM stdin with csv is not supported/);
    });
  });
}

test('COPY in a file that cannot run in a transaction still finds the failing line', async () => {
  const sql = ['CREATE TABLE t (id int PRIMARY KEY);', 'CREATE INDEX CONCURRENTLY t_id ON t (id);', 'COPY t (id) FROM stdin;', '1', '2', '1', '\\.'].join('\n');
  const report = await runGate({ configFile: await makeProject(CONFIG, { '0001_a.sql': sql }), engine: postgresUrl() });
  assert.equal(report.findings.find((f) => f.rule === 'migration-failed')?.location?.line, 6);
});

test('discovery problems stop the run before a database starts (exit 2)', async () => {
  const config = await makeProject(CONFIG, { '0001_a.sql': 'SELECT 1;', 'init.sql': 'SELECT 2;' });
  await assert.rejects(runGate({ configFile: config, engine: postgresUrl() }), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.exitCode, 2);
    assert.match(error.message, /sluice\.yml:2:\d+ migrations\.dir: .*init\.sql does not follow the folder's naming/);
    return true;
  });
  assert.deepEqual(await scratchDatabasesOnPostgres(), []);
});
