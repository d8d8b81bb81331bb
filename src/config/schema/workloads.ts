// The declared workloads: queries, transactions, bulk paths and load phases, with the checks
// that need no database (placeholders against params, unique names, load mixes naming queries).
import { z } from 'zod';
import { placeholdersIn, type SqlDialect } from '../placeholders.js';
import { deadline, durationValue, perDialect, queryParam } from './values.js';

/** How a workload's work grows with the data, from best to worst (src/checks/performance/scaling/). */
export const SCALING_CLASSES = ['constant', 'logarithmic', 'linear', 'worse-than-linear'] as const;

/** The largest scaling multiple: ×16 of the configured rows keeps a gate run a gate run. */
export const MAX_SCALING_MULTIPLE = 16;

/** `scaling: [1, 2, 4]`: ascending multiples of the configured rows, at least two, at most six, each up to ×16. */
export const scaling = z
  .array(z.number())
  .superRefine((multiples, ctx) => {
    if (multiples.length < 2 || multiples.length > 6) {
      ctx.addIssue({ code: 'custom', message: `has ${multiples.length} ${multiples.length === 1 ? 'multiple' : 'multiples'}; give two to six, such as [1, 2, 4], to fit a growth` });
      return;
    }
    for (const [i, m] of multiples.entries()) {
      if (!(m > 0) || m > MAX_SCALING_MULTIPLE) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${m} is not a multiple between 0 and ${MAX_SCALING_MULTIPLE}; use such as 0.5, 1, 2 or 4 (at most ×${MAX_SCALING_MULTIPLE}, so the run stays short)` });
        return;
      }
      if (i > 0 && m <= multiples[i - 1]!) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${m} does not come after ${multiples[i - 1]}; list distinct multiples in ascending order, such as [1, 2, 4]` });
        return;
      }
    }
  })
  .optional()
  .describe('Re-seed at these multiples of the configured rows (data.rows × data.scale × multiple), measure every workload\'s work at each and classify its growth: constant, logarithmic, linear or worse. Each multiple is a scratch database of its own, dropped when measured.');

/** What a workload (query, transaction, bulk path) must do; a violation is an error finding at its line. */
const workloadExpect = z
  .strictObject({
    forbid: z
      .array(z.enum(['seq-scan', 'full-index-scan', 'sort', 'nested-loop', 'hash-join', 'temporary']))
      .default([])
      .describe('Plan operators this workload must not use.'),
    rows: z.int().min(0).optional().describe('The row count it must return (a transaction or bulk path: rows returned or touched, summed over its statements).'),
    'uses-index': z.string().min(1).optional().describe('An index its plan must use, by name.'),
    'max-rows-removed': z.int().min(0).optional().describe('PostgreSQL: rows removed by filters at most (rows read and thrown away).'),
    'max-blocks': z.int().min(0).optional().describe('PostgreSQL: shared hit+read blocks at most (same as max.blocks).'),
    'max-rows-read': z.int().min(0).optional().describe('MySQL/MariaDB: Handler_read_* rows at most (same as max.rows-read).'),
    scaling: z
      .enum(SCALING_CLASSES)
      .optional()
      .describe('With scaling: the worst growth class allowed (constant, logarithmic, linear, worse-than-linear); beyond it is an error. Without it, a query or transaction growing linearly or worse, and a bulk path growing worse than linearly, is a warning.'),
  })
  .default({ forbid: [] })
  .describe('What must hold for this workload; a violation is an error finding.');

/** Absolute limits, gated with or without a baseline. */
const workloadMax = z
  .strictObject({
    blocks: z.int().min(0).optional().describe('PostgreSQL: shared hit+read blocks at most.'),
    'rows-read': z.int().min(0).optional().describe('MySQL/MariaDB: Handler_read_* rows at most.'),
    p95: durationValue().optional().describe('95th percentile latency at most ("20ms"); never gated on PGlite.'),
  })
  .optional()
  .describe('Absolute limits: work counters and the p95 latency.');

/** The longest load phase: a gate run must stay a gate run, not a soak test. */
export const MAX_LOAD_MS = 60_000;
/** Most worker threads a load phase spreads its connections over when told to (`threads`) … */
export const MAX_LOAD_THREADS = 16;
/** … and by default, at most one per core: past four the server, not the client, is the limit on any machine we run on. */
export const DEFAULT_LOAD_THREADS = 4;

