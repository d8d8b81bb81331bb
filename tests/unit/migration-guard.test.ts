// What Sluice reads out of migration files before a database is involved: statements it
// refuses, psql's inline COPY data, and files it will not guess about.
import assert from 'node:assert/strict';
import { chmod, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import { decodeCopyLine } from '../../src/migrations/copy-data.js';
import { refuseStatements } from '../../src/migrations/guard.js';
import { discoverMigrations } from '../../src/migrations/formats/index.js';
import { splitStatements } from '../../src/migrations/statements.js';
import { tempFolder } from '../support/project.js';

const refusals = (sql: string, dialect: 'postgres' | 'mysql') => refuseStatements(splitStatements(sql, dialect), dialect);

describe('statements that address the server are refused with their line', () => {
  const refused: [string, 'postgres' | 'mysql', string, number, RegExp][] = [
    ['DROP DATABASE', 'postgres', 'CREATE TABLE a (id int);\nDROP DATABASE decoy;\n', 2, /^DROP DATABASE addresses the server, not the scratch database Sluice made for this run; remove it/],
    ['CREATE DATABASE', 'postgres', 'create database other;', 1, /^CREATE DATABASE addresses the server/],
    ['ALTER DATABASE', 'postgres', '-- settings\nALTER DATABASE current SET timezone = UTC;', 2, /^ALTER DATABASE addresses/],
    ['a keyword split by a comment', 'postgres', 'DROP /* really */ DATABASE IF EXISTS decoy;', 1, /^DROP DATABASE/],
    ['MySQL DROP SCHEMA', 'mysql', 'DROP SCHEMA IF EXISTS x;\nCREATE SCHEMA x;\nUSE x;\n', 1, /^DROP SCHEMA addresses the server, .*\(on MySQL a schema is a database\)/],
    ['MySQL USE', 'mysql', 'CREATE TABLE a (id int);\n\nUSE other;', 3, /^USE switches to another database/],
    ['MySQL CREATE OR REPLACE DATABASE', 'mysql', 'CREATE OR REPLACE DATABASE x;', 1, /^CREATE DATABASE/],
    ['mysqldump CREATE DATABASE with a versioned comment', 'mysql', 'CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop`;', 1, /^CREATE DATABASE/],
    ['a statement inside an executable comment', 'mysql', '/*!40000 DROP DATABASE shop */;', 1, /^DROP DATABASE/],
    ['psql \\c', 'postgres', 'CREATE TABLE a (id int);\n\\c decoy\nCREATE TABLE b (id int);', 2, /^`\\c` is a psql command that switches to another database/],
    ['psql \\connect', 'postgres', '\\connect decoy', 1, /`\\connect` is a psql command that switches/],
    ['psql \\i', 'postgres', '\\i other.sql\n', 1, /`\\i` is a psql command that reads another file/],
    ['psql \\set', 'postgres', '\\set ON_ERROR_STOP on\nCREATE TABLE a (id int);', 1, /`\\set` is a psql command, not SQL/],
    ['psql \\gexec ending a statement', 'postgres', "SELECT 'DROP DATABASE ' || datname FROM pg_database\n\\gexec\n", 2, /`\\gexec` is a psql command/],
    ['a stray \\. line', 'postgres', 'SELECT 1;\n\\.\n', 2, /^`\\\.` is a psql command that reads another file/],
    ['mysql client \\u', 'mysql', '\\u other\nCREATE TABLE a (id int);', 1, /^`\\u` is a mysql client command that switches to another database/],
    ['COPY FROM a server file', 'postgres', "COPY t FROM '/etc/passwd';", 1, /^COPY … FROM 'file' reads or writes a file on the database server/],
    ['COPY FROM PROGRAM', 'postgres', "COPY t FROM PROGRAM 'curl example.com';", 1, /^COPY … FROM PROGRAM runs a program on the database server/],
    ['COPY query TO a server file', 'postgres', "COPY (SELECT * FROM t) TO '/tmp/out';", 1, /^COPY … TO 'file'/],
    ['COPY FROM stdin without data', 'postgres', 'COPY t (a) FROM stdin;\nCREATE TABLE b (id int);\n', 1, /^COPY … FROM stdin has no inline data ending in a `\\.` line/],
    ['COPY FROM stdin in CSV', 'postgres', "COPY t (a, b) FROM stdin WITH (FORMAT csv);\n1,2\n\\.\n", 1, /^COPY … FROM stdin WITH \(FORMAT csv\) is not supported; .*default text format/],
    ['COPY FROM stdin with a delimiter', 'postgres', "COPY t FROM stdin DELIMITER ',';\n1,2\n\\.\n", 1, /not supported/],
    ['legacy COPY BINARY', 'postgres', 'COPY BINARY t FROM stdin;\n\\.\n', 1, /cannot read this COPY … FROM stdin statement/],
  ];
  for (const [name, dialect, sql, line, message] of refused) {
    test(name, () => {
      const [first] = refusals(sql, dialect);
      assert.ok(first, `expected a refusal for ${JSON.stringify(sql)}`);
      assert.equal(first.line, line);
      assert.match(first.message, message);
    });
  }

  test('MySQL: every statement of a sample schema that builds elsewhere is named', () => {
    assert.deepEqual(refusals('DROP SCHEMA IF EXISTS x;\nCREATE SCHEMA x;\nUSE x;\nCREATE TABLE t (id int);\n', 'mysql').map((r) => r.line), [1, 2, 3]);
  });
});

describe('what looks like a server statement but is not one runs', () => {
  const allowed: [string, 'postgres' | 'mysql', string][] = [
    ['PostgreSQL CREATE SCHEMA (a namespace inside the database)', 'postgres', 'CREATE SCHEMA app;\nDROP SCHEMA app CASCADE;\nALTER SCHEMA x RENAME TO y;'],
    ['comments', 'postgres', '-- DROP DATABASE prod;\n/* \\c other\n USE x; */\nCREATE TABLE a (id int); # not a comment in pg but harmless'],
    ['MySQL comments', 'mysql', '# DROP SCHEMA x;\n-- USE x;\nCREATE TABLE a (id int);'],
    ['strings', 'postgres', "INSERT INTO log VALUES ('DROP DATABASE x'), (E'line\\n\\\\c other'), ('\n\\c other\n');"],
    ['a function body', 'postgres', 'CREATE FUNCTION f() RETURNS void AS $body$\nBEGIN\n  EXECUTE \'DROP DATABASE x\';\n\\c nothing\nEND\n$body$ LANGUAGE plpgsql;\nDO $$ BEGIN RAISE NOTICE \'USE x\'; END $$;'],
    ['a MySQL string and a column named like a keyword', 'mysql', "INSERT INTO notes (body) VALUES ('USE other; DROP DATABASE x');\nCREATE TABLE `use` (`database` int);"],
    ['a MySQL trigger under DELIMITER', 'mysql', 'DELIMITER //\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN\n  SET NEW.id = 1;\nEND//\nDELIMITER ;'],
    ['inline COPY data, whose backslashes and \\. end are not commands', 'postgres', 'COPY t (a, b) FROM stdin;\n1\t\\N\n\\\\c\tx\n\\.\n'],
    ['COPY in the explicit default format', 'postgres', 'COPY t (a) FROM stdin WITH (FORMAT text);\n1\n\\.\n'],
    ['COPY TO STDOUT is not a file', 'postgres', 'COPY t TO stdout;'],
  ];
  for (const [name, dialect, sql] of allowed) {
    test(name, () => assert.deepEqual(refusals(sql, dialect), []));
  }
});

describe('inline COPY data', () => {
  const dump = [
    'CREATE TABLE t (id int, note text);', // 1
    'COPY public.t (id, note) FROM stdin;', // 2
    '1\thello; world', // 3
    '2\t\\N', // 4
    '3\tCREATE TABLE x (id int);', // 5
    '\\.', // 6
    '', // 7
    "copy t from STDIN;", // 8
    '4\tsecond block', // 9
    '\\.', // 10
    '-- the next statement', // 11
    'CREATE INDEX ON t (id);', // 12
  ].join('\n');

  test('is cut out of the statements, and the lines after it stay right', () => {
    const statements = splitStatements(dump, 'postgres');
    assert.deepEqual(statements.map((s) => [s.line, s.sql.split('\n')[0]]), [
      [1, 'CREATE TABLE t (id int, note text)'],
      [2, 'COPY public.t (id, note) FROM stdin'],
      [8, 'copy t from STDIN'],
      [12, 'CREATE INDEX ON t (id)'],
    ]);
    assert.deepEqual(statements[1]!.copyData, { lines: ['1\thello; world', '2\t\\N', '3\tCREATE TABLE x (id int);'], firstLine: 3 });
    assert.deepEqual(statements[2]!.copyData, { lines: ['4\tsecond block'], firstLine: 9 });
  });

  test('with Windows line ends', () => {
    const statements = splitStatements(dump.replace(/\n/g, '\r\n'), 'postgres');
    assert.deepEqual(statements.map((s) => s.line), [1, 2, 8, 12]);
    assert.deepEqual(statements[1]!.copyData?.lines[0], '1\thello; world');
  });

  test('fields follow the text format: tabs, \\N, backslash escapes, octal and hex bytes', () => {
    assert.deepEqual(decodeCopyLine('1\t\\N\t\\\\N\t', 1), ['1', null, '\\N', '']);
    assert.deepEqual(decodeCopyLine('a\\tb\\nc\\\\d\\re', 1), ['a\tb\nc\\d\re']);
    assert.deepEqual(decodeCopyLine('\\b\\f\\v\\101\\x42\\x4a\\7\\.', 1), ['\b\f\v' + 'ABJ' + '\x07.']);
    assert.deepEqual(decodeCopyLine('caf\\303\\251 \\xc3\\xa9 é', 1), ['café é é']);
    assert.throws(() => decodeCopyLine('caf\\xe9', 7), /line|UTF-8/);
    assert.throws(() => decodeCopyLine('trailing\\', 7), /lone backslash/);
  });
});

describe('migration files Sluice will not guess about', () => {
  const rejects = async (dir: string, pattern: RegExp) =>
    assert.rejects(discoverMigrations(dir, 'sluice.yml:3:8 migrations.dir'), (error: Error) => {
      assert.ok(error instanceof ConfigError, String(error));
      assert.match(error.message, pattern);
      return true;
    });

  test('a Flyway-named file among numbered ones is named, with the convention', async () => {
    const dir = await tempFolder({ '0001_a.sql': 'SELECT 1;', 'V2__b.sql': 'SELECT 2;' });
    await rejects(dir, /^sluice\.yml:3:8 migrations\.dir: .*V2__b\.sql does not follow the folder's naming \(numbered \.sql files such as 0001_name\.sql.*\), so Sluice would never apply it; rename it or move it out/);
  });

  test('an unnumbered file is named; down files, README and sub-folders are fine', async () => {
    const dir = await tempFolder({ '0001_a.up.sql': '', '0001_a.down.sql': '', 'README.md': '', 'init.sql': '', 'seeds/x.sql': '' });
    await rejects(dir, /init\.sql does not follow/);
  });

  test('several stray files are listed together', async () => {
    const dir = await tempFolder({ '0001_a.sql': '', 'schema.sql': '', 'seed.SQL': '' });
    await rejects(dir, /schema\.sql, .*seed\.SQL do not follow .* never apply them/);
  });

  test('a file that is not UTF-8 names the line and byte offset', async () => {
    const dir = await tempFolder({});
    await writeFile(path.join(dir, '0001_a.sql'), Buffer.concat([Buffer.from("SELECT 1;\nINSERT INTO t VALUES ('caf"), Buffer.from([0xe9]), Buffer.from("');\n")]));
    await rejects(dir, /0001_a\.sql:2: the migration is not valid UTF-8 at byte offset 36 \(byte 0xe9 is not UTF-8, perhaps Latin-1 or Windows-1252\); save it as UTF-8\.$/);
  });

  test('a UTF-16 file says so', async () => {
    const dir = await tempFolder({});
    await writeFile(path.join(dir, '0001_a.sql'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SELECT 1;', 'utf16le')]));
    await rejects(dir, /0001_a\.sql:1: .* byte offset 0 \(the file is UTF-16\)/);
  });

  test('overlong and surrogate encodings are not UTF-8 either', async () => {
    const dir = await tempFolder({});
    await writeFile(path.join(dir, '0001_a.sql'), Buffer.from([0x41, 0x0a, 0x0a, 0x42, 0xed, 0xa0, 0x80]));
    await rejects(dir, /0001_a\.sql:3: .* byte offset 4 /);
    await writeFile(path.join(dir, '0001_a.sql'), Buffer.from([0xc0, 0xaf]));
    await rejects(dir, /0001_a\.sql:1: .* byte offset 0 /);
  });

  test('a UTF-8 byte-order mark is dropped', async () => {
    const dir = await tempFolder({});
    await writeFile(path.join(dir, '0001_a.sql'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('CREATE TABLE é (id int);')]));
    const {
      files: [file],
    } = await discoverMigrations(dir, 'migrations.dir');
    assert.equal(file!.sql, 'CREATE TABLE é (id int);');
    assert.equal(splitStatements(file!.sql, 'postgres')[0]!.sql, 'CREATE TABLE é (id int)');
  });

  test('migrations.dir pointing at a file says it is a file', async () => {
    const dir = await tempFolder({ '0001_a.sql': '' });
    await rejects(path.join(dir, '0001_a.sql'), /0001_a\.sql is a file, not a directory; point migrations\.dir at the folder/);
  });

  test('a migration that is a broken link is one sentence', async () => {
    const dir = await tempFolder({ '0001_a.sql': '' });
    await symlink(path.join(dir, 'gone.sql'), path.join(dir, '0002_b.sql'));
    await rejects(dir, /^cannot read the migrations file .*0002_b\.sql: it is a broken link/);
  });

  test('unreadable folders and files name the path relative to the working directory and the fix', { skip: process.getuid?.() === 0 && 'root reads everything' }, async () => {
    const dir = await tempFolder({ 'db/0001_a.sql': '', 'db/0002_b.sql': '' });
    const relativeDir = path.relative(process.cwd(), path.join(dir, 'db'));
    await chmod(path.join(dir, 'db/0002_b.sql'), 0o000);
    await rejects(path.join(dir, 'db'), /^cannot read the migrations file .*0002_b\.sql: permission denied; let the user running Sluice read it \(e\.g\. chmod a\+r /);
    await chmod(path.join(dir, 'db'), 0o000);
    try {
      await rejects(path.join(dir, 'db'), new RegExp(`^sluice\\.yml:3:8 migrations\\.dir: cannot read the migrations directory ${relativeDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: permission denied; .*chmod a\\+rx`));
    } finally {
      await chmod(path.join(dir, 'db'), 0o755);
    }
  });
});
