// Points findings about the resulting schema back at the migration line that made the object,
// so the report and the pull-request annotations land on a line a reviewer can open.
//
// The migrations are read statement by statement (splitStatements gives exact lines) and the
// DDL heads are tokenized: CREATE TABLE (columns, inline and table constraints), ALTER TABLE
// (ADD / DROP / RENAME of columns, constraints, indexes), CREATE / DROP / ALTER INDEX and
// RENAME TABLE are replayed in order into a map of live objects. A later DROP or RENAME moves
// or ends an object, so a finding lands where the object's current shape was decided.
// Not a full parser (see the commit): function bodies, DO blocks and DML are skipped.
import type { Dialect } from '../engines/engine.js';
import type { Location } from '../vocabulary.js';
import { relative, type MigrationFile } from './formats/index.js';
import { splitStatements } from './statements.js';

export type ConstraintKind = 'primary' | 'unique' | 'foreign' | 'check' | 'exclude' | 'index';

interface ConstraintRecord {
  /** As written (already truncated to 63 bytes on PostgreSQL); undefined when the engine names it. */
  name: string | undefined;
  kind: ConstraintKind;
  columns: string[];
  location: Location;
  /** CHECK text as written (MySQL before 8.0.16 parses and forgets it). */
  expression?: string;
}

interface TableRecord {
  location: Location;
  columns: Map<string, Location>;
  constraints: ConstraintRecord[];
  /** The DROP that left the table without a primary key, until a later ADD PRIMARY KEY. */
  primaryKeyDropped?: Location;
}

export interface SchemaLocator {
  /** Where the table was created (or renamed into its current name). */
  table(name: string): Location | undefined;
  /** Where the table lost its primary key (a later DROP), else where it was created. */
  missingPrimaryKey(name: string): Location | undefined;
  column(table: string, column: string): Location | undefined;
  /** A constraint or index by its name (prefix-matched when PostgreSQL truncated it), then by kind and columns. */
  constraint(table: string, kind: ConstraintKind, name: string, columns: string[]): Location | undefined;
  /** Constraints of a kind as the migrations declared them (what an engine that ignores CHECK or FOREIGN KEY forgot). */
  declared(table: string, kind: ConstraintKind): { name?: string | undefined; columns: string[]; expression: string; location: Location }[];
}

// ---- tokens ---------------------------------------------------------------------------------

interface Token {
  /** word (unquoted, as written), ident (quoted, unquoted content), string, number, punct */
  kind: 'word' | 'ident' | 'string' | 'number' | 'punct';
  text: string;
  line: number;
  offset: number;
}

/** Tokens of one statement; comments dropped, MySQL's executable comments read as SQL. */
export function tokenize(sql: string, dialect: Dialect, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let i = 0;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (sql[k] === '\n') line++;
    i = to;
  };
  const mysql = dialect === 'mysql';
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    const start = i;
    const startLine = line;
    if (/\s/.test(c)) advance(i + 1);
    else if ((c === '-' && next === '-') || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      advance(end < 0 ? sql.length : end);
    } else if (c === '/' && next === '*') {
      if (mysql && sql[i + 2] === '!') {
        advance(i + /^\/\*!\d*/.exec(sql.slice(i))![0].length);
        continue;
      }
      const end = sql.indexOf('*/', i + 2);
      advance(end < 0 ? sql.length : end + 2);
    } else if (mysql && c === '*' && next === '/') advance(i + 2);
    else if (c === "'" || c === '"' || c === '`') {
      const backslashes = mysql && c !== '`';
      let j = i + 1;
      let text = '';
      while (j < sql.length) {
        if (backslashes && sql[j] === '\\') (text += sql[j + 1] ?? ''), (j += 2);
        else if (sql[j] === c && sql[j + 1] === c) (text += c), (j += 2);
        else if (sql[j] === c) break;
        else (text += sql[j]), j++;
      }
      advance(Math.min(j + 1, sql.length));
      const quotedName = c === '`' || (c === '"' && !mysql);
      tokens.push({ kind: quotedName ? 'ident' : 'string', text, line: startLine, offset: start });
    } else if (!mysql && c === '$' && /^\$(?:[A-Za-z_][\w]*)?\$/.test(sql.slice(i, i + 64))) {
      const tag = /^\$(?:[A-Za-z_][\w]*)?\$/.exec(sql.slice(i, i + 64))![0];
      const close = sql.indexOf(tag, i + tag.length);
      advance(close < 0 ? sql.length : close + tag.length);
      tokens.push({ kind: 'string', text: sql.slice(start + tag.length, close < 0 ? sql.length : close), line: startLine, offset: start });
    } else if (/[\p{L}_]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))![0];
      advance(i + word.length);
      tokens.push({ kind: 'word', text: word, line: startLine, offset: start });
    } else if (/\d/.test(c)) {
      const number = /^[\d.]+(?:e[+-]?\d+)?/i.exec(sql.slice(i))![0];
      advance(i + number.length);
      tokens.push({ kind: 'number', text: number, line: startLine, offset: start });
    } else {
      advance(i + 1);
      tokens.push({ kind: 'punct', text: c, line: startLine, offset: start });
    }
  }
  return tokens;
}

