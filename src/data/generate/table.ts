// One table's row generator, worked out once: which columns are written, and for each a
// closure that makes row i's value. A row is one array reused by the caller's writer per row.
import type { Column } from '../../engines/engine.js';
import { SeedError } from '../errors.js';
import { SqlExpression } from '../load/sql-expression.js';
import { numericStart } from '../existing-rows.js';
import { indexPicker, streamOf } from '../random.js';
import { compositeKeys, isNumber, ruleFor, settingOf, singleUniqueColumns, type TableContext, type ValueOf } from './context.js';
import { foreignValues } from './foreign.js';
import { patternValue, uniqueValue } from './keys.js';
import { numberBounds, numberValue } from './numbers.js';
import { specialValue } from './special.js';
import { timeBounds, timeValue } from './temporal.js';
import { textValue } from './text.js';
import { dimensionsOf, tupleValues } from './tuples.js';
import { DEFAULT_VECTOR_SOURCE, vectorTypeOf, vectorValue } from './vectors.js';

export interface TableGenerator {
  /** The columns written, in the order of each row's values. */
  columns: Column[];
  /** Row i's values, in `columns` order. The array is fresh per row (the writer keeps it only briefly). */
  row(i: number): unknown[];
  /** Row i's value of a column whose values are a function of the row number alone (keys), for second passes. */
  keyAt(column: string): ((i: number) => unknown) | undefined;
}

const TIME_TYPES = new Set(['date', 'timestamp', 'time']);

export function tableGenerator(ctx: TableContext): TableGenerator {
  const { table } = ctx;
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  // Computed columns cannot be written; identity and defaults that are not keys are the database's to fill.
  const columns = table.columns.filter((c) => c.generated !== 'computed' && !(c.generated && !table.primaryKey.includes(c.name) && !fkColumns.has(c.name)));
  const position = new Map(columns.map((c, k) => [c.name, k]));
  const unique = singleUniqueColumns(table);
  const values = new Map<string, ValueOf>();
  const pure = new Map<string, (i: number) => unknown>();

  // Keys first: pure functions of the row number, so self-references can read any row's key.
  for (const column of columns) {
    const setting = settingOf(ctx, column.name);
    if (fkColumns.has(column.name) || setting?.sql || setting?.ref) continue;
    const minLength = ruleFor(ctx, column.name)?.minLength ?? 0;
    let key: ((i: number) => unknown) | undefined;
    if (setting?.sequence) {
      const { start, step } = setting.sequence;
      key = (i) => start + i * step;
    } else if (setting?.pattern && unique.has(column.name)) {
      const make = patternValue(setting.pattern, true, streamOf(ctx.seed, `${table.name}.${column.name}`));
      key = (i) => make(i + ctx.existing.count);
    } else if (setting?.values && unique.has(column.name)) {
      const list = setting.values;
      key = (i) => list[i % list.length];
    } else if (unique.has(column.name)) {
      const range = setting?.range?.[0];
      const start = numericStart(ctx.existing, column.name, typeof range === 'number' ? range : 1);
      key = avoidExisting(ctx, column.name, isNumber(column) ? (i) => uniqueValue(column, i, start, minLength) : (i) => uniqueValue(column, i + ctx.existing.count, 1, minLength));
    }
    if (key) pure.set(column.name, key);
  }
  const keyAt = (name: string) => pure.get(name);

  // Multi-column keys take distinct tuples; their columns are then settled.
  const inTuple = new Set<string>();
  for (const key of compositeKeys(table)) {
    if (key.some((c) => inTuple.has(c) || pure.has(c) || ctx.deferred.has(c) || settingOf(ctx, c)?.sql)) continue;
    const dims = dimensionsOf(key, {
      table,
      rows: ctx.rows,
      setting: (c) => settingOf(ctx, c),
      rule: (c) => ruleFor(ctx, c),
      parentCount: (t) => ctx.kept.get(t)?.length ?? 0,
      parents: (t) => ctx.kept.get(t),
    });
    for (const [column, value] of tupleValues(dims)) {
      values.set(column, value);
      inTuple.add(column);
    }
  }

  for (const fk of table.foreignKeys) {
    if (fk.columns.some((c) => inTuple.has(c))) continue;
    if (fk.columns.some((c) => ctx.deferred.has(c))) {
      for (const c of fk.columns) values.set(c, () => null);
      continue;
    }
    for (const [column, value] of foreignValues(ctx, fk, keyAt)) if (!settingOf(ctx, column)?.sql) values.set(column, value);
  }

  const relations = usableRelations(ctx, columns, position);
  for (const column of columns) {
    if (values.has(column.name)) continue;
    const key = pure.get(column.name);
    values.set(column.name, key ? (i) => key(i) : plainValue(ctx, column, relations.get(column.name) ?? []));
  }

  // NULLs as configured, for nullable columns only.
  for (const column of columns) {
    const share = settingOf(ctx, column.name)?.nulls;
    if (!share || !column.nullable) continue;
    const inner = values.get(column.name)!;
    const random = streamOf(ctx.seed, `${table.name}.${column.name}#nulls`);
    values.set(column.name, (i, row) => (random() < share ? null : inner(i, row)));
  }

  const order = generationOrder(columns, relations, position);
  const makers = order.map((k) => values.get(columns[k]!.name)!);
  const width = columns.length;
  return {
    columns,
    keyAt,
    row(i) {
      const row = new Array<unknown>(width);
      for (let k = 0; k < width; k++) row[order[k]!] = makers[k]!(i, row);
      return row;
    },
  };
}

