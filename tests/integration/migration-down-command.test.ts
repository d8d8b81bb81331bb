// migrations.down-command: the round trip through the project's own tool. Knex (a dev
// dependency) applies the base branch's migrations, then the pull request's one as a batch of
// its own, rolls that batch back and applies it again; a down that forgets an index is named.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer, type Server } from '../../src/engines/index.js';
import { commandRoundTrip } from '../../src/migrations/command-round-trip.js';
import type { MigrationCommand } from '../../src/migrations/command.js';
import { postgresUrl } from '../support/urls.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const knex = (fixture: string, args: string): MigrationCommand => ({
  run: `npx knex ${args} --knexfile knexfile.cjs`,
  cwd: path.join(fixtures, fixture),
  location: { file: `tests/fixtures/${fixture}/sluice.yml`, line: 3 },
});
const DOWN = { run: 'npx knex migrate:rollback --knexfile knexfile.cjs', location: { file: 'tests/fixtures/knex-down-forgets-index/sluice.yml', line: 4 } };

for (const engine of [{ name: 'PGlite', url: () => 'pglite' }, { name: 'PostgreSQL', url: postgresUrl }]) {
  describe(`migrations.down-command with Knex on ${engine.name}`, () => {
    let server: Server;
    before(async () => {
      server = await startServer({ engine: engine.url(), origin: 'test' });
    });
    after(() => server?.close());

    test('a rollback that forgets the index of the pull request\'s migration: the index is named at the setting', { timeout: 120_000 }, async () => {
      const result = await commandRoundTrip({
        server,
        base: knex('knex-project', 'migrate:latest'),
        command: knex('knex-down-forgets-index', 'migrate:latest'),
        down: DOWN,
        statementTimeoutMs: 60_000,
      });
      assert.equal(result.status, 'failed', JSON.stringify(result.findings));
      assert.equal(result.findings.length, 1);
      const [finding] = result.findings;
      assert.equal(finding!.rule, 'down-incomplete');
      assert.equal(finding!.severity, 'error');
      assert.deepEqual(finding!.location, DOWN.location);
      assert.equal(
        finding!.message,
        "migrations.down-command `npx knex migrate:rollback --knexfile knexfile.cjs` does not restore the base branch's schema, which migrations.command started from: index posts_title_idx on posts(title) is still there.",
      );
    });

    // On PGlite each scratch database is a new PGlite instance (seconds to start): one test there is enough.
    // migration-command.test.ts runs the gate with the fixture's down-command on both engines.
    test('without a base branch the down must revert everything; a complete one leaves the empty schema', { timeout: 120_000, skip: engine.name === 'PGlite' }, async () => {
      const result = await commandRoundTrip({ server, command: knex('knex-project', 'migrate:latest'), down: { ...DOWN, run: 'npx knex migrate:rollback --all --knexfile knexfile.cjs' }, statementTimeoutMs: 60_000 });
      assert.deepEqual(result, { status: 'proved', findings: [] });
    });
  });
}
