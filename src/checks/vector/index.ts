// checks.vector: vector search checked like every other database behaviour. Each declared
// column's dimension and index operator classes (columns.ts), each declared query's recall@k
// against the exact result with its work, time and plan (search.ts), a filter that leaves fewer
// than k rows said plainly, and the same figures again as the searched tables grow (growth.ts).
// pgvector on PostgreSQL and PGlite; other servers get one sentence (support.ts).
import path from 'node:path';
import type { LoadedConfig } from '../../config/load.js';
import type { VectorConfig } from '../../config/schema/vector.js';
import { ConfigError } from '../../errors.js';
import type { Engine, Schema } from '../../engines/engine.js';
import { queryVectors, readVectorFile, VectorFileError, type VectorSource } from '../../data/index.js';
import type { DataConfig } from '../../data/plan.js';
import type { CheckResult, Finding, Metric } from '../../vocabulary.js';
import { checkVectorColumn, type CheckedColumn } from './columns.js';
import { opclassFor, slugOf } from './distance.js';
import { growTables } from './growth.js';
import { measureSearch, type SearchMeasurement } from './search.js';

export { requireVectorSupport } from './support.js';

/** The factory's sources for the declared vector columns, files read: before any database starts. */
export async function vectorSources(loaded: LoadedConfig): Promise<Map<string, VectorSource>> {
  const section = loaded.config.checks.vector;
  const sources = new Map<string, VectorSource>();
  for (const [key, c] of Object.entries(section?.columns ?? {})) {
    let rows: number[][] | undefined;
    if (c.file) {
      try {
        rows = await readVectorFile(path.resolve(loaded.dir, c.file));
      } catch (error) {
        if (!(error instanceof VectorFileError)) throw error;
        throw new ConfigError(`${loaded.where(['checks', 'vector', 'columns', key, 'file'])}: ${error.message}.`);
      }
      if (rows[0]!.length !== c.dims) {
        throw new ConfigError(`${loaded.where(['checks', 'vector', 'columns', key, 'file'])}: ${c.file} holds ${rows[0]!.length}-dimensional vectors, but dims is ${c.dims}; give the model's dimension or the model's file.`);
      }
    }
    sources.set(key, { dims: c.dims, clusters: c.clusters, spread: c.spread, ...(rows ? { rows } : {}) });
  }
  return sources;
}

export interface VectorSide {
  engine: Engine;
  loaded: LoadedConfig;
  schema: Schema;
  sources: ReadonlyMap<string, VectorSource>;
}

/**
 * An HNSW graph's levels come from the server's own random state, so an approximate search's
 * recall and blocks move a little between runs of the same data: they are compared with this
 * tolerance unless gate.tolerances names one. Exact figures repeat and take the usual one.
 */
export const APPROXIMATE_TOLERANCE = 0.1;

