// data: the deterministic, foreign-key-aware seed and its per-column generators.
import { z } from 'zod';
import { tableColumn } from './values.js';

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

export const data = z
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
  .describe('The deterministic, foreign-key-aware seed data.');
