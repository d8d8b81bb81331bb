// Sample failing rows as the report shows them: a few, each value cut short, and the columns
// a test marks sensitive never shown — seeded rows can look like personal data, and the
// comment is public on a public repository.

export const MAX_SAMPLES = 5;
const MAX_VALUE_CHARS = 40;
export const HIDDEN = '‹hidden›';

export type SampleRow = Record<string, string>;

/** `sensitive`: true hides every value, a list hides those columns (case-insensitive). */
export function sampleRows(rows: readonly Record<string, unknown>[], sensitive: boolean | readonly string[] | undefined): SampleRow[] {
  const hidden = new Set(Array.isArray(sensitive) ? sensitive.map((c) => c.toLowerCase()) : []);
  return rows.slice(0, MAX_SAMPLES).map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, value]) => [column, sensitive === true || hidden.has(column.toLowerCase()) ? HIDDEN : shown(value)])),
  );
}

function shown(value: unknown): string {
  const text =
    value === null || value === undefined ? 'NULL'
      : value instanceof Date ? (Number.isNaN(value.getTime()) ? String(value) : value.toISOString())
        : Buffer.isBuffer(value) ? `0x${value.toString('hex')}`
          : typeof value === 'object' ? JSON.stringify(value)
            : String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** "(id=5, email=‹hidden›)" */
export const describeSample = (row: SampleRow): string => `(${Object.entries(row).map(([c, v]) => `${c}=${v}`).join(', ')})`;
