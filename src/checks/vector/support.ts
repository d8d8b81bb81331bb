// Whether the server can hold vectors at all, asked before anything else of checks.vector: a
// server without pgvector (or a MariaDB/MySQL without a VECTOR type) gets one sentence.
import { ConfigError } from '../../errors.js';
import type { Engine } from '../../engines/engine.js';

/** Throws ConfigError naming the server, what it lacks and what to use instead. */
export async function requireVectorSupport(engine: Engine, where: string): Promise<void> {
  const { name, version } = engine.info;
  if (engine.dialect === 'mysql') {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const hasType = name === 'mariadb' ? major > 11 || (major === 11 && minor >= 7) : major >= 9;
    const what = name === 'mariadb' ? `MariaDB ${version}` : `MySQL ${version}`;
    throw new ConfigError(hasType
      ? `${where}: checks.vector measures pgvector on PostgreSQL; the ${what} server's VECTOR type is not measured yet, so run this check with engine: pglite or a PostgreSQL server with pgvector.`
      : `${where}: checks.vector needs a VECTOR type, and the ${what} server has none (MariaDB 11.7+ and MySQL 9 have one); run it with engine: pglite, or on a PostgreSQL server with pgvector (such as a pgvector/pgvector:pg16 services: container, given as database-url).`);
  }
  if (name === 'pglite') return;
  const [row] = await engine.query<{ n: string | number }>(`select count(*) as n from pg_available_extensions where name = 'vector'`);
  if (Number(row?.n ?? 0) === 0) {
    throw new ConfigError(`${where}: checks.vector needs the pgvector extension, and the PostgreSQL ${version} server has none; install it there (apt install postgresql-${version.split('.')[0]}-pgvector) or use a server that has it (a pgvector/pgvector:pg16 services: container, or engine: pglite).`);
  }
}
