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
const duration = (fallback: string) =>
  z
    .union([z.number().positive(), z.string().regex(DURATION, 'a duration such as "500ms", "60s", "10m", "1h" or a number of seconds')])
    .transform((value, ctx) => {
      const ms = durationMs(value)!;
      if (ms <= 0 || ms > MAX_DURATION_MS) {
        ctx.addIssue({ code: 'custom', input: value, message: `${JSON.stringify(value)} is ${ms <= 0 ? 'not a deadline' : 'longer than 24h'}; give a duration between 1ms and 24h, such as "60s"` });
        return z.NEVER;
      }
      return ms;
    })
    .prefault(fallback);

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
]);

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
        columns: z
          .record(
            tableColumn,
            z
              .strictObject({
                range: z
                  .tuple([z.number(), z.number()])
                  .superRefine(([low, high], ctx) => {
                    if (low > high) ctx.addIssue({ code: 'custom', message: `[${low}, ${high}] is reversed; write the range low to high, [${high}, ${low}]` });
                  })
                  .optional()
                  .describe('Inclusive numeric range, low to high.'),
                values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).min(1).optional()
                  .describe('Pick from these values.'),
                nulls: z.number().min(0).max(1).optional().describe('Share of NULLs in a nullable column, 0 to 1.'),
              })
              .refine((column) => !(column.range && column.values), {
                message: 'gives both range and values; keep one of them',
              }),
          )
          .default({})
          .describe('Per-column generators, keyed by table.column.'),
      })
      .default({ seed: 42, rows: {}, columns: {} })
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
          params: z.array(queryParam).default([]).describe('Values for $1, $2 …: literals, or { from: table.column }.'),
          expect: z
            .strictObject({
              forbid: z
                .array(z.enum(['seq-scan', 'full-index-scan', 'sort', 'nested-loop', 'hash-join', 'temporary']))
                .default([])
                .describe('Plan operators this query must not use.'),
              'max-blocks': z.int().min(0).optional().describe('PostgreSQL: shared hit+read blocks at most.'),
              'max-rows-read': z.int().min(0).optional().describe('MySQL/MariaDB: Handler_read_* rows at most.'),
            })
            .default({ forbid: [] })
            .describe('What must hold for this query; a violation is an error finding.'),
          })
          .superRefine(checkPlaceholders),
      )
      .superRefine(checkQueryNames)
      .default([])
      .describe('Queries to measure; their work metrics are the deterministic regression signal.'),
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
  .describe('Sluice configuration (sluice.yml).');

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

/** Two queries with one name would report under one metric key, the second overwriting the first. */
function checkQueryNames(queries: { name: string }[], ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, number>();
  for (const [i, query] of queries.entries()) {
    const key = query.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${query.name}" reports as query.${key} like queries[${first}] does; give each query its own name` });
      return;
    }
    seen.set(key, i);
  }
}

export type SluiceConfig = z.output<typeof configSchema>;
export type QueryConfig = SluiceConfig['queries'][number];
export type QueryParam = QueryConfig['params'][number];
export type FailOn = SluiceConfig['gate']['fail-on'];

export const jsonSchema = (): object =>
  z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
