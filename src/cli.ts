#!/usr/bin/env node
// The CLI: `sluice check` runs the same pipeline as the Action and prints the report.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ENGINE_PATTERN } from './config/schema.js';
import { maskUrl } from './engines/url.js';
import { cleanupAll } from './engines/index.js';
import { EXIT_GATE_FAILED, EXIT_PASS, EXIT_USAGE, SluiceError, UsageError, exitCodeOf } from './errors.js';
import { installSignalCleanup, runGate } from './gate.js';
import { renderMarkdown, toJsonReport } from './report/index.js';
import { redactSecrets, rememberUrlSecret } from './secrets.js';

const HELP = `Usage: sluice check [options]

Runs the project's migrations on a scratch database, checks the schema and data, measures the
declared queries and prints the report. Exit code 0 pass, 1 gate failed, 2 usage or infrastructure.

Options:
  -c, --config FILE        sluice.yml to use (default: sluice.yml)
  -e, --engine ENGINE      pglite | postgres:<tag> | mysql:<tag> | mariadb:<tag> | a postgres:// or mysql:// URL
      --database-url URL   server URL (also SLUICE_DATABASE_URL); wins over --engine
      --fail-on LEVEL      error | warning | never (default: gate.fail-on in sluice.yml)
      --json FILE          also write the machine-readable report to FILE
  -q, --quiet              no progress lines on stderr
  -h, --help               this help
`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c', default: 'sluice.yml' },
        engine: { type: 'string', short: 'e' },
        'database-url': { type: 'string' },
        'fail-on': { type: 'string' },
        json: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage(`${(error as Error).message}; see sluice --help.`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_PASS;
  }
  const command = positionals[0] ?? 'check';
  if (command !== 'check' || positionals.length > 1) return usage(`unknown command '${positionals.join(' ')}'; the command is: sluice check (see sluice --help).`);

  const databaseUrl = values['database-url'] ?? process.env.SLUICE_DATABASE_URL;
  rememberUrlSecret(databaseUrl);
  rememberUrlSecret(values.engine);
  try {
    if (values.engine !== undefined && !ENGINE_PATTERN.test(values.engine)) {
      throw new UsageError(`--engine: '${maskUrl(values.engine)}' is not an engine; use pglite, postgres:16, mysql:8.4, mariadb:11, or a postgres:// or mysql:// URL.`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['error', 'warning', 'never'].includes(failOn)) {
      throw new UsageError(`--fail-on: '${failOn}' is not one of error, warning, never.`);
    }
    installSignalCleanup();
    const report = await runGate({
      configFile: values.config,
      engine: values.engine,
      databaseUrl,
      failOn: failOn as 'error' | 'warning' | 'never' | undefined,
      log: values.quiet ? undefined : (line) => process.stderr.write(redactSecrets(`sluice: ${line}\n`)),
    });
    process.stdout.write(redactSecrets(renderMarkdown(report)));
    if (values.json) await writeFile(values.json, redactSecrets(JSON.stringify(toJsonReport(report), null, 2)) + '\n');
    return report.verdict === 'pass' ? EXIT_PASS : EXIT_GATE_FAILED;
  } catch (error) {
    process.stderr.write(redactSecrets(`sluice: ${describe(error)}\n`));
    return exitCodeOf(error);
  } finally {
    await cleanupAll();
  }
}

function usage(message: string): number {
  process.stderr.write(redactSecrets(`sluice: ${message}\n`));
  return EXIT_USAGE;
}

/** One sentence for errors users cause; the stack too for our own bugs when SLUICE_DEBUG is set. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof SluiceError) return error.message;
  const debug = process.env.SLUICE_DEBUG ? `\n${error.stack}` : ' (set SLUICE_DEBUG=1 for details)';
  return `unexpected error: ${error.message}${debug}`;
}

process.exitCode = await main(process.argv.slice(2));
