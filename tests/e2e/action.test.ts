// The committed bundle, run the way the GitHub runner runs it: `node dist/index.js` with the
// inputs as INPUT_* variables, the workflow files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_EVENT_PATH) in a temp dir, and GITHUB_API_URL pointing at a fake GitHub API on
// loopback. Everything asserted is what a user sees: exit code, outputs, job summary,
// annotations, the JSON report, and what is left on their database server.
//
// dist/ must be built first (`npm run build`); CI's check-dist job proves it is current.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { JsonReport } from '../../src/report/json.js';
import { runToEnd } from '../support/process.js';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(repoDir, 'dist', 'index.js');
const CONFIG = 'examples/shop/sluice.yml';
const TOKEN = `ghs_e2e${randomBytes(12).toString('hex')}`;
const REPOSITORY = 'octo-org/shop';
const PULL_NUMBER = 7;

interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout as the user sees it in the log: the runner consumes `::add-mask::` lines. */
  visibleStdout: string;
  outputFile: string;
  outputs: Map<string, string>;
  summary: string;
  report: JsonReport | undefined;
  reportText: string;
  requests: RecordedRequest[];
}

/** The fake GitHub REST API. This version posts nothing; the sticky PR comment will. */
let api: Server;
let apiUrl: string;
const requests: RecordedRequest[] = [];

before(async () => {
  assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` first`);
  api = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((resolve, reject) => api.close((error) => (error ? reject(error) : resolve())));
});

/**
 * Runs dist/index.js as the runner does for a pull_request event. `inputs` are keyed by
 * their action.yml names; the runner keeps hyphens in INPUT_ names (INPUT_DATABASE-URL).
 */
