import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { toBaselineDocument } from '../../src/baseline/document.js';
import { cacheStore, fileStore, loadStoredBaseline } from '../../src/baseline/stores/index.js';
import type { BaselineDocument } from '../../src/baseline/types.js';

const document: BaselineDocument = toBaselineDocument(
  {
    engine: { name: 'pglite', version: '17.4', dialect: 'postgres' },
    seed: { seed: 7, tables: [{ table: 'orders', rows: 10, ms: 1 }] },
    findings: [],
    metrics: [{ key: 'query.q.rows', unit: 'rows', kind: 'work', direction: 'lower', value: 1 }],
    suite: 'shop',
    environment: { engine: 'pglite', engineVersion: '17.4', settings: {}, os: 'linux', arch: 'x64', cpus: 2 },
  },
  { commit: 'abc', configText: 'engine: pglite\n' },
);

let cwd: string;
const saved: Record<string, string | undefined> = {};
before(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'sluice-stores-'));
  // Outside Actions: no cache service. Restored afterwards for the other tests in this process.
  for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL']) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});
after(async () => {
  await rm(cwd, { recursive: true, force: true });
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
});

test('the file store writes baselines/<suite>.json and reads it back', async () => {
  assert.equal(await fileStore.load('shop', { engine: 'pglite', cwd }), undefined, 'a missing file is no baseline, not an error');
  assert.deepEqual(await fileStore.save(document, { engine: 'pglite', cwd }), { where: path.join('baselines', 'shop.json') });
  const loaded = await fileStore.load('shop', { engine: 'pglite', cwd });
  assert.deepEqual(loaded, { document, source: path.join('baselines', 'shop.json') });
  assert.match(await readFile(path.join(cwd, 'baselines', 'shop.json'), 'utf8'), /^ {4}\{"key":"query\.q\.rows"/m);
});

test('a corrupt baseline file is an error naming it', async () => {
  await writeFile(path.join(cwd, 'corrupt.json'), '{ "schemaVersion": 1,');
  await assert.rejects(fileStore.load('shop', { engine: 'pglite', cwd, file: 'corrupt.json' }), /^BaselineError: corrupt\.json: invalid JSON/);
});

test('without the Actions cache service the cache store warns and never throws', async () => {
  const load = await cacheStore.load('shop', { engine: 'pglite', cwd });
  assert.ok(load && 'warning' in load);
  assert.match(load.warning, /^the Actions cache service is not available here \(no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL: not running in GitHub Actions\); no baseline was restored from it\.$/);
  const save = await cacheStore.save(document, { engine: 'pglite', cwd });
  assert.ok('warning' in save);
  assert.match(save.warning, /the baseline was not saved to it\.$/);
});

test('the chooser falls back from the cache to the file, with a note', async () => {
  const { baseline, notes } = await loadStoredBaseline({ store: 'cache', suite: 'shop', engine: 'pglite', cwd });
  assert.deepEqual(baseline?.document, document);
  assert.equal(notes.length, 2);
  assert.match(notes[0]!, /^the Actions cache service is not available here/);
  assert.equal(notes[1], `no baseline in the Actions cache; used ${path.join('baselines', 'shop.json')} instead.`);
});

test('the chooser reports a corrupt file and a missing baseline as notes, not failures', async () => {
  const corrupt = await loadStoredBaseline({ store: 'file', suite: 'shop', engine: 'pglite', cwd, file: 'corrupt.json' });
  assert.equal(corrupt.baseline, undefined);
  assert.match(corrupt.notes[0]!, /^corrupt\.json: invalid JSON/);
  const none = await loadStoredBaseline({ store: 'file', suite: 'other', engine: 'pglite', cwd });
  assert.equal(none.baseline, undefined);
  assert.match(none.notes.at(-1)!, /^no stored baseline for suite 'other'; record one with `sluice baseline record`/);
});
