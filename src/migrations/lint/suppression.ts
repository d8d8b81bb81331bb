// `-- sluice:ignore <rule-id>[,<rule-id>…] <reason>` directly above a statement (in the comment
// lines right before it) or at the end of its first line. The reason is required: an ignore
// a reviewer cannot judge is reported instead of obeyed.

export interface IgnoreComment {
  line: number;
  rules: string[];
  reason: string;
  used: boolean;
}

export function parseIgnores(sql: string): IgnoreComment[] {
  const ignores: IgnoreComment[] = [];
  sql.split('\n').forEach((text, index) => {
    const found = /--\s*sluice:ignore\b(.*)$/.exec(text);
    if (!found) return;
    const [rules = '', ...reason] = found[1]!.trim().split(/\s+/);
    ignores.push({ line: index + 1, rules: rules.split(',').filter(Boolean), reason: reason.join(' ').trim(), used: false });
  });
  return ignores;
}

/** The ignores that apply to a statement starting at `line`. */
export function ignoresFor(line: number, ignores: IgnoreComment[], lines: string[]): IgnoreComment[] {
  const applicable = new Set<number>([line]);
  for (let above = line - 1; above >= 1 && /^\s*--/.test(lines[above - 1] ?? ''); above--) applicable.add(above);
  return ignores.filter((i) => applicable.has(i.line));
}
