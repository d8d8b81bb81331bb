// golang-migrate: `<version>_<name>.up.sql` and `.down.sql`, the version a number (unpadded,
// zero-padded, or a timestamp) compared as a number. Its `schema_migrations` table holds one
// row, the last version, marked dirty while a migration runs; migrations that read it see that.
import path from 'node:path';
import type { Engine } from '../../engines/engine.js';
import { ConfigError } from '../../errors.js';
import { readMigration, refuseStrays, relative } from './folder.js';
import { params, type DiscoveryContext, type FormatFindings, type MigrationFormatModule } from './format.js';
import { compareMigrations, type MigrationFile } from './migration-file.js';

const FILE = /^(\d+)_(.*)\.(up|down)\.sql$/;

export const golangMigrate: MigrationFormatModule = {
  name: 'golang-migrate',
  convention: 'golang-migrate: <version>_<name>.up.sql with an optional <version>_<name>.down.sql',
  async discover({ folder, otherTool }: DiscoveryContext): Promise<FormatFindings> {
    const sqlNames = folder.files.filter((name) => /\.sql$/i.test(name));
    refuseStrays(folder, sqlNames.filter((name) => !FILE.test(name)), golangMigrate.convention, otherTool);
    const ups = new Map<bigint, string>();
    const downs = new Map<bigint, string>();
    for (const name of sqlNames) {
      const [, digits, , direction] = FILE.exec(name)!;
      const byVersion = direction === 'up' ? ups : downs;
      const version = BigInt(digits!);
      const clash = byVersion.get(version);
      if (clash) {
        throw new ConfigError(
          `${relative(path.join(folder.dir, name))}: duplicate migration file: ${clash} and ${name} share version ${version}, which golang-migrate refuses; renumber one of them.`,
        );
      }
      byVersion.set(version, name);
    }
    for (const [version, name] of downs) {
      if (!ups.has(version)) {
        throw new ConfigError(`${relative(path.join(folder.dir, name))}: a down migration without an up (no ${version}_….up.sql); add the up file or remove the down.`);
      }
    }
    const warnings: { file: string; message: string }[] = [];
    const anyDown = downs.size > 0;
    const files = await Promise.all(
      [...ups].map(async ([version, name]): Promise<MigrationFile> => {
        const file = path.join(folder.dir, name);
        const downName = downs.get(version);
        const expected = name.replace(/\.up\.sql$/, '.down.sql');
        let down: MigrationFile['down'];
        if (downName === expected) {
          down = { file: path.join(folder.dir, downName), sql: await readMigration(path.join(folder.dir, downName)) };
        } else if (downName) {
          // golang-migrate pairs by version alone; a different name is more likely a mistake than a pair.
          warnings.push({ file: relative(file), message: `${name} and ${downName} share version ${version} but not a name, so Sluice does not take ${downName} as its down; rename one so they match.` });
        } else if (anyDown) {
          warnings.push({ file: relative(file), message: `${name} has no ${expected}, unlike the folder's other migrations, so it cannot be reverted or round-tripped.` });
        }
        return { format: 'golang-migrate', version: String(version), sortKey: [version], name, file, sql: await readMigration(file), ...(down ? { down } : {}) };
      }),
    );
    files.sort(compareMigrations);
    return { files, warnings };
  },
  bookkeeping: {
    async create(engine) {
      await engine.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)');
    },
    async before(engine, migration) {
      await setVersion(engine, migration.version, true);
    },
    async record(engine, migration) {
      await setVersion(engine, migration.version, false);
    },
  },
};

// The table holds exactly one row. MySQL's driver deletes rather than truncates (TRUNCATE
// would commit). No transaction of its own: `record` runs inside the migration's.
async function setVersion(engine: Engine, version: string, dirty: boolean) {
  await engine.exec(engine.dialect === 'mysql' ? 'DELETE FROM schema_migrations' : 'TRUNCATE schema_migrations');
  await engine.query(`INSERT INTO schema_migrations (version, dirty) VALUES (${params(engine, 2)})`, [version, dirty]);
}
