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

/** Per-run roles (sluice_<8 hex>) that still hold a connection: a load phase must close all of its own. */
const RUN_ROLE = /^sluice_[0-9a-f]{8}/;

export async function runSessionsOnPostgres(): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ usename: string }>('select usename from pg_stat_activity where usename is not null');
    return rows.map((r) => r.usename).filter((name) => RUN_ROLE.test(name));
  } finally {
    await client.end();
  }
}

export async function runSessionsOnMysql(): Promise<string[]> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT USER AS u FROM information_schema.PROCESSLIST');
    return rows.map((r) => String(r.u)).filter((name) => RUN_ROLE.test(name));
  } finally {
    await connection.end();
  }
}
