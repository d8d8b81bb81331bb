// The plain format: a directory of numbered .sql files (0001_init.sql, 2_add_index.sql, or
// golang-migrate's 1_init.up.sql), applied in numeric order. Down files are not applied here.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

export interface MigrationFile {
  /** The number the file name starts with; files apply in this order. */
  version: bigint;
  name: string;
  /** Absolute path; reports show it relative to the working directory. */
  file: string;
  sql: string;
}

const NUMBERED = /^(\d+)[^/]*\.sql$/i;

/** `setting` names where the directory came from, e.g. "sluice.yml:4:8 migrations.dir". */
export async function discoverMigrations(dir: string, setting: string): Promise<MigrationFile[]> {
  const exists = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!exists) {
    throw new ConfigError(`${setting}: directory ${relative(dir)} does not exist; fix the path (it is relative to sluice.yml).`);
  }
  const names = (await readdir(dir)).filter((name) => NUMBERED.test(name) && !/\.down\.sql$/i.test(name));
  if (names.length === 0) {
    throw new ConfigError(
      `${setting}: ${relative(dir)} has no migrations; add numbered .sql files such as 0001_init.sql, or point migrations.dir at the folder that has them.`,
    );
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return { version: BigInt(NUMBERED.exec(name)![1]!), name, file, sql: await readFile(file, 'utf8') };
    }),
  );
  files.sort((a, b) => (a.version === b.version ? a.name.localeCompare(b.name) : a.version < b.version ? -1 : 1));
  const clash = files.find((f, i) => i > 0 && f.version === files[i - 1]!.version);
  if (clash) {
    throw new ConfigError(`${relative(clash.file)}: two migrations share the number ${clash.version}; renumber one of them.`);
  }
  return files;
}

export const relative = (file: string) => path.relative(process.cwd(), file) || '.';
