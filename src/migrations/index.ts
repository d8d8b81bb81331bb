// The migrations stage: the project's files applied on a scratch database under a deadline,
// turned into what the report says about them. Discovery is plain.ts, refusal guard.ts,
// applying apply.ts (or the project's own tool, command.ts), roles a migration leaves on the
// server server-objects.ts.
import type { Engine, Privileges, Server } from '../engines/engine.js';
import { missingPgliteExtension } from '../engines/pglite/extensions.js';
import type { Finding, Location } from '../vocabulary.js';
import { applyMigrations, type AppliedMigration } from './apply.js';
import { commandDeadlineMs, runMigrationCommand, type MigrationCommand } from './command.js';
import type { MigrationFile } from './plain.js';
import { adoptCreatedRoles } from './server-objects.js';

export { discoverMigrations, type MigrationFile } from './plain.js';
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
