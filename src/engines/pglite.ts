// The embedded default: PostgreSQL compiled to WebAssembly, in this process. Each scratch
// database is its own in-memory PGlite instance, so nothing outlives the run.
import { PGlite, types } from '@electric-sql/pglite';
import type { Engine, Server, ServerInfo } from './engine.js';
import { PostgresFamilyEngine } from './postgres-family.js';
import { onCleanup, scratchName } from './scratch.js';

// Same number handling as the pg driver (see postgres.ts).
const create = () => PGlite.create({ parsers: { [types.NUMERIC]: Number, [types.INT8]: Number } });

export async function startPglite(): Promise<Server> {
  const first = await create();
  const { rows } = await first.query<{ server_version: string }>('show server_version');
  const info: ServerInfo = { name: 'pglite', version: rows[0]!.server_version.split(' ')[0]!, dialect: 'postgres' };
  return new PgliteServer(info, first);
}

class PgliteServer implements Server {
  #spare: PGlite | undefined;
  #instances: { db: PGlite; removeCleanup: () => void }[] = [];

  constructor(
    readonly info: ServerInfo,
    first: PGlite,
  ) {
    // The instance that told us the version becomes the first scratch database.
    this.#spare = first;
    this.#instances.push({ db: first, removeCleanup: onCleanup(() => first.close()) });
  }

  async createScratch(label: string): Promise<Engine> {
    let db = this.#spare;
    this.#spare = undefined;
    if (!db) {
      const created = await create();
      db = created;
      this.#instances.push({ db, removeCleanup: onCleanup(() => created.close()) });
    }
    return new PostgresFamilyEngine(this.info, scratchName(label), db);
  }

  /** Roles live inside each in-memory instance and go with it: nothing to track. */
  async listRoles(): Promise<string[]> {
    return [];
  }

  adoptRoles(): void {}

  async close(): Promise<void> {
    for (const { db, removeCleanup } of this.#instances.splice(0).reverse()) {
      removeCleanup();
      if (!db.closed) await db.close();
    }
  }
}
