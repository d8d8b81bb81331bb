// The embedded database runs in a worker thread: a statement past its deadline fails as a
// timeout instead of hanging, a signal stops a busy run at once, and values and errors arrive
// on the main thread as PGlite gave them.
//
// The CLI tests run the bundle: dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Server } from '../../src/engines/engine.js';
import { ENGINE_STOPPED, startPglite } from '../../src/engines/pglite/index.js';
import { runToEnd } from '../support/process.js';
import { makeProject } from '../support/project.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
// Far longer than any of these runs takes; reached only when something hangs.
const HANG = 120_000;

const LONG_STATEMENTS = {
  sleeping: 'select pg_sleep(600)',
  'CPU-bound': 'select count(*) from generate_series(1, 1e10)',
};

describe('statements on PGlite', () => {
  let server: Server;
  after(() => server?.close());

  for (const [what, sql] of Object.entries(LONG_STATEMENTS)) {
    test(`a ${what} statement past its deadline fails as a timeout; later calls say the database was stopped`, { timeout: HANG }, async () => {
      server ??= await startPglite();
      const engine = await server.createScratch(`deadline ${what}`);
      await engine.exec('create table t (id int primary key)');
      await engine.setStatementTimeout(200);

      const timedOut = await engine.query(sql).then(() => undefined, (error: unknown) => error);
      assert.ok(timedOut, 'the statement should have been cancelled');
      assert.deepEqual(engine.describeError(timedOut), {
        kind: 'timeout', code: '57014', message: 'canceling statement due to statement timeout',
      });

      const later = await engine.query('select 1').then(() => undefined, (error: unknown) => error);
      assert.equal(engine.describeError(later).code, ENGINE_STOPPED);
      assert.match(engine.describeError(later).message, /stopped because a statement ran past its 200 ms deadline/);
    });
  }

  test('a timeout inside a transaction is reported as the timeout, not as the failed rollback', { timeout: HANG }, async () => {
    server ??= await startPglite();
    const engine = await server.createScratch('deadline in transaction');
    await engine.setStatementTimeout(200);
    const timedOut = await engine.transaction(() => engine.query(LONG_STATEMENTS.sleeping)).then(() => undefined, (error: unknown) => error);
    assert.equal(engine.describeError(timedOut).kind, 'timeout');
  });

  test('statements within their deadline run, and other scratch databases are unaffected', { timeout: HANG }, async () => {
    server ??= await startPglite();
    const engine = await server.createScratch('within deadline');
    await engine.setStatementTimeout(60_000);
    assert.deepEqual(await engine.query('select count(*) as n from generate_series(1, 1000)'), [{ n: 1000 }]);
  });

  test('values and errors arrive as PGlite gives them', { timeout: HANG }, async () => {
    server ??= await startPglite();
    const engine = await server.createScratch('values');
    const [row] = await engine.query(
      `select 9007199254740991::int8 as big, 12.50::numeric as price, timestamptz '2025-03-01 12:00:00+00' as at,
              $1::bytea as bytes, '{"a": [1, 2]}'::jsonb as doc, array[1, 2]::int[] as list, null as nothing`,
      [new Uint8Array([0, 1, 255])],
    );
    assert.deepEqual(row, {
      big: 9007199254740991, price: 12.5, at: new Date('2025-03-01T12:00:00Z'),
      bytes: new Uint8Array([0, 1, 255]), doc: { a: [1, 2] }, list: [1, 2], nothing: null,
    });

    const syntax = await engine.exec('select 1;\nselect * fromm t').then(() => undefined, (error: unknown) => error);
    assert.deepEqual(engine.describeError(syntax), {
      kind: 'syntax-error', code: '42601', message: 'syntax error at or near "fromm"', position: 20,
    });
    await engine.exec('create table p (id int primary key)');
    await engine.exec('insert into p values (1)');
    const duplicate = await engine.exec('insert into p values (1)').then(() => undefined, (error: unknown) => error);
    assert.equal(engine.describeError(duplicate).kind, 'unique-violation');
    assert.equal((duplicate as { constraint?: string }).constraint, 'p_pkey');
    assert.ok(duplicate instanceof Error);
  });
});

describe('the bundled CLI on PGlite', () => {
  test('passes the example', { timeout: HANG }, async () => {
    const env = { ...process.env };
    delete env.SLUICE_DATABASE_URL;
    const run = await runToEnd(process.execPath, ['dist/cli.js', 'check', '--config', 'examples/shop/sluice.yml'], { cwd: repoDir, env });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /PGlite \(embedded PostgreSQL\)/);
  });

  test('SIGTERM during a long CPU-bound migration exits 143 at once and leaves no process behind', { timeout: HANG }, async () => {
    const config = await makeProject('migrations: { dir: migrations }\n', {
      '0001_tables.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n',
      '0002_forever.sql': 'SELECT count(*) FROM generate_series(1, 1e10);\n',
    });
    const env = { ...process.env };
    delete env.SLUICE_DATABASE_URL;
    const child = spawn(process.execPath, ['dist/cli.js', 'check', '--config', config], { cwd: repoDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const migrating = new Promise<boolean>((resolve) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (stderr.includes('migrations: applying')) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
    assert.ok(await migrating, `exited before migrating: ${stderr}`);
    // Let the endless statement start: the embedded database is busy now.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGTERM');

    const hung = setTimeout(() => child.kill('SIGKILL'), HANG / 2);
    const code = await exited;
    clearTimeout(hung);
    assert.equal(code, 143, stderr);
    assert.match(stderr, /SIGTERM received; dropping scratch databases/);
    assert.throws(() => process.kill(child.pid!, 0), { code: 'ESRCH' });
  });
});
