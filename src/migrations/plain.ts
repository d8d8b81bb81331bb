// The plain format: a directory of numbered .sql files (0001_init.sql, 2_add_index.sql, or
// golang-migrate's 1_init.up.sql), applied in numeric order. Down files are not applied here.
// Every other .sql file in the directory is an error rather than skipped: a migration that
// silently never runs is worse than a run that stops and says so.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

export interface MigrationFile {
  /** The number the file name starts with; files apply in this order. */
  version: bigint;
  name: string;
  /** Absolute path; reports show it relative to the working directory. */
  file: string;
  /** The up SQL only (a format's down section or annotations taken out), as the tool would run it. */
  sql: string;
  /** The way back, where the convention has one (golang-migrate .down.sql, dbmate migrate:down, Flyway U…). */
  down?: { file: string; sql: string };
  /** False when the tool runs this migration outside a transaction (dbmate transaction:false, goose NO TRANSACTION). */
  transaction?: boolean;
}

const NUMBERED = /^(\d+)[^/]*\.sql$/i;
const CONVENTION = 'numbered .sql files such as 0001_name.sql or 1_name.up.sql, applied in numeric order';
const DOWN = /\.down\.sql$/i;

/** `setting` names where the directory came from, e.g. "sluice.yml:4:8 migrations.dir". */
export async function discoverMigrations(dir: string, setting: string): Promise<MigrationFile[]> {
  const kind = await stat(dir).then(
    (s) => (s.isDirectory() ? 'directory' : 'file'),
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' : unreadable(dir, 'directory', error, setting)),
  );
  if (kind === 'missing') {
    throw new ConfigError(`${setting}: directory ${relative(dir)} does not exist; fix the path (it is relative to sluice.yml).`);
  }
  if (kind === 'file') {
    throw new ConfigError(`${setting}: ${relative(dir)} is a file, not a directory; point migrations.dir at the folder that holds the migration files.`);
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => unreadable(dir, 'directory', error, setting));
  const sqlNames = entries.filter((e) => !e.isDirectory() && /\.sql$/i.test(e.name)).map((e) => e.name).sort();
  const names = sqlNames.filter((name) => NUMBERED.test(name) && !DOWN.test(name));
  const stray = sqlNames.filter((name) => !NUMBERED.test(name) && !DOWN.test(name));
  if (stray.length > 0) {
    const listed = stray.slice(0, 3).map((name) => relative(path.join(dir, name))).join(', ') + (stray.length > 3 ? ` and ${stray.length - 3} more` : '');
    const [verb, them] = stray.length === 1 ? ['does', 'it'] : ['do', 'them'];
    throw new ConfigError(
      `${setting}: ${listed} ${verb} not follow the folder's naming (${CONVENTION}), so Sluice would never apply ${them}; rename ${them} or move ${them} out of ${relative(dir)}.`,
    );
  }
  if (names.length === 0) {
    throw new ConfigError(
      `${setting}: ${relative(dir)} has no migrations; add numbered .sql files such as 0001_init.sql, or point migrations.dir at the folder that has them.`,
    );
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => unreadable(file, 'file', error));
      return { version: BigInt(NUMBERED.exec(name)![1]!), name, file, sql: decodeMigration(bytes, file) };
    }),
  );
  files.sort((a, b) => (a.version === b.version ? a.name.localeCompare(b.name) : a.version < b.version ? -1 : 1));
  const clash = files.find((f, i) => i > 0 && f.version === files[i - 1]!.version);
  if (clash) {
    throw new ConfigError(`${relative(clash.file)}: two migrations share the number ${clash.version}; renumber one of them.`);
  }
  return files;
}

/** The file as text: UTF-8, a leading byte-order mark dropped; anything else is refused, never guessed at. */
export function decodeMigration(bytes: Uint8Array, file: string): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? 'the file is UTF-16' : `byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} is not UTF-8, perhaps Latin-1 or Windows-1252`;
    throw new ConfigError(`${relative(file)}:${line}: the migration is not valid UTF-8 at byte offset ${offset} (${hint}); save it as UTF-8.`);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    // The second byte's range rules out overlong forms and surrogates; the rest are plain continuations.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [low, high] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < low || c > high) return i;
    }
    i += length;
  }
  return bytes.length;
}

function unreadable(target: string, what: 'file' | 'directory', error: NodeJS.ErrnoException, setting?: string): never {
  const where = setting ? `${setting}: ` : '';
  const reason =
    error.code === 'EACCES' || error.code === 'EPERM'
      ? `permission denied; let the user running Sluice read it (e.g. chmod ${what === 'directory' ? 'a+rx' : 'a+r'} ${relative(target)})`
      : error.code === 'ENOENT' || error.code === 'ELOOP'
        ? 'it is a broken link; point it at a file that exists or remove it'
        : `${error.code ?? error.message}; check that it is a readable ${what}`;
  throw new ConfigError(`${where}cannot read the migrations ${what} ${relative(target)}: ${reason}.`);
}

export const relative = (file: string) => path.relative(process.cwd(), file) || '.';
