// A MySQL/MariaDB connection for the load loop that speaks the binary protocol itself. mysql2
// opens and authenticates it, sets the statement timeout and prepares each statement once; then
// the loop writes each operation's COM_STMT_EXECUTE into a reused buffer and only scans replies
// for their end and their error, reading into one reused buffer (ReusedBufferSocket). mysql2's
// execute() looks its statement up by SQL, builds packet objects and parses every row into an
// object per call. Over TLS mysql2 keeps the socket and execute() runs (mysql-connection.ts).
import { Socket } from 'node:net';
import mysql from 'mysql2';
import type { LoadConnection, LoadStatement, OpenConnection, OperationError } from './connection.js';
import { executeConnection } from './mysql-connection.js';
import { encodeParams, maxExecuteBytes, writeExecute, type EncodedParam, type ExecuteOptions, type ParameterHint } from './mysql-execute.js';
import { MysqlReplies, type PacketClass } from './mysql-replies.js';
import { ReusedBufferSocket } from './reused-buffer-socket.js';
import type { SeededRandom } from './schedule.js';

const COM_QUIT = Buffer.from([1, 0, 0, 0, 0x01]);
const COM_STMT_PREPARE = 0x16;
const CLIENT_DEPRECATE_EOF = 1 << 24;
const CLIENT_QUERY_ATTRIBUTES = 1 << 27;
/** A packet's largest payload; a longer one is split, which the execute writer does not do. */
const MAX_PAYLOAD = 0xffffff;

interface Mysql2Internals {
  stream: Socket;
  config: { clientFlags: number };
  serverCapabilityFlags: number;
  clientEncoding: string;
  _isMariaDB: boolean;
  packetParser: { onPacket: (packet: object) => void };
}

interface PreparedStatement {
  id: number;
  parameters?: readonly ParameterHint[];
}

/** Statement i as the loop sends it: its id, or its Prepare when the server refused it at prepare. */
interface WireStatement {
  id: number;
  /** COM_STMT_PREPARE of the SQL, re-sent before each execution until the server accepts it. */
  reprepare: Buffer | undefined;
  params: EncodedParam[];
  sql: string;
}

export const openMysqlConnection: OpenConnection = async (url, statements, options) => {
  const connection = mysql.createConnection({
    uri: url,
    supportBigNumbers: true,
    bigNumberStrings: true,
    // mysql2 connects a socket it makes itself only; a TLS one keeps mysql2's own reads.
    stream: ((opts: { config: { ssl?: unknown; host?: string; port?: number; socketPath?: string } }) => {
      const { ssl, host, port, socketPath } = opts.config;
      const socket = ssl ? new Socket() : new ReusedBufferSocket();
      if (socketPath) socket.connect(socketPath);
      else socket.connect(port ?? 3306, host ?? 'localhost');
      socket.setNoDelay(true);
      return socket;
    }) as never,
  });
  connection.on('error', () => {}); // a dropped connection is reported through the operation in flight
  const internals = connection as unknown as Mysql2Internals;
  // mysql2 names an error's errno (ER_DUP_ENTRY …) in Packet.asError; its Packet class is not
  // exported, so it is taken from the first packet of the handshake.
  let packetClass: PacketClass | undefined;
  const parser = internals.packetParser;
  const onPacket = parser.onPacket;
  parser.onPacket = (packet) => {
    packetClass ??= packet.constructor as PacketClass;
    onPacket(packet);
  };
  const run = (sql: string) => new Promise<void>((resolve, reject) => connection.query(sql, (error) => (error ? reject(error) : resolve())));
  const prepared: (PreparedStatement | undefined)[] = [];
  try {
    await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
    await run(options.server === 'mariadb' ? `SET SESSION max_statement_time = ${options.timeoutMs / 1000}` : `SET SESSION max_execution_time = ${options.timeoutMs}`);
    // Prepare up front, so the first measured operation does not pay for it; a statement the
    // server refuses is left to fail, and be counted, at each execution.
    for (const { sql } of statements) {
      prepared.push(await new Promise<PreparedStatement | undefined>((resolve) => connection.prepare(sql, (error, statement) => resolve(error ? undefined : (statement as unknown as PreparedStatement)))));
    }
  } catch (error) {
    connection.destroy();
    throw error;
  }
  parser.onPacket = onPacket;
  const socket = internals.stream;
  const flags = internals.config.clientFlags & internals.serverCapabilityFlags;
  const executeOptions: ExecuteOptions = { queryAttributes: (flags & CLIENT_QUERY_ATTRIBUTES) !== 0, mariadb: internals._isMariaDB };
  const wire = statements.map((s, i): WireStatement => ({
    id: prepared[i]?.id ?? 0,
    reprepare: prepared[i] ? undefined : prepareCommand(s.sql),
    params: encodeParams(s.params, prepared[i]?.parameters ?? [], executeOptions),
    sql: s.sql,
  }));
  const maxBytes = Math.max(64, ...wire.map((w) => maxExecuteBytes(w.params, executeOptions)));
  if (!(socket instanceof ReusedBufferSocket) || !packetClass || maxBytes - 4 >= MAX_PAYLOAD) return executeConnection(connection, statements);
  // From here on the socket is ours: mysql2 would parse every row into an object.
  socket.removeAllListeners('data');
  // Several executes in flight (pipeline) when every statement is prepared: a re-sent Prepare needs its reply before its execute.
  const depth = wire.every((w) => !w.reprepare) ? options.depth : 1;
  const replies = new MysqlReplies({ deprecateEof: (flags & CLIENT_DEPRECATE_EOF) !== 0, packetClass, encoding: internals.clientEncoding, depth });
  const loadConnection = new MysqlWireConnection(socket, replies, wire, executeOptions, maxBytes, depth);
  socket.takeOver((bytes, length) => replies.receive(bytes, length));
  return loadConnection;
};

