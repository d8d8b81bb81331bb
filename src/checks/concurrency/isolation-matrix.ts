// The isolation matrix of the server in use: every anomaly script at every isolation level,
// next to what the engine's documentation promises. A level weaker than documented is an error.
import type { Engine } from '../../engines/engine.js';
import { ANOMALIES, ANOMALY_TABLE } from './anomalies.js';
import { DOCUMENTED, LEVELS, type Level } from './documented-isolation.js';
import { openLockMonitor } from './lock-monitor.js';
import { runPermutation, type StepResult } from './run-permutation.js';
import { SpecSession } from './spec-session.js';

/** Short: every wait in the scripts is resolved by a commit, a deadlock victim or this. */
const LOCK_TIMEOUT_MS = 2000;

export interface MatrixCell {
  level: Level;
  anomaly: string;
  prevented: boolean;
  documented: boolean;
}

export interface MatrixResult {
  server: string;
  cells: MatrixCell[];
  /** One sentence per level that allowed an anomaly its documentation says it prevents. */
  weakerThanDocumented: string[];
}

export async function runIsolationMatrix(engine: Engine): Promise<MatrixResult> {
  const q = engine.quoteIdent(ANOMALY_TABLE);
  const documented = DOCUMENTED[engine.dialect];
  const server = `${engine.info.name} ${engine.info.version}`;
  const cells: MatrixCell[] = [];
  await engine.exec(`create table ${q} (id int primary key, value int)`);
  const monitor = await openLockMonitor(engine);
  try {
    for (const level of LEVELS) {
      for (const anomaly of ANOMALIES) {
        await engine.exec(`delete from ${q}`);
        await engine.exec(`insert into ${q} (id, value) values (1, 10), (2, 20)`);
        const sessions = new Map<string, SpecSession>();
        let steps: StepResult[];
        try {
          for (const name of Object.keys(anomaly.sessions)) sessions.set(name, await SpecSession.open(engine, name, level, LOCK_TIMEOUT_MS));
          const numbered = new Map(Object.entries(anomaly.sessions).flatMap(([session, sqls]) => sqls.map((sql, i) => [`${session}${i + 1}`, { session, sql }] as const)));
          steps = await runPermutation(anomaly.order, numbered, sessions, monitor, LOCK_TIMEOUT_MS);
        } finally {
          for (const session of sessions.values()) await session.close();
        }
        const final = (await engine.query<{ value: unknown }>(`select value from ${q} where id in (1, 2) order by id`)).map((r) => Number(r.value));
        const happened = anomaly.happened(new Map(steps.map((s) => [s.step, s])), final);
        cells.push({ level, anomaly: anomaly.id, prevented: !happened, documented: documented[level].includes(anomaly.id) });
      }
    }
  } finally {
    await monitor.close();
    await engine.exec(`drop table if exists ${q}`).catch(() => undefined);
  }
  const weakerThanDocumented = LEVELS.flatMap((level) => {
    const broken = cells.filter((c) => c.level === level && c.documented && !c.prevented).map((c) => `${c.anomaly} (${ANOMALIES.find((a) => a.id === c.anomaly)!.name})`);
    return broken.length ? [`${server} at ${level} allowed ${broken.join(', ')}, which its documentation says ${level} prevents; do not rely on ${level} for this until the server is fixed or configured as documented.`] : [];
  });
  return { server, cells, weakerThanDocumented };
}

/** The matrix as a Markdown table: ✓ prevented, ✗ allowed; "(documented ✓)" where the docs disagree. */
export function renderMatrix(matrix: MatrixResult): string {
  const header = `| anomaly | ${LEVELS.join(' | ')} |\n|---|${LEVELS.map(() => '---').join('|')}|\n`;
  const rows = ANOMALIES.map((a) => {
    const cells = LEVELS.map((level) => {
      const cell = matrix.cells.find((c) => c.level === level && c.anomaly === a.id);
      if (!cell) return '';
      const mark = cell.prevented ? '✓ prevented' : '✗ allowed';
      return cell.prevented === cell.documented ? mark : `${mark} (documented ${cell.documented ? '✓' : '✗'})`;
    });
    return `| ${a.id} ${a.name} | ${cells.join(' | ')} |`;
  });
  return `Isolation on ${matrix.server} (✓ prevented, ✗ allowed, as observed; the documentation's promise is shown where it differs)\n\n${header}${rows.join('\n')}\n`;
}
