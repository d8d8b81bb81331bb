// sqitch: `sqitch.plan` lists the changes in deploy order, each with its dependencies
// (`users [appschema] 2024-01-02T10:00:00Z Ann <ann@example.com> # note`) and `@tags`;
// `deploy/<change>.sql` deploys it, `revert/<change>.sql` reverts it, `verify/<change>.sql`
// runs after the deploy and fails it by raising an error. A change reworked after a tag keeps
// its earlier scripts as `<change>@<tag>.sql`. The scripts manage their own transactions
// (BEGIN … COMMIT), so Sluice adds none.
//
// The registry is sqitch's: on PostgreSQL the `sqitch` schema; on MySQL sqitch would use a
// `sqitch` database, but Sluice confines everything to its scratch database, so there the same
// tables live in it with a `sqitch_` prefix (sqitch_changes, sqitch_projects, …).
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from '../../engines/engine.js';
import { ConfigError } from '../../errors.js';
import { readMigration, relative } from './folder.js';
import { params, type DiscoveryContext, type FormatFindings, type MigrationFormatModule } from './format.js';
import type { MigrationFile, SqitchChange } from './migration-file.js';

export const SQITCH_PLAN = 'sqitch.plan';
const DATE = '(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)';
const CHANGE = new RegExp(`^([+-]?)([^\\s@:#\\[\\]]+)(?:\\s+\\[([^\\]]*)\\])?\\s+${DATE}\\s+(.*?)\\s*<([^>]*)>(?:\\s+#\\s?(.*))?$`);
const TAG = new RegExp(`^@(\\S+)\\s+${DATE}\\s+(.*?)\\s*<([^>]*)>(?:\\s+#\\s?(.*))?$`);

export const sqitch: MigrationFormatModule = {
  name: 'sqitch',
  convention: 'sqitch: sqitch.plan with deploy/, revert/ and verify/ scripts',
  async discover({ folder }: DiscoveryContext): Promise<FormatFindings> {
    const planFile = path.join(folder.dir, SQITCH_PLAN);
    const changes = parsePlan(await readMigration(planFile), planFile);
    const files: MigrationFile[] = [];
    for (const [index, change] of changes.entries()) {
      const script = (kind: string) => path.join(folder.dir, kind, `${change.scriptName}.sql`);
      const deploy = script('deploy');
      if (!(await exists(deploy))) {
        throw new ConfigError(`${relative(planFile)}:${change.line}: change ${change.name} has no deploy script ${relative(deploy)}; add it or remove the change from the plan.`);
      }
      const sql = await readMigration(deploy);
      const optional = async (kind: string) => ((await exists(script(kind))) ? { file: script(kind), sql: await readMigration(script(kind)) } : undefined);
      const [down, verify] = [await optional('revert'), await optional('verify')];
      files.push({
        format: 'sqitch', version: change.name, sortKey: [BigInt(index)], name: change.scriptName, file: deploy, sql, transaction: false,
        checksum: createHash('sha1').update(sql).digest('hex'), sqitch: change.registry,
        ...(down ? { down } : {}), ...(verify ? { verify } : {}),
      });
    }
    return { files };
  },
  bookkeeping: {
    async create(engine, files) {
      const t = registryTables(engine);
      for (const statement of registryDdl(engine, t)) await engine.exec(statement);
      const first = files[0]?.sqitch;
      if (!first) return;
      await engine.query(`INSERT INTO ${t.releases} (version, installed_at, installer_name, installer_email) VALUES (1.1, ${now(engine)}, ${params(engine, 2)})`, [COMMITTER, COMMITTER_EMAIL]);
      await engine.query(`INSERT INTO ${t.projects} (project, uri, created_at, creator_name, creator_email) VALUES (${params(engine, 2)}, ${now(engine)}, ${params(engine, 2, 3)})`, [first.project, first.uri ?? null, COMMITTER, COMMITTER_EMAIL]);
    },
    async record(engine, migration) {
      const change = migration.sqitch!;
      const t = registryTables(engine);
      const planned = change.plannedAt.replace('T', ' ').replace('Z', '');
      const who = [COMMITTER, COMMITTER_EMAIL, planned, change.plannerName, change.plannerEmail];
      await engine.query(
        `INSERT INTO ${t.changes} (change_id, script_hash, ${engine.quoteIdent('change')}, project, note, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) ` +
          `VALUES (${params(engine, 5)}, ${now(engine)}, ${params(engine, 5, 6)})`,
        [change.changeId, migration.checksum, migration.version, change.project, change.note, ...who],
      );
      for (const dependency of [...change.requires.map((d) => ['require', d]), ...change.conflicts.map((d) => ['conflict', d])] as const) {
        const id = dependency[0] === 'require' ? await changeId(engine, t.changes, change.project, dependency[1]) : null;
        await engine.query(`INSERT INTO ${t.dependencies} (change_id, type, dependency, dependency_id) VALUES (${params(engine, 4)})`, [change.changeId, dependency[0], dependency[1], id]);
      }
      for (const tag of change.tags) {
        await engine.query(
          `INSERT INTO ${t.tags} (tag_id, tag, project, change_id, note, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) ` +
            `VALUES (${params(engine, 5)}, ${now(engine)}, ${params(engine, 5, 6)})`,
          [tag.id, `@${tag.name}`, change.project, change.changeId, tag.note, COMMITTER, COMMITTER_EMAIL, tag.plannedAt.replace('T', ' ').replace('Z', ''), tag.plannerName, tag.plannerEmail],
        );
      }
      const list = (items: string[]) => (engine.dialect === 'mysql' ? items.join(' ') : `{${items.map((i) => JSON.stringify(i)).join(',')}}`);
      await engine.query(
        `INSERT INTO ${t.events} (event, change_id, ${engine.quoteIdent('change')}, project, note, requires, conflicts, tags, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) ` +
          `VALUES ('deploy', ${params(engine, 7)}, ${now(engine)}, ${params(engine, 5, 8)})`,
        [change.changeId, migration.version, change.project, change.note, list(change.requires), list(change.conflicts), list(change.tags.map((tag) => `@${tag.name}`)), ...who],
      );
    },
  },
};

