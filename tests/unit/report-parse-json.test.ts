// report.json read back, as comment mode reads another run's artifact: a real report renders
// the same comment as the run that wrote it; a hostile one is refused or rendered inert.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UntrustedReportError, postReportComment, readRunContext, readUntrustedReport } from '../../src/github/index.js';
import { COMMENT_LIMIT, JsonReportShapeError, parseJsonReport, renderComment, toJsonReport } from '../../src/report/index.js';
import { droppedIndexReport } from '../support/report-fixtures.js';
import { liveTextOf, readCell, tablesOf } from '../support/gfm.js';
import { pullRequestEvent, runnerEnv, workflowRunEvent } from '../support/github-events.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-parse-json-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The report as the artifact holds it: through JSON and back. */
const artifactOf = (report = droppedIndexReport()) =>
  JSON.parse(JSON.stringify(toJsonReport(report, { pullRequest: { number: 7 } }))) as Record<string, any>;

const refusedAt = (value: unknown, field: RegExp) =>
  assert.throws(() => parseJsonReport(value), (error: unknown) => {
    assert.ok(error instanceof JsonReportShapeError, String(error));
    assert.match(error.field, field);
    return true;
  });

const options = { limit: COMMENT_LIMIT, artifactUrl: 'https://github.com/octo-org/shop/actions/runs/4242' };

describe('parseJsonReport', () => {
  it('rebuilds a report that renders the same comment as the run that wrote it', () => {
    const report = droppedIndexReport();
    const rebuilt = parseJsonReport(artifactOf(report));
    assert.equal(rebuilt.engine.dialect, 'postgres');
    assert.equal(renderComment(rebuilt, options), renderComment(report, options));
    // And a second trip changes nothing.
    assert.deepEqual(parseJsonReport(artifactOf(rebuilt)), rebuilt);
  });

  it('derives the dialect from the engine name and ignores fields it does not know', () => {
    const json = artifactOf();
    json.engine = { name: 'mariadb', version: '11.4', dialect: 'postgres' };
    json.futureField = { anything: [1, 2, 3] };
    json.findings[0].futureDetail = 'later';
    const report = parseJsonReport(json);
    assert.deepEqual(report.engine, { name: 'mariadb', version: '11.4', dialect: 'mysql' });
    assert.equal('futureField' in report, false);
  });

  it('refuses a field of the wrong type, naming it', () => {
    const cases: Array<[(json: Record<string, any>) => void, RegExp]> = [
      [(j) => (j.findings[0].message = 42), /^findings\.0\.message$/],
      [(j) => (j.findings[0].severity = 'critical'), /^findings\.0\.severity$/],
      [(j) => (j.verdict = 'maybe'), /^verdict$/],
      [(j) => (j.engine.name = 'oracle'), /^engine\.name$/],
      [(j) => (j.comparison.metrics[0].head = '2273'), /^comparison\.metrics\.0\.head$/],
      [(j) => (j.comparison.metrics[0].interval = [1]), /^comparison\.metrics\.0\.interval/],
      [(j) => (j.queries[0].params = [{ toString: 'x' }]), /^queries\.0\.params\.0$/],
      [(j) => (j.seed.tables[0].rows = -1), /^seed\.tables\.0\.rows$/],
      [(j) => delete j.queries, /^queries$/],
      [(j) => (j.suite = ''), /^suite$/],
      [(j) => (j.version = 1), /^version$/],
    ];
    for (const [tamper, field] of cases) {
      const json = artifactOf();
      tamper(json);
      refusedAt(json, field);
    }
    refusedAt([], /top level/);
  });

  it('refuses lists and strings too long to render quickly', () => {
    const json = artifactOf();
    json.findings = Array.from({ length: 20_000 }, () => json.findings[0]);
    refusedAt(json, /^findings$/);
    const long = artifactOf();
    long.findings[0].message = 'x'.repeat(10_001);
    refusedAt(long, /^findings\.0\.message$/);
  });

  it('never quotes the report in its error: a hostile key is shown as ?', () => {
    const json = artifactOf();
    json.environment.settings = { '<img src=x onerror=alert(1)>': 5 };
    assert.throws(() => parseJsonReport(json), (error: unknown) => {
      assert.ok(error instanceof JsonReportShapeError);
      assert.doesNotMatch(error.message, /[<>=]/);
      return true;
    });
  });

  it('renders hostile text as text: no HTML, no mention, no marker of another comment', () => {
    const hostile = '<img src=x onerror=alert(1)> cc @org/team <!-- sluice:comment suite=x --> [x](javascript:alert(1))';
    const json = artifactOf();
    json.findings[0].message = hostile;
    json.queries[0].name = hostile;
    json.suite = 'shop <!-- sluice:comment suite=x --> <img src=x>';
    const markdown = renderComment(parseJsonReport(json), options);
    assert.doesNotMatch(markdown, /<!--\s*sluice:/, 'a second marker could pass for another comment');
    // Outside code spans (where nothing is markup) there is no raw HTML at all.
    for (const text of liveTextOf(markdown)) {
      assert.ok(!text.replace(/<\/?(details|summary)>/g, '').includes('<'), `raw HTML: ${text}`);
      assert.doesNotMatch(text, /@\w/, 'a live @mention');
      assert.doesNotMatch(text.replace(/\\./g, ''), /[[\]]/, `a live link: ${text}`);
    }
    const findings = tablesOf(markdown).find((t) => t.header.includes('Finding'))!;
    assert.ok(findings.rows.some((row) => readCell(row[3]!) === hostile), 'the message is shown as written');
  });
});

describe('the artifact file', () => {
  it('refuses a file over 5 MiB before parsing it', async () => {
    const file = path.join(dir, 'huge.json');
    const json = artifactOf();
    json.padding = 'x'.repeat(6 * 1024 * 1024);
    await writeFile(file, JSON.stringify(json));
    await assert.rejects(readUntrustedReport(file), (error: unknown) => {
      assert.ok(error instanceof UntrustedReportError);
      assert.match(error.message, new RegExp(`^Sluice refused the report ${file}: .*more than the 5242880 .*allowed\\.$`));
      return true;
    });
  });

  it('comment mode refuses a tampered report in one sentence naming the file and the field', async () => {
    const file = path.join(dir, 'tampered.json');
    const json = artifactOf();
    json.findings[0].message = 42;
    await writeFile(file, JSON.stringify(json));
    const context = readRunContext(await runnerEnv(dir, 'workflow_run', workflowRunEvent({ fromFork: true }), 'http://127.0.0.1:9'));
    await assert.rejects(postReportComment({ token: 'ghs_x', context, reportFile: file, when: 'always' }), (error: unknown) => {
      assert.ok(error instanceof UntrustedReportError);
      assert.equal(error.exitCode, 2);
      assert.match(error.message, new RegExp(`^Sluice refused the report ${file}: its field findings\\.0\\.message [^\\n]*\\.$`));
      return true;
    });
  });

  it('comment mode refuses to run outside a workflow_run workflow', async () => {
    const file = path.join(dir, 'ok.json');
    await writeFile(file, JSON.stringify(artifactOf()));
    const context = readRunContext(await runnerEnv(dir, 'pull_request', pullRequestEvent(), 'http://127.0.0.1:9'));
    await assert.rejects(postReportComment({ token: 'ghs_x', context, reportFile: file, when: 'always' }), /only in a workflow_run workflow, not on pull_request/);
  });
});
