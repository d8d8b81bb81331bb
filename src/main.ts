// The Action: inputs → runGate() → outputs, job summary, annotations, exit code.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { checkDatabaseUrl, checkEngine, checkFailOn } from './config/overrides.js';
import { cleanupAll, runIsStopping } from './engines/index.js';
import { EXIT_GATE_FAILED, exitCodeOf } from './errors.js';
import { installSignalCleanup, runGate } from './gate.js';
import { renderMarkdown, toJsonReport } from './report/index.js';
import { redactSecrets, rememberUrlSecret } from './secrets.js';

/** Every input the Action reads, in one place (names as in action.yml), checked before anything starts. */
function readInputs() {
  const databaseUrl = core.getInput('database-url') || undefined;
  const engine = core.getInput('engine') || undefined;
  for (const secret of [...rememberUrlSecret(databaseUrl), ...rememberUrlSecret(engine)]) core.setSecret(secret);
  return {
    config: core.getInput('config') || 'sluice.yml',
    engine: checkEngine(engine, "input 'engine'"),
    databaseUrl: checkDatabaseUrl(databaseUrl, "input 'database-url'"),
    failOn: checkFailOn(core.getInput('fail-on') || undefined, "input 'fail-on'"),
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    installSignalCleanup();
    const report = await runGate({
      configFile: inputs.config,
      engine: inputs.engine,
      databaseUrl: inputs.databaseUrl,
      failOn: inputs.failOn,
      engineOrigin: "input 'engine'",
      log: (line) => core.info(redactSecrets(line)),
    });

    const markdown = redactSecrets(renderMarkdown(report));
    core.info(markdown);
    await core.summary.addRaw(markdown, true).write();
    for (const finding of report.findings) {
      const annotate = finding.severity === 'error' ? core.error : finding.severity === 'warning' ? core.warning : core.notice;
      annotate(redactSecrets(finding.message), {
        title: `Sluice ${finding.rule}`,
        file: finding.location?.file,
        startLine: finding.location?.line,
      });
    }
    const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'sluice-'));
    const jsonFile = path.join(dir, 'report.json');
    await writeFile(jsonFile, redactSecrets(JSON.stringify(toJsonReport(report), null, 2)) + '\n');

    core.setOutput('verdict', report.verdict);
    core.setOutput('findings', report.findings.length);
    core.setOutput('errors', report.findings.filter((f) => f.severity === 'error').length);
    core.setOutput('warnings', report.findings.filter((f) => f.severity === 'warning').length);
    core.setOutput('report-json', jsonFile);
    if (report.verdict === 'fail') {
      core.setFailed(`Sluice: the gate failed (fail-on: ${report.failOn}); see the job summary.`);
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
