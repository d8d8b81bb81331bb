// What "the restore equals the original" means, each part told in a sentence when it fails:
// the schema fingerprint (the migration round trip's, with its readable diff), every table's
// row count and checksum (the migration trace's), every sequence's position (PostgreSQL
// last_value / is_called, MySQL AUTO_INCREMENT), and vector columns byte for byte (pgvector's
// binary send format, MariaDB/MySQL VECTOR bytes), which a text checksum could round.
import type { Engine, Table } from '../../engines/engine.js';
import { diffSchemas, fingerprintSchema } from '../../migrations/fingerprint/index.js';
import { tableContents } from '../../migrations/trace/preservation.js';

export interface Difference {
  /** schema | rows | sequence | vector */
  part: 'schema' | 'rows' | 'sequence' | 'vector';
  subject: string;
  sentence: string;
}

export interface Equality {
  differences: Difference[];
  /** How much was compared, for the notice on success. */
  compared: { objects: number; tables: number; rows: number; sequences: number; vectorColumns: number };
}

export async function compareDatabases(original: Engine, restored: Engine): Promise<Equality> {
  const differences: Difference[] = [];
  const [before, after] = [await fingerprintSchema(original), await fingerprintSchema(restored)];
  for (const change of diffSchemas(before, after, 'expected')) {
    differences.push({ part: 'schema', subject: change.object.label, sentence: `${change.sentence} after the restore` });
  }

  const tables = (await original.introspect()).tables;
  const restoredTables = new Set((await restored.introspect()).tables.map((t) => t.name));
  let rows = 0;
  for (const table of tables) {
    const [was] = (await tableContents(original, [table])).values();
    rows += was!.rows;
    // A table the restore lacks is already a schema difference.
    if (!restoredTables.has(table.name)) continue;
    const [is] = (await tableContents(restored, [table])).values();
    if (was!.rows !== is!.rows) {
      differences.push({ part: 'rows', subject: `table ${table.name}`, sentence: `table ${table.name} has ${was!.rows} rows in the database and ${is!.rows} after the restore` });
    } else if (was!.checksum !== is!.checksum) {
      differences.push({ part: 'rows', subject: `table ${table.name}`, sentence: `table ${table.name} has the same ${was!.rows} rows in number but different values after the restore` });
    }
  }

  const [positions, restoredPositions] = [await sequencePositions(original), await sequencePositions(restored)];
  for (const [name, position] of positions) {
    const now = restoredPositions.get(name);
    if (now === undefined || now === position) continue;
    differences.push({ part: 'sequence', subject: `sequence ${name}`, sentence: `${name} stands at ${position} in the database and at ${now} after the restore` });
  }

  const vectors = vectorColumns(original, tables);
  for (const { table, column, expression } of vectors) {
    if (!restoredTables.has(table.name)) continue;
    const [was, is] = [await bytesDigest(original, table, expression), await bytesDigest(restored, table, expression)];
    if (was !== is) {
      differences.push({ part: 'vector', subject: `column ${table.name}.${column}`, sentence: `vector column ${table.name}.${column} is not the same bit for bit after the restore` });
    }
  }
  return { differences, compared: { objects: before.objects.length, tables: tables.length, rows, sequences: positions.size, vectorColumns: vectors.length } };
}

/**
 * Where each sequence stands. PostgreSQL: last_value and whether it was used (a sequence set to
 * 42 and never called hands out 42 next, a called one 43). MySQL/MariaDB: each table's
 * AUTO_INCREMENT, the next value it hands out.
 */
async function sequencePositions(engine: Engine): Promise<Map<string, string>> {
  const positions = new Map<string, string>();
  if (engine.dialect === 'postgres') {
    const sequences = await engine.query<{ schema: string; name: string }>(
      `select schemaname as schema, sequencename as name from pg_sequences where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
    );
    for (const { schema, name } of sequences) {
      const qualified = `${engine.quoteIdent(schema)}.${engine.quoteIdent(name)}`;
      const [row] = await engine.query<{ last_value: unknown; is_called: boolean }>(`select last_value, is_called from ${qualified}`);
      positions.set(schema === 'public' ? `sequence ${name}` : `sequence ${schema}.${name}`, row!.is_called ? `${String(row!.last_value)} (used)` : `${String(row!.last_value)} (not yet used)`);
    }
    return positions;
  }
  // MySQL 8 caches information_schema statistics for a day by default; MariaDB has no such setting.
  await engine.exec('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
  const rows = await engine.query<{ name: string; next: unknown }>(
    'SELECT TABLE_NAME AS name, AUTO_INCREMENT AS next FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL ORDER BY 1',
  );
  for (const { name, next } of rows) positions.set(`table ${name}'s AUTO_INCREMENT`, `next value ${String(next)}`);
  return positions;
}

const PG_VECTOR = /^(vector|halfvec|sparsevec)\b/i;

function vectorColumns(engine: Engine, tables: readonly Table[]): { table: Table; column: string; expression: string }[] {
  const found = [];
  for (const table of tables) {
    for (const column of table.columns) {
      const quoted = engine.quoteIdent(column.name);
      if (engine.dialect === 'postgres' && PG_VECTOR.test(column.nativeType)) {
        const type = PG_VECTOR.exec(column.nativeType)![1]!.toLowerCase();
        found.push({ table, column: column.name, expression: `encode(${type}_send(${quoted}), 'hex')` });
      } else if (engine.dialect === 'mysql' && /^vector\b/i.test(column.nativeType)) {
        found.push({ table, column: column.name, expression: `hex(${quoted})` });
      }
    }
  }
  return found;
}

/** An order-free digest of the column's bytes (the same multiset of values gives the same digest). */
async function bytesDigest(engine: Engine, table: Table, expression: string): Promise<string> {
  const name = table.name.split('.').map((part) => engine.quoteIdent(part)).join('.');
  const sql = engine.dialect === 'postgres'
    ? `select coalesce(md5(string_agg(coalesce(v, 'null'), ',' order by v collate "C")), '') as digest from (select ${expression} as v from ${name}) s`
    : `select coalesce(bit_xor(crc32(coalesce(v, 'null'))), 0) as digest from (select ${expression} as v from ${name}) s`;
  const [row] = await engine.query<{ digest: unknown }>(sql);
  return String(row?.digest ?? '');
}
