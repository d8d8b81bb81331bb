// The dbt / Great Expectations catalogue as SQL: each kind of data test becomes a query for the
// rows that break it (counted, then sampled) — or, for row_count, a bound on the table's size.
import type { Engine } from '../../engines/engine.js';
import type { SluiceConfig } from '../../config/schema/index.js';

export type DataTest = SluiceConfig['checks']['data-tests'][number];

/** How one data test is evaluated. */
export type DataTestPlan =
  /** Failing rows are `FROM … WHERE …`: counted with count(*), sampled with LIMIT. */
  | { kind: 'rows'; name: string; from: string; select: string; params: unknown[]; groupBy?: string }
  /** The user's own query: its rows are the failing ones. */
  | { kind: 'query'; name: string; sql: string }
  /** The table's row count must lie within bounds. */
  | { kind: 'count'; name: string; table: string; min?: number; max?: number };

/** `schema.table.column` → quoted table and column. */
function split(engine: Engine, tableColumn: string): { table: string; column: string; tableName: string } {
  const parts = tableColumn.split('.');
  const column = parts.pop()!;
  return { table: quoteTable(engine, parts.join('.')), column: engine.quoteIdent(column), tableName: parts.join('.') };
}

export const quoteTable = (engine: Engine, name: string): string => name.split('.').map((p) => engine.quoteIdent(p)).join('.');

const range = (min?: number, max?: number) => (min !== undefined && max !== undefined ? `${min}..${max}` : min !== undefined ? `>= ${min}` : `<= ${max}`);

export function planDataTest(engine: Engine, test: DataTest): DataTestPlan {
  const p = (i: number) => engine.placeholder(i);
  if ('unique' in test) {
    const columns = Array.isArray(test.unique) ? test.unique : [test.unique];
    const parts = columns.map((c) => split(engine, c));
    const list = parts.map((c) => c.column).join(', ');
    const label = columns.length === 1 ? columns[0]! : `${parts[0]!.tableName}(${columns.map((c) => c.split('.').pop()).join(', ')})`;
    return {
      kind: 'rows', name: test.name ?? `unique ${label}`, params: [],
      // One failing "row" per duplicated value, with how many rows share it.
      from: `${parts[0]!.table} WHERE ${parts.map((c) => `${c.column} IS NOT NULL`).join(' AND ')}`,
      select: `${list}, count(*) AS copies`,
      groupBy: `${list} HAVING count(*) > 1`,
    };
  }
  if ('not_null' in test) {
    const { table, column } = split(engine, test.not_null);
    return { kind: 'rows', name: test.name ?? `not_null ${test.not_null}`, from: `${table} WHERE ${column} IS NULL`, select: '*', params: [] };
  }
  if ('accepted_values' in test) {
    const { table, column } = split(engine, test.accepted_values.column);
    const values = test.accepted_values.values;
    return {
      kind: 'rows', name: test.name ?? `accepted_values ${test.accepted_values.column}`, select: '*', params: values,
      from: `${table} WHERE ${column} IS NOT NULL AND ${column} NOT IN (${values.map((_, i) => p(i + 1)).join(', ')})`,
    };
  }
  if ('relationships' in test) {
    const child = split(engine, test.relationships.column);
    const parent = split(engine, test.relationships.to);
    return {
      kind: 'rows', name: test.name ?? `relationships ${test.relationships.column} → ${test.relationships.to}`, select: 'c.*', params: [],
      from: `${child.table} c WHERE c.${child.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parent.table} p WHERE p.${parent.column} = c.${child.column})`,
    };
  }
  if ('range' in test) {
    const { table, column } = split(engine, test.range.column);
    const { min, max } = test.range;
    const params = [min, max].filter((v) => v !== undefined);
    const outside = [min !== undefined ? `${column} < ${p(1)}` : '', max !== undefined ? `${column} > ${p(params.length)}` : ''].filter(Boolean).join(' OR ');
    return { kind: 'rows', name: test.name ?? `range ${test.range.column} ${range(min, max)}`, select: '*', params, from: `${table} WHERE ${column} IS NOT NULL AND (${outside})` };
  }
  if ('regex' in test) {
    const { table, column } = split(engine, test.regex.column);
    const matches = engine.dialect === 'postgres' ? `${column}::text ~ ${p(1)}` : `${column} REGEXP ${p(1)}`;
    return { kind: 'rows', name: test.name ?? `regex ${test.regex.column}`, select: '*', params: [test.regex.pattern], from: `${table} WHERE ${column} IS NOT NULL AND NOT (${matches})` };
  }
  if ('row_count' in test) {
    const { table, min, max } = test.row_count;
    return { kind: 'count', name: test.name ?? `row_count ${table} ${range(min, max)}`, table: quoteTable(engine, table), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if ('expression' in test) {
    const { table, sql } = test.expression;
    // As dbt's expression_is_true and a CHECK: a NULL result is not a failure.
    return { kind: 'rows', name: test.name ?? `expression on ${table}: ${oneLine(sql)}`, select: '*', params: [], from: `${quoteTable(engine, table)} WHERE NOT (${sql})` };
  }
  return { kind: 'query', name: test.name ?? oneLine(test.sql), sql: test.sql };
}

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 60);
