// Applying migrations: Sluice's plain apply, the same with the lock trace, and psql, on one server.
//
// Generates (deterministically) a folder of 160 PostgreSQL migrations shaped like a five-year-old
// product's: tables with keys, checks and indexes, enums and their new values, columns added then
// backfilled then made NOT NULL, plpgsql functions and triggers in dollar quotes, views, a
// materialized view, comments, lookup data, renames, drops, NOT VALID constraints validated later,
// two CREATE INDEX CONCURRENTLY. Starts a throwaway PostgreSQL server (as the test runner does)
// and, alternating in every repetition, times:
//   plain  startServer → createScratch → setStatementTimeout (as the gate does) → applyMigrations
//   trace  traceMigrations({ existing: [], added: all }): every file observed, as the gate traces
//          a pull request's new migrations (its own scratch database and VACUUM ANALYZE included)
//   split  traceMigrations({ existing: first 110, added: last 50 }): the gate's usual shape
//   psql   one `psql -X -q -v ON_ERROR_STOP=1 -f driver.sql` session as the `sluice` role; the
//          driver `\i`s each file inside BEGIN/COMMIT (as Sluice runs each file in a transaction),
//          without one for the files Sluice runs outside a transaction (CONCURRENTLY)
//
//   npm run bench:migrations                 (`-- --runs 3` for a quick look, `-- --keep DIR` keeps the files)
//
// Never part of `npm test`: it prints figures, nothing more.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseConfig } from '../src/config/load.js';
import { cleanupAll, startServer } from '../src/engines/index.js';
import { applyMigrations } from '../src/migrations/apply.js';
import { discoverMigrations, type MigrationFile } from '../src/migrations/index.js';
import { traceMigrations } from '../src/migrations/trace/index.js';
import { findPostgresBinDir, startPostgres } from '../tests/support/servers.mjs';

const execFileAsync = promisify(execFile);
const RUNS = Number(argument('--runs') ?? 5);
const KEEP = argument('--keep');
const SPLIT = 110;
const { config } = parseConfig('migrations:\n  dir: db/migrations\n', 'sluice.yml');

