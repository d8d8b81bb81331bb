// A load phase stops by itself even when the server stops answering mid-phase: a loopback proxy
// between the runner and the test server stops passing replies; the operations in flight then
// fail, counted by class with a sentence saying what happened, the phase ends, and nothing of it
// stays connected. The statement timeout cannot help here (the server never sees a slow
// statement); the runner's own stall limit does. No wall-time asserts.
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, describe, test } from 'node:test';
import { describePostgresError } from '../../src/engines/postgres-family.js';
import { runPhase } from '../../src/measure/load/index.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

/**
 * A proxy to `target` that stops passing the server's replies once the clients have sent
 * `afterBytes` (far more than logging in takes: the phase is running by then).
 */
async function stallingProxy(target: URL, afterBytes: number): Promise<{ url: URL; close: () => Promise<void> }> {
  let sent = 0;
  let stalled = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.on('data', (bytes) => {
      sent += bytes.length;
      stalled ||= sent > afterBytes;
      upstream.write(bytes);
    });
    upstream.on('data', (bytes) => void (stalled || client.write(bytes)));
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      a.on('close', () => b.destroy());
      a.on('error', () => b.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.port = String((server.address() as { port: number }).port);
  return {
    url,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const cases = [
  { name: 'PostgreSQL', server: 'postgresql' as const, url: () => { const u = new URL(postgresUrl()); u.pathname = '/postgres'; return u; }, sql: 'SELECT $1::int + 1', threads: 2 },
  { name: 'MariaDB', server: 'mariadb' as const, url: () => new URL(mysqlUrl()), sql: 'SELECT ? + 1', threads: 1 },
];

for (const c of cases) {
  describe(`a server that stops answering mid-phase (${c.name})`, () => {
    const proxies: Awaited<ReturnType<typeof stallingProxy>>[] = [];
    after(() => Promise.all(proxies.map((p) => p.close())));

    // The timeout turns a phase that never ends into a failure instead of a hung run.
    test(`the operations in flight fail as a lost connection, and the phase ends (${c.threads} thread${c.threads > 1 ? 's' : ''})`, { timeout: 30_000 }, async () => {
      const proxy = await stallingProxy(c.url(), 30_000);
      proxies.push(proxy);
      const result = await runPhase({
        url: proxy.url.toString(),
        server: c.server,
        statements: [{ name: 'add one', sql: c.sql, params: [{ kind: 'range', low: 1, high: 1000 }] }],
        weights: [1],
        connections: 4,
        threads: c.threads,
        seed: 1,
        // Far longer than the test takes: only the stall limit can end the phase.
        bounds: { warmupMs: 0, durationMs: 60_000, capMs: 60_000, windowMs: 100, stallMs: 700 },
        timeoutMs: 60_000,
        classify: (error) => String((error as { code?: unknown }).code),
      });
      assert.ok(result.succeeded > 0, 'operations before the stall succeeded');
      // One operation was in flight on each connection (pipeline 1) when the replies stopped.
      const lost = [...result.errors.values()];
      assert.equal(lost.length, 1, [...result.errors.keys()].join(', '));
      assert.equal(lost[0]!.count, 4);
      assert.equal(result.operations, result.succeeded + 4);
      const message = c.server === 'postgresql' ? describePostgresError(lost[0]!.first).message : (lost[0]!.first as Error).message;
      assert.match(message, /no reply for 1 s .*the server stopped answering and the connection was dropped/);
    });
  });
}
