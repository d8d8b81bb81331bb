// PostgreSQL's COPY text format: one line per row, columns separated by a tab, \N for NULL, and
// a backslash escaping itself, tab, newline and carriage return inside a value. Every value is
// spelled the way the pg driver would send it as a text parameter, so COPY stores what the
// multi-row INSERT stored.

/** One row as a COPY text line, newline included. */
export function copyLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += '\t';
    line += copyField(row[i]);
  }
  return line + '\n';
}

export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'string':
      return escape(value);
  }
  // bytea's hex input form; its own backslash is escaped for COPY.
  if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escape(arrayLiteral(value));
  return escape(JSON.stringify(value));
}

const SPECIAL = /[\\\t\n\r]/;

function escape(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r'));
}

/** '{a,"b c",NULL}': every element quoted except NULL, as the pg driver writes arrays. */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    const text = v instanceof Uint8Array ? `\\x${Buffer.from(v).toString('hex')}` : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
  });
  return `{${items.join(',')}}`;
}