type Stop = () => Promise<void>;
const stops: Stop[] = [];
let stopping = false;
// Always stop the server, also on Ctrl-C.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    void stopAll().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin)');
  const psql = path.join(binDir, 'psql');
  const dir = KEEP ?? (await mkdtemp(path.join(tmpdir(), 'sluice-bench-migrations-')));
  if (!KEEP) stops.push(() => rm(dir, { recursive: true, force: true }));
  const files = await writeFolder(dir, generateMigrations());
  const driver = path.join(dir, 'psql-driver.sql');
  await writeFile(driver, files.map((f) => (NO_TRANSACTION.test(f.sql) ? `\\i ${f.file}\n` : `BEGIN;\n\\i ${f.file}\nCOMMIT;\n`)).join(''));
  const statements = files.reduce((n, f) => n + f.sql.split(/;\s*\n/).length - 1, 0);

  const pg = await startPostgres();
  stops.push(pg.stop);
  // psql as the `sluice` role, its password in PGPASSWORD rather than on the command line.
  const role = new URL(pg.url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(role.password) };
  role.password = '';
  const asSluice = (args: string[], database = 'postgres') => execFileAsync(psql, ['-X', ...args, urlOf(role.toString(), database)], { env });
  const { stdout: version } = await asSluice(['-A', '-t', '-c', 'show server_version']);
  console.log(`sluice migrations benchmark: ${files.length} migrations (~${statements} statements), ${RUNS} runs, median`);
  console.log(`  Node ${process.version}, PostgreSQL ${version.trim().split(' ')[0]}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, fsync off, loopback, load average ${loadavg()[0]!.toFixed(1)}\n`);

  const times: Record<'plain' | 'trace' | 'split' | 'psql' | 'scratch', number[]> = { plain: [], trace: [], split: [], psql: [], scratch: [] };
  // Ratios within one round, where every side met the same load: steadier than ratios of medians on a busy machine.
  const paired = { plainPsql: [] as number[], tracePlain: [] as number[], traceScratchPlain: [] as number[], splitPlain: [] as number[] };
  const measure = {
    plain: async (run: number) => {
      const server = await startServer({ engine: pg.url, origin: 'bench' });
      try {
        const scratchStarted = performance.now();
        const engine = await server.createScratch(`plain${run}`);
        times.scratch.push(performance.now() - scratchStarted);
        const started = performance.now();
        await engine.setStatementTimeout(config.migrations['statement-timeout']);
        const results = await applyMigrations(engine, files);
        const ms = performance.now() - started;
        const bad = results.find((r) => r.status !== 'applied');
        if (bad) throw new Error(`plain apply: ${bad.file} ${bad.status}: line ${bad.error?.line} ${bad.error?.message}`);
        return ms;
      } finally {
        await server.close();
      }
    },
    trace: (run: number) => traced(run, [], files),
    split: (run: number) => traced(run, files.slice(0, SPLIT), files.slice(SPLIT)),
    psql: async (run: number) => {
      const database = `bench_psql_${run}`;
      await asSluice(['-q', '-c', `CREATE DATABASE ${database}`]);
      try {
        const started = performance.now();
        await asSluice(['-q', '-v', 'ON_ERROR_STOP=1', '-f', driver], database);
        return performance.now() - started;
      } finally {
        await dropDatabase(database);
      }
    },
  };
  // On a busy machine an autovacuum worker may still be in the fresh database, and FORCE may not end it: wait and retry.
  async function dropDatabase(database: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await asSluice(['-q', '-c', `DROP DATABASE ${database} WITH (FORCE)`]);
        return;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
  async function traced(run: number, existing: MigrationFile[], added: MigrationFile[]): Promise<number> {
    const server = await startServer({ engine: pg.url, origin: 'bench' });
    try {
      const started = performance.now();
      const result = await traceMigrations({ server, existing, added, config });
      const ms = performance.now() - started;
      const incomplete = result.findings.find((f) => f.rule === 'trace-incomplete');
      if (incomplete) throw new Error(`trace: ${incomplete.message}`);
      if (result.traces.length !== added.length || result.traces.some((t) => t.status !== 'applied')) throw new Error('trace: not every migration applied');
      return ms;
    } finally {
      await server.close();
    }
  }

  // One warm-up round (not counted), then RUNS rounds, the order rotating so no side always goes first.
  const order = ['plain', 'trace', 'split', 'psql'] as const;
  for (let run = 0; run <= RUNS; run++) {
    const round = [...order.slice(run % order.length), ...order.slice(0, run % order.length)];
    const line: string[] = [];
    for (const side of round) {
      const ms = await measure[side](run);
      if (run > 0) times[side].push(ms);
      line.push(`${side} ${fmt(ms)}`);
    }
    if (run > 0) {
      const at = (side: keyof typeof times) => times[side].at(-1)!;
      paired.plainPsql.push(at('plain') / at('psql'));
      paired.tracePlain.push(at('trace') / at('plain'));
      // Like for like: the trace's time includes creating its scratch database, plain's does not.
      paired.traceScratchPlain.push(at('trace') / (at('plain') + at('scratch')));
      paired.splitPlain.push(at('split') / at('plain'));
    }
    console.log(`  ${run === 0 ? 'warm-up' : `run ${run}  `}  ${line.join('  ')}`);
  }

  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof times, number>;
  console.log('');
  console.log(`  plain apply              ${fmt(m.plain)}  (${fmt(m.plain / files.length)} a migration)`);
  console.log(`  apply with lock trace    ${fmt(m.trace)}  (all ${files.length} traced; includes its CREATE DATABASE, ~${fmt(m.scratch)})`);
  console.log(`  trace ${SPLIT} + ${files.length - SPLIT} new          ${fmt(m.split)}  (first ${SPLIT} applied, tables seeded, last ${files.length - SPLIT} traced)`);
  console.log(`  psql, one session        ${fmt(m.psql)}  (includes starting psql and connecting)`);
  console.log('');
  console.log('  ratios: of the medians, and [median of the per-round ratios]');
  console.log(`  plain / psql   ${(m.plain / m.psql).toFixed(2)}×  [${median(paired.plainPsql).toFixed(2)}×]  (goal ≤ 1.2×)`);
  console.log(`  trace / plain  ${(m.trace / m.plain).toFixed(2)}×  [${median(paired.tracePlain).toFixed(2)}×]  (goal ≤ 2×)`);
  console.log(`  trace / (plain + its CREATE DATABASE)  ${(m.trace / (m.plain + m.scratch)).toFixed(2)}×  [${median(paired.traceScratchPlain).toFixed(2)}×]  (both sides create their database)`);
  console.log(`  split / plain  ${(m.split / m.plain).toFixed(2)}×  [${median(paired.splitPlain).toFixed(2)}×]`);
  console.log(`  load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

// PostgreSQL statements Sluice runs outside a transaction (src/migrations/apply.ts).
const NO_TRANSACTION = /\b(concurrently|vacuum)\b/i;

/** Writes the folder, then reads it back the way the gate does (plain numbered files). */
async function writeFolder(dir: string, migrations: { name: string; sql: string }[]): Promise<MigrationFile[]> {
  const folder = path.join(dir, 'migrations');
  await mkdir(folder, { recursive: true });
  for (const [index, migration] of migrations.entries()) {
    await writeFile(path.join(folder, `${String(index + 1).padStart(4, '0')}_${migration.name}.sql`), migration.sql);
  }
  const found = await discoverMigrations(folder, 'bench');
  if (found.format !== 'plain' || found.files.length !== migrations.length) throw new Error(`read back ${found.files.length} ${found.format} migrations`);
  return found.files;
}

// ---------------------------------------------------------------------------------------------
// The folder: a SaaS product's schema grown over five years.

interface TableSpec {
  name: string;
  parents: string[];
  columns: string[];
  /** Indexes beyond the foreign keys' own. */
  indexes: string[];
  comment: string;
  /** Lookup rows inserted right after the table is created. */
  rows?: number;
}

const TABLES: TableSpec[] = [
  { name: 'organizations', parents: [], columns: ['name text not null', 'slug text not null unique', "billing_email text check (billing_email like '%@%')"], indexes: ['lower(name)'], comment: 'A customer: every row below belongs to one.', rows: 200 },
  { name: 'users', parents: ['organizations'], columns: ['email text not null', 'full_name text', 'role user_role not null default \'member\'', 'password_hash text', 'last_seen_at timestamptz'], indexes: ['unique:lower(email)', 'last_seen_at'], comment: 'People who sign in.', rows: 1000 },
  { name: 'teams', parents: ['organizations'], columns: ['name text not null', 'description text'], indexes: ['unique:organization_id, name'], comment: 'Groups of users inside an organization.' },
  { name: 'memberships', parents: ['teams', 'users'], columns: ['role user_role not null default \'member\''], indexes: ['unique:team_id, user_id'], comment: 'Which user is in which team.' },
  { name: 'projects', parents: ['organizations'], columns: ['name text not null', 'key text not null check (key ~ \'^[A-Z]{2,10}$\')', 'archived boolean not null default false'], indexes: ['unique:organization_id, key', 'partial:organization_id where not archived'], comment: 'A board of tasks.', rows: 400 },
  { name: 'tasks', parents: ['projects', 'users'], columns: ['title text not null', 'body text', 'status task_status not null default \'open\'', 'priority smallint not null default 3 check (priority between 1 and 5)', 'due_on date'], indexes: ['status', 'due_on', 'partial:project_id where status <> \'done\''], comment: 'The unit of work.', rows: 3000 },
  { name: 'comments', parents: ['tasks', 'users'], columns: ['body text not null', 'edited boolean not null default false'], indexes: [], comment: 'Discussion on a task.' },
  { name: 'labels', parents: ['projects'], columns: ['name text not null', "color text not null default '#888888' check (color ~ '^#[0-9a-f]{6}$')"], indexes: ['unique:project_id, name'], comment: 'Free-form tags on tasks.' },
  { name: 'task_labels', parents: ['tasks', 'labels'], columns: [], indexes: ['unique:task_id, label_id'], comment: 'Labels on tasks.' },
  { name: 'attachments', parents: ['tasks'], columns: ['file_name text not null', 'content_type text not null', 'bytes bigint not null check (bytes >= 0)', 'storage_key text not null unique'], indexes: [], comment: 'Files uploaded to a task.' },
  { name: 'plans', parents: [], columns: ['code text not null unique', 'name text not null', 'monthly_cents integer not null check (monthly_cents >= 0)', 'seats integer'], indexes: [], comment: 'What customers can buy.', rows: 6 },
  { name: 'subscriptions', parents: ['organizations', 'plans'], columns: ['started_on date not null', 'ends_on date', 'seats integer not null default 1'], indexes: ['ends_on'], comment: 'An organization on a plan for a period.' },
  { name: 'invoices', parents: ['organizations'], columns: ['number text not null unique', 'status invoice_status not null default \'draft\'', 'issued_on date', 'currency char(3) not null default \'EUR\''], indexes: ['status', 'issued_on'], comment: 'What a customer owes.' },
  { name: 'invoice_lines', parents: ['invoices'], columns: ['description text not null', 'quantity numeric(12,3) not null default 1', 'unit_cents bigint not null'], indexes: [], comment: 'Lines of an invoice.' },
  { name: 'payments', parents: ['invoices'], columns: ['amount_cents bigint not null check (amount_cents > 0)', 'provider text not null', 'provider_ref text', 'paid_at timestamptz not null default now()'], indexes: ['unique:provider, provider_ref', 'paid_at'], comment: 'Money received against an invoice.' },
  { name: 'api_keys', parents: ['organizations', 'users'], columns: ['prefix text not null unique', 'secret_hash text not null', 'revoked_at timestamptz'], indexes: ['partial:organization_id where revoked_at is null'], comment: 'Machine access.' },
  { name: 'sessions', parents: ['users'], columns: ['token_hash text not null unique', 'expires_at timestamptz not null', 'user_agent text', 'ip inet'], indexes: ['expires_at'], comment: 'Browser sign-ins.' },
  { name: 'webhooks', parents: ['organizations'], columns: ['url text not null check (url like \'https://%\')', 'secret text not null', 'events text[] not null default \'{}\'', 'active boolean not null default true'], indexes: [], comment: 'Outgoing event subscriptions.' },
  { name: 'webhook_deliveries', parents: ['webhooks'], columns: ['event text not null', 'payload jsonb not null', 'status_code integer', 'attempts integer not null default 0'], indexes: ['gin:payload'], comment: 'Each attempt to call a webhook.' },
  { name: 'notifications', parents: ['users'], columns: ['kind text not null', 'data jsonb not null default \'{}\'', 'read_at timestamptz'], indexes: ['partial:user_id where read_at is null'], comment: 'In-app notifications.' },
  { name: 'audit_events', parents: ['organizations'], columns: ['actor_id bigint', 'action text not null', 'subject_table text not null', 'subject_id bigint', 'changes jsonb'], indexes: ['subject_table, subject_id'], comment: 'Who changed what, written by triggers.' },
  { name: 'feature_flags', parents: [], columns: ['key text not null unique', 'enabled boolean not null default false', 'rollout_percent smallint not null default 0 check (rollout_percent between 0 and 100)'], indexes: [], comment: 'Switches read at run time.', rows: 40 },
  { name: 'countries', parents: [], columns: ['code char(2) not null unique', 'name text not null', 'eu boolean not null default false'], indexes: [], comment: 'ISO 3166 countries.', rows: 250 },
  { name: 'addresses', parents: ['organizations', 'countries'], columns: ['line1 text not null', 'line2 text', 'city text not null', 'postal_code text'], indexes: [], comment: 'Billing addresses.' },
  { name: 'time_entries', parents: ['tasks', 'users'], columns: ['started_at timestamptz not null', 'minutes integer not null check (minutes > 0)', 'note text'], indexes: ['started_at'], comment: 'Time logged on tasks.' },
  { name: 'exports', parents: ['organizations', 'users'], columns: ['kind text not null', 'state text not null default \'queued\'', 'finished_at timestamptz', 'file_key text'], indexes: ['state'], comment: 'Data exports users asked for.' },
];

/** A small deterministic generator (mulberry32), so the folder is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fk = (parent: string) => `${parent === 'countries' ? 'country' : parent.replace(/ies$/, 'y').replace(/s$/, '')}_id`;

function createTable(t: TableSpec): string {
  const lines = [
    '  id bigint generated by default as identity primary key',
    ...t.parents.map((p) => `  ${fk(p)} bigint ${p === 'users' && t.name === 'tasks' ? '' : 'not null '}references ${p} (id) on delete ${p === 'users' || p === 'plans' || p === 'countries' ? 'restrict' : 'cascade'}`),
    ...t.columns.map((c) => `  ${c}`),
    '  created_at timestamptz not null default now()',
    '  updated_at timestamptz not null default now()',
  ];
  return `-- ${t.comment}\ncreate table ${t.name} (\n${lines.join(',\n')}\n);\n\ncomment on table ${t.name} is '${t.comment.replace(/'/g, "''")}';\n`;
}

