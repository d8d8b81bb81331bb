// Replies of the MySQL/MariaDB wire connection (mysql-wire.ts), read only as far as the loop
// needs: where each command's reply ends and whether it is an error. A reply is an OK packet,
// an ERR packet, or a result set (column count, column definitions, EOF, binary rows, EOF or
// OK), more than one when the server says more results follow. A row or column definition is
// skipped on its header, even across reads, without being copied; an OK, ERR or EOF packet cut
// between reads is copied whole, since the read buffer is reused.
import type { OperationError } from './connection.js';

/** mysql2's Packet: its asError names the errno (ER_DUP_ENTRY …) as mysql2's execute() does. */
export type PacketClass = new (id: number, buffer: Buffer, start: number, end: number) => { asError(encoding: string): Error };

const OK = 0x00;
const EOF = 0xfe;
const ERR = 0xff;
const MAX_PAYLOAD = 0xffffff;
const SERVER_MORE_RESULTS_EXISTS = 0x0008;

const enum State {
  /** The first packet of a reply: OK, ERR or a result set's column count. */
  Header,
  Columns,
  ColumnsEof,
  Rows,
  /** A COM_STMT_PREPARE reply: STMT_PREPARE_OK or ERR. */
  Prepare,
  /** Parameter and column definitions (and their EOFs) after STMT_PREPARE_OK. */
  PrepareDefinitions,
}

export interface RepliesOptions {
  /** CLIENT_DEPRECATE_EOF negotiated: no EOF after column definitions, an OK packet (0xFE) ends the rows. */
  deprecateEof: boolean;
  packetClass: PacketClass;
  encoding: string;
  /** Commands in flight at most (pipeline); their replies come back in order. */
  depth: number;
}

export class MysqlReplies {
  onDone: (error: OperationError | undefined) => void = () => {};
  /** A re-sent Prepare succeeded with this statement id; the execute is sent next. */
  onPrepared: (id: number) => void = () => {};
  readonly #options: RepliesOptions;
  #state = State.Header;
  /** Definitions left to skip. */
  #left = 0;
  #inFlight = 0;
  /** The SQL of each command in flight, oldest at #head: an error names its statement, as mysql2's do. */
  readonly #sql: string[];
  #head = 0;
  /** Bytes of a row or definition still to come in later reads. */
  #skip = 0;
  /** The packet before had the largest payload: the next one continues it. */
  #continued = false;
  #rest: Buffer | undefined;
  /** The id of a Prepare whose definitions are being passed. */
  #preparedId = 0;

  constructor(options: RepliesOptions) {
    this.#options = options;
    this.#sql = Array.from({ length: options.depth }, () => '');
  }

  /** The loop sent an execute; its reply follows those of the commands in flight. */
  expect(sql: string): void {
    this.#sql[(this.#head + this.#inFlight) % this.#sql.length] = sql;
    this.#inFlight++;
  }

  /** The loop sent a Prepare of a statement refused before, alone in flight (depth 1); its execute follows when it succeeds. */
  expectPrepare(sql: string): void {
    this.expect(sql);
    this.#state = State.Prepare;
  }

