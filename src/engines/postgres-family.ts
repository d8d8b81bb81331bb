// What PostgreSQL and PGlite share: the SQL, the catalogs, EXPLAIN and SQLSTATE codes.
// Only the session (a pg Client or a PGlite instance) differs.
import { performance } from 'node:perf_hooks';
import type {
  Column, ColumnType, DbError, DbErrorKind, Engine, EngineSession, Row, Schema, ScratchUrl, ServerInfo, Table, WorkProfile,
} from './engine.js';
import { sessionCannotDrop } from './engine.js';

/** The little a pg Client and a PGlite instance have in common. */
export interface PgSession {
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /**
   * A session whose server cannot be trusted to cancel on statement_timeout (PGlite computes
   * on the caller's behalf) enforces the deadline itself; a cancelled statement rejects with
   * code 57014 like the server's own timeout.
   */
  setDeadline?(ms: number): void;
  /** Runs `sql`, a `COPY … FROM STDIN` (text format), with `chunks` as its data. */
  copyFrom(sql: string, chunks: AsyncIterable<string>): Promise<void>;
  /** Serves the database to another program (PGlite, which has no server of its own). */
  serve?(): Promise<ScratchUrl>;
  /** PGlite: a plain SQL dump made inside the instance (no pg_dump binary can reach it). */
  dump?(args: readonly string[]): Promise<string>;
}

export class PostgresFamilyEngine implements Engine {
  readonly dialect = 'postgres' as const;
  #session: PgSession;
  /** Set on a server (another connection as the same role); PGlite has only the one. */
  readonly openSession?: () => Promise<EngineSession>;
  /** See Engine.drop; a second session has nothing to drop. */
  readonly drop: () => Promise<void>;
  #url: string | undefined;

  /** `url`: the scratch database's URL as its session logs in (a server); PGlite's session serves one instead. */
  constructor(
    readonly info: ServerInfo,
    readonly database: string,
    session: PgSession,
    options: { url?: string; openSession?: () => Promise<EngineSession>; drop?: () => Promise<void> } = {},
  ) {
    this.#session = session;
    this.drop = options.drop ?? sessionCannotDrop;
    this.#url = options.url;
    if (options.openSession) this.openSession = options.openSession;
  }

  /** PGlite only (see Engine.dumpSql). */
  get dumpSql(): ((args: readonly string[]) => Promise<string>) | undefined {
    const session = this.#session;
    return session.dump ? (args) => session.dump!(args) : undefined;
  }

