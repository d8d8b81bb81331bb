// The embedded default: PostgreSQL compiled to WebAssembly. Each scratch database is its own
// PGlite instance in its own worker thread (see worker-session.ts for why), its files in a
// temporary folder removed with it, so nothing outlives the run and a signal or a deadline can
// always stop it. Instances start from a data directory made at build time (assets.ts).
import type { Engine, Server, ServerInfo } from '../engine.js';
import { PostgresFamilyEngine } from '../postgres-family.js';
import { onCleanup, scratchName } from '../scratch.js';
import { extensionsToLoad } from './extensions.js';
import { PgliteWorkerSession } from './worker-session.js';

export { ENGINE_STOPPED } from './worker-session.js';
export { createdExtensions, missingPgliteExtension, PGLITE_EXTENSIONS } from './extensions.js';

/** `extensions`: what the migrations create (see extensions.ts); each scratch instance gets their files. */
export async function startPglite(extensions: readonly string[] = []): Promise<Server> {
  const load = extensionsToLoad(extensions);
  const { session, version } = await PgliteWorkerSession.start(load);
  return new PgliteServer({ name: 'pglite', version, dialect: 'postgres' }, session, load);
}

class PgliteServer implements Server {
  #spare: PgliteWorkerSession | undefined;
  #sessions: { session: PgliteWorkerSession; removeCleanup: () => void; database?: string }[] = [];

  constructor(
    readonly info: ServerInfo,
    first: PgliteWorkerSession,
    readonly extensions: readonly string[],
  ) {
    // The instance that told us the version becomes the first scratch database.
    this.#spare = first;
    this.#track(first);
  }

  async createScratch(label: string): Promise<Engine> {
    let session = this.#spare;
    this.#spare = undefined;
    if (!session) {
      session = (await PgliteWorkerSession.start(this.extensions)).session;
      this.#track(session);
    }
    const instance = session;
    return new PostgresFamilyEngine(this.info, scratchName(label), session, { drop: () => this.#release(instance) });
  }

  /** Stops one instance now (Engine.drop); a second call finds nothing to do. */
  async #release(session: PgliteWorkerSession): Promise<void> {
    const index = this.#sessions.findIndex((s) => s.session === session);
    if (index === -1) return;
    const { removeCleanup } = this.#sessions.splice(index, 1)[0]!;
    removeCleanup();
    await session.close();
  }

  /** Roles live inside each in-memory instance and go with it: nothing to track. */
  async listRoles(): Promise<string[]> {
    return [];
  }

  adoptRoles(): void {}

  async close(): Promise<void> {
    for (const { session, removeCleanup } of this.#sessions.splice(0).reverse()) {
      removeCleanup();
      await session.close();
    }
  }

  #track(session: PgliteWorkerSession): void {
    // On a signal too: terminating a worker does not wait for a busy statement to finish.
    this.#sessions.push({ session, removeCleanup: onCleanup(() => session.close()) });
  }
}
