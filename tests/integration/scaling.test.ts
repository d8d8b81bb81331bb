// Scaling classes through the whole pipeline (runGate) on every engine: an indexed lookup is
// constant or logarithmic, an unindexed filter linear (a warning at its sluice.yml line, an
// error past a declared expect.scaling); the exponents repeat exactly from run to run; the
// chart is in the markdown; every scaling database is dropped.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { renderMarkdown, toJsonReport, parseJsonReport } from '../../src/report/index.js';
import { execFile } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeProject, tempFolder } from '../support/project.js';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const engines = [
  // Each PGlite database is an instance of its own, the slowest to start: one run of two multiples there.
  { name: 'pglite', engine: () => 'pglite', leftovers: async () => [] as string[], twice: false, multiples: [1, 4] },
  { name: 'postgresql', engine: postgresUrl, leftovers: scratchDatabasesOnPostgres, twice: true, multiples: [1, 2, 4] },
  { name: 'mariadb', engine: mysqlUrl, leftovers: scratchDatabasesOnMysql, twice: true, multiples: [1, 2, 4] },
] as const;

const MIGRATIONS = {
  'postgres/0001_people.sql': 'CREATE TABLE people (id int PRIMARY KEY, email text NOT NULL UNIQUE, city text NOT NULL);\n',
  'mysql/0001_people.sql': 'CREATE TABLE people (id int PRIMARY KEY, email varchar(100) NOT NULL UNIQUE, city varchar(100) NOT NULL) ENGINE=InnoDB;\n',
};

// 400 rows at ×1, 1,600 at ×4: seconds on every engine.
const config = (multiples: readonly number[]) => `
migrations:
  dir: { postgres: migrations/postgres, mysql: migrations/mysql }
data:
  seed: 11
  rows: { people: 400 }
  columns:
    people.city: { values: [Oslo, Lima, Pune, Kobe] }
gate:
  time: { samples: 5 }
scaling: [${multiples.join(', ')}]
queries:
  - name: lookup by email
    sql: select id, city from people where email = $1
    params: [{ from: people.email }]
  - name: people in a city
    sql: select count(*) from people where city = $1
    params: [Lima]
  - name: people in a city, declared
    sql: select count(*) from people where city = $1
    params: [Kobe]
    expect: { scaling: constant }
  - name: people in a city, accepted
    sql: select count(*) from people where city = $1
    params: [Oslo]
    expect: { scaling: linear }
`;

const scaled = (report: GateReport, name: string) => report.scaling?.workloads.find((w) => w.name === name);
const findings = (report: GateReport, name: string) =>
  report.findings.filter((f) => f.subject === `query ${name}` && f.rule.startsWith('scaling')).map((f) => `${f.severity} ${f.rule}`);
const exponents = (report: GateReport) => report.metrics.filter((m) => m.key.endsWith('.scaling-exponent')).map((m) => `${m.key}=${m.value}`);

