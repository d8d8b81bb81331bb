// Dump and restore with each engine's own tool:
//   PostgreSQL  pg_dump -Fc, then pg_restore --exit-on-error into the target database;
//   MySQL/MariaDB  mariadb-dump (mysqldump) --single-transaction, then the mariadb (mysql) client;
//   PGlite  pg_dump compiled to WebAssembly inside the instance (no program can reach it), its
//           plain SQL applied on the target the way migrations are (inline COPY data included).
// A `full` dump is schema and data; a `data` dump is the rows only, without the migration
// tools' bookkeeping tables, for restoring into a database another version of the schema made.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from '../../engines/engine.js';
import { EngineUnavailableError } from '../../errors.js';
import { applyMigrations } from '../../migrations/apply.js';
import { BOOKKEEPING_SCHEMAS, BOOKKEEPING_TABLES } from '../../migrations/fingerprint/index.js';
import { findTool, mysqlDefaultsFile, postgresEnvironment, runTool } from './tool.js';

export type DumpKind = 'full' | 'data';

export interface Dump {
  file: string;
  bytes: number;
  ms: number;
  /** What wrote it, for sentences: "pg_dump", "mariadb-dump", "pg_dump (PGlite)". */
  tool: string;
}

/** The tool exited non-zero (or the SQL did not apply): its last lines, secrets masked. */
export interface ToolFailure {
  failed: string;
  tool: string;
}

export interface DumpContext {
  /** The private temporary folder (tool.ts scratchFolder). */
  dir: string;
  /** The user's extra dump arguments (checks.backup.options for this dialect). */
  options: readonly string[];
  /** How sentences name the setting: "sluice.yml:40 checks.backup". */
  setting: string;
}

const PG_INSTALL = 'postgresql-client (apt-get install postgresql-client)';
const isPglite = (engine: Engine) => engine.info.name === 'pglite';

export async function dumpDatabase(engine: Engine, kind: DumpKind, context: DumpContext): Promise<Dump | ToolFailure> {
  const file = path.join(context.dir, `${engine.database}-${kind}.${engine.dialect === 'postgres' && !isPglite(engine) ? 'pgdump' : 'sql'}`);
  if (isPglite(engine)) return dumpPglite(engine, kind, file, context);
  return engine.dialect === 'postgres' ? dumpPostgres(engine, kind, file, context) : dumpMysql(engine, kind, file, context);
}

export async function restoreDatabase(target: Engine, dump: Dump, context: DumpContext): Promise<{ ms: number } | ToolFailure> {
  if (isPglite(target)) return restorePglite(target, dump);
  return target.dialect === 'postgres' ? restorePostgres(target, dump, context) : restoreMysql(target, dump, context);
}

// ---- PostgreSQL ------------------------------------------------------------------------

async function dumpPostgres(engine: Engine, kind: DumpKind, file: string, context: DumpContext): Promise<Dump | ToolFailure> {
  const bin = await findTool(['pg_dump'], PG_INSTALL, context.setting);
  const { url, close } = await engine.connectionUrl();
  try {
    const args = ['--format=custom', `--file=${file}`, ...(kind === 'data' ? ['--data-only', ...bookkeepingExclusions()] : []), ...context.options];
    const result = await runTool(bin, args, { env: postgresEnvironment(url, engine.database) });
    if (result.code !== 0) {
      versionMismatch(result.tail, engine, bin);
      return { failed: result.tail || `exit code ${result.code}`, tool: 'pg_dump' };
    }
    return { file, bytes: (await stat(file)).size, ms: result.ms, tool: 'pg_dump' };
  } finally {
    await close();
  }
}

async function restorePostgres(target: Engine, dump: Dump, context: DumpContext): Promise<{ ms: number } | ToolFailure> {
  const bin = await findTool(['pg_restore'], PG_INSTALL, context.setting);
  const { url, close } = await target.connectionUrl();
  try {
    const env = postgresEnvironment(url, target.database);
    const list = await restoreList(bin, target, dump, env);
    if ('failed' in list) return list;
    // One transaction: a restore that fails leaves nothing half-loaded behind it.
    const args = ['--exit-on-error', '--single-transaction', '--no-owner', `--use-list=${list.file}`, `--dbname=${target.database}`, dump.file];
    const result = await runTool(bin, args, { env });
    return result.code === 0 ? { ms: result.ms } : { failed: result.tail || `exit code ${result.code}`, tool: 'pg_restore' };
  } finally {
    await close();
  }
}

/**
 * The dump's table of contents without the schemas and extensions the fresh target already has:
 * a scratch database is made from the server's template1, and what a DBA put there (an
 * extension in its own schema) is in the dump too. pg_restore would stop at CREATE SCHEMA of
 * one that exists; the project's own objects are all restored.
 */
async function restoreList(bin: string, target: Engine, dump: Dump, env: Record<string, string>): Promise<{ file: string } | ToolFailure> {
  const listed = `${dump.file}.list`;
  const result = await runTool(bin, ['--list', `--file=${listed}`, dump.file], { env });
  if (result.code !== 0) return { failed: result.tail || `exit code ${result.code}`, tool: 'pg_restore' };
  const present = new Set([
    ...(await target.query<{ name: string }>('select nspname as name from pg_namespace')).map((r) => `SCHEMA ${r.name}`),
    ...(await target.query<{ name: string }>('select extname as name from pg_extension')).map((r) => `EXTENSION ${r.name}`),
  ]);
  // Entries read "id; catalog oid TYPE schema name owner": SCHEMA - statements postgres, EXTENSION - vector,
  // COMMENT - EXTENSION vector, ACL - SCHEMA statements postgres.
  const kept = (await readFile(listed, 'utf8')).split('\n').filter((line) => {
    const entry = /^\d+; \d+ \d+ (?:(?:COMMENT|ACL) - )?(SCHEMA|EXTENSION) (?:- )?(\S+)/.exec(line);
    return !entry || !present.has(`${entry[1]} ${entry[2]}`);
  });
  await writeFile(listed, kept.join('\n'));
  return { file: listed };
}

