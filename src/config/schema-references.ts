// Settings that name tables and columns (data.rows, data.columns and their ref, queries[].params[].from,
// every table and column a checks.data-tests entry names) checked against the schema the migrations built: a name that
// does not exist is a config error at its sluice.yml line, listing the names that do — not a
// setting silently ignored or a query failing later with the database's own words.
import type { Schema } from '../engines/engine.js';
import { ConfigError } from '../errors.js';
import type { SluiceConfig } from './schema/index.js';

type Where = (path: readonly (string | number)[]) => string;

export function checkSchemaReferences(config: SluiceConfig, schema: Schema, where: Where): void {
  const tableNames = schema.tables.map((t) => t.name);
  const tables = tableNames.length ? `tables are ${tableNames.join(', ')}` : 'they create no tables';
  for (const table of Object.keys(config.data.rows)) {
    if (!tableNames.includes(table)) {
      throw new ConfigError(`${where(['data', 'rows', table])}: data.rows names table '${table}', which the migrations do not create; ${tables}.`);
    }
  }
  const references: { path: (string | number)[]; setting: string; tableColumn: string }[] = [
    ...Object.keys(config.data.columns).map((key) => ({ path: ['data', 'columns', key], setting: 'data.columns', tableColumn: key })),
    ...Object.entries(config.data.columns).flatMap(([key, column]) =>
      column.ref ? [{ path: ['data', 'columns', key, 'ref'], setting: `data.columns."${key}".ref`, tableColumn: column.ref }] : [],
    ),
    ...(['queries', 'transactions', 'bulk'] as const).flatMap((kind) => config[kind].flatMap((workload, i) =>
      workload.params.flatMap((param, j) =>
        param !== null && typeof param === 'object' && 'from' in param ? [{ path: [kind, i, 'params', j, 'from'], setting: `${kind}[${i}].params[${j}].from`, tableColumn: param.from }] : [],
      ),
    )),
    ...config.checks['data-tests'].flatMap((test, i) => dataTestColumns(test).map(([key, tableColumn]) => ({
      path: ['checks', 'data-tests', i, ...key], setting: `checks.data-tests[${i}].${key.join('.')}`, tableColumn,
    }))),
  ];
  config.checks['data-tests'].forEach((test, i) => {
    const key = 'row_count' in test ? 'row_count' : 'expression' in test ? 'expression' : undefined;
    if (!key) return;
    const table = 'row_count' in test ? test.row_count.table : 'expression' in test ? test.expression.table : '';
    if (!tableNames.includes(table)) {
      throw new ConfigError(`${where(['checks', 'data-tests', i, key, 'table'])}: checks.data-tests[${i}].${key}.table names table '${table}', which the migrations do not create; ${tables}.`);
    }
  });
  config.checks['data-tests'].forEach((test, i) => {
    if (!('unique' in test) || !Array.isArray(test.unique)) return;
    const owners = new Set(test.unique.map((c) => c.slice(0, c.lastIndexOf('.'))));
    if (owners.size > 1) {
      throw new ConfigError(`${where(['checks', 'data-tests', i, 'unique'])}: checks.data-tests[${i}].unique lists columns of ${[...owners].join(' and ')}; a combination must come from one table.`);
    }
  });
  for (const { path, setting, tableColumn } of references) {
    const dot = tableColumn.lastIndexOf('.');
    const tableName = tableColumn.slice(0, dot);
    const columnName = tableColumn.slice(dot + 1);
    const table = schema.tables.find((t) => t.name === tableName);
    if (!table) {
      throw new ConfigError(`${where(path)}: ${setting} names table '${tableName}', which the migrations do not create; ${tables}.`);
    }
    if (!table.columns.some((c) => c.name === columnName)) {
      throw new ConfigError(`${where(path)}: ${setting} names column '${columnName}', which table ${tableName} does not have; its columns are ${table.columns.map((c) => c.name).join(', ')}.`);
    }
  }
}

type DataTest = SluiceConfig['checks']['data-tests'][number];

/** The table.column settings of one data test, each with its key path inside the test. */
function dataTestColumns(test: DataTest): [(string | number)[], string][] {
  if ('unique' in test) return Array.isArray(test.unique) ? test.unique.map((c, j) => [['unique', j], c]) : [[['unique'], test.unique]];
  if ('not_null' in test) return [[['not_null'], test.not_null]];
  if ('accepted_values' in test) return [[['accepted_values', 'column'], test.accepted_values.column]];
  if ('relationships' in test) return [[['relationships', 'column'], test.relationships.column], [['relationships', 'to'], test.relationships.to]];
  if ('range' in test) return [[['range', 'column'], test.range.column]];
  if ('regex' in test) return [[['regex', 'column'], test.regex.column]];
  return [];
}
