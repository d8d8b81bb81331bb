// The row a probe writes. It is an existing seeded row copied server-side (INSERT … SELECT, so
// no value makes a round trip through the driver) with a few columns changed: the one the
// probe breaks, and a fresh value in every other unique key so that only the constraint under
// test can object. A table with no suitable row gets a generated one where that makes sense.

import type { Column, Engine, Table } from '../../engines/engine.js';

/** A value the probe writes into one column. */
export type ProbeValue =
  /** Bound as a parameter (cast to the column's type on PostgreSQL). */
  | { literal: unknown }
  /** Another column of the copied row, optionally one step (1, 1 day) below or above it. */
  | { column: string; step?: -1 | 1 };

export interface ProbeRowSpec {
  table: Table;
  /** Columns the probe sets; every other column is copied from the seeded row. */
  values: Map<string, ProbeValue>;
  /** Copy only a row whose columns here are all non-null (a NULL key duplicates nothing). */
  nonNull?: string[];
  /** The key under test: left as copied, the others get fresh values. */
  keep?: string[];
  /** A duplicate needs a real row; other probes may generate one on an empty table. */
  requireExisting?: boolean;
}

export interface ProbeStatement {
  sql: string;
  params: unknown[];
  /** Set when the row is generated: the report says so. */
  generated: boolean;
}

export const quoteTable = (engine: Engine, name: string): string => name.split('.').map((p) => engine.quoteIdent(p)).join('.');

/**
 * Hands out values that no row holds yet: max + 1, + 2 … per column, so a probe that needs two
 * fresh values in one column (a self-referencing key: a missing parent and a fresh id) never
 * gets the same one twice.
 */
export class FreshValues {
  #engine: Engine;
  #used = new Map<string, number>();
  constructor(engine: Engine) {
    this.#engine = engine;
  }