  async connectionUrl(): Promise<ScratchUrl> {
    if (this.#session.serve) return this.#session.serve();
    if (this.#url === undefined) throw new Error(`no URL is known for scratch database ${this.database}`);
    return { url: this.#url, close: async () => {} };
  }

  async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.#session.query(sql, [...params])).rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.#session.query(sql);
  }

  async copyFrom(table: string, columns: readonly string[], chunks: AsyncIterable<string>): Promise<void> {
    const target = table.split('.').map((n) => this.quoteIdent(n)).join('.');
    await this.#session.copyFrom(`COPY ${target} (${columns.map((c) => this.quoteIdent(c)).join(', ')}) FROM STDIN`, chunks);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.exec('BEGIN');
    try {
      const result = await work();
      await this.exec('COMMIT');
      return result;
    } catch (error) {
      // The statement's own error is the one to report: after a timeout on PGlite the session
      // is gone and ROLLBACK fails too.
      await this.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  quoteIdent(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  placeholder(index: number): string {
    return `$${index}`;
  }

  #timeoutMs: number | undefined;

  async setStatementTimeout(ms: number): Promise<void> {
    this.#timeoutMs = Math.max(1, Math.round(ms));
    await this.exec(`SET statement_timeout = ${this.#timeoutMs}`);
    this.#session.setDeadline?.(this.#timeoutMs);
  }

  async resetSession(): Promise<void> {
    // A migration may leave a transaction open, or an aborted one; DISCARD ALL refuses to run in either.
    await this.exec('ROLLBACK');
    await this.exec('DISCARD ALL');
    // Role-level defaults survive DISCARD ALL (a migration may ALTER ROLE … SET search_path): name ours.
    await this.exec(`SET search_path = "$user", public`);
    if (this.#timeoutMs !== undefined) await this.setStatementTimeout(this.#timeoutMs);
  }

  async analyze(): Promise<void> {
    // VACUUM sets the visibility map too, so index-only scans read the same pages every run.
    await this.exec('VACUUM ANALYZE');
  }

  async profile(sql: string, params: readonly unknown[] = []): Promise<WorkProfile> {
    const started = performance.now();
    const [row] = await this.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    const elapsed = performance.now() - started;
    const raw = row?.['QUERY PLAN'];
    const explained = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ExplainOutput[];
    const top = explained[0]!;
    const nodes = flatten(top.Plan);
    const written = top.Plan['Node Type'] === 'ModifyTable' ? top.Plan.Plans?.[0] : undefined;
    return {
      counters: [
        { name: 'blocks', unit: 'blocks', value: top.Plan['Shared Hit Blocks'] + top.Plan['Shared Read Blocks'] },
        // A write's top node (ModifyTable) returns nothing without RETURNING: count the rows it wrote.
        { name: 'rows', unit: 'rows', value: written ? written['Actual Rows'] * written['Actual Loops'] : top.Plan['Actual Rows'] },
        {
          name: 'rows-removed',
          unit: 'rows',
          value: nodes.reduce((sum, n) => sum + ((n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Join Filter'] ?? 0)) * n['Actual Loops'], 0),
        },
      ],
      operators: [...new Set(nodes.map(operatorOf))],
      shape: nodes.map(describeNode).join(' → '),
      timeMs: top['Execution Time'] ?? elapsed,
      plan: top.Plan,
    };
  }

  describeError(error: unknown): DbError {
    return describePostgresError(error);
  }

  async introspect(): Promise<Schema> {
    // Partitions are read too (their own foreign keys and indexes matter) and nested under their parent.
    const tables = await this.query<{ oid: number; nspname: string; relname: string; parent: number | null }>(
      `select c.oid::int as oid, n.nspname, c.relname,
              (select i.inhparent::int from pg_inherits i where i.inhrelid = c.oid and c.relispartition limit 1) as parent
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p')
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
        order by n.nspname, c.relname`,
    );
    const oids = tables.map((t) => t.oid);
    // One after another: a single session runs one query at a time.
    const columns = await this.query<PgColumnRow>(
        `select a.attrelid::int as relid, a.attnum::int as attnum, a.attname, a.attnotnull, a.atthasdef,
                a.attidentity, a.attgenerated, format_type(a.atttypid, a.atttypmod) as native,
                coalesce(bt.typname, t.typname) as typname, t.typtype, a.atttypmod::int as typmod,
                pg_get_expr(d.adbin, d.adrelid) as default_expr,
                (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as enum_values
           from pg_attribute a
           join pg_type t on t.oid = a.atttypid
           left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
           left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
          where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
          order by a.attrelid, a.attnum`,
        [oids],
    );
    const constraints = await this.query<{ relid: number; conname: string; contype: string; conkey: number[]; confrelid: number; confkey: number[] | null; def: string; validated: boolean; inherited: boolean }>(
        `select conrelid::int as relid, conname, contype, conkey::int[] as conkey, confrelid::int as confrelid,
                confkey::int[] as confkey, pg_get_constraintdef(oid) as def, convalidated as validated,
                conparentid <> 0 as inherited
           from pg_constraint where conrelid = any($1::oid[]) and contype in ('p', 'u', 'f', 'c')
          order by conrelid, conname`,
        [oids],
    );
    const indexes = await this.query<{
      relid: number; name: string; unique: boolean; primary: boolean; keys: number[]; partial: boolean;
      valid: boolean; keyCount: number; method: string; predicate: string | null; def: string;
    }>(
        `select i.indrelid::int as relid, c.relname as name, i.indisunique as unique, i.indisprimary as primary,
                i.indkey::int2[]::int[] as keys, (i.indpred is not null or i.indexprs is not null) as partial,
                i.indisvalid as valid, i.indnkeyatts::int as "keyCount", am.amname as method,
                pg_get_expr(i.indpred, i.indrelid) as predicate, pg_get_indexdef(i.indexrelid) as def
           from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
          where i.indrelid = any($1::oid[]) order by i.indrelid, c.relname`,
      [oids],
    );

    const nameOf = new Map(tables.map((t) => [t.oid, t.nspname === 'public' ? t.relname : `${t.nspname}.${t.relname}`]));
    const attname = new Map(columns.map((c) => [`${c.relid}:${c.attnum}`, c.attname]));
    const names = (relid: number, nums: number[]) => nums.map((n) => attname.get(`${relid}:${n}`) ?? `#${n}`);

    const byOid = new Map(tables.map((t): [number, Table] => {
      const own = constraints.filter((c) => c.relid === t.oid);
      const table: Table = {
        name: nameOf.get(t.oid)!,
        columns: columns.filter((c) => c.relid === t.oid).map(toColumn),
        primaryKey: names(t.oid, own.find((c) => c.contype === 'p')?.conkey ?? []),
        uniques: own.filter((c) => c.contype === 'u').map((c) => ({ name: c.conname, columns: names(t.oid, c.conkey) })),
        foreignKeys: own.filter((c) => c.contype === 'f').map((c) => ({
          name: c.conname,
          columns: names(t.oid, c.conkey),
          refTable: nameOf.get(c.confrelid) ?? String(c.confrelid),
          refColumns: names(c.confrelid, c.confkey ?? []),
          validated: c.validated,
          ...(c.inherited ? { inherited: true } : {}),
        })),
        indexes: indexes.filter((i) => i.relid === t.oid).map((i) => ({
          name: i.name,
          // attnum 0 is an expression: such an index is marked partial, its columns are the plain ones.
          columns: names(t.oid, i.keys.slice(0, i.keyCount).filter((k) => k > 0)),
          unique: i.unique,
          primary: i.primary,
          partial: i.partial || i.keys.slice(0, i.keyCount).includes(0),
          valid: i.valid,
          method: i.method,
          ...(i.predicate !== null ? { predicate: i.predicate } : {}),
          ...(i.keys.length > i.keyCount ? { include: names(t.oid, i.keys.slice(i.keyCount)) } : {}),
          // "CREATE UNIQUE INDEX name ON public.t USING btree (a)" without its name.
          definition: i.def.replace(/^(CREATE (?:UNIQUE )?INDEX )\S+ ON /, '$1ON '),
        })),
        checks: own.filter((c) => c.contype === 'c').map((c) => ({ name: c.conname, expression: c.def, validated: c.validated })),
      };
      if (t.parent !== null) table.partitionOf = nameOf.get(t.parent) ?? String(t.parent);
      return [t.oid, table];
    }));
    for (const t of tables) {
      if (t.parent === null) continue;
      const parent = byOid.get(t.parent);
      if (parent) (parent.partitions ??= []).push(byOid.get(t.oid)!);
    }
    return { tables: tables.filter((t) => t.parent === null).map((t) => byOid.get(t.oid)!) };
  }
}

interface PgColumnRow {
  relid: number; attnum: number; attname: string; attnotnull: boolean; atthasdef: boolean;
  attidentity: string; attgenerated: string; native: string; typname: string; typtype: string;
  typmod: number; default_expr: string | null; enum_values: string[] | null;
}

const TYPES: Record<string, ColumnType> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', numeric: 'numeric', float4: 'real', float8: 'real',
  text: 'text', varchar: 'text', bpchar: 'text', citext: 'text', name: 'text', bool: 'boolean',
  date: 'date', time: 'time', timetz: 'time', timestamp: 'timestamp', timestamptz: 'timestamp',
  json: 'json', jsonb: 'json', uuid: 'uuid', bytea: 'binary',
};

function toColumn(c: PgColumnRow): Column {
  const type: ColumnType = c.typtype === 'e' ? 'enum' : TYPES[c.typname] ?? 'other';
  const column: Column = { name: c.attname, type, nativeType: c.native, nullable: !c.attnotnull, hasDefault: c.atthasdef };
  if (c.attidentity === 'a') column.generated = 'identity-always';
  else if (c.attidentity === 'd' || c.default_expr?.startsWith('nextval(')) column.generated = 'identity';
  else if (c.attgenerated === 's' || c.attgenerated === 'v') column.generated = 'computed';
  if ((c.typname === 'varchar' || c.typname === 'bpchar') && c.typmod > 4) column.maxLength = c.typmod - 4;
  if (c.typname === 'numeric' && c.typmod > 4) {
    column.precision = ((c.typmod - 4) >> 16) & 0xffff;
    column.scale = (c.typmod - 4) & 0xffff;
  }
  if (c.enum_values) column.enumValues = c.enum_values;
  if (c.default_expr !== null) column.defaultExpression = c.default_expr;
  return column;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  Plans?: PlanNode[];
}
interface ExplainOutput {
  Plan: PlanNode;
  'Execution Time'?: number;
}

/** "Index Scan using customers_email_key on customers" — what EXPLAIN's text format would say. */
const describeNode = (n: PlanNode) =>
  [n['Node Type'], n['Index Name'] && `using ${n['Index Name']}`, n['Relation Name'] && `on ${n['Relation Name']}`].filter(Boolean).join(' ');

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/** "Seq Scan" → seq-scan; both bitmap nodes → bitmap-scan (Sluice's words, shared with MySQL). */
function operatorOf(node: PlanNode): string {
  const name = node['Node Type'];
  if (name.startsWith('Bitmap')) return 'bitmap-scan';
  if (name === 'Incremental Sort') return 'sort';
  return name.toLowerCase().replace(/\s+/g, '-');
}

const SQLSTATE_KINDS: Record<string, DbErrorKind> = {
  '23505': 'unique-violation', '23503': 'foreign-key-violation', '23514': 'check-violation',
  '23502': 'not-null-violation', '42601': 'syntax-error', '42P01': 'undefined-object',
  '42703': 'undefined-object', '42883': 'undefined-object', '42704': 'undefined-object',
  '3F000': 'undefined-object', '42501': 'permission-denied', '57014': 'timeout', '28P01': 'auth-failed', '28000': 'auth-failed',
  '40001': 'serialization-failure', '40P01': 'deadlock', '55P03': 'lock-timeout',
};

export function describePostgresError(error: unknown): DbError {
  const e = error as { code?: string; message?: string; position?: string | number };
  const code = typeof e.code === 'string' ? e.code : 'unknown';
  const kind: DbErrorKind = code === 'ECONNREFUSED' ? 'connection-refused' : SQLSTATE_KINDS[code] ?? 'other';
  const described: DbError = { kind, code, message: e.message ?? String(error) };
  const position = Number(e.position);
  if (Number.isInteger(position) && position > 0) described.position = position;
  return described;
}
