// The fingerprint of a PostgreSQL (or PGlite) scratch database, read from the catalogs.
// Objects that belong to an extension (pgcrypto's functions, …) are the extension's, listed once
// as the extension; system schemas and sqitch's registry are left out.
import type { Engine } from '../../engines/engine.js';
import { digest } from './digest.js';
import { BOOKKEEPING_SCHEMAS, schemaObject as object, text as str, type SchemaObject } from './model.js';

const USER_SCHEMA = (column: string) =>
  `${column} not in ('pg_catalog', 'information_schema', ${[...BOOKKEEPING_SCHEMAS].map((s) => `'${s}'`).join(', ')})
   and ${column} !~ '^pg_(toast|temp_)'`;

const NOT_EXTENSION_MEMBER = (catalog: string, oid: string) =>
  `not exists (select 1 from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

// Tables, partitioned tables, foreign tables, views and materialized views of the user's schemas.
const RELATIONS = `
  select c.oid, n.nspname, c.relname, c.relkind::text as relkind
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p', 'f', 'v', 'm') and ${USER_SCHEMA('n.nspname')} and ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`;

type Rows = Record<string, unknown>[];

export async function fingerprintPostgres(engine: Engine): Promise<SchemaObject[]> {
  const q = (sql: string) => engine.query(sql) as Promise<Rows>;
  // One after the other: a connection runs one query at a time anyway.
  const reads = [
    () => q(`select n.nspname, obj_description(n.oid, 'pg_namespace') as comment from pg_namespace n where ${USER_SCHEMA('n.nspname')}`),
    () => q(`select e.extname, e.extversion, n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname <> 'plpgsql'`),
    () => q(`select r.nspname, r.relname, r.relkind, c.relpersistence::text as persistence, c.relrowsecurity as rls,
              obj_description(r.oid, 'pg_class') as comment,
              case when r.relkind in ('v', 'm') then pg_get_viewdef(r.oid, true) end as viewdef,
              case when r.relkind = 'p' then pg_get_partkeydef(r.oid) end as partkey,
              case when c.relispartition then pg_get_expr(c.relpartbound, r.oid) end as partbound,
              (select string_agg(pn.nspname || '.' || pc.relname, ', ' order by i.inhseqno) from pg_inherits i
                 join pg_class pc on pc.oid = i.inhparent join pg_namespace pn on pn.oid = pc.relnamespace
                where i.inhrelid = r.oid) as parents
       from (${RELATIONS}) r join pg_class c on c.oid = r.oid`),
    () => q(`select r.nspname, r.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as notnull,
              pg_get_expr(ad.adbin, ad.adrelid) as defaultexpr, a.attidentity::text as identity, a.attgenerated::text as generated,
              case when a.attcollation <> t.typcollation then co.collname end as collation,
              col_description(a.attrelid, a.attnum) as comment
       from (${RELATIONS}) r join pg_attribute a on a.attrelid = r.oid
       join pg_type t on t.oid = a.atttypid
       left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
       left join pg_collation co on co.oid = a.attcollation
       where r.relkind in ('r', 'p', 'f') and a.attnum > 0 and not a.attisdropped`),
    // Indexes that back a PRIMARY KEY, UNIQUE or EXCLUDE constraint are told as the constraint.
    () => q(`select r.nspname, r.relname, ic.relname as indexname, pg_get_indexdef(i.indexrelid) as indexdef,
              i.indisunique as isunique, i.indisvalid as isvalid, obj_description(i.indexrelid, 'pg_class') as comment
       from (${RELATIONS}) r join pg_index i on i.indrelid = r.oid join pg_class ic on ic.oid = i.indexrelid
       where not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))`),
    () => q(`select r.nspname, r.relname, k.conname, k.contype::text as contype, pg_get_constraintdef(k.oid, true) as condef,
              k.convalidated as validated, obj_description(k.oid, 'pg_constraint') as comment
       from (${RELATIONS}) r join pg_constraint k on k.conrelid = r.oid
       where k.contype in ('p', 'u', 'f', 'c', 'x')`),
    // Identity sequences are part of their column; a serial's sequence is listed with its owner.
    () => q(`select n.nspname, c.relname, format_type(s.seqtypid, null) as type, s.seqstart::text as start,
              s.seqincrement::text as increment, s.seqmin::text as min, s.seqmax::text as max, s.seqcycle as cycle,
              s.seqcache::text as cache,
              (select oc.relname || '.' || a.attname from pg_depend d join pg_class oc on oc.oid = d.refobjid
                 join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.refclassid = 'pg_class'::regclass
                  and d.deptype = 'a' limit 1) as ownedby
       from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
       where ${USER_SCHEMA('n.nspname')} and ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'i')`),
    () => q(`select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.prokind::text as prokind,
              pg_get_function_result(p.oid) as result, l.lanname, p.provolatile::text as volatility, p.prosecdef as secdef,
              array_to_string(p.proconfig, ', ') as config, p.prosrc,
              case when p.prokind <> 'a' then pg_get_functiondef(p.oid) end as functiondef,
              obj_description(p.oid, 'pg_proc') as comment
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
       where ${USER_SCHEMA('n.nspname')} and ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`),
    () => q(`select r.nspname, r.relname, t.tgname, pg_get_triggerdef(t.oid, true) as triggerdef, t.tgenabled::text as enabled
       from (${RELATIONS}) r join pg_trigger t on t.tgrelid = r.oid where not t.tgisinternal`),
    () => q(`select n.nspname, t.typname, t.typtype::text as typtype,
              (select string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as enumvalues,
              case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as basetype,
              t.typnotnull as notnull, t.typdefault as typdefault,
              (select string_agg(pg_get_constraintdef(k.oid, true), ' ' order by pg_get_constraintdef(k.oid, true))
                 from pg_constraint k where k.contypid = t.oid) as domainchecks,
              (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum)
                 from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) as attributes,
              obj_description(t.oid, 'pg_type') as comment
       from pg_type t join pg_namespace n on n.oid = t.typnamespace
       where ${USER_SCHEMA('n.nspname')} and ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}
         and (t.typtype in ('e', 'd') or (t.typtype = 'c' and exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c')))`),
    () => q(`select r.nspname, r.relname, p.polname, p.polcmd::text as cmd, p.polpermissive as permissive,
              pg_get_expr(p.polqual, p.polrelid) as qual, pg_get_expr(p.polwithcheck, p.polrelid) as withcheck
       from (${RELATIONS}) r join pg_policy p on p.polrelid = r.oid`),
  ];
  const results: Rows[] = [];
  for (const read of reads) results.push(await read());
  const [schemas, extensions, relations, columns, indexes, constraints, sequences, functions, triggers, types, policies] = results as [Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows];

  const objects: SchemaObject[] = [];
  for (const s of schemas) {
    const name = str(s.nspname);
    if (name === 'public') continue; // every database has it
    objects.push(object('schema', `schema ${name}`, `schema ${name}`, [name], { comment: s.comment }));
  }
  for (const e of extensions) {
    const name = str(e.extname);
    objects.push(object('extension', `extension ${name}`, `extension ${name}`, [name], { version: e.extversion, schema: e.nspname }));
  }
  for (const r of relations) {
    const name = qualified(r.nspname, r.relname);
    const view = r.relkind === 'v' || r.relkind === 'm';
    const kind = view ? 'view' : 'table';
    const word = r.relkind === 'm' ? 'materialized view' : r.relkind === 'f' ? 'foreign table' : kind;
    objects.push({
      ...object(kind, `relation ${name}`, `${word} ${name}`, [str(r.relname)], {
        kind: word,
        definition: r.viewdef,
        persistence: view ? undefined : r.persistence === 'u' ? 'unlogged' : 'logged',
        'row level security': r.rls === true ? 'enabled' : undefined,
        'partitioned by': r.partkey,
        'partition of': r.partbound ? `${r.parents} ${r.partbound}` : undefined,
        inherits: r.partbound ? undefined : r.parents,
        comment: r.comment,
      }),
      table: view ? undefined : name,
    });
  }
  for (const c of columns) {
    const table = qualified(c.nspname, c.relname);
    const name = `${table}.${str(c.attname)}`;
    const generated = c.generated === 's' || c.generated === 'v';
    objects.push({
      ...object('column', `column ${name}`, `column ${name}`, [str(c.relname), str(c.attname)], {
        type: c.type,
        nullability: c.notnull === true ? 'not null' : 'nullable',
        default: generated ? undefined : c.defaultexpr,
        generated: generated ? `always as (${str(c.defaultexpr)})${c.generated === 's' ? ' stored' : ''}` : undefined,
        identity: c.identity === 'a' ? 'generated always as identity' : c.identity === 'd' ? 'generated by default as identity' : undefined,
        collation: c.collation,
        comment: c.comment,
      }),
      table,
    });
  }
  for (const i of indexes) {
    const table = qualified(i.nspname, i.relname);
    const name = qualified(i.nspname, i.indexname);
    // "CREATE UNIQUE INDEX x ON public.t USING btree (a) WHERE …" → "btree (a) WHERE …": the name and table are the key.
    const definition = str(i.indexdef).replace(/^.*? USING /, '');
    objects.push({
      ...object('index', `index ${name}`, `index ${name} on ${table}(${firstParenthesised(definition)})`, [str(i.indexname), str(i.relname)], {
        definition,
        uniqueness: i.isunique === true ? 'unique' : 'not unique',
        validity: i.isvalid === true ? 'valid' : 'invalid (a failed CREATE INDEX CONCURRENTLY)',
        comment: i.comment,
      }),
      table,
    });
  }
  for (const k of constraints) {
    const table = qualified(k.nspname, k.relname);
    const name = str(k.conname);
    // pg_get_constraintdef appends NOT VALID; validation is a property of its own, not part of the identity.
    const definition = str(k.condef).replace(/ NOT VALID$/, '');
    const generatedName = isPostgresGeneratedName(name, str(k.relname));
    const label = constraintLabel(str(k.contype), table, generatedName ? undefined : name, definition);
    objects.push({
      ...object('constraint', generatedName ? `constraint ${table} ${definition}` : `constraint ${table} ${name}`, label, [name, str(k.relname)], {
        definition,
        validation: k.validated === true ? 'validated' : 'not validated',
        comment: k.comment,
      }),
      table,
    });
  }
  for (const s of sequences) {
    const name = qualified(s.nspname, s.relname);
    objects.push({
      ...object('sequence', `sequence ${name}`, `sequence ${name}`, [str(s.relname)], {
        type: s.type, start: s.start, increment: s.increment, min: s.min, max: s.max,
        cycle: s.cycle === true ? 'cycles' : 'no cycle', cache: s.cache, 'owned by': s.ownedby,
      }),
      // A serial's sequence belongs to its table (and goes with a bookkeeping table).
      table: s.ownedby ? qualified(s.nspname, str(s.ownedby).split('.')[0]) : undefined,
    });
  }
  for (const f of functions) {
    const word = f.prokind === 'p' ? 'procedure' : f.prokind === 'a' ? 'aggregate' : 'function';
    const name = `${qualified(f.nspname, f.proname)}(${str(f.args)})`;
    objects.push(object('function', `function ${name}`, `${word} ${name}`, [str(f.proname)], {
      returns: f.result,
      language: f.lanname,
      volatility: ({ i: 'immutable', s: 'stable', v: 'volatile' } as Record<string, string>)[str(f.volatility)],
      security: f.secdef === true ? 'security definer' : 'security invoker',
      settings: f.config,
      body: digest(str(f.functiondef ?? f.prosrc)),
      comment: f.comment,
    }));
  }
  for (const t of triggers) {
    const table = qualified(t.nspname, t.relname);
    const definition = str(t.triggerdef).replace(/^CREATE (CONSTRAINT )?TRIGGER \S+ /, '');
    objects.push({
      ...object('trigger', `trigger ${table} ${str(t.tgname)}`, `trigger ${str(t.tgname)} on ${table}`, [str(t.tgname), str(t.relname)], {
        definition,
        enabled: ({ O: 'enabled', D: 'disabled', R: 'enabled on replica only', A: 'always enabled' } as Record<string, string>)[str(t.enabled)],
      }),
      table,
    });
  }
  for (const t of types) {
    const name = qualified(t.nspname, t.typname);
    const word = t.typtype === 'e' ? 'enum type' : t.typtype === 'd' ? 'domain' : 'composite type';
    objects.push(object('type', `type ${name}`, `${word} ${name}`, [str(t.typname)], {
      values: t.enumvalues,
      'base type': t.basetype,
      nullability: t.typtype === 'd' ? (t.notnull === true ? 'not null' : 'nullable') : undefined,
      default: t.typdefault,
      checks: t.domainchecks,
      attributes: t.typtype === 'c' ? t.attributes : undefined,
      comment: t.comment,
    }));
  }
  for (const p of policies) {
    const table = qualified(p.nspname, p.relname);
    objects.push({
      ...object('policy', `policy ${table} ${str(p.polname)}`, `policy ${str(p.polname)} on ${table}`, [str(p.polname), str(p.relname)], {
        command: ({ r: 'select', a: 'insert', w: 'update', d: 'delete', '*': 'all' } as Record<string, string>)[str(p.cmd)],
        mode: p.permissive === true ? 'permissive' : 'restrictive',
        using: p.qual,
        'with check': p.withcheck,
      }),
      table,
    });
  }
  return objects;
}