  async next(table: Table, column: Column): Promise<unknown | undefined> {
    const key = `${table.name}.${column.name}`;
    const n = (this.#used.get(key) ?? 0) + 1;
    this.#used.set(key, n);
    switch (column.type) {
      case 'smallint': case 'integer': case 'bigint': case 'numeric': case 'real': {
        const [row] = await this.#engine.query<{ v: unknown }>(`SELECT max(${this.#engine.quoteIdent(column.name)}) AS v FROM ${quoteTable(this.#engine, table.name)}`);
        const max = row?.v === null || row?.v === undefined ? 0 : row.v;
        // BigInt keeps bigint keys exact; a decimal max is rounded up first.
        return column.type === 'numeric' || column.type === 'real' ? String(Math.ceil(Number(max)) + n) : String(BigInt(String(max)) + BigInt(n));
      }
      case 'text': {
        const text = `sluice-probe-${n}`;
        return column.maxLength !== undefined && column.maxLength < text.length ? `${n}`.padStart(column.maxLength, 'z').slice(-column.maxLength) : text;
      }
      case 'uuid':
        return `ffffffff-ffff-4fff-bfff-${String(n).padStart(12, 'f')}`;
      default:
        return undefined;
    }
  }
}

/** A value for a NOT NULL column of a generated row; undefined when the type has no obvious one. */
function generatedValue(column: Column): unknown | undefined {
  switch (column.type) {
    case 'smallint': case 'integer': case 'bigint': case 'numeric': case 'real': return 1;
    case 'text': return 'sluice-probe';
    case 'boolean': return true;
    case 'date': return '2000-01-01';
    case 'time': return '00:00:00';
    case 'timestamp': return '2000-01-01 00:00:00';
    case 'uuid': return 'ffffffff-ffff-4fff-bfff-000000000000';
    case 'json': return '{}';
    case 'enum': return column.enumValues?.[0];
    default: return undefined;
  }
}

/** The INSERT for a probe, or why none can be built. */
export async function buildProbe(engine: Engine, spec: ProbeRowSpec, fresh: FreshValues): Promise<ProbeStatement | { reason: string }> {
  const { table } = spec;
  const q = (name: string) => engine.quoteIdent(name);
  const values = new Map(spec.values);
  const columnOf = (name: string) => table.columns.find((c) => c.name === name);

  // Every other unique key gets a fresh value in one of its columns, or the probe would fail
  // on that key instead of the one it tests. A key holding a column the probe already changed is fresh.
  const keys = [table.primaryKey, ...table.uniques.map((u) => u.columns)].filter((k) => k.length > 0);
  const foreignKeyColumns = new Set(table.foreignKeys.flatMap((f) => f.columns));
  for (const key of keys) {
    if (spec.keep && key.every((c) => spec.keep!.includes(c))) continue;
    if (key.some((c) => values.has(c))) continue;
    const candidates = key.filter((c) => !spec.keep?.includes(c)).sort((a, b) => Number(foreignKeyColumns.has(a)) - Number(foreignKeyColumns.has(b)));
    for (const name of candidates) {
      const value = await fresh.next(table, columnOf(name)!);
      if (value !== undefined) {
        values.set(name, { literal: value });
        break;
      }
    }
  }

  const nonNull = [...new Set([...(spec.nonNull ?? []), ...[...values.values()].flatMap((v) => ('column' in v ? [v.column] : []))])];
  const from = `${quoteTable(engine, table.name)} sluice_base`;
  const [existing] = await engine.query(`SELECT 1 AS one FROM ${from}${nonNull.length ? ` WHERE ${nonNull.map((c) => `sluice_base.${q(c)} IS NOT NULL`).join(' AND ')}` : ''} LIMIT 1`);
  const generated = existing === undefined;
  if (generated && spec.requireExisting) {
    return { reason: `${table.name} has no row${nonNull.length ? ` with ${nonNull.join(', ')} set` : ''} to copy` };
  }

  const params: unknown[] = [];
  const bind = (column: Column, value: unknown): string => {
    if (value === null) return engine.dialect === 'postgres' ? `NULL::${castOf(column)}` : 'NULL';
    params.push(value);
    const placeholder = engine.placeholder(params.length);
    return engine.dialect === 'postgres' ? `${placeholder}::${castOf(column)}` : placeholder;
  };
  const columns: string[] = [];
  const expressions: string[] = [];
  for (const column of table.columns) {
    if (column.generated === 'computed') continue;
    const value = values.get(column.name);
    let expression: string | undefined;
    if (value && 'literal' in value) expression = bind(column, value.literal);
    else if (value) {
      if (generated) return { reason: `${table.name} has no row to copy ${value.column} from` };
      expression = stepped(engine, `sluice_base.${q(value.column)}`, columnOf(value.column)!, value.step);
      if (expression === undefined) return { reason: `cannot step a ${columnOf(value.column)!.nativeType} value` };
    } else if (!generated) expression = `sluice_base.${q(column.name)}`;
    else if (!column.nullable && !column.hasDefault && !column.generated) {
      // A NOT NULL column of a generated row: its parent's first key, or a plain value of its type.
      const foreignKey = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
      if (foreignKey) {
        expression = `(SELECT ${q(foreignKey.refColumns[0]!)} FROM ${quoteTable(engine, foreignKey.refTable)} LIMIT 1)`;
      } else {
        const plain = generatedValue(column);
        if (plain === undefined) return { reason: `${table.name} has no rows and Sluice cannot make up a ${column.nativeType} value for ${column.name}` };
        expression = bind(column, plain);
      }
    }
    if (expression === undefined) continue;
    columns.push(q(column.name));
    expressions.push(expression);
  }
  const overriding = engine.dialect === 'postgres' && table.columns.some((c) => c.generated === 'identity-always' && columns.includes(q(c.name))) ? ' OVERRIDING SYSTEM VALUE' : '';
  const where = nonNull.length ? ` WHERE ${nonNull.map((c) => `sluice_base.${q(c)} IS NOT NULL`).join(' AND ')}` : '';
  const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map((c) => `sluice_base.${q(c)}`).join(', ')}` : '';
  const select = generated ? `SELECT ${expressions.join(', ')}` : `SELECT ${expressions.join(', ')} FROM ${from}${where}${order} LIMIT 1`;
  return { sql: `INSERT INTO ${quoteTable(engine, table.name)} (${columns.join(', ')})${overriding} ${select}`, params, generated };
}

/** PostgreSQL types an INSERT … SELECT parameter as text unless told; text columns take text (a varchar(n) cast would truncate silently). */
const castOf = (column: Column) => (column.type === 'text' ? 'text' : column.nativeType);

function stepped(engine: Engine, expression: string, column: Column, step: -1 | 1 | undefined): string | undefined {
  if (step === undefined) return expression;
  const sign = step < 0 ? '-' : '+';
  if (['smallint', 'integer', 'bigint', 'numeric', 'real'].includes(column.type)) return `${expression} ${sign} 1`;
  if (column.type === 'date' || column.type === 'timestamp') {
    return engine.dialect === 'postgres' ? `${expression} ${sign} interval '1 day'` : `${expression} ${sign} INTERVAL 1 DAY`;
  }
  return undefined;
}

