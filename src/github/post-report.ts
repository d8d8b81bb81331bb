// Comment mode end to end: the report artifact of the triggering run → checked → rendered →
// the one comment for its suite. No database is touched: everything comes from the artifact,
// and everything in the artifact is treated as hostile (see comment-mode.ts).
import { UsageError } from '../errors.js';
import { redactSecrets } from '../secrets.js';
import { COMMENT_LIMIT, JsonReportShapeError, changedFromBase, parseJsonReport, renderComment } from '../report/index.js';
import { upsertComment, type CommentResult, type CommentWhen } from './comment.js';
import { UntrustedReportError, readUntrustedReport, resolveCommentPullRequest } from './comment-mode.js';
import type { RunContext } from './context.js';

export interface PostReportOptions {
  /** A token that may write pull-request comments (workflow_run runs get one). */
  token: string;
  context: RunContext;
  /** report.json as downloaded from the triggering run's artifact. */
  reportFile: string;
  when: CommentWhen;
}

/**
 * Posts the comment for the report the triggering run wrote. Throws (exit 2, one sentence)
 * when this is not a workflow_run or the report is unreadable or malformed; a pull request
 * that cannot be confirmed, or a comment GitHub refuses, comes back as a warning.
 */
export async function postReportComment(options: PostReportOptions): Promise<CommentResult> {
  const { token, context, reportFile, when } = options;
  const run = context.triggeringRun;
  if (context.eventName !== 'workflow_run' || !run) {
    throw new UsageError(
      `input 'mode': comment posts the report of another run and works only in a workflow_run workflow, not on ${context.eventName || 'this event'}; use mode: check here.`,
    );
  }
  const untrusted = await readUntrustedReport(reportFile);
  let report;
  try {
    report = parseJsonReport(untrusted);
  } catch (error) {
    if (!(error instanceof JsonReportShapeError)) throw error;
    throw new UntrustedReportError(`Sluice refused the report ${reportFile}: its field ${error.field} is not as Sluice writes it (${error.problem}).`);
  }

  const target = await resolveCommentPullRequest({ token, context, report: untrusted });
  if (target.number === undefined) return { action: 'skipped', ...(target.warning ? { warning: target.warning } : {}) };

  // The cut note links to the triggering run, where its artifact (the full report.json) is.
  const { owner, repo } = context.repository;
  const runUrl = run.id ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${run.id}` : undefined;
  const body = redactSecrets(renderComment(report, { limit: COMMENT_LIMIT, ...(runUrl ? { artifactUrl: runUrl } : {}) }));
  return upsertComment({ token, context, suite: report.suite, body, when, changed: changedFromBase(report), pullRequestNumber: target.number });
}
