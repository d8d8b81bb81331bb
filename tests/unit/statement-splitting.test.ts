// Statement splitting on migration files as projects write them: each statement is what the
// engine's own client (or the project's migration runner) would send, with the line it starts on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitStatements } from '../../src/migrations/statements.js';

/** [line, first line of the statement] for each statement. */
const outline = (sql: string, dialect: 'mysql' | 'postgres') =>
  splitStatements(sql, dialect).map((s) => [s.line, s.sql.split('\n')[0]]);

describe('MySQL and MariaDB', () => {
  test('a stored procedure without DELIMITER stays one statement, with loops, IF, CASE and labels inside', () => {
    const file = [
      '-- 0004_restock.sql', // 1
      'CREATE TABLE stock_events (id BIGINT AUTO_INCREMENT PRIMARY KEY, product_id INT NOT NULL, delta INT NOT NULL);', // 2
      '', // 3
      'CREATE DEFINER=`app`@`%` PROCEDURE restock(IN p_product INT, IN p_amount INT)', // 4
      '    MODIFIES SQL DATA', // 5
      'BEGIN', // 6
      '  DECLARE done INT DEFAULT FALSE;', // 7
      '  DECLARE i INT DEFAULT 0;', // 8
      '  DECLARE EXIT HANDLER FOR SQLEXCEPTION', // 9
      '  BEGIN', // 10
      '    ROLLBACK;', // 11
      '    RESIGNAL;', // 12
      '  END;', // 13
      '  START TRANSACTION;', // 14
      '  refill: LOOP', // 15
      '    IF i >= p_amount THEN', // 16
      '      LEAVE refill;', // 17
      '    ELSEIF i > 1000 THEN', // 18
      "      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'too many; stop';", // 19
      '    END IF;', // 20
      '    CASE WHEN i % 2 = 0 THEN SET i = i + 1; ELSE SET i = i + 2; END CASE;', // 21
      '    WHILE done DO SET done = FALSE; END WHILE;', // 22
      '    REPEAT SET done = TRUE; UNTIL done END REPEAT;', // 23
      '  END LOOP refill;', // 24
      '  INSERT INTO stock_events (product_id, delta) VALUES (p_product, IF(i > 0, i, 0));', // 25
      "  SELECT CASE WHEN i > 0 THEN 'restocked' ELSE \"nothing; done\" END AS outcome; # a comment; with a semicolon", // 26
      '  COMMIT;', // 27
      'END;', // 28
      '', // 29
      'INSERT INTO stock_events (product_id, delta) VALUES (1, 0);', // 30
    ].join('\n');
    const statements = splitStatements(file, 'mysql');
    assert.deepEqual(statements.map((s) => s.line), [2, 4, 30]);
    assert.match(statements[1]!.sql, /^CREATE DEFINER=`app`@`%` PROCEDURE restock[\s\S]*  COMMIT;\nEND$/);
  });

  test('triggers, functions and events with BEGIN … END bodies; a one-statement trigger ends at its semicolon', () => {
    const file = [
      'CREATE TRIGGER orders_touch BEFORE UPDATE ON orders', // 1
      'FOR EACH ROW', // 2
      'BEGIN', // 3
      '  SET NEW.updated_at = NOW();', // 4
      '  IF NEW.status <> OLD.status THEN', // 5
      '    INSERT INTO order_history (order_id, status) VALUES (NEW.id, NEW.status);', // 6
      '  END IF;', // 7
      'END;', // 8
      'CREATE TRIGGER orders_count AFTER INSERT ON orders FOR EACH ROW UPDATE counters SET n = n + 1;', // 9
      'CREATE FUNCTION order_total(p_order INT) RETURNS DECIMAL(10,2)', // 10
      '  DETERMINISTIC READS SQL DATA', // 11
      'BEGIN', // 12
      '  DECLARE total DECIMAL(10,2);', // 13
      '  SELECT SUM(price * quantity) INTO total FROM order_items WHERE order_id = p_order;', // 14
      '  RETURN COALESCE(total, 0);', // 15
      'END;', // 16
      'CREATE FUNCTION plus_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1;', // 17
      'CREATE EVENT purge_sessions ON SCHEDULE EVERY 1 HOUR DO', // 18
      'BEGIN', // 19
      '  DELETE FROM sessions WHERE expires_at < NOW();', // 20
      '  DELETE FROM login_attempts WHERE created_at < NOW() - INTERVAL 1 DAY;', // 21
      'END;', // 22
      'CREATE TABLE `end` (`begin` INT, `case` INT);', // 23
    ].join('\n');
    assert.deepEqual(outline(file, 'mysql'), [
      [1, 'CREATE TRIGGER orders_touch BEFORE UPDATE ON orders'],
      [9, 'CREATE TRIGGER orders_count AFTER INSERT ON orders FOR EACH ROW UPDATE counters SET n = n + 1'],
      [10, 'CREATE FUNCTION order_total(p_order INT) RETURNS DECIMAL(10,2)'],
      [17, 'CREATE FUNCTION plus_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1'],
      [18, 'CREATE EVENT purge_sessions ON SCHEDULE EVERY 1 HOUR DO'],
      [23, 'CREATE TABLE `end` (`begin` INT, `case` INT)'],
    ]);
  });

  test("MariaDB's BEGIN NOT ATOMIC block is one statement; a plain BEGIN is a transaction", () => {
    const file = [
      'BEGIN;', // 1
      'INSERT INTO plans VALUES (1);', // 2
      'COMMIT;', // 3
      'BEGIN NOT ATOMIC', // 4
      '  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = \'plans\' AND column_name = \'tier\') THEN', // 5
      '    ALTER TABLE plans ADD COLUMN tier INT;', // 6
      '  END IF;', // 7
      'END;', // 8
      'CREATE OR REPLACE PROCEDURE noop() BEGIN END;', // 9
    ].join('\n');
    assert.deepEqual(outline(file, 'mysql').map(([line]) => line), [1, 2, 3, 4, 9]);
  });

  test('DELIMITER blocks still work, with any delimiter, and comments and /*! */ lines as mysqldump writes them', () => {
    const file = [
      '/*!40101 SET NAMES utf8mb4 */;', // 1
      '-- a comment; not a statement', // 2
      'DELIMITER $$', // 3
      'CREATE PROCEDURE archive_orders()', // 4
      'BEGIN', // 5
      '  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < NOW() - INTERVAL 1 YEAR;', // 6
      '  DELETE FROM orders WHERE created_at < NOW() - INTERVAL 1 YEAR;', // 7
      'END$$', // 8
      'delimiter ;;', // 9
      'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.id = 1;;', // 10
      'DELIMITER ;', // 11
      "INSERT INTO notes VALUES ('it''s; fine', \"a \\\" b; c\");", // 12
    ].join('\n');
    assert.deepEqual(outline(file, 'mysql'), [
      [1, '/*!40101 SET NAMES utf8mb4 */'],
      [4, 'CREATE PROCEDURE archive_orders()'],
      [10, 'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.id = 1'],
      [12, "INSERT INTO notes VALUES ('it''s; fine', \"a \\\" b; c\")"],
    ]);
  });
});

