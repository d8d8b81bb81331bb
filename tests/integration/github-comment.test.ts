// The sticky pull-request comment against a fake GitHub API on loopback: one comment per
// suite, edited in place, found across pages, never confused with a user's quote, and every
// failure a warning with the fix, never an exception and never the token.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  commentMarker,
  readLabels,
  readRunContext,
  resolveCommentPullRequest,
  upsertComment,
  type RunContext,
  type UntrustedReport,
  type UpsertCommentOptions,
} from '../../src/github/index.js';
import { BOT, USER, startGitHubApi, type FakeGitHubApi, type GitHubApiOptions, type SeedComment } from '../support/github-api.js';
import { HEAD_SHA, pullRequestEvent, runnerEnv, workflowRunEvent } from '../support/github-events.js';

const TOKEN = `ghs_${randomBytes(16).toString('hex')}`;
const MARKER = commentMarker('default');

let dir: string;
let api: FakeGitHubApi | undefined;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-github-comment-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setup(options: GitHubApiOptions = {}, event: unknown = pullRequestEvent(), eventName = 'pull_request') {
  api = await startGitHubApi({ token: TOKEN, ...options });
  const context = readRunContext(await runnerEnv(dir, eventName, event, api.url));
  return { api, context };
}

const post = (context: RunContext, overrides: Partial<UpsertCommentOptions> = {}) =>
  upsertComment({ token: TOKEN, context, suite: 'default', body: '## Sluice: pass', when: 'always', changed: true, ...overrides });

const writes = (api: FakeGitHubApi) => api.requests.filter((r) => r.method !== 'GET');

