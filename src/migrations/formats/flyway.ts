// Flyway: versioned `V<version>__<description>.sql` (`1_10` and `1.10` are both 1.10, after 1.9),
// undo `U<version>__…` (the way back), repeatable `R__<description>.sql` (after every versioned
// one, in description order). `${name}` placeholders come from migrations.placeholders; one
// without a value is an error, as in Flyway. `flyway_schema_history` gets a row per migration.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { lineAt, numericKey, readMigration, refuseStrays, relative } from './folder.js';
import { params, type DiscoveryContext, type FormatFindings, type MigrationFormatModule } from './format.js';
import { compareMigrations, type MigrationFile, type UnrunFile } from './migration-file.js';

const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
// SQL callbacks Flyway runs around migrations, not migrations themselves.
const CALLBACK = /^(before|after)(Each)?(Migrate|Clean|Validate|Baseline|Repair|Info|Undo|Statement)(Error|Applied|Operation(Finish|Error)?)?(__.*)?\.sql$/;
export const FLYWAY_TABLE = 'flyway_schema_history';

export const flyway: MigrationFormatModule = {
  name: 'flyway',
  convention: 'Flyway: V<version>__<description>.sql, U<version>__<description>.sql for undo, R__<description>.sql for repeatable',
  async discover({ folder, otherTool, placeholders, dialect }: DiscoveryContext): Promise<FormatFindings> {
    const sqlNames = folder.files.filter((name) => /\.sql$/i.test(name));
    const unrun: UnrunFile[] = sqlNames
      .filter((name) => CALLBACK.test(name))
      .map((name) => ({ file: relative(path.join(folder.dir, name)), reason: 'a Flyway callback, which Sluice does not run' }));
    refuseStrays(folder, sqlNames.filter((name) => !VERSIONED.test(name) && !REPEATABLE.test(name) && !CALLBACK.test(name)), flyway.convention, otherTool);

    const read = async (name: string) => {
      const file = path.join(folder.dir, name);
      const raw = await readMigration(file);
      const builtIn: Record<string, string> = { 'flyway:filename': name, 'flyway:table': FLYWAY_TABLE, ...(dialect === 'postgres' ? { 'flyway:defaultSchema': 'public' } : {}) };
      return { file, raw, sql: replacePlaceholders(raw, file, { ...builtIn, ...placeholders }), checksum: String(flywayChecksum(raw)) };
    };
    const versioned = new Map<string, MigrationFile>();
    const undo = new Map<string, { name: string; file: string; sql: string }>();
    const files: MigrationFile[] = [];
    for (const name of sqlNames) {
      const match = VERSIONED.exec(name);
      const repeatable = REPEATABLE.exec(name);
      if (!match && !repeatable) continue;
      const { file, sql, checksum } = await read(name);
      if (repeatable) {
        const description = repeatable[1]!.replace(/_/g, ' ');
        files.push({ format: 'flyway', version: '', sortKey: [], name, file, sql, checksum, description, repeatable: true, ...(await transactionSetting(file)) });
        continue;
      }
      const sortKey = numericKey(match![2]!);
      // Flyway compares versions as numbers: 1.0 and 1 are the same version.
      const key = trimZeros(sortKey).join('.');
      const byVersion = match![1] === 'V' ? versioned : undo;
      const clash = byVersion.get(key);
      if (clash) {
        throw new ConfigError(`${relative(file)}: found more than one migration with version ${key} (${clash.name} and ${name}), which Flyway refuses; renumber one of them.`);
      }
      if (match![1] === 'U') {
        undo.set(key, { name, file, sql });
        continue;
      }
      const migration: MigrationFile = {
        format: 'flyway', version: match![2]!.replace(/_/g, '.'), sortKey, name, file, sql, checksum,
        description: match![3]!.replace(/_/g, ' '), ...(await transactionSetting(file)),
      };
      versioned.set(key, migration);
      files.push(migration);
    }
    for (const [key, { name, file, sql }] of undo) {
      const migration = versioned.get(key);
      if (!migration) throw new ConfigError(`${relative(file)}: an undo migration without its versioned one (no V${key}__….sql); add it or remove ${name}.`);
      migration.down = { file, sql };
    }
    files.sort(compareMigrations);
    return { files, unrun };
  },
  bookkeeping: {
    async create(engine) {
      const q = (name: string) => engine.quoteIdent(name);
      const now = engine.dialect === 'mysql' ? 'CURRENT_TIMESTAMP' : 'now()';
      await engine.exec(
        `CREATE TABLE ${q(FLYWAY_TABLE)} (${q('installed_rank')} INT NOT NULL, ${q('version')} VARCHAR(50), ${q('description')} VARCHAR(200) NOT NULL, ` +
          `${q('type')} VARCHAR(20) NOT NULL, ${q('script')} VARCHAR(1000) NOT NULL, ${q('checksum')} INT, ${q('installed_by')} VARCHAR(100) NOT NULL, ` +
          `${q('installed_on')} TIMESTAMP NOT NULL DEFAULT ${now}, ${q('execution_time')} INT NOT NULL, ${q('success')} BOOLEAN NOT NULL, ` +
          `CONSTRAINT ${q('flyway_schema_history_pk')} PRIMARY KEY (${q('installed_rank')}))`,
      );
      await engine.exec(`CREATE INDEX ${q('flyway_schema_history_s_idx')} ON ${q(FLYWAY_TABLE)} (${q('success')})`);
    },
    async record(engine, migration, ms) {
      const q = (name: string) => engine.quoteIdent(name);
      const user = engine.dialect === 'mysql' ? "SUBSTRING_INDEX(CURRENT_USER(), '@', 1)" : 'current_user';
      const [{ rank }] = (await engine.query<{ rank: number | string }>(`SELECT COALESCE(MAX(${q('installed_rank')}), 0) + 1 AS ${q('rank')} FROM ${q(FLYWAY_TABLE)}`)) as [{ rank: number | string }];
      await engine.query(
        `INSERT INTO ${q(FLYWAY_TABLE)} (${['installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'installed_by', 'execution_time', 'success'].map(q).join(', ')}) ` +
          `VALUES (${params(engine, 6)}, ${user}, ${engine.placeholder(7)}, ${engine.placeholder(8)})`,
        [Number(rank), migration.repeatable ? null : migration.version, migration.description ?? '', 'SQL', migration.name, Number(migration.checksum), Math.round(ms), true],
      );
    },
  },
};