/** pg_dump refuses a server newer than itself: that is the runner's tools, not the project. */
function versionMismatch(tail: string, engine: Engine, bin: string): void {
  if (!/server version mismatch/i.test(tail)) return;
  const major = engine.info.version.split('.')[0];
  throw new EngineUnavailableError(
    `${bin} is older than the PostgreSQL ${engine.info.version} server and refuses to dump it (${tail}); install the client of that version (apt-get install postgresql-client-${major}) and put it first on PATH.`,
  );
}

// Table data of the migration tools' own tables: restored into another schema version, those
// rows would collide with the ones that version's migrations recorded.
function bookkeepingExclusions(): string[] {
  return [...[...BOOKKEEPING_TABLES].map((t) => `--exclude-table-data=*.${t}`), ...[...BOOKKEEPING_SCHEMAS].map((s) => `--exclude-table-data=${s}.*`)];
}

// ---- PGlite ----------------------------------------------------------------------------

async function dumpPglite(engine: Engine, kind: DumpKind, file: string, context: DumpContext): Promise<Dump | ToolFailure> {
  const tool = 'pg_dump (PGlite)';
  if (!engine.dumpSql) throw new Error('this embedded engine cannot dump');
  const started = performance.now();
  let sql: string;
  try {
    // Its data comes as INSERTs; restored into another schema version they must name their columns.
    sql = await engine.dumpSql(['--no-owner', ...(kind === 'data' ? ['--data-only', '--column-inserts', ...bookkeepingExclusions()] : []), ...context.options]);
  } catch (error) {
    return { failed: engine.describeError(error).message, tool };
  } finally {
    // pg_dump ran on the instance's one session and left its settings there.
    await engine.resetSession();
  }
  const ms = performance.now() - started;
  await writeFile(file, sql, { mode: 0o600 });
  return { file, bytes: Buffer.byteLength(sql), ms, tool };
}

async function restorePglite(target: Engine, dump: Dump): Promise<{ ms: number } | ToolFailure> {
  const sql = await readFile(dump.file, 'utf8');
  const started = performance.now();
  const [result] = await applyMigrations(target, [{ format: 'plain', version: '0', sortKey: [0n], name: path.basename(dump.file), file: dump.file, sql }]);
  await target.resetSession();
  if (result?.status === 'applied') return { ms: performance.now() - started };
  const error = result?.error;
  return { failed: error ? `line ${error.line}: ${error.message} (${error.code})` : 'the dump did not apply', tool: 'the dump\'s SQL' };
}

// ---- MySQL / MariaDB -------------------------------------------------------------------

function mysqlTools(engine: Engine): { dump: string[]; client: string[]; install: string } {
  return engine.info.name === 'mysql'
    ? { dump: ['mysqldump', 'mariadb-dump'], client: ['mysql', 'mariadb'], install: 'a MySQL client (apt-get install mysql-client, or mariadb-client)' }
    : { dump: ['mariadb-dump', 'mysqldump'], client: ['mariadb', 'mysql'], install: 'mariadb-client (apt-get install mariadb-client)' };
}

async function dumpMysql(engine: Engine, kind: DumpKind, file: string, context: DumpContext): Promise<Dump | ToolFailure> {
  const tools = mysqlTools(engine);
  const bin = await findTool(tools.dump, tools.install, context.setting);
  const tool = path.basename(bin);
  const { url } = await engine.connectionUrl();
  const defaults = await mysqlDefaultsFile(context.dir, url);
  // The option file must come first; --no-tablespaces spares the PROCESS privilege MySQL 8 asks for.
  const data = kind === 'data'
    ? ['--no-create-info', '--skip-triggers', '--complete-insert', ...[...BOOKKEEPING_TABLES].map((t) => `--ignore-table=${engine.database}.${t}`)]
    : [];
  const args = [`--defaults-extra-file=${defaults}`, '--single-transaction', '--no-tablespaces', ...data, ...context.options, engine.database];
  const result = await runTool(bin, args, { stdoutFile: file });
  if (result.code !== 0) return { failed: result.tail || `exit code ${result.code}`, tool };
  return { file, bytes: (await stat(file)).size, ms: result.ms, tool };
}

async function restoreMysql(target: Engine, dump: Dump, context: DumpContext): Promise<{ ms: number } | ToolFailure> {
  const tools = mysqlTools(target);
  const bin = await findTool(tools.client, tools.install, context.setting);
  const { url } = await target.connectionUrl();
  const defaults = await mysqlDefaultsFile(context.dir, url);
  const result = await runTool(bin, [`--defaults-extra-file=${defaults}`, '--batch', `--database=${target.database}`], { stdinFile: dump.file });
  return result.code === 0 ? { ms: result.ms } : { failed: result.tail || `exit code ${result.code}`, tool: path.basename(bin) };
}
