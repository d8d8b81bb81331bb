// One pull-request comment per suite, edited in place on every push. Sluice finds its own
// comment by a hidden marker that must open the body, so a user quoting the marker, or the
// comment of another suite, is never taken for it. Posting is optional: every failure
// becomes a warning (the report is in the job summary anyway), never a failed job.
import type { RunContext } from './context.js';
import { GitHubApiError, gitHubClient, hideToken } from './rest.js';

export type CommentWhen = 'always' | 'on-change' | 'never';

export interface UpsertCommentOptions {
  /** The github-token input; never appears in a returned message. */
  token: string;
  context: RunContext;
  /** Which suite this comment is for; each suite keeps its own comment. */
  suite: string;
  /** Escaped markdown, without the marker (added here). */
  body: string;
  /** always; on-change: only when `changed` or a comment already exists (kept current); never. */
  when: CommentWhen;
  /** The result differs from the base branch (the caller decides what counts). */
  changed: boolean;
  /** Defaults to context.pullRequest.number; comment mode passes the checked number. */
  pullRequestNumber?: number;
}

export interface CommentResult {
  url?: string;
  action: 'created' | 'updated' | 'skipped';
  /** One sentence for core.warning when the comment could not be posted. */
  warning?: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { type?: string } | null;
}

/** GitHub refuses comment bodies above 65,536 characters. */
const MAX_BODY = 65_536;
const TRUNCATED = '\n\n… (cut to fit a GitHub comment; the full report is in the job summary)';

/** The hidden first line that identifies Sluice's comment for `suite`. */
export function commentMarker(suite: string): string {
  // Encoded so no suite name can end the HTML comment early or look like another suite.
  return `<!-- sluice:comment suite=${encodeURIComponent(suite)} -->`;
}

/** The full comment: the marker, then the body with every other `<!-- sluice:` made harmless. */
export function commentBody(suite: string, markdown: string): string {
  const marker = commentMarker(suite);
  let text = markdown.startsWith(marker) ? markdown.slice(marker.length).replace(/^\r?\n/, '') : markdown;
  // A marker inside the body could pass for Sluice's comment elsewhere; shown as text, it cannot.
  text = text.replace(/<!--(\s*)sluice:/gi, '&lt;!--$1sluice:');
  const full = `${marker}\n${text}`;
  return full.length <= MAX_BODY ? full : full.slice(0, MAX_BODY - TRUNCATED.length) + TRUNCATED;
}

/** Sluice's comment for `suite` among `comments`: the body opens with the marker; a Bot's wins. */
export function findSluiceComment<T extends IssueComment>(comments: T[], suite: string): T | undefined {
  const marker = commentMarker(suite);
  const ours = comments.filter((c) => typeof c.body === 'string' && c.body.startsWith(marker));
  return ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
}

/**
 * Creates or edits Sluice's comment for this suite on the pull request. Never throws:
 * a missing permission, GitHub being down (after one retry) or anything else comes back as
 * `{ action: 'skipped', warning }`.
 */
