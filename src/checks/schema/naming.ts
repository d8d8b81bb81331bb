// Naming conventions the project chose (checks.schema.naming): nothing is checked until one
// is set, since every team's convention is its own.
import type { Dialect, Table } from '../../engines/engine.js';
import { nameWords, qualifiedIndex, quoteName, quoteTable, type NamingStyle, type RuleHit, type SchemaRule } from './rule.js';

const STYLES: Record<Exclude<NamingStyle, object>, { test: RegExp; make: (words: string[]) => string }> = {
  snake_case: { test: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, make: (w) => w.join('_') },
  camelCase: { test: /^[a-z][a-zA-Z0-9]*$/, make: (w) => w.map((x, k) => (k === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join('') },
  PascalCase: { test: /^[A-Z][a-zA-Z0-9]*$/, make: (w) => w.map((x) => x[0]!.toUpperCase() + x.slice(1)).join('') },
  lowercase: { test: /^[a-z][a-z0-9_]*$/, make: (w) => w.join('_') },
};

const describeStyle = (style: NamingStyle) => (typeof style === 'string' ? style : `/${style.pattern}/`);
const follows = (name: string, style: NamingStyle) => (typeof style === 'string' ? STYLES[style].test : new RegExp(style.pattern)).test(name);
/** The name in the style, when the style is a casing (a pattern has no mechanical rename). */
const renamed = (name: string, style: NamingStyle) => (typeof style === 'string' ? STYLES[style].make(nameWords(name)) : undefined);

type Kind = 'table' | 'column' | 'index' | 'constraint';

function renameSql(kind: Kind, table: Table, name: string, to: string, d: Dialect): string | undefined {
  const t = quoteTable(table.name, d);
  // RENAME TO keeps the table in its schema: the new name is never qualified.
  if (kind === 'table') return `ALTER TABLE ${t} RENAME TO ${quoteName(to, d)}`;
  if (kind === 'column') return `ALTER TABLE ${t} RENAME COLUMN ${quoteName(name, d)} TO ${quoteName(to, d)}`;
  if (kind === 'index') return d === 'postgres' ? `ALTER INDEX ${qualifiedIndex(table.name, name, d)} RENAME TO ${quoteName(to, d)}` : `ALTER TABLE ${t} RENAME INDEX ${quoteName(name, d)} TO ${quoteName(to, d)}`;
  return d === 'postgres' ? `ALTER TABLE ${t} RENAME CONSTRAINT ${quoteName(name, d)} TO ${quoteName(to, d)}` : undefined;
}

export const namingConvention: SchemaRule = {
  id: 'naming-convention',
  severity: 'warning',
  help: 'checks.schema.naming sets the convention for table, column, index and constraint names (snake_case, camelCase, PascalCase, lowercase or { pattern }). Names that differ need quoting in every query, or break tools that assume the convention.',
  check(table, { naming, server, locator }) {
    const d = server.dialect;
    const hits: RuleHit[] = [];
    const look = (kind: Kind, name: string, style: NamingStyle | undefined, location: RuleHit['location']) => {
      if (!style || follows(name, style)) return;
      const to = renamed(name, style);
      const fix = to !== undefined && to !== name ? renameSql(kind, table, name, to, d) : undefined;
      hits.push({
        subject: `${kind} ${kind === 'table' ? table.name : `${table.name}.${name}`}`,
        message: `The ${kind} name ${name}${kind === 'table' ? '' : ` on ${table.name}`} is not ${describeStyle(style)}${to !== undefined && to !== name ? `; rename it ${to}` : ''}.`,
        location,
        ...(fix ? { fix } : {}),
      });
    };
    for (const c of table.columns) look('column', c.name, naming.columns, locator.column(table.name, c.name));
    const constraintNames = new Set([...table.uniques.map((u) => u.name), ...table.foreignKeys.map((f) => f.name), ...table.checks.map((c) => c.name)]);
    for (const i of table.indexes) {
      // MySQL's PRIMARY and indexes a constraint owns are named by the constraint.
      if (i.primary || constraintNames.has(i.name)) continue;
      look('index', i.name, naming.indexes, locator.constraint(table.name, 'index', i.name, i.columns));
    }
    for (const f of table.foreignKeys) look('constraint', f.name, naming.constraints, locator.constraint(table.name, 'foreign', f.name, f.columns));
    for (const u of table.uniques) look('constraint', u.name, naming.constraints, locator.constraint(table.name, 'unique', u.name, u.columns));
    for (const c of table.checks) look('constraint', c.name, naming.constraints, locator.constraint(table.name, 'check', c.name, []));
    // The table last: the renames above name it by its current name.
    look('table', table.name.split('.').pop()!, naming.tables, locator.table(table.name));
    return hits;
  },
};
