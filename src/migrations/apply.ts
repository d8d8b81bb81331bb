// The migrations stage: finds the project's migration files (formats/), refuses statements that
// must not run (guard.ts), then applies the files in order on the scratch database.
import type { DbErrorKind, Engine } from '../engines/engine.js';
import type { MigrationTrace } from './trace/index.js';
import { CopyDataError, insertCopyRows, readCopyCommand } from './copy-data.js';
import { refuseStatements } from './guard.js';
import { migrationBookkeeping, relative, type MigrationFile } from './formats/index.js';
import { countNewlines, splitStatements, type Statement } from './statements.js';

export { splitStatements, type Statement } from './statements.js';

/** `refused`: the file holds a statement Sluice will not run; then no file is applied at all. */
export type MigrationStatus = 'applied' | 'failed' | 'refused' | 'not-run';

/** The error code of a refused migration (a failed one carries the engine's code). */
export const REFUSED = 'refused';

export interface AppliedMigration {
  name: string;
  file: string;
  status: MigrationStatus;
  statements: number;
  ms: number;
  /** `kind` is the engine's error kind (absent for a refusal), so the report can say what to do. */
  error?: { line: number; code: string; message: string; kind?: DbErrorKind };
  /** For a migration the pull request adds: what applying it on seeded tables did (locks, rewrites, blocked probes). */
  trace?: MigrationTrace;
}

/**
 * Watches the migrations being applied, statement by statement, on the migration's own
 * connection (the lock trace, the blocking probe, data checks). Every hook may be slow; a hook
 * that throws fails the migration like its SQL would.
 */
export interface MigrationObserver {
  beforeMigration?(migration: MigrationFile): Promise<void>;
  beforeStatement?(statement: Statement, migration: MigrationFile): Promise<void>;
  afterStatement?(statement: Statement, migration: MigrationFile, ms: number): Promise<void>;
  afterMigration?(migration: MigrationFile, result: AppliedMigration): Promise<void>;
}

/**
 * Applies migrations in order and returns a result per file (applied, failed, refused, not-run)
 * rather than throwing, so the report can show them all. Every file is checked first: when any
 * is refused, none runs. On PostgreSQL each file runs in a transaction (DDL is transactional
 * there) unless it holds a statement that refuses one.
 */
export async function applyMigrations(engine: Engine, files: MigrationFile[], observer: MigrationObserver = {}): Promise<AppliedMigration[]> {
  const planned = files.map((migration) => {
    const statements = migration.statements ?? splitStatements(migration.sql, engine.dialect);
    const verify = migration.verify ? splitStatements(migration.verify.sql, engine.dialect) : [];
    const result: AppliedMigration = { name: migration.name, file: relative(migration.file), status: 'not-run', statements: statements.length, ms: 0 };
    const [refusal] = refuseStatements(statements, engine.dialect);
    const [verifyRefusal] = refuseStatements(verify, engine.dialect);
    if (refusal) Object.assign(result, { status: 'refused', error: { line: refusal.line, code: REFUSED, message: refusal.message } });
    else if (verifyRefusal) Object.assign(result, { status: 'refused', error: { line: verifyRefusal.line, code: REFUSED, message: `${relative(migration.verify!.file)}: ${verifyRefusal.message}` } });
    return { statements, verify, result };
  });
  const results = planned.map((p) => p.result);
  if (results.some((r) => r.status === 'refused')) return results;

  // The tool's own table (schema_migrations, flyway_schema_history, …), kept as the tool keeps it.
  const bookkeeping = migrationBookkeeping(engine, files);
  for (const [index, { statements, verify, result }] of planned.entries()) {
    const migration = files[index]!;
    const started = performance.now();
    let current: Statement | undefined;
    let verifying = false;
    const inTransaction = runsInTransaction(migration, statements, engine.dialect);
    const runAll = async () => {
      for (const statement of statements) {
        current = statement;
        await observer.beforeStatement?.(statement, migration);
        const statementStarted = performance.now();
        if (statement.copyData) {
          const command = readCopyCommand(statement.sql);
          if ('refusal' in command) throw new Error(command.refusal); // the guard refused it already
          await insertCopyRows(engine, command, statement.copyData, inTransaction);
        } else {
          await engine.exec(statement.sql);
        }
        await observer.afterStatement?.(statement, migration, performance.now() - statementStarted);
      }
      // sqitch's verify script: an error there fails the change.
      verifying = true;
      for (const statement of verify) {
        current = statement;
        await engine.exec(statement.sql);
      }
      verifying = false;
      await bookkeeping.record(migration, performance.now() - started);
    };
    try {
      await bookkeeping.before(migration);
      await observer.beforeMigration?.(migration);
      if (inTransaction) await engine.transaction(runAll);
      else await runAll();
      result.status = 'applied';
    } catch (error) {
      result.status = 'failed';
      result.error = describeFailure(engine, error, current);
      if (verifying) result.error.message = `verify script ${relative(migration.verify!.file)}:${result.error.line}: ${result.error.message}`;
    }
    result.ms = performance.now() - started;
    await observer.afterMigration?.(migration, result);
    if (result.status === 'failed') break;
  }
  return results;
}

function describeFailure(engine: Engine, error: unknown, statement: Statement | undefined): NonNullable<AppliedMigration['error']> {
  if (error instanceof CopyDataError) {
    // A row the engine rejected carries the engine's code; a malformed line, COPY's own (22P04).
    const described = error.engineError === undefined ? { code: '22P04', message: error.message, kind: 'other' as const } : engine.describeError(error.engineError);
    return { line: error.line, code: described.code, message: `COPY data: ${described.message}`, kind: described.kind };
  }
  const described = engine.describeError(error);
  const offset = described.position ? countNewlines(statement?.sql.slice(0, described.position - 1) ?? '') : 0;
  return { line: (statement?.line ?? 1) + offset, code: described.code, message: described.message, kind: described.kind };
}

/** Whether applyMigrations runs the file in one transaction: on PostgreSQL, unless the tool says not to or a statement cannot run in one. */
export function runsInTransaction(migration: MigrationFile, statements: readonly Statement[], dialect: Engine['dialect']): boolean {
  return dialect === 'postgres' && migration.transaction !== false && !statements.some((s) => NO_TRANSACTION.test(s.sql));
}

// PostgreSQL statements that cannot run inside a transaction block.
const NO_TRANSACTION = /\b(concurrently|vacuum)\b|^\s*(create|drop)\s+database\b|^\s*alter\s+system\b/i;