/** A cursor over one statement's tokens. */
class Reader {
  #at = 0;
  constructor(
    readonly tokens: Token[],
    readonly dialect: Dialect,
  ) {}
  get done() {
    return this.#at >= this.tokens.length;
  }
  peek(ahead = 0): Token | undefined {
    return this.tokens[this.#at + ahead];
  }
  next(): Token | undefined {
    return this.tokens[this.#at++];
  }
  /** True (and consumed) when the next words are `words`, case-insensitive. */
  accept(...words: string[]): boolean {
    const match = words.every((w, k) => {
      const t = this.peek(k);
      return t !== undefined && (t.kind === 'word' || t.kind === 'punct') && t.text.toLowerCase() === w;
    });
    if (match) this.#at += words.length;
    return match;
  }
  isWord(word: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }
  /** One identifier, normalized as the engine stores it. */
  name(): string | undefined {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'ident')) return undefined;
    this.#at++;
    return normalizeIdent(t, this.dialect);
  }
  /** schema.name or name; the default schema is left out (public on PostgreSQL, any on MySQL). */
  qualifiedName(): string | undefined {
    const parts: string[] = [];
    for (;;) {
      const part = this.name();
      if (part === undefined) break;
      parts.push(part);
      if (!this.accept('.')) break;
    }
    if (parts.length === 0) return undefined;
    if (this.dialect === 'mysql') return parts[parts.length - 1];
    if (parts.length > 1 && parts[parts.length - 2] === 'public') return parts[parts.length - 1];
    return parts.slice(-2).join('.');
  }
  /** `( a, b DESC, "C" )` → [a, b, C]; expressions come through as their first name or are skipped. */
  columnList(): string[] {
    if (!this.accept('(')) return [];
    const columns: string[] = [];
    for (const element of this.elements()) {
      const first = element[0];
      if (first && (first.kind === 'word' || first.kind === 'ident')) columns.push(normalizeIdent(first, this.dialect));
    }
    return columns;
  }
  /** Comma-separated elements up to the `)` closing the current parenthesis (consumed). */
  elements(): Token[][] {
    const elements: Token[][] = [[]];
    let depth = 0;
    while (!this.done) {
      const t = this.next()!;
      if (t.kind === 'punct' && t.text === '(') depth++;
      else if (t.kind === 'punct' && t.text === ')') {
        if (depth === 0) break;
        depth--;
      } else if (t.kind === 'punct' && t.text === ',' && depth === 0) {
        elements.push([]);
        continue;
      }
      elements[elements.length - 1]!.push(t);
    }
    return elements.filter((e) => e.length > 0);
  }
  /** Skips to after the next top-level comma (the next ALTER TABLE action), or to the end. */
  skipAction(): void {
    let depth = 0;
    while (!this.done) {
      const t = this.next()!;
      if (t.kind === 'punct' && t.text === '(') depth++;
      else if (t.kind === 'punct' && t.text === ')') depth--;
      else if (t.kind === 'punct' && t.text === ',' && depth === 0) return;
    }
  }
}

