// Replays migrations' DDL in order into a map of live tables, columns, constraints and
// indexes, each with the line that made it (see index.ts).
import type { Dialect } from '../../engines/engine.js';
import type { Location } from '../../vocabulary.js';
import { normalizeIdent, Reader, type Token } from './tokens.js';
import type { ConstraintKind, ConstraintRecord, TableRecord } from './types.js';

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

export class SchemaReplay {
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
