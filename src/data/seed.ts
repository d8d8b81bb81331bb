// Seeding: refine the plan with what the catalog adds, check every setting against the
// constraints, then generate and write each table parents-first, keeping only the values
// children reference; last, fill the keys that close a cycle and move the sequences on.
import type { Column, Engine, Table } from '../engines/engine.js';
import { readCatalog, type Catalog } from './catalog.js';
import { readChecks, type TableRules } from './check-constraints.js';
import { SeedError } from './errors.js';
import { NO_ROWS, readExistingRows, type ExistingRows } from './existing-rows.js';
import { compositeKeys, singleUniqueColumns } from './generate/context.js';
import { tableGenerator, type TableGenerator } from './generate/table.js';
import { writeRows } from './load/index.js';
import { ParentValues } from './parent-values.js';
import { planSeed, type DataConfig, type SeedPlan } from './plan.js';
import { fillDeferredKey } from './second-pass.js';
import { validatePlan } from './validate.js';
import type { VectorSource } from './generate/vectors.js';

export interface SeededTable {
  table: string;
  rows: number;
  ms: number;
}

export interface SeedOptions {
  /** Vector columns' sources, keyed by table.column (checks.vector.columns). */
  vectors?: ReadonlyMap<string, VectorSource>;
}

/**
 * Inserts the planned rows. Throws SeedError naming the table, the column and the setting when
 * the settings contradict the schema (before anything is written), a value cannot be made, or
 * the database rejects a batch.
 */
export async function seedData(engine: Engine, given: SeedPlan, data: DataConfig, options: SeedOptions = {}): Promise<SeededTable[]> {
  const catalog = await readCatalog(engine, given.schema);
  const plan = planSeed(catalog.schema, data, new Map(given.tables.map((t) => [t.table.name, t.rows])));
  const rules = new Map<string, TableRules>(plan.tables.map(({ table }) => [table.name, readChecks(table.checks)]));

  // Which columns children (and refs, and second passes) read back.
  const referenced = new Map<string, Set<string>>();
  const keep = (table: string, columns: readonly string[]) => {
    const set = referenced.get(table) ?? new Set<string>();
    columns.forEach((c) => set.add(c));
    referenced.set(table, set);
  };
  for (const { table } of plan.tables) for (const fk of table.foreignKeys) keep(fk.refTable, fk.refColumns);
  for (const { ref } of Object.values(data.columns)) {
    if (ref) keep(ref.slice(0, ref.lastIndexOf('.')), [ref.slice(ref.lastIndexOf('.') + 1)]);
  }

  const existing = new Map<string, ExistingRows>();
  for (const { table } of plan.tables) {
    const columns = new Set([...table.primaryKey, ...singleUniqueColumns(table), ...(referenced.get(table.name) ?? []), ...compositeKeys(table).flat()]);
    existing.set(table.name, await readExistingRows(engine, table, [...columns]));
  }
  validatePlan(plan, data, rules, existing);

  const kept = new Map<string, ParentValues>();
  const generators = new Map<string, { table: Table; rows: number; generator: TableGenerator }>();
  const seeded: SeededTable[] = [];
  for (const { table, rows } of plan.tables) {
    const started = performance.now();
    const deferred = new Set(plan.deferred.filter((d) => d.table === table.name).flatMap((d) => d.foreignKey.columns));
    const generator = tableGenerator({
      table, rows, seed: data.seed, dialect: engine.dialect, rules: rules.get(table.name)!, settings: data.columns,
      kept, existing: existing.get(table.name) ?? NO_ROWS, deferred, ...(options.vectors ? { vectors: options.vectors } : {}),
    });
    generators.set(table.name, { table, rows, generator });
    const keptColumns = [...(referenced.get(table.name) ?? [])].filter((c) => generator.columns.some((col) => col.name === c));
    const parents = keptColumns.length ? new ParentValues(keptColumns) : undefined;
    if (parents) {
      // Rows the migrations inserted are parents too, before the generated ones.
      const before = existing.get(table.name)!;
      for (let r = 0; r < Math.min(before.count, before.values.get(keptColumns[0]!)?.length ?? 0); r++) {
        parents.push(Object.fromEntries(keptColumns.map((c) => [c, before.values.get(c)![r]])));
      }
    }
    const positions = keptColumns.map((c) => generator.columns.findIndex((col) => col.name === c));
    // Pulled by the writer as fast as the engine takes rows; only referenced values stay behind.
    function* generated(): Generator<unknown[]> {
      for (let i = 0; i < rows; i++) {
        const row = generator.row(i);
        parents?.pushRow(row, positions);
        yield row;
      }
    }
    await engine.transaction(async () => {
      try {
        await writeRows(engine, table, generator.columns, generated(), expressionsOf(table, data));
      } catch (error) {
        if (error instanceof SeedError) throw error;
        throw rejected(engine, error, table, catalog);
      }
    });
    if (parents) kept.set(table.name, parents);
    if (engine.dialect === 'postgres') await advanceSequences(engine, table, generator.columns);
    seeded.push({ table: table.name, rows, ms: performance.now() - started });
  }

  for (const deferred of plan.deferred) {
    const child = generators.get(deferred.table)!;
    await engine.transaction(async () => {
      try {
        await fillDeferredKey(engine, deferred, child, kept.get(deferred.foreignKey.refTable), data);
      } catch (error) {
        if (error instanceof SeedError) throw error;
        throw rejected(engine, error, child.table, catalog);
      }
    });
  }
  return seeded;
}

