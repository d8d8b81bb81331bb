// pg_dump's inline data (`COPY t (a, b) FROM stdin;` followed by rows and `\.`) applied the
// way psql would, but through the Engine: the rows are read in COPY's text format and written
// with multi-row INSERTs whose text parameters are cast to each column's type, which runs the
// type's input function on them exactly as COPY does. (The cast is explicit because PGlite
// serializes parameters in JavaScript and would reject text for bytea.) Sending the COPY
// itself would wait forever for a stream no driver here provides.
import type { Engine } from '../engines/engine.js';
import type { CopyData } from './statements.js';
import { maskSql } from './statements.js';

export interface CopyCommand {
  /** The target as written, e.g. public.orders or "Order Lines". */
  table: string;
  /** The column names as the database knows them (quotes removed, the rest folded to lower case); undefined when the COPY lists none. */
  columns: string[] | undefined;
}

/** A COPY … FROM stdin Sluice can apply, or why not (one sentence, without file and line). */
export function readCopyCommand(sql: string): CopyCommand | { refusal: string } {
  const masked = maskSql(sql, 'postgres');
  const shape =
    /^copy\s+(?:only\s+)?(?<table>(?:"[^"]*"|[^\s("]+)+)\s*(?:\((?<columns>[^)]*)\)\s*)?from\s+stdin\b(?<options>[\s\S]*)$/di.exec(masked);
  if (!shape?.indices?.groups) {
    return { refusal: 'Sluice cannot read this COPY … FROM stdin statement; write it as pg_dump does, `COPY table (columns) FROM stdin;`' };
  }
  const original = (name: string) => {
    const at = shape.indices!.groups![name];
    return at ? sql.slice(at[0], at[1]) : undefined;
  };
  const options = original('options')!.trim();
  if (masked.slice(shape.indices.groups.options![0]).trim() !== '' && !/^(?:with\s*)?\(\s*format\s+'?text'?\s*\)$/i.test(options)) {
    return {
      refusal: `COPY … FROM stdin ${options.replace(/\s+/g, ' ')} is not supported; Sluice reads inline data only in the default text format (tab-separated, \\N for null), as pg_dump writes it`,
    };
  }
  const list = original('columns');
  let columns: string[] | undefined;
  if (list !== undefined) {
    let at = 0;
    columns = maskSql(list, 'postgres').split(',').map((masked) => {
      const name = list.slice(at, at + masked.length).trim();
      at += masked.length + 1;
      return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase();
    });
  }
  return { table: original('table')!, columns };
}

/** A data line that cannot be loaded; `line` is its line in the migration file. */
export class CopyDataError extends Error {
  override readonly name = 'CopyDataError';
  constructor(
    readonly line: number,
    /** The engine's error for the row, or undefined when the line itself is malformed. */
    readonly engineError: unknown,
    message = 'the row could not be inserted',
  ) {
    super(message);
  }
}

// Parameters per statement stay below the protocol's 65,535; batches keep round trips few.
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 1_000;

/**
 * Inserts the rows of one inline COPY. When a batch fails, its rows are tried one by one (under
 * a savepoint when a transaction is open) so the error names the data line that caused it.
 */
