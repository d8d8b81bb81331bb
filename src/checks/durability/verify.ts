// What must be true after the crash: every acknowledged ledger row is there, the declared
// invariants hold (nothing half-applied), and no sequence is behind where it was.
import type { ScratchConnection } from '../../engines/engine.js';

/** Sluice's own table in the scratch database: one row per transaction the workload commits. */
export const LEDGER = 'sluice_durability_ledger';

export type SequencePositions = Map<string, number>;

export async function createLedger(engine: ScratchConnection): Promise<void> {
  await engine.exec(`CREATE TABLE ${LEDGER} (id bigint PRIMARY KEY, conn integer NOT NULL)`);
}

/** Every sequence's position (PostgreSQL last_value; MySQL/MariaDB the next AUTO_INCREMENT), by name. */
async function sequencePositions(engine: ScratchConnection): Promise<SequencePositions> {
  const rows = engine.dialect === 'postgres'
    ? await engine.query<{ name: string; position: number | null }>(
        "SELECT schemaname || '.' || sequencename AS name, last_value AS position FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      )
    : await engine.query<{ name: string; position: number | null }>(
        'SELECT table_name AS name, auto_increment AS position FROM information_schema.tables WHERE table_schema = database() AND auto_increment IS NOT NULL',
      );
  return new Map(rows.filter((r) => r.position !== null).map((r) => [String(r.name), Number(r.position)]));
}

/**
 * The positions, read in a transaction that also writes ledger row `markId` and commits: once
 * the commit is acknowledged, everything logged before it (the sequences' advances) must survive.
 */
export async function snapshotSequences(engine: ScratchConnection, markId: number): Promise<SequencePositions> {
  return engine.transaction(async () => {
    const positions = await sequencePositions(engine);
    await engine.query(`INSERT INTO ${LEDGER} (id, conn) VALUES (${engine.placeholder(1)}, 0)`, [markId]);
    return positions;
  });
}

export interface Verification {
  /** Acknowledged ids missing after the restart. */
  lost: number[];
  /** Ids whose COMMIT went unanswered but which are there (committed, the reply lost in the crash). */
  committedUnanswered: number;
  sequencesBehind: { name: string; before: number; after: number }[];
  invariants: { name: string; holds: boolean; error?: string }[];
}

export async function verify(
  engine: ScratchConnection,
  expected: { acknowledged: Iterable<number>; unanswered: Iterable<number>; sequences: SequencePositions; idBase: number; invariants: readonly { name?: string | undefined; sql: string }[] },
): Promise<Verification> {
  const rows = await engine.query<{ id: number | string }>(`SELECT id FROM ${LEDGER} WHERE id >= ${expected.idBase}`);
  const present = new Set(rows.map((r) => Number(r.id)));
  const lost = [...expected.acknowledged].filter((id) => !present.has(id)).sort((a, b) => a - b);
  const committedUnanswered = [...expected.unanswered].filter((id) => present.has(id)).length;
  const now = await sequencePositions(engine);
  const sequencesBehind = [...expected.sequences]
    .filter(([name, before]) => (now.get(name) ?? Number.NEGATIVE_INFINITY) < before)
    .map(([name, before]) => ({ name, before, after: now.get(name) ?? Number.NaN }));
  const invariants: Verification['invariants'] = [];
  for (const invariant of expected.invariants) {
    const name = invariant.name ?? invariant.sql;
    try {
      const [row] = await engine.query<Record<string, unknown>>(invariant.sql);
      const value = row ? Object.values(row)[0] : undefined;
      invariants.push({ name, holds: value === true || value === 1 || value === '1' || value === 't' });
    } catch (error) {
      invariants.push({ name, holds: false, error: engine.describeError(error).message });
    }
  }
  return { lost, committedUnanswered, sequencesBehind, invariants };
}
