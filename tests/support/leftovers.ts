// Looks at the test servers from outside: which scratch databases exist right now.
import mysql from 'mysql2/promise';
import pg from 'pg';
import { mysqlAdminUrl, postgresAdminUrl } from './urls.js';

export async function scratchDatabasesOnPostgres(): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'sluice\\_%' and datname <> 'sluice_limited_db'");
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

export async function scratchDatabasesOnMysql(): Promise<string[]> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SHOW DATABASES LIKE 'sluice\\_%'");
    return rows.map((r) => String(Object.values(r)[0])).filter((name) => name !== 'sluice_limited_db');
  } finally {
    await connection.end();
  }
}

/** Per-run roles (sluice_<8 hex>) and anything else a run might have left among the roles. */
export async function rolesOnPostgres(): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolname: string }>("select rolname from pg_roles where rolname not like 'pg\\_%' order by rolname");
    return rows.map((r) => r.rolname);
  } finally {
    await client.end();
  }
}

export async function usersOnMysql(): Promise<string[]> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SELECT CONCAT(User, '@', Host) AS account FROM mysql.user ORDER BY 1");
    return rows.map((r) => String(r.account));
  } finally {
    await connection.end();
  }
}
