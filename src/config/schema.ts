// sluice.yml has one source of truth: this zod schema. The TypeScript types are inferred from
// it and sluice.schema.json (for editors) is generated from it by `npm run schema`.
import { z } from 'zod';
import { placeholdersIn, type SqlDialect } from './placeholders.js';
import { concurrencySpecSchema } from './concurrency-schema.js';

const percent = z
  .union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?%$/, 'a percentage such as 5%')])
  .describe('A percentage: 5% or the number 5.');

/** 5%, "5%" or 5 → 0.05. */
export const fractionOf = (value: number | string): number => (typeof value === 'number' ? value : Number(value.replace('%', ''))) / 100;

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
/** The longest deadline: a day, well inside what setTimeout and the servers' own timeouts hold. */
const MAX_DURATION_MS = 24 * 3_600_000;

/** "500ms", "60s", "10m", "1h" or a number of seconds, in milliseconds; undefined when it is none of those. */
export function durationMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 1000) : undefined;
  const match = DURATION.exec(value.trim());
  return match ? Math.round(Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]) : undefined;
}

/** A deadline as written in sluice.yml; the parsed config holds it as milliseconds. */
const durationValue = () =>
  z
    .union([z.number().positive(), z.string().regex(DURATION, 'a duration such as "500ms", "60s", "10m", "1h" or a number of seconds')])
    .transform((value, ctx) => {
      const ms = durationMs(value)!;
      if (ms <= 0 || ms > MAX_DURATION_MS) {
        ctx.addIssue({ code: 'custom', input: value, message: `${JSON.stringify(value)} is ${ms <= 0 ? 'not a deadline' : 'longer than 24h'}; give a duration between 1ms and 24h, such as "60s"` });
        return z.NEVER;
      }
      return ms;
    });
const duration = (fallback: string) => durationValue().prefault(fallback);
const deadline = durationValue();

/** Milliseconds, as durations are held in the parsed config. */
export type Milliseconds = number;

const severityOrOff = z.enum(['error', 'warning', 'notice', 'off']);
const namingStyle = z.union([
  z.enum(['snake_case', 'camelCase', 'PascalCase', 'lowercase']),
  z.strictObject({
    pattern: z.string().refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    }, 'is not a valid regular expression').describe('A regular expression every name must match.'),
  }),
]);

/** Where a setting differs by SQL dialect: one value, or one per dialect. */
const perDialect = <T extends z.ZodType>(value: T) =>
  z.union([value, z.strictObject({ postgres: value.optional(), mysql: value.optional() }, { error: 'a map of postgres: and mysql:' })]);

export const ENGINE_PATTERN =
  /^(pglite|(postgres|mysql|mariadb):[\w.-]+|(postgres|postgresql|mysql|mariadb):\/\/.+)$/;

const tableColumn = z
  .string()
  .regex(/^[\w$]+(\.[\w$]+)+$/, 'table.column, such as customers.email')
  .describe('A column as table.column (schema.table.column outside the default schema).');

const queryParam = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({
    from: tableColumn.describe('Use a value of this seeded column (picked deterministically from the seed).'),
  }),
  z.strictObject({
    range: z
      .tuple([z.number(), z.number()])
      .refine(([a, b]) => a <= b, 'gives a lower bound above the upper one; write [low, high]')
      .describe('A number in [low, high] (integers when both bounds are integers), picked deterministically from the seed.'),
  }),
  z.strictObject({
    pick: z
      .array(z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .min(1)
      .describe('One of these values, picked deterministically from the seed.'),
  }),
]);

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

/**
 * One data test: its assertion plus `name` (shown instead of the generated one) and
 * `sensitive` (true hides every value of the failing sample rows; a list hides those result
 * columns), so personal data in seeded rows never reaches a pull-request comment.
 */
