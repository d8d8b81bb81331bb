// pull_request_target runs with the base repository's secrets and a write token, so running
// the pull request's migrations there hands untrusted SQL (and migration commands) that token.
import type { RunContext } from './context.js';

/** The Action input that overrides the refusal. */
export const ALLOW_PULL_REQUEST_TARGET_INPUT = 'allow-pull-request-target';

/**
 * One sentence explaining why Sluice will not run under pull_request_target, or undefined when
 * it may run (another event, or `allow-pull-request-target: true`).
 */
export function pullRequestTargetRefusal(context: RunContext, allowed: boolean): string | undefined {
  if (context.eventName !== 'pull_request_target' || allowed) return undefined;
  return (
    "Sluice refuses to run under pull_request_target: it would run the pull request's untrusted " +
    'migrations and SQL next to a token that can write to this repository; run Sluice on ' +
    'pull_request instead and post the comment from a workflow_run workflow (mode: comment, see ' +
    `the README), or set ${ALLOW_PULL_REQUEST_TARGET_INPUT}: true if you trust every pull request author.`
  );
}