const COMMITTER = 'Sluice';
const COMMITTER_EMAIL = 'sluice@localhost';
const now = (engine: Engine) => (engine.dialect === 'mysql' ? 'UTC_TIMESTAMP(6)' : 'clock_timestamp()');
const exists = (file: string) => stat(file).then((s) => s.isFile(), () => false);

async function changeId(engine: Engine, table: string, project: string, dependency: string): Promise<string | null> {
  const name = dependency.includes(':') ? dependency.split(':')[1]! : dependency;
  const rows = await engine.query<{ change_id: string }>(
    `SELECT change_id FROM ${table} WHERE project = ${engine.placeholder(1)} AND ${engine.quoteIdent('change')} = ${engine.placeholder(2)} ORDER BY committed_at DESC`,
    [project, name.replace(/@.*$/, '')],
  );
  return rows[0]?.change_id ?? null;
}

function registryTables(engine: Engine) {
  const name = (table: string) => (engine.dialect === 'mysql' ? engine.quoteIdent(`sqitch_${table}`) : `sqitch.${table}`);
  return { releases: name('releases'), projects: name('projects'), changes: name('changes'), tags: name('tags'), dependencies: name('dependencies'), events: name('events') };
}

/** sqitch's registry tables, the columns and keys its own registry scripts create. */
function registryDdl(engine: Engine, t: ReturnType<typeof registryTables>): string[] {
  const mysql = engine.dialect === 'mysql';
  const text = mysql ? 'VARCHAR(255)' : 'TEXT';
  const id = mysql ? 'VARCHAR(40)' : 'TEXT';
  const when = mysql ? 'DATETIME(6)' : 'TIMESTAMPTZ';
  const list = mysql ? 'TEXT NOT NULL' : "TEXT[] NOT NULL DEFAULT '{}'";
  const note = mysql ? 'TEXT NOT NULL' : "TEXT NOT NULL DEFAULT ''";
  const change = engine.quoteIdent('change');
  const suffix = mysql ? ' ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4' : '';
  const who = (prefix: string) => `${prefix}_name ${text} NOT NULL, ${prefix}_email ${text} NOT NULL`;
  return [
    ...(mysql ? [] : ['CREATE SCHEMA sqitch']),
    `CREATE TABLE ${t.releases} (version ${mysql ? 'FLOAT' : 'REAL'} PRIMARY KEY, installed_at ${when} NOT NULL, ${who('installer')})${suffix}`,
    `CREATE TABLE ${t.projects} (project ${text} PRIMARY KEY, uri ${text} NULL UNIQUE, created_at ${when} NOT NULL, ${who('creator')})${suffix}`,
    `CREATE TABLE ${t.changes} (change_id ${id} PRIMARY KEY, script_hash ${id} NULL, ${change} ${text} NOT NULL, ` +
      `project ${text} NOT NULL REFERENCES ${t.projects}(project) ON UPDATE CASCADE, note ${note}, committed_at ${when} NOT NULL, ${who('committer')}, ` +
      `planned_at ${when} NOT NULL, ${who('planner')}, UNIQUE (project, script_hash))${suffix}`,
    `CREATE TABLE ${t.tags} (tag_id ${id} PRIMARY KEY, tag ${text} NOT NULL, project ${text} NOT NULL REFERENCES ${t.projects}(project) ON UPDATE CASCADE, ` +
      `change_id ${id} NOT NULL REFERENCES ${t.changes}(change_id) ON UPDATE CASCADE, note ${note}, committed_at ${when} NOT NULL, ${who('committer')}, ` +
      `planned_at ${when} NOT NULL, ${who('planner')}, UNIQUE (project, tag))${suffix}`,
    `CREATE TABLE ${t.dependencies} (change_id ${id} NOT NULL REFERENCES ${t.changes}(change_id) ON UPDATE CASCADE ON DELETE CASCADE, type ${text} NOT NULL, ` +
      `dependency ${text} NOT NULL, dependency_id ${id} NULL REFERENCES ${t.changes}(change_id) ON UPDATE CASCADE, ` +
      // MySQL refuses a CHECK on a column a cascading foreign key updates; sqitch's MySQL registry has none.
      (mysql ? '' : `CONSTRAINT dependencies_check CHECK ((type = 'require' AND dependency_id IS NOT NULL) OR (type = 'conflict' AND dependency_id IS NULL)), `) +
      `PRIMARY KEY (change_id, dependency))${suffix}`,
    `CREATE TABLE ${t.events} (event ${text} NOT NULL, ` +
      `change_id ${id} NOT NULL, ${change} ${text} NOT NULL, project ${text} NOT NULL REFERENCES ${t.projects}(project) ON UPDATE CASCADE, note ${note}, ` +
      `requires ${list}, conflicts ${list}, tags ${list}, committed_at ${when} NOT NULL, ${who('committer')}, planned_at ${when} NOT NULL, ${who('planner')}, ` +
      `CONSTRAINT events_event_check CHECK (event IN ('deploy', 'revert', 'fail', 'merge')), PRIMARY KEY (change_id, committed_at))${suffix}`,
  ];
}

