// checks.durability on the servers Sluice starts itself (local:postgres, local:mariadb): money
// moves between accounts on four connections, the server is SIGKILLed mid-workload and
// restarted, and every acknowledged transfer must still be there with the total unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import { runGate, type GateReport } from '../../src/gate.js';
import { localServerFolders, localServerProcesses } from '../support/local-servers.js';
import { makeProject } from '../support/project.js';
import { postgresUrl } from '../support/urls.js';

const project = (options: { invariant?: string; trade?: boolean } = {}) => `migrations: { dir: migrations }
data: { rows: { accounts: 0, transfers: 0 } }
gate: { time: { samples: 5 } }
transactions:
  - name: transfer
    statements:
      - update accounts set balance = balance - $3 where id = $1
      - update accounts set balance = balance + $3 where id = $2
      - insert into transfers (src, dst, amount) values ($1, $2, $3)
    params: [{ range: [1, 10] }, { range: [1, 10] }, { range: [1, 50] }]
checks:
  durability:
    connections: 4
    kill-after: 600ms
    after-restart: 300ms
    trade-durability: ${options.trade ?? false}
    invariants:
      - name: money is conserved
        sql: select sum(balance) = 10000 from accounts
${options.invariant ? `      - name: planted\n        sql: ${options.invariant}\n` : ''}`;

const MIGRATIONS = {
  postgres: 'create table accounts (id int primary key, balance int not null);\ncreate table transfers (id serial primary key, src int not null, dst int not null, amount int not null);\ninsert into accounts select g, 1000 from generate_series(1, 10) g;\n',
  mariadb: 'create table accounts (id int primary key, balance int not null);\ncreate table transfers (id int auto_increment primary key, src int not null, dst int not null, amount int not null);\ninsert into accounts values (1,1000),(2,1000),(3,1000),(4,1000),(5,1000),(6,1000),(7,1000),(8,1000),(9,1000),(10,1000);\n',
};

const metric = (report: GateReport, key: string) => report.metrics.find((m) => m.key === key);
const finding = (report: GateReport, rule: string) => report.findings.find((f) => f.rule === rule);

for (const kind of ['postgres', 'mariadb'] as const) {
  describe(`checks.durability on local:${kind}`, () => {
    test('every acknowledged commit survives a SIGKILL; recovery time, client errors and the trade-off are reported', { timeout: 120_000 }, async (t) => {
      const before = localServerFolders();
      const config = await makeProject(project({ trade: true }), { '001_accounts.sql': MIGRATIONS[kind] });
      // MariaDB 10.11.19 (Debian's) now and then spoils a crash test: it aborts in InnoDB's purge a
      // moment after a clean recovery (one run in forty to 250 here, depending on the load beside
      // it), and the server it then comes back as has been seen with a transfer half-applied. On
      // MariaDB a spoiled run is shown and run once more, and the second must pass.
      let report = await runGate({ configFile: config, engine: `local:${kind}` });
      const spoiled = report.findings.filter((f) => f.check === 'durability' && f.severity !== 'notice');
      if (kind === 'mariadb' && spoiled.length > 0) {
        t.diagnostic(`MariaDB spoiled the first run: ${JSON.stringify(spoiled)}`);
        report = await runGate({ configFile: config, engine: `local:${kind}` });
      }
      // The check starts a server that stopped by itself again and warns; what that server then
      // kept is its own affair, so the proof below cannot be asked of it.
      const crashed = finding(report, 'durability-server-crashed');
      if (crashed) {
        assert.equal(crashed.severity, 'warning');
        assert.match(crashed.message, /^After recovering from the kill the server stopped by itself (once|\d times), and Sluice started it again as a service manager would: (ended on signal SIG\w+ \d+ ms after it started|The local \w+ server exited while starting)/);
        assert.deepEqual(localServerProcesses(), []);
        t.skip(`the server stopped by itself after its recovery: ${crashed.message.slice(0, 300)}`);
        return;
      }
      assert.equal(report.verdict, 'pass', JSON.stringify(report.findings.filter((f) => f.severity !== 'notice')));
      assert.equal(report.findings.filter((f) => f.check === 'durability' && f.severity !== 'notice').length, 0);
      const recovery = metric(report, 'durability.recovery');
      assert.ok(recovery && recovery.samples![0]! > 0, 'recovery time reported');
      assert.ok(metric(report, 'durability.first-transaction'), 'time to the first transaction after the kill reported');
      assert.ok(metric(report, 'durability.commits')!.value! > 10, 'the workload committed transactions');
      assert.equal(metric(report, 'durability.lost-commits')!.value, 0);
      assert.ok(metric(report, 'durability.client-errors')!.value! > 0, 'clients saw the crash');
      const summary = finding(report, 'durability-summary')!;
      assert.match(summary.message, /killed \(SIGKILL\).*accepted logins again \d+ ms later; clients committed again \d+ ms after the kill/);
      assert.match(summary.message, /(\d+) of \1 acknowledged commits are there.*1 of 1 invariants hold, 1 of 1 sequences are not behind/);
      // What the relaxed setting lost depends on timing: reported as information either way.
      const trade = finding(report, 'durability-trade-off')!;
      assert.equal(trade.severity, 'notice');
      assert.match(trade.message, kind === 'postgres' ? /^With synchronous_commit = off, a SIGKILL of the server lost/ : /^With innodb_flush_log_at_trx_commit = 2, a SIGKILL of the server lost/);
      assert.ok(metric(report, 'durability.relaxed.lost-commits'));
      assert.deepEqual(localServerFolders(), before);
      assert.deepEqual(localServerProcesses(), []);
    });
  });
}