const loadWorkload = z
  .strictObject({
    name: z.string().min(1).describe('Names the load phase in the report and its metrics (load.<slug>.throughput).'),
    mix: z
      .array(
        z.strictObject({
          query: z.string().min(1).describe('The name of a declared query (queries[].name).'),
          weight: z.int().min(1).max(1000).default(1).describe('Relative share of operations: weight 3 runs three times as often as weight 1.'),
        }),
      )
      .min(1)
      .describe('The queries each connection runs, picked at random by weight from the seed.'),
    connections: z.int().min(1).max(256).default(8).describe('Concurrent connections, each as the confined per-run role.'),
    duration: deadline.optional().describe(`How long to run after the warm-up, at most ${MAX_LOAD_MS / 1000}s; give this or operations.`),
    operations: z.int().min(1).optional().describe(`How many operations to run after the warm-up (stopped at ${MAX_LOAD_MS / 1000}s anyway); give this or duration.`),
    warmup: deadline.optional().describe('Run the mix this long first, unmeasured, so caches and prepared statements settle.'),
    pipeline: z
      .int()
      .min(1)
      .max(16)
      .default(1)
      .describe(
        'Operations each connection keeps in flight (1 waits for each reply, as pgbench does; 2 or more pipelines, and a latency then includes the wait behind the one before it). MySQL/MariaDB over TLS, or with a statement the server refuses at prepare, always wait; the report says which.',
      ),
    threads: z
      .int()
      .min(1)
      .max(MAX_LOAD_THREADS)
      .optional()
      .describe(`Worker threads the connections are spread over, as pgbench's -j (never more than connections); default: one per core, at most ${DEFAULT_LOAD_THREADS}. 1 runs them all on Sluice's own thread.`),
  })
  .superRefine((load, ctx) => {
    // Either bound, never none: a load phase must stop by itself.
    if (load.duration === undefined && load.operations === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'has no bound; give duration (such as "10s") or operations (such as 20000) so the phase stops by itself' });
    } else if (load.duration !== undefined && load.operations !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['operations'], message: 'gives both duration and operations; keep one of them' });
    }
    for (const [key, ms] of [['duration', load.duration], ['warmup', load.warmup]] as const) {
      if (ms !== undefined && ms > MAX_LOAD_MS) ctx.addIssue({ code: 'custom', path: [key], message: `is longer than ${MAX_LOAD_MS / 1000}s; a load phase runs at most ${MAX_LOAD_MS / 1000}s` });
    }
  });

export const workloadSections = {
  queries: z
    .array(
      z
        .strictObject({
        name: z.string().min(1).describe('Names the query in the report and its metrics (query.<slug>.blocks).'),
        sql: perDialect(z.string().min(1)).describe('The query, with $1, $2 … placeholders; or one per dialect.'),
        params: z.array(queryParam).default([]).describe('Values for $1, $2 …: literals, { from: table.column }, { range: [low, high] } or { pick: [a, b, …] }.'),
        expect: workloadExpect,
        max: workloadMax,
        })
        .superRefine(checkPlaceholders),
    )
    .superRefine(checkWorkloadNames('query', 'queries'))
    .default([])
    .describe('Queries to measure; their work metrics are the deterministic regression signal.'),
  transactions: z
    .array(
      z
        .strictObject({
          name: z.string().min(1).describe('Names the transaction in the report and its metrics (transaction.<slug>.blocks).'),
          statements: z
            .array(perDialect(z.string().min(1)))
            .min(1)
            .describe('Statements run in order as one transaction, always rolled back afterwards; each may use $1, $2 … of params; each a string or one per dialect.'),
          params: z.array(queryParam).default([]).describe('Values for $1, $2 … shared by all statements.'),
          expect: workloadExpect,
          max: workloadMax,
        })
        .superRefine(checkStatementPlaceholders),
    )
    .superRefine(checkWorkloadNames('transaction', 'transactions'))
    .default([])
    .describe('Transactions to measure: work summed over the statements, time of the whole transaction. Each run is rolled back, so every run starts from the same seeded rows.'),
  bulk: z
    .array(
      z
        .strictObject({
          name: z.string().min(1).describe('Names the bulk path in the report and its metrics (bulk.<slug>.blocks).'),
          sql: perDialect(z.string().min(1)).describe('One statement touching many rows (INSERT … SELECT, UPDATE, DELETE), with $1, $2 …; or one per dialect.'),
          params: z.array(queryParam).default([]).describe('Values for $1, $2 ….'),
          expect: workloadExpect,
          max: workloadMax,
        })
        .superRefine(checkPlaceholders),
    )
    .superRefine(checkWorkloadNames('bulk', 'bulk', 'bulk path'))
    .default([])
    .describe('Batch writes to measure as a whole (work and time); each run is rolled back.'),
  load: z
    .array(loadWorkload)
    .superRefine(checkWorkloadNames('load', 'load', 'load phase'))
    .default([])
    .describe('Load phases on the head side: K connections run a weighted mix of declared queries for a duration or a number of operations (never on PGlite).'),
  scaling,
};