/** The database refused a batch: say which constraint, and which columns feed it. */
function rejected(engine: Engine, error: unknown, table: Table, catalog: Catalog): SeedError {
  const e = engine.describeError(error);
  const computed = catalog.computedFrom.get(table.name);
  const check = table.checks.find((c) => e.message.includes(c.name));
  const involved = check ? table.columns.filter((c) => new RegExp(`(^|[^\\w$])[\`"]?${c.name}[\`"]?($|[^\\w$])`).test(check.expression)).map((c) => c.name) : [];
  let hint = `set data.columns for the columns involved so generated values satisfy the table's constraints`;
  const fromComputed = [...(computed ?? [])].filter(([column]) => involved.includes(column) || e.message.includes(`"${column}"`) || e.message.includes(`'${column}'`));
  if (fromComputed.length) {
    const sources = [...new Set(fromComputed.flatMap(([, reads]) => reads))];
    hint = `${fromComputed.map(([c]) => c).join(', ')} ${fromComputed.length > 1 ? 'are' : 'is'} generated from ${sources.join(', ')}; set data.columns for ${sources.map((s) => `${table.name}.${s}`).join(', ')}`;
  } else if (check) {
    hint = `${check.name} is ${check.expression}; set data.columns for ${involved.map((c) => `${table.name}.${c}`).join(', ') || 'its columns'} to values it accepts`;
  }
  return new SeedError(`seeding ${table.name} failed: ${e.message} (${e.code}); ${hint}`, table.name);
}

/** Columns whose values the database computes from a data.columns sql expression. */
function expressionsOf(table: Table, data: DataConfig): Map<string, string> {
  return new Map(table.columns.flatMap((c) => {
    const sql = data.columns[`${table.name}.${c.name}`]?.sql;
    return sql ? [[c.name, sql] as [string, string]] : [];
  }));
}

/** Explicit keys do not move PostgreSQL sequences; move them so later inserts do not collide. */
async function advanceSequences(engine: Engine, table: Table, columns: Column[]): Promise<void> {
  for (const column of columns.filter((c) => c.generated === 'identity' || c.generated === 'identity-always')) {
    const target = table.name.split('.').map((n) => engine.quoteIdent(n)).join('.');
    await engine.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), (SELECT max(${engine.quoteIdent(column.name)}) FROM ${target}))`,
      [target, column.name],
    );
  }
}
