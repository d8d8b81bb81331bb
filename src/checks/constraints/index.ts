// Constraint probes: proves each declared PRIMARY KEY, UNIQUE, FOREIGN KEY, NOT NULL and CHECK
// is enforced by writing a row it must reject — a copy of a seeded row with one thing broken —
// in a transaction that is always rolled back, and checking the engine's error class. A
// constraint that lets the row in is an error finding; a probe that cannot be built or proves
// nothing says why (a notice), never passes in silence. Also runs the project's own
// reject/accept/trigger probes. Nothing a probe writes survives, counters included.
//
// What introspection cannot show is read from the migrations: a FOREIGN KEY declared on a
// MyISAM table (MySQL/MariaDB accept it and discard it) and a CHECK a later migration dropped
// (reported as a warning at the DROP; with no CHECK left there is nothing to probe).
import type { Engine, Schema, Table } from '../../engines/engine.js';
import type { MigrationFile } from '../../migrations/formats/index.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';
import { checkProbe } from './check.js';
import { keepCounters } from './counters.js';
import { declaredForeignKeys, droppedChecks } from './declared.js';
import { foreignKeyProbe } from './foreign-key.js';
import { notNullProbes } from './not-null.js';
import { primaryKeyProbe } from './primary-key.js';
import { FreshValues } from './probe-row.js';
import { CHECK, notProbed, runProbe, type ConstraintProbe, type Probed, type ProbeResult } from './result.js';
import { uniqueProbes } from './unique.js';
import { runUserProbes, type ConstraintsConfig } from './user-probes.js';

export type { ProbeResult } from './result.js';
export type { ConstraintsConfig } from './user-probes.js';

/** Storage engines that roll back and enforce foreign keys; any other cannot hold a probe's row safely. */
const TRANSACTIONAL = /^(innodb|ndb|ndbcluster|rocksdb|tokudb)$/i;

/**
 * `locate(path)` is where a sluice.yml setting is (for the user's probes); `migrations` are the
 * side's migration files, read for what the live schema no longer shows.
 */
export async function probeConstraints(
  engine: Engine,
  schema: Schema,
  config: ConstraintsConfig,
  locate: (path: readonly (string | number)[]) => Location,
  migrations: readonly MigrationFile[] = [],
): Promise<CheckResult & { probes: ProbeResult[] }> {
  const probed: Probed[] = [];
  const restoreCounters = await keepCounters(engine);
  try {
    if (config.probe) {
      probed.push(...reportDroppedChecks(engine, schema, migrations));
      for (const table of schema.tables) probed.push(...(await probeTable(engine, schema, table, migrations)));
    }
    probed.push(...(await runUserProbes(engine, config, locate)));
  } finally {
    await restoreCounters();
  }
  const probes = probed.map((p) => p.result);
  const ran = probes.filter((p) => p.status !== 'not-probed');
  return {
    probes,
    findings: probed.flatMap((p) => (p.finding ? [p.finding] : [])),
    metrics: [
      { key: 'constraints.probed', unit: 'probes', kind: 'size', direction: 'higher', value: ran.length, informational: true },
      { key: 'constraints.enforced', unit: 'probes', kind: 'size', direction: 'higher', value: ran.filter((p) => p.status === 'passed').length, informational: true },
    ],
  };
}

async function probeTable(engine: Engine, schema: Schema, table: Table, migrations: readonly MigrationFile[]): Promise<Probed[]> {
  if (table.storageEngine && !TRANSACTIONAL.test(table.storageEngine)) return nonTransactional(engine, table, migrations);
  const probes: (ConstraintProbe | Probed)[] = [];
  const primaryKey = primaryKeyProbe(engine, table);
  if (primaryKey) probes.push(primaryKey);
  probes.push(...uniqueProbes(engine, table));
  // One set of fresh values per foreign key: its missing parent and the child's fresh keys differ.
  const freshFor = new Map<ConstraintProbe, FreshValues>();
  for (const foreignKey of table.foreignKeys) {
    const fresh = new FreshValues(engine);
    const probe = await foreignKeyProbe(engine, schema, table, foreignKey, fresh);
    if ('reason' in probe) probes.push(notProbed('foreign-key', `foreign key ${foreignKey.name} on ${table.name}`, probe.reason));
    else {
      probes.push(probe);
      freshFor.set(probe, fresh);
    }
  }
  probes.push(...notNullProbes(engine, table));
  for (const check of table.checks) {
    const probe = checkProbe(engine, table, check);
    probes.push('reason' in probe ? notProbed('check', `check constraint ${check.name} on ${table.name}`, probe.reason) : probe);
  }

  const results: Probed[] = [];
  for (const probe of probes) {
    if ('result' in probe) {
      results.push(probe);
      continue;
    }
    try {
      results.push(await runProbe(engine, probe, freshFor.get(probe)));
    } catch (error) {
      // Sluice's own statement failed (a type it cannot write, a deadline): say so, go on.
      const e = engine.describeError(error);
      results.push(notProbed(probe.kind, probe.subject, `the probe could not run: ${e.message} (${e.code})`));
    }
  }
  return results;
}

/** MyISAM and friends: no row may be written (nothing would roll it back), and their foreign keys were discarded. */
function nonTransactional(engine: Engine, table: Table, migrations: readonly MigrationFile[]): Probed[] {
  const storage = table.storageEngine!;
  const results: Probed[] = declaredForeignKeys(migrations, engine.dialect, table.name).map((fk): Probed => {
    const subject = `foreign key ${table.name} → ${fk.refTable}`;
    const finding: Finding = {
      check: CHECK, rule: 'constraint-not-enforced', severity: 'error', subject, location: fk.location,
      message: `FOREIGN KEY … REFERENCES ${fk.refTable} on ${table.name} is declared but not enforced: ${table.name} uses ${storage}, which accepts and discards foreign keys, so rows pointing at missing ${fk.refTable} rows are accepted.`,
      help: `Create ${table.name} with ENGINE=InnoDB (ALTER TABLE ${table.name} ENGINE=InnoDB, then add the foreign key again).`,
    };
    return { result: { kind: 'foreign-key', subject, status: 'failed', detail: `${storage} discards foreign keys` }, finding };
  });
  results.push(notProbed('primary-key', `table ${table.name}`, `${table.name} uses ${storage}, which cannot roll back a probe's row, so Sluice writes nothing into it`));
  return results;
}

function reportDroppedChecks(engine: Engine, schema: Schema, migrations: readonly MigrationFile[]): Probed[] {
  const stillThere = (table: string, name: string) =>
    schema.tables.some((t) => t.name.toLowerCase() === table.toLowerCase() && t.checks.some((c) => c.name.toLowerCase() === name.toLowerCase()));
  return droppedChecks(migrations, engine.dialect, stillThere).map((d): Probed => {
    const subject = `check constraint ${d.name} on ${d.table}`;
    const declared = d.declared ? `, declared at ${d.declared.file}:${d.declared.line},` : '';
    return {
      result: { kind: 'check', subject, status: 'not-probed', detail: `dropped at ${d.dropped.file}:${d.dropped.line}` },
      finding: {
        check: CHECK, rule: 'check-dropped', severity: 'warning', subject, location: d.dropped,
        message: `CHECK ${d.name} on ${d.table}${declared} is dropped by a later migration, so rows breaking it are accepted now; there is nothing left to probe.`,
        help: 'If the rule still holds, keep the CHECK (or replace it); if it was dropped on purpose, this warning is the record of it.',
      },
    };
  });
}