  receive(chunk: Buffer, length: number): void {
    let data = chunk;
    let at = 0;
    if (this.#skip > 0) {
      at = Math.min(this.#skip, length);
      this.#skip -= at;
    } else if (this.#rest) {
      data = Buffer.concat([this.#rest, chunk.subarray(0, length)]);
      length = data.length;
      this.#rest = undefined;
    }
    while (length - at >= 4) {
      const size = data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16);
      const end = at + 4 + size;
      if (size > 0 && at + 4 >= length) break; // the header only: wait for the first byte
      const first = data[at + 4]!;
      const continuation = this.#continued;
      this.#continued = size === MAX_PAYLOAD;
      if (end > length) {
        if (continuation || this.#skippable(first)) {
          if (!continuation) this.#packet(data, at, size, first);
          this.#skip = end - length;
          return;
        }
        this.#continued = continuation;
        break;
      }
      if (!continuation && size > 0) this.#packet(data, at, size, first);
      at = end;
    }
    // The chunk's memory is reused by the next read: a partial packet is copied out.
    if (at < length) this.#rest = Buffer.from(data.subarray(at, length));
  }

  /** A row or a definition: nothing in it is read, so it can be passed over on its header. */
  #skippable(first: number): boolean {
    const state = this.#state;
    return state === State.Columns || state === State.PrepareDefinitions || (state === State.Rows && first !== EOF && first !== ERR);
  }

  /** One packet (`at`: its header) of the reply in flight. */
  #packet(data: Buffer, at: number, size: number, first: number): void {
    switch (this.#state) {
      case State.Header:
        if (first === ERR) return this.#complete(this.#error(data, at, size));
        if (first === OK) {
          if (!(this.#okStatus(data, at + 5) & SERVER_MORE_RESULTS_EXISTS)) this.#complete(undefined);
          return;
        }
        this.#left = lengthEncoded(data, at + 4);
        this.#state = State.Columns;
        return;
      case State.Columns:
        if (--this.#left === 0) this.#state = this.#options.deprecateEof ? State.Rows : State.ColumnsEof;
        return;
      case State.ColumnsEof:
        if (first === ERR) return this.#complete(this.#error(data, at, size));
        this.#state = State.Rows;
        return;
      case State.Rows: {
        if (first === ERR) return this.#complete(this.#error(data, at, size));
        if (first !== EOF) return; // a binary row
        const status = this.#options.deprecateEof ? this.#okStatus(data, at + 5) : data.readUInt16LE(at + 7);
        if (status & SERVER_MORE_RESULTS_EXISTS) this.#state = State.Header;
        else this.#complete(undefined);
        return;
      }
      case State.Prepare: {
        if (first === ERR) return this.#complete(this.#error(data, at, size));
        const id = data.readUInt32LE(at + 5);
        const columns = data.readUInt16LE(at + 9);
        const params = data.readUInt16LE(at + 11);
        const eofs = this.#options.deprecateEof ? 0 : (columns > 0 ? 1 : 0) + (params > 0 ? 1 : 0);
        this.#preparedId = id;
        this.#left = columns + params + eofs;
        if (this.#left === 0) this.#prepared(id);
        else this.#state = State.PrepareDefinitions;
        return;
      }
      case State.PrepareDefinitions:
        if (--this.#left === 0) this.#prepared(this.#preparedId);
        return;
    }
  }

  #prepared(id: number): void {
    this.#state = State.Header;
    this.onPrepared(id);
  }

  /** Status flags of an OK packet whose affected rows start at `at`. */
  #okStatus(data: Buffer, at: number): number {
    at = skipLengthEncoded(data, skipLengthEncoded(data, at));
    return data.readUInt16LE(at);
  }

  /** mysql2's own error for an ERR packet: errno, code (ER_DUP_ENTRY), sqlState, sqlMessage. */
  #error(data: Buffer, at: number, size: number): OperationError {
    const error = new this.#options.packetClass(0, data, at, at + 4 + size).asError(this.#options.encoding) as Error & { sql?: string };
    error.sql = this.#sql[this.#head]!;
    return error;
  }

  #complete(error: OperationError | undefined): void {
    this.#state = State.Header;
    this.#inFlight--;
    this.#head = (this.#head + 1) % this.#sql.length;
    this.onDone(error);
  }

  /** The connection was lost: the operation in flight fails as mysql2 reports it, and is counted. */
  lost(error: Error): void {
    this.#rest = undefined;
    this.#skip = 0;
    // Those in flight now; the loop sends nothing more on a lost connection.
    for (let n = this.#inFlight; n > 0; n--) this.#complete(error);
  }
}

function lengthEncoded(data: Buffer, at: number): number {
  const first = data[at]!;
  if (first < 0xfb) return first;
  if (first === 0xfc) return data.readUInt16LE(at + 1);
  if (first === 0xfd) return data.readUIntLE(at + 1, 3);
  return data.readUInt32LE(at + 1) + data.readUInt32LE(at + 5) * 4294967296;
}

function skipLengthEncoded(data: Buffer, at: number): number {
  const first = data[at]!;
  return at + (first < 0xfb ? 1 : first === 0xfc ? 3 : first === 0xfd ? 4 : 9);
}