class MysqlWireConnection implements LoadConnection {
  readonly depth: number;
  readonly #socket: Socket;
  readonly #replies: MysqlReplies;
  readonly #statements: WireStatement[];
  readonly #options: ExecuteOptions;
  /** One write buffer per operation in flight: a slot is reused only after its reply arrived. */
  readonly #slots: Buffer[];
  #nextSlot = 0;
  /** With a re-sent Prepare (depth 1): the statement in flight, and its execute's length in slot 0. */
  #current = 0;
  #length = 0;
  #closed = false;
  #closing: Promise<void> | undefined;
  #lostBecause = 'Connection lost: The server closed the connection.';

  constructor(socket: Socket, replies: MysqlReplies, statements: WireStatement[], options: ExecuteOptions, maxBytes: number, depth: number) {
    this.depth = depth;
    this.#socket = socket;
    this.#replies = replies;
    this.#statements = statements;
    this.#options = options;
    this.#slots = Array.from({ length: depth }, () => Buffer.allocUnsafe(maxBytes));
    replies.onPrepared = (id) => this.#prepared(id);
    socket.on('close', () => this.#lost());
  }

  set onDone(done: (error: OperationError | undefined) => void) {
    this.#replies.onDone = done;
  }

  get onDone(): (error: OperationError | undefined) => void {
    return this.#replies.onDone;
  }

  // The loop sends nothing on a lost connection (see `lost`).
  send(statement: number, random: SeededRandom): void {
    const wire = this.#statements[statement]!;
    const buffer = this.#slots[this.#nextSlot]!;
    this.#nextSlot = (this.#nextSlot + 1) % this.#slots.length;
    const length = writeExecute(buffer, wire.id, wire.params, random, this.#options);
    if (wire.reprepare) {
      this.#current = statement;
      this.#length = length;
      this.#replies.expectPrepare(wire.sql);
      this.#socket.write(wire.reprepare);
    } else {
      this.#replies.expect(wire.sql);
      this.#socket.write(buffer.subarray(0, length));
    }
  }

  /** A statement refused before was accepted by the server this time: execute it, and keep its id. */
  #prepared(id: number): void {
    const wire = this.#statements[this.#current]!;
    wire.id = id;
    wire.reprepare = undefined;
    const buffer = this.#slots[0]!;
    buffer.writeUInt32LE(id, 5);
    this.#socket.write(buffer.subarray(0, this.#length));
  }

  get lost(): boolean {
    return this.#closed;
  }

  abort(reason: string): void {
    this.#lostBecause = reason;
    this.#socket.destroy();
  }

  /** The server went away (or abort dropped it): every operation in flight fails as mysql2 reports it, and is counted. */
  #lost(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#replies.lost(Object.assign(new Error(this.#lostBecause), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }));
  }

  /** COM_QUIT, so the server ends the session, then the socket's close. */
  close(): Promise<void> {
    if (this.#closing) return this.#closing;
    this.#closing = new Promise<void>((resolve) => {
      if (this.#closed || this.#socket.destroyed) return resolve();
      this.#closed = true;
      this.#socket.once('close', () => resolve());
      this.#socket.end(COM_QUIT);
    });
    return this.#closing;
  }
}

function prepareCommand(sql: string): Buffer {
  const text = Buffer.from(sql);
  const packet = Buffer.allocUnsafe(5 + text.length);
  packet.writeUIntLE(1 + text.length, 0, 3);
  packet[3] = 0;
  packet[4] = COM_STMT_PREPARE;
  text.copy(packet, 5);
  return packet;
}
