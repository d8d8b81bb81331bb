// Turns a migration file into the statements its engine's own client would send, each with
// the line it starts on. A hand-written scanner, not a parser: it only has to know where
// statements end, and it must cope with what real migration files hold (psql's inline COPY
// data and meta-commands, the mysql client's DELIMITER, stored-program bodies, SQL the
// parser of one server version rejects). The real parsers fail the whole file at the first
// statement they do not know, so they could not say which statement a server would reject.
//
// What ends a statement: the delimiter (`;`, or the mysql client's DELIMITER) outside
// comments, strings, quoted names and dollar-quoted bodies, and outside compound bodies:
// MySQL/MariaDB `CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT … BEGIN … END` and `BEGIN NOT
// ATOMIC … END` (MySQL migration runners send each file whole, so the server sees the body
// intact), PostgreSQL `BEGIN ATOMIC … END` function bodies (as psql counts them), and on
// PostgreSQL parentheses (`CREATE RULE … DO (…; …)`), as psql does.
// psql's inline COPY data (`COPY … FROM stdin;` then rows up to `\.`) is not SQL: it is cut
// out here and carried beside its COPY statement.
import type { Dialect } from '../engines/engine.js';

export interface Statement {
  sql: string;
  /** 1-based line in the file where the statement's first token is. */
  line: number;
  /**
   * Set on a PostgreSQL `COPY … FROM stdin` statement: the data lines after it. `undefined`
   * when no `\.` line ends the data (the guard refuses the statement then).
   */
  copyData?: CopyData | undefined;
}

export interface CopyData {
  /** The rows as written, without line ends and without the closing `\.`. */
  lines: string[];
  /** 1-based line in the file of the first data line. */
  firstLine: number;
}

// Statements whose bodies may hold `;` inside BEGIN … END. The MySQL DEFINER value is one
// token (`root`@`%`, CURRENT_USER); PostgreSQL bodies are counted only in CREATE FUNCTION/PROCEDURE.
const MYSQL_COMPOUND =
  /(?:create\s+(?:or\s+replace\s+)?(?:definer\s*=\s*\S+\s+)?(?:aggregate\s+)?(?:procedure|function|trigger|event)\b|(?:[A-Za-z_]\w*\s*:\s*)?begin\s+not\s+atomic\b)/iy;
const POSTGRES_COMPOUND = /create\s+(?:or\s+replace\s+)?(?:function|procedure)\b/iy;
// After END, these words close a block that was not counted when it opened (IF … END IF).
const UNCOUNTED_BLOCKS = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT']);

