// Migration formats: which tool's conventions a folder follows (detected, or named in
// migrations.format), its files in the order that tool applies them, and the tool's own
// bookkeeping table kept as the tool keeps it, so migrations that read it work.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dialect, Engine } from '../../engines/engine.js';
import { ConfigError } from '../../errors.js';
import { dbmate } from './dbmate.js';
import { openFolder, readMigration, relative, type Folder } from './folder.js';
import type { MigrationFormatModule } from './format.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import type { MigrationDiscovery, MigrationFile, MigrationFormat, UnrunFile } from './migration-file.js';
import { plain } from './plain.js';
import { prisma } from './prisma.js';
import { SQITCH_PLAN, sqitch } from './sqitch.js';

export * from './migration-file.js';
export { decodeMigration, relative } from './folder.js';

const FORMATS: Record<MigrationFormat, MigrationFormatModule> = {
  plain, 'golang-migrate': golangMigrate, goose, flyway, dbmate, prisma, sqitch,
};
const TOOL_NAMES: Record<MigrationFormat, string> = {
  plain: 'a plain numbered folder', 'golang-migrate': 'golang-migrate', goose: 'goose', flyway: 'Flyway', dbmate: 'dbmate', prisma: 'Prisma', sqitch: 'sqitch',
};

export interface DiscoveryOptions {
  /** migrations.format; `auto` (the default) detects it. */
  format?: MigrationFormat | 'auto';
  /** migrations.placeholders, for Flyway's `${name}`. */
  placeholders?: Record<string, string>;
  /** The engine's dialect: goose's StatementBegin/End blocks are cut beside SQL split the dialect's way. Default postgres. */
  dialect?: Dialect;
}

/**
 * The folder's migrations in the order its tool applies them, the format (detected or named),
 * files that change the schema but that Sluice cannot run (`.go` migrations, Flyway
 * callbacks), and warnings that do not stop the run. Every problem with the files is a
 * ConfigError of one sentence, before any database starts. `setting` names where the
 * directory came from, e.g. "sluice.yml:4:8 migrations.dir".
 */
export async function discoverMigrations(dir: string, setting: string, options: DiscoveryOptions = {}): Promise<MigrationDiscovery> {
  const folder = await openFolder(dir, setting);
  const kinds = await classify(folder);
  const named = options.format && options.format !== 'auto' ? options.format : undefined;
  const format = named ?? detect(folder, kinds);
  const module = FORMATS[format];
  const otherTool = (name: string) => {
    const kind = kinds.get(name);
    return kind && kind !== format && kind !== 'plain' && !(format === 'plain' && kind === 'golang-migrate') ? TOOL_NAMES[kind] : undefined;
  };
  const found = await module.discover({ folder, otherTool, placeholders: options.placeholders ?? {}, dialect: options.dialect ?? 'postgres' });
  if (found.files.length === 0) {
    const hint = named ? module.convention : 'numbered .sql files such as 0001_init.sql, or another tool\'s (golang-migrate, goose, Flyway, dbmate, Prisma, sqitch)';
    throw new ConfigError(`${setting}: ${relative(dir)} has no migrations; add ${hint}, or point migrations.dir at the folder that has them.`);
  }
  return { format, detected: !named, files: found.files, unrun: [...goMigrations(folder), ...(found.unrun ?? [])], warnings: found.warnings ?? [] };
}

/** What each top-level name (and Prisma folder) looks like, by its name and, for goose and dbmate, its annotations. */
async function classify(folder: Folder): Promise<Map<string, MigrationFormat>> {
  const kinds = new Map<string, MigrationFormat>();
  for (const name of folder.files) {
    if (!/\.sql$/i.test(name)) continue;
    if (/^([VU]\d+(?:[._]\d+)*__|R__).+\.sql$/.test(name)) kinds.set(name, 'flyway');
    else if (/^\d+_.*\.(up|down)\.sql$/.test(name)) kinds.set(name, 'golang-migrate');
    else if (/^\d+.*\.sql$/i.test(name)) {
      const text = await readMigration(path.join(folder.dir, name));
      kinds.set(name, /^\s*--\s*\+goose\s+up\b/im.test(text) ? 'goose' : /^\s*--\s*migrate:up\b/im.test(text) ? 'dbmate' : 'plain');
    }
  }
  for (const name of folder.folders) {
    if (/^\d+_.+$/.test(name) && (await stat(path.join(folder.dir, name, 'migration.sql')).then(() => true, () => false))) kinds.set(`${name}/`, 'prisma');
  }
  return kinds;
}

/** sqitch by its plan; otherwise the convention most files follow (ties to the earlier in this list). */
function detect(folder: Folder, kinds: Map<string, MigrationFormat>): MigrationFormat {
  if (folder.files.includes(SQITCH_PLAN)) return 'sqitch';
  const counts = new Map<MigrationFormat, number>();
  for (const kind of kinds.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  // Plain numbering takes golang-migrate's up/down files too, so they count for it when it leads.
  if ((counts.get('plain') ?? 0) > 0) counts.set('plain', (counts.get('plain') ?? 0) + (counts.get('golang-migrate') ?? 0));
  let best: MigrationFormat = 'plain';
  for (const format of ['plain', 'golang-migrate', 'goose', 'dbmate', 'flyway', 'prisma'] as const) {
    if ((counts.get(format) ?? 0) > (counts.get(best) ?? 0)) best = format;
  }
  return best;
}

/** Go migrations (goose's, or a project's own runner's) change the schema, but Sluice runs SQL only. */
function goMigrations(folder: Folder): UnrunFile[] {
  return folder.files
    .filter((name) => /^\d+.*\.go$/.test(name) && !name.endsWith('_test.go'))
    .map((name) => ({ file: relative(path.join(folder.dir, name)), reason: "a Go migration, which Sluice cannot run, so the schema checked is not production's" }));
}

/**
 * The tool's bookkeeping around each migration: its tables created before the first one runs,
 * its row written after each (inside the migration's transaction when it has one). Nothing for
 * plain folders, which have no tool.
 */
export function migrationBookkeeping(engine: Engine, files: MigrationFile[]) {
  const bookkeeping = files[0] ? FORMATS[files[0].format].bookkeeping : undefined;
  let created = false;
  return {
    async before(migration: MigrationFile): Promise<void> {
      if (!bookkeeping) return;
      if (!created) await bookkeeping.create(engine, files);
      created = true;
      await bookkeeping.before?.(engine, migration);
    },
    async record(migration: MigrationFile, ms: number): Promise<void> {
      await bookkeeping?.record(engine, migration, ms);
    },
  };
}
