// What each engine's documentation promises per isolation level, in the anomalies of
// anomalies.ts. PostgreSQL: "Transaction Isolation" (read uncommitted behaves as read
// committed; repeatable read is snapshot isolation; serializable is SSI). InnoDB: "Transaction
// Isolation Levels" (read uncommitted reads uncommitted rows; consistent reads per statement
// or per transaction; serializable turns plain SELECTs into locking reads).

export type Level = 'read uncommitted' | 'read committed' | 'repeatable read' | 'serializable';
export const LEVELS: readonly Level[] = ['read uncommitted', 'read committed', 'repeatable read', 'serializable'];

const READ_COMMITTED = ['G0', 'G1a', 'G1b', 'G1c', 'OTV'];
const SNAPSHOT = [...READ_COMMITTED, 'PMP', 'P4', 'G-single'];
const EVERYTHING = [...SNAPSHOT, 'G2-item', 'G2'];

export const DOCUMENTED: Record<'postgres' | 'mysql', Record<Level, readonly string[]>> = {
  postgres: {
    'read uncommitted': READ_COMMITTED,
    'read committed': READ_COMMITTED,
    'repeatable read': SNAPSHOT,
    serializable: EVERYTHING,
  },
  mysql: {
    // Uncommitted rows are read; only row locks on writes remain.
    'read uncommitted': ['G0'],
    'read committed': READ_COMMITTED,
    // A consistent snapshot for plain reads, but UPDATE reads the latest committed row: lost
    // updates are not prevented.
    'repeatable read': [...READ_COMMITTED, 'PMP', 'G-single'],
    serializable: EVERYTHING,
  },
};
