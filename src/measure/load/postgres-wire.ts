// A PostgreSQL connection for the load loop that speaks the extended query protocol itself.
// `pg` opens and authenticates it (TLS, SCRAM); then the loop writes Bind/Execute/Sync for
// statements prepared once, into a reused buffer, and only scans replies for ReadyForQuery and
// ErrorResponse, read into one buffer the socket keeps (ReusedBufferSocket). pg's Client builds a
// Query object and parses every row per call: a Pool loop reached 41 % of pgbench on this
// machine, this loop about 88 % on two threads sharing the server's two cores and 100 % on a
// core of its own (bench/load.ts, README).
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import type { LoadConnection, LoadStatement, OperationError, OpenConnection } from './connection.js';
import type { ParamSource } from './parameters.js';
import { ReusedBufferSocket } from './reused-buffer-socket.js';
import type { SeededRandom } from './schedule.js';

const READY_FOR_QUERY = 0x5a; // 'Z'
const ERROR_RESPONSE = 0x45; // 'E'
/** Execute (unnamed portal, all rows) then Sync. */
const EXECUTE_SYNC = Buffer.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0x53, 0, 0, 0, 4]);
/** Longest text of an integer drawn from a range (−2^53 has 17 characters). */
const INTEGER_TEXT = 17;

/** Statement i as bytes: its Bind header (name, parameter count) and its values as text. */
interface EncodedStatement {
  /** 'B', length to fill in, unnamed portal, statement name, no format codes, parameter count. */
  head: Buffer;
  /** Parse of the unnamed statement when preparing failed: the server reports the error per operation. */
  reparse?: Buffer;
  params: readonly EncodedParam[];
  /** The most bytes one operation of this statement writes. */
  maxBytes: number;
}

type EncodedParam =
  | { kind: 'fixed'; values: readonly (Buffer | null)[] }
  | { kind: 'range'; low: number; span: number };

export const openPostgresConnection: OpenConnection = async (url, statements, options) => {
  // statement_timeout as a startup parameter: a runaway statement cannot outlive the phase.
  const client = new pg.Client({
    connectionString: url,
    statement_timeout: options.timeoutMs,
    // A server that accepts the connection and then says nothing must not hold the phase.
    connectionTimeoutMillis: options.timeoutMs,
    // A TLS socket is wrapped by pg after the handshake starts: it keeps Node's own reads.
    stream: ((config: { ssl?: unknown }) => (config.ssl ? new Socket() : new ReusedBufferSocket())) as never,
  });
  client.on('error', () => {}); // a dropped socket is reported through the operations in flight
  await client.connect();
  const socket = (client as unknown as { connection: { stream: Duplex } }).connection.stream;
  // From here on the replies are ours: pg's parser would build a message object per row.
  socket.removeAllListeners('data');
  const connection = new PostgresWireConnection(socket, client, statements, options.depth);
  if (socket instanceof ReusedBufferSocket) socket.takeOver((bytes, length) => connection.receive(bytes, length));
  else socket.on('data', (chunk: Buffer) => connection.receive(chunk, chunk.length));
  await connection.prepare();
  return connection;
};

class PostgresWireConnection implements LoadConnection {
  onDone: (error: OperationError | undefined) => void = () => {};
  readonly depth: number;
  readonly #socket: Duplex;
  readonly #client: pg.Client;
  readonly #statements: readonly LoadStatement[];
  #encoded: EncodedStatement[];
  /**
   * Per statement, one write buffer per operation in flight (a slot is reused only after its
   * reply arrived), its fixed head already written.
   */
  #slots: Slot[][] = [];
  #nextSlot = 0;
  #inFlight = 0;
  #rest: Buffer | undefined;
  #error: { code: string; message: string } | undefined;
  #closed = false;
  #lostBecause = 'the connection to the server was lost';