/** PostgreSQL folds unquoted names to lower case and truncates every name to 63 bytes. */
function normalizeIdent(token: Token, dialect: Dialect): string {
  const raw = token.kind === 'word' && dialect === 'postgres' ? token.text.toLowerCase() : token.text;
  return dialect === 'postgres' ? truncateIdentifier(raw) : raw;
}

/** NAMEDATALEN - 1 = 63 bytes, cut on a character boundary as PostgreSQL does. */
export function truncateIdentifier(name: string): string {
  if (Buffer.byteLength(name) <= 63) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > 63) break;
    out += ch;
  }
  return out;
}

// ---- replaying the migrations ---------------------------------------------------------------

// A table element that starts with one of these words is a constraint or an index, not a
// column: they are reserved words (a column so named must be quoted), except MySQL's index
// words, which PostgreSQL allows as column names, and EXCLUDE, which needs USING or `(` after it.
const CONSTRAINT_WORDS = new Set(['constraint', 'primary', 'unique', 'foreign', 'check']);
const MYSQL_INDEX_WORDS = new Set(['index', 'key', 'fulltext', 'spatial']);

function startsConstraint(element: Token[], dialect: Dialect): boolean {
  const [first, second] = element;
  if (first?.kind !== 'word') return false;
  const word = first.text.toLowerCase();
  if (CONSTRAINT_WORDS.has(word)) return true;
  if (dialect === 'mysql' && MYSQL_INDEX_WORDS.has(word)) return true;
  return dialect === 'postgres' && word === 'exclude' && (second?.text === '(' || second?.text.toLowerCase() === 'using');
}

class SchemaReplay {
  readonly tables = new Map<string, TableRecord>();
  constructor(readonly dialect: Dialect) {}

  statement(tokens: Token[], file: string): void {
    const r = new Reader(tokens, this.dialect);
    const at = (t: Token | undefined): Location => ({ file, line: t?.line ?? tokens[0]!.line });
    const first = r.peek();
    if (r.accept('create')) {
      r.accept('or', 'replace');
      while (['temporary', 'temp', 'unlogged', 'global', 'local'].some((w) => r.isWord(w))) r.next();
      if (r.accept('table')) return this.#createTable(r, at(first), at);
      const unique = r.accept('unique');
      if (!unique) r.accept('fulltext') || r.accept('spatial');
      if (r.accept('index')) return this.#createIndex(r, unique, at(first));
      return;
    }
    if (r.accept('alter', 'table')) return this.#alterTable(r, at);
    if (r.accept('drop', 'table')) {
      r.accept('if', 'exists');
      do {
        const name = r.qualifiedName();
        if (name !== undefined) this.tables.delete(name);
      } while (r.accept(','));
      return;
    }
    if (r.accept('drop', 'index')) {
      r.accept('concurrently');
      r.accept('if', 'exists');
      const names: string[] = [];
      do {
        const name = r.qualifiedName();
        if (name !== undefined) names.push(name.split('.').pop()!);
      } while (r.accept(','));
      const table = r.accept('on') ? r.qualifiedName() : undefined; // MySQL: DROP INDEX i ON t
      for (const [key, record] of this.tables) {
        if (table !== undefined && key !== table) continue;
        record.constraints = record.constraints.filter((c) => !(c.kind === 'index' && c.name !== undefined && names.includes(c.name)));
      }
      return;
    }
    if (r.accept('alter', 'index')) {
      r.accept('if', 'exists');
      const name = r.qualifiedName()?.split('.').pop();
      if (name !== undefined && r.accept('rename', 'to')) this.#renameConstraint(undefined, name, r.name());
      return;
    }
    if (r.accept('rename', 'table')) {
      // MySQL: RENAME TABLE a TO b, c TO d
      do {
        const from = r.qualifiedName();
        r.accept('to');
        const to = r.qualifiedName();
        if (from !== undefined && to !== undefined) this.#renameTable(from, to);
      } while (r.accept(','));
    }
  }