/** Splits a file the way the engine's own client would: quotes, dollar quotes, comments, DELIMITER, compound bodies, COPY data. */
export function splitStatements(sql: string, dialect: Dialect): Statement[] {
  const mysql = dialect === 'mysql';
  const lineAt = lineCounter(sql);
  const statements: Statement[] = [];
  let delimiter = ';';
  // The statement being read: where its first token is (-1: none yet), and its nesting.
  let start = -1;
  let compound = false;
  let depth = 0;
  let parens = 0;
  const begin = (at: number) => {
    if (start >= 0) return;
    start = at;
    const pattern = mysql ? MYSQL_COMPOUND : POSTGRES_COMPOUND;
    pattern.lastIndex = at;
    compound = pattern.test(sql);
    depth = 0;
    parens = 0;
  };
  const finish = (end: number): Statement | undefined => {
    const text = start < 0 ? '' : sql.slice(start, end).trim();
    const statement = text ? { sql: text, line: lineAt(start) } : undefined;
    if (statement) statements.push(statement);
    start = -1;
    return statement;
  };

  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (start < 0 && (c === '\\' || (mysql && /^delimiter[ \t]/i.test(sql.slice(i, i + 10))))) {
      // A client command at a statement's start runs to the end of its line. DELIMITER is the
      // mysql client's own; others (psql's \connect …) become statements the guard refuses.
      const lineEnd = endOfLine(sql, i);
      const command = sql.slice(i, lineEnd).trim();
      const newDelimiter = /^delimiter\s+(\S+)/i.exec(command)?.[1];
      if (c !== '\\' && newDelimiter) delimiter = newDelimiter;
      else if (c === '\\') (begin(i), finish(i + command.length));
      if (c === '\\' || newDelimiter) {
        i = lineEnd;
        continue;
      }
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const quoted = skipQuoted(sql, i, mysql);
    if (quoted) {
      if (quoted.code) begin(i);
      i = quoted.end;
      continue;
    }
    // With its own DELIMITER the mysql client counts nothing: the delimiter alone ends a statement.
    const counting = () => compound && delimiter === ';';
    if (sql.startsWith(delimiter, i) && !(counting() && depth > 0) && parens <= 0) {
      const statement = finish(i);
      i += delimiter.length;
      if (statement && !mysql && isCopyFromStdin(statement.sql)) i = readCopyData(sql, i, statement, lineAt);
      continue;
    }
    begin(i);
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i, i + 64))?.[0];
    if (!word || /[\w$\u0080-\uffff]/.test(sql[i - 1] ?? ' ')) {
      if (!mysql && c === '(') parens++;
      else if (!mysql && c === ')') parens--;
      i += word ? word.length : 1;
      continue;
    }
    i += word.length;
    if (!counting()) continue;
    const upper = word.toUpperCase();
    if (upper === 'BEGIN' || (upper === 'CASE' && (mysql || depth > 0))) depth++;
    else if (upper === 'END' && depth > 0) {
      // MySQL: END IF / END LOOP / END WHILE / END REPEAT close blocks not counted; END, END CASE, END label close one.
      // The word after END is consumed so END CASE's CASE does not open a block.
      const after = mysql ? /^\s+(if|loop|while|repeat|case)\b/i.exec(sql.slice(i, i + 40)) : null;
      if (after) i += after[0].length;
      if (!after || !UNCOUNTED_BLOCKS.has(after[1]!.toUpperCase())) depth--;
    }
  }
  finish(sql.length);
  return statements;
}

/**
 * The comment, string, quoted name or dollar-quoted body starting at `i`, if one does: where
 * it ends, and whether it is part of a statement (`code`) or only a comment.
 */
function skipQuoted(sql: string, i: number, mysql: boolean): { end: number; code: boolean } | undefined {
  const c = sql[i]!;
  const next = sql[i + 1];
  if ((c === '-' && next === '-' && (!mysql || /\s/.test(sql[i + 2] ?? ' '))) || (mysql && c === '#')) {
    return { end: endOfLine(sql, i), code: false };
  }
  if (c === '/' && next === '*') {
    // MySQL runs the content of /*!… */ comments (mysqldump writes statements in them).
    const executable = mysql && sql[i + 2] === '!';
    // PostgreSQL block comments nest; MySQL's do not.
    let nesting = 1;
    let j = i + 2;
    while (j < sql.length && nesting > 0) {
      if (sql.startsWith('*/', j)) (nesting--, (j += 2));
      else if (!mysql && sql.startsWith('/*', j)) (nesting++, (j += 2));
      else j++;
    }
    return { end: j, code: executable };
  }
  if (c === "'" || c === '"' || (mysql && c === '`')) {
    return { end: Math.min(quoteEnd(sql, i, mysql) + 1, sql.length), code: true };
  }
  if (!mysql && c === '$' && !/[\w$]/.test(sql[i - 1] ?? '')) {
    const tag = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64))?.[0];
    if (!tag) return undefined;
    const close = sql.indexOf(tag, i + tag.length);
    return { end: close < 0 ? sql.length : close + tag.length, code: true };
  }
  return undefined;
}

