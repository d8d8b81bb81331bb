// checks.data-tests: assertions over the seeded data (the dbt catalogue plus SQL).
import { z } from 'zod';
import { tableColumn } from './values.js';

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

export const dataTests = z
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
  .describe('Assertions over the seeded data.');
