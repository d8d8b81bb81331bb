// Prisma Migrate: one folder per migration, `<timestamp>_<name>/migration.sql`, applied in folder
// name order; no down. `migration_lock.toml` only names the provider. `_prisma_migrations` gets
// a row per migration with the script's SHA-256.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { listFolder, readMigration, refuseStrays, relative } from './folder.js';
import { params, type DiscoveryContext, type FormatFindings, type MigrationFormatModule } from './format.js';
import { compareText, type MigrationFile } from './migration-file.js';

const FOLDER = /^(\d+)_(.+)$/;

export const prisma: MigrationFormatModule = {
  name: 'prisma',
  convention: 'Prisma: one folder per migration, <timestamp>_<name>/migration.sql',
  async discover({ folder, otherTool }: DiscoveryContext): Promise<FormatFindings> {
    refuseStrays(folder, folder.files.filter((name) => /\.sql$/i.test(name)), prisma.convention, otherTool);
    const files: MigrationFile[] = [];
    for (const name of folder.folders.filter((n) => FOLDER.test(n))) {
      const inside = await listFolder(path.join(folder.dir, name));
      if (!inside.some((e) => e.name === 'migration.sql')) {
        throw new ConfigError(`${relative(path.join(folder.dir, name))}: the Prisma migration folder has no migration.sql; add it or remove the folder.`);
      }
      const file = path.join(folder.dir, name, 'migration.sql');
      const sql = await readMigration(file);
      const timestamp = FOLDER.exec(name)![1]!;
      files.push({ format: 'prisma', version: timestamp, sortKey: [BigInt(timestamp)], name, file, sql, checksum: createHash('sha256').update(sql).digest('hex') });
    }
    // Prisma applies the folders in name order.
    files.sort((a, b) => compareText(a.name, b.name));
    return { files };
  },
  bookkeeping: {
    async create(engine) {
      await engine.exec(
        engine.dialect === 'mysql'
          ? 'CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at DATETIME(3), ' +
              'migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at DATETIME(3), started_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), ' +
              'applied_steps_count INTEGER UNSIGNED NOT NULL DEFAULT 0) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'
          : 'CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, ' +
              '"migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), ' +
              '"applied_steps_count" INTEGER NOT NULL DEFAULT 0)',
      );
    },
    async record(engine, migration) {
      const now = engine.dialect === 'mysql' ? 'CURRENT_TIMESTAMP(3)' : 'now()';
      await engine.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (${params(engine, 3)}, ${now}, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    },
  },
};