interface PlannedChange {
  name: string;
  /** `users`, or `users@v1.0` for the instance before a rework. */
  scriptName: string;
  line: number;
  registry: SqitchChange;
}

/** The plan's changes in deploy order; a dependency the plan does not deploy earlier is an error, as in sqitch. */
export function parsePlan(text: string, planFile: string): PlannedChange[] {
  const pragmas: Record<string, string> = {};
  const changes: PlannedChange[] = [];
  const sha1 = (kind: string, info: string) => createHash('sha1').update(`${kind} ${Buffer.byteLength(info)}\0${info}`).digest('hex');
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    const where = `${relative(planFile)}:${index + 1}`;
    if (line === '' || line.startsWith('#')) continue;
    const pragma = /^%\s*([\w-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (pragma) {
      pragmas[pragma[1]!] = pragma[2]!;
      continue;
    }
    const project = pragmas['project'];
    if (!project) throw new ConfigError(`${where}: the plan names no project before its first change; add %project=<name> at the top.`);
    const tag = TAG.exec(line);
    if (tag) {
      const last = changes.at(-1);
      if (!last) throw new ConfigError(`${where}: tag @${tag[1]} comes before any change; move it after the change it tags.`);
      const [, name, plannedAt, plannerName, plannerEmail, note = ''] = tag as unknown as string[];
      const info = [`project ${project}`, ...(pragmas['uri'] ? [`uri ${pragmas['uri']}`] : []), `tag @${name}`, `change ${last.registry.changeId}`, `planner ${plannerName} <${plannerEmail}>`, `date ${plannedAt}`, ...(note ? ['', note] : [])].join('\n');
      last.registry.tags.push({ name: name!, id: sha1('tag', info), note, plannedAt: plannedAt!, plannerName: plannerName!, plannerEmail: plannerEmail! });
      continue;
    }
    const match = CHANGE.exec(line);
    if (!match) throw new ConfigError(`${where}: not a sqitch plan line (expected "change [dependencies] date planner <email> # note" or "@tag …"); fix the line.`);
    const [, operator, name, deps = '', plannedAt, plannerName, plannerEmail, note = ''] = match as unknown as string[];
    if (operator === '-') throw new ConfigError(`${where}: the plan reverts change ${name} (a "-" line), which Sluice does not follow; remove the line.`);
    const dependencies = deps.split(/\s+/).filter(Boolean);
    const requires = dependencies.filter((d) => !d.startsWith('!'));
    const conflicts = dependencies.filter((d) => d.startsWith('!')).map((d) => d.slice(1));
    for (const required of requires) {
      const [other, local] = required.includes(':') ? required.split(':') : [project, required];
      if (other !== project) continue; // another project's change: its own plan deploys it
      const wanted = local!.replace(/@.*$/, '');
      if (!changes.some((c) => c.name === wanted)) {
        throw new ConfigError(`${where}: change ${name} requires ${required}, which the plan does not deploy before it; move ${wanted} above it or fix the dependency.`);
      }
    }
    // A name seen before is a rework: the earlier instance's scripts carry the tag after it.
    const earlier = changes.filter((c) => c.name === name).at(-1);
    if (earlier) {
      const tagAfter = changes.slice(changes.indexOf(earlier)).flatMap((c) => c.registry.tags)[0];
      if (!tagAfter) throw new ConfigError(`${where}: change ${name} is planned twice with no tag between; a reworked change needs a tag after its earlier instance.`);
      earlier.scriptName = `${name}@${tagAfter.name}`;
    }
    const parent = changes.at(-1)?.registry.changeId;
    const info = [
      `project ${project}`, ...(pragmas['uri'] ? [`uri ${pragmas['uri']}`] : []), `change ${name}`, ...(parent ? [`parent ${parent}`] : []),
      `planner ${plannerName} <${plannerEmail}>`, `date ${plannedAt}`,
      ...(requires.length ? ['requires', ...requires.map((r) => `  + ${r}`)] : []), ...(conflicts.length ? ['conflicts', ...conflicts.map((c) => `  - ${c}`)] : []),
      ...(note ? ['', note] : []),
    ].join('\n');
    changes.push({
      name: name!, scriptName: name!, line: index + 1,
      registry: { project, ...(pragmas['uri'] ? { uri: pragmas['uri'] } : {}), changeId: sha1('change', info), requires, conflicts, tags: [], note, plannedAt: plannedAt!, plannerName: plannerName!, plannerEmail: plannerEmail! },
    });
  }
  if (changes.length === 0) throw new ConfigError(`${relative(planFile)}: the plan lists no changes; add one with sqitch add, or point migrations.dir at the project that has them.`);
  return changes;
}
