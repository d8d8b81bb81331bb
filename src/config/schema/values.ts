// The value shapes several sections share: percentages, durations, per-dialect settings, table.column.
import { z } from 'zod';

export const percent = z
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
export const durationValue = () =>
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
export const duration = (fallback: string) => durationValue().prefault(fallback);
export const deadline = durationValue();

/** Milliseconds, as durations are held in the parsed config. */
export type Milliseconds = number;

export const severityOrOff = z.enum(['error', 'warning', 'notice', 'off']);
export const namingStyle = z.union([
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
export const perDialect = <T extends z.ZodType>(value: T) =>
  z.union([value, z.strictObject({ postgres: value.optional(), mysql: value.optional() }, { error: 'a map of postgres: and mysql:' })]);

export const ENGINE_PATTERN =
  /^(pglite|local:(postgres|postgresql|mariadb|mysql)|(postgres|mysql|mariadb):[\w.-]+|(postgres|postgresql|mysql|mariadb):\/\/.+)$/;

export const tableColumn = z
  .string()
  .regex(/^[\w$]+(\.[\w$]+)+$/, 'table.column, such as customers.email')
  .describe('A column as table.column (schema.table.column outside the default schema).');

export const queryParam = z.union([
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