export async function upsertComment(options: UpsertCommentOptions): Promise<CommentResult> {
  const { token, context, suite, when, changed } = options;
  const number = options.pullRequestNumber ?? context.pullRequest?.number;
  if (when === 'never' || number === undefined) return { action: 'skipped' };
  if (!token) {
    return { action: 'skipped', warning: 'Sluice did not post its pull-request comment because the github-token input is empty; the report is in the job summary.' };
  }
  const client = gitHubClient(context, token);
  const repoPath = `/repos/${encodeURIComponent(context.repository.owner)}/${encodeURIComponent(context.repository.repo)}`;
  try {
    const comments = await client.paginate<IssueComment>(`${repoPath}/issues/${number}/comments`);
    const existing = findSluiceComment(comments, suite);
    // on-change still refreshes an existing comment, so it never shows a stale verdict.
    if (!existing && when === 'on-change' && !changed) return { action: 'skipped' };
    const body = commentBody(suite, options.body);
    if (existing) {
      const { data } = await client.request<IssueComment>('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body });
      return { action: 'updated', url: data?.html_url ?? existing.html_url };
    }
    const { data } = await client.request<IssueComment>('POST', `${repoPath}/issues/${number}/comments`, { body });
    return { action: 'created', url: data?.html_url };
  } catch (error) {
    return { action: 'skipped', warning: hideToken(commentFailure(error, context), token) };
  }
}

export interface LabelsResult {
  labels: string[];
  /** Who last added each label (lower-cased name → login), from the issue's events. */
  authors?: Record<string, string>;
  warning?: string;
}

/**
 * The pull request's labels as they are now (the event's copy may be stale, and workflow_run
 * has none). On failure: the event's labels and a warning.
 */
export async function readLabels(token: string, context: RunContext, pullRequestNumber?: number): Promise<LabelsResult> {
  const fallback = context.pullRequest?.labels ?? [];
  const number = pullRequestNumber ?? context.pullRequest?.number;
  if (number === undefined || !token) return { labels: fallback };
  const { owner, repo } = context.repository;
  try {
    const client = gitHubClient(context, token);
    const issue = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${number}`;
    const labels = (await client.paginate<{ name?: unknown }>(`${issue}/labels`)).map((l) => (typeof l.name === 'string' ? l.name : '')).filter(Boolean);
    if (!labels.length) return { labels };
    return { labels, authors: await labelAuthors(client, issue) };
  } catch (error) {
    const reason = error instanceof GitHubApiError ? describeStatus(error, context) : 'an unexpected answer from GitHub';
    return { labels: fallback, warning: hideToken(`Sluice could not read the pull request's labels (${reason}); it used the labels of the event instead.`, token) };
  }
}

type IssueEvent = { event?: unknown; actor?: { login?: unknown }; label?: { name?: unknown } };

/**
 * Who added each label, so an accepted regression names a person. The events come oldest
 * first: the last `labeled` wins. Unreadable events only cost the name, never the labels.
 */
async function labelAuthors(client: ReturnType<typeof gitHubClient>, issue: string): Promise<Record<string, string>> {
  const authors: Record<string, string> = {};
  try {
    for (const e of await client.paginate<IssueEvent>(`${issue}/events`)) {
      if (e.event === 'labeled' && typeof e.label?.name === 'string' && typeof e.actor?.login === 'string') {
        authors[e.label.name.toLowerCase()] = e.actor.login;
      }
    }
  } catch {
    return {};
  }
  return authors;
}

const FIX =
  'the report is in the job summary — to comment, add `permissions: pull-requests: write` to the job, ' +
  'or post from a workflow_run workflow (see the README)';

function commentFailure(error: unknown, context: RunContext): string {
  if (!(error instanceof GitHubApiError)) {
    return `Sluice could not post its pull-request comment (${error instanceof Error ? error.message : String(error)}); the report is in the job summary.`;
  }
  if (isPermissionDenied(error)) {
    const reason = context.pullRequest?.isFork
      ? 'the token cannot comment on pull requests from forks (GitHub gives their runs a read-only token)'
      : `the token may not write pull-request comments (${describeStatus(error, context)})`;
    return `Sluice could not post its pull-request comment: ${reason}; ${FIX}.`;
  }
  return `Sluice could not post its pull-request comment (${describeStatus(error, context)}); the report is in the job summary.`;
}

/** 403 "Resource not accessible by integration" is a read-only token; 404 is how GitHub hides what a token cannot see. */
function isPermissionDenied(error: GitHubApiError): boolean {
  return error.status === 404 || (error.status === 403 && /not accessible by integration|permission/i.test(error.detail));
}

function describeStatus(error: GitHubApiError, context: RunContext): string {
  if (error.status === 0) return `GitHub at ${context.apiUrl} could not be reached, even on a second try: ${error.detail}`;
  if (error.status >= 500) return `GitHub answered ${error.status} ${error.detail}, also on a second try`;
  if (error.status === 401) return 'GitHub rejected the token: 401 Bad credentials; check the github-token input';
  return `GitHub answered ${error.status} ${error.detail} to ${error.method} ${error.path}`;
}
