// The Action: inputs → runGate() → the pull-request comment, job summary, annotations, report
// files, outputs, exit code. On a pull request the base branch is built in the same run; on a
// push to the default branch `baseline-write` records the new baseline. `mode: comment` (a
// workflow_run workflow) only posts the comment for another run's report.json.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { checkDatabaseUrl, checkEngine, checkFailOn } from './config/overrides.js';
import { loadConfig } from './config/load.js';
import { cleanupAll, runIsStopping } from './engines/index.js';
import { EXIT_GATE_FAILED, UsageError, exitCodeOf } from './errors.js';
import { installSignalCleanup, runGate, type GateReport } from './gate.js';
import { toBaselineDocument } from './baseline/document.js';
import { STORES } from './baseline/stores/index.js';
import { postReportComment, pullRequestTargetRefusal, readLabels, readRunContext, upsertComment, type CommentWhen, type PullRequestContext, type RunContext } from './github/index.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, changedFromBase, renderComment, toJsonReport, toJunit, toSarif } from './report/index.js';
import { redactSecrets, rememberSecret, rememberUrlSecret } from './secrets.js';

const WHEN: CommentWhen[] = ['always', 'on-change', 'never'];
const MODES = ['check', 'comment'] as const;
type Mode = (typeof MODES)[number];

/** Every input the Action reads, in one place (names as in action.yml), checked before anything starts. */
function readInputs() {
  const databaseUrl = core.getInput('database-url') || undefined;
  const engine = core.getInput('engine') || undefined;
  for (const secret of [...rememberUrlSecret(databaseUrl), ...rememberUrlSecret(engine)]) core.setSecret(secret);
  const token = core.getInput('github-token');
  if (token) rememberSecret(token);
  const comment = core.getInput('comment') || 'always';
  if (!WHEN.includes(comment as CommentWhen)) throw new UsageError(`input 'comment': '${comment}' is not one of ${WHEN.join(', ')}.`);
  const mode = core.getInput('mode') || 'check';
  if (!MODES.includes(mode as Mode)) throw new UsageError(`input 'mode': '${mode}' is not one of ${MODES.join(', ')}.`);
  const report = core.getInput('report') || undefined;
  if (mode === 'comment' && !report) {
    throw new UsageError("input 'report': mode: comment needs the path of the report.json downloaded from the triggering run's artifact.");
  }
  return {
    mode: mode as Mode,
    report,
    config: core.getInput('config') || 'sluice.yml',
    engine: checkEngine(engine, "input 'engine'"),
    databaseUrl: checkDatabaseUrl(databaseUrl, "input 'database-url'"),
    failOn: checkFailOn(core.getInput('fail-on') || undefined, "input 'fail-on'"),
    token,
    comment: comment as CommentWhen,
    baselineWrite: booleanInput('baseline-write'),
    allowPullRequestTarget: booleanInput('allow-pull-request-target'),
  };
}

/** true/false as YAML writes them; empty (the input left out) is false. */
function booleanInput(name: string): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new UsageError(`input '${name}': '${value}' is not true or false.`);
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readRunContext();
    if (inputs.mode === 'comment') {
      // Only the artifact is read, rendered and posted: no database, no project code.
      await commentFromReport(context, inputs, inputs.report!);
      return;
    }
    const refusal = pullRequestTargetRefusal(context, inputs.allowPullRequestTarget);
    if (refusal) throw new UsageError(refusal);
    installSignalCleanup();

    const pullRequest = context.pullRequest;
    const labels = pullRequest && inputs.token ? await readLabels(inputs.token, context) : { labels: pullRequest?.labels ?? [] };
    if (labels.warning) core.warning(redactSecrets(labels.warning));
    const report = await runGate({
      configFile: inputs.config,
      engine: inputs.engine,
      databaseUrl: inputs.databaseUrl,
      failOn: inputs.failOn,
      engineOrigin: "input 'engine'",
      // On a pull request the base commit is built in the same run; elsewhere the stored baseline serves.
      ...(pullRequest && context.eventName.startsWith('pull_request') ? { base: pullRequest.baseSha } : {}),
      labels: labels.labels,
      labelAuthors: labels.authors,
      log: (line) => core.info(redactSecrets(line)),
    });

    const files = await writeReportFiles(report, pullRequest);
    const summary = redactSecrets(renderComment(report, { limit: SUMMARY_LIMIT }));
    core.info(summary);
    await core.summary.addRaw(summary, true).write();
    annotate(report);
    const commentUrl = await postComment(report, context, inputs);
    if (inputs.baselineWrite) await writeBaseline(report, context, inputs.config);

    const regressions = report.comparison.metrics.filter((m) => m.status === 'regression' && !m.accepted).length;
    core.setOutput('verdict', report.verdict);
    core.setOutput('regressions', regressions);
    core.setOutput('improvements', report.comparison.metrics.filter((m) => m.status === 'improvement').length);
    core.setOutput('findings', report.findings.length);
    core.setOutput('errors', report.findings.filter((f) => f.severity === 'error').length);
    core.setOutput('warnings', report.findings.filter((f) => f.severity === 'warning').length);
    core.setOutput('report-json', files.json);
    core.setOutput('report-junit', files.junit);
    core.setOutput('report-sarif', files.sarif);
    if (commentUrl) core.setOutput('comment-url', commentUrl);
    if (report.verdict === 'fail') {
      core.setFailed(`Sluice: the gate failed (${regressions} regression${regressions === 1 ? '' : 's'}, fail-on: ${report.failOn}); see the job summary.`);
      process.exitCode = EXIT_GATE_FAILED;
    }
  } catch (error) {
    // After a signal, failures are the teardown's doing; the signal handler has said what happens.
    if (runIsStopping()) return;
    core.setFailed(redactSecrets(error instanceof Error ? error.message : String(error)));
    process.exitCode = exitCodeOf(error);
  } finally {
    await cleanupAll();
  }
}

