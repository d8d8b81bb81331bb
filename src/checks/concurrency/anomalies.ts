// The classic anomaly scripts (Adya's G0 … G2, Berenson et al.'s lost update and read skew),
// each a fixed interleaving of two or three sessions over a two-row table, with a test that
// says whether the anomaly happened. Written from the definitions; the interleavings follow
// the ones the Hermitage project made well known.
import type { Row } from '../../engines/engine.js';
import type { StepResult } from './run-permutation.js';

export const ANOMALY_TABLE = 'sluice_isolation';

export interface AnomalyScript {
  id: string;
  name: string;
  sessions: Record<string, string[]>;
  order: string[];
  /** True when the anomaly happened; `final` is the table's values by id after every session ended. */
  happened(steps: ReadonlyMap<string, StepResult>, final: number[]): boolean;
}

const T = ANOMALY_TABLE;
const read = (id: number) => `select value from ${T} where id = ${id}`;
const set = (id: number, value: number) => `update ${T} set value = ${value} where id = ${id}`;
/** The value a read step returned; undefined when it failed or found nothing. */
const valueOf = (steps: ReadonlyMap<string, StepResult>, step: string): number | undefined => {
  const rows: Row[] | undefined = steps.get(step)?.rows;
  return rows?.length ? Number(Object.values(rows[0]!)[0]) : undefined;
};
const failed = (steps: ReadonlyMap<string, StepResult>) => [...steps.values()].some((s) => s.error !== undefined);

export const ANOMALIES: readonly AnomalyScript[] = [
  {
    id: 'G0', name: 'dirty write',
    sessions: { a: ['begin', set(1, 11), set(2, 21), 'commit'], b: ['begin', set(1, 12), set(2, 22), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'a4', 'b3', 'b4'],
    // The two writers' values mixed: one transaction's write to row 1 with the other's to row 2.
    happened: (_, [v1, v2]) => (v1 === 11 && v2 === 22) || (v1 === 12 && v2 === 21),
  },
  {
    id: 'G1a', name: 'aborted read',
    sessions: { a: ['begin', set(1, 101), 'rollback'], b: ['begin', read(1), read(1), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'b4'],
    happened: (steps) => valueOf(steps, 'b2') === 101,
  },
  {
    id: 'G1b', name: 'intermediate read',
    sessions: { a: ['begin', set(1, 101), set(1, 11), 'commit'], b: ['begin', read(1), read(1), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'a4', 'b3', 'b4'],
    happened: (steps) => valueOf(steps, 'b2') === 101,
  },
  {
    id: 'G1c', name: 'circular information flow',
    sessions: { a: ['begin', set(1, 11), read(2), 'commit'], b: ['begin', set(2, 22), read(1), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4', 'b4'],
    happened: (steps) => valueOf(steps, 'a3') === 22 && valueOf(steps, 'b3') === 11,
  },
  {
    id: 'OTV', name: 'observed transaction vanishes',
    sessions: {
      a: ['begin', set(1, 11), set(2, 19), 'commit'],
      b: ['begin', set(1, 12), set(2, 18), 'commit'],
      c: ['begin', read(1), read(2), 'commit'],
    },
    order: ['a1', 'b1', 'c1', 'a2', 'a3', 'b2', 'a4', 'c2', 'b3', 'c3', 'b4', 'c4'],
    // c saw a's row 1 and then b's row 2 (or the reverse): a transaction it observed vanished.
    happened: (steps) => {
      const [r1, r2] = [valueOf(steps, 'c2'), valueOf(steps, 'c3')];
      return (r1 === 11 && r2 === 18) || (r1 === 12 && r2 === 19);
    },
  },
  {
    id: 'PMP', name: 'predicate-many-preceders',
    sessions: {
      a: ['begin', `select count(*) from ${T} where value = 30`, `select count(*) from ${T} where value % 3 = 0`, 'commit'],
      b: ['begin', `insert into ${T} (id, value) values (3, 30)`, 'commit'],
    },
    order: ['a1', 'b1', 'a2', 'b2', 'b3', 'a3', 'a4'],
    happened: (steps) => valueOf(steps, 'a2') === 0 && (valueOf(steps, 'a3') ?? 0) > 0,
  },
  {
    id: 'P4', name: 'lost update',
    sessions: { a: ['begin', read(1), set(1, 11), 'commit'], b: ['begin', read(1), set(1, 11), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4', 'b4'],
    // Both read 10 and both wrote 10 + 1: one increment is lost unless one of them failed.
    happened: (steps) => !failed(steps),
  },
  {
    id: 'G-single', name: 'read skew',
    sessions: { a: ['begin', read(1), read(2), 'commit'], b: ['begin', read(1), read(2), set(1, 12), set(2, 18), 'commit'] },
    order: ['a1', 'b1', 'a2', 'b2', 'b3', 'b4', 'b5', 'b6', 'a3', 'a4'],
    // a saw row 1 before b's transfer and row 2 after it.
    happened: (steps) => valueOf(steps, 'a2') === 10 && valueOf(steps, 'a3') === 18,
  },
  {
    id: 'G2-item', name: 'write skew',
    sessions: {
      a: ['begin', `select value from ${T} where id in (1, 2)`, set(1, 11), 'commit'],
      b: ['begin', `select value from ${T} where id in (1, 2)`, set(2, 21), 'commit'],
    },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4', 'b4'],
    happened: (steps) => !failed(steps),
  },
  {
    id: 'G2', name: 'anti-dependency cycle on a predicate',
    sessions: {
      a: ['begin', `select count(*) from ${T} where value % 3 = 0`, `insert into ${T} (id, value) values (3, 30)`, 'commit'],
      b: ['begin', `select count(*) from ${T} where value % 3 = 0`, `insert into ${T} (id, value) values (4, 42)`, 'commit'],
    },
    order: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4', 'b4'],
    happened: (steps) => !failed(steps),
  },
];
