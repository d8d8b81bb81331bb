// Statements Sluice refuses to run, found before any migration runs. A migration runs inside
// the scratch database Sluice made for this run; a statement that addresses the server (makes,
// drops or switches databases), a client command (psql's `\c`, `\i`, …) or a COPY that reads
// the server's files would make Sluice check the wrong database or reach outside the run.
// Only the statement's own text counts: comments, strings and function bodies are blanked
// first. SQL run dynamically (EXECUTE in a DO block) is beyond a static look; the per-run
// role's privileges stop that.
import type { Dialect } from '../engines/engine.js';
import { readCopyCommand } from './copy-data.js';
import { isCopyFromStdin, maskSql, type Statement } from './statements.js';

export interface Refusal {
  /** 1-based line in the migration file. */
  line: number;
  /** One sentence: what the statement is and what to do instead. */
  message: string;
}

const SERVER_FIX = 'remove it (Sluice creates and drops the database itself)';

/** The statements of one file that must not run, in file order. */
export function refuseStatements(statements: Statement[], dialect: Dialect): Refusal[] {
  const refusals: Refusal[] = [];
  for (const statement of statements) {
    const masked = maskSql(statement.sql, dialect);
    const command = clientCommand(masked);
    if (command) {
      refusals.push({ line: statement.line + command.lineIndex, message: describeClientCommand(command.name, dialect) });
      continue;
    }
    const refusal = dialect === 'mysql' ? refuseMysql(masked) : refusePostgres(statement, masked);
    if (refusal) refusals.push({ line: statement.line, message: refusal });
  }
  return refusals;
}

// Lines starting with a backslash are client commands (psql meta-commands, the mysql
// client's \u, \. …), which no server understands. Inline COPY data is cut out before this.
function clientCommand(masked: string): { name: string; lineIndex: number } | undefined {
  const lines = masked.split('\n');
  const lineIndex = lines.findIndex((text) => /^\s*\\/.test(text));
  if (lineIndex < 0) return undefined;
  return { name: /\\(?:[A-Za-z]+|\S?)/.exec(lines[lineIndex]!)![0], lineIndex };
}

function describeClientCommand(name: string, dialect: Dialect): string {
  const client = dialect === 'mysql' ? 'mysql client' : 'psql';
  if (/^\\(c|connect|u|use)$/i.test(name)) {
    return `\`${name}\` is a ${client} command that switches to another database, not the scratch database Sluice made for this run; remove it (Sluice connects to the right database itself)`;
  }
  if (/^\\(i|ir|include|include_relative|\.|source)$/i.test(name)) {
    return `\`${name}\` is a ${client} command that reads another file, which Sluice does not do; put that file's statements in a migration of their own`;
  }
  return `\`${name}\` is a ${client} command, not SQL, and Sluice sends statements to the database itself; remove it`;
}

/** `CREATE DATABASE` etc. (and on MySQL SCHEMA, its synonym), with the words as the user wrote them. */
function serverStatement(masked: string, objects: string): string | undefined {
  const found = new RegExp(`^(create|drop|alter)\\s+(?:or\\s+replace\\s+)?(${objects})\\b`, 'i').exec(masked.trimStart());
  return found ? `${found[1]!.toUpperCase()} ${found[2]!.toUpperCase()}` : undefined;
}

function refuseMysql(masked: string): string | undefined {
  const words = serverStatement(masked, 'database|schema');
  if (words) {
    const synonym = words.endsWith('SCHEMA') ? ' (on MySQL a schema is a database)' : '';
    return `${words} addresses the server, not the scratch database Sluice made for this run${synonym}; ${SERVER_FIX}`;
  }
  if (/^use\b/i.test(masked.trimStart())) {
    return `USE switches to another database, so the migrations after it would not build the scratch database Sluice made for this run; ${SERVER_FIX}`;
  }
  return undefined;
}

function refusePostgres(statement: Statement, masked: string): string | undefined {
  const words = serverStatement(masked, 'database');
  if (words) return `${words} addresses the server, not the scratch database Sluice made for this run; ${SERVER_FIX}`;
  if (!/^copy\b/i.test(masked)) return undefined;
  const file = /\b(from|to)\s+(program\b|e?')/i.exec(masked);
  if (file) {
    const what = /program/i.test(file[2]!) ? 'runs a program on the database server' : 'reads or writes a file on the database server';
    return `COPY … ${file[1]!.toUpperCase()} ${/program/i.test(file[2]!) ? 'PROGRAM' : "'file'"} ${what}; put the rows in the migration as inline data after COPY … FROM stdin, ended by a \\. line`;
  }
  if (!isCopyFromStdin(statement.sql)) return undefined;
  if (!statement.copyData) {
    return 'COPY … FROM stdin has no inline data ending in a `\\.` line after it; add the rows (tab-separated) and a line holding only \\. as pg_dump writes them';
  }
  const command = readCopyCommand(statement.sql);
  return 'refusal' in command ? command.refusal : undefined;
}
