// dbmate: `<version>_<name>.sql` (the version a timestamp as a rule) holding `-- migrate:up` and
// `-- migrate:down` sections; `-- migrate:up transaction:false` runs the section outside a
// transaction (CREATE INDEX CONCURRENTLY). Its `schema_migrations` table gets each version.
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { keepLines, readMigration, refuseStrays, relative } from './folder.js';
import { params, type DiscoveryContext, type FormatFindings, type MigrationFormatModule } from './format.js';
import { compareMigrations, compareText, type MigrationFile } from './migration-file.js';

const FILE = /^(\d+).*\.sql$/;
const SECTION = /^--\s*migrate:(up|down)\b(.*)$/i;

export const dbmate: MigrationFormatModule = {
  name: 'dbmate',
  convention: 'dbmate: <version>_<name>.sql with -- migrate:up and -- migrate:down sections',
  async discover({ folder, otherTool }: DiscoveryContext): Promise<FormatFindings> {
    const sqlNames = folder.files.filter((name) => /\.sql$/i.test(name));
    refuseStrays(folder, sqlNames.filter((name) => !FILE.test(name)), dbmate.convention, otherTool);
    const files = await Promise.all(
      sqlNames.map(async (name): Promise<MigrationFile> => {
        const file = path.join(folder.dir, name);
        const version = FILE.exec(name)![1]!;
        return { format: 'dbmate', version, sortKey: [BigInt(version)], name, file, ...parseDbmate(await readMigration(file), file) };
      }),
    );
    // dbmate reads the folder in name order; for its same-width timestamps that is numeric order.
    files.sort((a, b) => compareMigrations(a, b) || compareText(a.name, b.name));
    const clash = files.find((f, i) => i > 0 && f.version === files[i - 1]!.version);
    if (clash) {
      const other = files[files.indexOf(clash) - 1]!;
      throw new ConfigError(`${relative(clash.file)}: ${other.name} and ${clash.name} share version ${clash.version}, which dbmate would record only once; renumber one of them.`);
    }
    return { files };
  },
  bookkeeping: {
    async create(engine) {
      await engine.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)');
    },
    async record(engine, migration) {
      await engine.query(`INSERT INTO schema_migrations (version) VALUES (${params(engine, 1)})`, [migration.version]);
    },
  },
};

type Parsed = Pick<MigrationFile, 'sql' | 'down' | 'transaction'>;

export function parseDbmate(text: string, file: string): Parsed {
  const lines = text.split('\n');
  const marks: { direction: 'up' | 'down'; line: number; transaction: boolean }[] = [];
  lines.forEach((line, i) => {
    const match = SECTION.exec(line.trim());
    if (!match) return;
    const options = match[2]!.trim().split(/\s+/).filter(Boolean);
    const unknown = options.find((o) => !/^transaction:(true|false)$/i.test(o));
    if (unknown) throw new ConfigError(`${relative(file)}:${i + 1}: unknown dbmate option '${unknown}'; dbmate knows transaction:false.`);
    marks.push({ direction: match[1]!.toLowerCase() as 'up' | 'down', line: i, transaction: !options.some((o) => /^transaction:false$/i.test(o)) });
  });
  const up = marks.filter((m) => m.direction === 'up');
  const down = marks.filter((m) => m.direction === 'down');
  if (up.length !== 1 || down.length > 1) {
    const problem = up.length === 0 ? 'has no -- migrate:up line; add one above the up SQL' : 'has more than one -- migrate:up or -- migrate:down line; keep one of each';
    throw new ConfigError(`${relative(file)}: the dbmate migration ${problem}.`);
  }
  const end = (m: (typeof marks)[number]) => marks.find((other) => other.line > m.line)?.line ?? lines.length;
  const result: Parsed = { sql: keepLines(text, [[up[0]!.line, end(up[0]!)]]) };
  if (!up[0]!.transaction) result.transaction = false;
  if (down[0]) result.down = { file, sql: keepLines(text, [[down[0].line, end(down[0])]]) };
  return result;
}
