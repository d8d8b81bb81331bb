// postgres:<tag>, mysql:<tag>, mariadb:<tag>: a throwaway server in a container, started
// with testcontainers (Docker is there on GitHub-hosted runners) and stopped at the end.
import { randomBytes } from 'node:crypto';
import { EngineUnavailableError } from '../errors.js';
import type { Server } from './engine.js';
import { onCleanup } from './scratch.js';

export interface ContainerServer {
  /** URL of the server inside the container, reachable from this process. */
  url: string;
  stop(): Promise<void>;
}

const IMAGES = {
  postgres: { port: 5432, env: (pw: string) => ({ POSTGRES_PASSWORD: pw }), user: 'postgres', db: 'postgres', ready: /database system is ready to accept connections/, times: 2 },
  mysql: { port: 3306, env: (pw: string) => ({ MYSQL_ROOT_PASSWORD: pw }), user: 'root', db: '', ready: /ready for connections.*port: 3306/, times: 1 },
  mariadb: { port: 3306, env: (pw: string) => ({ MARIADB_ROOT_PASSWORD: pw }), user: 'root', db: '', ready: /ready for connections/, times: 2 },
} as const;

export async function startContainer(image: string, setting: string): Promise<ContainerServer> {
  const kind = image.split(':')[0] as keyof typeof IMAGES;
  const spec = IMAGES[kind];
  // Loaded only here: most runs never start a container. testcontainers is CommonJS: in the
  // bundle its exports arrive as `default`, under tsx as named exports.
  const loaded = await import('testcontainers');
  const { GenericContainer, Wait } = loaded.GenericContainer ? loaded : loaded.default;
  const password = randomBytes(12).toString('hex');
  let started;
  try {
    started = await new GenericContainer(image)
      .withEnvironment(spec.env(password))
      .withExposedPorts(spec.port)
      .withTmpFs({ '/var/lib/postgresql/data': 'rw', '/var/lib/mysql': 'rw' })
      .withWaitStrategy(Wait.forLogMessage(spec.ready, spec.times))
      .withStartupTimeout(180_000)
      .start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/container runtime/i.test(message)) {
      throw new EngineUnavailableError(
        `${setting} ${image} needs a container runtime and none was found; start Docker (or another runtime testcontainers supports), or pass a running server as a URL instead, e.g. --engine ${kind === 'postgres' ? 'postgres://user:password@localhost:5432/postgres' : 'mysql://user:password@localhost:3306/'} (Action input engine or database-url).`,
      );
    }
    throw new EngineUnavailableError(`Could not start ${image} for ${setting}: ${message.split('\n')[0]}.`);
  }
  const scheme = kind === 'postgres' ? 'postgres' : 'mysql';
  const url = `${scheme}://${spec.user}:${password}@${started.getHost()}:${started.getMappedPort(spec.port)}/${spec.db}`;
  const stop = async () => {
    await started.stop({ timeout: 5_000 });
  };
  const removeCleanup = onCleanup(stop);
  return {
    url,
    stop: async () => {
      removeCleanup();
      await stop();
    },
  };
}

/** Wraps a server so that closing it also stops the container it runs in. */
export function stoppingContainer(server: Server, container: ContainerServer): Server {
  return {
    info: server.info,
    createScratch: (label) => server.createScratch(label),
    dropScratch: (engine) => server.dropScratch(engine),
    listRoles: () => server.listRoles(),
    adoptRoles: (names) => server.adoptRoles(names),
    close: async () => {
      try {
        await server.close();
      } finally {
        await container.stop();
      }
    },
  };
}
