// Observed facts outrank guesses: a static rule predicts a hazard from the statement's shape
// (a rewrite, a lock that blocks writes, a full scan); the trace ran the same statement on the
// real server and saw what happened. Where the trace saw the hazard, the rule's finding says
// so; where it saw that the hazard did not happen (relfilenode unchanged, no lock that blocks
// the application, no scan, the server altered the table in place), the finding says that
// too and drops to a notice. A statement the trace did not see, or saw only in part (outside
// a transaction its locks were gone before the trace looked), leaves the finding as it was.
import type { ServerInfo } from '../../engines/engine.js';
import type { Finding } from '../../vocabulary.js';
import { blockRank, type HeldLock } from './locks.js';
import type { MigrationTrace, StatementTrace } from './observer.js';

/** What a rule says will happen, in terms the trace can check. */
type Hazard = 'rewrite' | 'blocks' | 'scan' | 'mysql-copy' | 'mysql-not-instant';

const HAZARDS: Readonly<Record<string, Hazard>> = {
  'volatile-default': 'rewrite',
  'default-rewrites-before-pg11': 'rewrite',
  'stored-generated-column': 'rewrite',
  'serial-column-on-existing-table': 'rewrite',
  'type-change-rewrites': 'rewrite',
  'vacuum-full-or-cluster': 'rewrite',
  'index-without-concurrently': 'blocks',
  'drop-index-without-concurrently': 'blocks',
  'reindex-without-concurrently': 'blocks',
  'constraint-without-not-valid': 'blocks',
  'unique-constraint-without-index': 'blocks',
  'primary-key-without-index': 'blocks',
  'exclusion-constraint': 'blocks',
  'alter-domain-add-constraint': 'blocks',
  'set-not-null-without-check': 'scan',
  // Not mysql-algorithm-copy: the statement asks for the copy itself, whatever the server could do.
  'mysql-column-type-change': 'mysql-copy',
  'mysql-charset-change': 'mysql-copy',
  'mysql-add-column-not-instant': 'mysql-not-instant',
};

type Verdict = { happened: boolean; what: string } | undefined;

/**
 * Returns `findings` with each static finding the trace can judge extended by what the trace
 * observed; those whose hazard did not happen become notices. Other findings pass unchanged.
 */
export function weighObserved(findings: readonly Finding[], traces: readonly MigrationTrace[], server: Pick<ServerInfo, 'name' | 'version'>): Finding[] {
  const on = `${SERVER_NAMES[server.name]} ${server.version}`;
  return findings.map((finding) => {
    const hazard = HAZARDS[finding.rule];
    const file = finding.location?.file;
    const line = finding.location?.line;
    if (finding.check !== 'migrations' || !hazard || file === undefined || line === undefined) return finding;
    const trace = traces.find((t) => t.file === file && t.status === 'applied');
    if (!trace) return finding;
    const index = statementAt(trace, line);
    if (index < 0) return finding;
    const verdict = judge(hazard, trace, index);
    if (!verdict) return finding;
    const message = `${finding.message.replace(/\.?$/, '.')} Observed on ${on}: ${verdict.what}.`;
    return verdict.happened ? { ...finding, message } : { ...finding, message, severity: 'notice' };
  });
}

const SERVER_NAMES: Record<ServerInfo['name'], string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', pglite: 'PGlite (PostgreSQL)' };

/** The statement that starts on `line`, or the last one starting before it. */
function statementAt(trace: MigrationTrace, line: number): number {
  let found = -1;
  trace.statements.forEach((s, i) => {
    if (s.line <= line && (found < 0 || s.line >= trace.statements[found]!.line)) found = i;
  });
  return found;
}

function judge(hazard: Hazard, trace: MigrationTrace, index: number): Verdict {
  const statement = trace.statements[index]!;
  // Outside a transaction the locks were released before the trace looked: they say nothing.
  const locksSeen = !trace.notes.some((n) => n.startsWith('ran outside a transaction'));
  switch (hazard) {
    case 'rewrite':
      return statement.rewrites.length > 0
        ? { happened: true, what: `rewrote ${statement.rewrites.join(', ')} (new relfilenode)` }
        : { happened: false, what: 'no rewrite (relfilenode unchanged)' };
    case 'blocks': {
      const taken = statement.locks.filter(blocksTraffic);
      if (taken.length > 0) return { happened: true, what: `took ${taken.map((l) => `${l.mode} on ${l.relation}`).join(', ')}, which blocks ${strongest(taken).blocks}${probeWords(statement)}` };
      if (!locksSeen) return undefined;
      // An earlier statement of the migration may already hold the lock: then this one adds nothing, but the table is still blocked.
      const held = trace.statements.slice(0, index).flatMap((s) => s.locks).filter(blocksTraffic);
      if (held.length > 0) return undefined;
      const weaker = statement.locks.map((l) => `${l.mode} on ${l.relation}`);
      return { happened: false, what: `no lock that blocks the application's reads or writes on an existing table${weaker.length ? ` (took ${weaker.join(', ')})` : ''}` };
    }
    case 'scan': {
      const scanned = [...statement.scans.map((s) => `${s.table} (${s.rows.toLocaleString('en-US')} rows)`), ...statement.rewrites];
      if (scanned.length > 0) return { happened: true, what: `scanned ${scanned.join(', ')} under its lock` };
      if (!locksSeen) return undefined;
      return { happened: false, what: 'no full scan (a validated CHECK … IS NOT NULL proved the column), so the lock was held only briefly' };
    }
    case 'mysql-copy':
    case 'mysql-not-instant': {
      const algorithm = statement.algorithm?.algorithm;
      if (!algorithm) return undefined;
      const copies = algorithm === 'copies the table, blocks writes';
      if (hazard === 'mysql-copy') {
        if (copies) return { happened: true, what: 'the server can only copy the table (ALGORITHM=INPLACE and INSTANT refused on a copy)' };
        if (algorithm === 'instant' || algorithm === 'in place, no lock') return { happened: false, what: `no table copy: the server runs it ${algorithm === 'instant' ? 'with ALGORITHM=INSTANT' : 'in place with LOCK=NONE'} (tried on a copy of the table)` };
        return undefined;
      }
      return algorithm === 'instant'
        ? { happened: false, what: 'the server added the column with ALGORITHM=INSTANT (tried on a copy of the table)' }
        : { happened: true, what: `ALGORITHM=INSTANT was refused; the server needs ${algorithm === 'copies the table, blocks writes' ? 'a table copy' : `to rebuild in place (${algorithm})`}` };
    }
  }
}

const blocksTraffic = (lock: HeldLock): boolean => blockRank(lock.blocks) >= blockRank('writes');
const strongest = (locks: HeldLock[]): HeldLock => locks.reduce((a, b) => (blockRank(b.blocks) > blockRank(a.blocks) ? b : a));

function probeWords(statement: StatementTrace): string {
  const waited = statement.probes.flatMap((p) => [p.read, p.write].filter((a) => a.blocked).map((a) => `${a.statement.split(' ')[0]!.toUpperCase()} on ${p.table}`));
  return waited.length > 0 ? `; the probe's ${waited.join(' and ')} waited` : '';
}
