// PostgreSQL and PGlite: COPY … FROM STDIN in text format, fed in chunks of about a megabyte, so
// the server parses one chunk while the next is generated.
import type { Column, Engine, Table } from '../../engines/engine.js';
import { copyLine } from './copy-text.js';

/** Characters per chunk: large enough that per-message costs vanish, small enough to stay flat. */
const CHUNK_CHARS = 1 << 20;

export async function copyRows(engine: Engine, table: Table, columns: readonly Column[], rows: Iterable<unknown[]>, expressions: ReadonlyMap<string, string> = new Map()): Promise<void> {
  if (!engine.copyFrom) throw new Error(`${engine.info.name} has no COPY`);
  if (!expressions.size) return engine.copyFrom(table.name, columns.map((c) => c.name), chunksOf(rows));
  // COPY cannot evaluate SQL: the other columns go into a temporary table first, then one
  // INSERT … SELECT adds the expressions (which may name those columns).
  const q = (n: string) => engine.quoteIdent(n);
  const target = table.name.split('.').map(q).join('.');
  const plain = columns.map((c, k) => ({ c, k })).filter(({ c }) => !expressions.has(c.name));
  const stage = 'sluice_seed_stage';
  await engine.exec(`DROP TABLE IF EXISTS ${stage}`);
  await engine.exec(`CREATE TEMPORARY TABLE ${stage} AS SELECT ${plain.map(({ c }) => q(c.name)).join(', ') || '1 AS sluice_row'} FROM ${target} WITH NO DATA`);
  function* narrowed(): Generator<unknown[]> {
    for (const row of rows) yield plain.map(({ k }) => row[k]);
  }
  await engine.copyFrom(stage, plain.map(({ c }) => c.name), chunksOf(narrowed()));
  const names = columns.map((c) => q(c.name)).join(', ');
  const select = columns.map((c) => expressions.get(c.name) ?? q(c.name)).join(', ');
  await engine.exec(`INSERT INTO ${target} (${names}) SELECT ${select} FROM ${stage}`);
  await engine.exec(`DROP TABLE ${stage}`);
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
