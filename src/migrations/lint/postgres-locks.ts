// PostgreSQL rules about locks: indexes built or dropped without CONCURRENTLY, constraints
// validated under a write lock, strong locks taken without lock_timeout or held across later
// statements, and the commands that rewrite a whole table.
import { alterTable, has, match, NAME, objectName, QNAME, statementHead, atLeast, type SqlText } from './sql-shape.js';
import { isExisting, type Hit, type LintStatement, type Scope } from './scope.js';

export type LockMode = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE' | 'SHARE' | 'SHARE UPDATE EXCLUSIVE';
const STRENGTH: Record<LockMode, number> = { 'SHARE UPDATE EXCLUSIVE': 0, SHARE: 1, 'SHARE ROW EXCLUSIVE': 2, EXCLUSIVE: 3, 'ACCESS EXCLUSIVE': 4 };

export interface TableLock {
  table: string;
  mode: LockMode;
  /** The table existed before the pull request (so production rows and queries are on it). */
  existing: boolean;
}

const CREATE_INDEX = `^create\\s+(unique\\s+)?index\\s+(concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:(${NAME})\\s+)?on\\s+(?:only\\s+)?(${QNAME})`;
const DROP_INDEX = `^drop\\s+index\\s+(concurrently\\s+)?(?:if\\s+exists\\s+)?(${QNAME})`;

/** The lock a statement takes on a table, as far as the statement's text tells. */
export function pgLock(sql: SqlText, scope: Scope): TableLock | undefined {
  const lock = (table: string, mode: LockMode): TableLock => ({ table, mode, existing: isExisting(scope, table) });
  const alter = alterTable(sql);
  if (alter) {
    const modes = alter.actions.map((a): LockMode => {
      if (has(a, '^validate\\s+constraint\\b') || has(a, '^(?:attach\\s+partition|set\\s+statistics|cluster\\s+on|set\\s+without\\s+cluster)\\b') || has(a, '^alter\\s+(?:column\\s+)?\\S+\\s+set\\s+statistics\\b') || has(a, '^detach\\s+partition\\b.*\\bconcurrently\\b')) return 'SHARE UPDATE EXCLUSIVE';
      if (has(a, `^add\\s+(?:constraint\\s+${NAME}\\s+)?foreign\\s+key\\b`) || has(a, '^(?:enable|disable)\\s+trigger\\b')) return 'SHARE ROW EXCLUSIVE';
      return 'ACCESS EXCLUSIVE';
    });
    const strongest = modes.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a), 'SHARE UPDATE EXCLUSIVE' as LockMode);
    return lock(alter.table, strongest);
  }
  const index = match(sql, CREATE_INDEX);
  if (index) return lock(objectName(index[4]!), index[2] ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
  const dropIndex = match(sql, DROP_INDEX);
  if (dropIndex && !dropIndex[1]) {
    const name = objectName(dropIndex[2]!);
    return { table: name, mode: 'ACCESS EXCLUSIVE', existing: !scope.batch.indexes.has(name) };
  }
  const simple: Array<[string, LockMode]> = [
    [`^drop\\s+table\\s+(?:if\\s+exists\\s+)?(${QNAME})`, 'ACCESS EXCLUSIVE'],
    [`^truncate\\s+(?:table\\s+)?(?:only\\s+)?(${QNAME})`, 'ACCESS EXCLUSIVE'],
    [`^cluster\\s+(?:verbose\\s+)?(${QNAME})`, 'ACCESS EXCLUSIVE'],
    [`^vacuum\\s+(?:\\([^)]*\\bfull\\b[^)]*\\)|full\\b)\\s*(?:verbose\\s+)?(?:analyze\\s+)?(${QNAME})`, 'ACCESS EXCLUSIVE'],
    [`^refresh\\s+materialized\\s+view\\s+(?!concurrently)(${QNAME})`, 'ACCESS EXCLUSIVE'],
    [`^reindex\\s+(?:\\([^)]*\\)\\s*)?table\\s+(?!concurrently)(${QNAME})`, 'SHARE'],
    [`^create\\s+(?:or\\s+replace\\s+)?(?:constraint\\s+)?trigger\\b[\\s\\S]*?\\bon\\s+(${QNAME})`, 'SHARE ROW EXCLUSIVE'],
  ];
  for (const [pattern, mode] of simple) {
    const found = match(sql, pattern);
    if (found) return lock(objectName(found[1]!), mode);
  }
  const explicit = match(sql, `^lock\\s+(?:table\\s+)?(?:only\\s+)?(${QNAME})(?:[\\s\\S]*?\\bin\\s+([a-z ]+?)\\s+mode)?`);
  if (explicit) {
    const mode = (explicit[2] ?? 'access exclusive').toUpperCase().replace(/\s+/g, ' ');
    if (mode in STRENGTH) return lock(objectName(explicit[1]!), mode as LockMode);
  }
  return undefined;
}

