// PostgreSQL and PGlite: COPY … FROM STDIN in text format, fed in chunks of about a megabyte, so
// the server parses one chunk while the next is generated.
import type { Column, Engine, Table } from '../../engines/engine.js';
import { copyLine } from './copy-text.js';

/** Characters per chunk: large enough that per-message costs vanish, small enough to stay flat. */
const CHUNK_CHARS = 1 << 20;

export async function copyRows(engine: Engine, table: Table, columns: readonly Column[], rows: Iterable<unknown[]>): Promise<void> {
  if (!engine.copyFrom) throw new Error(`${engine.info.name} has no COPY`);
  await engine.copyFrom(table.name, columns.map((c) => c.name), chunksOf(rows));
}

async function* chunksOf(rows: Iterable<unknown[]>): AsyncGenerator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