for (const e of engines) {
  describe(`scaling classes on ${e.name}`, () => {
    test('an indexed lookup is constant or logarithmic, an unindexed filter linear; repeatable; charted; nothing left behind', async () => {
      const text = config(e.multiples);
      const file = await makeProject(text, MIGRATIONS);
      const before = await e.leftovers();
      const report = await runGate({ configFile: file, engine: e.engine() });
      assert.deepEqual(report.scaling?.multiples, e.multiples);
      assert.deepEqual(report.scaling?.rows, e.multiples.map((m) => 400 * m));

      const lookup = scaled(report, 'lookup by email')!;
      assert.ok(['constant', 'logarithmic'].includes(lookup.class), `lookup: ${JSON.stringify(lookup)}`);
      assert.equal(lookup.metric, e.name === 'mariadb' ? 'rows-read' : 'blocks');
      const filter = scaled(report, 'people in a city')!;
      assert.equal(filter.class, 'linear', JSON.stringify(filter));
      assert.ok(filter.work.at(-1)! > filter.work[0]! * 3, JSON.stringify(filter));

      assert.deepEqual(findings(report, 'lookup by email'), []);
      assert.deepEqual(findings(report, 'people in a city'), ['warning scaling-class']);
      assert.deepEqual(findings(report, 'people in a city, declared'), ['error scaling-class']);
      assert.deepEqual(findings(report, 'people in a city, accepted'), []);
      const warning = report.findings.find((f) => f.subject === 'query people in a city' && f.rule === 'scaling-class')!;
      assert.equal(warning.location?.file, file);
      assert.equal(warning.location?.line, text.split('\n').indexOf('  - name: people in a city') + 1);
      assert.match(warning.message, /^Query "people in a city": (blocks|rows-read) grow ×[34](\.\d)? per ×4 rows \(exponent (0\.9\d?|1(\.0\d?)?)\) — linear: probably a missing index/);
      assert.equal(report.verdict, 'fail'); // the declared expect.scaling: constant is an error

      const metric = report.metrics.find((m) => m.key === 'query.people-in-a-city.scaling-exponent')!;
      assert.equal(metric.kind, 'work');
      assert.equal(metric.direction, 'lower');
      assert.equal(metric.value, filter.exponent);

      const markdown = renderMarkdown(report);
      assert.match(markdown, /### Scaling classes/);
      assert.match(markdown, new RegExp(String.raw`\`\`\`mermaid\nxychart-beta\n  title "people in a city: [a-z-]+, linear \(exponent [\d.]+\)"\n  x-axis "data multiple" \[${e.multiples.map((m) => `"×${m}"`).join(', ')}\]`));
      // Comment mode renders the same section from report.json.
      assert.equal(renderMarkdown(parseJsonReport(JSON.parse(JSON.stringify(toJsonReport(report))))).includes('### Scaling classes'), true);

      // The same config again: the same work at every multiple, the same exponents.
      if (e.twice) {
        const again = await runGate({ configFile: file, engine: e.engine() });
        assert.deepEqual(exponents(again), exponents(report));
        assert.deepEqual(again.scaling?.workloads.map((w) => w.work), report.scaling?.workloads.map((w) => w.work));
      }
      assert.deepEqual(await e.leftovers(), before);
    });
  });
}

describe('scaling against the base branch (PostgreSQL)', () => {
  test('dropping the index a lookup uses turns it linear: a new warning and a scaling-exponent regression', async () => {
    const dir = await tempFolder();
    const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: dir });
    const write = async (name: string, text: string) => {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    };
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 'test@example.com');
    await git('config', 'user.name', 'Sluice tests');
    await write('sluice.yml', `migrations: { dir: migrations }
data: { seed: 5, rows: { people: 400 } }
gate: { time: { samples: 5, min-effect: 1000% } }
scaling: [1, 4]
queries:
  - name: lookup by email
    sql: select id from people where email = $1
    params: [{ from: people.email }]
`);
    await write('migrations/0001_people.sql', 'CREATE TABLE people (id int PRIMARY KEY, email text NOT NULL);\nCREATE INDEX people_email_idx ON people (email);\n');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'people');
    const base = (await git('rev-parse', 'HEAD')).stdout.trim();
    await write('migrations/0002_drop.sql', 'DROP INDEX people_email_idx;\n');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'drop the index');

    const report = await runGate({ configFile: path.join(dir, 'sluice.yml'), engine: postgresUrl(), base });
    assert.equal(report.comparison.against, 'base-branch');
    const exponent = report.comparison.metrics.find((m) => m.key === 'query.lookup-by-email.scaling-exponent')!;
    assert.equal(exponent.status, 'regression', JSON.stringify(exponent));
    assert.ok(exponent.base! < 0.6 && exponent.head! >= 0.6, JSON.stringify(exponent));
    const finding = report.findings.find((f) => f.rule === 'scaling-class' && f.subject === 'query lookup by email')!;
    assert.equal(finding.origin, 'new');
    assert.equal(report.scaling?.workloads[0]?.class, 'linear');
  });
});