describe('upsertComment', () => {
  it('creates the comment once, then edits the same comment', async () => {
    const { api, context } = await setup();
    const first = await post(context, { body: '## Sluice: fail' });
    assert.equal(first.action, 'created');
    assert.equal(first.warning, undefined);
    assert.match(first.url ?? '', /#issuecomment-\d+$/);

    const second = await post(context, { body: '## Sluice: pass' });
    assert.equal(second.action, 'updated');
    assert.equal(second.url, first.url);
    assert.equal(api.comments.length, 1);
    assert.equal(api.comments[0]!.body, `${MARKER}\n## Sluice: pass`);
    assert.deepEqual(writes(api).map((r) => r.method), ['POST', 'PATCH']);
    assert.ok(api.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`));
  });

  it('finds its comment on page 3 of 250', async () => {
    const comments = Array.from({ length: 250 }, (_, i) => ({ body: `comment ${i}`, user: USER }));
    comments[220] = { body: `${MARKER}\n## Sluice: fail`, user: BOT };
    const { api, context } = await setup({ comments });
    const result = await post(context);
    assert.equal(result.action, 'updated');
    assert.equal(api.comments[220]!.body, `${MARKER}\n## Sluice: pass`);
    assert.deepEqual(api.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url, api.url).searchParams.get('page') ?? '1'), ['1', '2', '3']);
    assert.ok(api.requests.some((r) => r.url.includes('per_page=100')));
    assert.deepEqual(writes(api).map((r) => r.method), ['PATCH']);
  });

  it('follows pagination whatever page size the server uses', async () => {
    const comments: SeedComment[] = Array.from({ length: 40 }, (_, i) => ({ body: `comment ${i}` }));
    comments.push({ body: `${MARKER}\nold`, user: BOT });
    const { api, context } = await setup({ comments, maxPageSize: 10 });
    assert.equal((await post(context)).action, 'updated');
    assert.equal(api.requests.filter((r) => r.method === 'GET').length, 5);
  });

  it("ignores a user's comment quoting the marker and another suite's comment", async () => {
    const { api, context } = await setup({
      comments: [
        { body: `Why does Sluice write ${MARKER} in its comment?`, user: USER },
        { body: `> ${MARKER}\n> quoted`, user: USER },
        { body: `${commentMarker('default-2')}\nanother suite`, user: BOT },
        { body: `${commentMarker('nightly')}\nanother suite`, user: BOT },
      ],
    });
    const result = await post(context);
    assert.equal(result.action, 'created');
    assert.equal(api.comments.length, 5);
    assert.deepEqual(api.comments.slice(0, 4).map((c) => c.body.includes('## Sluice: pass')), [false, false, false, false]);
  });

  it("prefers the Bot's comment when a user copied the whole marker line", async () => {
    const { api, context } = await setup({
      comments: [
        { body: `${MARKER}\nI copied this`, user: USER },
        { body: `${MARKER}\nold`, user: BOT },
      ],
    });
    await post(context);
    assert.equal(api.comments[0]!.body, `${MARKER}\nI copied this`);
    assert.equal(api.comments[1]!.body, `${MARKER}\n## Sluice: pass`);
  });

  it('two suites keep two comments', async () => {
    const { api, context } = await setup();
    await post(context, { suite: 'postgres' });
    await post(context, { suite: 'mysql' });
    await post(context, { suite: 'postgres', body: 'postgres again' });
    await post(context, { suite: 'mysql', body: 'mysql again' });
    assert.deepEqual(api.comments.map((c) => c.body), [`${commentMarker('postgres')}\npostgres again`, `${commentMarker('mysql')}\nmysql again`]);
    assert.deepEqual(writes(api).map((r) => r.method), ['POST', 'POST', 'PATCH', 'PATCH']);
  });

  it('a suite name cannot close the marker or pass for another suite', async () => {
    const { api, context } = await setup();
    await post(context, { suite: 'x --> <!-- sluice:comment suite=default' });
    await post(context);
    assert.equal(api.comments.length, 2);
    assert.match(api.comments[0]!.body.split('\n')[0]!, /^<!-- sluice:comment suite=[^\s<>]+ -->$/);
  });

  it('on-change with nothing changed and no comment: reads, writes nothing', async () => {
    const { api, context } = await setup();
    const result = await post(context, { when: 'on-change', changed: false });
    assert.equal(result.action, 'skipped');
    assert.equal(result.warning, undefined);
    assert.deepEqual(writes(api), []);
    assert.equal(api.comments.length, 0);
  });

  it('on-change keeps an existing comment current even when nothing changed', async () => {
    const { api, context } = await setup({ comments: [{ body: `${MARKER}\n## Sluice: fail`, user: BOT }] });
    const result = await post(context, { when: 'on-change', changed: false });
    assert.equal(result.action, 'updated');
    assert.equal(api.comments[0]!.body, `${MARKER}\n## Sluice: pass`);
  });

  it('on-change with a change creates the comment', async () => {
    const { api, context } = await setup();
    assert.equal((await post(context, { when: 'on-change', changed: true })).action, 'created');
    assert.equal(api.comments.length, 1);
  });

  it('never: no request at all', async () => {
    const { api, context } = await setup();
    assert.deepEqual(await post(context, { when: 'never' }), { action: 'skipped' });
    assert.deepEqual(api.requests, []);
  });

  it('no pull request (push): no request', async () => {
    const { api, context } = await setup({}, { ref: 'refs/heads/main', repository: { full_name: 'octo-org/shop', default_branch: 'main' } }, 'push');
    assert.deepEqual(await post(context), { action: 'skipped' });
    assert.deepEqual(api.requests, []);
  });

  it('a fake marker inside the body is shown as text, not hidden', async () => {
    const { api, context } = await setup();
    await post(context, { body: `## Sluice\n<!-- sluice:comment suite=other -->\n<!--sluice:x -->\n<!-- SLUICE:comment suite=default -->` });
    const body = api.comments[0]!.body;
    assert.ok(body.startsWith(`${MARKER}\n`));
    assert.equal(body.split(/<!--\s*sluice:/i).length, 2, body);
  });

  it('a body beyond what GitHub accepts is cut, saying where the rest is', async () => {
    const { api, context } = await setup();
    assert.equal((await post(context, { body: 'x'.repeat(100_000) })).action, 'created');
    assert.ok(api.comments[0]!.body.length <= 65_536);
    assert.match(api.comments[0]!.body, /job summary\)$/);
  });

  it('forbidden (read-only token of a fork): a warning with the fix, no throw', async () => {
    const { api, context } = await setup({}, pullRequestEvent({ fromFork: true }));
    api.setMode('forbidden');
    const result = await post(context);
    assert.equal(result.action, 'skipped');
    assert.match(result.warning ?? '', /forks/);
    assert.match(result.warning ?? '', /job summary/);
    assert.match(result.warning ?? '', /permissions: pull-requests: write/);
    assert.match(result.warning ?? '', /workflow_run/);
    assert.equal(writes(api).length, 1, 'a refusal is not retried');
  });

  it('forbidden on a branch of the same repository names the 403 and the fix', async () => {
    const { api, context } = await setup();
    api.setMode('forbidden');
    const result = await post(context);
    assert.match(result.warning ?? '', /403 Resource not accessible by integration/);
    assert.match(result.warning ?? '', /permissions: pull-requests: write/);
  });

  it('404 is treated as a missing permission', async () => {
    const { api, context } = await setup();
    api.setMode('not-found');
    const result = await post(context);
    assert.equal(result.action, 'skipped');
    assert.match(result.warning ?? '', /permissions: pull-requests: write/);
  });

  it('flaky (first request 502): retried once, then the comment is posted', async () => {
    const { api, context } = await setup();
    api.setMode('flaky');
    const result = await post(context);
    assert.equal(result.action, 'created');
    assert.equal(result.warning, undefined);
    assert.equal(api.comments.length, 1);
    assert.deepEqual(api.requests.map((r) => r.method), ['GET', 'GET', 'POST']);
  });

  it('GitHub down: one retry, then a warning', async () => {
    const { api, context } = await setup();
    api.setMode('down');
    const result = await post(context);
    assert.equal(result.action, 'skipped');
    assert.match(result.warning ?? '', /502.*second try/);
    assert.equal(api.requests.length, 2);
  });

  it('GitHub unreachable: a warning, no throw', async () => {
    const { api, context } = await setup();
    await api.close();
    const result = await post(context);
    assert.equal(result.action, 'skipped');
    assert.match(result.warning ?? '', /could not be reached/);
  });

  it('the token is in no returned message, even when it is in the URL', async () => {
    const { api, context } = await setup();
    const results = [];
    for (const mode of ['forbidden', 'down', 'not-found'] as const) {
      api.setMode(mode);
      results.push(await post(context));
    }
    api.setMode('normal');
    results.push(await upsertComment({ token: 'ghs_wrong', context, suite: 'default', body: 'x', when: 'always', changed: true }));
    results.push(await upsertComment({ token: TOKEN, context: { ...context, apiUrl: `${api.url}/${TOKEN}` }, suite: 'default', body: 'x', when: 'always', changed: true }));
    assert.match(results[3]!.warning ?? '', /401/);
    for (const result of results) {
      assert.ok(result.warning, JSON.stringify(result));
      assert.ok(!JSON.stringify(result).includes(TOKEN), JSON.stringify(result));
    }
  });
});

