// What introspection leaves out and the factory needs, read from the catalog once per seeding:
// domains (their base type, length and CHECKs), foreign keys declared only on partitions, the
// range and list bounds of partitions (rows must route somewhere), and the expressions of
// generated columns (an error about one names the columns it is computed from).
import type { Engine, Schema, Table } from '../engines/engine.js';

export interface Catalog {
  schema: Schema;
  /** table → generated column → the columns its expression reads. */
  computedFrom: Map<string, Map<string, string[]>>;
}

export async function readCatalog(engine: Engine, schema: Schema): Promise<Catalog> {
  const tables = new Map(schema.tables.map((t) => [t.name, { ...t, columns: t.columns.map((c) => ({ ...c })), checks: [...t.checks], foreignKeys: [...t.foreignKeys] }]));
  const computedFrom = new Map<string, Map<string, string[]>>();
  const noteComputed = (table: string, column: string, expression: string) => {
    const t = tables.get(table);
    if (!t) return;
    const reads = t.columns.filter((c) => c.name !== column && new RegExp(`(^|[^\\w$])[\`"]?${c.name}[\`"]?($|[^\\w$])`).test(expression)).map((c) => c.name);
    const map = computedFrom.get(table) ?? new Map<string, string[]>();
    map.set(column, reads);
    computedFrom.set(table, map);
  };
  if (engine.dialect === 'postgres') await readPostgres(engine, tables, noteComputed);
  else await readMysql(engine, tables, noteComputed);
  return { schema: { tables: [...tables.values()] }, computedFrom };
}

const qualified = (schema: string, name: string) => (schema === 'public' ? name : `${schema}.${name}`);

