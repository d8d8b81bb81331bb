// Which tables get rows, how many, and in which order: parents before children. A cycle of
// foreign keys is broken at a nullable key, which is left NULL on insert and filled in a
// second pass once both tables have rows; a cycle whose keys are all NOT NULL cannot be seeded
// by inserts at all and is named as such before anything is written.
import type { ForeignKey, Schema, Table } from '../engines/engine.js';
import type { SluiceConfig } from '../config/schema/index.js';

export type DataConfig = SluiceConfig['data'];

/** Rows given to a parent table nobody asked to seed, so its children's foreign keys have targets. */
export const DEFAULT_PARENT_ROWS = 100;

/** A foreign key inserted as NULL and filled after its parent has rows. */
export interface DeferredKey {
  table: string;
  foreignKey: ForeignKey;
}

export interface SeedPlan {
  /** Tables in insertion order with the row count each gets. */
  tables: { table: Table; rows: number }[];
  /** Nullable keys that close a cycle: filled in a second pass. */
  deferred: DeferredKey[];
  /** Reasons the schema cannot be seeded as asked, each naming the tables; reported before seeding. */
  problems: { message: string; table: string }[];
  /** The schema the plan was made from (seedData refines it with what the catalog adds). */
  schema: Schema;
}

/** Orders tables parents-first and adds the parents a seeded table needs. `counts` overrides data.rows × data.scale. */
export function planSeed(schema: Schema, data: DataConfig, counts?: ReadonlyMap<string, number>): SeedPlan {
  const byName = new Map(schema.tables.map((t) => [t.name, t]));
  const scale = data.scale ?? 1;
  const rows = new Map<string, number>(counts ?? Object.entries(data.rows).map(([t, n]) => [t, Math.round(n * scale)]));
  const refOf = (table: Table) =>
    Object.entries(data.columns ?? {}).flatMap(([key, c]) => (c.ref && key.startsWith(`${table.name}.`) ? [c.ref.slice(0, c.ref.lastIndexOf('.'))] : []));
  const parentsOf = (table: Table) => [...table.foreignKeys.map((fk) => fk.refTable), ...refOf(table)].filter((p) => p !== table.name && byName.has(p));

  // Parents of seeded tables need rows too, recursively.
  const queue = [...rows.keys()];
  while (queue.length) {
    const table = byName.get(queue.shift()!);
    if (!table || !rows.get(table.name)) continue;
    for (const parent of parentsOf(table)) {
      if (!rows.has(parent)) {
        rows.set(parent, Math.round(DEFAULT_PARENT_ROWS * (counts ? 1 : scale)));
        queue.push(parent);
      }
    }
  }
  const seeded = schema.tables.filter((t) => (rows.get(t.name) ?? 0) > 0);
  const seededNames = new Set(seeded.map((t) => t.name));

  // Edges child → parent; a nullable key's edge may be cut, a NOT NULL one may not.
  const deferred: DeferredKey[] = [];
  const problems: SeedPlan['problems'] = [];
  const cut = new Set<ForeignKey>();
  const nullable = (table: Table, fk: ForeignKey) => fk.columns.some((c) => table.columns.find((col) => col.name === c)?.nullable);
  for (;;) {
    const cycle = findCycle(seeded, seededNames, cut, refOf);
    if (!cycle) break;
    const breakable = cycle.find(({ table, fk }) => fk && nullable(table, fk));
    if (breakable?.fk) {
      cut.add(breakable.fk);
      deferred.push({ table: breakable.table.name, foreignKey: breakable.fk });
      continue;
    }
    const described = cycle.map(({ table, fk, parent }) => `${table.name}.${fk ? fk.columns.join(', ') : '(data.columns ref)'} → ${parent}`);
    const all = cycle.every(({ fk }) => fk);
    problems.push({
      table: cycle[0]!.table.name,
      message: all
        ? `${described.join(' and ')} ${cycle.length === 2 ? 'are both' : 'are all'} NOT NULL; make one nullable or DEFERRABLE (no row of ${cycle.map((c) => c.table.name).join(', ')} can be inserted first)`
        : `${described.join(' and ')} form a cycle through a data.columns ref; remove the ref or make a foreign key in the cycle nullable`,
    });
    for (const { fk } of cycle) if (fk) cut.add(fk);
    if (!cycle.some(({ fk }) => fk)) break;
  }

  // Depth-first topological order over the edges that remain.
  const ordered: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: Table) => {
    if (state.has(table.name)) return;
    state.set(table.name, 'visiting');
    const parents = [...table.foreignKeys.filter((fk) => !cut.has(fk)).map((fk) => fk.refTable), ...refOf(table)];
    for (const name of parents) {
      const parent = byName.get(name);
      if (parent && parent !== table && state.get(parent.name) !== 'visiting') visit(parent);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of seeded) visit(table);
  return { tables: ordered.map((t) => ({ table: t, rows: rows.get(t.name)! })), deferred, problems, schema };
}

interface Edge {
  table: Table;
  fk?: ForeignKey;
  parent: string;
}

/** One cycle among the seeded tables (self-references excluded: they are seeded as trees), or undefined. */
function findCycle(tables: Table[], seeded: Set<string>, cut: Set<ForeignKey>, refOf: (t: Table) => string[]): Edge[] | undefined {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const edges = (table: Table): Edge[] => [
    ...table.foreignKeys.filter((fk) => !cut.has(fk) && fk.refTable !== table.name && seeded.has(fk.refTable)).map((fk) => ({ table, fk, parent: fk.refTable })),
    ...refOf(table).filter((p) => p !== table.name && seeded.has(p)).map((parent) => ({ table, parent })),
  ];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: Edge[] = [];
  const visit = (table: Table): Edge[] | undefined => {
    state.set(table.name, 'visiting');
    for (const edge of edges(table)) {
      const s = state.get(edge.parent);
      if (s === 'visiting') {
        const start = path.findIndex((e) => e.table.name === edge.parent);
        return [...path.slice(start < 0 ? path.length : start), edge];
      }
      if (s === 'done') continue;
      path.push(edge);
      const found = visit(byName.get(edge.parent)!);
      if (found) return found;
      path.pop();
    }
    state.set(table.name, 'done');
    return undefined;
  };
  for (const table of tables) {
    if (state.has(table.name)) continue;
    const found = visit(table);
    if (found) return found;
  }
  return undefined;
}