describe('readLabels', () => {
  it('reads the labels as they are now', async () => {
    const { context } = await setup({ labels: { 7: ['sluice:accept', 'db'] } }, pullRequestEvent({ labels: ['stale'] }));
    assert.deepEqual((await readLabels(TOKEN, context)).labels, ['sluice:accept', 'db']);
  });

  it('names who last added each label, from the issue events', async () => {
    const labelEvents = { 7: [{ label: 'Sluice:Accept', login: 'mallory' }, { label: 'sluice:accept', login: 'octocat' }, { label: 'db', login: 'hubot' }] };
    const { context } = await setup({ labels: { 7: ['sluice:accept', 'db'] }, labelEvents }, pullRequestEvent({}));
    assert.deepEqual(await readLabels(TOKEN, context), { labels: ['sluice:accept', 'db'], authors: { 'sluice:accept': 'octocat', db: 'hubot' } });
  });

  it("falls back to the event's labels with a warning", async () => {
    const { api, context } = await setup({}, pullRequestEvent({ labels: ['sluice:accept'] }));
    api.setMode('not-found');
    const result = await readLabels(TOKEN, context);
    assert.deepEqual(result.labels, ['sluice:accept']);
    assert.match(result.warning ?? '', /labels of the event/);
  });
});

describe('resolveCommentPullRequest (comment mode)', () => {
  const report = (number?: number): UntrustedReport => ({ version: 1, verdict: 'fail', ...(number ? { pullRequest: { number } } : {}) });

  it('takes the pull request GitHub names for a same-repository run', async () => {
    const { api, context } = await setup({}, workflowRunEvent({ number: 7 }), 'workflow_run');
    assert.deepEqual(await resolveCommentPullRequest({ token: TOKEN, context, report: report(7) }), { number: 7 });
    assert.match((await resolveCommentPullRequest({ token: TOKEN, context, report: report(8) })).warning ?? '', /#8.*#7/);
    assert.deepEqual(api.requests, []);
  });

  it("accepts a fork's claimed number only when that pull request's head is the tested commit", async () => {
    const { context } = await setup(
      { pulls: { 7: { headSha: HEAD_SHA, headRepoFullName: 'mallory/shop' }, 8: { headSha: 'b'.repeat(40), headRepoFullName: 'octo-org/shop' } } },
      workflowRunEvent({ fromFork: true }),
      'workflow_run',
    );
    assert.deepEqual(await resolveCommentPullRequest({ token: TOKEN, context, report: report(7) }), { number: 7 });
    const other = await resolveCommentPullRequest({ token: TOKEN, context, report: report(8) });
    assert.equal(other.number, undefined);
    assert.match(other.warning ?? '', /not the commit/);
    assert.match((await resolveCommentPullRequest({ token: TOKEN, context, report: report(99) })).warning ?? '', /could not check/);
    assert.match((await resolveCommentPullRequest({ token: TOKEN, context, report: report() })).warning ?? '', /Neither/);
  });

  it('comment mode outside workflow_run posts nothing', async () => {
    const { context } = await setup();
    assert.match((await resolveCommentPullRequest({ token: TOKEN, context, report: report(7) })).warning ?? '', /workflow_run/);
  });
});
