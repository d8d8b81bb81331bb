// The environment fingerprint: what must match for two runs' figures to compare fairly. Work
// counts depend on the engine version and the planner settings; timings also on the machine.
import os from 'node:os';
import type { Engine } from '../engines/engine.js';
import type { EnvironmentFingerprint } from './types.js';

/** Settings that change plans or the work a plan does. */
const POSTGRES_SETTINGS = [
  'work_mem', 'random_page_cost', 'seq_page_cost', 'effective_cache_size', 'shared_buffers',
  'default_statistics_target', 'jit', 'max_parallel_workers_per_gather', 'enable_seqscan',
  'enable_indexscan', 'enable_bitmapscan', 'enable_hashjoin', 'enable_mergejoin', 'enable_nestloop',
];
const MYSQL_SETTINGS = ['optimizer_switch', 'sort_buffer_size', 'join_buffer_size', 'innodb_buffer_pool_size', 'max_heap_table_size', 'tmp_table_size'];

export async function fingerprint(engine: Engine): Promise<EnvironmentFingerprint> {
  const settings: Record<string, string> = {};
  if (engine.dialect === 'postgres') {
    const rows = await engine.query<{ name: string; setting: string }>('select name, setting from pg_settings where name = any($1) order by name', [POSTGRES_SETTINGS]);
    for (const row of rows) settings[row.name] = String(row.setting);
  } else {
    const rows = await engine.query<{ name: string; value: string }>(
      `SELECT VARIABLE_NAME AS name, VARIABLE_VALUE AS value FROM information_schema.SESSION_VARIABLES WHERE VARIABLE_NAME IN (${MYSQL_SETTINGS.map(() => '?').join(', ')}) ORDER BY 1`,
      MYSQL_SETTINGS.map((s) => s.toUpperCase()),
    ).catch(() => []);
    for (const row of rows) settings[String(row.name).toLowerCase()] = String(row.value);
  }
  return {
    engine: engine.info.name,
    engineVersion: engine.info.version,
    settings,
    os: `${os.platform()} ${os.release().split('-')[0]}`,
    arch: os.arch(),
    cpus: os.availableParallelism?.() ?? os.cpus().length,
  };
}

/** The parts of two fingerprints that differ, in words: "engine version 15.4 → 16.2". */
export function fingerprintDifferences(base: EnvironmentFingerprint, head: EnvironmentFingerprint): string[] {
  const differences: string[] = [];
  const compare = (what: string, a: unknown, b: unknown) => {
    if (String(a) !== String(b)) differences.push(`${what} ${String(a)} → ${String(b)}`);
  };
  compare('engine', base.engine, head.engine);
  compare('engine version', base.engineVersion, head.engineVersion);
  for (const name of new Set([...Object.keys(base.settings), ...Object.keys(head.settings)])) {
    compare(name, base.settings[name] ?? '(unset)', head.settings[name] ?? '(unset)');
  }
  compare('OS', base.os, head.os);
  compare('architecture', base.arch, head.arch);
  compare('CPU count', base.cpus, head.cpus);
  return differences;
}
