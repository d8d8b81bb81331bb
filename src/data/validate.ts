// Settings that cannot work are reported before a row is written, naming the column, the
// constraint and the setting: values outside a CHECK, fewer values than a unique column needs,
// a composite key with fewer distinct tuples than rows, a cycle of NOT NULL keys.
import type { Table } from '../engines/engine.js';
import type { ColumnRule, TableRules } from './check-constraints.js';
import { SeedError } from './errors.js';
import type { ExistingRows } from './existing-rows.js';
import type { DataConfig, SeedPlan } from './plan.js';
import { compositeKeys, singleUniqueColumns } from './generate/context.js';
import { patternCapacity } from './generate/keys.js';
import { dimensionsOf, tupleCount } from './generate/tuples.js';
import { parseInstant } from './generate/temporal.js';

export function validatePlan(plan: SeedPlan, data: DataConfig, rules: Map<string, TableRules>, existing: Map<string, ExistingRows>): void {
  if (plan.problems.length) {
    const [first] = plan.problems;
    throw new SeedError(plan.problems.map((p) => p.message).join('; '), first!.table);
  }
  const planned = new Map(plan.tables.map((t) => [t.table.name, t.rows]));
  for (const { table, rows } of plan.tables) {
    const tableRules = rules.get(table.name)!;
    const unique = singleUniqueColumns(table);
    for (const column of table.columns) {
      const key = `${table.name}.${column.name}`;
      const setting = data.columns[key];
      if (!setting) continue;
      const fail = (what: string, field: string) => {
        throw new SeedError(`data.columns."${key}".${field} ${what}`, table.name, column.name, ['data', 'columns', key, field]);
      };
      const rule = tableRules.columns.get(column.name);
      const check = rule ? describeChecks(table, rule) : '';
      if (setting.nulls && !column.nullable) fail(`asks for NULLs, but ${key} is NOT NULL; remove nulls`, 'nulls');
      if (setting.values) {
        for (const value of setting.values) {
          if (value === null && !column.nullable) fail(`lists null, but ${key} is NOT NULL; remove it`, 'values');
          if (value !== null && rule && !allows(rule, value)) fail(`lists ${JSON.stringify(value)}, which ${check} rejects; keep the values inside it`, 'values');
        }
        const distinct = new Set(setting.values).size;
        if (unique.has(column.name) && distinct < rows) fail(`has ${distinct} distinct values, but ${key} is unique and gets ${rows} rows; give at least ${rows} values or lower data.rows.${table.name}`, 'values');
      }
      if (setting.range && rule) {
        for (const end of setting.range) if (!allows({ ...rule, oneOf: undefined }, end)) fail(`[${setting.range.join(', ')}] goes outside ${check}; keep the range inside it`, 'range');
      }
      if (setting.sequence && rule) {
        const { start, step } = setting.sequence;
        for (const end of [start, start + step * (rows - 1)]) if (!allows(rule, end)) fail(`reaches ${end}, which ${check} rejects; change start or step`, 'sequence');
      }
      if (setting.pattern && unique.has(column.name) && patternCapacity(setting.pattern) < rows) {
        fail(`"${setting.pattern}" holds ${patternCapacity(setting.pattern)} distinct values, but ${key} is unique and gets ${rows} rows; add # to the pattern`, 'pattern');
      }
    }
    for (const key of compositeKeys(table)) {
      const dims = dimensionsOf(key, {
        table,
        rows,
        setting: (c) => data.columns[`${table.name}.${c}`],
        rule: (c) => tableRules.columns.get(c),
        parentCount: (t) => (planned.get(t) ?? 0) + (existing.get(t)?.count ?? 0),
      });
      const total = tupleCount(dims);
      if (total < rows) {
        const widen = dims.map((d) => (d.columns.length > 1 || table.foreignKeys.some((fk) => fk.columns.includes(d.columns[0]!)) ? `data.rows of the table ${d.columns.join(', ')} references (${d.size})` : `the values of ${d.columns[0]} (${d.size})`));
        throw new SeedError(
          `only ${total} distinct (${key.join(', ')}) ${key.length === 2 ? 'pairs' : 'tuples'} for ${rows} rows in ${table.name}; lower data.rows.${table.name} or widen ${widen.join(' or ')}`,
          table.name,
        );
      }
    }
  }
}

/** Whether a CHECK rule admits a value. */
export function allows(rule: ColumnRule, value: string | number | boolean): boolean {
  if (typeof value === 'boolean') return true;
  if (rule.oneOf && !rule.oneOf.some((v) => String(v) === String(value))) return false;
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : Number.isFinite(parseInstant(a)) && Number.isFinite(parseInstant(b)) ? parseInstant(a) - parseInstant(b) : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  if (rule.min !== undefined && typeof rule.min === typeof value) {
    const c = cmp(value, rule.min);
    if (c < 0 || (c === 0 && rule.minExclusive)) return false;
  }
  if (rule.max !== undefined && typeof rule.max === typeof value) {
    const c = cmp(value, rule.max);
    if (c > 0 || (c === 0 && rule.maxExclusive)) return false;
  }
  if (typeof value === 'string' && ((rule.minLength !== undefined && value.length < rule.minLength) || (rule.maxLength !== undefined && value.length > rule.maxLength))) return false;
  return true;
}

function describeChecks(table: Table, rule: ColumnRule): string {
  const named = rule.constraints.map((name) => {
    const check = table.checks.find((c) => c.name === name);
    return check ? `${name} ${check.expression.replace(/^CHECK\s*/i, '')}` : name;
  });
  return `${[...new Set(named)].join(' and ')} on ${table.name}`;
}