  #createTable(r: Reader, location: Location, at: (t: Token | undefined) => Location): void {
    r.accept('if', 'not', 'exists');
    const name = r.qualifiedName();
    if (name === undefined) return;
    const table: TableRecord = { location, columns: new Map(), constraints: [] };
    this.tables.set(name, table);
    // CREATE TABLE … PARTITION OF parent (…) or AS SELECT: no column list of its own to read.
    while (!r.done && !(r.peek()?.kind === 'punct' && r.peek()?.text === '(')) {
      if (r.isWord('as') || r.isWord('like') || r.isWord('select')) return;
      r.next();
    }
    if (!r.accept('(')) return;
    for (const element of r.elements()) this.#tableElement(table, element, at);
  }

  /** One element of CREATE TABLE's list, or one ALTER TABLE ADD: a column or a constraint. */
  #tableElement(table: TableRecord, element: Token[], at: (t: Token | undefined) => Location): void {
    const r = new Reader(element, this.dialect);
    const first = element[0]!;
    if (startsConstraint(element, this.dialect)) {
      this.#constraint(table, r, at(first), []);
      return;
    }
    if (r.isWord('like')) return;
    const column = r.name();
    if (column === undefined) return;
    table.columns.set(column, at(first));
    // Inline constraints follow the type: scan for their keywords at depth 0.
    let depth = 0;
    while (!r.done) {
      const t = r.peek()!;
      if (t.kind === 'punct' && t.text === '(') depth++;
      if (t.kind === 'punct' && t.text === ')') depth--;
      if (depth === 0 && t.kind === 'word' && ['constraint', 'primary', 'unique', 'references', 'check'].includes(t.text.toLowerCase())) {
        this.#constraint(table, r, at(first), [column]);
        continue;
      }
      r.next();
    }
  }

  /**
   * A constraint (table-level when `columns` is empty, else inline on that column), read from
   * its first keyword up to the next constraint keyword or the end.
   */
  #constraint(table: TableRecord, r: Reader, location: Location, columns: string[]): void {
    let name: string | undefined;
    if (r.accept('constraint')) name = r.name();
    const add = (kind: ConstraintKind, cols: string[], extra: Partial<ConstraintRecord> = {}) => {
      if (kind === 'primary') delete table.primaryKeyDropped;
      table.constraints.push({ name, kind, columns: cols, location, ...extra });
    };
    const indexName = () => (r.peek()?.kind === 'punct' ? undefined : r.isWord('using') ? undefined : r.name());
    if (r.accept('primary', 'key')) return add('primary', columns.length ? columns : r.columnList());
    if (r.accept('unique')) {
      if (!r.accept('key')) r.accept('index');
      if (columns.length) return add('unique', columns);
      const ownName = indexName();
      if (ownName !== undefined) name = ownName; // MySQL UNIQUE KEY name (cols)
      return add('unique', r.columnList());
    }
    if (r.accept('foreign', 'key')) {
      if (r.peek()?.kind !== 'punct') r.name(); // MySQL FOREIGN KEY index_name (cols)
      return add('foreign', r.columnList());
    }
    if (r.accept('references')) return add('foreign', columns);
    if (r.accept('check')) {
      const open = r.peek();
      r.accept('(');
      const tokens = open ? r.elements().flat() : [];
      return add('check', columns, { expression: tokens.map((t) => t.text).join(' ') });
    }
    if (r.accept('exclude')) return add('exclude', []);
    if (r.isWord('index') || r.isWord('key') || r.isWord('fulltext') || r.isWord('spatial')) {
      r.next();
      r.accept('index') || r.accept('key');
      name = indexName();
      return add('index', r.columnList());
    }
    r.next(); // not a constraint after all (e.g. a column named check in MySQL); move on
  }

  #createIndex(r: Reader, unique: boolean, location: Location): void {
    r.accept('concurrently');
    r.accept('if', 'not', 'exists');
    const name = r.isWord('on') ? undefined : r.qualifiedName()?.split('.').pop();
    if (!r.accept('on')) return;
    r.accept('only');
    const tableName = r.qualifiedName();
    const table = tableName === undefined ? undefined : this.tables.get(tableName);
    if (!table) return;
    if (r.accept('using')) r.next();
    table.constraints.push({ name, kind: unique ? 'unique' : 'index', columns: r.columnList(), location });
  }

  #alterTable(r: Reader, at: (t: Token | undefined) => Location): void {
    r.accept('if', 'exists');
    r.accept('only');
    let name = r.qualifiedName();
    if (name === undefined) return;
    while (!r.done) {
      const table = this.tables.get(name);
      const start = r.peek();
      if (r.accept('add')) {
        r.accept('column');
        r.accept('if', 'not', 'exists');
        const element: Token[] = [];
        let depth = 0;
        while (!r.done) {
          const t = r.peek()!;
          if (t.kind === 'punct' && t.text === ',' && depth === 0) break;
          if (t.kind === 'punct' && t.text === '(') depth++;
          if (t.kind === 'punct' && t.text === ')') depth--;
          element.push(r.next()!);
        }
        if (table && element.length > 0) this.#tableElement(table, element, at);
        r.accept(',');
      } else if (r.accept('drop')) {
        this.#drop(table, r, at(start));
      } else if (r.accept('rename')) {
        if (r.accept('to') || r.accept('as')) {
          const to = r.qualifiedName();
          if (to !== undefined) (this.#renameTable(name, to), (name = to));
        } else if (r.accept('constraint') || r.accept('index') || r.accept('key')) {
          const from = r.name();
          r.accept('to');
          if (from !== undefined) this.#renameConstraint(table, from, r.name());
        } else {
          r.accept('column');
          const from = r.name();
          r.accept('to');
          const to = r.name();
          if (table && from !== undefined && to !== undefined) this.#renameColumn(table, from, to, at(start));
        }
        r.skipAction();
      } else if (r.accept('change')) {
        // MySQL CHANGE [COLUMN] old new definition: a rename plus a new definition.
        r.accept('column');
        const from = r.name();
        const to = r.peek();
        if (table && from !== undefined && to) {
          const rest: Token[] = [];
          while (!r.done && !(r.peek()!.kind === 'punct' && r.peek()!.text === ',')) rest.push(r.next()!);
          this.#renameColumn(table, from, normalizeIdent(to, this.dialect), at(start));
          this.#tableElement(table, rest, at);
        }
        r.skipAction();
      } else if (r.accept('modify') || r.accept('alter')) {
        // MySQL MODIFY col def / PostgreSQL ALTER COLUMN col [SET DATA] TYPE …: the column's type changed here.
        const modify = start?.text.toLowerCase() === 'modify';
        r.accept('column');
        const column = r.name();
        const retyped = modify || r.isWord('type') || (r.isWord('set') && r.isWord('data', 1));
        if (table && column !== undefined && retyped && table.columns.has(column)) table.columns.set(column, at(start));
        r.skipAction();
      } else {
        r.skipAction();
      }
    }
  }

  #drop(table: TableRecord | undefined, r: Reader, location: Location): void {
    if (!table) return r.skipAction();
    const dropPrimary = () => {
      if (table.constraints.some((c) => c.kind === 'primary')) table.primaryKeyDropped = location;
      table.constraints = table.constraints.filter((c) => c.kind !== 'primary');
    };
    if (r.accept('primary', 'key')) dropPrimary();
    else if (r.accept('constraint') || r.accept('foreign', 'key') || r.accept('index') || r.accept('key') || r.accept('check')) {
      r.accept('if', 'exists');
      const name = r.name();
      const dropped = table.constraints.filter((c) => c.name === name || (c.kind === 'primary' && name !== undefined && /_pkey$|^primary$/i.test(name)));
      if (dropped.some((c) => c.kind === 'primary')) dropPrimary();
      table.constraints = table.constraints.filter((c) => !dropped.includes(c));
    } else {
      r.accept('column');
      r.accept('if', 'exists');
      const column = r.name();
      if (column !== undefined) {
        table.columns.delete(column);
        // Dropping a key column drops the constraints on it, the primary key too.
        if (table.constraints.some((c) => c.kind === 'primary' && c.columns.includes(column))) dropPrimary();
        table.constraints = table.constraints.filter((c) => !c.columns.includes(column));
      }
    }
    r.skipAction();
  }

  #renameTable(from: string, to: string): void {
    const record = this.tables.get(from);
    if (!record) return;
    this.tables.delete(from);
    this.tables.set(to, record);
  }

  #renameColumn(table: TableRecord, from: string, to: string, location: Location): void {
    const where = table.columns.get(from);
    table.columns.delete(from);
    table.columns.set(to, where ?? location);
    for (const c of table.constraints) c.columns = c.columns.map((col) => (col === from ? to : col));
  }

  #renameConstraint(table: TableRecord | undefined, from: string, to: string | undefined): void {
    for (const record of table ? [table] : this.tables.values()) {
      for (const c of record.constraints) if (c.name === from) c.name = to;
    }
  }
}

