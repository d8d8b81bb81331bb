// Plain numbered .sql files (0001_init.sql, 2_add_index.sql, 1_init.up.sql), applied in numeric
// order, files sharing a number in name order (the runners of such folders apply both). A
// `.down.sql` beside its `.up.sql` is the way back. No bookkeeping table: there is no tool.
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { readMigration, refuseStrays, relative } from './folder.js';
import type { DiscoveryContext, FormatFindings, MigrationFormatModule } from './format.js';
import { compareMigrations, compareText, type MigrationFile } from './migration-file.js';

const NUMBERED = /^(\d+)[^/]*\.sql$/i;
const DOWN = /\.down\.sql$/i;

export const plain: MigrationFormatModule = {
  name: 'plain',
  convention: 'numbered .sql files such as 0001_name.sql or 1_name.up.sql, applied in numeric order',
  async discover({ folder, otherTool }: DiscoveryContext): Promise<FormatFindings> {
    const sqlNames = folder.files.filter((name) => /\.sql$/i.test(name));
    refuseStrays(folder, sqlNames.filter((name) => !NUMBERED.test(name)), plain.convention, otherTool);
    const downs = new Set(sqlNames.filter((name) => NUMBERED.test(name) && DOWN.test(name)));
    const files = await Promise.all(
      sqlNames
        .filter((name) => NUMBERED.test(name) && !DOWN.test(name))
        .map(async (name): Promise<MigrationFile> => {
          const file = path.join(folder.dir, name);
          const version = NUMBERED.exec(name)![1]!;
          const downName = /\.up\.sql$/i.test(name) ? name.replace(/\.up\.sql$/i, '.down.sql') : undefined;
          const hasDown = downName !== undefined && downs.delete(downName);
          const down = hasDown ? { file: path.join(folder.dir, downName), sql: await readMigration(path.join(folder.dir, downName)) } : undefined;
          return { format: 'plain', version, sortKey: [BigInt(version)], name, file, sql: await readMigration(file), ...(down ? { down } : {}) };
        }),
    );
    const [orphan] = downs;
    if (orphan) {
      throw new ConfigError(`${relative(path.join(folder.dir, orphan))}: a down migration without its up (${orphan.replace(/\.down\.sql$/i, '.up.sql')}); add the up file or remove the down.`);
    }
    files.sort((a, b) => compareMigrations(a, b) || compareText(a.name, b.name));
    return { files };
  },
};
