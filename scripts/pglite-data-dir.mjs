// `node scripts/pglite-data-dir.mjs <out.tar.gz>`, run by scripts/build.mjs in its own process:
// an initialised PGlite data directory, so an embedded scratch database starts from a copy
// instead of running initdb. initdb in WebAssembly peaks at about 700 MiB (a second
// PostgreSQL instance, initdb's own, and a copy of the heap per bootstrap step) and takes
// seconds; loading this tarball takes well under a second.
//
// dist/ must be byte-identical from one build to the next, so this process runs initdb with
// a fixed clock and fixed "random" bytes (pg_control's mock authentication nonce; nothing
// secret in a throwaway database), and clears the tar headers' access and change times.
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const FIXED_TIME = Date.UTC(2025, 0, 1);
Date.now = () => FIXED_TIME;
performance.now = () => 0;
let state = 1;
const fill = (view) => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
  return view;
};
// Emscripten's getrandom() in Node: require('node:crypto').randomFillSync.
createRequire(import.meta.url)('node:crypto').randomFillSync = fill;
globalThis.crypto.getRandomValues = fill;

const { PGlite } = await import('@electric-sql/pglite');
// 1 MiB WAL segments instead of 16: the segment is a file of the in-memory filesystem.
const db = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] });
const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
await db.close();

// PGlite's tar writer puts atime and ctime (12 octal bytes each) at 476 and 488 of each header.
for (let offset = 0; offset + 512 <= tar.length; ) {
  const header = tar.subarray(offset, offset + 512);
  if (header.every((byte) => byte === 0)) break;
  header.fill(0, 476, 500);
  header.fill(0x20, 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  const size = parseInt(new TextDecoder().decode(header.subarray(124, 136)).replace(/\0.*$/, '').trim() || '0', 8);
  offset += 512 + Math.ceil(size / 512) * 512;
}
await writeFile(process.argv[2], gzipSync(tar, { level: 9 }));