/** A column with no key role: its override, or its type within its CHECKs. */
function plainValue(ctx: TableContext, column: Column, relations: { op: '<' | '<=' | '>' | '>=' | '=' | '<>'; at: number }[]): ValueOf {
  const { table } = ctx;
  const setting = settingOf(ctx, column.name);
  const rule = ruleFor(ctx, column.name);
  const random = streamOf(ctx.seed, `${table.name}.${column.name}`);
  const distribution = setting?.distribution ?? 'uniform';
  if (setting?.sql) {
    const expression = new SqlExpression(setting.sql);
    return () => expression;
  }
  if (setting?.ref) {
    const dot = setting.ref.lastIndexOf('.');
    const source = ctx.kept.get(setting.ref.slice(0, dot));
    const name = setting.ref.slice(dot + 1);
    const pick = indexPicker(distribution, random);
    if (!source?.length) return () => null;
    return () => source.value(pick(source.length), name);
  }
  if (setting?.values) {
    const list = setting.values;
    const pick = indexPicker(distribution, random);
    return () => list[pick(list.length)];
  }
  if (setting?.pattern) {
    const make = patternValue(setting.pattern, false, random);
    return (i) => make(i);
  }
  if (rule?.oneOf && column.type !== 'enum') {
    const list = rule.oneOf;
    const pick = indexPicker(distribution, random);
    return () => list[pick(list.length)];
  }
  const range = setting?.range;
  if (isNumber(column)) {
    const numeric = range && typeof range[0] === 'number' && typeof range[1] === 'number' ? (range as [number, number]) : undefined;
    return numberValue(column, numberBounds(column, rule, numeric), distribution, random, relations);
  }
  if (TIME_TYPES.has(column.type)) return timeValue(column, timeBounds(column, rule, range), distribution, random, relations);
  if (column.type === 'text' && !column.nativeType.endsWith('[]') && !/^(set|inet|cidr)/i.test(column.nativeType)) {
    return textValue(column, random, rule?.minLength ?? 0, Math.min(rule?.maxLength ?? Infinity, column.maxLength ?? Infinity));
  }
  if (vectorTypeOf(column)) {
    const vectors = vectorValue(column, table.name, ctx.seed, ctx.vectors?.get(`${table.name}.${column.name}`) ?? DEFAULT_VECTOR_SOURCE);
    if (vectors) return vectors;
    if (column.nullable) return () => null;
    throw new SeedError(
      `${table.name}.${column.name} is a ${column.nativeType} column with no dimension, so its vectors cannot be made; declare one in the migration (${column.nativeType}(1536)) or add checks.vector.columns."${table.name}.${column.name}": { dims: 1536 }`,
      table.name,
      column.name,
      ['checks', 'vector'],
    );
  }
  const special = specialValue(column, ctx.dialect, random, rule?.oneOf);
  if (special) return special;
  if (column.type === 'text') return textValue(column, random, rule?.minLength ?? 0, column.maxLength);
  if (column.nullable) return () => null;
  throw new SeedError(
    `cannot make values for ${table.name}.${column.name} (${column.nativeType}); set data.columns."${table.name}.${column.name}".values, or .sql to an expression the database evaluates`,
    table.name,
    column.name,
    ['data', 'rows', table.name],
  );
}

/** Generated unique values step over the ones the migrations inserted. */
function avoidExisting(ctx: TableContext, column: string, make: (i: number) => unknown): (i: number) => unknown {
  const taken = ctx.existing.values.get(column);
  if (!taken?.length) return make;
  const set = new Set(taken.map(String));
  const span = ctx.rows + ctx.existing.count;
  return (i) => {
    let v = make(i);
    for (let k = 1; set.has(String(v)); k++) v = make(i + k * span);
    return v;
  };
}

type Relation = { op: '<' | '<=' | '>' | '>=' | '=' | '<>'; at: number };

/** CHECK comparisons between two generated number or time columns, without cycles. */
function usableRelations(ctx: TableContext, columns: Column[], position: Map<string, number>): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  const dependsOn = (a: string, b: string): boolean => (out.get(a) ?? []).some((r) => columns[r.at]!.name === b || dependsOn(columns[r.at]!.name, b));
  const comparable = (c: Column | undefined) => !!c && (isNumber(c) || TIME_TYPES.has(c.type));
  for (const relation of ctx.rules.relations) {
    const a = columns[position.get(relation.column) ?? -1];
    const b = columns[position.get(relation.other) ?? -1];
    if (!comparable(a) || !comparable(b) || settingOf(ctx, a!.name)?.values || dependsOn(b!.name, a!.name)) continue;
    const list = out.get(a!.name) ?? [];
    list.push({ op: relation.op, at: position.get(b!.name)! });
    out.set(a!.name, list);
  }
  return out;
}

/** Column positions in the order their values are made: a compared column after the one it is compared with. */
function generationOrder(columns: Column[], relations: Map<string, Relation[]>, position: Map<string, number>): number[] {
  const order: number[] = [];
  const done = new Set<number>();
  const visit = (k: number) => {
    if (done.has(k)) return;
    done.add(k);
    for (const r of relations.get(columns[k]!.name) ?? []) visit(r.at);
    order.push(k);
  };
  columns.forEach((c) => visit(position.get(c.name)!));
  return order;
}

