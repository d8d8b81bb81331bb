// local:postgres, local:mariadb, local:mysql: a throwaway server from the binaries installed on
// the machine (no Docker), used like a server URL, stopped and its folder removed at the end —
// also on a signal (the cleanup registry). Sluice started it, so it may crash and restart it
// (Server.control, the durability check).
import type { Server } from '../engine.js';
import { startLocalMysql } from './mysql.js';
import { startLocalPostgres } from './postgres.js';
import type { LocalServer } from './types.js';

export const LOCAL_ENGINE = /^local:(postgres|postgresql|mariadb|mysql)$/;

export type { LocalServer } from './types.js';

/** Starts the server `engine` names, then `connect` reaches it by URL like any other. */
export async function startLocalServer(
  engine: string,
  setting: string,
  connect: (url: string) => Promise<Server>,
): Promise<Server> {
  const kind = LOCAL_ENGINE.exec(engine)![1]!;
  const local = kind === 'postgres' || kind === 'postgresql' ? await startLocalPostgres(setting) : await startLocalMysql(kind as 'mariadb' | 'mysql', setting);
  let inner: Server;
  try {
    inner = await connect(local.url);
  } catch (error) {
    await local.stop();
    throw error;
  }
  return controlled(inner, local);
}

/** The server reached by URL, with `control`; closing it stops the local server and removes its folder. */
function controlled(server: Server, local: LocalServer): Server {
  return {
    info: server.info,
    control: local.control,
    createScratch: (label) => server.createScratch(label),
    listRoles: () => server.listRoles(),
    adoptRoles: (names) => server.adoptRoles(names),
    close: async () => {
      try {
        // After a crash the admin connection is gone: dropping databases one by one is moot,
        // the whole folder goes with the server.
        if (local.control.crashed) await server.close().catch(() => undefined);
        else await server.close();
      } finally {
        await local.stop();
      }
    },
  };
}