/** report.json, JUnit XML and SARIF under RUNNER_TEMP, for artifacts, test reporters and code scanning. */
async function writeReportFiles(report: GateReport, pullRequest: PullRequestContext | undefined): Promise<{ json: string; junit: string; sarif: string }> {
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'sluice-'));
  const files = { json: path.join(dir, 'report.json'), junit: path.join(dir, 'junit.xml'), sarif: path.join(dir, 'report.sarif') };
  await writeFile(files.json, redactSecrets(JSON.stringify(toJsonReport(report, pullRequest ? { pullRequest: { number: pullRequest.number } } : {}), null, 2)) + '\n');
  await writeFile(files.junit, redactSecrets(toJunit(report)));
  await writeFile(files.sarif, redactSecrets(JSON.stringify(toSarif(report), null, 2)) + '\n');
  return files;
}

/** Findings with a place become annotations on that line; new ones first, existing ones as notices. */
function annotate(report: GateReport): void {
  for (const finding of report.findings) {
    const severity = finding.origin === 'existing' ? 'notice' : finding.severity;
    const annotateAs = severity === 'error' ? core.error : severity === 'warning' ? core.warning : core.notice;
    annotateAs(redactSecrets(finding.message), {
      title: `Sluice ${finding.rule}${finding.origin === 'existing' ? ' (already on the base branch)' : ''}`,
      file: finding.location?.file,
      startLine: finding.location?.line,
    });
  }
}

/** The one comment per suite, edited in place; a read-only token (a fork) gets a warning, never a failure. */
async function postComment(report: GateReport, context: RunContext, inputs: ReturnType<typeof readInputs>): Promise<string | undefined> {
  if (!context.pullRequest || !inputs.token || inputs.comment === 'never') return undefined;
  const changed = changedFromBase(report);
  const runUrl = context.runId ? `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/actions/runs/${context.runId}` : undefined;
  const body = redactSecrets(renderComment(report, { limit: COMMENT_LIMIT, ...(runUrl ? { artifactUrl: runUrl } : {}) }));
  const result = await upsertComment({ token: inputs.token, context, suite: report.suite, body, when: inputs.comment, changed });
  if (result.warning) core.warning(redactSecrets(result.warning));
  if (result.action !== 'skipped') core.info(`Sluice: pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  return result.url;
}

/** mode: comment — the triggering run's report posted as its pull-request comment. */
async function commentFromReport(context: RunContext, inputs: ReturnType<typeof readInputs>, reportFile: string): Promise<void> {
  const result = await postReportComment({ token: inputs.token, context, reportFile, when: inputs.comment });
  if (result.warning) core.warning(redactSecrets(result.warning));
  core.info(`Sluice: pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  if (result.url) core.setOutput('comment-url', result.url);
}

/** baselines/<suite>.json (for a following commit step) or the Actions cache, as baseline.store says. */
async function writeBaseline(report: GateReport, context: RunContext, configFile: string): Promise<void> {
  const loaded = await loadConfig(configFile);
  const document = toBaselineDocument(report, {
    configText: await readFile(loaded.file, 'utf8'),
    ...(context.sha ? { commit: context.sha } : {}),
    ...(context.ref ? { ref: context.ref.replace(/^refs\/heads\//, '') } : {}),
  });
  const store = STORES[loaded.config.baseline.store];
  const saved = await store.save(document, { engine: report.engine.name, ...(loaded.config.baseline.file ? { file: loaded.config.baseline.file } : {}) });
  if ('warning' in saved) {
    core.warning(redactSecrets(`Sluice: the baseline was not written: ${saved.warning}`));
    return;
  }
  core.info(`Sluice: baseline written to ${saved.where}`);
  core.setOutput('baseline-file', saved.where);
}
