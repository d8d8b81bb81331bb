// A MySQL/MariaDB connection for the load loop over TLS: mysql2's binary protocol
// (COM_STMT_EXECUTE) through execute(), on the statements mysql-wire.ts had it prepare once.
// mysql2 runs one command at a time per connection, so the depth is 1 whatever is asked.
import mysql, { type ExecuteValues } from 'mysql2';
import type { LoadConnection, LoadStatement, OperationError } from './connection.js';
import type { ParamSource } from './parameters.js';
import type { SeededRandom } from './schedule.js';

/** mysql2's execute() per operation on a connection mysql2 opened and prepared (TLS, see mysql-wire.ts). */
export function executeConnection(connection: mysql.Connection, statements: readonly LoadStatement[]): LoadConnection {
  return new MysqlLoadConnection(connection, statements);
}

class MysqlLoadConnection implements LoadConnection {
  onDone: (error: OperationError | undefined) => void = () => {};
  readonly depth = 1;
  readonly #connection: mysql.Connection;
  readonly #statements: readonly LoadStatement[];
  /** One values array per statement, refilled per operation: mysql2 reads it when it sends. */
  readonly #values: ExecuteValues[][];
  #inFlight = false;
  #lost = false;
  readonly #done = (error: unknown) => {
    if (!this.#inFlight) return; // already failed by abort
    this.#inFlight = false;
    if (error && (error as { fatal?: boolean }).fatal) this.#lost = true;
    this.onDone(error ?? undefined);
  };

  constructor(connection: mysql.Connection, statements: readonly LoadStatement[]) {
    this.#connection = connection;
    this.#statements = statements;
    this.#values = statements.map((s) => s.params.map(() => null));
  }

  send(statement: number, random: SeededRandom): void {
    const { sql, params } = this.#statements[statement]!;
    const values = this.#values[statement]!;
    for (let i = 0; i < params.length; i++) values[i] = draw(params[i]!, random);
    this.#inFlight = true;
    this.#connection.execute(sql, values, this.#done);
  }

  get lost(): boolean {
    return this.#lost;
  }

  abort(reason: string): void {
    this.#lost = true;
    this.#connection.destroy();
    if (!this.#inFlight) return;
    this.#inFlight = false;
    this.onDone(Object.assign(new Error(reason), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }));
  }

  async close(): Promise<void> {
    if (this.#lost) return void this.#connection.destroy();
    await new Promise<void>((resolve) => this.#connection.end(() => resolve()));
  }
}

function draw(source: ParamSource, random: SeededRandom): ExecuteValues {
  switch (source.kind) {
    case 'literal':
      return source.value as ExecuteValues;
    case 'pool':
      return source.values[random.below(source.values.length)] as ExecuteValues;
    case 'range':
      return source.low + random.below(source.high - source.low + 1);
  }
}