function createIndexes(t: TableSpec): string {
  const out: string[] = [];
  for (const p of t.parents) out.push(`create index ${t.name}_${fk(p)}_idx on ${t.name} (${fk(p)});`);
  t.indexes.forEach((spec, i) => {
    const [kind, rest] = spec.includes(':') ? (spec.split(/:(.*)/s) as [string, string]) : ['', spec];
    const suffix = `${i + 1}`;
    if (kind === 'unique') out.push(`create unique index ${t.name}_unique_${suffix} on ${t.name} (${rest});`);
    else if (kind === 'partial') {
      const [cols, where] = rest.split(' where ') as [string, string];
      out.push(`create index ${t.name}_partial_${suffix} on ${t.name} (${cols}) where ${where};`);
    } else if (kind === 'gin') out.push(`create index ${t.name}_gin_${suffix} on ${t.name} using gin (${rest});`);
    else out.push(`create index ${t.name}_idx_${suffix} on ${t.name} (${rest});`);
  });
  return `${out.join('\n')}\n`;
}

function lookupRows(t: TableSpec, rand: () => number): string {
  const n = t.rows ?? 0;
  const row = (i: number): string => {
    switch (t.name) {
      case 'organizations':
        return `('Org ${i}', 'org-${i}', 'billing${i}@example.com')`;
      case 'users':
        return `(${1 + Math.floor(rand() * 200)}, 'user${i}@example.com', 'User ${i}', '${['member', 'admin', 'owner'][i % 3]}', null, null)`;
      case 'projects':
        return `(${1 + (i % 200)}, 'Project ${i}', 'P${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}', ${rand() < 0.2})`;
      case 'tasks':
        return `(${1 + Math.floor(rand() * 400)}, ${rand() < 0.1 ? 'null' : 1 + Math.floor(rand() * 1000)}, 'Task ${i}', 'Body of task ${i}', '${['open', 'in_progress', 'done'][Math.floor(rand() * 3)]}', ${1 + Math.floor(rand() * 5)}, ${rand() < 0.5 ? 'null' : `date '2020-01-01' + ${Math.floor(rand() * 1500)}`})`;
      case 'plans':
        return `('${['free', 'starter', 'team', 'business', 'enterprise', 'legacy'][i - 1]}', 'Plan ${i}', ${(i - 1) * 1900}, ${i === 6 ? 'null' : i * 5})`;
      case 'feature_flags':
        return `('flag_${i}', ${rand() < 0.5}, ${Math.floor(rand() * 101)})`;
      case 'countries':
        return `('${String.fromCharCode(65 + Math.floor((i - 1) / 26) % 26)}${String.fromCharCode(65 + ((i - 1) % 26))}', 'Country ${i}', ${rand() < 0.1})`;
      default:
        throw new Error(`no rows for ${t.name}`);
    }
  };
  const columns = t.parents.map(fk).concat(t.columns.map((c) => c.split(' ')[0]!));
  const values = Array.from({ length: n }, (_, i) => row(i + 1));
  // A real data migration writes its rows out; long ones in a few INSERTs.
  const chunks: string[] = [];
  for (let i = 0; i < values.length; i += 500) chunks.push(`insert into ${t.name} (${columns.join(', ')}) values\n  ${values.slice(i, i + 500).join(',\n  ')};`);
  return `${chunks.join('\n\n')}\n`;
}

