// The round trip: proves each down migration undoes its up migration. On a scratch database of
// its own, for every migration in order: fingerprint S0 → up → S1 → down → must equal S0 →
// up again → must equal S1. Liquibase runs up→down→up too, but never compares the schemas;
// here a difference is a finding that names the index, column, default or constraint.
import type { Engine, Server } from '../engines/engine.js';
import type { Finding } from '../vocabulary.js';
import { applyMigrations, type AppliedMigration } from './apply.js';
import { diffSchemas, fingerprintSchema, type SchemaChange, type SchemaFingerprint } from './fingerprint/index.js';
import { relative, type MigrationFile } from './formats/index.js';
import { splitStatements } from './statements.js';

/**
 * proved: the down restored S0 and the second up gave S1 again. failed: see the findings.
 * no-down: the migration has no way back. not-run: an earlier migration could not be applied
 * on the round trip's database, so this one was not tried.
 */
export type RoundTripStatus = 'proved' | 'failed' | 'no-down' | 'not-run';

export interface RoundTripResult {
  name: string;
  status: RoundTripStatus;
  /** What differed: after the down (from S0), or after the second up (from S1). */
  changes?: SchemaChange[];
}

export interface RoundTripReport {
  findings: Finding[];
  results: RoundTripResult[];
}

export interface RoundTripOptions {
  server: Server;
  /** Every migration, in the order the tool applies them. */
  files: MigrationFile[];
  /** Label of the scratch database; 'roundtrip' unless given. */
  label?: string;
  /** Deadline of every statement, as for the main run (migrations.statement-timeout). */
  statementTimeoutMs?: number;
}

// After a failed round trip the database is in a state production never has; it is rebuilt
// from the ups alone. Past this many rebuilds the rest is not tried (each costs a full apply).
const MAX_REBUILDS = 3;
// Sentences quoted in one finding; the result carries them all.
const MAX_SENTENCES = 8;

const HELP_DOWN =
  'Make the down migration undo exactly what the up migration does (drop what it created, restore what it changed or dropped), so a rollback leaves the schema as it was; if the migration cannot be undone, remove its down migration and say so.';

export async function roundTrip(options: RoundTripOptions): Promise<RoundTripReport> {
  const { server, files } = options;
  const label = options.label ?? 'roundtrip';
  const findings: Finding[] = [];
  const results: RoundTripResult[] = files.map((m) => ({ name: m.name, status: m.down ? 'not-run' : 'no-down' }));
  if (!files.some((m) => m.down)) {
    // A convention without downs (Prisma, plain files): one sentence for the folder, not one per file.
    if (files.length > 0) {
      findings.push({
        check: 'migrations', rule: 'no-down', severity: 'notice', subject: 'migrations',
        message: `None of the ${files.length} migrations has a down migration, so none can be rolled back; the round trip (up → down → up) was not run.`,
      });
    }
    return { findings, results };
  }

  const rolesBefore = await server.listRoles();
  let engine = await scratch(server, label, options.statementTimeoutMs);
  let rebuilds = 0;
  try {
    for (const [index, migration] of files.entries()) {
      const result = results[index]!;
      const { down } = migration;
      if (!down) {
        // In a folder that has downs, a missing one is a gap worth a line of its own.
        findings.push({
          check: 'migrations', rule: 'no-down', severity: 'notice', subject: `migration ${migration.name}`,
          location: { file: relative(migration.file), line: 1 },
          message: `${migration.name} has no down migration, so it cannot be rolled back (other migrations in the folder have one).`,
        });
      }
      const before = down ? await fingerprintSchema(engine) : undefined;
      const up = await applyOne(engine, migration);
      if (up.status !== 'applied') {
        // The main run reports the failure itself; here it only ends the round trip.
        findings.push(stopped(migration, up));
        break;
      }
      if (!down || !before) continue;

      const applied = await fingerprintSchema(engine);
      const failure = await proveDown(engine, migration, down, before, applied);
      if (!failure) {
        result.status = 'proved';
        continue;
      }
      result.status = 'failed';
      if (failure.changes) result.changes = failure.changes;
      findings.push(failure.finding);
      if (index === files.length - 1) break;
      // A down that failed inside a transaction left the schema as the up made it: go on.
      if (diffSchemas(applied, await fingerprintSchema(engine)).length === 0) continue;
      if (++rebuilds > MAX_REBUILDS) {
        findings.push({
          check: 'migrations', rule: 'round-trip-stopped', severity: 'notice', subject: 'migrations',
          message: `The round trip stopped after ${MAX_REBUILDS + 1} failures; the down migrations after ${migration.name} were not tried. Fix these first.`,
        });
        break;
      }
      await engine.drop();
      engine = await scratch(server, `${label}-${rebuilds}`, options.statementTimeoutMs);
      const replay = await applyMigrations(engine, files.slice(0, index + 1));
      const broken = replay.find((r) => r.status !== 'applied');
      if (broken) {
        findings.push(stopped(files[replay.indexOf(broken)]!, broken));
        break;
      }
    }
  } finally {
    // Roles the ups created are server-wide: dropped with the scratch databases, as in the main run.
    const created = (await server.listRoles()).filter((r) => !rolesBefore.includes(r));
    if (created.length > 0) server.adoptRoles(created);
  }
  // Done with it: its memory (PGlite) or its server resources go now, not at the end of the run.
  await engine.drop();
  return { findings, results };
}

