// One vector query measured on the seeded rows: each vector of its fixed, seeded query set is
// searched twice, through the approximate index (with the query's hnsw.ef_search /
// ivfflat.probes) and exactly (index scans off, so the planner sorts every row by distance);
// recall@k is the share of the exact top k the index returned. The work (blocks) and time of
// both are recorded, and the plan shows which index the approximate search used.
import type { VectorQueryConfig } from '../../config/schema/vector.js';
import type { Engine, WorkProfile } from '../../engines/engine.js';
import { vectorText } from '../../data/index.js';
import { qualified } from './catalog.js';
import type { CheckedColumn } from './columns.js';
import { OPERATOR } from './distance.js';
import type { VectorMetric } from '../../config/schema/vector.js';

export interface SearchMeasurement {
  /** Mean recall@k over the query set, 0..1. */
  recall: number;
  /** Mean blocks a search, approximate and exact. */
  blocks: number;
  exactBlocks: number;
  /** Milliseconds of each search (EXPLAIN ANALYZE's execution time). */
  times: number[];
  exactTimes: number[];
  /** Mean rows a search returned, and the fewest (a filter after the index scan returns fewer than k). */
  meanRows: number;
  fewestRows: number;
  /** Searches that returned fewer rows than the exact search found (up to k). */
  short: number;
  /** Fewest rows the exact search found (a filter may select fewer than k rows). */
  exactFewest: number;
  /** The approximate index the plan used, if any, and the plan's shape. */
  indexUsed?: string;
  shape: string;
  exactShape: string;
  rows: number;
}

/** The statement searched: the query's own sql, or the k-nearest query over its column. */
export function searchSql(engine: Engine, query: VectorQueryConfig, column: CheckedColumn, metric: VectorMetric): string {
  if (query.sql) return query.sql;
  const where = query.filter ? ` WHERE ${query.filter}` : '';
  return `SELECT ${column.info.identity} AS id FROM ${qualified(engine, column.table)}${where} ORDER BY ${engine.quoteIdent(column.column)} ${OPERATOR[metric]} $1::${column.info.type} LIMIT ${query.k}`;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const blocksOf = (p: WorkProfile) => p.counters.find((c) => c.name === 'blocks')?.value ?? 0;

/** Index names of the plan's scan nodes. */
function indexesIn(plan: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n['Index Name'] === 'string') out.push(n['Index Name']);
    for (const child of (n['Plans'] as unknown[] | undefined) ?? []) visit(child);
  };
  visit(plan);
  return out;
}

export async function measureSearch(engine: Engine, query: VectorQueryConfig, column: CheckedColumn, metric: VectorMetric, vectors: number[][]): Promise<SearchMeasurement> {
  const sql = searchSql(engine, query, column, metric);
  const settings = [
    ...(query['ef-search'] ? [`SET LOCAL hnsw.ef_search = ${query['ef-search']}`] : []),
    ...(query.probes ? [`SET LOCAL ivfflat.probes = ${query.probes}`] : []),
  ];
  const approximate = { ids: [] as string[][], profiles: [] as WorkProfile[] };
  const exact = { ids: [] as string[][], profiles: [] as WorkProfile[] };
  const firstColumn = (rows: Record<string, unknown>[]) => rows.map((r) => String(Object.values(r)[0]));
  // Read-only searches; SET LOCAL ends with the transaction, so nothing outlives it.
  await engine.transaction(async () => {
    for (const statement of settings) await engine.exec(statement);
    for (const v of vectors) {
      const param = [vectorText(v)];
      approximate.ids.push(firstColumn(await engine.query(sql, param)));
      approximate.profiles.push(await engine.profile(sql, param));
    }
    await engine.exec('SET LOCAL enable_indexscan = off');
    for (const v of vectors) {
      const param = [vectorText(v)];
      exact.ids.push(firstColumn(await engine.query(sql, param)));
      exact.profiles.push(await engine.profile(sql, param));
    }
  });
  const recalls = exact.ids.map((truth, q) => {
    if (!truth.length) return 1;
    const found = new Set(approximate.ids[q]);
    return truth.filter((id) => found.has(id)).length / truth.length;
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const rows = approximate.ids.map((ids) => ids.length);
  const vectorIndexes = new Set(column.indexes.map((i) => i.name));
  const used = approximate.profiles.flatMap((p) => indexesIn(p.plan)).find((name) => vectorIndexes.has(name));
  return {
    recall: round(mean(recalls), 4),
    blocks: round(mean(approximate.profiles.map(blocksOf)), 1),
    exactBlocks: round(mean(exact.profiles.map(blocksOf)), 1),
    times: approximate.profiles.map((p) => p.timeMs),
    exactTimes: exact.profiles.map((p) => p.timeMs),
    meanRows: round(mean(rows), 2),
    fewestRows: Math.min(...rows),
    short: rows.filter((n, q) => n < exact.ids[q]!.length).length,
    exactFewest: Math.min(...exact.ids.map((ids) => ids.length)),
    ...(used ? { indexUsed: used } : {}),
    shape: approximate.profiles[0]?.shape ?? '',
    exactShape: exact.profiles[0]?.shape ?? '',
    rows: Number((await engine.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${qualified(engine, column.table)}`))[0]?.n ?? 0),
  };
}
