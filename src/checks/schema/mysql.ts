// MySQL/MariaDB table options that lose data or transactions: a 3-byte "utf8" and storage
// engines without transactions (which also drop declared foreign keys).
import { quoteTable, type SchemaRule } from './rule.js';

const TRANSACTIONAL = new Set(['innodb', 'ndb', 'ndbcluster', 'rocksdb', 'tokudb']);

export const nonTransactionalEngine: SchemaRule = {
  id: 'non-transactional-engine',
  severity: 'error',
  help: 'MyISAM, MEMORY, Aria, CSV and ARCHIVE tables have no transactions: a rollback leaves their writes in place, a crash can corrupt them, and FOREIGN KEY clauses on them are parsed and dropped. Use InnoDB.',
  check(table, { server, locator }) {
    if (server.dialect !== 'mysql' || !table.storageEngine || TRANSACTIONAL.has(table.storageEngine.toLowerCase())) return [];
    const dropped = locator.declared(table.name, 'foreign')[0];
    const lost = dropped ? `, and the FOREIGN KEY declared at ${dropped.location.file}:${dropped.location.line} was dropped` : '';
    return [{
      subject: `table ${table.name}`,
      message: `Table ${table.name} uses the ${table.storageEngine} engine: no transactions${lost}; convert it to InnoDB.`,
      location: locator.table(table.name),
      fix: `ALTER TABLE ${quoteTable(table.name, 'mysql')} ENGINE=InnoDB`,
    }];
  },
};

const THREE_BYTE = new Set(['utf8', 'utf8mb3']);

export const utf8mb3Charset: SchemaRule = {
  id: 'utf8mb3-charset',
  severity: 'warning',
  help: 'MySQL\'s utf8 (utf8mb3) stores at most three bytes per character: emoji and other characters outside the Basic Multilingual Plane are rejected or cut. utf8mb4 is real UTF-8.',
  check(table, { server, locator }) {
    if (server.dialect !== 'mysql') return [];
    const columns = table.columns.filter((c) => c.charset !== undefined && THREE_BYTE.has(c.charset.toLowerCase()));
    const tableDefault = table.charset !== undefined && THREE_BYTE.has(table.charset.toLowerCase());
    if (columns.length === 0 && !tableDefault) return [];
    const what = columns.length > 0 ? `columns ${columns.map((c) => c.name).join(', ')}` : 'its default character set';
    return [{
      subject: `table ${table.name}`,
      message: `Table ${table.name} stores ${what} as ${columns[0]?.charset ?? table.charset} (3-byte utf8); convert it to utf8mb4.`,
      location: columns.length === 1 ? locator.column(table.name, columns[0]!.name) : locator.table(table.name),
      fix: `ALTER TABLE ${quoteTable(table.name, 'mysql')} CONVERT TO CHARACTER SET utf8mb4`,
    }];
  },
};
