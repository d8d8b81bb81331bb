// The initialised data directory (a gzipped tar made at build time, see assets.ts) unpacked
// once per process into a temporary folder; each scratch instance starts from a copy of that
// folder on disk. Handed to PGlite as a tarball instead, every worker held the 31 MB tar and
// PGlite's unpacked copy of it (about 60 MiB of each instance's RSS, for the life of the run).
import { createReadStream, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';

const BLOCK = 512;

/**
 * Unpacks the tarball into a new temporary folder and returns its path. The folder lives as
 * long as the process (any instance may start from it), and is removed when the process exits.
 */
export async function unpackDataDir(tarball: URL): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sluice-pglite-template-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  try {
    await extract(tarball, root);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return root;
}

/** A ustar reader for what PGlite's own writer makes: directories and regular files, streamed. */
async function extract(tarball: URL, root: string): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  /** The entry whose contents are being read, and how many bytes of it (padded to a block) remain. */
  let entry: { file: string; mode: number; size: number; chunks: Buffer[] } | undefined;
  let remaining = 0;
  for await (const chunk of createReadStream(tarball).pipe(createGunzip())) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    for (;;) {
      if (entry) {
        const take = Math.min(remaining, pending.length);
        entry.chunks.push(pending.subarray(0, take));
        pending = pending.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
        const contents = Buffer.concat(entry.chunks).subarray(0, entry.size);
        await writeFile(entry.file, contents, { mode: entry.mode });
        entry = undefined;
        continue;
      }
      if (pending.length < BLOCK) break;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (header.every((byte) => byte === 0)) return;
      const name = field(header, 345, 155) ? `${field(header, 345, 155)}/${field(header, 0, 100)}` : field(header, 0, 100);
      const parts = name.split('/').filter((p) => p !== '' && p !== '.');
      if (parts.includes('..')) throw new Error(`the embedded database's data directory has an entry outside itself: ${name}`);
      const target = path.join(root, ...parts);
      const mode = parseInt(field(header, 100, 8) || '600', 8) & 0o777;
      const size = parseInt(field(header, 124, 12) || '0', 8);
      const type = String.fromCharCode(header[156]!);
      if (type === '5') {
        await mkdir(target, { recursive: true });
        await chmod(target, mode | 0o700);
      } else if (type === '0' || type === '\0') {
        await mkdir(path.dirname(target), { recursive: true });
        entry = { file: target, mode, size, chunks: [] };
        remaining = Math.ceil(size / BLOCK) * BLOCK;
      } else {
        throw new Error(`the embedded database's data directory has an entry of tar type '${type}' (${name}), which Sluice does not unpack`);
      }
    }
  }
  if (entry) throw new Error(`the embedded database's data directory ends inside ${entry.file}`);
}

const field = (header: Buffer, offset: number, length: number): string =>
  header.subarray(offset, offset + length).toString('latin1').replace(/\0.*$/s, '').trim();
