// The socket the wire-protocol load connections (postgres-wire.ts, mysql-wire.ts) read through:
// the driver opens and authenticates the session on it, then the load loop takes its reads over.
import { Socket } from 'node:net';

/**
 * A socket that reads into one buffer it keeps (net's `onread`) instead of a new Buffer per
 * read: the load loop reads once per operation. Until takeOver, reads are handed to the
 * driver (pg, mysql2) as 'data' events (copied: the buffer is reused), so it logs in as usual.
 */
export class ReusedBufferSocket extends Socket {
  #receive: ((bytes: Buffer, length: number) => void) | undefined;

  constructor() {
    // `onread` is in net.Socket's constructor options since Node 12 (not in @types/node 20's).
    super({ onread: { buffer: Buffer.allocUnsafe(64 * 1024), callback: (length: number, bytes: Uint8Array) => this.#read(length, bytes as Buffer) } } as never);
  }

  takeOver(receive: (bytes: Buffer, length: number) => void): void {
    this.#receive = receive;
  }

  #read(length: number, bytes: Buffer): void {
    if (this.#receive) this.#receive(bytes, length);
    else this.emit('data', Buffer.from(bytes.subarray(0, length)));
  }
}
