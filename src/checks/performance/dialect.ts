// Workload SQL is written with $1, $2 …; MySQL wants ? in order of appearance.
import type { Engine } from '../../engines/engine.js';
import { placeholdersIn } from '../../config/placeholders.js';

/**
 * Binds a statement to the workload's values. MySQL wants ? in order of appearance ($n inside a
 * literal stays text). PostgreSQL gets only the values the statement uses, renumbered from $1:
 * a transaction's statements share one list, and a value a statement does not use would have
 * no type there.
 */
export function toDialect(engine: Pick<Engine, 'dialect'>, sql: string, params: readonly unknown[]): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const numbers = new Map<number, number>();
  let rewritten = '';
  let last = 0;
  for (const placeholder of placeholdersIn(sql, engine.dialect)) {
    let replacement = '?';
    if (engine.dialect === 'postgres') {
      if (!numbers.has(placeholder.number)) {
        values.push(params[placeholder.number - 1]);
        numbers.set(placeholder.number, values.length);
      }
      replacement = `$${numbers.get(placeholder.number)}`;
    } else {
      values.push(params[placeholder.number - 1]);
    }
    rewritten += `${sql.slice(last, placeholder.start)}${replacement}`;
    last = placeholder.end;
  }
  return { sql: rewritten + sql.slice(last), values };
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