/** Replays every migration's DDL in order; the locator answers from the final state. */
export function buildLocator(files: MigrationFile[], dialect: Dialect): SchemaLocator {
  const replay = new SchemaReplay(dialect);
  for (const migration of files) {
    const file = relative(migration.file);
    for (const statement of splitStatements(migration.sql, dialect)) {
      const tokens = tokenize(statement.sql, dialect, statement.line);
      if (tokens.length > 0) replay.statement(tokens, file);
    }
  }
  const find = (name: string): TableRecord | undefined => {
    const exact = replay.tables.get(name);
    if (exact) return exact;
    // Introspection may qualify where the migration relied on search_path, or differ in case (MySQL).
    const last = name.split('.').pop()!.toLowerCase();
    const matches = [...replay.tables].filter(([key]) => key.split('.').pop()!.toLowerCase() === last);
    return matches.length === 1 ? matches[0]![1] : undefined;
  };
  const sameName = (written: string | undefined, actual: string) =>
    written !== undefined && (written === actual || written.toLowerCase() === actual.toLowerCase() || (actual.length >= 60 && written.startsWith(actual)));
  const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, k) => c.toLowerCase() === b[k]!.toLowerCase());
  return {
    table: (name) => find(name)?.location,
    missingPrimaryKey: (name) => {
      const table = find(name);
      return table?.primaryKeyDropped ?? table?.location;
    },
    column: (table, column) => {
      const record = find(table);
      return record?.columns.get(column) ?? [...(record?.columns ?? [])].find(([c]) => c.toLowerCase() === column.toLowerCase())?.[1] ?? record?.location;
    },
    constraint: (table, kind, name, columns) => {
      const record = find(table);
      if (!record) return undefined;
      const live = [...record.constraints].reverse();
      const compatible = (c: ConstraintRecord) => c.kind === kind || (kind === 'index' && c.kind === 'unique') || (kind === 'unique' && c.kind === 'index');
      return (
        live.find((c) => sameName(c.name, name))?.location ??
        live.find((c) => compatible(c) && sameColumns(c.columns, columns))?.location ??
        record.location
      );
    },
    declared: (table, kind) =>
      (find(table)?.constraints ?? [])
        .filter((c) => c.kind === kind)
        .map((c) => ({ name: c.name, columns: c.columns, expression: c.expression ?? '', location: c.location })),
  };
}
