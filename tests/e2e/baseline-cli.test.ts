// `sluice baseline record` and `sluice check --baseline FILE` as users run them (bin/sluice.js →
// the bundled dist/cli.js). dist/ must be built first (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseBaselineDocument } from '../../src/baseline/document.js';
import { runToEnd, type Finished } from '../support/process.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoDir, 'bin', 'sluice.js');

function sluice(args: string[]): Promise<Finished> {
  const env = { ...process.env };
  delete env.SLUICE_DATABASE_URL;
  return runToEnd(process.execPath, [bin, ...args], { cwd: repoDir, env });
}

const transcript = (run: Finished) => `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`;

let tmp: string;
before(async () => {
  assert.ok(existsSync(path.join(repoDir, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sluice-e2e-baseline-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sluice baseline record and check --baseline', () => {
  it('records the example shop and checks against that baseline', { timeout: 300_000 }, async () => {
    const file = path.join(tmp, 'b.json');
    const record = await sluice(['baseline', 'record', '--config', 'examples/shop/sluice.yml', '--out', file, '--quiet']);
    assert.equal(record.code, 0, transcript(record));
    const document = parseBaselineDocument(await readFile(file, 'utf8'), file);
    assert.equal(record.stdout, `sluice: baseline written to ${file} (${document.metrics.length} metrics)\n`);
    assert.equal(document.suite, 'pglite');
    assert.equal(document.engine.name, 'pglite');
    assert.equal(document.seed, 42);
    assert.ok(document.metrics.some((m) => m.kind === 'work' && m.value !== undefined));
    assert.ok(document.metrics.some((m) => m.kind === 'time' && (m.samples?.length ?? 0) > 0));
    // The example's planted flaw is a finding; recording is not gating, so it was still written.
    assert.ok(document.findings.length > 0);

    const check = await sluice(['check', '--config', 'examples/shop/sluice.yml', '--baseline', file, '--quiet']);
    assert.equal(check.code, 0, transcript(check));
  });

  for (const { name, content, message } of [
    { name: 'a missing baseline file', content: undefined, message: /^sluice: --baseline \S+missing\.json: no such file; record one with sluice baseline record --out / },
    { name: 'a baseline file that is not JSON', content: '{ "schemaVersion": 1,\n', message: /^sluice: \S+bad\.json: invalid JSON at line 2 column 1; fix the file or record it again with `sluice baseline record`\.$/ },
    { name: 'a baseline from a newer Sluice', content: '{ "schemaVersion": 3 }', message: /^sluice: \S+bad\.json was written by a newer Sluice \(schemaVersion 3\); this one reads schemaVersion 1, so upgrade Sluice/ },
    { name: 'a JSON file that is not a baseline', content: '{ "schemaVersion": 1, "suite": "x" }', message: /^sluice: \S+bad\.json: recordedAt: missing; fix the file or record it again/ },
  ]) {
    it(`${name} is exit 2 with one sentence, before any database starts`, async () => {
      const file = path.join(tmp, content === undefined ? 'missing.json' : 'bad.json');
      if (content !== undefined) await writeFile(file, content);
      const run = await sluice(['check', '--config', 'examples/shop/sluice.yml', '--baseline', file]);
      assert.equal(run.code, 2, transcript(run));
      assert.equal(run.stdout, '');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, transcript(run));
      assert.match(lines[0]!, message);
    });
  }

  it('an unknown baseline subcommand is a usage error', async () => {
    const run = await sluice(['baseline', 'show']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "sluice: sluice baseline: unknown subcommand 'show'; the subcommand is: sluice baseline record (see sluice --help).\n");
  });
});
