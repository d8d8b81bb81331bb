// The migrations stage: the project's files applied on a scratch database under a deadline,
// turned into what the report says about them. Discovery is formats/, refusal guard.ts,
// applying apply.ts (or the project's own tool, command.ts), roles a migration leaves on the
// server server-objects.ts; proving the pull request's own migrations lint/, trace/,
// round-trip.ts and drift.ts.
import type { Engine, Privileges, Server } from '../engines/engine.js';
import { missingPgliteExtension } from '../engines/pglite/extensions.js';
import type { Finding, Location } from '../vocabulary.js';
import { applyMigrations, type AppliedMigration } from './apply.js';
import { commandDeadlineMs, runMigrationCommand, type MigrationCommand } from './command.js';
import type { MigrationFile } from './formats/index.js';
import { adoptCreatedRoles } from './server-objects.js';
import { lintMigrations } from './lint/index.js';
import type { Schema } from '../engines/engine.js';
import { traceMigrations, weighObserved, type MigrationTrace } from './trace/index.js';
import { roundTrip } from './round-trip.js';
import { commandRoundTrip } from './command-round-trip.js';
import { detectDrift } from './drift.js';
import type { Metric } from '../vocabulary.js';
import type { SluiceConfig } from '../config/schema/index.js';
import path from 'node:path';

export { compareMigrations, discoverMigrations, type MigrationDiscovery, type MigrationFile, type MigrationFormat, type UnrunFile } from './formats/index.js';
export { validateMigrationRules } from './lint/index.js';
export type { AppliedMigration } from './apply.js';
export type { MigrationCommand } from './command.js';

export interface MigrationStage {
  migrations: AppliedMigration[];
  findings: Finding[];
  /** False when a migration was refused or failed: nothing after this stage can be checked. */
  completed: boolean;
}

export interface MigrationOptions {
  privileges: Privileges;
  /** migrations.statement-timeout, in milliseconds. */
  timeoutMs: number;
  /** Where migrations.privileges is set, for the notice that the SQL ran unconfined. */
  privilegesSetting: Location;
  /** migrations.command: the project's own tool applies the migrations instead (`files` is then empty). */
  command?: MigrationCommand;
}

export async function migrate(server: Server, engine: Engine, files: MigrationFile[], options: MigrationOptions): Promise<MigrationStage> {
  const confined = options.privileges === 'confined' && server.info.name !== 'pglite';
  await engine.setStatementTimeout(options.timeoutMs);
  const rolesBefore = await server.listRoles();
  const commandRun = options.command ? await runMigrationCommand(engine, options.command, commandDeadlineMs(options.timeoutMs)) : undefined;
  const migrations = commandRun ? [commandRun.migration] : await applyMigrations(engine, files);
  const findings = await adoptCreatedRoles(server, rolesBefore, files);
  if (!confined && server.info.name !== 'pglite') {
    findings.push({
      check: 'migrations', rule: 'ran-as-superuser', severity: 'notice', location: options.privilegesSetting,
      message: `The project's SQL ran as the server URL's own account, not a role confined to the scratch database (migrations.privileges: superuser).`,
    });
  }

  const refused = migrations.filter((m) => m.status === 'refused');
  for (const migration of refused) {
    findings.push({
      check: 'migrations', rule: 'migration-refused', severity: 'error',
      message: `Migration ${migration.name} was refused: ${migration.error!.message}. No migration was run.`,
      location: { file: migration.file, line: migration.error!.line },
    });
  }
  const failed = migrations.find((m) => m.status === 'failed');
  if (commandRun && failed?.error) {
    const output = commandRun.lastLines.length ? ` Its last output:\n${commandRun.lastLines.join('\n')}` : ' It printed nothing.';
    findings.push({
      check: 'migrations', rule: 'migration-failed', severity: 'error',
      message: `migrations.command \`${failed.name}\` ${failed.error.message}, so the migrations did not complete.${output}`,
      location: options.command!.location,
    });
  } else if (failed?.error) {
    const { kind } = failed.error;
    const help =
      kind === 'permission-denied' && confined
        ? 'Migrations run as a per-run role that can reach only the scratch database; if this one needs more (an extension only a superuser may create), set migrations.privileges: superuser.'
        : kind === 'timeout'
          ? 'The statement ran past migrations.statement-timeout; raise it if the migration is meant to take that long.'
          : undefined;
    // An extension PGlite does not ship fails as "not available"; say what would run it.
    const missing = server.info.name === 'pglite' ? missingPgliteExtension(failed.error.message) : undefined;
    findings.push({
      check: 'migrations', rule: 'migration-failed', severity: 'error',
      message: missing
        ? `Migration ${failed.name} creates the extension ${missing}, which the embedded engine (PGlite) does not have; run Sluice on a PostgreSQL server that has it (engine: postgres:17 with an image that ships it, or a postgres:// URL).`
        : `Migration ${failed.name} failed: ${failed.error.message} (${failed.error.code}); the migrations after it were not run.`,
      location: { file: failed.file, line: failed.error.line },
      ...(help ? { help } : {}),
    });
  }
  const completed = refused.length === 0 && !failed;
  // Whatever the migrations set on their session (search_path, SET …, USE) stops here.
  if (completed) await engine.resetSession();
  return { migrations, findings, completed };
}