/** Down, compare with S0, up again, compare with S1; undefined when all holds. */
async function proveDown(
  engine: Engine,
  migration: MigrationFile,
  down: NonNullable<MigrationFile['down']>,
  before: SchemaFingerprint,
  after: SchemaFingerprint,
): Promise<{ finding: Finding; changes?: SchemaChange[] } | undefined> {
  const downFile = relative(down.file);
  const subject = `migration ${migration.name}`;
  const undo = await applyOne(engine, { ...migration, name: `${migration.name} (down)`, file: down.file, sql: down.sql });
  if (undo.status !== 'applied' && undo.error) {
    return {
      finding: {
        check: 'migrations', rule: 'down-failed', severity: 'error', subject, help: HELP_DOWN,
        location: { file: downFile, line: undo.error.line },
        message: `The down migration ${downFile} fails right after its up migration: ${undo.error.message} (${undo.error.code}).`,
      },
    };
  }
  const undone = diffSchemas(before, await fingerprintSchema(engine), 'expected');
  if (undone.length > 0) {
    return {
      changes: undone,
      finding: {
        check: 'migrations', rule: 'down-incomplete', severity: 'error', subject, help: HELP_DOWN,
        location: { file: downFile, line: lineOf(undone, down.sql, engine) },
        message: `The down migration ${downFile} does not restore the schema it started from: ${sentences(undone)}.`,
      },
    };
  }
  const upFile = relative(migration.file);
  const again = await applyOne(engine, migration);
  if (again.status !== 'applied' && again.error) {
    return {
      finding: {
        check: 'migrations', rule: 'reapply-failed', severity: 'error', subject,
        location: { file: upFile, line: again.error.line },
        message: `${migration.name} fails when applied again after its down migration: ${again.error.message} (${again.error.code}); the down leaves something behind (rows, a sequence's value, an object the schema comparison does not see) that the up cannot meet twice.`,
        help: HELP_DOWN,
      },
    };
  }
  // Told as changes from the first run: "column orders.v2 added" reads right for a second up.
  const redone = diffSchemas(after, await fingerprintSchema(engine));
  if (redone.length > 0) {
    return {
      changes: redone,
      finding: {
        check: 'migrations', rule: 'reapply-differs', severity: 'error', subject,
        location: { file: upFile, line: lineOf(redone, migration.sql, engine) },
        message: `${migration.name} gives a different schema when applied again after its down migration (compared with its first run: ${sentences(redone)}). The up depends on something the down does not undo (rows, a sequence's value, IF NOT EXISTS).`,
        help: HELP_DOWN,
      },
    };
  }
  return undefined;
}

async function applyOne(engine: Engine, migration: MigrationFile): Promise<AppliedMigration> {
  const [result] = await applyMigrations(engine, [migration]);
  return result!;
}

async function scratch(server: Server, label: string, timeoutMs: number | undefined): Promise<Engine> {
  const engine = await server.createScratch(label);
  if (timeoutMs !== undefined) await engine.setStatementTimeout(timeoutMs);
  return engine;
}

function stopped(migration: MigrationFile, result: AppliedMigration): Finding {
  const reason = result.error ? `${result.error.message} (${result.error.code})` : result.status;
  return {
    check: 'migrations', rule: 'round-trip-stopped', severity: 'notice', subject: `migration ${migration.name}`,
    location: { file: relative(migration.file), line: result.error?.line ?? 1 },
    message: `The round trip stopped at ${migration.name}, which could not be applied on its database: ${reason}. The down migrations from there on were not tried.`,
  };
}

function sentences(changes: SchemaChange[]): string {
  const shown = changes.slice(0, MAX_SENTENCES).map((c) => c.sentence);
  const more = changes.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : '');
}

/**
 * The line of the statement that should have undone the first difference, when one mentions all
 * of the object's names (a wrong DEFAULT, a DROP of the wrong thing); line 1 when none does,
 * as for an object the down never mentions.
 */
function lineOf(changes: SchemaChange[], sql: string, engine: Engine): number {
  const names = changes[0]!.object.names.filter((n) => n.length > 0);
  if (names.length === 0) return 1;
  const mentions = (text: string) => names.every((n) => new RegExp(`(^|[^\\w$])${escape(n)}($|[^\\w$])`, 'i').test(text));
  return splitStatements(sql, engine.dialect).find((s) => mentions(s.sql))?.line ?? 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
