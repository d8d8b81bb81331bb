// Sessions must commit to see each other, so a permutation cannot run inside one rolled-back
// transaction. Instead the tables the spec writes are copied once before it, and after each
// permutation the rows that differ are put back (deleted, updated, re-inserted by primary key):
// cheap on seeded tables, where a fresh scratch copy per permutation would re-run the
// migrations and the seeding. Sequences are not restored (as a rollback would not either).
import type { Engine, Schema, Table } from '../../engines/engine.js';

const WRITES = /\b(?:update|insert\s+(?:ignore\s+)?into|delete\s+from|replace\s+into|truncate(?:\s+table)?)\s+(?:only\s+)?([`"\w.]+)/gi;

/** Tables of `schema` that these statements write, parents before children. */
export function writtenTables(statements: readonly string[], schema: Schema): Table[] {
  const names = new Set<string>();
  for (const sql of statements) for (const match of sql.matchAll(WRITES)) names.add(match[1]!.replace(/[`"]/g, '').toLowerCase());
  const tables = schema.tables.filter((t) => names.has(t.name.toLowerCase()));
  const ordered: Table[] = [];
  const visit = (table: Table, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table.name)) return;
    path.add(table.name);
    for (const fk of table.foreignKeys) {
      const parent = tables.find((t) => t.name === fk.refTable);
      if (parent) visit(parent, path);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

export interface SeededState {
  /** Puts the copied rows back; returns the milliseconds it took. */
  restore(): Promise<number>;
  /**
   * The rows added (+) and removed (-) since the copy, as canonical text: two runs that wrote
   * the same thing give the same text. Columns the database fills (identity keys, defaults such
   * as now() or nextval) are left out, since a rolled-back transaction still moves sequences.
   */
  changes(): Promise<string>;
  drop(): Promise<void>;
}

/** A column whose value depends on when or in which order rows were written, not on what was written. */
const filledByDatabase = (c: Table['columns'][number]) =>
  c.generated !== undefined || /nextval|now\(|current_timestamp|clock_timestamp|uuid|rand/i.test(c.defaultExpression ?? '');

export async function copySeededState(engine: Engine, tables: readonly Table[], tag: string): Promise<SeededState> {
  const q = (name: string) => engine.quoteIdent(name);
  const copies = tables.map((table, i) => ({ table, copy: `sluice_copy_${tag}_${i}` }));
  for (const { table, copy } of copies) await engine.exec(`CREATE TABLE ${q(copy)} AS SELECT * FROM ${q(table.name)}`);
  const postgres = engine.dialect === 'postgres';

  const restoreTable = async (table: Table, copy: string, phase: 'delete' | 'update' | 'insert') => {
    const t = q(table.name), s = q(copy);
    const writable = table.columns.filter((c) => c.generated !== 'computed').map((c) => c.name);
    const key = table.primaryKey;
    if (key.length === 0) {
      if (phase === 'delete') await engine.exec(`DELETE FROM ${t}`);
      if (phase === 'insert') await engine.exec(`INSERT INTO ${t} (${writable.map(q).join(', ')}) ${postgres ? 'OVERRIDING SYSTEM VALUE ' : ''}SELECT ${writable.map(q).join(', ')} FROM ${s}`);
      return;
    }
    const match = key.map((k) => `s.${q(k)} = t.${q(k)}`).join(' AND ');
    const others = writable.filter((c) => !key.includes(c));
    if (phase === 'delete') {
      await engine.exec(postgres
        ? `DELETE FROM ${t} t WHERE NOT EXISTS (SELECT 1 FROM ${s} s WHERE ${match})`
        : `DELETE t FROM ${t} t LEFT JOIN ${s} s ON ${match} WHERE s.${q(key[0]!)} IS NULL`);
    } else if (phase === 'update' && others.length > 0) {
      const set = others.map((c) => `${q(c)} = s.${q(c)}`).join(', ');
      await engine.exec(postgres
        ? `UPDATE ${t} t SET ${set} FROM ${s} s WHERE ${match} AND (${others.map((c) => `t.${q(c)}`).join(', ')}, NULL) IS DISTINCT FROM (${others.map((c) => `s.${q(c)}`).join(', ')}, NULL)`
        : `UPDATE ${t} t JOIN ${s} s ON ${match} SET ${others.map((c) => `t.${q(c)} = s.${q(c)}`).join(', ')} WHERE NOT (${others.map((c) => `t.${q(c)} <=> s.${q(c)}`).join(' AND ')})`);
    } else if (phase === 'insert') {
      const cols = writable.map(q).join(', ');
      await engine.exec(postgres
        ? `INSERT INTO ${t} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${writable.map((c) => `s.${q(c)}`).join(', ')} FROM ${s} s WHERE NOT EXISTS (SELECT 1 FROM ${t} t WHERE ${match})`
        : `INSERT INTO ${t} (${cols}) SELECT ${writable.map((c) => `s.${q(c)}`).join(', ')} FROM ${s} s LEFT JOIN ${t} t ON ${match} WHERE t.${q(key[0]!)} IS NULL`);
    }
  };

  return {
    async restore() {
      const started = performance.now();
      await engine.transaction(async () => {
        for (const { table, copy } of [...copies].reverse()) await restoreTable(table, copy, 'delete');
        for (const { table, copy } of copies) await restoreTable(table, copy, 'update');
        for (const { table, copy } of copies) await restoreTable(table, copy, 'insert');
      });
      return performance.now() - started;
    },
    async changes() {
      const lines: string[] = [];
      for (const { table, copy } of copies) {
        const columns = table.columns.filter((c) => !filledByDatabase(c)).map((c) => q(c.name)).join(', ');
        if (!columns) continue;
        for (const [sign, from, minus] of [['+', table.name, copy], ['-', copy, table.name]] as const) {
          const rows = await engine.query(`SELECT ${columns} FROM ${q(from)} EXCEPT ALL SELECT ${columns} FROM ${q(minus)}`);
          for (const row of rows) lines.push(`${sign} ${table.name} ${JSON.stringify(Object.values(row).map((v) => (v instanceof Date ? v.toISOString() : v === null ? null : String(v))))}`);
        }
      }
      return lines.sort().join('\n');
    },
    async drop() {
      for (const { copy } of copies) await engine.exec(`DROP TABLE IF EXISTS ${q(copy)}`).catch(() => undefined);
    },
  };
}