/** Statements that do not extend a held lock in any way that matters. */
const isHousekeeping = (sql: SqlText) => has(sql, '^(?:set|reset|commit|end|rollback|select\\s+set_config)\\b');

export function postgresLockRules(statement: LintStatement, scope: Scope): Hit[] {
  const { sql } = statement;
  const hits: Hit[] = [];
  const state = scope.migration;
  const head = statementHead(sql);

  const index = match(sql, CREATE_INDEX);
  if (index) {
    const table = objectName(index[4]!);
    const name = index[3] ? objectName(index[3]) : '(unnamed)';
    if (!index[2] && isExisting(scope, table)) {
      hits.push({ rule: 'index-without-concurrently', object: table, message: `CREATE ${index[1] ? 'UNIQUE ' : ''}INDEX ${name} on existing table ${table} without CONCURRENTLY holds a SHARE lock that blocks writes for the whole build.` });
    }
  }
  const dropIndex = match(sql, DROP_INDEX);
  if (dropIndex && !dropIndex[1]) {
    const name = objectName(dropIndex[2]!);
    if (!scope.batch.indexes.has(name)) {
      hits.push({ rule: 'drop-index-without-concurrently', object: name, message: `DROP INDEX ${name} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes.` });
    }
  }
  const concurrent = has(sql, '^(?:create\\s+(?:unique\\s+)?index|drop\\s+index|reindex\\b[\\s\\S]*?)\\s+concurrently\\b') || has(sql, '^alter\\s+table\\b[\\s\\S]*\\bdetach\\s+partition\\b[\\s\\S]*\\bconcurrently\\b');
  if (concurrent && state.inTransaction) {
    hits.push({ rule: 'concurrently-in-transaction', object: index ? objectName(index[4]!) : head, message: `${head} … CONCURRENTLY in ${state.file.transaction === false ? 'an explicit transaction' : 'a migration the tool runs in a transaction'} fails: CONCURRENTLY cannot run inside a transaction block.` });
  }
  const reindex = match(sql, `^reindex\\s+(?:\\([^)]*\\)\\s*)?(?:table|index|schema|database|system)\\s+(concurrently\\s+)?(${QNAME})?`);
  if (reindex && !reindex[1] && !has(sql, '\\(\\s*[^)]*\\bconcurrently\\b')) {
    const target = reindex[2] ? objectName(reindex[2]) : head;
    const how = atLeast(scope.server.version, 12) ? 'use REINDEX … CONCURRENTLY' : `PostgreSQL ${scope.server.version[0]} has no REINDEX CONCURRENTLY: build a copy with CREATE INDEX CONCURRENTLY and swap`;
    hits.push({ rule: 'reindex-without-concurrently', object: target, message: `${head} ${target} blocks writes to the table while it rebuilds; ${how}.` });
  }
  if (has(sql, '^cluster\\b') || has(sql, '^vacuum\\s+(?:\\([^)]*\\bfull\\b[^)]*\\)|full\\b)')) {
    const lock = pgLock(sql, scope);
    if (!lock || lock.existing) {
      hits.push({ rule: 'vacuum-full-or-cluster', object: lock?.table ?? head, message: `${head}${lock ? ` on ${lock.table}` : ''} rewrites the table under an ACCESS EXCLUSIVE lock, blocking reads and writes until it finishes.` });
    }
  }

  const alter = alterTable(sql);
  if (alter && isExisting(scope, alter.table)) {
    for (const action of alter.actions) {
      const constraint = match(action, `^add\\s+(?:constraint\\s+(${NAME})\\s+)?(foreign\\s+key|check|unique|primary\\s+key|exclude)\\b`);
      if (!constraint) continue;
      const name = constraint[1] ? objectName(constraint[1]) : '(unnamed)';
      const kind = constraint[2]!.toUpperCase().replace(/\s+/g, ' ');
      if ((kind === 'FOREIGN KEY' || kind === 'CHECK') && !has(action, '\\bnot\\s+valid\\b')) {
        hits.push({ rule: 'constraint-without-not-valid', object: alter.table, message: `ADD CONSTRAINT ${name} ${kind} on existing table ${alter.table} without NOT VALID checks every row while holding a lock that blocks writes${kind === 'CHECK' ? ' and reads' : ''}.` });
      }
      if ((kind === 'UNIQUE' || kind === 'PRIMARY KEY') && !has(action, '\\busing\\s+index\\b')) {
        hits.push({ rule: kind === 'UNIQUE' ? 'unique-constraint-without-index' : 'primary-key-without-index', object: alter.table, message: `ADD CONSTRAINT ${name} ${kind} on existing table ${alter.table} builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole build.` });
      }
      if (kind === 'EXCLUDE') hits.push({ rule: 'exclusion-constraint', object: alter.table, message: `ADD CONSTRAINT ${name} EXCLUDE on existing table ${alter.table} builds its index under an ACCESS EXCLUSIVE lock.` });
    }
  }
  if (alter) {
    for (const action of alter.actions) {
      const validate = match(action, `^validate\\s+constraint\\s+(${NAME})`);
      const added = validate && scope.batch.notValid.get(objectName(validate[1]!));
      if (added && added.migration === state.file.name && added.transaction === state.transaction && state.inTransaction) {
        hits.push({ rule: 'validate-in-same-transaction', object: alter.table, message: `VALIDATE CONSTRAINT ${objectName(validate[1]!)} on ${alter.table} runs in the transaction that added it NOT VALID, so the ADD's lock is held for the whole validation.` });
      }
    }
  }

  const domain = match(sql, `^alter\\s+domain\\s+(${QNAME})\\s+add\\b`);
  if (domain && !has(sql, '\\bnot\\s+valid\\b')) {
    hits.push({ rule: 'alter-domain-add-constraint', object: objectName(domain[1]!), message: `ALTER DOMAIN ${objectName(domain[1]!)} ADD CONSTRAINT checks every column using the domain without NOT VALID.` });
  }
  const enumChange = match(sql, `^alter\\s+type\\s+(${QNAME})\\s+(add\\s+value|rename\\s+value)\\b`);
  if (enumChange) {
    const type = objectName(enumChange[1]!);
    if (/^add/i.test(enumChange[2]!) && state.inTransaction && !atLeast(scope.server.version, 12)) {
      hits.push({ rule: 'enum-add-value-in-transaction', object: type, message: `ALTER TYPE ${type} ADD VALUE inside a transaction fails on PostgreSQL ${scope.server.version.slice(0, 2).join('.')} (allowed from 12).` });
    }
    if (/^rename/i.test(enumChange[2]!)) hits.push({ rule: 'enum-rename-value', object: type, message: `ALTER TYPE ${type} RENAME VALUE breaks the running application, which still uses the old label.` });
  }
  const createEnum = match(sql, `^create\\s+type\\s+(${QNAME})\\s+as\\s+enum\\b`);
  if (createEnum) hits.push({ rule: 'create-enum', object: objectName(createEnum[1]!), message: `CREATE TYPE ${objectName(createEnum[1]!)} AS ENUM: its values cannot be removed or reordered later without a rewrite.` });

  if (state.file.transaction !== false && has(sql, '^(?:begin|start\\s+transaction|commit|end|rollback)\\b\\s*(?:transaction|work)?\\s*;?\\s*$')) {
    hits.push({ rule: 'transaction-nesting', object: state.file.name, message: `${head} inside a migration the tool already runs in a transaction commits or aborts the tool's transaction early.` });
  }

  // Lock duration: strong locks without lock_timeout, and ACCESS EXCLUSIVE held across later statements.
  if (state.accessExclusive && state.inTransaction && !state.accessExclusiveReported && !isHousekeeping(sql)) {
    const held = state.accessExclusive;
    hits.push({ rule: 'access-exclusive-held', object: held.table, message: `${head} runs while ${held.head} (line ${held.line}) still holds ACCESS EXCLUSIVE on ${held.table}: reads and writes stay blocked until COMMIT.` });
    state.accessExclusiveReported = true;
  }
  const lock = pgLock(sql, scope);
  if (lock && lock.existing && lock.mode !== 'SHARE UPDATE EXCLUSIVE') {
    if (!state.lockTimeout && !state.lockTimeoutReported) {
      hits.push({ rule: 'missing-lock-timeout', object: lock.table, message: `${head} takes ${lock.mode} on existing table ${lock.table} with no lock_timeout set: queued behind a long transaction it blocks every query on the table.` });
      state.lockTimeoutReported = true;
    }
    if (lock.mode === 'ACCESS EXCLUSIVE' && state.inTransaction && !state.accessExclusive) state.accessExclusive = { head, line: statement.line, table: lock.table };
  }
  return hits;
}