/** One side's migrations as the proving step needs them: the files, their folder, the schema they built. */
export interface MigrationSide {
  files: MigrationFile[];
  /** The migrations folder, to name files the same way on both sides. */
  dir: string;
  schema?: Schema;
  /** migrations.command: the project's tool applies the migrations (`files` is then empty). */
  command?: MigrationCommand;
  /** Where a sluice.yml setting is (for migrations.down-command's findings). */
  locate?: (path: readonly (string | number)[]) => Location;
}

/**
 * The migrations the pull request adds: files of the head whose path in the migrations folder
 * the base does not have. Without a base every file counts as added.
 */
export function addedMigrations(head: MigrationSide, base: MigrationSide | undefined): MigrationFile[] {
  if (!base) return head.files;
  const known = new Set(base.files.map((f) => path.relative(base.dir, f.file)));
  return head.files.filter((f) => !known.has(path.relative(head.dir, f.file)));
}

/** migrations.down-command: the tool's round trip (command-round-trip.ts), or a notice when it cannot run. */
async function proveDownCommand(server: Server, head: MigrationSide, base: MigrationSide | undefined, config: SluiceConfig, log?: (line: string) => void): Promise<Finding[]> {
  const run = config.migrations['down-command'];
  if (!run) return [];
  const location = head.locate?.(['migrations', 'down-command']) ?? { file: 'sluice.yml' };
  if (!head.command) {
    return [{
      check: 'migrations', rule: 'down-command-unused', severity: 'warning', subject: 'migrations.down-command', location,
      message: 'migrations.down-command is set but migrations.command is not, so it was not run; remove it, or set migrations.command to the tool that applies the migrations.',
    }];
  }
  log?.(`migrations: round trip through the tool: \`${head.command.run}\` → \`${run}\` → \`${head.command.run}\``);
  const proved = await commandRoundTrip({
    server, command: head.command, down: { run, location }, statementTimeoutMs: config.migrations['statement-timeout'],
    // The base's own tool run first: the down then has to undo the pull request's migrations only.
    ...(base?.command ? { base: base.command } : {}),
  });
  return proved.findings;
}

/**
 * Proves the pull request's migrations: the static rules over the added files, knowing which
 * tables (and column types) already existed on the base; drift against the base's files; the
 * round trip (up → down → up, schemas compared); then, with a base, the lock trace: the added
 * migrations applied one statement at a time on tables seeded with data.
 */
export async function proveMigrations(options: {
  server: Server;
  head: MigrationSide;
  base?: MigrationSide;
  config: SluiceConfig;
  log?: (line: string) => void;
}): Promise<{ findings: Finding[]; metrics: Metric[]; traces: MigrationTrace[] }> {
  const { server, config } = options;
  const added = addedMigrations(options.head, options.base);
  const tables = options.base?.schema?.tables ?? [];
  const findings = lintMigrations(added, {
    dialect: server.info.dialect,
    server: { name: server.info.name, version: server.info.version },
    existingTables: new Set(tables.map((t) => t.name)),
    existingColumns: new Map(tables.map((t) => [t.name, new Map(t.columns.map((c) => [c.name, c.nativeType]))])),
    rules: config.checks.migrations.rules,
  });
  // A merged migration the pull request edits, deletes, or slips in before the latest one.
  if (options.base) {
    findings.push(...detectDrift({ base: options.base.files, head: options.head.files, baseDir: options.base.dir, headDir: options.head.dir }));
  }
  // The round trip replays every migration (each needs the state before it), but speaks only
  // of the added ones: the base's downs are the base's business.
  if (config.checks.migrations['round-trip']) {
    const proved = await roundTrip({ server, files: options.head.files, statementTimeoutMs: config.migrations['statement-timeout'] });
    const addedNames = new Set(added.map((m) => `migration ${m.name}`));
    // The folder-wide "no downs at all" notice is news only on a first run, not on every pull request.
    const folderWide = (f: Finding) => f.subject === 'migrations' && !options.base;
    findings.push(...proved.findings.filter((f) => folderWide(f) || (f.subject !== undefined && addedNames.has(f.subject))));
    findings.push(...(await proveDownCommand(server, options.head, options.base, config, options.log)));
  }
  const metrics: Metric[] = [];
  let traces: MigrationTrace[] = [];
  // Tracing needs tables that existed before: only a pull request against a base has them.
  if (options.base && added.length > 0 && config.checks.migrations.trace) {
    options.log?.(`migrations: tracing ${added.length} added migration${added.length === 1 ? '' : 's'} on seeded tables`);
    const traced = await traceMigrations({ server, existing: options.base.files, added, config, ...(options.log ? { log: options.log } : {}) });
    // What the trace saw happen outranks what a rule predicted from the statement's shape.
    findings.splice(0, findings.length, ...weighObserved(findings, traced.traces, server.info));
    findings.push(...traced.findings);
    metrics.push(...traced.metrics);
    traces = traced.traces;
  }
  return { findings, metrics, traces };
}
