// Server-wide objects (roles, users) outlive any database. When migrations run with the URL's
// own account (migrations.privileges: superuser) they can create them; Sluice drops those it
// can tie to a migration's CREATE statement, and reports the rest instead of guessing.
import type { Server } from '../engines/engine.js';
import type { Finding } from '../vocabulary.js';
import { relative, type MigrationFile } from './formats/index.js';

/** Other Sluice runs on the same server make their own per-run roles: never ours to drop. */
const SLUICE_RUN_ROLE = /^'?sluice_[0-9a-f]{8}'?(@|$)/;

/** The bare name of `'app'@'%'`, `'app'` or `app`. */
const bareName = (account: string) => account.replace(/@.*$/, '').replace(/^'|'$/g, '').replace(/''/g, "'");

/**
 * Compares the server's roles before and after the migrations: each new role that a migration
 * creates by name is adopted (dropped after the run); one that appeared with no such statement
 * is reported and left alone, since another client may have made it.
 */
export async function adoptCreatedRoles(server: Server, before: string[], files: MigrationFile[]): Promise<Finding[]> {
  const existed = new Set(before);
  const created = (await server.listRoles()).filter((r) => !existed.has(r) && !SLUICE_RUN_ROLE.test(r));
  const findings: Finding[] = [];
  const adopted: string[] = [];
  for (const account of created) {
    const name = bareName(account);
    const location = locateCreate(files, name);
    if (location) {
      adopted.push(account);
      findings.push({
        check: 'migrations', rule: 'server-object-created', severity: 'notice', location,
        message: `The migrations created role ${name}, which lives outside the scratch database; Sluice drops it after the run.`,
      });
    } else {
      findings.push({
        check: 'migrations', rule: 'server-object-unaccounted', severity: 'warning',
        message: `Role ${name} appeared on the server while the migrations ran, but no migration creates it by name; Sluice left it alone, drop it by hand if a migration made it.`,
      });
    }
  }
  server.adoptRoles(adopted);
  return findings;
}

function locateCreate(files: MigrationFile[], name: string): { file: string; line: number } | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`create\\s+(role|user|group)\\s+(if\\s+not\\s+exists\\s+)?["'\`]?${escaped}["'\`]?(\\s|@|;|$)`, 'i');
  for (const file of files) {
    const line = file.sql.split('\n').findIndex((text) => pattern.test(text));
    if (line >= 0) return { file: relative(file.file), line: line + 1 };
  }
  return undefined;
}