/** 160 migrations in the order a product would have written them. */
export function generateMigrations(): { name: string; sql: string }[] {
  const rand = random(20190301);
  const out: { name: string; sql: string }[] = [];
  const add = (name: string, sql: string) => out.push({ name, sql });

  add('extensions_and_helpers', `create extension if not exists pgcrypto;

-- Every table's updated_at follows its rows.
create or replace function set_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
`);
  add('user_role', `create type user_role as enum ('member', 'admin', 'owner');\n`);
  add('task_status', `create type task_status as enum ('open', 'in_progress', 'done');\n`);
  add('invoice_status', `create type invoice_status as enum ('draft', 'issued', 'paid', 'void');\n`);

  const created: TableSpec[] = [];
  const later: (() => void)[] = [];
  let columnNo = 0;
  for (const [i, t] of TABLES.entries()) {
    add(`create_${t.name}`, createTable(t));
    add(`index_${t.name}`, createIndexes(t));
    if (t.rows) add(`seed_${t.name}`, lookupRows(t, rand));
    created.push(t);
    if (i % 2 === 0) {
      add(`${t.name}_updated_at`, `create trigger ${t.name}_set_updated_at\n  before update on ${t.name}\n  for each row execute function set_updated_at();\n`);
    }
    // Now and then a column added to a table made earlier, backfilled, and later made NOT NULL: the classic three steps.
    if (i % 2 === 1 && created.length > 2) {
      const target = created[Math.floor(rand() * created.length)]!;
      columnNo += 1;
      const column = `extra_${columnNo}`;
      add(`add_${target.name}_${column}`, `alter table ${target.name} add column ${column} text;\n`);
      add(
        `backfill_${target.name}_${column}`,
        `-- Backfill in one go: the table is small.\nupdate ${target.name}\n   set ${column} = 'v' || id::text\n where ${column} is null;\n`,
      );
      later.push(() => add(`${target.name}_${column}_not_null`, `alter table ${target.name} alter column ${column} set default '';\nalter table ${target.name} alter column ${column} set not null;\n`));
    }
    if (i === 12) for (const step of later.splice(0)) step();
  }
  for (const step of later.splice(0)) step();

  add('task_status_blocked', `alter type task_status add value if not exists 'blocked' after 'in_progress';\n`);
  add('invoice_status_refunded', `alter type invoice_status add value if not exists 'refunded';\n`);

  // Audit triggers: one plpgsql function with TG_OP and jsonb, on the tables customers ask about.
  add('audit_function', `create or replace function audit_row() returns trigger
language plpgsql security definer as $body$
declare
  org bigint;
  payload jsonb;
begin
  if tg_op = 'DELETE' then
    payload := to_jsonb(old);
  elsif tg_op = 'UPDATE' then
    payload := jsonb_build_object('old', to_jsonb(old), 'new', to_jsonb(new));
  else
    payload := to_jsonb(new);
  end if;
  org := coalesce((payload ->> 'organization_id')::bigint, (payload -> 'new' ->> 'organization_id')::bigint);
  if org is not null then
    insert into audit_events (organization_id, actor_id, action, subject_table, subject_id, changes)
    values (org, nullif(current_setting('app.user_id', true), '')::bigint, lower(tg_op), tg_table_name,
            coalesce((payload ->> 'id')::bigint, (payload -> 'new' ->> 'id')::bigint), payload);
  end if;
  return coalesce(new, old);
end;
$body$;

comment on function audit_row() is 'Writes one audit_events row per change; reads app.user_id for the actor.';
`);
  for (const table of ['projects', 'teams', 'api_keys', 'webhooks', 'subscriptions', 'invoices']) {
    add(`audit_${table}`, `create trigger ${table}_audit\n  after insert or update or delete on ${table}\n  for each row execute function audit_row();\n`);
  }

  // Functions the application calls.
  add('fn_invoice_total', `create or replace function invoice_total(p_invoice bigint) returns bigint
language sql stable as $$
  select coalesce(sum(round(quantity * unit_cents)), 0)::bigint from invoice_lines where invoice_id = p_invoice
$$;
`);
  add('fn_next_invoice_number', `create sequence invoice_number_seq start 1000;

create or replace function next_invoice_number() returns text
language plpgsql as $$
declare
  n bigint := nextval('invoice_number_seq');
begin
  return to_char(now(), 'YYYY') || '-' || lpad(n::text, 6, '0');
end;
$$;
`);
  add('fn_close_task', `create or replace function close_task(p_task bigint, p_user bigint) returns void
language plpgsql as $fn$
begin
  update tasks set status = 'done' where id = p_task;
  if not found then
    raise exception 'task % not found', p_task using errcode = 'P0002';
  end if;
  perform pg_notify('task_closed', json_build_object('task', p_task, 'by', p_user)::text);
end;
$fn$;
`);
  add('fn_slugify', `create or replace function slugify(value text) returns text
language sql immutable strict as $$
  select trim(both '-' from regexp_replace(lower(value), '[^a-z0-9]+', '-', 'g'))
$$;
`);
  add('fn_expire_sessions', `create or replace function expire_sessions() returns integer
language plpgsql as $$
declare
  removed integer;
begin
  delete from sessions where expires_at < now();
  get diagnostics removed = row_count;
  return removed;
end;
$$;

comment on function expire_sessions() is 'Called every hour by the scheduler.';
`);
  add('trigger_invoice_number', `create or replace function invoices_number_default() returns trigger
language plpgsql as $$
begin
  if new.number is null or new.number = '' then
    new.number := next_invoice_number();
  end if;
  return new;
end;
$$;

create trigger invoices_number before insert on invoices for each row execute function invoices_number_default();
`);

  // Views the reporting side reads.
  add('view_open_tasks', `create view open_tasks as
select t.id, t.title, t.priority, t.due_on, p.key as project_key, p.organization_id
  from tasks t join projects p on p.id = t.project_id
 where t.status <> 'done' and not p.archived;
`);
  add('view_invoice_totals', `create view invoice_totals as
select i.id, i.organization_id, i.number, i.status, invoice_total(i.id) as total_cents,
       coalesce((select sum(amount_cents) from payments where invoice_id = i.id), 0) as paid_cents
  from invoices i;
`);
  add('view_active_subscriptions', `create view active_subscriptions as
select s.*, pl.code as plan_code
  from subscriptions s join plans pl on pl.id = s.plan_id
 where s.ends_on is null or s.ends_on >= current_date;
`);
  add('view_user_directory', `create view user_directory as
select u.id, u.organization_id, u.email, u.full_name, u.role, o.name as organization
  from users u join organizations o on o.id = u.organization_id;

comment on view user_directory is 'What the admin screen lists.';
`);
  add('materialized_project_stats', `create materialized view project_stats as
select p.id as project_id, count(t.id) as tasks, count(t.id) filter (where t.status = 'done') as done
  from projects p left join tasks t on t.project_id = p.id
 group by p.id;

create unique index project_stats_project_id on project_stats (project_id);
`);
  add('refresh_project_stats', `refresh materialized view project_stats;\n`);

  // The years of small changes.
  add('users_locale', `alter table users add column locale text not null default 'en';\n`);
  add('users_timezone', `alter table users add column time_zone text not null default 'UTC';\n\ncomment on column users.time_zone is 'IANA name, e.g. Europe/Berlin.';\n`);
  add('tasks_estimate', `alter table tasks add column estimate_minutes integer check (estimate_minutes > 0);\n`);
  add('tasks_position', `alter table tasks add column position double precision;\n\nupdate tasks set position = id * 1024;\n\ncreate index tasks_project_position on tasks (project_id, position);\n`);
  add('projects_description', `alter table projects add column description text;\n\ncomment on column projects.description is 'Markdown.';\n`);
  add('organizations_country', `alter table organizations add column country_id bigint references countries (id);\n\nupdate organizations set country_id = 1 + (id % 250);\n`);
  add('rename_tasks_body', `alter table tasks rename column body to description;\n\ncreate or replace view open_tasks as
select t.id, t.title, t.priority, t.due_on, p.key as project_key, p.organization_id
  from tasks t join projects p on p.id = t.project_id
 where t.status <> 'done' and not p.archived;
`);
  add('drop_users_password_hash', `-- Passwords moved to the identity provider in 2022.\nalter table users drop column password_hash;\n`);
  add('payments_fk_not_valid', `alter table payments add constraint payments_provider_known check (provider in ('stripe', 'paypal', 'bank')) not valid;\n`);
  add('payments_fk_validate', `alter table payments validate constraint payments_provider_known;\n`);
  add('time_entries_user_fk_not_valid', `alter table time_entries drop constraint time_entries_user_id_fkey;\nalter table time_entries add constraint time_entries_user_id_fkey foreign key (user_id) references users (id) on delete cascade not valid;\n`);
  add('time_entries_user_fk_validate', `alter table time_entries validate constraint time_entries_user_id_fkey;\n`);
  add('tasks_search_index_concurrently', `create index concurrently if not exists tasks_title_lower on tasks (lower(title));\n`);
  add('notifications_kind_index_concurrently', `create index concurrently if not exists notifications_kind on notifications (kind, created_at desc);\n`);
  add('feature_flags_more', `insert into feature_flags (key, enabled, rollout_percent) values
  ('new_editor', true, 100),
  ('time_tracking', true, 50),
  ('exports_v2', false, 0)
on conflict (key) do update set enabled = excluded.enabled, rollout_percent = excluded.rollout_percent;
`);
  add('plans_yearly', `alter table plans add column yearly_cents integer;\n\nupdate plans set yearly_cents = monthly_cents * 10;\n\nalter table plans alter column yearly_cents set not null;\n`);
  add('tasks_priority_default', `alter table tasks alter column priority set default 2;\n`);
  add('users_email_check', `alter table users add constraint users_email_format check (email ~ '^[^@\\s]+@[^@\\s]+$');\n`);
  add('webhooks_comments', `comment on column webhooks.secret is 'HMAC key for the X-Signature header.';\ncomment on column webhooks.events is 'Event names; empty means all.';\n`);
  add('drop_exports_file_key', `alter table exports drop column file_key;\nalter table exports add column file_url text;\n`);
  add('tasks_status_history', `create table task_status_changes (
  id bigint generated by default as identity primary key,
  task_id bigint not null references tasks (id) on delete cascade,
  from_status task_status,
  to_status task_status not null,
  changed_at timestamptz not null default now()
);

create index task_status_changes_task on task_status_changes (task_id, changed_at);

create or replace function record_task_status() returns trigger
language plpgsql as $$
begin
  if new.status is distinct from old.status then
    insert into task_status_changes (task_id, from_status, to_status) values (new.id, old.status, new.status);
  end if;
  return new;
end;
$$;

create trigger tasks_status_history after update of status on tasks for each row execute function record_task_status();
`);
  add('close_some_tasks', `-- Support ticket 4411: close the tasks of archived projects.\nupdate tasks set status = 'done'\n where project_id in (select id from projects where archived) and status <> 'done';\n`);
  add('rename_exports_state', `alter table exports rename column state to status;\n`);
  add('bigint_time_minutes', `alter table time_entries alter column minutes type bigint;\n`);
  add('drop_view_user_directory', `drop view user_directory;\n\ncreate view user_directory as
select u.id, u.organization_id, u.email, u.full_name, u.role, u.locale, o.name as organization
  from users u join organizations o on o.id = u.organization_id;
`);
  add('attachments_checksum', `alter table attachments add column sha256 bytea;\n\ncomment on column attachments.sha256 is 'digest(content, ''sha256'') from pgcrypto.';\n`);
  add('api_keys_scopes', `alter table api_keys add column scopes text[] not null default array['read'];\n`);
  return out;
}

// ---------------------------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

function urlOf(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

async function stopAll(): Promise<void> {
  await cleanupAll().catch(() => undefined);
  for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error(String(error)));
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Last, so the constants above are set before main() reads them.
try {
  await main();
} finally {
  if (!stopping) await stopAll();
}
