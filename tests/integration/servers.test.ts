// The servers `npm test` starts are the ones the other tests expect: the right engines,
// and limited accounts that really cannot create databases.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { mysqlAdminUrl, mysqlLimitedUrl, mysqlUrl, postgresAdminUrl, postgresLimitedUrl, postgresUrl } from '../support/urls.js';

async function withPostgres<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function withMysql<T>(url: string, use: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(url);
  try {
    return await use(connection);
  } finally {
    await connection.end();
  }
}

describe('test servers', () => {
  it('PostgreSQL answers as a non-superuser that may create databases and roles', async () => {
    const row = await withPostgres(postgresUrl(), async (client) => {
      const { rows } = await client.query<{ version: string; rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
        'SELECT version(), rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user',
      );
      await client.query('CREATE ROLE sluice_servers_probe LOGIN');
      await client.query('DROP ROLE sluice_servers_probe');
      return rows[0];
    });
    assert.match(row.version, /^PostgreSQL \d+/);
    assert.equal(row.rolsuper, false);
    assert.equal(row.rolcreatedb, true);
    assert.equal(row.rolcreaterole, true);
  });

  it('PostgreSQL refuses CREATE DATABASE to the limited role', async () => {
    await withPostgres(postgresLimitedUrl(), async (client) => {
      await assert.rejects(client.query('CREATE DATABASE sluice_should_not_exist'), { code: '42501' });
    });
  });

  it('PostgreSQL admin URL is a superuser', async () => {
    const { rows } = await withPostgres(postgresAdminUrl(), (client) =>
      client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user'),
    );
    assert.equal(rows[0]?.rolsuper, true);
  });

  it('MariaDB answers as a user that may create databases, users and grants', async () => {
    await withMysql(mysqlUrl(), async (connection) => {
      const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT version() AS version');
      assert.match(String(rows[0]?.version), /MariaDB/);
      await connection.query('CREATE DATABASE sluice_servers_probe');
      await connection.query('DROP DATABASE sluice_servers_probe');
      await connection.query("CREATE USER 'sluice_servers_probe'@'%' IDENTIFIED BY 'probe'");
      try {
        await connection.query("GRANT ALL PRIVILEGES ON `sluice\\_probe\\_%`.* TO 'sluice_servers_probe'@'%'");
      } finally {
        await connection.query("DROP USER 'sluice_servers_probe'@'%'");
      }
    });
  });

  it('MariaDB refuses CREATE DATABASE to the limited user', async () => {
    await withMysql(mysqlLimitedUrl(), async (connection) => {
      await assert.rejects(connection.query('CREATE DATABASE sluice_should_not_exist'), {
        code: 'ER_DBACCESS_DENIED_ERROR',
        errno: 1044,
      });
    });
  });

  it('MariaDB admin URL may grant privileges', async () => {
    await withMysql(mysqlAdminUrl(), async (connection) => {
      const [rows] = await connection.query<mysql.RowDataPacket[]>('SHOW GRANTS FOR CURRENT_USER');
      assert.ok(rows.some((row) => /WITH GRANT OPTION/.test(String(Object.values(row)[0]))));
    });
  });
});