async function readPostgres(engine: Engine, tables: Map<string, Table>, noteComputed: (t: string, c: string, e: string) => void): Promise<void> {
  const domains = await engine.query<{ nspname: string; relname: string; attname: string; base: string; basetype: string; typmod: number; checks: string[] | null }>(
    `select n.nspname, c.relname, a.attname, format_type(t.typbasetype, t.typtypmod) as base, bt.typname as basetype, t.typtypmod::int as typmod,
            (select array_agg(pg_get_constraintdef(k.oid) order by k.conname) from pg_constraint k where k.contypid = t.oid and k.contype = 'c') as checks
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_type t on t.oid = a.atttypid and t.typtype = 'd' join pg_type bt on bt.oid = t.typbasetype
      where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p')
        and n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  for (const d of domains) {
    const table = tables.get(qualified(d.nspname, d.relname));
    const column = table?.columns.find((c) => c.name === d.attname);
    if (!table || !column) continue;
    column.nativeType = d.base;
    if ((d.basetype === 'varchar' || d.basetype === 'bpchar') && d.typmod > 4) column.maxLength = d.typmod - 4;
    if (d.basetype === 'numeric' && d.typmod > 4) {
      column.precision = ((d.typmod - 4) >> 16) & 0xffff;
      column.scale = (d.typmod - 4) & 0xffff;
    }
    for (const [i, check] of (d.checks ?? []).entries()) {
      table.checks.push({ name: `domain check ${i + 1} of ${d.attname}`, expression: check.replace(/\bVALUE\b/g, `"${d.attname}"`) });
    }
  }

  const generated = await engine.query<{ nspname: string; relname: string; attname: string; expr: string }>(
    `select n.nspname, c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) as expr
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where a.attgenerated <> '' and c.relkind in ('r', 'p')`,
  );
  for (const g of generated) noteComputed(qualified(g.nspname, g.relname), g.attname, g.expr);

  // Partitions: their own foreign keys (conparentid = 0: not inherited from the parent) and their bounds.
  const partitions = await engine.query<{ parent_ns: string; parent: string; key: string; bound: string; fks: { name: string; def: string; cols: string[]; refns: string; reftable: string; refcols: string[] }[] | null }>(
    `select pn.nspname as parent_ns, p.relname as parent, pg_get_partkeydef(p.oid) as key, pg_get_expr(c.relpartbound, c.oid) as bound,
            (select json_agg(json_build_object('name', k.conname, 'def', pg_get_constraintdef(k.oid),
                    'cols', (select array_agg(a.attname order by x.i) from unnest(k.conkey) with ordinality x(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.n),
                    'refns', rn.nspname, 'reftable', r.relname,
                    'refcols', (select array_agg(a.attname order by x.i) from unnest(k.confkey) with ordinality x(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = x.n)))
               from pg_constraint k join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
              where k.conrelid = c.oid and k.contype = 'f' and k.conparentid = 0) as fks
       from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
       join pg_namespace pn on pn.oid = p.relnamespace
      where c.relispartition and p.relkind = 'p'
      order by 1, 2, c.relname`,
  );
  const bounds = new Map<string, { key: string; ranges: [string, string][]; lists: string[]; hasDefault: boolean }>();
  for (const part of partitions) {
    const name = qualified(part.parent_ns, part.parent);
    const table = tables.get(name);
    if (!table) continue;
    for (const fk of part.fks ?? []) {
      const refTable = qualified(fk.refns, fk.reftable);
      const known = table.foreignKeys.some((k) => k.refTable === refTable && k.columns.join() === fk.cols.join());
      if (!known) table.foreignKeys.push({ name: fk.name, columns: fk.cols, refTable, refColumns: fk.refcols });
    }
    const b = bounds.get(name) ?? { key: part.key, ranges: [], lists: [], hasDefault: false };
    bounds.set(name, b);
    if (part.bound === 'DEFAULT') b.hasDefault = true;
    const range = /^FOR VALUES FROM \((.+)\) TO \((.+)\)$/.exec(part.bound);
    if (range) b.ranges.push([range[1]!, range[2]!]);
    const list = /^FOR VALUES IN \((.+)\)$/.exec(part.bound);
    if (list) b.lists.push(...list[1]!.split(/,\s*/));
  }
  // Rows must land in some partition: a single-column key's bounds become a CHECK the generators obey.
  for (const [name, b] of bounds) {
    const key = /^(RANGE|LIST) \(("?[\w$]+"?)\)$/.exec(b.key);
    if (!key || b.hasDefault) continue;
    const column = key[2]!;
    const table = tables.get(name)!;
    const plain = (v: string) => !/MINVALUE|MAXVALUE/.test(v);
    if (key[1] === 'RANGE' && b.ranges.length && b.ranges.every(([from, to]) => plain(from) && plain(to))) {
      // The lowest FROM to the highest TO; gaps between partitions are rare and the database would say so.
      const sorted = [...b.ranges].sort((x, y) => compareLiteral(x[0], y[0]));
      const high = [...b.ranges].sort((x, y) => compareLiteral(y[1], x[1]))[0]![1];
      table.checks.push({ name: `partitions of ${name}`, expression: `(${column} >= ${sorted[0]![0]} AND ${column} < ${high})` });
    }
    if (key[1] === 'LIST' && b.lists.length && !b.lists.includes('NULL')) {
      table.checks.push({ name: `partitions of ${name}`, expression: `(${column} IN (${b.lists.join(', ')}))` });
    }
  }
}

const compareLiteral = (a: string, b: string) => {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a < b ? -1 : a > b ? 1 : 0;
};

async function readMysql(engine: Engine, tables: Map<string, Table>, noteComputed: (t: string, c: string, e: string) => void): Promise<void> {
  const generated = await engine.query<{ tableName: string; name: string; expr: string }>(
    `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, GENERATION_EXPRESSION AS expr FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND GENERATION_EXPRESSION IS NOT NULL AND GENERATION_EXPRESSION <> ''`,
  );
  for (const g of generated) noteComputed(String(g.tableName), String(g.name), String(g.expr));
}
