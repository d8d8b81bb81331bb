// Foreign keys: an index for the lookups the engine makes on every parent delete, and column
// types that match the key they point at.
import type { Column, Engine, ForeignKey, Index, Schema, Table } from '../../engines/engine.js';
import { indexName, quoteColumns, quoteName, quoteTable, type RuleContext, type RuleHit, type SchemaRule } from './rule.js';

const ownForeignKeys = (table: Table) => table.foreignKeys.filter((fk) => !fk.inherited);

/** A plain btree index (or hash, for one column) whose leading columns are the key's, in any order. */
function serves(index: Index, fk: ForeignKey): boolean {
  if (index.partial || index.valid === false) return false;
  const method = index.method?.toLowerCase();
  if (method !== undefined && method !== 'btree' && !(method === 'hash' && fk.columns.length === 1 && index.columns.length === 1)) return false;
  const leading = index.columns.slice(0, fk.columns.length);
  return index.columns.length >= fk.columns.length && fk.columns.every((c) => leading.includes(c));
}

/**
 * A partial or expression index may still serve the lookup (`WHERE fk IS NOT NULL` does,
 * `WHERE deleted_at IS NULL` does not): ask the planner about the query the engine's own
 * referential check runs, with sequential scans priced out so any usable index is chosen.
 */
async function plannerUsesIndex(engine: Engine, table: Table, fk: ForeignKey, candidates: Index[]): Promise<boolean> {
  const t = quoteTable(table.name, 'postgres');
  // ONLY, as the referential check reads it; a partitioned table is read through its partitions.
  const from = table.partitions ? t : `ONLY ${t}`;
  // A sub-select stands in for the parameter: the planner then knows the value is not null, not what it is.
  const where = fk.columns.map((c) => `${quoteName(c, 'postgres')} = (SELECT ${quoteName(c, 'postgres')} FROM ${from} LIMIT 1)`).join(' AND ');
  try {
    return await engine.transaction(async () => {
      await engine.exec('SET LOCAL enable_seqscan = off');
      const [row] = await engine.query<Record<string, unknown>>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from} WHERE ${where}`);
      const raw = row?.['QUERY PLAN'];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
      const names = new Set(candidates.map((i) => i.name));
      return usedIndexes(plan[0]!.Plan).some((name) => names.has(name));
    });
  } catch {
    return false; // a question the planner cannot answer is no proof of an index
  }
}

interface PlanNode {
  'Index Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}
/** Index names the main query uses; the sub-select standing in for the parameter does not count. */
const usedIndexes = (node: PlanNode): string[] =>
  node['Parent Relationship'] === 'InitPlan' || node['Parent Relationship'] === 'SubPlan'
    ? []
    : [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(usedIndexes)];

export const foreignKeyWithoutIndex: SchemaRule = {
  id: 'foreign-key-without-index',
  severity: 'warning',
  partitions: true,
  help: 'Deleting or updating a referenced row, and joining from the parent, scans the whole child table when the foreign key columns have no index. Create one on the key columns (CONCURRENTLY on PostgreSQL). A partial index counts when the planner uses it for the key lookup.',
  async check(table, { server, engine, locator }) {
    const hits: RuleHit[] = [];
    for (const fk of ownForeignKeys(table)) {
      if (table.indexes.some((index) => serves(index, fk))) continue;
      const candidates = table.indexes.filter((i) => i.partial && i.valid !== false && i.columns.includes(fk.columns[0]!));
      if (candidates.length > 0 && engine && server.dialect === 'postgres' && (await plannerUsesIndex(engine, table, fk, candidates))) continue;
      const d = server.dialect;
      // On a partitioned table CONCURRENTLY is not allowed; the index is created on every partition.
      const concurrently = d === 'postgres' && !table.partitions ? ' CONCURRENTLY' : '';
      const fix = `CREATE INDEX${concurrently} ${quoteName(indexName(table.name, fk.columns, d), d)} ON ${quoteTable(table.name, d)} (${quoteColumns(fk.columns, d)})`;
      hits.push({
        subject: `foreign key ${table.name}(${fk.columns.join(', ')})`,
        message: `Foreign key ${table.name}(${fk.columns.join(', ')}) → ${fk.refTable} has no index on ${fk.columns.join(', ')}; add one: ${fix}.`,
        location: locator.constraint(table.name, 'foreign', fk.name, fk.columns),
        fix,
      });
    }
    return hits;
  },
};

/** The type as it matters for comparing keys: lengths of character types and display widths left out. */
const keyType = (column: Column) =>
  column.nativeType
    .toLowerCase()
    .replace(/^(character varying|varchar|character|char|bpchar)\(\d+\)/, '$1')
    .replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, '$1')
    .replace(/^int4$/, 'integer');

const findTable = (schema: Schema, name: string) =>
  schema.tables.find((t) => t.name === name) ?? schema.tables.flatMap((t) => t.partitions ?? []).find((t) => t.name === name);

export const foreignKeyTypeMismatch: SchemaRule = {
  id: 'foreign-key-type-mismatch',
  severity: 'warning',
  partitions: true,
  help: 'When a foreign key column has a different type than the key it references (integer → bigint, varchar → text), every join and every referential check converts values, indexes may not be used, and the narrower side overflows first. Give the column the referenced column\'s type.',
  check(table, context: RuleContext) {
    const { schema, server, locator } = context;
    const hits: RuleHit[] = [];
    for (const fk of ownForeignKeys(table)) {
      const parent = findTable(schema, fk.refTable);
      if (!parent) continue;
      fk.columns.forEach((name, k) => {
        const column = table.columns.find((c) => c.name === name);
        const referenced = parent.columns.find((c) => c.name === fk.refColumns[k]);
        if (!column || !referenced || keyType(column) === keyType(referenced)) return;
        const hit: RuleHit = {
          subject: `column ${table.name}.${name}`,
          message: `Foreign key column ${table.name}.${name} is ${column.nativeType} but ${parent.name}.${referenced.name} is ${referenced.nativeType}; give it the same type.`,
          location: locator.column(table.name, name),
          // MySQL refuses to change a column a foreign key uses: the fix there is the author's.
          ...(server.dialect === 'postgres'
            ? { fix: `ALTER TABLE ${quoteTable(table.name, 'postgres')} ALTER COLUMN ${quoteName(name, 'postgres')} TYPE ${referenced.nativeType}` }
            : {}),
        };
        hits.push(hit);
      });
    }
    return hits;
  },
};
