// Engine.drop(): a stage that made a scratch database for itself (the round trip, the lock
// trace) drops it when done, on every engine: the database is gone at once, the others keep
// working, and the server's close and the cleanup registry pass it by without an error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanupAll, startServer } from '../../src/engines/index.js';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const engines = [
  { name: 'PGlite', engine: () => 'pglite', list: undefined },
  { name: 'PostgreSQL', engine: postgresUrl, list: scratchDatabasesOnPostgres },
  { name: 'MariaDB', engine: mysqlUrl, list: scratchDatabasesOnMysql },
];

for (const e of engines) {
  describe(`Engine.drop() on ${e.name}`, () => {
    it('drops the scratch database at once, leaves the others, and close() and cleanup pass it by', async () => {
      const server = await startServer({ engine: e.engine(), origin: 'test' });
      try {
        // From source each PGlite instance runs initdb (seconds): one is enough to see it go.
        const kept = e.list ? await server.createScratch('drop kept') : undefined;
        const dropped = await server.createScratch('drop early');
        await dropped.exec('CREATE TABLE t (id int PRIMARY KEY)');
        assert.deepEqual(await dropped.query('SELECT 1 AS one'), [{ one: 1 }]);

        await dropped.drop();
        await dropped.drop();
        await assert.rejects(dropped.query('SELECT 1 AS one'));
        if (e.list) {
          const left = await e.list();
          assert.ok(!left.includes(dropped.database), `${dropped.database} still exists after drop()`);
          assert.ok(left.includes(kept!.database), `${kept!.database} went with the other one`);
        }
        if (kept) assert.deepEqual(await kept.query('SELECT 1 AS one'), [{ one: 1 }]);
      } finally {
        await server.close();
      }
      assert.deepEqual(await cleanupAll(), []);
      if (e.list) assert.deepEqual((await e.list()).filter((name) => /_drop_(kept|early)$/.test(name)), []);
    });
  });
}