const dataTest = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    ...shape,
    name: z.string().optional().describe('Shown in the report instead of the generated name.'),
    sensitive: z
      .union([z.boolean(), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe('Hide sample values of failing rows: true hides them all, a list of column names hides those columns (the count is always shown).'),
  });

/** The longest load phase: a gate run must stay a gate run, not a soak test. */
export const MAX_LOAD_MS = 60_000;

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
      .describe('PostgreSQL: operations each connection keeps in flight (1 waits for each reply, as pgbench does; 2 or more pipelines, and a latency then includes the wait behind the one before it). MySQL/MariaDB always wait.'),
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

const bound = z.union([z.number(), z.string().min(1)]);

/** One column's generator in data.columns: at most one way to make values, plus nulls and distribution. */
const dataColumn = z
  .strictObject({
    range: z
      .tuple([bound, bound])
      .superRefine(([low, high], ctx) => {
        if (typeof low === typeof high && low > high) ctx.addIssue({ code: 'custom', message: `[${low}, ${high}] is reversed; write the range low to high, [${high}, ${low}]` });
      })
      .optional()
      .describe('Inclusive range, low to high: numbers, or dates and timestamps as text (["2024-01-01", "2024-12-31"]).'),
    values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).min(1).optional()
      .describe('Pick from these values (a unique column takes them in order).'),
    sequence: z
      .strictObject({ start: z.number().default(1), step: z.number().default(1) })
      .optional()
      .describe('start, start + step, start + 2·step … in row order.'),
    pattern: z
      .string()
      .regex(/[#?]/, 'a pattern with # for a digit or ? for a letter, such as "SKU-####"')
      .optional()
      .describe('Text with # for a digit and ? for an upper-case letter, e.g. "SKU-####" (unique columns count up through it).'),
    ref: tableColumn.optional().describe('Take values of another seeded column (table.column), without a foreign key.'),
    sql: z.string().min(1).optional().describe('A SQL expression evaluated by the database for each row (e.g. ST_GeomFromText(\'POINT(1 2)\')); it may name the row\'s other columns.'),
    nulls: z.number().min(0).max(1).optional().describe('Share of NULLs in a nullable column, 0 to 1.'),
    distribution: z
      .enum(['uniform', 'zipf', 'normal'])
      .optional()
      .describe('How picks spread over the range, the values or the parent rows; foreign keys default to zipf (few parents own most children), the rest to uniform.'),
  })
  .superRefine((column, ctx) => {
    const ways = (['range', 'values', 'sequence', 'pattern', 'ref', 'sql'] as const).filter((k) => column[k] !== undefined);
    if (ways.length > 1) ctx.addIssue({ code: 'custom', message: `gives ${ways.length === 2 ? 'both ' : ''}${ways.join(' and ')}; keep one of them` });
  });

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    engine: z
      .string()
      .regex(ENGINE_PATTERN, 'pglite, postgres:<tag>, mysql:<tag>, mariadb:<tag>, or a postgres:// or mysql:// URL')
      .default('pglite')
      .describe('Where the checks run: pglite (embedded, default), a container image tag, or a server URL.'),
    migrations: z
      .strictObject({
        dir: perDialect(z.string())
          .optional()
          .describe('Directory of the migrations (any supported format), or one directory per dialect.'),
        format: z
          .enum(['auto', 'plain', 'golang-migrate', 'goose', 'flyway', 'dbmate', 'prisma', 'sqitch'])
          .default('auto')
          .describe('The migration tool whose conventions the folder follows; auto detects it and says which.'),
        command: z
          .string()
          .min(1)
          .optional()
          .describe('Run any other tool instead (npx prisma migrate deploy, npx knex migrate:latest …), with DATABASE_URL pointing at the scratch database.'),
        'down-command': z.string().min(1).optional().describe('The tool\'s command that reverts the last migration, for the round trip.'),
        placeholders: z
          .record(z.string(), z.string())
          .default({})
          .describe('Flyway ${placeholders} and their values.'),
        'statement-timeout': duration('10m').describe(
          'Deadline for each migration statement: "500ms", "60s", "10m", "1h" or a number of seconds.',
        ),
        privileges: z
          .enum(['confined', 'superuser'])
          .default('confined')
          .describe(
            'confined: migrations run as a per-run role that can reach only the scratch database. superuser: they run with the server URL\'s own account, for extensions only a superuser may create; the report says so.',
          ),
      })
      .describe('How the project builds its schema.'),
    data: z
      .strictObject({
        seed: z.int().default(42).describe('The same seed gives the same rows on every run and engine.'),
        rows: z
          .record(z.string(), z.int().min(0))
          .default({})
          .describe('Rows to seed per table; parents of seeded tables get rows too.'),
        scale: z.number().positive().default(1).describe('Multiplies every row count (data.rows and the parents added for them).'),
        columns: z
          .record(tableColumn, dataColumn)
          .default({})
          .describe('Per-column generators, keyed by table.column. Without one, a column obeys its type, its CHECKs and its keys.'),
      })
      .default({ seed: 42, rows: {}, scale: 1, columns: {} })
      .describe('The deterministic, foreign-key-aware seed data.'),
    checks: z
      .strictObject({
        schema: z
          .strictObject({
            rules: z
              .union([z.enum(['recommended', 'off']), z.record(z.string(), severityOrOff)])
              .default('recommended')
              .describe('recommended, off, or a map of rule id to severity (recommended plus overrides).'),
            naming: z
              .strictObject(
                Object.fromEntries(
                  (['tables', 'columns', 'indexes', 'constraints'] as const).map((kind) => [
                    kind,
                    namingStyle.optional().describe(`How ${kind} are named: snake_case, camelCase, PascalCase, lowercase, or { pattern: regex }.`),
                  ]),
                ) as Record<'tables' | 'columns' | 'indexes' | 'constraints', z.ZodOptional<typeof namingStyle>>,
              )
              .optional()
              .describe('Naming conventions the naming-convention rule checks; nothing is checked for a kind left out.'),
          })
          .default({ rules: 'recommended' })
          .describe('Rules over the schema the migrations produce (missing-primary-key, foreign-key-without-index, duplicate-index, …; see the README).'),
        migrations: z
          .strictObject({
            rules: z
              .union([z.enum(['recommended', 'off']), z.record(z.string(), severityOrOff)])
              .default('recommended')
              .describe('Static rules over each new migration (recommended, off, or rule id → severity).'),
            trace: z.boolean().default(true).describe('Apply each new migration on seeded tables and record its locks, rewrites and blocked probes.'),
            'round-trip': z.boolean().default(true).describe('Prove each migration with a down: up → down must restore the schema, up again must match.'),
            assert: z
              .array(
                z.strictObject({
                  name: z.string().optional().describe('Shown in the report instead of the SQL.'),
                  after: z.string().optional().describe('The migration (file name) after which it must hold; default: after all.'),
                  sql: z.string().min(1).describe('A query that returns one row with one true value when the data is as it must be.'),
                }),
              )
              .default([])
              .describe('Assertions over the data after the migrations.'),
          })
          .default({ rules: 'recommended', trace: true, 'round-trip': true, assert: [] })
          .describe('How new migrations are proved: static rules, the lock trace, the round trip.'),
        constraints: z
          .strictObject({
            probe: z.boolean().default(true).describe('Write, for every PRIMARY KEY, UNIQUE, FOREIGN KEY, NOT NULL and CHECK, a row it must reject, in a transaction that is rolled back.'),
            reject: z
              .array(
                z.strictObject({
                  name: z.string().optional().describe('Shown in the report instead of the SQL.'),
                  sql: z.string().min(1).describe('A write the schema must refuse (insert into …), run and rolled back.'),
                  code: z
                    .union([z.int(), z.string().min(1)])
                    .describe('The error it must fail with: a SQLSTATE (23514), a MySQL/MariaDB error number (3819), or a kind: unique-violation, foreign-key-violation, check-violation, not-null-violation.'),
                }),
              )
              .default([])
              .describe('Writes that must be rejected, with the expected error; each rolled back.'),
            accept: z
              .array(
                z.strictObject({
                  name: z.string().optional().describe('Shown in the report instead of the SQL.'),
                  sql: z.string().min(1).describe('A write the schema must allow, run and rolled back.'),
                }),
              )
              .default([])
              .describe('Writes that must succeed (the constraints are not too strict); each rolled back.'),
            triggers: z
              .array(
                z.strictObject({
                  name: z.string().optional().describe('Shown in the report instead of the SQL.'),
                  after: z.string().min(1).describe('The write that fires the trigger (insert into orders …).'),
                  expect: z.string().min(1).describe('A query returning one row whose first value is true when the trigger did its work.'),
                }),
              )
              .default([])
              .describe('Trigger expectations: run `after`, then `expect` in the same transaction, then roll back.'),
          })
          .optional()
          .describe('Constraint probes: proves every declared constraint is enforced, plus your own reject/accept/trigger probes. Off unless this key is present.'),
        'data-tests': z
          .array(
            z.union([
              dataTest({
                unique: z
                  .union([tableColumn, z.array(tableColumn).min(1)])
                  .describe('No two rows share this value (table.column), or this combination of columns of one table ([t.a, t.b]).'),
              }),
              dataTest({ not_null: tableColumn.describe('No row has NULL here.') }),
              dataTest({
                accepted_values: z
                  .strictObject({
                    column: tableColumn,
                    values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).describe('The only values allowed (NULL passes).'),
                  })
                  .describe('Every non-null value is one of these.'),
              }),
              dataTest({
                relationships: z
                  .strictObject({ column: tableColumn.describe('The child column.'), to: tableColumn.describe('The parent column it must point at.') })
                  .describe('Every non-null value has a parent row (no orphans).'),
              }),
              dataTest({
                range: z
                  .strictObject({ column: tableColumn, min: z.number().optional(), max: z.number().optional() })
                  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'gives neither min nor max; give at least one' })
                  .describe('Every non-null value lies in [min, max] (both inclusive).'),
              }),
              dataTest({
                regex: z
                  .strictObject({ column: tableColumn, pattern: z.string().min(1).describe('PostgreSQL ~ / MySQL REGEXP syntax.') })
                  .describe('Every non-null value matches the pattern.'),
              }),
              dataTest({
                row_count: z
                  .strictObject({ table: z.string().min(1), min: z.int().min(0).optional(), max: z.int().min(0).optional() })
                  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'gives neither min nor max; give at least one' })
                  .describe('The table holds between min and max rows (both inclusive).'),
              }),
              dataTest({
                expression: z
                  .strictObject({ table: z.string().min(1), sql: z.string().min(1).describe('A boolean SQL expression over one row of the table.') })
                  .describe('The expression holds for every row (NULL passes, as in a CHECK).'),
              }),
              dataTest({ sql: z.string().describe('A query that returns the offending rows: passes when it returns none.') }),
            ]),
          )
          .default([])
          .describe('Assertions over the seeded data.'),
        concurrency: z
          .array(concurrencySpecSchema)
          .default([])
          .describe('Isolation specs: sessions whose steps run in every given interleaving, with the blocking, errors and final state each must show. PostgreSQL and MySQL/MariaDB only.'),
        'isolation-matrix': z
          .boolean()
          .default(false)
          .describe('Run the classic anomaly scripts (G0 … G2) at every isolation level and fail when a level is weaker than the engine documents.'),
      })
      .prefault({})
      .describe('Which checks run and how strict they are.'),
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
    gate: z
      .strictObject({
        'fail-on': z.enum(['error', 'warning', 'never']).default('error').describe('The lowest finding severity that fails the gate (exit 1).'),
        'work-tolerance': percent.default('0%').describe('Allowed growth of work and size metrics against the baseline; any growth beyond it is a regression.'),
        tolerances: z
          .record(z.string(), percent)
          .default({})
          .describe('Per-metric tolerances by metric key or a glob with * (query.top-products.*: 5%); they win over work-tolerance.'),
        time: z
          .strictObject({
            'min-effect': percent.default('10%').describe('Smallest slowdown that counts: the bootstrap interval of the median ratio must lie wholly above it.'),
            p: z.number().gt(0).lt(1).default(0.01).describe('Significance level of the Mann-Whitney test on the two sets of timings.'),
            samples: z.int().min(5).max(1000).default(15).describe('Timed executions of each query on each side, interleaved base/head.'),
          })
          .default({ 'min-effect': '10%', p: 0.01, samples: 15 })
          .describe('Timing comparison against the base: a regression only when it is both significant and large enough. Never gated on PGlite.'),
        'existing-findings': z
          .enum(['report', 'fail'])
          .default('report')
          .describe('Findings already on the base branch: report them without failing (default), or fail on them like new ones.'),
        accept: z
          .array(
            z.strictObject({
              metric: z.string().min(1).describe('A metric key, or a glob with * (query.search.*).'),
              reason: z.string().min(1).describe('Why the change is intended; shown in the comment.'),
            }),
          )
          .default([])
          .describe('Regressions accepted on purpose: reported as notices with the reason, never failing the gate.'),
        'accept-label': z.string().min(1).default('sluice:accept').describe('A pull-request label that accepts every regression of the pull request.'),
        'statement-timeout': duration('60s').describe(
          'Deadline for every statement Sluice runs for queries, data tests and seeding: "500ms", "60s", "10m", "1h" or a number of seconds.',
        ),
      })
      .describe('When the job fails.')
      .prefault({}),
    production: z
      .strictObject({
        rows: z.record(z.string(), z.int().min(0)).default({}).describe('Production row counts per table, to estimate lock times at production size.'),
      })
      .default({ rows: {} })
      .describe('What production looks like, for estimates.'),
    baseline: z
      .strictObject({
        compare: z
          .enum(['base-branch', 'stored', 'none'])
          .default('base-branch')
          .describe('base-branch: build the base branch in the same run and compare (falls back to the stored baseline); stored: the stored baseline only; none.'),
        store: z.enum(['file', 'cache']).default('file').describe('Where baselines are kept: a file in the repo (baselines/<suite>.json), or the Actions cache.'),
        suite: z
          .string()
          .regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore')
          .optional()
          .describe('Names this configuration\'s figures (baselines/<suite>.json, the comment); default: the engine (pglite, postgresql, mysql, mariadb).'),
        file: z.string().optional().describe('The baseline file, relative to the working directory; default baselines/<suite>.json.'),
      })
      .default({ compare: 'base-branch', store: 'file' })
      .describe('Comparison with the base branch and stored baselines.'),
  })
  .describe('Sluice configuration (sluice.yml).')
  .superRefine(checkLoadMixes);

/** A load mix names declared queries: a misspelt name is a config error before any database starts. */
function checkLoadMixes(config: { queries: { name: string }[]; load: { mix: { query: string }[] }[] }, ctx: z.core.$RefinementCtx): void {
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

export type SluiceConfig = z.output<typeof configSchema>;
export type QueryConfig = SluiceConfig['queries'][number];
export type TransactionConfig = SluiceConfig['transactions'][number];
export type BulkConfig = SluiceConfig['bulk'][number];
export type QueryParam = QueryConfig['params'][number];
export type WorkloadExpect = QueryConfig['expect'];
export type WorkloadMax = NonNullable<QueryConfig['max']>;
export type FailOn = SluiceConfig['gate']['fail-on'];
export type LoadConfig = SluiceConfig['load'][number];

export const jsonSchema = (): object =>
  z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
