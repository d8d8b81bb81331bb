// A database Sluice did not create, with one table and one row, made through the admin URL:
// whatever a project's SQL tries, it must come out of the run exactly as it went in.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { after } from 'node:test';
import { mysqlAdminUrl, postgresAdminUrl } from './urls.js';

export interface Decoy {
  name: string;
  /** The decoy's tables and the rows of its table, as text: compare before and after. */
  contents(): Promise<string>;
}

const drops: (() => Promise<void>)[] = [];
after(() => Promise.all(drops.map((drop) => drop())));

export async function decoyOnPostgres(): Promise<Decoy> {
  const name = `decoy_${randomBytes(3).toString('hex')}`;
  await onPostgres('postgres', [`CREATE DATABASE ${name}`]);
  await onPostgres(name, ['CREATE TABLE precious (id int PRIMARY KEY, note text)', "INSERT INTO precious VALUES (1, 'keep me')"]);
  drops.push(() => onPostgres('postgres', [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]).then(() => undefined));
  return {
    name,
    contents: async () => {
      const [tables, rows] = await onPostgres(name, [
        "select string_agg(table_name, ',' order by table_name) as t from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
        "select string_agg(id || ':' || note, ',' order by id) as r from precious",
      ]);
      return `${tables?.[0]?.t} | ${rows?.[0]?.r}`;
    },
  };
}

export async function decoyOnMysql(): Promise<Decoy> {
  const name = `decoy_${randomBytes(3).toString('hex')}`;
  await onMysql([`CREATE DATABASE ${name}`, `CREATE TABLE ${name}.precious (id int PRIMARY KEY, note text)`, `INSERT INTO ${name}.precious VALUES (1, 'keep me')`]);
  drops.push(() => onMysql([`DROP DATABASE IF EXISTS ${name}`]).then(() => undefined));
  return {
    name,
    contents: async () => {
      const [tables, rows] = await onMysql([
        `SELECT GROUP_CONCAT(TABLE_NAME ORDER BY TABLE_NAME) AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${name}'`,
        `SELECT GROUP_CONCAT(CONCAT(id, ':', note) ORDER BY id) AS r FROM ${name}.precious`,
      ]);
      return `${tables?.[0]?.t} | ${rows?.[0]?.r}`;
    },
  };
}

async function onPostgres(database: string, statements: string[]): Promise<Record<string, unknown>[][]> {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const results = [];
    for (const sql of statements) results.push((await client.query(sql)).rows);
    return results;
  } finally {
    await client.end();
  }
}

async function onMysql(statements: string[]): Promise<Record<string, unknown>[][]> {
  const connection = await mysql.createConnection(mysqlAdminUrl());
  try {
    const results = [];
    for (const sql of statements) {
      const [rows] = await connection.query(sql);
      results.push(Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []);
    }
    return results;
  } finally {
    await connection.end();
  }
}
