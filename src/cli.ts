#!/usr/bin/env node
// The CLI: `sluice check` runs the same pipeline as the Action and prints the report;
// `sluice baseline record` runs it without comparing and writes the stored baseline;
// `sluice isolation` prints the isolation matrix of a server.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { toBaselineDocument } from './baseline/document.js';
import { baselineFileOf, fileStore, readBaselineFile } from './baseline/stores/index.js';
import type { BaselineDocument } from './baseline/types.js';
import { loadConfig } from './config/load.js';
import { checkDatabaseUrl, checkEngine, checkFailOn, checkReportPath } from './config/overrides.js';
import { cleanupAll, runIsStopping, startServer } from './engines/index.js';
import { renderMatrix, runIsolationMatrix } from './checks/concurrency/index.js';
import { EXIT_GATE_FAILED, EXIT_PASS, EXIT_USAGE, SluiceError, UsageError, exitCodeOf } from './errors.js';
import { installSignalCleanup, runGate, type GateReport } from './gate.js';
import { renderMarkdown, toJsonReport } from './report/index.js';
import { redactSecrets, rememberUrlSecret } from './secrets.js';

const HELP = `Usage: sluice check [options]
       sluice baseline record [options]
       sluice isolation [--engine ENGINE | --database-url URL]

check            Runs the project's migrations on a scratch database, checks the schema and data,
                 measures the declared queries, compares them with the baseline and prints the
                 report. Exit code 0 pass, 1 gate failed, 2 usage or infrastructure.
baseline record  Runs the same stages without comparing and writes the figures to a stored
                 baseline (default baselines/<suite>.json; commit it). Exit code 0 when written,
                 even with findings; 1 when migrations or seeding did not complete; 2 usage or
                 infrastructure.
isolation        Runs the classic anomaly scripts (dirty write G0 … write skew G2) at every
                 isolation level of the server and prints which anomalies each level prevents,
                 next to what the engine documents. Exit code 1 when a level is weaker than
                 documented. Engine: --engine, --database-url, else sluice.yml's engine.

Options:
  -c, --config FILE        sluice.yml to use (default: sluice.yml)
  -e, --engine ENGINE      pglite | postgres:<tag> | mysql:<tag> | mariadb:<tag> | a postgres:// or mysql:// URL
      --database-url URL   server URL (also SLUICE_DATABASE_URL); wins over --engine
  -q, --quiet              no progress lines on stderr
  -h, --help               this help

check options:
      --fail-on LEVEL      error | warning | never (default: gate.fail-on in sluice.yml)
      --json FILE          also write the machine-readable report to FILE
      --baseline FILE      compare with this stored baseline file instead of the configured source
      --base REF           build this commit or branch (e.g. origin/main) in the same run and compare with it

baseline record options:
      --out FILE           where to write the baseline (default: baseline.file in sluice.yml, or baselines/<suite>.json)
`;