export async function insertCopyRows(engine: Engine, command: CopyCommand, data: CopyData, inTransaction: boolean): Promise<number> {
  const targets = await targetColumns(engine, command);
  const rows = data.lines.map((text, index) => ({ line: data.firstLine + index, fields: decodeCopyLine(text, data.firstLine + index) }));
  const width = targets.length;
  for (const row of rows) {
    if (row.fields.length !== width) {
      const problem = row.fields.length > width ? 'extra data after the last expected column' : `missing data for column ${row.fields.length + 1}`;
      throw new CopyDataError(row.line, undefined, `${problem}: the row has ${row.fields.length} tab-separated fields, the COPY expects ${width}`);
    }
  }
  const insert = (batch: (string | null)[][]) => insertRows(engine, command.table, targets, batch);
  const batchSize = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Math.max(width, 1))));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    if (inTransaction) await engine.exec('SAVEPOINT sluice_copy');
    try {
      await insert(batch.map((r) => r.fields));
    } catch (error) {
      if (batch.length === 1) throw new CopyDataError(batch[0]!.line, error);
      if (inTransaction) await engine.exec('ROLLBACK TO SAVEPOINT sluice_copy');
      for (const row of batch) {
        await insert([row.fields]).catch((rowError: unknown) => {
          throw new CopyDataError(row.line, rowError);
        });
      }
      // Every row went in on its own, so the batch failed for a reason no single row shows.
      throw new CopyDataError(batch[0]!.line, error);
    }
    if (inTransaction) await engine.exec('RELEASE SAVEPOINT sluice_copy');
  }
  return rows.length;
}

interface TargetColumn {
  name: string;
  /** The column's type without its modifier, so a value too long for varchar(n) fails as in COPY instead of being cut; undefined when the column is unknown (the INSERT then names the problem). */
  type: string | undefined;
}

/** The columns the COPY fills, with their types; without a column list, every column that is not generated, as COPY does. */
async function targetColumns(engine: Engine, command: CopyCommand): Promise<TargetColumn[]> {
  const rows = await engine.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
    [command.table],
  );
  return command.columns?.map((name) => ({ name, type: rows.find((r) => r.name === name)?.type })) ?? rows;
}

function insertRows(engine: Engine, table: string, targets: TargetColumn[], rows: (string | null)[][]): Promise<unknown> {
  let parameter = 0;
  const values = rows.map((fields) => `(${fields.map((_, i) => {
    const type = targets[i]!.type;
    return type ? `${engine.placeholder(++parameter)}::text::${type}` : engine.placeholder(++parameter);
  }).join(', ')})`).join(', ');
  const columns = targets.map((t) => engine.quoteIdent(t.name)).join(', ');
  // COPY writes identity columns declared GENERATED ALWAYS; an INSERT needs to be told it may.
  return engine.query(`INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${values}`, rows.flat());
}

const SIMPLE_ESCAPES: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One line of COPY's text format: fields split at tabs, `\N` is null, and backslash escapes
 * (\b \f \n \r \t \v, octal \NNN, hex \xHH, any other character stands for itself).
 */
export function decodeCopyLine(text: string, line: number): (string | null)[] {
  return text.split('\t').map((field) => {
    if (field === '\\N') return null;
    if (!field.includes('\\')) return field;
    // Octal and hex escapes are bytes, so the field is rebuilt as bytes and read as UTF-8.
    const bytes: number[] = [];
    const plain = (s: string) => bytes.push(...Buffer.from(s, 'utf8'));
    let i = 0;
    while (i < field.length) {
      const slash = field.indexOf('\\', i);
      if (slash < 0) {
        plain(field.slice(i));
        break;
      }
      plain(field.slice(i, slash));
      const point = field.codePointAt(slash + 1);
      if (point === undefined) throw new CopyDataError(line, undefined, 'the line ends in a lone backslash');
      const c = String.fromCodePoint(point);
      const octal = /^[0-7]{1,3}/.exec(field.slice(slash + 1))?.[0];
      const hex = c === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(field.slice(slash + 2))?.[0] : undefined;
      if (octal) {
        bytes.push(parseInt(octal, 8) & 0xff);
        i = slash + 1 + octal.length;
      } else if (hex) {
        bytes.push(parseInt(hex, 16));
        i = slash + 2 + hex.length;
      } else {
        if (c in SIMPLE_ESCAPES) bytes.push(SIMPLE_ESCAPES[c]!);
        else plain(c);
        i = slash + 1 + c.length;
      }
    }
    try {
      return strictUtf8.decode(new Uint8Array(bytes));
    } catch {
      throw new CopyDataError(line, undefined, 'an escaped field is not valid UTF-8');
    }
  });
}
