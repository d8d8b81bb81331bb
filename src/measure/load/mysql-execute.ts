// COM_STMT_EXECUTE packets for the MySQL/MariaDB wire connection (mysql-wire.ts), written per
// operation into a reused buffer. Every value a pool or literal can bind is encoded once, the
// way mysql2's execute() binds it (so results and errors match the mysql2 path): null as NULL,
// a number as DOUBLE (or as the integer type the server's parameter definition names), a
// boolean as TINY, a Date as DATETIME, a Buffer as BLOB, an object as JSON text, anything else
// as a length-encoded string. An integer from a range is written as LONGLONG, without a string.
import type { ParamSource } from './parameters.js';
import type { SeededRandom } from './schedule.js';

const COM_STMT_EXECUTE = 0x17;
/** Flag of COM_STMT_EXECUTE when CLIENT_QUERY_ATTRIBUTES is negotiated (MySQL 8): a parameter count follows. */
const PARAMETER_COUNT_AVAILABLE = 0x08;
const T = { DOUBLE: 0x05, TINY: 0x01, SHORT: 0x02, LONG: 0x03, LONGLONG: 0x08, DATETIME: 0x0c, JSON: 0xf5, BLOB: 0xfc, VAR_STRING: 0xfd, NULL: 0x06 };
/** mysql2 binds a safe integer as the parameter's own integer type when the server names one. */
const INTEGER_BYTES = new Map([[T.TINY, 1], [T.SHORT, 2], [T.LONG, 4], [T.LONGLONG, 8]]);
const UNSIGNED_FLAG = 32;

/** One bound value: its type byte, unsigned byte and bytes (null: NULL, in the bitmap). */
interface BoundValue {
  type: number;
  unsigned: number;
  bytes: Buffer | null;
}

export type EncodedParam = { kind: 'fixed'; values: readonly BoundValue[] } | { kind: 'range'; low: number; span: number };

/** What the server said of a parameter at prepare (mysql2's statement.parameters). */
export interface ParameterHint {
  columnType: number;
  flags: number;
}

export interface ExecuteOptions {
  /** CLIENT_QUERY_ATTRIBUTES negotiated: a parameter count and an empty name per parameter. */
  queryAttributes: boolean;
  /** MariaDB takes JSON as a string. */
  mariadb: boolean;
}

export function encodeParams(sources: readonly ParamSource[], hints: readonly (ParameterHint | undefined)[], options: ExecuteOptions): EncodedParam[] {
  return sources.map((source, i) => {
    if (source.kind === 'range') return { kind: 'range', low: source.low, span: source.high - source.low + 1 };
    const values = source.kind === 'literal' ? [source.value] : source.values;
    return { kind: 'fixed', values: values.map((v) => bind(v, hints[i], options)) };
  });
}

/** The most bytes one COM_STMT_EXECUTE of these parameters takes, header included. */
export function maxExecuteBytes(params: readonly EncodedParam[], options: ExecuteOptions): number {
  const values = params.reduce((n, p) => n + (p.kind === 'range' ? 8 : Math.max(0, ...p.values.map((v) => v.bytes?.length ?? 0))), 0);
  return 4 + 10 + 9 + (params.length >> 3) + 2 + params.length * 3 + values;
}

/** Writes the packet (header, sequence 0) for `statementId` at the start of `buffer`; returns its length. */
export function writeExecute(buffer: Buffer, statementId: number, params: readonly EncodedParam[], random: SeededRandom, options: ExecuteOptions): number {
  buffer[4] = COM_STMT_EXECUTE;
  buffer.writeUInt32LE(statementId, 5);
  buffer[9] = options.queryAttributes ? PARAMETER_COUNT_AVAILABLE : 0; // no cursor
  buffer.writeUInt32LE(1, 10); // iteration count
  let at = 14;
  if (options.queryAttributes) at = writeLength(buffer, at, params.length);
  const n = params.length;
  if (n > 0) {
    const bitmap = at;
    const bitmapBytes = (n + 7) >> 3;
    buffer.fill(0, bitmap, bitmap + bitmapBytes);
    at += bitmapBytes;
    buffer[at++] = 1; // new parameters bound: types follow
    let types = at;
    at += n * (options.queryAttributes ? 3 : 2);
    for (let i = 0; i < n; i++) {
      const param = params[i]!;
      if (param.kind === 'range') {
        buffer[types++] = T.LONGLONG;
        buffer[types++] = 0;
        at = writeInt64(buffer, at, param.low + random.below(param.span));
      } else {
        const value = param.values.length === 1 ? param.values[0]! : param.values[random.below(param.values.length)]!;
        buffer[types++] = value.type;
        buffer[types++] = value.unsigned;
        if (value.bytes === null) buffer[bitmap + (i >> 3)]! |= 1 << (i & 7);
        else at += value.bytes.copy(buffer, at);
      }
      if (options.queryAttributes) buffer[types++] = 0; // a bind parameter has no name
    }
  }
  buffer.writeUIntLE(at - 4, 0, 3);
  buffer[3] = 0;
  return at;
}

