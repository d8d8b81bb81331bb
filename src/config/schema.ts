// sluice.yml has one source of truth: this zod schema. The TypeScript types are inferred from
// it and sluice.schema.json (for editors) is generated from it by `npm run schema`.
import { z } from 'zod';

const percent = z
  .union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?%$/, 'a percentage such as 5%')])
  .describe('A percentage: 5% or the number 5.');

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
/** "500ms", "60s", "10m", "1h" or a number of seconds; parsed to milliseconds. */
const duration = z
  .union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'a duration such as 60s, 10m or 500ms')])
  .transform((v) => (typeof v === 'number' ? v * 1000 : Number(/^[\d.]+/.exec(v)![0]) * UNIT_MS[/[a-z]+$/.exec(v)![0] as keyof typeof UNIT_MS]));

const severityOrOff = z.enum(['error', 'warning', 'notice', 'off']);

/** Where a setting differs by SQL dialect: one value, or one per dialect. */
const perDialect = <T extends z.ZodType>(value: T) =>
  z.union([value, z.strictObject({ postgres: value.optional(), mysql: value.optional() })]);

export const ENGINE_PATTERN =
  /^(pglite|(postgres|mysql|mariadb):[\w.-]+|(postgres|postgresql|mysql|mariadb):\/\/.+)$/;

const tableColumn = z
  .string()
  .regex(/^[\w$]+(\.[\w$]+)+$/, 'table.column')
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
          .describe('Directory of numbered .sql files, applied in order; or one directory per dialect.'),
        'statement-timeout': duration.prefault('10m').describe('Deadline for each migration statement.'),
        privileges: z.enum(['confined', 'superuser']).default('confined')
          .describe("confined: the project's SQL runs as a per-run role that can reach only the scratch database; superuser: as the URL's own account (for extensions only it may create)."),
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
            z.strictObject({
              range: z.tuple([z.number(), z.number()]).optional().describe('Inclusive numeric range.'),
              values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).min(1).optional()
                .describe('Pick from these values.'),
              nulls: z.number().min(0).max(1).optional().describe('Share of NULLs in a nullable column, 0 to 1.'),
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
          })
          .default({ rules: 'recommended' })
          .describe('Rules over the schema the migrations produce: missing-primary-key (error), foreign-key-without-index (warning).'),
        constraints: z.strictObject({ probe: z.boolean().default(true).describe('Write rows each constraint must reject.') }).optional()
          .describe('Constraint probes (arrive in a later version; accepted now).'),
        'data-tests': z
          .array(
            z.union([
              z.strictObject({ unique: tableColumn.describe('No two rows share this value.') }),
              z.strictObject({
                name: z.string().optional().describe('Shown in the report instead of the SQL.'),
                sql: z.string().describe('A query that returns the offending rows: passes when it returns none.'),
              }),
            ]),
          )
          .default([])
          .describe('Assertions over the seeded data.'),
      })
      .default({ schema: { rules: 'recommended' }, 'data-tests': [] })
      .describe('Which checks run and how strict they are.'),
    queries: z
      .array(
        z.strictObject({
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
        }),
      )
      .default([])
      .describe('Queries to measure; their work metrics are the deterministic regression signal.'),
    gate: z
      .strictObject({
        'fail-on': z.enum(['error', 'warning', 'never']).default('error').describe('The lowest finding severity that fails the gate (exit 1).'),
        'work-tolerance': percent.default('0%').describe('Allowed growth of work metrics against the baseline (used by baseline comparison, a later version).'),
        time: z
          .strictObject({
            'min-effect': percent.default('10%').describe('Smallest timing change that counts as a regression.'),
            p: z.number().gt(0).lt(1).default(0.01).describe('Significance level of the timing test.'),
          })
          .default({ 'min-effect': '10%', p: 0.01 })
          .describe('Timing comparison against the baseline (a later version).'),
      })
      .extend({ 'statement-timeout': duration.prefault('60s').describe('Deadline for every statement of seeding, data tests and queries.') })
      .describe('When the job fails.')
      .prefault({}),
    baseline: z
      .strictObject({
        compare: z.enum(['base-branch', 'stored', 'none']).default('base-branch').describe('What to compare with.'),
        store: z.enum(['file', 'cache']).default('file').describe('Where baselines are kept: baselines/ in the repo, or the Actions cache.'),
      })
      .default({ compare: 'base-branch', store: 'file' })
      .describe('Comparison with the base branch and stored baselines (arrives in a later version; accepted now).'),
  })
  .describe('Sluice configuration (sluice.yml).');

export type SluiceConfig = z.output<typeof configSchema>;
export type QueryConfig = SluiceConfig['queries'][number];
export type QueryParam = QueryConfig['params'][number];
export type FailOn = SluiceConfig['gate']['fail-on'];

export const jsonSchema = (): object =>
  z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
