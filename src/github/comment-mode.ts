// `mode: comment`: a workflow_run workflow, holding a write token, posts the comment for a
// pull_request run that had none (a fork). Everything it gets from that run — the report
// artifact — was produced by the pull request's code, so it is read as hostile input:
// bounded in size, checked in shape, and the pull request it names is checked with GitHub.
import { lstat, open } from 'node:fs/promises';
import { z } from 'zod';
import { SluiceError } from '../errors.js';
import type { RunContext } from './context.js';
import { GitHubApiError, gitHubClient, hideToken } from './rest.js';

/** The report artifact is missing, too large, not JSON, or not a Sluice report. */
export class UntrustedReportError extends SluiceError {
  override readonly name = 'UntrustedReportError';
}

export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** JSON report versions this Sluice can post (src/report/json.ts `version`). */
export const SUPPORTED_REPORT_VERSIONS = [2] as const;

// Strict about the fields comment mode uses, permissive about the rest (the report grows).
const untrustedReportSchema = z.looseObject({
  version: z.number().int(),
  verdict: z.enum(['pass', 'fail']),
  suite: z.string().min(1).max(200).optional(),
  pullRequest: z.looseObject({ number: z.number().int().positive() }).optional(),
  markdown: z.string().optional(),
  comment: z.string().optional(),
  engine: z.looseObject({ name: z.string(), version: z.string() }).optional(),
  findings: z.array(z.unknown()).optional(),
  metrics: z.array(z.unknown()).optional(),
  migrations: z.array(z.unknown()).optional(),
});

/** A JSON report from another run. Every string in it is untrusted: escape it before rendering. */
export type UntrustedReport = z.infer<typeof untrustedReportSchema>;

/**
 * Reads a report downloaded from an artifact. Throws UntrustedReportError (one sentence
 * naming the file) when it is not a regular file, larger than `maxBytes`, not JSON, of an
 * unsupported version, or not shaped like a Sluice report.
 */
export async function readUntrustedReport(file: string, maxBytes: number = MAX_REPORT_BYTES): Promise<UntrustedReport> {
  const refuse = (why: string) => new UntrustedReportError(`Sluice refused the report ${file}: ${why}.`);
  // lstat: an artifact may carry a symlink to a file of this runner (a secret, /proc/…).
  const info = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    throw refuse(`it cannot be read (${error.code ?? 'unreadable'}); check the artifact name and the download step`);
  });
  if (!info.isFile()) throw refuse('it is not a regular file');
  if (info.size > maxBytes) throw refuse(`it is ${info.size} bytes, more than the ${maxBytes} allowed`);

  // Read at most maxBytes + 1 whatever stat said, in case the file grows in between.
  const handle = await open(file, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw refuse(`it is more than the ${maxBytes} bytes allowed`);
    text = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse('it is not valid JSON');
  }
  const parsed = untrustedReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
    throw refuse(`it is not a Sluice JSON report (${where}: ${issue.code})`);
  }
  if (!(SUPPORTED_REPORT_VERSIONS as readonly number[]).includes(parsed.data.version)) {
    throw refuse(`its version ${parsed.data.version} is not one this Sluice reads (${SUPPORTED_REPORT_VERSIONS.join(', ')}); use the same Sluice version in both workflows`);
  }
  return parsed.data;
}

export interface CommentTarget {
  /** The pull request to comment on; undefined when it could not be established. */
  number?: number;
  warning?: string;
}

/**
 * The pull request a comment-mode run may comment on. GitHub names it for same-repository
 * pull requests; for forks it lists none, so the number the report claims is accepted only
 * when GitHub confirms that pull request's head is the commit the triggering run tested.
 */
export async function resolveCommentPullRequest(options: { token: string; context: RunContext; report: UntrustedReport }): Promise<CommentTarget> {
  const { token, context, report } = options;
  const run = context.triggeringRun;
  if (context.eventName !== 'workflow_run' || !run) {
    return { warning: `Sluice's comment mode runs in a workflow_run workflow, not on ${context.eventName || 'this event'}; no comment was posted.` };
  }
  const claimed = report.pullRequest?.number;
  if (context.pullRequest) {
    if (claimed !== undefined && claimed !== context.pullRequest.number) {
      return { warning: `The report names pull request #${claimed} but the triggering run belongs to #${context.pullRequest.number}; no comment was posted.` };
    }
    return { number: context.pullRequest.number };
  }
  if (claimed === undefined) {
    return { warning: 'Neither GitHub nor the report names the pull request of the triggering run, so no comment was posted.' };
  }
  const { owner, repo } = context.repository;
  try {
    const { data } = await gitHubClient(context, token).request<{ head?: { sha?: unknown; repo?: { full_name?: unknown } | null } }>(
      'GET', `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/pulls/${claimed}`);
    const headSha = data?.head?.sha;
    const headRepo = data?.head?.repo?.full_name;
    if (headSha !== run.headSha || (run.headRepoFullName && headRepo !== run.headRepoFullName)) {
      return { warning: `The report names pull request #${claimed}, whose head is not the commit the triggering run tested (${run.headSha.slice(0, 12)}); no comment was posted.` };
    }
    return { number: claimed };
  } catch (error) {
    const detail = error instanceof GitHubApiError ? `${error.status || error.detail}` : 'unexpected answer';
    return { warning: hideToken(`Sluice could not check pull request #${claimed} with GitHub (${detail}); no comment was posted.`, token) };
  }
}
