// The schema fingerprint: a complete, normalised description of one scratch database's schema,
// made to be compared (the round trip compares the schema before an up migration with the one
// after its down). Everything is a flat list of objects, each with an identity (`key`) and
// properties compared one by one, so a difference can be told in one sentence.
import type { Engine } from '../../engines/engine.js';
import { BOOKKEEPING_TABLES, type SchemaFingerprint, type SchemaObject } from './model.js';
import { fingerprintMysql } from './mysql.js';
import { fingerprintPostgres } from './postgres.js';

export { diffSchemas, type SchemaChange, type DiffWording } from './diff.js';
export { BOOKKEEPING_SCHEMAS, BOOKKEEPING_TABLES, type SchemaFingerprint, type SchemaObject, type SchemaObjectKind } from './model.js';

/**
 * Reads the scratch database's schema. Resets the session first: a migration's SET search_path
 * would otherwise change how PostgreSQL spells names in definitions.
 */
export async function fingerprintSchema(engine: Engine): Promise<SchemaFingerprint> {
  await engine.resetSession();
  const objects = engine.dialect === 'postgres' ? await fingerprintPostgres(engine) : await fingerprintMysql(engine);
  const kept = objects.filter((o) => !isBookkeeping(o.table));
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { dialect: engine.dialect, objects: dedupeKeys(kept) };
}

function isBookkeeping(table: string | undefined): boolean {
  if (table === undefined) return false;
  const bare = table.slice(table.lastIndexOf('.') + 1);
  return BOOKKEEPING_TABLES.has(bare);
}

// Two identical engine-named constraints on one table share a key; number them so neither hides the other.
function dedupeKeys(objects: SchemaObject[]): SchemaObject[] {
  const seen = new Map<string, number>();
  return objects.map((o) => {
    const count = (seen.get(o.key) ?? 0) + 1;
    seen.set(o.key, count);
    return count === 1 ? o : { ...o, key: `${o.key} #${count}` };
  });
}
