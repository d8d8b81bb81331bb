// Settings that name tables and columns (data.rows, data.columns, queries[].params[].from,
// checks.data-tests[].unique) checked against the schema the migrations built: a name that
// does not exist is a config error at its sluice.yml line, listing the names that do — not a
// setting silently ignored or a query failing later with the database's own words.
import type { Schema } from '../engines/engine.js';
import { ConfigError } from '../errors.js';
import type { SluiceConfig } from './schema.js';

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
    ...config.queries.flatMap((query, i) =>
      query.params.flatMap((param, j) =>
        param !== null && typeof param === 'object' ? [{ path: ['queries', i, 'params', j, 'from'], setting: `queries[${i}].params[${j}].from`, tableColumn: param.from }] : [],
      ),
    ),
    ...config.checks['data-tests'].flatMap((test, i) =>
      'unique' in test ? [{ path: ['checks', 'data-tests', i, 'unique'], setting: `checks.data-tests[${i}].unique`, tableColumn: test.unique }] : [],
    ),
  ];
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