/** Reads the data lines after a COPY … FROM stdin (psql starts on the line after the `;`); returns where SQL resumes. */
function readCopyData(sql: string, afterSemicolon: number, statement: Statement, lineAt: (offset: number) => number): number {
  const dataStart = endOfLine(sql, afterSemicolon);
  const lines: string[] = [];
  let position = dataStart;
  while (position < sql.length) {
    const next = endOfLine(sql, position);
    const text = sql.slice(position, next).replace(/\r?\n$/, '').replace(/\r$/, '');
    position = next;
    if (text === '\\.') {
      statement.copyData = { lines, firstLine: lineAt(dataStart) };
      return position;
    }
    lines.push(text);
  }
  statement.copyData = undefined;
  return sql.length;
}

/** 1-based line of an offset, by binary search over the newlines. */
function lineCounter(sql: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let at = sql.indexOf('\n'); at >= 0; at = sql.indexOf('\n', at + 1)) newlines.push(at);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/** `COPY … FROM stdin` in any spelling: the statements whose data follows them in the file. */
export const isCopyFromStdin = (sql: string): boolean => /^copy\b[\s\S]*\bfrom\s+stdin\b/i.test(maskSql(sql, 'postgres'));

/**
 * The statement with the inside of comments, strings, quoted names and dollar-quoted bodies
 * blanked out (same length, newlines kept), so keyword tests see only the SQL around them.
 * MySQL's executable comments (`/*!40101 … *\/`) are SQL to MySQL, so their content stays.
 */
export function maskSql(sql: string, dialect: Dialect): string {
  const out = sql.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  const mysql = dialect === 'mysql';
  let i = 0;
  let inExecutableComment = false;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if ((c === '-' && next === '-' && (!mysql || /\s/.test(sql[i + 2] ?? ' '))) || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      if (mysql && sql[i + 2] === '!') {
        const marker = /^\/\*!\d*/.exec(sql.slice(i))![0];
        blank(i, i + marker.length);
        i += marker.length;
        inExecutableComment = true;
        continue;
      }
      // PostgreSQL block comments nest; MySQL's do not.
      let depth = 1;
      let j = i + 2;
      while (j < sql.length && depth > 0) {
        if (sql.startsWith('*/', j)) (depth--, (j += 2));
        else if (!mysql && sql.startsWith('/*', j)) (depth++, (j += 2));
        else j++;
      }
      blank(i, j);
      i = j;
    } else if (inExecutableComment && c === '*' && next === '/') {
      blank(i, i + 2);
      i += 2;
      inExecutableComment = false;
    } else if (c === "'" || c === '"' || (mysql && c === '`')) {
      const j = quoteEnd(sql, i, mysql);
      blank(i + 1, Math.min(j, sql.length));
      i = j + 1;
    } else if (!mysql && c === '$' && !/[\w$]/.test(sql[i - 1] ?? '')) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64))?.[0];
      if (!tag) {
        i++;
        continue;
      }
      const close = sql.indexOf(tag, i + tag.length);
      const stop = close < 0 ? sql.length : close;
      blank(i + tag.length, stop);
      i = close < 0 ? sql.length : close + tag.length;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Offset just past the end of the line holding `offset` (past its `\n`), or the text's end. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

export const countNewlines = (text: string): number => text.split('\n').length - 1;

/**
 * The index of the quote that closes the string or quoted name opening at `i` (sql.length when
 * unclosed). A doubled quote is part of it; MySQL strings and PostgreSQL E'' strings also take
 * backslash escapes.
 */
function quoteEnd(sql: string, i: number, mysql: boolean): number {
  const c = sql[i]!;
  const backslashes = (mysql && c !== '`') || (c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? ''));
  let j = i + 1;
  while (j < sql.length) {
    if (backslashes && sql[j] === '\\') j += 2;
    else if (sql[j] === c && sql[j + 1] === c) j += 2;
    else if (sql[j] === c) break;
    else j++;
  }
  return j;
}
