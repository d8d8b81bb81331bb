// The $1, $2 … placeholders of a declared query, found the way the database would find them:
// a `$2` inside a string literal, a quoted identifier, a comment or a dollar-quoted body is
// text, not a parameter. Used to check params against the SQL before anything runs, and to
// rewrite placeholders to `?` for MySQL without touching literals.

export type SqlDialect = 'postgres' | 'mysql';

export interface Placeholder {
  /** n of $n. */
  number: number;
  /** Offsets of `$n` in the text, end exclusive. */
  start: number;
  end: number;
}

const isIdentChar = (ch: string | undefined) => ch !== undefined && /[\w$]/.test(ch);

export function placeholdersIn(sql: string, dialect: SqlDialect): Placeholder[] {
  const found: Placeholder[] = [];
  let i = 0;
  /** Skips to just after the closing `quote`; a doubled quote (and, where the dialect has it, a backslash) escapes. */
  const skipQuoted = (quote: string, backslash: boolean) => {
    i++;
    while (i < sql.length) {
      const ch = sql[i]!;
      if (backslash && ch === '\\') i += 2;
      else if (ch === quote && sql[i + 1] === quote) i += 2;
      else if (ch === quote) return void i++;
      else i++;
    }
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === "'") {
      // PostgreSQL only honours backslash escapes in E'…' strings; MySQL always does.
      const escaped = dialect === 'mysql' || (/[eE]/.test(sql[i - 1] ?? '') && !isIdentChar(sql[i - 2]));
      skipQuoted("'", escaped);
    } else if (ch === '"') {
      skipQuoted('"', dialect === 'mysql');
    } else if (ch === '`' && dialect === 'mysql') {
      skipQuoted('`', false);
    } else if (ch === '-' && next === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol;
    } else if (ch === '#' && dialect === 'mysql') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol;
    } else if (ch === '/' && next === '*') {
      if (dialect === 'mysql') {
        const end = sql.indexOf('*/', i + 2);
        i = end < 0 ? sql.length : end + 2;
      } else {
        // PostgreSQL block comments nest.
        let depth = 0;
        do {
          if (sql.startsWith('/*', i)) (depth++, (i += 2));
          else if (sql.startsWith('*/', i)) (depth--, (i += 2));
          else i++;
        } while (depth > 0 && i < sql.length);
      }
    } else if (ch === '$' && !isIdentChar(sql[i - 1])) {
      const number = /^\$(\d+)/.exec(sql.slice(i));
      const tag = dialect === 'postgres' ? /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i)) : null;
      if (number) {
        found.push({ number: Number(number[1]), start: i, end: i + number[0].length });
        i += number[0].length;
      } else if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? sql.length : close + tag[0].length;
      } else i++;
    } else if (isIdentChar(ch)) {
      // Skip a whole word so the `$` inside an identifier such as price$1 is not a placeholder.
      while (i < sql.length && isIdentChar(sql[i])) i++;
    } else i++;
  }
  return found;
}
