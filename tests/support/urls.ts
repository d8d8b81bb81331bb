// Connection URLs of the test servers. `npm test` (tests/run.mjs) starts the servers and
// exports these variables; reading them here keeps the names in one place.

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the tests with \`npm test\`, which starts the servers`);
  }
  return value;
}

/** `sluice` role: LOGIN CREATEDB CREATEROLE, not superuser (it creates the per-run login roles). */
export const postgresUrl = (): string => fromEnv('SLUICE_TEST_POSTGRES_URL');
/** `sluice_limited` role on `sluice_limited_db`: cannot create databases. */
export const postgresLimitedUrl = (): string => fromEnv('SLUICE_TEST_POSTGRES_LIMITED_URL');
/** Superuser, for looking at the server from outside (e.g. no scratch database left behind). */
export const postgresAdminUrl = (): string => fromEnv('SLUICE_TEST_POSTGRES_ADMIN_URL');

/** `sluice` user: ALL PRIVILEGES ON *.* WITH GRANT OPTION (it creates and grants the per-run users). */
export const mysqlUrl = (): string => fromEnv('SLUICE_TEST_MYSQL_URL');
/** `sluice_limited` user: ALL on `sluice_limited_db`.* only, so CREATE DATABASE fails. */
export const mysqlLimitedUrl = (): string => fromEnv('SLUICE_TEST_MYSQL_LIMITED_URL');
/** root, for looking at the server from outside. */
export const mysqlAdminUrl = (): string => fromEnv('SLUICE_TEST_MYSQL_ADMIN_URL');
