// gate, production and baseline: when the job fails, and what it compares with.
import { z } from 'zod';
import { duration, percent } from './values.js';

export const gate = z
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
  .prefault({});

export const production = z
  .strictObject({
    rows: z.record(z.string(), z.int().min(0)).default({}).describe('Production row counts per table, to estimate lock times at production size.'),
  })
  .default({ rows: {} })
  .describe('What production looks like, for estimates.');

export const baseline = z
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
  .describe('Comparison with the base branch and stored baselines.');