describe('PostgreSQL', () => {
  test('plpgsql functions and DO blocks in dollar quotes, nested tags, comments and E strings', () => {
    const file = [
      '/* 0007_audit.sql', // 1
      '   adds the audit trigger; see docs */', // 2
      'CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger', // 3
      'LANGUAGE plpgsql AS $fn$', // 4
      'BEGIN', // 5
      "  EXECUTE format($q$INSERT INTO audit VALUES (%L, now());$q$, TG_TABLE_NAME);", // 6
      '  RETURN NEW;', // 7
      'END;', // 8
      '$fn$;', // 9
      'DO $$ BEGIN', // 10
      "  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('sad', 'ok'); END IF;", // 11
      'END $$;', // 12
      "COMMENT ON TABLE audit IS E'who changed what;\\n\\'when\\'';", // 13
      '-- trailing comment; ignored', // 14
      'SELECT 1 /* nested /* comment; */ still */ ;', // 15
    ].join('\n');
    assert.deepEqual(outline(file, 'postgres'), [
      [3, 'CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger'],
      [10, 'DO $$ BEGIN'],
      [13, "COMMENT ON TABLE audit IS E'who changed what;\\n\\'when\\''"],
      [15, 'SELECT 1 /* nested /* comment; */ still */'],
    ]);
  });

  test('SQL-standard BEGIN ATOMIC bodies stay whole; BEGIN and COMMIT as transaction statements still split', () => {
    const file = [
      'BEGIN;', // 1
      'CREATE FUNCTION order_total(p_order bigint) RETURNS numeric', // 2
      '  LANGUAGE sql STABLE', // 3
      'BEGIN ATOMIC', // 4
      '  SELECT CASE WHEN count(*) = 0 THEN 0 ELSE sum(price * quantity) END', // 5
      '    FROM order_items WHERE order_id = p_order;', // 6
      'END;', // 7
      'CREATE PROCEDURE bump(n int) LANGUAGE sql', // 8
      'BEGIN ATOMIC', // 9
      '  UPDATE counters SET value = value + n;', // 10
      '  INSERT INTO counter_log (delta) VALUES (n);', // 11
      'END;', // 12
      'CREATE RULE keep_audit AS ON DELETE TO audit DO INSTEAD (', // 13
      '  INSERT INTO audit_deleted SELECT OLD.*;', // 14
      '  NOTIFY audit_deleted', // 15
      ');', // 16
      'COMMIT;', // 17
    ].join('\n');
    assert.deepEqual(outline(file, 'postgres').map(([line]) => line), [1, 2, 8, 13, 17]);
    assert.match(splitStatements(file, 'postgres')[1]!.sql, /BEGIN ATOMIC[\s\S]*p_order;\nEND$/);
  });

  test('line numbers stay exact after COPY data, Windows line ends and psql meta-commands', () => {
    const file = [
      'CREATE TABLE t (id int, note text);', // 1
      'COPY t (id, note) FROM stdin;', // 2
      "1\tO'Brien; said $$ hi", // 3
      '\\.', // 4
      '\\connect other', // 5
      'CREATE INDEX t_note ON t (note);', // 6
    ].join('\r\n');
    const statements = splitStatements(file, 'postgres');
    assert.deepEqual(statements.map((s) => s.line), [1, 2, 5, 6]);
    assert.deepEqual(statements[1]!.copyData, { lines: ["1\tO'Brien; said $$ hi"], firstLine: 3 });
    assert.equal(statements[2]!.sql, '\\connect other');
  });
});
