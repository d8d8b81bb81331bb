// A fork's pull request, commented on the way GitHub allows it: the bundled Action runs in
// check mode on the fork's pull_request event (read-only token: no comment) and writes
// report.json; then, as a workflow_run workflow holding a write token, it runs with
// `mode: comment` on that file. The second run starts no database: it reads the report as
// hostile input, confirms with GitHub (a fake API on loopback) that the pull request it names
// has the tested commit as its head, and posts that suite's one comment. A report that lies
// about its pull request, or is not shaped as Sluice writes it, gets no comment.
//
// dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COMMENT_LIMIT, parseJsonReport, renderComment } from '../../src/report/index.js';
import { commentMarker } from '../../src/github/index.js';
import { startGitHubApi, type FakeGitHubApi } from '../support/github-api.js';
import { HEAD_SHA, pullRequestEvent, runnerEnv, workflowRunEvent } from '../support/github-events.js';
import { runToEnd } from '../support/process.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(repoDir, 'dist', 'index.js');
const TOKEN = 'ghs_e2ecommentmodetoken0123456789abcdef';
/** The triggering run (workflowRunEvent's id), whose artifact holds the full report. */
const TRIGGERING_RUN_URL = 'https://github.com/octo-org/shop/actions/runs/4242';

let api: FakeGitHubApi;
let dir: string;
/** report.json as the fork's check run wrote it. */
let reportFile: string;

interface Run {
  code: number | null;
  stdout: string;
  outputs: string;
}

/** dist/index.js as the runner runs it, for `event` with the given inputs (action.yml names). */
async function runAction(eventName: string, event: unknown, inputs: Record<string, string>): Promise<Run> {
  const runDir = await mkdtemp(path.join(dir, 'run-'));
  const files = { output: path.join(runDir, 'output'), summary: path.join(runDir, 'summary.md'), temp: path.join(runDir, 'temp') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await mkdir(files.temp);
  // Nothing from the environment this test itself runs in (CI is an Actions job too).
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|SLUICE_)/.test(key)) env[key] = value;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, await runnerEnv(runDir, eventName, event, api.url), {
    GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_WORKSPACE: repoDir, RUNNER_TEMP: files.temp,
  });
  const { code, stdout } = await runToEnd(process.execPath, [bundle], { cwd: repoDir, env });
  return { code, stdout, outputs: await readFile(files.output, 'utf8') };
}

const writes = () => api.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
const transcript = (run: Run) => `exit ${run.code}\n${run.stdout.slice(-3000)}`;

/** The comment-mode step of the workflow_run workflow, on a copy of the report changed by `tamper`. */
async function commentOn(tamper?: (report: Record<string, any>) => void): Promise<Run & { file: string }> {
  let file = reportFile;
  if (tamper) {
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as Record<string, any>;
    tamper(report);
    file = path.join(await mkdtemp(path.join(dir, 'artifact-')), 'report.json');
    await writeFile(file, JSON.stringify(report));
  }
  const run = await runAction('workflow_run', workflowRunEvent({ fromFork: true }), { mode: 'comment', report: file, 'github-token': TOKEN });
  return { ...run, file };
}

before(async () => {
  assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` first`);
  dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-e2e-comment-mode-'));
  api = await startGitHubApi({
    token: TOKEN,
    pulls: { 7: { headSha: HEAD_SHA, headRepoFullName: 'mallory/shop' }, 8: { headSha: 'dead'.repeat(10), headRepoFullName: 'mallory/shop' } },
  });

  // The fork's pull_request run: the gate on the embedded engine, no token to comment with.
  const check = await runAction('pull_request', pullRequestEvent({ fromFork: true }), { config: 'examples/shop/sluice.yml' });
  assert.equal(check.code, 0, transcript(check));
  // The line whose absence shows that comment mode started no database.
  assert.match(check.stdout, /^engine: pglite /m);
  const written = /^report-json<<(.+)\n(.+)\n\1$/m.exec(check.outputs)?.[2];
  assert.ok(written && existsSync(written), `no report-json output:\n${check.outputs}`);
  reportFile = path.join(dir, 'report.json');
  await copyFile(written, reportFile);
  assert.equal(api.requests.length, 0, 'the check run had no token and called nothing');
});

