// The run as GitHub describes it: every GITHUB_* variable Sluice uses is read here, once,
// and the event file is parsed into the few fields the gate and the comment need.
import { readFileSync } from 'node:fs';
import { SluiceError } from '../errors.js';

/** The workflow environment or its event file is missing or unusable. */
export class GitHubContextError extends SluiceError {
  override readonly name = 'GitHubContextError';
}

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequestContext {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** `owner/repo` the head branch lives in; empty when the fork was deleted. */
  headRepoFullName: string;
  /** The head branch lives in another repository: its code is untrusted and the token is read-only. */
  isFork: boolean;
  /** Label names as of the event; empty under workflow_run (use `readLabels` for fresh ones). */
  labels: string[];
  /** Login of the pull request's author; undefined under workflow_run, whose payload lacks it. */
  author: string | undefined;
}

/** The run that triggered a workflow_run workflow (comment mode). */
export interface TriggeringRun {
  id: number;
  /** The triggering run's event, e.g. `pull_request`. */
  event: string;
  conclusion: string | undefined;
  headSha: string;
  headBranch: string;
  headRepoFullName: string;
}

export interface RunContext {
  eventName: string;
  repository: Repository;
  /** Present for pull_request, pull_request_target, and workflow_run when GitHub lists the pull request. */
  pullRequest?: PullRequestContext;
  /** Present for workflow_run only. */
  triggeringRun?: TriggeringRun;
  defaultBranch: string | undefined;
  sha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  workspace: string;
}

/**
 * Reads the run from the GITHUB_* variables and the event file. Throws GitHubContextError
 * with one sentence when the environment is not a usable GitHub Actions run.
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const repo = record(event.repository);

  const context: RunContext = {
    eventName,
    repository,
    defaultBranch: str(repo.default_branch) || undefined,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  const baseRepoFullName = str(repo.full_name) || `${repository.owner}/${repository.repo}`;

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = record(event.pull_request);
    if (typeof pr.number !== 'number') {
      throw new GitHubContextError(`The ${eventName} event in GITHUB_EVENT_PATH has no pull_request.number, so Sluice cannot tell which pull request this is.`);
    }
    const base = record(pr.base);
    const head = record(pr.head);
    const headRepoFullName = str(record(head.repo).full_name);
    const targetRepoFullName = str(record(base.repo).full_name) || baseRepoFullName;
    context.pullRequest = {
      number: pr.number,
      baseSha: str(base.sha),
      baseRef: str(base.ref),
      headSha: str(head.sha),
      headRef: str(head.ref),
      headRepoFullName,
      // A deleted fork has no head repo; it was a fork all the same.
      isFork: headRepoFullName !== targetRepoFullName,
      labels: array(pr.labels).map((label) => str(record(label).name)).filter(Boolean),
      author: str(record(pr.user).login) || undefined,
    };
  } else if (eventName === 'workflow_run') {
    const run = record(event.workflow_run);
    const headRepoFullName = str(record(run.head_repository).full_name);
    context.triggeringRun = {
      id: typeof run.id === 'number' ? run.id : 0,
      event: str(run.event),
      conclusion: str(run.conclusion) || undefined,
      headSha: str(run.head_sha),
      headBranch: str(run.head_branch),
      headRepoFullName,
    };
    // GitHub leaves pull_requests empty when the head is a fork; comment mode then takes the
    // number from the report and checks it (see resolveCommentPullRequest).
    const pr = record(array(run.pull_requests)[0]);
    if (typeof pr.number === 'number') {
      const base = record(pr.base);
      const head = record(pr.head);
      context.pullRequest = {
        number: pr.number,
        baseSha: str(base.sha),
        baseRef: str(base.ref),
        headSha: str(head.sha) || str(run.head_sha),
        headRef: str(head.ref) || str(run.head_branch),
        headRepoFullName,
        isFork: headRepoFullName !== '' && headRepoFullName !== baseRepoFullName,
        labels: [],
        author: undefined,
      };
    }
  }
  return context;
}

function parseRepository(value: string | undefined): Repository {
  const [owner, repo, ...rest] = (value ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new GitHubContextError(`GITHUB_REPOSITORY is ${value ? `'${value}'` : 'not set'}, expected owner/repo; run Sluice as a GitHub Action step, or use the CLI outside Actions.`);
  }
  return { owner, repo };
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) {
    throw new GitHubContextError('GITHUB_EVENT_PATH is not set, so Sluice cannot read the event that started this workflow; run it as a GitHub Action step, or use the CLI outside Actions.');
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new GitHubContextError(`Sluice could not read the event file GITHUB_EVENT_PATH names (${file}: ${code}); run it as a GitHub Action step, or use the CLI outside Actions.`);
  }
  try {
    const event: unknown = JSON.parse(text);
    if (event && typeof event === 'object' && !Array.isArray(event)) return event as Record<string, unknown>;
  } catch {
    // Reported below, the same way as a JSON value that is not an object.
  }
  throw new GitHubContextError(`The event file GITHUB_EVENT_PATH names (${file}) is not a JSON object, so Sluice cannot tell what started this workflow.`);
}

// The event payload is large and only loosely typed; these read it without trusting its shape.
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
