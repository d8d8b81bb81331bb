// Reading a migrations folder: files decoded strictly as UTF-8, every failure one sentence that
// names the file and the fix. Shared by every format.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';

export const relative = (file: string) => path.relative(process.cwd(), file) || '.';

/** A migrations folder, its top level listed once. */
export interface Folder {
  dir: string;
  /** Where the directory came from, e.g. "sluice.yml:4:8 migrations.dir", for errors. */
  setting: string;
  /** Top-level files, sorted by name (code points). */
  files: string[];
  /** Top-level sub-folders, sorted by name. */
  folders: string[];
}

export async function openFolder(dir: string, setting: string): Promise<Folder> {
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
  const entries = await listFolder(dir, setting);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    dir,
    setting,
    files: entries.filter((e) => !e.isDirectory()).map((e) => e.name).sort(byName),
    folders: entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(byName),
  };
}

export const listFolder = (dir: string, setting?: string): Promise<Dirent[]> =>
  readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => unreadable(dir, 'directory', error, setting));

/** A migration's text; an unreadable or non-UTF-8 file is a ConfigError naming it. */
export async function readMigration(file: string): Promise<string> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => unreadable(file, 'file', error));
  return decodeMigration(bytes, file);
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

export function unreadable(target: string, what: 'file' | 'directory', error: NodeJS.ErrnoException, setting?: string): never {
  const where = setting ? `${setting}: ` : '';
  const reason =
    error.code === 'EACCES' || error.code === 'EPERM'
      ? `permission denied; let the user running Sluice read it (e.g. chmod ${what === 'directory' ? 'a+rx' : 'a+r'} ${relative(target)})`
      : error.code === 'ENOENT' || error.code === 'ELOOP'
        ? 'it is a broken link; point it at a file that exists or remove it'
        : `${error.code ?? error.message}; check that it is a readable ${what}`;
  throw new ConfigError(`${where}cannot read the migrations ${what} ${relative(target)}: ${reason}.`);
}

/**
 * Files the convention would never apply are an error rather than skipped: a migration that
 * silently never runs is worse than a run that stops and says so. `hint` may say which other
 * tool a file looks like it belongs to.
 */
export function refuseStrays(folder: Folder, stray: string[], convention: string, hint?: (name: string) => string | undefined): void {
  if (stray.length === 0) return;
  const listed = stray.slice(0, 3).map((name) => relative(path.join(folder.dir, name))).join(', ') + (stray.length > 3 ? ` and ${stray.length - 3} more` : '');
  const [verb, them] = stray.length === 1 ? ['does', 'it'] : ['do', 'them'];
  const looks = stray.map((name) => hint?.(name)).find((h) => h !== undefined);
  const mixed = looks ? ` (${stray[0]} is named the way ${looks} names migrations: one folder holds one tool's migrations)` : '';
  throw new ConfigError(
    `${folder.setting}: ${listed} ${verb} not follow the folder's naming (${convention}), so Sluice would never apply ${them}; rename ${them} or move ${them} out of ${relative(folder.dir)}${mixed}.`,
  );
}

/**
 * Keeps the lines of `text` from `from` up to (not including) `to` (0-based line indexes) and
 * blanks the others, so a section keeps the line numbers it has in the file.
 */
export function keepLines(text: string, ranges: [from: number, to: number][]): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => (ranges.some(([from, to]) => i >= from && i < to) ? line : ''))
    .join('\n')
    .replace(/\n+$/, '\n');
}

/** Numeric version parts of a name such as '0003' or '1_10' (split on `.` and `_`). */
export const numericKey = (version: string): bigint[] => version.split(/[._]/).filter((p) => p !== '').map((p) => BigInt(p));

/** Line (1-based) at a character offset. */
export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
