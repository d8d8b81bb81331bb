// The deadlock search on the loopback PostgreSQL and MariaDB: a planted lock-order deadlock
// between two declared transactions (A updates row 1 then 2, B row 2 then 1) is found and
// explained, with the survivor's effect checked; the same pair in one lock order reports none;
// a misspelt transaction name is one sentence at its line; PGlite says why it skips.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const MIGRATION = `CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL);
INSERT INTO accounts VALUES (1, 100), (2, 100);
`;

const transfer = (name: string, from: number, to: number) => `
  - name: ${name}
    statements:
      - update accounts set balance = balance - $1 where id = ${from}
      - update accounts set balance = balance + $1 where id = ${to}
    params: [10]`;

const project = (transactions: string, names: string) =>
  makeProject(`migrations: { dir: migrations }\ntransactions:${transactions}\nchecks:\n  deadlocks:\n    transactions: ${names}\n`, { '0001.sql': MIGRATION });

const deadlockFindings = (report: Awaited<ReturnType<typeof runGate>>) => report.findings.filter((f) => f.rule === 'deadlock' || f.rule.startsWith('deadlock'));

for (const [name, url] of [['PostgreSQL', postgresUrl], ['MariaDB', mysqlUrl]] as const) {
  test(`a lock-order deadlock between two declared transactions is found and explained on ${name}`, async () => {
    const config = await project(transfer('pay 1 to 2', 1, 2) + transfer('pay 2 to 1', 2, 1), '[pay 1 to 2, pay 2 to 1]');
    const report = await runGate({ configFile: config, engine: url(), compare: 'none' });
    const findings = deadlockFindings(report);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const [finding] = findings;
    assert.equal(finding!.severity, 'error');
    assert.match(finding!.message, /^Transactions "pay 1 to 2" and "pay 2 to 1" deadlock \(\d+ of 20 interleavings deadlocked\); in interleaving a1 b1 /);
    // The two statements, each named.
    assert.match(finding!.message, /statement 2 \(update accounts set balance = balance \+ \$1 where id = [12]\) waits for a lock .* holds, while .* statement 2 \(update accounts set balance = balance \+ \$1 where id = [12]\) waits/);
    assert.match(finding!.message, name === 'PostgreSQL' ? /failing "pay [12] to [12]" with deadlock \(40P01\)/ : /failing "pay [12] to [12]" with deadlock \(ER_LOCK_DEADLOCK \(1213\)\)/);
    if (name === 'PostgreSQL') {
      // The locks, read while both waited, name the rows by their key.
      assert.match(finding!.message, /Locks: "pay 1 to 2" waits for ShareLock on transaction \d+ \(held by b\), for row id = 2 of accounts; "pay 2 to 1" waits for ShareLock on transaction \d+ \(held by a\), for row id = 1 of accounts\./);
      assert.match(finding!.message, /PostgreSQL said: Process \d+ waits for ShareLock on transaction/);
    }
    assert.match(finding!.message, /the survivor "pay [12] to [12]" committed and its writes are visible, exactly as when it runs alone/);
    assert.match(finding!.message, /SELECT … FOR UPDATE … ORDER BY the key/);
    // At the statement that waited, in transactions.
    assert.equal(finding!.location?.file?.endsWith('sluice.yml'), true);
    assert.ok([5, 6, 10, 11].includes(finding!.location!.line!), String(finding!.location?.line));
    assert.equal(report.verdict, 'fail');
    const metric = report.metrics.find((m) => m.key === 'deadlocks.pay-1-to-2.pay-2-to-1');
    assert.ok(metric && metric.value! >= 1, JSON.stringify(metric));
    // The report's pair: the counts and the two statements that waited for each other.
    const [pair] = report.concurrency!.deadlocks;
    assert.deepEqual([pair!.transactions, pair!.run, pair!.deadlocked], [['pay 1 to 2', 'pay 2 to 1'], 20, metric.value]);
    for (const side of [pair!.first!.victim, pair!.first!.survivor]) assert.match(side.statement, /^[ab]2: update accounts set balance = balance \+ \$1 where id = [12]$/);
    assert.equal(pair!.first!.victim.code, name === 'PostgreSQL' ? '40P01' : 'ER_LOCK_DEADLOCK (1213)');
    if (name === 'PostgreSQL') assert.equal(pair!.first!.locks.length, 2);
  });

  test(`the same pair taking its rows in one order never deadlocks on ${name}`, async () => {
    const config = await project(transfer('pay 1 to 2', 1, 2) + transfer('refund 2 from 1', 1, 2).replace('- $1 where id = 1', '+ $1 where id = 1').replace('+ $1 where id = 2', '- $1 where id = 2'), '[pay 1 to 2, refund 2 from 1]');
    const report = await runGate({ configFile: config, engine: url(), compare: 'none' });
    assert.deepEqual(deadlockFindings(report), []);
    const metric = report.metrics.find((m) => m.key === 'deadlocks.pay-1-to-2.refund-2-from-1');
    assert.equal(metric?.value, 0);
    assert.match(metric!.detail!, /0 of 20 interleavings deadlocked/);
    // Every interleaving restored the seeded rows.
    assert.equal(report.verdict, 'pass', JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
  });
}

test('PGlite skips the deadlock search with one notice', async () => {
  const config = await project(transfer('pay 1 to 2', 1, 2) + transfer('pay 2 to 1', 2, 1), '[pay 1 to 2, pay 2 to 1]');
  const report = await runGate({ configFile: config, engine: 'pglite', compare: 'none' });
  const skipped = report.findings.filter((f) => f.rule === 'deadlocks-skipped');
  assert.equal(skipped.length, 1);
  assert.match(skipped[0]!.message, /pglite has one connection/);
});

test('a deadlock search naming an undeclared transaction is one sentence at its line', () => {
  const text = `migrations: { dir: migrations }\ntransactions:${transfer('pay 1 to 2', 1, 2)}\nchecks:\n  deadlocks:\n    transactions: [pay 1 to 2, pay 2 to 1]\n`;
  assert.throws(() => parseConfig(text, 'sluice.yml'), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /^sluice\.yml:10:\d+: .*names transaction "pay 2 to 1", which is not declared under transactions; the declared transactions are "pay 1 to 2"/);
    return true;
  });
});