const count = (n: number) => n.toLocaleString('en-US');
const ms = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${mid < 1 ? mid.toFixed(2) : mid.toFixed(1)} ms`;
};

/**
 * Runs checks.vector on each side (base first, head last, as measureQueries does); the result
 * is per side. Growth adds rows to the searched tables, so it runs last and after every other
 * stage has measured. Throws ConfigError for a setting the database contradicts (no such
 * column, k beyond the rows).
 */
export async function runVectorChecks(sides: VectorSide[], log: (line: string) => void): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const side of sides) {
    const section = side.loaded.config.checks.vector;
    results.push(section ? await checkSide(side, section, side.loaded.config.data, log) : { findings: [], metrics: [] });
  }
  return results;
}

async function checkSide({ engine, loaded, schema, sources }: VectorSide, section: VectorConfig, data: DataConfig, log: (line: string) => void): Promise<CheckResult> {
  const findings: Finding[] = [];
  const metrics: Metric[] = [];
  const columns = new Map<string, CheckedColumn>();
  for (const [key, declared] of Object.entries(section.columns)) {
    const setting = ['checks', 'vector', 'columns', key];
    const checked = await checkVectorColumn(engine, key, declared, loaded.where(setting), loaded.location(setting));
    columns.set(key, checked.column);
    findings.push(...checked.findings);
  }
  if (!section.queries.length) return { findings, metrics };
  log(`vector: ${section.queries.length} ${section.queries.length === 1 ? 'query' : 'queries'}, recall against exact search${section.growth ? ` at ${section.growth.map((g) => `${g}×`).join(', ')}` : ''}`);

  const steps = section.growth ?? [1];
  const measured = new Map<string, { step: number; m: SearchMeasurement }[]>();
  const baseRows = new Map<string, number>();
  const failed = new Set<string>();
  for (const [s, step] of steps.entries()) {
    if (s > 0) await growTables(engine, { schema, data, sources, tables: [...new Set(section.queries.map((q) => columns.get(q.column)!.table))], baseRows, factor: step, previous: steps[s - 1]! });
    for (const [i, query] of section.queries.entries()) {
      const column = columns.get(query.column)!;
      const declared = section.columns[query.column]!;
      if (s === 0) {
        const [row] = await engine.query<{ n: string | number }>(`select count(*) as n from ${column.table.split('.').map((n) => engine.quoteIdent(n)).join('.')}`);
        const rows = Number(row?.n ?? 0);
        baseRows.set(column.table, rows);
        if (rows < query.k) {
          throw new ConfigError(`${loaded.where(['checks', 'vector', 'queries', i, 'k'])}: k is ${query.k}, but ${column.table} has ${count(rows)} rows; lower k or seed more rows (data.rows.${column.table}).`);
        }
      }
      const vectors = queryVectors(data.seed, query.column, query.name, declared.dims, sources.get(query.column) ?? { clusters: declared.clusters, spread: declared.spread }, query.samples);
      if (failed.has(query.name)) continue;
      try {
        const m = await measureSearch(engine, query, column, declared.metric, vectors);
        measured.set(query.name, [...(measured.get(query.name) ?? []), { step, m }]);
      } catch (error) {
        // The database refused the search (rows of another dimension, a bad filter): a finding, not a crash.
        const e = engine.describeError(error);
        if (e.kind === 'connection-refused') throw error;
        failed.add(query.name);
        findings.push({
          check: 'vector', rule: 'vector-query-failed', severity: 'error', location: loaded.location(['checks', 'vector', 'queries', i]), subject: `vector query ${query.name}`,
          message: `${query.name} failed${s > 0 ? ` at ${step}×` : ''}: ${e.message} (${e.code}).`,
        });
      }
    }
  }

  for (const [i, query] of section.queries.entries()) {
    const place = loaded.location(['checks', 'vector', 'queries', i]);
    const subject = `vector query ${query.name}`;
    const slug = `vector.${slugOf(query.name)}`;
    const all = measured.get(query.name);
    if (!all?.length) continue;
    const first = all[0]!.m;
    const column = columns.get(query.column)!;
    const finding = (rule: string, severity: Finding['severity'], message: string, help?: string) =>
      findings.push({ check: 'vector', rule, severity, message, location: place, subject, ...(help ? { help } : {}) });
    for (const { step, m } of all) {
      const key = step === steps[0] ? slug : `${slug}.x${step}`;
      metrics.push(
        { key: `${key}.recall`, unit: 'recall', kind: 'quality', direction: 'higher', value: m.recall, tolerance: APPROXIMATE_TOLERANCE, detail: `top-${query.k} recall over ${query.samples} query vectors, ${count(m.rows)} rows` },
        { key: `${key}.blocks`, unit: 'blocks', kind: 'work', direction: 'lower', value: m.blocks, tolerance: APPROXIMATE_TOLERANCE, detail: m.shape },
        { key: `${key}.exact-blocks`, unit: 'blocks', kind: 'work', direction: 'lower', value: m.exactBlocks, detail: m.exactShape, informational: true },
        { key: `${key}.rows`, unit: 'rows', kind: 'quality', direction: 'higher', value: m.meanRows, tolerance: APPROXIMATE_TOLERANCE },
      );
      if (step === steps[0]) {
        metrics.push(
          { key: `${key}.time`, unit: 'ms', kind: 'time', direction: 'lower', samples: m.times },
          { key: `${key}.exact-time`, unit: 'ms', kind: 'time', direction: 'lower', samples: m.exactTimes, informational: true },
        );
      }
    }
    const settings = [query['ef-search'] ? `ef_search ${query['ef-search']}` : '', query.probes ? `probes ${query.probes}` : ''].filter(Boolean).join(', ');
    finding('vector-recall', 'notice',
      `${query.name}: top-${query.k} recall ${first.recall.toFixed(2)}${settings ? ` at ${settings}` : ''} over ${query.samples} seeded query vectors on ${count(first.rows)} rows; ${first.blocks} blocks a search ${first.indexUsed ? `through ${first.indexUsed}` : 'using no vector index'} against ${first.exactBlocks} exact (${first.exactShape}); ${ms(first.times)} against ${ms(first.exactTimes)}.`);
    if (all.length > 1) {
      finding('vector-growth', 'notice',
        `${query.name}: as ${column.table} grows ${all.map(({ step }) => `${step}×`).join(' → ')} (${all.map(({ m }) => count(m.rows)).join(' → ')} rows), top-${query.k} recall goes ${all.map(({ m }) => m.recall.toFixed(2)).join(' → ')}${settings ? ` at ${settings}` : ''} and blocks a search ${all.map(({ m }) => m.blocks).join(' → ')}.`);
    }
    // Another index (a filter's btree) makes an exact search over few rows: nothing to warn of.
    if (!first.indexUsed && column.indexes.length && /Seq Scan/.test(first.shape)) {
      finding('vector-index-unused', 'warning',
        `${query.name} does not use ${column.indexes.map((x) => x.name).join(' or ')}: its plan is ${first.shape}, so every search reads ${first.blocks} blocks.`,
        'Order by the distance operator the index\'s operator class serves, with ORDER BY … LIMIT and no other sort key.');
    } else if (!column.indexes.length) {
      finding('vector-no-index', 'notice',
        `${query.column} has no hnsw or ivfflat index: ${query.name} is an exact search reading ${first.blocks} blocks, and that grows with the table.`,
        `CREATE INDEX CONCURRENTLY ON ${column.table} USING hnsw (${column.column} ${opclassFor(column.info.type!, section.columns[query.column]!.metric)});`);
    }
    for (const { step, m } of all) {
      if (!m.short) continue;
      const at = all.length > 1 ? ` at ${step}×` : '';
      finding('vector-filter-short', 'warning',
        `${query.name} returned ${m.fewestRows} of ${query.k} rows${at} (${m.short} of ${query.samples} searches came back short; the exact search finds ${m.exactFewest >= query.k ? query.k : `at least ${m.exactFewest}`}): the index scan hands over its ${query['ef-search'] ?? 40} nearest candidates and the filter drops most of them.`,
        'SET hnsw.iterative_scan = relaxed_order (pgvector 0.8+) so the scan continues until k rows pass, raise ef_search, or build a partial index per filter value.');
      break;
    }
    const min = query['min-recall'];
    const below = min === undefined ? undefined : all.find(({ m }) => m.recall < min);
    if (below && min !== undefined) {
      finding('vector-recall-below-minimum', 'error',
        `${query.name}: top-${query.k} recall is ${below.m.recall.toFixed(2)}${all.length > 1 ? ` at ${below.step}× (${count(below.m.rows)} rows)` : ''}, below min-recall ${min}.`,
        'Raise ef-search (hnsw.ef_search) or probes, or build the index with more connections (WITH (m = 24, ef_construction = 128)).');
    }
  }
  return { findings, metrics };
}
