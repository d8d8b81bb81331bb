// Indexes: ones that cost writes for nothing (duplicate, redundant), ones the planner cannot
// use (invalid), and large tables that have none.
import type { Index, Table } from '../../engines/engine.js';
import { dropIndexSql, quoteName, quoteTable, type RuleContext, type RuleHit, type SchemaRule } from './rule.js';

/** Indexes a constraint owns: they go with ALTER TABLE … DROP CONSTRAINT, not DROP INDEX. */
const ownedByConstraint = (table: Table, index: Index) => index.primary || table.uniques.some((u) => u.name === index.name);

function dropFix(table: Table, index: Index, { server }: RuleContext): string {
  if (ownedByConstraint(table, index) && server.dialect === 'postgres') {
    return `ALTER TABLE ${quoteTable(table.name, 'postgres')} DROP CONSTRAINT ${quoteName(index.name, 'postgres')}`;
  }
  return dropIndexSql(table.name, index.name, server.dialect);
}

const btree = (index: Index) => (index.method ?? 'btree').toLowerCase() === 'btree';
/** MySQL prefix key parts (name(10)) index part of a value: not comparable column for column. */
const hasPrefixParts = (index: Index) => /\w\(\d+\)/.test(index.definition ?? '');

export const duplicateIndex: SchemaRule = {
  id: 'duplicate-index',
  severity: 'warning',
  help: 'Two indexes with the same definition (columns, method, predicate) double the write cost and the disk for no read that one of them does not already serve. Drop the one no constraint owns.',
  check(table, context) {
    const hits: RuleHit[] = [];
    const seen = new Map<string, Index>();
    // Constraint-owned indexes first, so the plain copy is the one reported.
    const ordered = [...table.indexes].sort((a, b) => Number(ownedByConstraint(table, b)) - Number(ownedByConstraint(table, a)) || a.name.localeCompare(b.name));
    for (const index of ordered) {
      if (index.definition === undefined) continue;
      const kept = seen.get(index.definition);
      if (!kept) {
        seen.set(index.definition, index);
        continue;
      }
      hits.push({
        subject: `index ${table.name}.${index.name}`,
        message: `Index ${index.name} on ${table.name} duplicates ${kept.name} (${index.columns.join(', ')}); drop it.`,
        location: context.locator.constraint(table.name, 'index', index.name, index.columns),
        fix: dropFix(table, index, context),
      });
    }
    return hits;
  },
};

export const redundantIndex: SchemaRule = {
  id: 'redundant-index',
  severity: 'notice',
  help: 'An index whose columns are the leading columns of another btree index serves no lookup the longer one cannot, and costs every write. Drop it, unless its smaller size matters for a hot query.',
  check(table, context) {
    const plain = (i: Index) => btree(i) && !i.partial && i.valid !== false && !i.include?.length && !hasPrefixParts(i);
    const hits: RuleHit[] = [];
    for (const index of table.indexes) {
      if (index.primary || index.unique || !plain(index)) continue;
      const wider = table.indexes.find(
        (other) =>
          other !== index && plain(other) && other.definition !== index.definition &&
          other.columns.length >= index.columns.length && index.columns.every((c, k) => other.columns[k] === c) &&
          // An equal-width index covers this one only when it is unique (a constraint); otherwise it is a duplicate.
          (other.columns.length > index.columns.length || other.unique),
      );
      if (!wider) continue;
      hits.push({
        subject: `index ${table.name}.${index.name}`,
        message: `Index ${index.name} on ${table.name} (${index.columns.join(', ')}) is a prefix of ${wider.name} (${wider.columns.join(', ')}); drop it.`,
        location: context.locator.constraint(table.name, 'index', index.name, index.columns),
        fix: dropFix(table, index, context),
      });
    }
    return hits;
  },
};

export const invalidIndex: SchemaRule = {
  id: 'invalid-index',
  severity: 'error',
  partitions: true,
  help: 'A CREATE INDEX CONCURRENTLY that failed (a duplicate value, a deadlock, a cancel) leaves an INVALID index: writes still maintain it, no query can use it, and a UNIQUE one enforces nothing. Fix the cause, then rebuild it (REINDEX INDEX CONCURRENTLY) or drop it.',
  check(table, { locator }) {
    return table.indexes
      .filter((i) => i.valid === false)
      .map((i) => ({
        subject: `index ${table.name}.${i.name}`,
        message: `Index ${i.name} on ${table.name} is INVALID (a failed concurrent build); no query uses it${i.unique ? ' and it enforces no uniqueness' : ''}. Rebuild or drop it.`,
        location: locator.constraint(table.name, i.unique ? 'unique' : 'index', i.name, i.columns),
        // A partitioned index is valid once every partition has its index attached; REINDEX does not apply.
        ...(table.partitions ? {} : { fix: `REINDEX INDEX CONCURRENTLY ${table.name.includes('.') ? `${quoteName(table.name.split('.')[0]!, 'postgres')}.` : ''}${quoteName(i.name, 'postgres')}` }),
      }));
  },
};

/** From this many rows a scan of the table is slow enough that a missing index shows. */
export const LARGE_TABLE_ROWS = 100_000;

export const largeTableWithoutIndex: SchemaRule = {
  id: 'large-table-without-index',
  severity: 'warning',
  help: `A table expected to hold many rows (production.rows or data.rows, from ${LARGE_TABLE_ROWS.toLocaleString('en-US')}) with no index beyond its primary key can only be searched by reading all of it. Index the columns its queries filter and join on.`,
  check(table, { rows, locator }) {
    const expected = rows(table.name);
    if (expected === undefined || expected < LARGE_TABLE_ROWS || table.indexes.some((i) => !i.primary)) return [];
    return [{
      subject: `table ${table.name}`,
      message: `Table ${table.name} is expected to hold ${expected.toLocaleString('en-US')} rows and has no index beyond its primary key; index the columns its queries filter and join on.`,
      location: locator.table(table.name),
    }];
  },
};
