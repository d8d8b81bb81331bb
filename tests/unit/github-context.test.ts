// What Sluice understands of the run GitHub started: the event, the pull request, forks,
// the pull_request_target refusal, and the report a comment-mode run downloads.
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  GitHubContextError,
  UntrustedReportError,
  pullRequestTargetRefusal,
  readRunContext,
  readUntrustedReport,
} from '../../src/github/index.js';
import { BASE_SHA, HEAD_SHA, pullRequestEvent, pushEvent, runnerEnv, workflowRunEvent } from '../support/github-events.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-github-context-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readRunContext', () => {
  it('reads a pull request from a fork', async () => {
    const context = readRunContext(await runnerEnv(dir, 'pull_request', pullRequestEvent({ fromFork: true, labels: ['sluice:accept', 'db'] })));
    assert.equal(context.eventName, 'pull_request');
    assert.deepEqual(context.repository, { owner: 'octo-org', repo: 'shop' });
    assert.equal(context.defaultBranch, 'main');
    assert.equal(context.apiUrl, 'https://api.github.com');
    assert.equal(context.runId, '123456');
    assert.deepEqual(context.pullRequest, {
      number: 7,
      baseSha: BASE_SHA,
      baseRef: 'main',
      headSha: HEAD_SHA,
      headRef: 'add-index',
      headRepoFullName: 'mallory/shop',
      isFork: true,
      labels: ['sluice:accept', 'db'],
      author: 'mallory',
    });
  });

  it('a pull request from a branch of the same repository is not a fork', async () => {
    const context = readRunContext(await runnerEnv(dir, 'pull_request', pullRequestEvent()));
    assert.equal(context.pullRequest?.isFork, false);
    assert.equal(context.pullRequest?.author, 'octocat');
  });

  it('reads a push: no pull request', async () => {
    const context = readRunContext(await runnerEnv(dir, 'push', pushEvent()));
    assert.equal(context.eventName, 'push');
    assert.equal(context.pullRequest, undefined);
    assert.equal(context.ref, 'refs/heads/main');
    assert.equal(context.sha, HEAD_SHA);
    assert.equal(context.defaultBranch, 'main');
  });

  it('reads workflow_run: the triggering run and its first pull request', async () => {
    const context = readRunContext(await runnerEnv(dir, 'workflow_run', workflowRunEvent({ number: 12 })));
    assert.equal(context.pullRequest?.number, 12);
    assert.equal(context.pullRequest?.headSha, HEAD_SHA);
    assert.equal(context.pullRequest?.baseRef, 'main');
    assert.equal(context.pullRequest?.isFork, false);
    assert.deepEqual(context.pullRequest?.labels, []);
    assert.deepEqual(context.triggeringRun, {
      id: 4242, event: 'pull_request', conclusion: 'failure', headSha: HEAD_SHA, headBranch: 'add-index', headRepoFullName: 'octo-org/shop',
    });
  });

  it('workflow_run from a fork: GitHub lists no pull request, the triggering run says where the head is', async () => {
    const context = readRunContext(await runnerEnv(dir, 'workflow_run', workflowRunEvent({ fromFork: true })));
    assert.equal(context.pullRequest, undefined);
    assert.equal(context.triggeringRun?.headRepoFullName, 'mallory/shop');
  });

  it('workflow_dispatch: no pull request', async () => {
    const context = readRunContext(await runnerEnv(dir, 'workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository: pushEvent().repository }));
    assert.equal(context.pullRequest, undefined);
    assert.equal(context.eventName, 'workflow_dispatch');
  });

  it('GHES: the API URL is taken as given, without a trailing slash', async () => {
    const context = readRunContext(await runnerEnv(dir, 'push', pushEvent(), 'https://ghe.example.com/api/v3/'));
    assert.equal(context.apiUrl, 'https://ghe.example.com/api/v3');
  });

  it('a missing, unreadable or broken event file is one sentence naming GITHUB_EVENT_PATH', async () => {
    const env = await runnerEnv(dir, 'pull_request', pullRequestEvent());
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{ not json');
    for (const eventPath of [undefined, path.join(dir, 'missing.json'), dir, broken]) {
      assert.throws(() => readRunContext({ ...env, GITHUB_EVENT_PATH: eventPath }), (error: unknown) => {
        assert.ok(error instanceof GitHubContextError);
        assert.match(error.message, /GITHUB_EVENT_PATH/);
        assert.equal(error.message.split(/\.\s/).length, 1, error.message);
        return true;
      });
    }
  });
});

describe('pullRequestTargetRefusal', () => {
  it('refuses pull_request_target, says why and what to do instead', async () => {
    const context = readRunContext(await runnerEnv(dir, 'pull_request_target', pullRequestEvent({ fromFork: true })));
    const refusal = pullRequestTargetRefusal(context, false);
    assert.ok(refusal);
    assert.match(refusal, /untrusted/);
    assert.match(refusal, /token/);
    assert.match(refusal, /pull_request/);
    assert.match(refusal, /workflow_run/);
    assert.match(refusal, /allow-pull-request-target: true/);
  });

  it('runs when allowed, and on other events', async () => {
    const target = readRunContext(await runnerEnv(dir, 'pull_request_target', pullRequestEvent()));
    assert.equal(pullRequestTargetRefusal(target, true), undefined);
    const pullRequest = readRunContext(await runnerEnv(dir, 'pull_request', pullRequestEvent()));
    assert.equal(pullRequestTargetRefusal(pullRequest, false), undefined);
  });
});

describe('readUntrustedReport', () => {
  const write = async (name: string, content: string) => {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return file;
  };
  const valid = { version: 2, verdict: 'fail', suite: 'default', pullRequest: { number: 7 }, markdown: '## Sluice', findings: [], metrics: [], migrations: [], futureField: { x: 1 } };

  it('reads a report and keeps fields it does not know', async () => {
    const report = await readUntrustedReport(await write('ok.json', JSON.stringify(valid)));
    assert.equal(report.verdict, 'fail');
    assert.equal(report.pullRequest?.number, 7);
    assert.deepEqual((report as Record<string, unknown>).futureField, { x: 1 });
  });

  it('refuses what is not a Sluice report, naming the file', async () => {
    const cases: [string, string, RegExp][] = [
      ['not-json.json', '{"version": 2,', /not valid JSON/],
      ['array.json', '[]', /not a Sluice JSON report/],
      ['verdict.json', JSON.stringify({ ...valid, verdict: 'maybe' }), /verdict/],
      ['no-version.json', JSON.stringify({ ...valid, version: undefined }), /version/],
      ['future.json', JSON.stringify({ ...valid, version: 99 }), /version 99/],
      ['findings.json', JSON.stringify({ ...valid, findings: 'none' }), /findings/],
      ['markdown.json', JSON.stringify({ ...valid, markdown: ['<b>'] }), /markdown/],
      ['suite.json', JSON.stringify({ ...valid, suite: 5 }), /suite/],
      ['number.json', JSON.stringify({ ...valid, pullRequest: { number: '7; rm -rf' } }), /pullRequest.number/],
    ];
    for (const [name, content, why] of cases) {
      const file = await write(name, content);
      await assert.rejects(readUntrustedReport(file), (error: unknown) => {
        assert.ok(error instanceof UntrustedReportError, name);
        assert.ok(error.message.includes(file), error.message);
        assert.match(error.message, why);
        return true;
      });
    }
  });

  it('refuses a report larger than the limit without reading it all', async () => {
    const file = await write('large.json', JSON.stringify({ ...valid, markdown: 'x'.repeat(2000) }));
    await assert.rejects(readUntrustedReport(file, 1000), /more than the 1000 allowed/);
  });

  it('refuses a symlink (an artifact pointing at a file of the runner) and a missing file', async () => {
    const link = path.join(dir, 'link.json');
    await symlink(await write('target.json', JSON.stringify(valid)), link);
    await assert.rejects(readUntrustedReport(link), /not a regular file/);
    await assert.rejects(readUntrustedReport(path.join(dir, 'absent.json')), /ENOENT/);
  });
});