/** A safe integer as 8 bytes, two's complement, without a BigInt. */
function writeInt64(buffer: Buffer, at: number, value: number): number {
  buffer.writeUInt32LE(value >>> 0, at);
  buffer.writeInt32LE(Math.floor(value / 4294967296), at + 4);
  return at + 8;
}

function writeLength(buffer: Buffer, at: number, n: number): number {
  if (n < 251) {
    buffer[at] = n;
    return at + 1;
  }
  buffer[at] = 0xfc;
  buffer.writeUInt16LE(n, at + 1);
  return at + 3;
}

function lengthEncoded(bytes: Buffer): Buffer {
  const n = bytes.length;
  const head = n < 251 ? Buffer.from([n]) : n < 0x10000 ? Buffer.from([0xfc, n & 0xff, n >> 8]) : n < 0x1000000 ? Buffer.from([0xfd, n & 0xff, (n >> 8) & 0xff, n >> 16]) : lengthHead8(n);
  return Buffer.concat([head, bytes]);
}

function lengthHead8(n: number): Buffer {
  const head = Buffer.alloc(9);
  head[0] = 0xfe;
  writeInt64(head, 1, n);
  return head;
}

/** One value as mysql2's execute() binds it (packets/encode_parameter.js, integer hints). */
function bind(value: unknown, hint: ParameterHint | undefined, options: ExecuteOptions): BoundValue {
  if (value === null || value === undefined) return { type: T.NULL, unsigned: 0, bytes: null };
  const integerBytes = hint && INTEGER_BYTES.get(hint.columnType);
  if (integerBytes && (typeof value === 'number' || typeof value === 'boolean')) {
    const n = Number(value);
    const unsigned = (hint.flags & UNSIGNED_FLAG) !== 0;
    const bits = integerBytes * 8;
    const min = unsigned ? 0 : -(2 ** (bits - 1));
    const max = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
    if (Number.isSafeInteger(n) && n >= min && n <= max) {
      const bytes = Buffer.alloc(8);
      writeInt64(bytes, 0, n);
      return { type: hint.columnType, unsigned: unsigned ? 0x80 : 0, bytes: bytes.subarray(0, integerBytes) };
    }
  }
  switch (typeof value) {
    case 'number': {
      const bytes = Buffer.alloc(8);
      bytes.writeDoubleLE(value);
      return { type: T.DOUBLE, unsigned: 0, bytes };
    }
    case 'boolean':
      return { type: T.TINY, unsigned: 0, bytes: Buffer.from([value ? 1 : 0]) };
    case 'object': {
      if (value instanceof Date) return { type: T.DATETIME, unsigned: 0, bytes: dateTime(value) };
      if (Buffer.isBuffer(value)) return { type: T.BLOB, unsigned: 0, bytes: lengthEncoded(value) };
      const json = Array.isArray(value) || value.constructor === Object || typeof (value as { toJSON?: unknown }).toJSON === 'function';
      if (json) return { type: options.mariadb ? T.VAR_STRING : T.JSON, unsigned: 0, bytes: lengthEncoded(Buffer.from(JSON.stringify(value))) };
      return { type: T.VAR_STRING, unsigned: 0, bytes: lengthEncoded(Buffer.from(String(value))) };
    }
    default:
      return { type: T.VAR_STRING, unsigned: 0, bytes: lengthEncoded(Buffer.from(String(value))) };
  }
}

/** DATETIME in local time, as mysql2 writes it with its default timezone ('local'). */
function dateTime(d: Date): Buffer {
  const bytes = Buffer.alloc(12);
  bytes[0] = 11;
  bytes.writeUInt16LE(d.getFullYear(), 1);
  bytes[3] = d.getMonth() + 1;
  bytes[4] = d.getDate();
  bytes[5] = d.getHours();
  bytes[6] = d.getMinutes();
  bytes[7] = d.getSeconds();
  bytes.writeUInt32LE(d.getMilliseconds() * 1000, 8);
  return bytes;
}