after(async () => {
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mode: comment in a workflow_run workflow', () => {
  it('posts the report of the fork run on its pull request, without starting a database', { timeout: 60_000 }, async () => {
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as Record<string, any>;
    assert.deepEqual(report.pullRequest, { number: 7 }, 'the check run names its pull request in report.json');

    const run = await commentOn();
    assert.equal(run.code, 0, transcript(run));
    assert.doesNotMatch(run.stdout, /^engine:/m, 'comment mode started a database');
    assert.equal(api.comments.length, 1);
    const comment = api.comments[0]!;
    assert.equal(comment.issue, 7);
    assert.match(comment.body, new RegExp(`^${commentMarker('pglite')}\n## ⚠️ Sluice: pass with findings to review`));
    // The comment is exactly what the check run would have posted, with a link to its artifact.
    const expected = renderComment(parseJsonReport(report), { limit: COMMENT_LIMIT, artifactUrl: TRIGGERING_RUN_URL });
    assert.equal(comment.body, `${commentMarker('pglite')}\n${expected}`);
    assert.match(comment.body, /foreign-key-without-index/);
    assert.match(run.outputs, new RegExp(`^comment-url<<(.+)\n${comment.html_url.replace(/[.?#]/g, '\\$&')}\n\\1$`, 'm'));

    // The next workflow_run edits that comment rather than adding one.
    const again = await commentOn();
    assert.equal(again.code, 0, transcript(again));
    assert.equal(api.comments.length, 1);
    assert.deepEqual(writes().map((r) => r.method), ['POST', 'PATCH']);
  });

  it('posts nothing for a report naming a pull request whose head is not the tested commit', { timeout: 60_000 }, async () => {
    const before = writes().length;
    const run = await commentOn((report) => (report.pullRequest = { number: 8 }));
    assert.equal(run.code, 0, transcript(run));
    assert.match(run.stdout, /^::warning::.*pull request #8, whose head is not the commit the triggering run tested/m);
    assert.equal(writes().length, before);
    assert.ok(!api.comments.some((c) => c.issue === 8));
  });

  it('refuses a tampered report in one sentence naming the file and the field, and posts nothing', { timeout: 60_000 }, async () => {
    const before = writes().length;
    const run = await commentOn((report) => (report.findings[0].message = { html: '<img src=x onerror=alert(1)>' }));
    assert.equal(run.code, 2, transcript(run));
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, transcript(run));
    assert.match(errors[0]!, new RegExp(`^::error::Sluice refused the report ${run.file}: its field findings\\.0\\.message is not as Sluice writes it \\([^)]*\\)\\.$`));
    assert.doesNotMatch(errors[0]!, /<img/);
    assert.doesNotMatch(run.stdout, /^engine:/m);
    assert.equal(writes().length, before);
  });

  it('refuses comment mode outside a workflow_run workflow and without a report', { timeout: 60_000 }, async () => {
    const onPullRequest = await runAction('pull_request', pullRequestEvent({ fromFork: true }), { mode: 'comment', report: reportFile, 'github-token': TOKEN });
    assert.equal(onPullRequest.code, 2, transcript(onPullRequest));
    assert.match(onPullRequest.stdout, /^::error::input 'mode': comment .*only in a workflow_run workflow, not on pull_request/m);
    const noReport = await runAction('workflow_run', workflowRunEvent({ fromFork: true }), { mode: 'comment', 'github-token': TOKEN });
    assert.equal(noReport.code, 2, transcript(noReport));
    assert.match(noReport.stdout, /^::error::input 'report': mode: comment needs/m);
  });
});
