import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { jsonSchema } from '../../src/config/schema/index.js';
import { configReference, REFERENCE_END, REFERENCE_START } from '../../src/config/reference.js';
import { ConfigError } from '../../src/errors.js';

const errorOf = (text: string) => {
  try {
    parseConfig(text, 'sluice.yml');
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the config was accepted');
};

test('a minimal config gets the documented defaults', () => {
  const { config } = parseConfig('migrations:\n  dir: db/migrations\n', 'sluice.yml');
  assert.equal(config.engine, 'pglite');
  assert.equal(config.data.seed, 42);
  assert.equal(config.gate['fail-on'], 'error');
  assert.deepEqual(config.queries, []);
});

test('an unknown key is named with its line and column', () => {
  assert.equal(
    errorOf('engine: pglite\nmigrations:\n  dir: db\n  dirs: other\n'),
    "sluice.yml:4:3: unknown key 'dirs'; remove it or check its spelling against the README's config reference.",
  );
});

test('a wrong value says what was expected, at the value', () => {
  assert.equal(errorOf('migrations: { dir: db }\ngate:\n  fail-on: sometimes\n'), 'sluice.yml:3:12: gate.fail-on: expected one of "error", "warning", "never", found "sometimes".');
  assert.match(errorOf('engine: oracle:19\nmigrations: { dir: db }\n'), /^sluice\.yml:1:9: engine: expected pglite, postgres:<tag>/);
});

test('a misspelt key inside a list item points into the item', () => {
  const message = errorOf('migrations: { dir: db }\nqueries:\n  - name: q\n    sql: select 1\n    expect: { forbid: [table-scan] }\n');
  assert.match(message, /^sluice\.yml:5:24: queries\[0\]\.expect\.forbid\[0\]: expected one of "seq-scan"/);
});

test('invalid YAML is reported with its position', () => {
  assert.match(errorOf('migrations: [\n  dir: x\n'), /^sluice\.yml:\d+:\d+: invalid YAML: /);
});

test('a missing required section is named', () => {
  assert.match(errorOf('engine: pglite\n'), /^sluice\.yml:1:1: migrations: is required/);
});

test('a missing file says how to fix it', async () => {
  await assert.rejects(loadConfig('does-not-exist.yml'), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /^does-not-exist\.yml: no such file; .*--config/);
    return true;
  });
});

test('the committed sluice.schema.json and README reference match the schema', async () => {
  const committed = JSON.parse(await readFile('sluice.schema.json', 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(jsonSchema())), 'run npm run schema');
  const readme = await readFile('README.md', 'utf8');
  const section = readme.slice(readme.indexOf(REFERENCE_START) + REFERENCE_START.length, readme.indexOf(REFERENCE_END)).trim();
  assert.equal(section, configReference(), 'run npm run schema');
});

test('the example config is valid', async () => {
  const { config } = await loadConfig('examples/shop/sluice.yml');
  assert.ok(config.queries.length >= 6);
  assert.ok(Object.values(config.data.rows).some((n) => n >= 1000));
});
