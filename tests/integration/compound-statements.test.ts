// A MySQL migration that creates a stored procedure without DELIMITER, as MySQL migration
// runners (which send each file whole) accept it: applied on the loopback MariaDB as one
// statement, then called by the next migration.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runGate } from '../../src/gate.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl } from '../support/urls.js';

const CONFIG = ['migrations:', '  dir: migrations', 'checks:', '  data-tests:', '    - sql: select * from stock_events having count(*) <> 3', ''].join('\n');

test('a procedure with BEGIN … END and no DELIMITER applies on MariaDB and runs', async () => {
  const configFile = await makeProject(CONFIG, {
    '0001_stock.sql': 'CREATE TABLE stock_events (id INT AUTO_INCREMENT PRIMARY KEY, delta INT NOT NULL);\n',
    '0002_restock.sql': [
      'CREATE PROCEDURE restock(IN p_times INT)',
      'BEGIN',
      '  DECLARE i INT DEFAULT 0;',
      '  refill: LOOP',
      '    IF i >= p_times THEN LEAVE refill; END IF;',
      '    INSERT INTO stock_events (delta) VALUES (1);',
      '    SET i = i + 1;',
      '  END LOOP refill;',
      'END;',
      '',
    ].join('\n'),
    '0003_call.sql': 'CALL restock(3);\n',
  });
  const report = await runGate({ configFile, engine: mysqlUrl() });
  assert.deepEqual(report.migrations.map((m) => [m.name, m.status, m.statements]), [
    ['0001_stock.sql', 'applied', 1],
    ['0002_restock.sql', 'applied', 1],
    ['0003_call.sql', 'applied', 1],
  ]);
  assert.deepEqual(report.dataTests.map((t) => t.passed), [true]);
  assert.equal(report.findings.filter((f) => f.severity === 'error').length, 0, JSON.stringify(report.findings));
});
