// The cache store against a stand-in of the Actions cache service (the v1 REST routes that
// @actions/cache speaks when ACTIONS_CACHE_URL is set), on loopback: entries are immutable and
// found by key prefix, newest first, as the real service finds them.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { toBaselineDocument } from '../../src/baseline/document.js';
import { cacheStore } from '../../src/baseline/stores/index.js';

interface Entry { id: number; key: string; version: string; chunks: Buffer[]; committed: boolean }
const entries: Entry[] = [];
/** When set, every request is refused, as a service that rejects this run's token would. */
let refusing = false;

function cacheService(): Server {
  return createServer((request, response) => {
    const url = new URL(request.url!, 'http://loopback');
    const body: Buffer[] = [];
    request.on('data', (chunk: Buffer) => body.push(chunk));
    request.on('end', () => {
      const json = (status: number, value?: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(value === undefined ? undefined : JSON.stringify(value));
      };
      if (refusing) return json(403, { message: 'refused by the stand-in' });
      const id = Number(/caches\/(\d+)$/.exec(url.pathname)?.[1]);
      if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
        const version = url.searchParams.get('version');
        const usable = entries.filter((e) => e.committed && e.version === version).reverse();
        for (const key of url.searchParams.get('keys')!.split(',')) {
          const hit = usable.find((e) => e.key === key) ?? usable.find((e) => e.key.startsWith(key));
          if (hit) return json(200, { cacheKey: hit.key, archiveLocation: `http://${request.headers.host}/download/${hit.id}` });
        }
        return json(204);
      }
      if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse(Buffer.concat(body).toString());
        if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: `Cache already exists. Key: ${key}` });
        entries.push({ id: entries.length + 1, key, version, chunks: [], committed: false });
        return json(201, { cacheId: entries.length });
      }
      if (request.method === 'PATCH' && id) {
        entries[id - 1]!.chunks.push(Buffer.concat(body));
        return json(204);
      }
      if (request.method === 'POST' && id) {
        entries[id - 1]!.committed = true;
        return json(204);
      }
      const download = /^\/download\/(\d+)$/.exec(url.pathname);
      if (request.method === 'GET' && download) {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        return response.end(Buffer.concat(entries[Number(download[1]) - 1]!.chunks));
      }
      json(404, { message: `no route ${request.method} ${url.pathname}` });
    });
  });
}

const documentAt = (commit: string, rows: number) =>
  toBaselineDocument(
    {
      engine: { name: 'pglite', version: '17.4', dialect: 'postgres' },
      seed: { seed: 7, tables: [] },
      findings: [],
      metrics: [{ key: 'query.q.rows', unit: 'rows', kind: 'work', direction: 'lower', value: rows }],
      suite: 'shop',
      environment: { engine: 'pglite', engineVersion: '17.4', settings: {}, os: 'linux', arch: 'x64', cpus: 2 },
    },
    { commit, configText: 'engine: pglite\n', recordedAt: '2025-01-01T00:00:00.000Z' },
  );

const ENV = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP'];
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
let server: Server;
let temp: string;

before(async () => {
  server = cacheService();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  temp = await mkdtemp(path.join(os.tmpdir(), 'sluice-cache-'));
  for (const name of ENV) delete process.env[name];
  process.env.ACTIONS_CACHE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env.ACTIONS_RUNTIME_TOKEN = 'loopback';
  process.env.RUNNER_TEMP = temp;
});
after(async () => {
  server.close();
  await rm(temp, { recursive: true, force: true });
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

test('nothing cached yet is no baseline, not a warning', async () => {
  assert.equal(await cacheStore.load('shop', { engine: 'pglite' }), undefined);
});

test('each commit saves under its own key and the newest is restored by prefix', async () => {
  assert.deepEqual(await cacheStore.save(documentAt('aaa', 1), { engine: 'pglite' }), { where: 'the Actions cache (sluice-shop-pglite-aaa)' });
  assert.deepEqual(await cacheStore.save(documentAt('bbb', 2), { engine: 'pglite' }), { where: 'the Actions cache (sluice-shop-pglite-bbb)' });
  const loaded = await cacheStore.load('shop', { engine: 'pglite' });
  assert.ok(loaded && 'document' in loaded, JSON.stringify(loaded));
  assert.equal(loaded.source, 'the Actions cache (sluice-shop-pglite-bbb)');
  assert.deepEqual(loaded.document, documentAt('bbb', 2));
  // Another engine's figures are not this one's baseline.
  assert.equal(await cacheStore.load('shop', { engine: 'postgresql' }), undefined);
});

test('saving a commit twice is refused by the service and becomes a warning', async () => {
  const again = await cacheStore.save(documentAt('bbb', 3), { engine: 'pglite' });
  assert.ok('warning' in again, JSON.stringify(again));
  assert.match(again.warning, /sluice-shop-pglite-bbb/);
});

test('a cache service that fails is a warning or nothing, never a failure', async () => {
  // A refusal rather than an unreachable port: the client retries those for 20 s.
  refusing = true;
  try {
    const saved = await cacheStore.save(documentAt('ccc', 4), { engine: 'pglite' });
    assert.ok('warning' in saved, JSON.stringify(saved));
    const loaded = await cacheStore.load('shop', { engine: 'pglite' });
    assert.ok(loaded === undefined || 'warning' in loaded, JSON.stringify(loaded));
  } finally {
    refusing = false;
  }
});