const trimZeros = (key: readonly bigint[]) => {
  const parts = [...key];
  while (parts.length > 1 && parts.at(-1) === 0n) parts.pop();
  return parts;
};

/** `${name}` replaced by its value; a placeholder without one is an error naming file:line, like Flyway's. */
export function replacePlaceholders(sql: string, file: string, values: Record<string, string>): string {
  const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return sql.replace(/\$\{([^}\s]+)\}/g, (whole, name: string, offset: number) => {
    const value = values[name] ?? lower.get(name.toLowerCase());
    if (value === undefined) {
      throw new ConfigError(`${relative(file)}:${lineAt(sql, offset)}: no value provided for placeholder ${whole}; add it under migrations.placeholders in sluice.yml.`);
    }
    return value;
  });
}

/** Flyway's checksum: CRC-32 over the file's lines (UTF-8, line ends left out), as a signed 32-bit integer. */
export function flywayChecksum(text: string): number {
  let crc = 0xffffffff;
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    for (const byte of new TextEncoder().encode(line)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) | 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** Flyway's per-script `<file>.conf` may say `executeInTransaction=false`. */
async function transactionSetting(file: string): Promise<{ transaction?: false }> {
  const conf = await readFile(`${file}.conf`, 'utf8').catch(() => '');
  return /^\s*executeInTransaction\s*=\s*false\s*$/im.test(conf) ? { transaction: false } : {};
}
