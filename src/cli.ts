#!/usr/bin/env node
// The CLI: `sluice check` runs the same pipeline as the Action and prints the report.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkDatabaseUrl, checkEngine, checkFailOn, checkReportPath } from './config/overrides.js';
import { cleanupAll, runIsStopping } from './engines/index.js';
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
    return usage(flagProblem(error as NodeJS.ErrnoException));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_PASS;
  }
  const command = positionals[0] ?? 'check';
  if (command !== 'check') return usage(`unknown command '${command}'; the command is: sluice check (see sluice --help).`);
  if (positionals.length > 1) return usage(`unexpected argument '${positionals[1]}'; sluice check takes only options, such as --config FILE (see sluice --help).`);

  // An empty SLUICE_DATABASE_URL (a secret a fork's workflow cannot read) means none was given.
  const databaseUrl = values['database-url'] ?? (process.env.SLUICE_DATABASE_URL || undefined);
  rememberUrlSecret(databaseUrl);
  rememberUrlSecret(values.engine);
  try {
    const engine = checkEngine(values.engine, '--engine');
    const failOn = checkFailOn(values['fail-on'], '--fail-on');
    checkDatabaseUrl(databaseUrl, values['database-url'] !== undefined ? '--database-url' : 'SLUICE_DATABASE_URL');
    const jsonFile = await checkReportPath(values.json, '--json');
    installSignalCleanup();
    const report = await runGate({
      configFile: values.config,
      engine,
      databaseUrl,
      failOn,
      log: values.quiet ? undefined : (line) => process.stderr.write(redactSecrets(`sluice: ${line}\n`)),
    });
    // The file first: if writing it fails after all, the output does not already say "pass".
    if (jsonFile) await writeReport(jsonFile, redactSecrets(JSON.stringify(toJsonReport(report), null, 2)) + '\n');
    process.stdout.write(redactSecrets(renderMarkdown(report)));
    return report.verdict === 'pass' ? EXIT_PASS : EXIT_GATE_FAILED;
  } catch (error) {
    // After a signal, failures are the teardown's doing; the signal handler has said what happens.
    if (!runIsStopping()) process.stderr.write(redactSecrets(`sluice: ${describe(error)}\n`));
    return exitCodeOf(error);
  } finally {
    await cleanupAll();
  }
}

async function writeReport(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new UsageError(`--json ${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); make it writable or write the report elsewhere.`);
  }
}

/** node:util parseArgs' complaint as one sentence with the fix. */
function flagProblem(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? 'an option';
  const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}'; the options are listed by sluice --help.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (error.message.includes('does not take an argument')) return `${long} takes no value; write just ${long}.`;
    if (error.message.includes('ambiguous')) return `${long} is followed by another option instead of its value; give it a value (${long}=-x for one starting with a dash).`;
    return `${long} needs a value, such as ${long} ${long === '--json' ? 'report.json' : long === '--config' ? 'sluice.yml' : '<value>'}; see sluice --help.`;
  }
  return `${firstSentence(error.message)}; see sluice --help.`;
}

const firstSentence = (text: string) => text.split(/\.(\s|$)/)[0]!;

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
