// Sample event payloads, trimmed to the fields GitHub sends that Sluice reads (and a few it
// does not, so parsing is shown to ignore them), and the environment a runner sets for them.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export const REPOSITORY = 'octo-org/shop';
export const HEAD_SHA = 'f00d'.repeat(10);
export const BASE_SHA = 'ba5e'.repeat(10);

const repository = { id: 1, name: 'shop', full_name: REPOSITORY, default_branch: 'main', fork: false, owner: { login: 'octo-org' } };

export function pullRequestEvent(options: { number?: number; fromFork?: boolean; labels?: string[]; action?: string } = {}) {
  const headRepo = options.fromFork
    ? { id: 2, name: 'shop', full_name: 'mallory/shop', fork: true, owner: { login: 'mallory' } }
    : repository;
  return {
    action: options.action ?? 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      state: 'open',
      title: 'Add an index <!-- sluice:comment suite=default -->',
      user: { login: options.fromFork ? 'mallory' : 'octocat', type: 'User' },
      labels: (options.labels ?? []).map((name, i) => ({ id: i, name, color: 'ededed' })),
      base: { ref: 'main', sha: BASE_SHA, repo: repository },
      head: { ref: 'add-index', sha: HEAD_SHA, repo: headRepo },
    },
    repository,
    sender: { login: 'octocat' },
  };
}

export function pushEvent() {
  return { ref: 'refs/heads/main', before: BASE_SHA, after: HEAD_SHA, repository, pusher: { name: 'octocat' } };
}

/** A workflow_run event; GitHub lists no pull request when the head is a fork. */
export function workflowRunEvent(options: { number?: number; fromFork?: boolean } = {}) {
  const headRepository = options.fromFork ? { id: 2, full_name: 'mallory/shop' } : { id: 1, full_name: REPOSITORY };
  return {
    action: 'completed',
    workflow_run: {
      id: 4242,
      name: 'Sluice',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'add-index',
      head_sha: HEAD_SHA,
      head_repository: headRepository,
      repository,
      pull_requests: options.fromFork
        ? []
        : [{
            id: 99,
            number: options.number ?? 7,
            url: `https://api.github.com/repos/${REPOSITORY}/pulls/${options.number ?? 7}`,
            head: { ref: 'add-index', sha: HEAD_SHA, repo: { id: 1, url: '', name: 'shop' } },
            base: { ref: 'main', sha: BASE_SHA, repo: { id: 1, url: '', name: 'shop' } },
          }],
    },
    repository,
  };
}

/** The GITHUB_* variables a runner sets, with the event written to a file in `dir` (the caller removes it). */
export async function runnerEnv(dir: string, eventName: string, event: unknown, apiUrl = 'https://api.github.com'): Promise<NodeJS.ProcessEnv> {
  const eventPath = path.join(dir, `event-${randomUUID()}.json`);
  await writeFile(eventPath, JSON.stringify(event));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_REF: eventName.startsWith('pull_request') ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '123456',
    GITHUB_WORKSPACE: dir,
  };
}
