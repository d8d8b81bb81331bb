// SARIF 2.1.0, which GitHub code scanning and editors read: one rule per (check, rule) seen,
// one result per finding, located in the repository where the finding has a location.
// baselineState carries new/existing so code scanning can tell what the pull request added.
import type { GateReport } from '../gate.js';
import type { Finding, Severity } from '../vocabulary.js';
import { redactSecrets } from '../secrets.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }; region?: { startLine: number } } }>;
  baselineState?: 'new' | 'unchanged';
  partialFingerprints?: Record<string, string>;
}

export interface SarifLog {
  version: '2.1.0';
  $schema: string;
  runs: Array<{
    tool: { driver: { name: 'Sluice'; rules: SarifRule[] } };
    automationDetails: { id: string };
    results: SarifResult[];
  }>;
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

const ruleId = (f: Finding) => `${f.check}/${f.rule}`;

/** SARIF wants a URI relative to the repository root: forward slashes, no leading ./ or /, percent-encoded. */
function repoUri(file: string): string {
  const relative = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return relative.split('/').map(encodeURIComponent).join('/');
}

const text = (raw: string) => redactSecrets(raw);

export function toSarif(report: GateReport): SarifLog {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  for (const f of report.findings) {
    const id = ruleId(f);
    if (index.has(id)) continue;
    index.set(id, rules.length);
    rules.push({
      id,
      name: f.rule,
      shortDescription: { text: text(`${f.check}: ${f.rule}`) },
      help: { text: text(f.help ?? `Reported by Sluice's ${f.check} check; the result's message says what to change.`) },
      defaultConfiguration: { level: LEVEL[f.severity] },
    });
  }
  const results = report.findings.map((f): SarifResult => ({
    ruleId: ruleId(f),
    ruleIndex: index.get(ruleId(f))!,
    level: LEVEL[f.severity],
    message: { text: text(f.message) },
    ...(f.location
      ? {
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: repoUri(f.location.file), uriBaseId: '%SRCROOT%' as const },
              ...(f.location.line ? { region: { startLine: Math.max(1, f.location.line) } } : {}),
            },
          }],
        }
      : {}),
    ...(f.origin ? { baselineState: f.origin === 'new' ? ('new' as const) : ('unchanged' as const) } : {}),
    // Line numbers move between commits; the subject does not, so code scanning matches on it.
    ...(f.subject ? { partialFingerprints: { 'sluiceSubject/v1': text(`${ruleId(f)}|${f.subject}`) } } : {}),
  }));
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [{
      tool: { driver: { name: 'Sluice', rules } },
      automationDetails: { id: `sluice/${report.suite}/` },
      results,
    }],
  };
}
