// The round trip for a migration tool run through a command (migrations.command with
// migrations.down-command): on a scratch database of its own, fingerprint S0 → `command` → S1
// → `down-command` → must equal S0 → `command` again → must equal S1.
//
// What S0 is: the state before the pull request's migrations. With the base branch at hand,
// its own `command` runs first (from the base checkout), so the tool records the base's
// migrations as applied; the head's `command` then applies only the pull request's — for Knex
// one batch, exactly what `knex migrate:rollback` reverts — and S0 is the base's schema.
// Without a base S0 is the empty database, and the down must revert every migration (for a
// tool whose down reverts one step, its "all the way" form: alembic downgrade base, sequelize
// db:migrate:undo:all). The tools' bookkeeping tables stay behind after a rollback and are not
// part of the fingerprint (see fingerprint/model.ts), so they never count as left over.
import type { Server } from '../engines/engine.js';
import type { Finding, Location } from '../vocabulary.js';
import { commandDeadlineMs, runMigrationCommand, type MigrationCommand } from './command.js';
import { diffSchemas, fingerprintSchema, type SchemaChange } from './fingerprint/index.js';

export interface DownCommand {
  /** migrations.down-command as written. */
  run: string;
  /** Where it is set in sluice.yml. */
  location: Location;
}

export interface CommandRoundTripOptions {
  server: Server;
  command: MigrationCommand;
  down: DownCommand;
  /** The base branch's `command` (its checkout as cwd): run first, so S0 is the base's schema. */
  base?: MigrationCommand;
  /** migrations.statement-timeout, milliseconds: the deadline of each command run derives from it. */
  statementTimeoutMs: number;
}

export interface CommandRoundTripResult {
  status: 'proved' | 'failed' | 'not-run';
  findings: Finding[];
  /** What differed: after the down (from S0), or after the second `command` (from S1). */
  changes?: SchemaChange[];
}

/** Scratch names must differ within a run: a second round trip on the same server gets its own. */
let runs = 0;
/** Sentences quoted in one finding. */
const MAX_SENTENCES = 8;
const SUBJECT = 'migrations.down-command';
const HELP =
  'Make every down migration undo exactly what its up does (drop what it created, restore what it changed), and make migrations.down-command revert everything migrations.command applies to an empty database.';

export async function commandRoundTrip(options: CommandRoundTripOptions): Promise<CommandRoundTripResult> {
  const { server, command, down } = options;
  const deadline = commandDeadlineMs(options.statementTimeoutMs);
  runs += 1;
  const engine = await server.createScratch(runs === 1 ? 'roundtrip-command' : `roundtrip-command${runs}`);
  await engine.setStatementTimeout(options.statementTimeoutMs);
  const downCommand: MigrationCommand = { run: down.run, cwd: command.cwd, location: down.location };

  if (options.base) {
    const base = await runMigrationCommand(engine, options.base, deadline);
    if (base.migration.status !== 'applied') {
      return {
        status: 'not-run',
        findings: [{ check: 'migrations', rule: 'round-trip-stopped', severity: 'notice', subject: SUBJECT, location: command.location, message: `The round trip did not run: the base branch's migrations.command \`${options.base.run}\` ${base.migration.error?.message ?? 'failed'} on its database.` }],
      };
    }
  }
  const start = await fingerprintSchema(engine);
  const from = options.base ? 'the base branch\'s schema' : 'the empty schema';
  const up = await runMigrationCommand(engine, command, deadline);
  if (up.migration.status !== 'applied') {
    // The main run reports the failing command itself; here it only means there is nothing to undo.
    return {
      status: 'not-run',
      findings: [{ check: 'migrations', rule: 'round-trip-stopped', severity: 'notice', subject: SUBJECT, location: command.location, message: `The round trip did not run: migrations.command \`${command.run}\` ${up.migration.error?.message ?? 'failed'} on its database.` }],
    };
  }
  const applied = await fingerprintSchema(engine);

  const undo = await runMigrationCommand(engine, downCommand, deadline);
  if (undo.migration.status !== 'applied') {
    const output = undo.lastLines.length ? ` Its last output:\n${undo.lastLines.join('\n')}` : ' It printed nothing.';
    return failed([{ check: 'migrations', rule: 'down-failed', severity: 'error', subject: SUBJECT, location: down.location, help: HELP, message: `migrations.down-command \`${down.run}\` ${undo.migration.error?.message ?? 'failed'} right after migrations.command applied the migrations.${output}` }]);
  }
  const undone = diffSchemas(start, await fingerprintSchema(engine), 'expected');
  if (undone.length > 0) {
    return failed(
      [{ check: 'migrations', rule: 'down-incomplete', severity: 'error', subject: SUBJECT, location: down.location, help: HELP, message: `migrations.down-command \`${down.run}\` does not restore ${from}, which migrations.command started from: ${sentences(undone)}.` }],
      undone,
    );
  }

  const again = await runMigrationCommand(engine, command, deadline);
  if (again.migration.status !== 'applied') {
    const output = again.lastLines.length ? ` Its last output:\n${again.lastLines.join('\n')}` : '';
    return failed([{ check: 'migrations', rule: 'reapply-failed', severity: 'error', subject: SUBJECT, location: command.location, help: HELP, message: `migrations.command \`${command.run}\` ${again.migration.error?.message ?? 'fails'} when run again after migrations.down-command: the down leaves something behind that the migrations cannot meet twice.${output}` }]);
  }
  const redone = diffSchemas(applied, await fingerprintSchema(engine));
  if (redone.length > 0) {
    return failed(
      [{ check: 'migrations', rule: 'reapply-differs', severity: 'error', subject: SUBJECT, location: command.location, help: HELP, message: `migrations.command \`${command.run}\` gives a different schema when run again after migrations.down-command (compared with its first run: ${sentences(redone)}).` }],
      redone,
    );
  }
  return { status: 'proved', findings: [] };
}

function failed(findings: Finding[], changes?: SchemaChange[]): CommandRoundTripResult {
  return changes ? { status: 'failed', findings, changes } : { status: 'failed', findings };
}

function sentences(changes: SchemaChange[]): string {
  const shown = changes.slice(0, MAX_SENTENCES).map((c) => c.sentence);
  const more = changes.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : '');
}