/** A load mix names declared queries: a misspelt name is a config error before any database starts. */
export function checkLoadMixes(config: { queries: { name: string }[]; load: { mix: { query: string }[] }[] }, ctx: z.core.$RefinementCtx): void {
  const declared = config.queries.map((q) => q.name);
  for (const [i, load] of config.load.entries()) {
    for (const [j, entry] of load.mix.entries()) {
      if (declared.includes(entry.query)) continue;
      const known = declared.length ? `the declared queries are ${declared.map((n) => `"${n}"`).join(', ')}` : 'no queries are declared';
      ctx.addIssue({ code: 'custom', path: ['load', i, 'mix', j, 'query'], message: `names query "${entry.query}", which is not declared under queries; ${known}` });
    }
  }
}

/**
 * Every $n in a query's SQL has a value in params and every value is used: a missing one
 * would bind as NULL on MySQL and measure a different query; an extra one fails on PostgreSQL.
 */
function checkPlaceholders(query: { sql: string | { postgres?: string; mysql?: string }; params: unknown[] }, ctx: z.core.$RefinementCtx): void {
  const { sql } = query;
  const texts: { setting: string; path: string[]; dialect: SqlDialect; text: string | undefined }[] = typeof sql === 'string'
    ? [{ setting: 'sql', path: ['sql'], dialect: 'postgres', text: sql }]
    : (['postgres', 'mysql'] as const).map((dialect) => ({ setting: `sql.${dialect}`, path: ['sql', dialect], dialect, text: sql[dialect] }));
  const given = query.params.length;
  for (const { setting, path, dialect, text } of texts) {
    if (text === undefined) continue;
    const used = new Set(placeholdersIn(text, dialect).map((p) => p.number));
    const highest = Math.max(0, ...used);
    const unused = query.params.findIndex((_, i) => !used.has(i + 1));
    if (used.has(0)) {
      return ctx.addIssue({ code: 'custom', path, message: `${setting} uses $0; placeholders start at $1` });
    }
    if (highest > given) {
      const values = given === 0 ? 'no values' : given === 1 ? '1 value' : `${given} values`;
      return ctx.addIssue({ code: 'custom', path: [], message: `${setting} uses $${highest} but params gives ${values}; add the missing value to params` });
    }
    if (unused >= 0) {
      return ctx.addIssue({ code: 'custom', path: ['params', unused], message: `${setting} does not use $${unused + 1}; remove this value from params or use $${unused + 1} in the SQL` });
    }
  }
}

/** Two workloads of a kind with one name would report under one metric key, the second overwriting the first. */
function checkWorkloadNames(kind: string, section: string, noun = kind) {
  return (workloads: { name: string }[], ctx: z.core.$RefinementCtx): void => {
  const seen = new Map<string, number>();
  for (const [i, workload] of workloads.entries()) {
    const key = workload.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${workload.name}" reports as ${kind}.${key} like ${section}[${first}] does; give each ${noun} its own name` });
      return;
    }
    seen.set(key, i);
  }
  };
}

/** A transaction's statements share params: every $n has a value, and every value is used by some statement. */
function checkStatementPlaceholders(
  transaction: { statements: (string | { postgres?: string; mysql?: string })[]; params: unknown[] },
  ctx: z.core.$RefinementCtx,
): void {
  const used = new Set<number>();
  for (const [i, statement] of transaction.statements.entries()) {
    const texts = typeof statement === 'string' ? [statement] : [statement.postgres, statement.mysql];
    for (const text of texts) {
      if (text === undefined) continue;
      for (const p of placeholdersIn(text, 'postgres')) used.add(p.number);
    }
    const highest = Math.max(0, ...used);
    if (used.has(0)) return ctx.addIssue({ code: 'custom', path: ['statements', i], message: 'uses $0; placeholders start at $1' });
    if (highest > transaction.params.length) {
      return ctx.addIssue({ code: 'custom', path: ['statements', i], message: `uses $${highest} but params gives ${transaction.params.length} value(s); add the missing value to params` });
    }
  }
  const unused = transaction.params.findIndex((_, i) => !used.has(i + 1));
  if (unused >= 0) ctx.addIssue({ code: 'custom', path: ['params', unused], message: `no statement uses $${unused + 1}; remove this value from params or use it` });
}
