// What the load loop needs of a connection: send an operation, hear when it is done, in order.
// Callbacks rather than promises: the loop runs hundreds of thousands of operations and a
// promise per operation is an allocation and a microtask each.
import type { ServerInfo } from '../../engines/engine.js';
import type { SeededRandom } from './schedule.js';
import type { ParamSource } from './parameters.js';

/** A declared query as the load phase runs it: the dialect's SQL and where each value comes from. */
export interface LoadStatement {
  name: string;
  sql: string;
  params: readonly ParamSource[];
}

/** The driver's own error (SQLSTATE or MySQL errno inside); Engine.describeError classifies it. */
export type OperationError = unknown;

export interface LoadConnection {
  /**
   * Sends statement number `statement` with values drawn by `random`. `onDone` fires once per
   * send, in send order; more than one send may be in flight (pipelining) up to `depth`.
   */
  send(statement: number, random: SeededRandom): void;
  /** Set by the loop; `error` is undefined when the operation succeeded. */
  onDone: (error: OperationError | undefined) => void;
  /** Operations this connection can have in flight at once. */
  readonly depth: number;
  /** True once the connection is gone: the loop sends nothing more on it. */
  readonly lost: boolean;
  /**
   * The server stopped answering: drop the connection now. Every operation in flight fails
   * with a connection error carrying `reason`, through onDone as usual.
   */
  abort(reason: string): void;
  /** Closes the connection; the loop calls it only when nothing is in flight. */
  close(): Promise<void>;
}

export interface ConnectionOptions {
  /** The statement timeout of every operation (gate.statement-timeout). */
  timeoutMs: number;
  /** Operations in flight at once on the connection (1: wait for each reply, as pgbench does). */
  depth: number;
  server: ServerInfo['name'];
}

/** Opens one connection with every statement prepared. */
export type OpenConnection = (url: string, statements: readonly LoadStatement[], options: ConnectionOptions) => Promise<LoadConnection>;
