// MySQL/MariaDB errors in Sluice's kinds, and where in a statement a syntax error points.
import type { DbErrorKind } from '../engine.js';

/** MariaDB's own error numbers that mysql2 (MySQL's list) names differently or not at all. */
export const MARIADB_ERRORS = new Map<number, string>([[4025, 'ER_CONSTRAINT_FAILED'], [1969, 'ER_STATEMENT_TIMEOUT']]);

const ERROR_KINDS: Record<string, DbErrorKind> = {
  ER_DUP_ENTRY: 'unique-violation',
  ER_DUP_ENTRY_WITH_KEY_NAME: 'unique-violation',
  ER_DUP_KEY: 'unique-violation',
  ER_NO_REFERENCED_ROW: 'foreign-key-violation',
  ER_NO_REFERENCED_ROW_2: 'foreign-key-violation',
  ER_ROW_IS_REFERENCED: 'foreign-key-violation',
  ER_ROW_IS_REFERENCED_2: 'foreign-key-violation',
  ER_CHECK_CONSTRAINT_VIOLATED: 'check-violation',
  ER_CONSTRAINT_FAILED: 'check-violation',
  ER_BAD_NULL_ERROR: 'not-null-violation',
  ER_NO_DEFAULT_FOR_FIELD: 'not-null-violation',
  ER_PARSE_ERROR: 'syntax-error',
  ER_SYNTAX_ERROR: 'syntax-error',
  ER_NO_SUCH_TABLE: 'undefined-object',
  ER_BAD_FIELD_ERROR: 'undefined-object',
  ER_BAD_TABLE_ERROR: 'undefined-object',
  ER_UNKNOWN_TABLE: 'undefined-object',
  ER_BAD_DB_ERROR: 'undefined-object',
  ER_SP_DOES_NOT_EXIST: 'undefined-object',
  ER_CANT_DROP_FIELD_OR_KEY: 'undefined-object',
  ER_KEY_DOES_NOT_EXITS: 'undefined-object',
  ER_ACCESS_DENIED_ERROR: 'permission-denied',
  ER_DBACCESS_DENIED_ERROR: 'permission-denied',
  ER_TABLEACCESS_DENIED_ERROR: 'permission-denied',
  ER_COLUMNACCESS_DENIED_ERROR: 'permission-denied',
  ER_SPECIFIC_ACCESS_DENIED_ERROR: 'permission-denied',
  ER_PROCACCESS_DENIED_ERROR: 'permission-denied',
  ER_QUERY_TIMEOUT: 'timeout',
  ER_STATEMENT_TIMEOUT: 'timeout',
  ER_LOCK_DEADLOCK: 'deadlock',
  ER_LOCK_WAIT_TIMEOUT: 'lock-timeout',
};

export function errorKind(name: string, duringLogin: boolean): DbErrorKind {
  // 1045 is also FILE-privilege denial mid-session; only at login (a fatal error) is it auth.
  if (duringLogin && (name === 'ER_ACCESS_DENIED_ERROR' || name === 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR')) return 'auth-failed';
  return ERROR_KINDS[name] ?? 'other';
}

/**
 * "… near 'xyz' at line N": the 1-based offset of 'xyz' within line N of the statement,
 * or of the start of line N when the quoted text cannot be found there. The server quotes
 * the rest of the statement from the error on, so where the text occurs twice ("AND AND"),
 * the occurrence that runs to the end of the statement is the one.
 */
export function syntaxErrorPosition(statement: string, message: string): number | undefined {
  const match = /near '([\s\S]*)' at line (\d+)\s*$/.exec(message);
  if (!match) return undefined;
  const near = match[1] ?? '';
  const line = Number(match[2]);
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const newline = statement.indexOf('\n', lineStart);
    if (newline < 0) return undefined;
    lineStart = newline + 1;
  }
  if (near === '') return Math.max(1, statement.trimEnd().length);
  let first: number | undefined;
  for (let at = statement.indexOf(near, lineStart); at >= 0; at = statement.indexOf(near, at + 1)) {
    first ??= at;
    if (/^[\s;]*$/.test(statement.slice(at + near.length))) return at + 1;
  }
  // A long excerpt is cut short by the server, so it does not run to the end: take the first.
  return (first ?? lineStart) + 1;
}