async function runAction(inputs: Record<string, string>, node: string = process.execPath): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-e2e-action-'));
  try {
    const outputFile = path.join(dir, 'github-output');
    const summaryFile = path.join(dir, 'step-summary.md');
    const eventFile = path.join(dir, 'event.json');
    const runnerTemp = path.join(dir, 'runner-temp');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    await writeFile(eventFile, JSON.stringify(pullRequestEvent()));
    await mkdir(runnerTemp);

    // Nothing from the environment this test itself runs in (CI is an Actions job too).
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|SLUICE_)/.test(key)) env[key] = value;
    }
    const allInputs: Record<string, string> = { config: CONFIG, 'github-token': TOKEN, ...inputs };
    for (const [name, value] of Object.entries(allInputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    Object.assign(env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: repoDir,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: `refs/pull/${PULL_NUMBER}/merge`,
      RUNNER_TEMP: runnerTemp,
    });

    const seen = requests.length;
    const { code, stdout, stderr } = await runToEnd(node, [bundle], { cwd: repoDir, env });
    const outputs = parseGithubOutput(await readFile(outputFile, 'utf8'));
    const reportPath = outputs.get('report-json');
    const reportText = reportPath && existsSync(reportPath) ? await readFile(reportPath, 'utf8') : '';
    return {
      code,
      stdout,
      stderr,
      visibleStdout: stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'),
      outputFile: await readFile(outputFile, 'utf8'),
      outputs,
      summary: await readFile(summaryFile, 'utf8'),
      report: reportText ? (JSON.parse(reportText) as JsonReport) : undefined,
      reportText,
      requests: requests.slice(seen),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function pullRequestEvent() {
  const [owner, name] = REPOSITORY.split('/') as [string, string];
  const repository = { name, full_name: REPOSITORY, owner: { login: owner }, default_branch: 'main' };
  return {
    action: 'synchronize',
    number: PULL_NUMBER,
    pull_request: {
      number: PULL_NUMBER,
      head: { ref: 'add-orders', sha: 'a'.repeat(40), repo: repository },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: repository },
    },
    repository,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseGithubOutput(text: string): Map<string, string> {
  const outputs = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      assert.ok(i < lines.length, `GITHUB_OUTPUT: '${name}' has no closing ${delimiter}`);
      outputs.set(name, value.join('\n'));
      continue;
    }
    const eq = line.indexOf('=');
    assert.ok(eq > 0, `GITHUB_OUTPUT: cannot read line '${line}'`);
    outputs.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return outputs;
}

/** What the run printed, for assertion messages. */
const transcript = (run: ActionRun) => `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`;

/** Asserts `secret` shows nowhere a user or a later step can read it. */
function assertNowhere(run: ActionRun, secret: string) {
  for (const [where, text] of [
    ['the log (stdout)', run.visibleStdout],
    ['stderr', run.stderr],
    ['GITHUB_OUTPUT', run.outputFile],
    ['the job summary', run.summary],
    ['the JSON report', run.reportText],
  ] as const) {
    assert.ok(!text.includes(secret), `the password appears in ${where}`);
  }
}

function passwordOf(url: string): string {
  const password = decodeURIComponent(new URL(url).password);
  assert.ok(password.length >= 3, 'the test server URL has no password');
  return password;
}

/** The Node 20 the bundle targets, if this machine has one outside node_modules. */
function findNode20(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    if (version.startsWith('v20.')) return candidate;
  }
  return undefined;
}

/** testcontainers' own places to look for Docker; with any of them the "no runtime" case cannot happen. */
function containerRuntimeMayExist(): boolean {
  if (process.env.DOCKER_HOST) return true;
  const home = os.homedir();
  const sockets = [
    '/var/run/docker.sock',
    path.join(home, '.docker', 'run', 'docker.sock'),
    path.join(home, '.docker', 'desktop', 'docker.sock'),
    ...(process.env.XDG_RUNTIME_DIR ? [path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock')] : []),
    ...(process.getuid ? [`/run/user/${process.getuid()}/docker.sock`] : []),
    path.join(home, '.testcontainers.properties'),
  ];
  return sockets.some((file) => existsSync(file));
}

/** The PGlite run's assertions, shared by the Node 24 and the Node 20 runs. */
function assertPglitePass(run: ActionRun) {
  assert.equal(run.code, 0, transcript(run));
  assert.equal(run.outputs.get('verdict'), 'pass');
  assert.ok(Number(run.outputs.get('findings')) >= 1, `findings output: ${run.outputs.get('findings')}`);
  assert.equal(run.outputs.get('errors'), '0');
  assert.ok(Number(run.outputs.get('warnings')) >= 1);

  assert.ok(run.report, `report-json '${run.outputs.get('report-json')}' was not written`);
  assert.equal(run.report.verdict, 'pass');
  assert.equal(run.report.engine.name, 'pglite');
  const fk = run.report.findings.find((f) => f.rule === 'foreign-key-without-index');
  assert.ok(fk, `no foreign-key-without-index finding in ${JSON.stringify(run.report.findings)}`);
  assert.ok(fk.location?.file.endsWith('migrations/postgres/0004_orders.sql'), `finding located at ${fk.location?.file}`);
  const lookup = run.report.metrics.find((m) => m.key === 'query.lookup-by-email.blocks');
  assert.ok(lookup, 'no query.lookup-by-email.blocks metric');
  assert.equal(lookup.kind, 'work');

  // A pass that carries a new warning is ⚠️, not ✅: the reviewer has something to look at.
  assert.match(run.summary, /^## ⚠️ Sluice: pass with findings to review/m);
  assert.match(run.summary, /foreign-key-without-index/);

  // The annotation that puts the finding on the migration line in the pull request.
  const annotation = run.stdout.split('\n').find((line) => line.startsWith('::warning ') && line.includes('foreign-key-without-index'));
  assert.ok(annotation, `no ::warning annotation for the finding on stdout:\n${run.stdout.slice(-3000)}`);
  assert.match(annotation, /\bfile=[^,:]*migrations\/postgres\/0004_orders\.sql\b/);
  assert.match(annotation, new RegExp(`\\bline=${fk.location?.line}\\b`));
}

describe('the Action bundle (dist/index.js) on a pull_request event', () => {
  it('passes the example shop on the embedded engine and reports the planted flaw', { timeout: 180_000 }, async () => {
    const run = await runAction({});
    assertPglitePass(run);
    assert.ok(!run.stdout.includes(TOKEN) && !run.stderr.includes(TOKEN), 'the github-token was printed');
  });

  it('fails the gate with fail-on: warning', { timeout: 180_000 }, async () => {
    const run = await runAction({ 'fail-on': 'warning' });
    assert.equal(run.code, 1, transcript(run));
    assert.equal(run.outputs.get('verdict'), 'fail');
    assert.match(run.stdout, /^::error::.*the gate failed.*fail-on: warning/m);
    assert.match(run.summary, /Sluice: fail/);
  });

  it('runs on a PostgreSQL server given as database-url, leaves no scratch database and never shows the password', { timeout: 180_000 }, async () => {
    const url = postgresUrl();
    const run = await runAction({ 'database-url': url });
    assert.equal(run.code, 0, transcript(run));
    assert.equal(run.outputs.get('verdict'), 'pass');
    assert.equal(run.report?.engine.name, 'postgresql');
    assert.deepEqual(await scratchDatabasesOnPostgres(), [], 'scratch databases left on the server after the run');

    const password = passwordOf(url);
    // The runner masks what `::add-mask::` names; the rest of the output must not need it.
    assert.ok(run.stdout.split('\n').includes(`::add-mask::${password}`), 'the password was not registered as a secret');
    assertNowhere(run, password);
  });

  it('runs on a MariaDB server given as the engine input and leaves no scratch database', { timeout: 180_000 }, async () => {
    const url = mysqlUrl();
    const run = await runAction({ engine: url });
    assert.equal(run.code, 0, transcript(run));
    assert.equal(run.outputs.get('verdict'), 'pass');
    assert.equal(run.report?.engine.name, 'mariadb');
    assert.deepEqual(await scratchDatabasesOnMysql(), [], 'scratch databases left on the server after the run');
    assertNowhere(run, passwordOf(url));
  });

  it(
    'says a container engine needs a container runtime when there is none',
    { timeout: 180_000, skip: containerRuntimeMayExist() ? 'a container runtime may be present here' : false },
    async () => {
      const run = await runAction({ engine: 'postgres:16' });
      assert.equal(run.code, 2, transcript(run));
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
      assert.ok(error, `no ::error:: line:\n${transcript(run)}`);
      assert.match(error, /container runtime/);
      assert.match(error, /postgres:\/\//);
      assert.equal(run.outputs.get('verdict'), undefined);
    },
  );

  it('names the rejected role for a wrong password and does not print it', { timeout: 180_000 }, async () => {
    const url = new URL(postgresUrl());
    const wrong = `wrong${randomBytes(9).toString('hex')}`;
    url.password = wrong;
    const run = await runAction({ 'database-url': url.href });
    assert.equal(run.code, 2, transcript(run));
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
    assert.ok(error, `no ::error:: line:\n${transcript(run)}`);
    assert.match(error, new RegExp(`rejected role '${decodeURIComponent(url.username)}'`));
    assertNowhere(run, wrong);
  });

  it('never shows a database-url password given libpq-style (?password=), in a run that finds problems', { timeout: 180_000 }, async () => {
    const url = new URL(postgresUrl());
    const password = decodeURIComponent(url.password);
    url.password = '';
    url.searchParams.set('password', password);
    const run = await runAction({ 'database-url': url.href, 'fail-on': 'warning' });
    assert.equal(run.code, 1, transcript(run));
    assert.ok(run.stdout.includes('::warning'), 'the planted flaw should be annotated');
    assertNowhere(run, password);
  });

  for (const [what, value] of [
    ['a database-url with a typo in the scheme', (pw: string) => `postgres//app:${pw}@127.0.0.1/db`],
    ['a database-url with a port out of range', (pw: string) => `postgres://app:${pw}@127.0.0.1:99999/db`],
    ['a key=value connection string as database-url', (pw: string) => `host=127.0.0.1 password=${pw} user=app`],
  ] as const) {
    it(`fails in one sentence on ${what} and does not print the password`, { timeout: 60_000 }, async () => {
      const password = `pw${randomBytes(9).toString('hex')}`;
      const run = await runAction({ 'database-url': value(password) });
      assert.equal(run.code, 2, transcript(run));
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
      assert.match(error ?? '', /database-url/);
      assertNowhere(run, password);
    });
  }

  const node20 = findNode20();
  it(
    'runs on Node 20 too',
    { timeout: 180_000, skip: node20 ? false : 'no Node 20 on PATH outside node_modules' },
    async () => {
      const run = await runAction({}, node20);
      assertPglitePass(run);
    },
  );
});