const qualified = (schema: unknown, name: unknown) => (schema === 'public' ? str(name) : `${str(schema)}.${str(name)}`);

/** "btree (a, lower(b)) WHERE …" → "a, lower(b)" */
export function firstParenthesised(text: string): string {
  const start = text.indexOf('(');
  if (start < 0) return '';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start + 1, i);
  }
  return text.slice(start + 1);
}

/** PostgreSQL's own names: orders_pkey, orders_email_key, orders_customer_id_fkey, orders_amount_check, orders_check1. */
function isPostgresGeneratedName(name: string, table: string): boolean {
  return name.startsWith(table.slice(0, 20)) && /_(pkey|key|fkey|check|excl)\d*$/.test(name);
}

function constraintLabel(type: string, table: string, name: string | undefined, definition: string): string {
  const named = name ? ` ${name}` : '';
  const fk = /^FOREIGN KEY \((.*?)\) REFERENCES (.*?)\((.*?)\)/.exec(definition);
  if (type === 'f' && fk) return `foreign key${named} ${table}(${fk[1]}) → ${fk[2]}(${fk[3]})`;
  if (type === 'p') return `primary key${named} on ${table}(${firstParenthesised(definition)})`;
  if (type === 'u') return `unique constraint${named} on ${table}(${firstParenthesised(definition)})`;
  if (type === 'c') return `check constraint${named} on ${table} (${firstParenthesised(definition)})`;
  return `exclusion constraint${named} on ${table}`;
}