// On PostgreSQL only: MariaDB 10.11 aborted right after its recovery has been seen to come back
// without an acknowledged commit (Sluice reported 1 of 1,822 missing in one run of about twenty),
// which is the server's fault and the check's to report, so no test there can promise none.
test('a local:postgres server that stops by itself after its recovery is started again, the commits are checked on it, and a warning says what happened', { timeout: 120_000 }, async () => {
  const config = await makeProject(project(), { '001_accounts.sql': MIGRATIONS.postgres });
  // The postmaster the check restarts after the kill: abort it (SIGABRT, as MariaDB's failing
  // assertion does) a moment after it comes back, once.
  let first: string | undefined;
  let aborted = false;
  const watcher = setInterval(() => {
    const leader = localServerProcesses().find((p) => / -D \S*sluice-local-pg-\S* -c listen_addresses/.test(p));
    const pid = leader?.split(':')[0];
    if (!pid || aborted) return;
    first ??= pid;
    if (pid === first) return;
    aborted = true;
    setTimeout(() => process.kill(Number(pid), 'SIGABRT'), 150);
  }, 10);
  try {
    const report = await runGate({ configFile: config, engine: 'local:postgres' });
    assert.ok(aborted, 'the restarted server was aborted');
    assert.equal(report.verdict, 'pass', JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
    const crashed = finding(report, 'durability-server-crashed')!;
    assert.equal(crashed.severity, 'warning');
    assert.match(crashed.message, /^After recovering from the kill the server stopped by itself once, and Sluice started it again as a service manager would: (ended on signal SIGABRT \d+ ms after it started|The local \w+ server exited while starting \(SIGABRT\)).*The commits were checked on the server that came up after it/);
    assert.match(finding(report, 'durability-summary')!.message, /(\d+) of \1 acknowledged commits are there.*1 of 1 invariants hold/);
    assert.equal(metric(report, 'durability.lost-commits')!.value, 0);
    assert.deepEqual(localServerProcesses(), []);
  } finally {
    clearInterval(watcher);
  }
});

test('a planted invariant that does not hold after the crash fails the gate at checks.durability', { timeout: 120_000 }, async () => {
  const config = await makeProject(project({ invariant: 'select count(*) = 0 from transfers' }), { '001_accounts.sql': MIGRATIONS.postgres });
  const report = await runGate({ configFile: config, engine: 'local:postgres' });
  assert.equal(report.verdict, 'fail');
  const failed = report.findings.filter((f) => f.rule === 'durability-invariant');
  assert.equal(failed.length, 1);
  assert.match(failed[0]!.message, /^The invariant "planted" does not hold after the crash and recovery/);
  assert.match(`${failed[0]!.location?.file}:${failed[0]!.location?.line}`, /sluice\.yml:\d+$/);
});

test('checks.durability on a server URL is refused before anything starts, naming the setting and the fix', async () => {
  const config = await makeProject(project(), { '001_accounts.sql': MIGRATIONS.postgres });
  for (const engine of [postgresUrl(), 'pglite']) {
    await assert.rejects(runGate({ configFile: config, engine }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /^\/.*sluice\.yml:\d+:\d+: checks\.durability kills and restarts the database server, so it runs only on a server Sluice starts from the machine's binaries, and the engine here is .*; set engine: local:postgres or local:mariadb \(or --engine\), or remove checks\.durability\.$/);
      assert.doesNotMatch(error.message, /postgres:\/\//);
      return true;
    });
  }
});
