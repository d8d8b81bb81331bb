// Bad `scaling` settings name the setting and its line:col; the fit classifies as documented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { classOf, fitScaling } from '../../src/checks/performance/scaling/index.js';

const errorOf = (text: string) => {
  try {
    parseConfig(`migrations: { dir: db }\n${text}`, 'sluice.yml');
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.message;
  }
  return 'accepted';
};

test('scaling parses to ascending multiples; expect.scaling to a class', () => {
  const { config } = parseConfig(`migrations: { dir: db }
scaling: [0.5, 1, 2, 4]
queries:
  - { name: q, sql: select 1, expect: { scaling: linear } }
`, 'sluice.yml');
  assert.deepEqual(config.scaling, [0.5, 1, 2, 4]);
  assert.equal(config.queries[0]!.expect.scaling, 'linear');
  assert.equal(parseConfig('migrations: { dir: db }\n', 'sluice.yml').config.scaling, undefined);
});

test('bad scaling settings say where and how to fix them', () => {
  assert.match(errorOf('scaling: [1, 4, 2]\n'), /^sluice\.yml:2:17: scaling\[2\]: 2 does not come after 4; list distinct multiples in ascending order/);
  assert.match(errorOf('scaling: [1, 1]\n'), /^sluice\.yml:2:\d+: scaling\[1\]: 1 does not come after 1/);
  assert.match(errorOf('scaling: [2]\n'), /^sluice\.yml:2:\d+: scaling: has 1 multiple; give two to six, such as \[1, 2, 4\]/);
  assert.match(errorOf('scaling: [1, 32]\n'), /^sluice\.yml:2:\d+: scaling\[1\]: 32 is not a multiple between 0 and 16/);
  assert.match(errorOf('scaling: [0, 1]\n'), /^sluice\.yml:2:\d+: scaling\[0\]: 0 is not a multiple between 0 and 16/);
  assert.match(errorOf('scaling: 4\n'), /^sluice\.yml:2:\d+: scaling/);
  assert.match(errorOf('queries:\n  - { name: q, sql: select 1, expect: { scaling: quadratic } }\n'), /^sluice\.yml:3:\d+: queries\[0\]\.expect\.scaling/);
});

test('the fit: a constant, a B-tree gaining a level, a scan, a nested loop', () => {
  const rows = [1000, 2000, 4000];
  assert.deepEqual(fitScaling(rows, [3, 3, 3]), { exponent: 0, class: 'constant', growth: 1, span: 4 });
  assert.equal(fitScaling(rows, [3, 3, 4]).class, 'logarithmic');
  const scan = fitScaling(rows, [10, 20, 39]);
  assert.equal(scan.class, 'linear');
  assert.equal(scan.exponent, 0.98);
  assert.equal(fitScaling(rows, [100, 400, 1600]).class, 'worse-than-linear');
  // Reading nothing stays constant (log of zero work is taken as log 1).
  assert.equal(fitScaling(rows, [0, 0, 0]).class, 'constant');
  assert.deepEqual([0.14, 0.15, 0.59, 0.6, 1.3, 1.31].map(classOf), ['constant', 'logarithmic', 'logarithmic', 'linear', 'linear', 'worse-than-linear']);
});
