import { splitQuery, mysqlSplitterOptions, postgreSplitterOptions } from 'dbgate-query-splitter';
import type { DbErrorKind, Engine } from '../engines/engine.js';
import type { MigrationFile } from './plain.js';
import { relative } from './plain.js';

export interface AppliedMigration {
  name: string;
  file: string;
  status: 'applied' | 'failed' | 'not-run';
  statements: number;
  ms: number;
  error?: { line: number; code: string; message: string; kind: DbErrorKind };
}

interface Statement {
  sql: string;
  /** 1-based line in the file where the statement's first token is. */
  line: number;
}

/** Splits a file the way the engine's own client would: quotes, dollar quotes, comments, DELIMITER. */
export function splitStatements(sql: string, dialect: Engine['dialect']): Statement[] {
  const options = dialect === 'mysql' ? mysqlSplitterOptions : postgreSplitterOptions;
  return splitQuery(sql, { ...options, returnRichInfo: true })
    .map((piece) => {
      const rich = piece as { text: string; trimStart?: { line: number } };
      const leading = /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/.exec(rich.text)![0];
      const text = rich.text.slice(leading.length).trim();
      return { sql: text, line: (rich.trimStart?.line ?? 0) + 1 + countNewlines(leading.replace(/^[ \t]*\n/, '')) };
    })
    .filter((s) => s.sql.length > 0);
}

/**
 * Applies migrations in order and returns a result per file (applied, failed, not-run) rather
 * than throwing, so the report can show them all. On PostgreSQL each file runs in a
 * transaction (DDL is transactional there) unless it holds a statement that refuses one.
 */
export async function applyMigrations(engine: Engine, files: MigrationFile[]): Promise<AppliedMigration[]> {
  const results: AppliedMigration[] = [];
  let failed = false;
  for (const migration of files) {
    const result: AppliedMigration = { name: migration.name, file: relative(migration.file), status: 'not-run', statements: 0, ms: 0 };
    results.push(result);
    if (failed) continue;
    const statements = splitStatements(migration.sql, engine.dialect);
    result.statements = statements.length;
    const started = performance.now();
    let current: Statement | undefined;
    const runAll = async () => {
      for (const statement of statements) {
        current = statement;
        await engine.exec(statement.sql);
      }
    };
    try {
      if (engine.dialect === 'postgres' && !statements.some((s) => NO_TRANSACTION.test(s.sql))) {
        await engine.transaction(runAll);
      } else {
        await runAll();
      }
      result.status = 'applied';
    } catch (error) {
      failed = true;
      result.status = 'failed';
      const described = engine.describeError(error);
      const offset = described.position ? countNewlines(current?.sql.slice(0, described.position - 1) ?? '') : 0;
      result.error = { line: (current?.line ?? 1) + offset, code: described.code, message: described.message, kind: described.kind };
    }
    result.ms = performance.now() - started;
  }
  return results;
}

// PostgreSQL statements that cannot run inside a transaction block.
const NO_TRANSACTION = /\b(concurrently|vacuum)\b|^\s*(create|drop)\s+database\b|^\s*alter\s+system\b/i;

const countNewlines = (text: string) => text.split('\n').length - 1;
