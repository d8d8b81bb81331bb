// The data factory: the same seed gives the same rows on every engine and every run, parents
// before children, foreign keys pointing at rows that exist, unique columns unique.
import { Faker, base, en } from '@faker-js/faker';
import type { Column, Engine, Schema, Table } from '../engines/engine.js';
import type { SluiceConfig } from '../config/schema.js';
import { writeRows } from './load/index.js';
import { ParentValues } from './parent-values.js';

export type DataConfig = SluiceConfig['data'];

/** Rows given to a parent table nobody asked to seed, so its children's foreign keys have targets. */
export const DEFAULT_PARENT_ROWS = 100;

export interface SeedPlan {
  /** Tables in insertion order with the row count each gets. */
  tables: { table: Table; rows: number }[];
}

export interface SeededTable {
  table: string;
  rows: number;
  ms: number;
}

export class SeedError extends Error {
  constructor(
    message: string,
    readonly table: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

/** Orders tables parents-first and adds the parents a seeded table needs. */
export function planSeed(schema: Schema, data: DataConfig): SeedPlan {
  const byName = new Map(schema.tables.map((t) => [t.name, t]));
  const counts = new Map<string, number>(Object.entries(data.rows));
  // Parents of seeded tables need rows too, recursively.
  const queue = [...counts.keys()];
  while (queue.length) {
    const table = byName.get(queue.shift()!);
    if (!table || !counts.get(table.name)) continue;
    for (const fk of table.foreignKeys) {
      if (fk.refTable !== table.name && !counts.has(fk.refTable)) {
        counts.set(fk.refTable, DEFAULT_PARENT_ROWS);
        queue.push(fk.refTable);
      }
    }
  }
  // Depth-first topological order; a cycle is broken at the back edge (those keys get NULL or an earlier row).
  const ordered: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: Table) => {
    if (state.has(table.name)) return;
    state.set(table.name, 'visiting');
    for (const fk of table.foreignKeys) {
      const parent = byName.get(fk.refTable);
      if (parent && parent !== table && state.get(parent.name) !== 'visiting') visit(parent);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of schema.tables) visit(table);
  return { tables: ordered.filter((t) => (counts.get(t.name) ?? 0) > 0).map((t) => ({ table: t, rows: counts.get(t.name)! })) };
}

/**
 * Inserts the planned rows. Values that other tables reference are kept (only those columns, in
 * a compact form: see ParentValues) so children can point at them. Throws SeedError naming the table and column when a
 * value cannot be made or the database rejects a batch.
 */
export async function seedData(engine: Engine, plan: SeedPlan, data: DataConfig): Promise<SeededTable[]> {
  const referenced = new Map<string, Set<string>>();
  for (const { table } of plan.tables) {
    for (const fk of table.foreignKeys) {
      const cols = referenced.get(fk.refTable) ?? new Set<string>();
      fk.refColumns.forEach((c) => cols.add(c));
      referenced.set(fk.refTable, cols);
    }
  }
  const kept = new Map<string, ParentValues>();
  const seeded: SeededTable[] = [];
  for (const { table, rows } of plan.tables) {
    const started = performance.now();
    const generator = new RowGenerator(table, rows, data, kept);
    const columns = table.columns.filter((c) => generator.fills(c));
    const keep = [...(referenced.get(table.name) ?? [])];
    const parents = keep.length ? new ParentValues(keep) : undefined;
    // Pulled by the writer as fast as the engine takes rows; only referenced values stay behind.
    function* generated(): Generator<unknown[]> {
      for (let i = 0; i < rows; i++) {
        const row = generator.row(i);
        parents?.push(row);
        yield columns.map((c) => row[c.name]);
      }
    }
    await engine.transaction(async () => {
      try {
        await writeRows(engine, table, columns, generated());
      } catch (error) {
        if (error instanceof SeedError) throw error;
        const e = engine.describeError(error);
        throw new SeedError(
          `seeding ${table.name} failed: ${e.message} (${e.code}); set data.columns for the columns involved so generated values satisfy the table's constraints`,
          table.name,
        );
      }
    });
    if (parents) kept.set(table.name, parents);
    if (engine.dialect === 'postgres') await advanceSequences(engine, table, columns);
    seeded.push({ table: table.name, rows, ms: performance.now() - started });
  }
  return seeded;
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

class RowGenerator {
  #faker: Faker;
  #table: Table;
  #rows: number;
  #columns: DataConfig['columns'];
  #kept: Map<string, ParentValues>;
  #unique: Set<string>;
  #fkOf = new Map<string, { index: number; fk: Table['foreignKeys'][number] }>();
  #fkRow = new Map<string, number>();

  constructor(table: Table, rows: number, data: DataConfig, kept: Map<string, ParentValues>) {
    this.#table = table;
    this.#rows = rows;
    this.#columns = data.columns;
    this.#kept = kept;
    // Seeded per table, so adding a table or a column elsewhere does not change this table's rows.
    this.#faker = new Faker({ locale: [en, base] });
    this.#faker.seed(data.seed + hashOf(table.name));
    const singleUnique = [table.primaryKey, ...table.uniques.map((u) => u.columns), ...table.indexes.filter((i) => i.unique && !i.partial).map((i) => i.columns)]
      .filter((cols) => cols.length === 1)
      .map((cols) => cols[0]!);
    this.#unique = new Set(singleUnique);
    for (const fk of table.foreignKeys) fk.columns.forEach((c, index) => this.#fkOf.set(c, { index, fk }));
  }

  /** Computed and database-filled columns that are not keys are left to the database. */
  fills(column: Column): boolean {
    if (column.generated === 'computed') return false;
    if (column.generated && !this.#table.primaryKey.includes(column.name) && !this.#fkOf.has(column.name)) return false;
    return true;
  }

  row(i: number): Record<string, unknown> {
    this.#fkRow.clear();
    const row: Record<string, unknown> = {};
    for (const column of this.#table.columns) {
      if (this.fills(column)) row[column.name] = this.#value(column, i);
    }
    return row;
  }

  #value(column: Column, i: number): unknown {
    const f = this.#faker;
    const setting = this.#columns[`${this.#table.name}.${column.name}`];
    if (setting?.nulls !== undefined && column.nullable && f.number.float() < setting.nulls) return null;
    const fk = this.#fkOf.get(column.name);
    if (fk) return this.#foreignValue(column, fk.fk, fk.index, i);
    if (setting?.values) return this.#unique.has(column.name) ? setting.values[i % setting.values.length] : f.helpers.arrayElement(setting.values);
    const [min, max] = setting?.range ?? [];
    if (this.#unique.has(column.name)) return uniqueValue(column, i, min);
    switch (column.type) {
      case 'smallint':
      case 'integer':
      case 'bigint':
        return f.number.int({ min: min ?? 1, max: max ?? (column.type === 'smallint' ? 100 : 1000) });
      case 'numeric': {
        const scale = column.scale ?? 2;
        const ceiling = column.precision ? 10 ** (column.precision - scale) - 1 : 1000;
        return f.number.float({ min: min ?? 1, max: Math.min(max ?? 1000, ceiling), fractionDigits: scale });
      }
      case 'real':
        return f.number.float({ min: min ?? 1, max: max ?? 1000, fractionDigits: 3 });
      case 'boolean':
        return f.datatype.boolean();
      case 'date':
        return sqlDate(f.date.between({ from: FROM, to: TO })).slice(0, 10);
      case 'timestamp':
        return sqlDate(f.date.between({ from: FROM, to: TO }));
      case 'time':
        return sqlDate(f.date.between({ from: FROM, to: TO })).slice(11);
      case 'json':
        return JSON.stringify({ n: f.number.int(1000), tag: f.word.noun() });
      case 'uuid':
        return f.string.uuid();
      case 'enum':
        return f.helpers.arrayElement(column.enumValues ?? []);
      case 'text':
        return fit(textFor(f, column.name), column.maxLength);
      case 'binary':
        return Buffer.from(f.string.hexadecimal({ length: 16, prefix: '' }), 'hex');
      default:
        if (column.nullable) return null;
        throw new SeedError(
          `cannot make values for ${this.#table.name}.${column.name} (${column.nativeType}); set data.columns."${this.#table.name}.${column.name}".values`,
          this.#table.name,
          column.name,
        );
    }
  }

  #oneToOne(fk: Table['foreignKeys'][number]): boolean {
    const keys = [this.#table.primaryKey, ...this.#table.uniques.map((u) => u.columns)];
    return keys.some((k) => k.length === fk.columns.length && k.every((c) => fk.columns.includes(c)));
  }

  /** All columns of one foreign key take their values from the same parent row. */
  #foreignValue(column: Column, fk: Table['foreignKeys'][number], index: number, i: number): unknown {
    const selfReference = fk.refTable === this.#table.name;
    const parents = selfReference ? undefined : this.#kept.get(fk.refTable);
    if (!this.#fkRow.has(fk.name)) {
      if (selfReference) {
        // A tree: the first tenth are roots, every other row hangs under an earlier one.
        this.#fkRow.set(fk.name, i < Math.ceil(this.#rows / 10) ? -1 : this.#faker.number.int({ min: 0, max: i - 1 }));
      } else if (!parents?.length) {
        this.#fkRow.set(fk.name, -1);
      } else if (this.#oneToOne(fk)) {
        // A key that is also unique (inventory.product_id): each parent at most once, in order.
        if (i >= parents.length) {
          throw new SeedError(
            `${this.#table.name} gets ${this.#rows} rows, but each must reference a different ${fk.refTable} row and ${fk.refTable} has ${parents.length}; seed at most ${parents.length} in data.rows`,
            this.#table.name,
            column.name,
          );
        }
        this.#fkRow.set(fk.name, i);
      } else {
        this.#fkRow.set(fk.name, this.#faker.number.int({ min: 0, max: parents.length - 1 }));
      }
    }
    const parentRow = this.#fkRow.get(fk.name)!;
    const refColumn = fk.refColumns[index]!;
    if (parentRow < 0) {
      if (column.nullable) return null;
      throw new SeedError(
        `${this.#table.name}.${column.name} must reference ${fk.refTable}, which has no seeded rows; add ${fk.refTable} to data.rows`,
        this.#table.name,
        column.name,
      );
    }
    if (selfReference) {
      // Keys of this table are generated by position, so an earlier row's key is known.
      const refCol = this.#table.columns.find((c) => c.name === refColumn)!;
      return uniqueValue(refCol, parentRow, this.#columns[`${this.#table.name}.${refColumn}`]?.range?.[0]);
    }
    return parents!.value(parentRow, refColumn);
  }
}

const FROM = '2024-01-01T00:00:00.000Z';
const TO = '2026-01-01T00:00:00.000Z';

/** 'YYYY-MM-DD HH:MM:SS' is accepted by PostgreSQL and MySQL alike. */
const sqlDate = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

function uniqueValue(column: Column, i: number, start = 1): unknown {
  switch (column.type) {
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'numeric':
    case 'real':
      return start + i;
    case 'uuid':
      return `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`;
    case 'date':
      return sqlDate(new Date(Date.parse(FROM) + i * 86_400_000)).slice(0, 10);
    case 'timestamp':
      return sqlDate(new Date(Date.parse(FROM) + i * 1000));
    default: {
      const base = /mail/i.test(column.name) ? `user${i + 1}@example.test` : `${column.name}-${i + 1}`;
      return fit(base, column.maxLength);
    }
  }
}

function textFor(f: Faker, name: string): string {
  if (/mail/i.test(name)) return f.internet.email();
  if (/(^|_)(full_?)?name$/i.test(name) && !/table|product|category/i.test(name)) return f.person.fullName();
  if (/title|product/i.test(name)) return f.commerce.productName();
  if (/status|state|kind|type|action/i.test(name)) return f.word.noun();
  if (/code|sku/i.test(name)) return f.string.alphanumeric(8).toUpperCase();
  if (/description|body|comment|note/i.test(name)) return f.lorem.sentence();
  return f.lorem.words(2);
}

const fit = (text: string, maxLength?: number) => (maxLength ? text.slice(0, maxLength) : text);

function hashOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return Math.abs(h);
}
