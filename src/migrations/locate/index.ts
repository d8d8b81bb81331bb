// Points findings about the resulting schema back at the migration line that made the object,
// so the report and the pull-request annotations land on a line a reviewer can open.
//
// The migrations are read statement by statement (splitStatements gives exact lines) and the
// DDL heads are tokenized: CREATE TABLE (columns, inline and table constraints), ALTER TABLE
// (ADD / DROP / RENAME of columns, constraints, indexes), CREATE / DROP / ALTER INDEX and
// RENAME TABLE are replayed in order into a map of live objects. A later DROP or RENAME moves
// or ends an object, so a finding lands where the object's current shape was decided.
// Not a full parser (see the commit): function bodies, DO blocks and DML are skipped.
import type { Dialect } from '../../engines/engine.js';
import { relative, type MigrationFile } from '../formats/index.js';
import { splitStatements } from '../statements.js';
import { SchemaReplay } from './replay.js';
import { tokenize } from './tokens.js';
import type { ConstraintRecord, SchemaLocator, TableRecord } from './types.js';

export { truncateIdentifier } from './tokens.js';
export type { ConstraintKind, SchemaLocator } from './types.js';

/** Replays every migration's DDL in order; the locator answers from the final state. */
export function buildLocator(files: MigrationFile[], dialect: Dialect): SchemaLocator {
  const replay = new SchemaReplay(dialect);
  for (const migration of files) {
    const file = relative(migration.file);
    for (const statement of splitStatements(migration.sql, dialect)) {
      const tokens = tokenize(statement.sql, dialect, statement.line);
      if (tokens.length > 0) replay.statement(tokens, file);
    }
  }
  const find = (name: string): TableRecord | undefined => {
    const exact = replay.tables.get(name);
    if (exact) return exact;
    // Introspection may qualify where the migration relied on search_path, or differ in case (MySQL).
    const last = name.split('.').pop()!.toLowerCase();
    const matches = [...replay.tables].filter(([key]) => key.split('.').pop()!.toLowerCase() === last);
    return matches.length === 1 ? matches[0]![1] : undefined;
  };
  const sameName = (written: string | undefined, actual: string) =>
    written !== undefined && (written === actual || written.toLowerCase() === actual.toLowerCase() || (actual.length >= 60 && written.startsWith(actual)));
  const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, k) => c.toLowerCase() === b[k]!.toLowerCase());
  return {
    table: (name) => find(name)?.location,
    missingPrimaryKey: (name) => {
      const table = find(name);
      return table?.primaryKeyDropped ?? table?.location;
    },
    column: (table, column) => {
      const record = find(table);
      return record?.columns.get(column) ?? [...(record?.columns ?? [])].find(([c]) => c.toLowerCase() === column.toLowerCase())?.[1] ?? record?.location;
    },
    constraint: (table, kind, name, columns) => {
      const record = find(table);
      if (!record) return undefined;
      const live = [...record.constraints].reverse();
      const compatible = (c: ConstraintRecord) => c.kind === kind || (kind === 'index' && c.kind === 'unique') || (kind === 'unique' && c.kind === 'index');
      return (
        live.find((c) => sameName(c.name, name))?.location ??
        live.find((c) => compatible(c) && sameColumns(c.columns, columns))?.location ??
        record.location
      );
    },
    declared: (table, kind) =>
      (find(table)?.constraints ?? [])
        .filter((c) => c.kind === kind)
        .map((c) => ({ name: c.name, columns: c.columns, expression: c.expression ?? '', location: c.location })),
  };
}
