// Points findings about the resulting schema back at the migration line that made the object,
// so the report and the pull-request annotations land on a line a reviewer can open.
import type { Location } from '../vocabulary.js';
import { relative, type MigrationFile } from './plain.js';

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ident = (name: string) => `["\`]?${escape(name.split('.').pop()!)}["\`]?`;

/** The last migration line matching `pattern` (later migrations override earlier ones). */
function lastMatch(files: MigrationFile[], pattern: RegExp): Location | undefined {
  let found: Location | undefined;
  for (const migration of files) {
    migration.sql.split('\n').forEach((text, index) => {
      if (pattern.test(text)) found = { file: relative(migration.file), line: index + 1 };
    });
  }
  return found;
}

export const locateTable = (files: MigrationFile[], table: string) =>
  lastMatch(files, new RegExp(`create\\s+table\\s+(if\\s+not\\s+exists\\s+)?([\\w"\`]+\\.)?${ident(table)}(\\s|\\(|$)`, 'i'));

/** The line declaring a foreign key: inline `col … REFERENCES`, `FOREIGN KEY (col`, or the constraint's name. */
export const locateForeignKey = (files: MigrationFile[], table: string, constraint: string, columns: string[]) =>
  lastMatch(files, new RegExp(`constraint\\s+${ident(constraint)}\\s`, 'i')) ??
  lastMatch(files, new RegExp(`foreign\\s+key\\s*\\(\\s*${ident(columns[0]!)}`, 'i')) ??
  lastMatch(files, new RegExp(`^\\s*${ident(columns[0]!)}\\s.*\\breferences\\b`, 'i')) ??
  locateTable(files, table);
