// What the migrations declared, read from their SQL, for the two cases the live schema cannot
// tell: a FOREIGN KEY on a MyISAM (or other non-transactional) table, which MySQL/MariaDB
// accept and then discard — introspection and SHOW CREATE TABLE no longer list it — and a
// CHECK a later migration dropped, which is simply gone from the schema.
import type { Dialect } from '../../engines/engine.js';
import { maskSql, splitStatements } from '../../migrations/statements.js';
import { relative, type MigrationFile } from '../../migrations/formats/index.js';
import type { Location } from '../../vocabulary.js';

export interface DeclaredForeignKey {
  table: string;
  refTable: string;
  location: Location;
}

export interface DroppedCheck {
  table: string;
  name: string;
  /** Where it was created, when a migration names it there. */
  declared?: Location;
  dropped: Location;
}

const NAME = String.raw`(?:"(?:[^"]|"")+"|\x60(?:[^\x60]|\x60\x60)+\x60|[\w$]+)`;
const QUALIFIED = String.raw`(${NAME}(?:\s*\.\s*${NAME})?)`;
const unquote = (name: string) => name.split(/\s*\.\s*/).pop()!.replace(/^["`]|["`]$/g, '').replace(/""/g, '"').replace(/``/g, '`');

interface TableStatement {
  table: string;
  /** Masked text (comments and strings blanked, offsets kept) and the original. */
  masked: string;
  file: string;
  line: number;
  sql: string;
}

/** CREATE TABLE and ALTER TABLE statements of every migration, with the table they are about. */
function tableStatements(files: readonly MigrationFile[], dialect: Dialect): TableStatement[] {
  const found: TableStatement[] = [];
  const head = new RegExp(String.raw`^\s*(?:create\s+(?:temporary\s+)?table\s+(?:if\s+not\s+exists\s+)?|alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?)${QUALIFIED}`, 'i');
  for (const file of files) {
    for (const statement of splitStatements(file.sql, dialect)) {
      const masked = maskSql(statement.sql, dialect);
      const match = head.exec(masked);
      // The mask blanks quoted names: read them from the original text at the same offsets.
      if (match) found.push({ table: unquote(head.exec(statement.sql.slice(0, match[0].length))?.[1] ?? match[1]!), masked, file: relative(file.file), line: statement.line, sql: statement.sql });
    }
  }
  return found;
}

/** The match `m` (found in the masked text) read again from the original, where quoted names survive. */
function original(s: TableStatement, m: RegExpMatchArray, pattern: RegExp): RegExpExecArray {
  const again = new RegExp(pattern.source, 'i').exec(s.sql.slice(m.index!, m.index! + m[0].length));
  return again ?? (m as RegExpExecArray);
}

const lineAt = (s: TableStatement, offset: number) => s.line + (s.masked.slice(0, offset).match(/\n/g)?.length ?? 0);

/** Every `REFERENCES parent` the migrations wrote for `table`. */
export function declaredForeignKeys(files: readonly MigrationFile[], dialect: Dialect, table: string): DeclaredForeignKey[] {
  const references = new RegExp(String.raw`\breferences\s+${QUALIFIED}`, 'gi');
  return tableStatements(files, dialect)
    .filter((s) => s.table.toLowerCase() === table.toLowerCase())
    .flatMap((s) => [...s.masked.matchAll(references)].map((m) => ({ table, refTable: unquote(original(s, m, references)[1]!), location: { file: s.file, line: lineAt(s, m.index) } })));
}

/**
 * `ALTER TABLE t DROP CONSTRAINT c` / `DROP CHECK c` where c was declared as a CHECK (by name,
 * or PostgreSQL's default `<table>_<column>_check`) and is not in the schema now.
 */
export function droppedChecks(files: readonly MigrationFile[], dialect: Dialect, stillThere: (table: string, name: string) => boolean): DroppedCheck[] {
  const statements = tableStatements(files, dialect);
  const declaredAt = new Map<string, Location>();
  const dropped: DroppedCheck[] = [];
  const declaration = new RegExp(String.raw`\bconstraint\s+(${NAME})\s+check\b`, 'gi');
  const drop = new RegExp(String.raw`\bdrop\s+(constraint|check)\s+(?:if\s+exists\s+)?(${NAME})`, 'gi');
  for (const s of statements) {
    for (const m of s.masked.matchAll(declaration)) declaredAt.set(`${s.table}\0${unquote(original(s, m, declaration)[1]!)}`.toLowerCase(), { file: s.file, line: lineAt(s, m.index) });
    for (const m of s.masked.matchAll(drop)) {
      const name = unquote(original(s, m, drop)[2]!);
      const key = `${s.table}\0${name}`.toLowerCase();
      const isCheck = m[1]!.toLowerCase() === 'check' || declaredAt.has(key) || /_check$/i.test(name);
      if (!isCheck || stillThere(s.table, name)) continue;
      const declared = declaredAt.get(key);
      dropped.push({ table: s.table, name, ...(declared ? { declared } : {}), dropped: { file: s.file, line: lineAt(s, m.index) } });
    }
  }
  return dropped;
}
