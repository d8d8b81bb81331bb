// The restarted server may stop by itself again: MariaDB 10.11 has been seen to abort in
// InnoDB's purge (an assertion in trx0purge.cc) a moment after a clean crash recovery. As a
// service manager would, the check starts it again, a few times at most, and keeps what
// happened for the report instead of failing on a refused connection.
import { EngineUnavailableError } from '../../errors.js';
import type { ServerControl } from '../../engines/engine.js';

/** Starts after a crash of the server's own, beyond the restart that follows the kill. */
const MAX_RESTARTS = 3;

/** The server kept stopping by itself; `crashes` says how each time. */
export class ServerKeepsStopping extends Error {
  constructor(readonly crashes: readonly string[]) {
    super(`the server stopped by itself ${crashes.length} times after a restart: ${crashes.join('; ')}`);
  }
}

export class Supervisor {
  /** Each time the server stopped by itself (or failed to start), as the control described it. */
  readonly crashes: string[] = [];

  constructor(readonly control: ServerControl) {}

  /** Starts the server; a start that fails because the server exited counts as a crash and is tried again. */
  async restart(): Promise<void> {
    for (;;) {
      try {
        await this.control.restart();
        return;
      } catch (error) {
        if (!(error instanceof EngineUnavailableError)) throw error;
        this.record(error.message);
      }
    }
  }

  /** If the server stopped by itself, records it and starts it again. */
  async ensureUp(): Promise<void> {
    const failure = this.control.failure;
    if (failure === undefined) return;
    this.record(failure);
    await this.restart();
  }

  /**
   * Runs `work`; when it failed because the server stopped by itself, starts the server again
   * and runs it again. A refused connection can arrive before the process's exit does: wait a moment for it.
   */
  async retry<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await work();
      } catch (error) {
        for (let i = 0; i < 50 && this.control.failure === undefined; i++) await sleep(20);
        if (this.control.failure === undefined) throw error;
        await this.ensureUp();
      }
    }
  }

  private record(crash: string): void {
    this.crashes.push(crash);
    if (this.crashes.length > MAX_RESTARTS) throw new ServerKeepsStopping(this.crashes);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
