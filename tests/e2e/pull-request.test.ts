// The gate a reviewer reads, end to end: the bundled Action (dist/index.js) runs as the runner
// runs it, in a real git repository made here (the example shop on main, pull-request commits
// on a branch), against a GitHub API on loopback. A pull request that drops an index gets one
// comment whose first table shows the query's blocks and plan change as a regression, and the
// gate fails; the next push edits that same comment; an unchanged pull request passes with no
// regressions; a fork's read-only token leaves the report in the job summary only.
//
// dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startGitHubApi, type FakeGitHubApi } from '../support/github-api.js';
import { shopRepository, type TestRepo } from '../support/git-repo.js';
import { runToEnd } from '../support/process.js';
import { scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { postgresUrl } from '../support/urls.js';

const bundle = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'index.js');
const TOKEN = 'ghs_e2etokenforthepullrequest0123456789';
const NUMBER = 7;

let api: FakeGitHubApi;
before(async () => {
  api = await startGitHubApi({ token: TOKEN });
});
after(() => api.close());

interface Run {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: string;
}

/** dist/index.js for a pull_request event of `repo` at its current head. */
async function runAction(repo: TestRepo, inputs: Record<string, string> = {}, options: { fork?: boolean; labels?: string[]; push?: boolean } = {}): Promise<Run> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-e2e-pr-'));
  try {
    const headSha = await repo.git('rev-parse', 'HEAD');
    const repository = { name: 'shop', full_name: 'octo-org/shop', owner: { login: 'octo-org' }, default_branch: 'main' };
    const headRepo = options.fork ? { name: 'shop', full_name: 'mallory/shop', owner: { login: 'mallory' }, fork: true } : repository;
    const pushEvent = { ref: 'refs/heads/main', before: repo.baseSha, after: headSha, repository };
    const pullRequestEvent = {
      action: 'synchronize',
      number: NUMBER,
      pull_request: {
        number: NUMBER,
        user: { login: 'octocat', type: 'User' },
        labels: (options.labels ?? []).map((name) => ({ name })),
        base: { ref: 'main', sha: repo.baseSha, repo: repository },
        head: { ref: 'pull-request', sha: headSha, repo: headRepo },
      },
      repository,
    };
    const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), temp: path.join(dir, 'temp') };
    await writeFile(files.event, JSON.stringify(options.push ? pushEvent : pullRequestEvent));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    await mkdir(files.temp);
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|SLUICE_)/.test(key)) env[key] = value;
    for (const [name, value] of Object.entries({ config: 'sluice.yml', 'github-token': TOKEN, 'database-url': postgresUrl(), ...inputs })) {
      env[`INPUT_${name.toUpperCase()}`] = value;
    }
    Object.assign(env, {
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: options.push ? 'push' : 'pull_request', GITHUB_EVENT_PATH: files.event, GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary, GITHUB_REPOSITORY: 'octo-org/shop', GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: repo.dir, GITHUB_SHA: headSha, GITHUB_REF: options.push ? 'refs/heads/main' : `refs/pull/${NUMBER}/merge`, GITHUB_RUN_ID: '42', RUNNER_TEMP: files.temp,
    });
    const { code, stdout } = await runToEnd(process.execPath, [bundle], { cwd: repo.dir, env });
    return { code, stdout, summary: await readFile(files.summary, 'utf8'), outputs: await readFile(files.output, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const writes = () => api.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
// The comment opens with the verdict and the regressions; the log ends with what failed.
const transcript = (run: Run) => `exit ${run.code}\n${run.summary.slice(0, 2500)}\n…\n${run.stdout.slice(-1500)}`;

describe('the pull-request gate on PostgreSQL', () => {
  it('a pull request that drops an index gets one comment showing the regression and the plan change; the gate fails', { timeout: 180_000 }, async () => {
    const repo = await shopRepository();
    await repo.commit('drop an index', { 'migrations/postgres/0008_drop_index.sql': 'DROP INDEX orders_customer_id_idx;\n' });
    const first = await runAction(repo);
    assert.equal(first.code, 1, transcript(first));
    assert.match(first.outputs, /regressions<<.*\n[1-9]/);
    assert.equal(api.comments.length, 1);
    const body = api.comments[0]!.body;
    assert.match(body, /^<!-- sluice:comment suite=postgresql -->/);
    assert.match(body, /❌ Sluice: fail/);
    // The first table is the changes table, and its first row the dropped index's query.
    const firstTable = body.split('\n').filter((line) => line.startsWith('|'));
    const row = firstTable.find((line) => line.includes('customer-order-summary.blocks'));
    assert.ok(row, `no regression row for the query:\n${body}`);
    assert.match(row, /❌/);
    assert.match(row, /Seq Scan on orders/);
    assert.match(row, /orders_customer_id_idx/);
    assert.match(first.summary, /customer-order-summary\.blocks/);
    assert.deepEqual(await scratchDatabasesOnPostgres(), []);

    // The next push edits the same comment; no second one appears.
    const before = writes().length;
    await repo.commit('another push', { 'README.md': 'the shop\n' });
    const second = await runAction(repo);
    assert.equal(second.code, 1, transcript(second));
    assert.equal(api.comments.length, 1);
    assert.deepEqual(writes().slice(before).map((r) => r.method), ['PATCH']);
  });

  it('an unchanged pull request passes with no regressions, and comment: on-change stays silent', { timeout: 180_000 }, async () => {
    const repo = await shopRepository();
    await repo.commit('docs only', { 'README.md': 'nothing that matters to the database\n' });
    const commentsBefore = api.comments.length;
    const run = await runAction(repo, { comment: 'on-change' });
    assert.equal(run.code, 0, transcript(run));
    assert.match(run.outputs, /regressions<<.*\n0\n/);
    assert.match(run.summary, /Sluice: pass/);
    assert.match(run.summary, /built in this run/);
    assert.equal(api.comments.length, commentsBefore);
  });

  it('a fork with a read-only token gets the job summary and a warning, never a failure for that', { timeout: 180_000 }, async () => {
    const repo = await shopRepository();
    await repo.commit('docs only', { 'README.md': 'from a fork\n' });
    api.setMode('forbidden');
    try {
      const run = await runAction(repo, {}, { fork: true });
      assert.equal(run.code, 0, transcript(run));
      assert.match(run.summary, /Sluice: pass/);
      assert.match(run.stdout, /::warning::.*(fork|read-only|permissions)/i);
    } finally {
      api.setMode('normal');
    }
  });

  it('a push to main with baseline-write records baselines/<suite>.json; the next push compares with it', { timeout: 180_000 }, async () => {
    const repo = await shopRepository();
    const recorded = await runAction(repo, { 'baseline-write': 'true' }, { push: true });
    assert.equal(recorded.code, 0, transcript(recorded));
    assert.match(recorded.outputs, /baseline-file<<[^\n]*\n[^\n]*baselines\/postgresql\.json/);
    const document = JSON.parse(await readFile(path.join(repo.dir, 'baselines/postgresql.json'), 'utf8')) as { schemaVersion: number; suite: string; metrics: unknown[] };
    assert.equal(document.schemaVersion, 1);
    assert.equal(document.suite, 'postgresql');
    assert.ok(document.metrics.length > 30);

    const next = await runAction(repo, {}, { push: true });
    assert.equal(next.code, 0, transcript(next));
    assert.match(next.summary, /baselines\/postgresql\.json/);
    assert.match(next.outputs, /regressions<<.*\n0\n/);
  });
});
