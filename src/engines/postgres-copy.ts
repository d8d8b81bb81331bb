// COPY … FROM STDIN over a pg Client. pg speaks the copy sub-protocol only to a "submittable"
// (what pg-copy-streams builds on); this is the few lines of it that a push of text chunks
// needs, so no stream library is bundled for it.
import type { Writable } from 'node:stream';
import type pg from 'pg';

/** The part of pg's Connection a submittable is handed. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: Writable;
}

/**
 * Runs `sql` (a COPY … FROM STDIN) and sends `chunks` as its data. Resolves when the server has
 * stored every row; rejects with the server's error, or with the source's own error when
 * producing a chunk failed (the COPY is then aborted with CopyFail and nothing is stored).
 */
export function copyIn(client: pg.Client, sql: string, chunks: AsyncIterable<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let sourceError: unknown;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error === undefined) resolve();
      else reject(error);
    };
    const pump = async (connection: CopyConnection) => {
      try {
        for await (const chunk of chunks) {
          if (settled) return; // the server already refused: it drops whatever follows
          connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
          if (connection.stream.writableNeedDrain) await new Promise((done) => connection.stream.once('drain', done));
        }
        if (!settled) connection.endCopyFrom();
      } catch (error) {
        sourceError = error;
        if (!settled) connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      }
    };
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: CopyConnection) {
        void pump(connection);
      },
      handleCommandComplete() {},
      handleReadyForQuery() {
        settle();
      },
      // pg clears the active query on an error, so ReadyForQuery never reaches us after one.
      handleError(error: Error) {
        settle(sourceError ?? error);
      },
      // A statement that is not COPY FROM STDIN after all: nothing to send, nothing to keep.
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyData() {},
    };
    // Node's promise from a submittable is the submittable itself: completion comes through the handlers.
    (client as unknown as { query(submittable: object): unknown }).query(submittable);
  });
}