  constructor(socket: Duplex, client: pg.Client, statements: readonly LoadStatement[], depth: number) {
    this.#socket = socket;
    this.#client = client;
    this.depth = depth;
    this.#statements = statements;
    this.#encoded = statements.map((s, i) => encodeStatement(`s${i}`, s.params));
    socket.on('close', () => this.#lost());
  }

  /** Parses every statement once under its own name; one that fails is re-sent unnamed with each operation. */
  async prepare(): Promise<void> {
    const failed = await new Promise<boolean[]>((resolve) => {
      const results: boolean[] = [];
      this.onDone = (error) => {
        results.push(error !== undefined);
        if (results.length === this.#statements.length) resolve(results);
      };
      for (const [i, { sql }] of this.#statements.entries()) {
        this.#inFlight++;
        this.#socket.write(Buffer.concat([parseMessage(`s${i}`, sql), EXECUTE_SYNC.subarray(10)]));
      }
      if (this.#statements.length === 0) resolve([]);
    });
    this.#encoded = this.#encoded.map((e, i) => {
      const { sql, params } = this.#statements[i]!;
      return failed[i] ? { ...encodeStatement('', params), reparse: parseMessage('', sql) } : e;
    });
    this.#slots = this.#encoded.map((e) => Array.from({ length: this.depth }, () => new Slot(e)));
    this.onDone = () => {};
  }

  send(statement: number, random: SeededRandom): void {
    const slot = this.#slots[statement]![this.#nextSlot]!;
    this.#nextSlot = this.#nextSlot + 1 === this.depth ? 0 : this.#nextSlot + 1;
    const buffer = slot.bytes;
    let at = slot.fixed;
    for (const param of this.#encoded[statement]!.params) at = writeParam(buffer, at, param, random);
    buffer[at++] = 0; // no result format codes: all columns as text
    buffer[at++] = 0;
    buffer.writeInt32BE(at - slot.bindStart - 1, slot.bindStart + 1);
    buffer.set(EXECUTE_SYNC, at);
    at += EXECUTE_SYNC.length;
    this.#inFlight++;
    this.#socket.write(slot.view(at));
  }

  /** Scans whole messages; only ErrorResponse and ReadyForQuery matter to the loop. */
  receive(chunk: Buffer, length: number): void {
    let data = chunk;
    if (this.#rest) {
      data = Buffer.concat([this.#rest, chunk.subarray(0, length)]);
      length = data.length;
      this.#rest = undefined;
    }
    let at = 0;
    while (length - at >= 5) {
      const end = at + 1 + data.readInt32BE(at + 1);
      if (end > length) break;
      const type = data[at];
      if (type === ERROR_RESPONSE) this.#error = errorFields(data, at + 5, end);
      else if (type === READY_FOR_QUERY) this.#complete();
      at = end;
    }
    // The chunk's memory is reused by the next read: a partial message is copied out.
    if (at < length) this.#rest = Buffer.from(data.subarray(at, length));
  }

  #complete(): void {
    const error = this.#error;
    this.#error = undefined;
    this.#inFlight--;
    this.onDone(error);
  }

  get lost(): boolean {
    return this.#closed;
  }

  abort(reason: string): void {
    this.#lostBecause = reason;
    this.#socket.destroy();
  }

  /** The server went away: every operation in flight fails, none is lost from the count. */
  #lost(): void {
    if (this.#closed) return;
    this.#closed = true;
    while (this.#inFlight > 0) {
      this.#error = { code: '08006', message: this.#lostBecause };
      this.#complete();
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#client.end();
  }
}

/** A write buffer with a statement's fixed bytes (a re-sent Parse, the Bind header) in place, and a view of it per length. */
class Slot {
  readonly bytes: Buffer;
  /** Where the Bind message starts, and how many bytes are fixed. */
  readonly bindStart: number;
  readonly fixed: number;
  readonly #views: (Buffer | undefined)[] = [];

  constructor(encoded: EncodedStatement) {
    this.bytes = Buffer.allocUnsafe(Math.max(64, encoded.maxBytes + (encoded.reparse?.length ?? 0)));
    this.bindStart = encoded.reparse ? encoded.reparse.copy(this.bytes, 0) : 0;
    this.fixed = this.bindStart + encoded.head.copy(this.bytes, this.bindStart);
  }

  /** The first `length` bytes; kept, as an operation's length takes few values. */
  view(length: number): Buffer {
    return (this.#views[length] ??= this.bytes.subarray(0, length));
  }
}

function encodeStatement(name: string, params: readonly ParamSource[]): EncodedStatement {
  const head = Buffer.concat([Buffer.from([0x42, 0, 0, 0, 0, 0]), Buffer.from(`${name}\0`), Buffer.from([0, 0]), int16(params.length)]);
  const encoded = params.map(encodeParam);
  const valueBytes = encoded.reduce((n, p) => n + 4 + (p.kind === 'range' ? INTEGER_TEXT : Math.max(0, ...p.values.map((v) => v?.length ?? 0))), 0);
  return { head, params: encoded, maxBytes: head.length + valueBytes + 2 + EXECUTE_SYNC.length };
}

/** Every value that can be bound, as text bytes, once: the loop copies, it never converts. */
function encodeParam(source: ParamSource): EncodedParam {
  if (source.kind === 'range') return { kind: 'range', low: source.low, span: source.high - source.low + 1 };
  const values = source.kind === 'literal' ? [source.value] : source.values;
  return { kind: 'fixed', values: values.map((v) => (v === null || v === undefined ? null : Buffer.from(asText(v)))) };
}

function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function writeParam(buffer: Buffer, at: number, param: EncodedParam, random: SeededRandom): number {
  if (param.kind === 'range') {
    const digitsStart = at + 4;
    const end = writeInteger(buffer, digitsStart, param.low + random.below(param.span));
    buffer.writeInt32BE(end - digitsStart, at);
    return end;
  }
  const value = param.values.length === 1 ? param.values[0]! : param.values[random.below(param.values.length)]!;
  if (value === null) {
    buffer.writeInt32BE(-1, at);
    return at + 4;
  }
  buffer.writeInt32BE(value.length, at);
  return at + 4 + value.copy(buffer, at + 4);
}

/** Writes an integer's decimal digits without making a string. */
function writeInteger(buffer: Buffer, at: number, value: number): number {
  if (value < 0) {
    buffer[at++] = 0x2d;
    value = -value;
  }
  let digits = 1;
  for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
  for (let i = at + digits - 1; i >= at; i--) {
    buffer[i] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
  return at + digits;
}

function parseMessage(name: string, sql: string): Buffer {
  const body = Buffer.concat([Buffer.from(`${name}\0${sql}\0`), int16(0)]);
  return Buffer.concat([Buffer.from([0x50]), int32(body.length + 4), body]);
}

/** SQLSTATE ('C') and message ('M') of an ErrorResponse: what describeError reads. */
function errorFields(data: Buffer, start: number, end: number): { code: string; message: string } {
  const fields: Record<string, string> = {};
  let at = start;
  while (at < end && data[at] !== 0) {
    const type = String.fromCharCode(data[at]!);
    const stop = data.indexOf(0, at + 1);
    fields[type] = data.toString('utf8', at + 1, stop);
    at = stop + 1;
  }
  return { code: fields.C ?? 'unknown', message: fields.M ?? 'unknown error' };
}

const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