const CHECK_ONLY = ['fail-on', 'json', 'baseline', 'base'] as const;
const RECORD_ONLY = ['out'] as const;

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
        baseline: { type: 'string' },
        base: { type: 'string' },
        out: { type: 'string' },
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
  let extra: string | undefined;
  if (command === 'check') {
    if (positionals.length > 1) return usage(`unexpected argument '${positionals[1]}'; sluice check takes only options, such as --config FILE (see sluice --help).`);
    extra = RECORD_ONLY.find((name) => values[name] !== undefined);
  } else if (command === 'baseline') {
    if (positionals[1] !== 'record') {
      const given = positionals[1] === undefined ? 'no subcommand' : `unknown subcommand '${positionals[1]}'`;
      return usage(`sluice baseline: ${given}; the subcommand is: sluice baseline record (see sluice --help).`);
    }
    if (positionals.length > 2) return usage(`unexpected argument '${positionals[2]}'; sluice baseline record takes only options, such as --out FILE (see sluice --help).`);
    extra = CHECK_ONLY.find((name) => values[name] !== undefined);
  } else if (command === 'isolation') {
    if (positionals.length > 1) return usage(`unexpected argument '${positionals[1]}'; sluice isolation takes only --engine, --database-url or --config (see sluice --help).`);
    extra = [...CHECK_ONLY, ...RECORD_ONLY].find((name) => values[name] !== undefined);
  } else {
    return usage(`unknown command '${command}'; the commands are sluice check, sluice baseline record and sluice isolation (see sluice --help).`);
  }
  if (extra) return usage(`--${extra} is not an option of ${command === 'check' ? 'sluice check' : command === 'isolation' ? 'sluice isolation' : 'sluice baseline record'}; see sluice --help.`);

  // An empty SLUICE_DATABASE_URL (a secret a fork's workflow cannot read) means none was given.
  const databaseUrl = values['database-url'] ?? (process.env.SLUICE_DATABASE_URL || undefined);
  rememberUrlSecret(databaseUrl);
  rememberUrlSecret(values.engine);
  try {
    const engine = checkEngine(values.engine, '--engine');
    checkDatabaseUrl(databaseUrl, values['database-url'] !== undefined ? '--database-url' : 'SLUICE_DATABASE_URL');
    const log = values.quiet ? undefined : (line: string) => process.stderr.write(redactSecrets(`sluice: ${line}\n`));
    const gate = { configFile: values.config, engine, databaseUrl, log };
    if (command === 'baseline') return await recordBaseline(gate, values.out);
    if (command === 'isolation') return await printIsolationMatrix(gate);

    const failOn = checkFailOn(values['fail-on'], '--fail-on');
    const jsonFile = await checkReportPath(values.json, '--json');
    // A baseline that cannot be used is found before any database starts.
    const baseline = values.baseline === undefined ? undefined : await readGivenBaseline(values.baseline);
    installSignalCleanup();
    const base = values.base === undefined ? undefined : checkBaseRevision(values.base);
    const report = await runGate({ ...gate, failOn, baseline, ...(base ? { base } : {}) });
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

/** `sluice isolation`: the matrix on a scratch database of the given server, dropped afterwards. */
async function printIsolationMatrix(gate: { configFile: string; engine: string | undefined; databaseUrl: string | undefined }): Promise<number> {
  const engine = gate.engine ?? (gate.databaseUrl ? undefined : (await loadConfig(gate.configFile)).config.engine);
  installSignalCleanup();
  const server = await startServer({ engine: engine ?? 'pglite', databaseUrl: gate.databaseUrl, origin: gate.engine ? '--engine' : 'sluice.yml engine' });
  try {
    const scratch = await server.createScratch('isolation');
    if (!scratch.openSession) throw new UsageError(`sluice isolation needs sessions side by side, which ${server.info.name} cannot give (one connection); run it with --engine postgres:<tag>, mariadb:<tag> or --database-url.`);
    const matrix = await runIsolationMatrix(scratch);
    process.stdout.write(renderMatrix(matrix));
    for (const weaker of matrix.weakerThanDocumented) process.stderr.write(`sluice: ${weaker}\n`);
    return matrix.weakerThanDocumented.length ? EXIT_GATE_FAILED : EXIT_PASS;
  } finally {
    await server.close();
  }
}

/** A git revision as a user types it; anything that could be an option or a shell trick is refused. */
function checkBaseRevision(revision: string): string {
  if (!/^[\w./@^~-]+$/.test(revision) || revision.startsWith('-')) {
    throw new UsageError(`--base: '${revision}' is not a git revision; give a branch, tag or commit such as --base origin/main.`);
  }
  return revision;
}

async function readGivenBaseline(file: string): Promise<BaselineDocument> {
  if (file.trim() === '') throw new UsageError('--baseline needs a file name, such as --baseline baselines/pglite.json.');
  const stored = await readBaselineFile(file);
  if (!stored) throw new UsageError(`--baseline ${file}: no such file; record one with sluice baseline record --out ${file}, or give the right path.`);
  return stored.document;
}

/**
 * `sluice baseline record`: recording is not gating, so findings do not stop it; a run whose
 * migrations or seeding did not complete measured nothing worth keeping, so that does.
 */
async function recordBaseline(gate: Parameters<typeof runGate>[0], out: string | undefined): Promise<number> {
  const outFile = await checkReportPath(out, '--out');
  const loaded = await loadConfig(gate.configFile);
  const configText = await readFile(loaded.file, 'utf8');
  installSignalCleanup();
  const report = await runGate({ ...gate, compare: 'none' });
  const incomplete = incompleteStage(report);
  if (incomplete) {
    process.stdout.write(redactSecrets(renderMarkdown(report)));
    process.stderr.write(`sluice: no baseline written: ${incomplete}; fix that and record again.\n`);
    return EXIT_GATE_FAILED;
  }
  const suite = loaded.config.baseline.suite ?? report.engine.name;
  const document = toBaselineDocument(report, { ...(await currentRevision()), configText, suite });
  const file = outFile ?? baselineFileOf(suite, { file: loaded.config.baseline.file });
  const saved = await fileStore.save(document, { engine: report.engine.name, file });
  if ('warning' in saved) throw new UsageError(saved.warning);
  const count = document.metrics.length;
  process.stdout.write(`sluice: baseline written to ${saved.where} (${count} ${count === 1 ? 'metric' : 'metrics'})\n`);
  return EXIT_PASS;
}

function incompleteStage(report: GateReport): string | undefined {
  // The migration that stopped the run, not the ones left unrun after it.
  const failed = report.migrations.find((m) => m.status === 'failed' || m.status === 'refused') ?? report.migrations.find((m) => m.status !== 'applied');
  if (failed) return `migration ${failed.name} was ${failed.status}`;
  if (report.findings.some((f) => f.rule === 'seed-failed')) return 'the data could not be seeded';
  return undefined;
}

/** The commit being recorded: the Action's, else git's in the working directory, else none. */
async function currentRevision(): Promise<{ commit?: string; ref?: string }> {
  if (process.env.GITHUB_SHA) return { commit: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF_NAME || undefined };
  const git = (...args: string[]) =>
    promisify(execFile)('git', args, { timeout: 5000 }).then(({ stdout }) => stdout.trim() || undefined, () => undefined);
  const [commit, ref] = await Promise.all([git('rev-parse', 'HEAD'), git('symbolic-ref', '--short', '-q', 'HEAD')]);
  return { ...(commit ? { commit } : {}), ...(ref ? { ref } : {}) };
}

async function writeReport(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new UsageError(`--json ${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); make it writable or write the report elsewhere.`);
  }
}

const VALUE_EXAMPLES: Record<string, string> = { '--json': 'report.json', '--config': 'sluice.yml', '--baseline': 'baselines/pglite.json', '--out': 'baselines/pglite.json' };

/** node:util parseArgs' complaint as one sentence with the fix. */
function flagProblem(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? 'an option';
  const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}'; the options are listed by sluice --help.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (error.message.includes('does not take an argument')) return `${long} takes no value; write just ${long}.`;
    if (error.message.includes('ambiguous')) return `${long} is followed by another option instead of its value; give it a value (${long}=-x for one starting with a dash).`;
    return `${long} needs a value, such as ${long} ${VALUE_EXAMPLES[long] ?? '<value>'}; see sluice --help.`;
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
