// GitHub: what the run is (event, pull request, fork or not), whether Sluice may run on it,
// and the one pull-request comment per suite, edited in place. Plain fetch against
// GITHUB_API_URL (see rest.ts for why not Octokit). Posting is optional: failures come
// back as warning sentences for core.warning, never as exceptions.
//
//   readRunContext(env = process.env): RunContext
//       GITHUB_* variables and the event file → context; throws GitHubContextError (one sentence).
//   pullRequestTargetRefusal(context, allowed): string | undefined
//       under pull_request_target without allow-pull-request-target: true → the refusal sentence.
//   upsertComment({ token, context, suite, body, when, changed, pullRequestNumber? })
//       : Promise<{ url?, action: 'created' | 'updated' | 'skipped', warning? }>; never throws.
//   readLabels(token, context, pullRequestNumber?): Promise<{ labels, warning? }>
//       fresh labels (for sluice:accept); falls back to the event's labels with a warning.
//   readUntrustedReport(file, maxBytes = 5 MiB): Promise<UntrustedReport>
//       comment mode: the artifact's JSON report, checked; throws UntrustedReportError.
//   resolveCommentPullRequest({ token, context, report }): Promise<{ number?, warning? }>
//       comment mode: the pull request to comment on, a fork's claimed number checked with GitHub.
//   postReportComment({ token, context, reportFile, when }): Promise<CommentResult>
//       comment mode end to end: read, validate, render and post; throws (exit 2) when refused.

export { GitHubContextError, readRunContext } from './context.js';
export type { PullRequestContext, Repository, RunContext, TriggeringRun } from './context.js';
export { ALLOW_PULL_REQUEST_TARGET_INPUT, pullRequestTargetRefusal } from './safety.js';
export { commentBody, commentMarker, readLabels, upsertComment } from './comment.js';
export type { CommentResult, CommentWhen, LabelsResult, UpsertCommentOptions } from './comment.js';
export {
  MAX_REPORT_BYTES,
  SUPPORTED_REPORT_VERSIONS,
  UntrustedReportError,
  readUntrustedReport,
  resolveCommentPullRequest,
} from './comment-mode.js';
export type { CommentTarget, UntrustedReport } from './comment-mode.js';
export { postReportComment, type PostReportOptions } from './post-report.js';
