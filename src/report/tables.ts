// Tables and collapsed sections with their smaller forms (see fit.ts).
import { markdownTable } from 'markdown-table';

type Align = 'l' | 'r' | 'c' | '';

/** How many rows a trimmed table keeps, step by step. */
const ROW_STEPS = [1000, 300, 100, 30, 10, 3];

/** No padding to the widest cell: one long message would otherwise widen thousands of rows. */
export const table = (header: string[], rows: string[][], align?: Align[]): string =>
  markdownTable([header, ...rows], { align, alignDelimiters: false });

/**
 * A table, then the same table with only its first rows and a line saying how many were left
 * out. Put what matters most in the first rows.
 */
export function tableForms(header: string[], rows: string[][], options: { align?: Align[]; leftOut?: (n: number) => string } = {}): Array<() => string> {
  const leftOut = options.leftOut ?? ((n: number) => `… and ${n.toLocaleString('en-US')} more, left out to fit; see report.json.`);
  const forms = [() => table(header, rows, options.align)];
  for (const keep of ROW_STEPS.filter((n) => n < rows.length)) {
    forms.push(() => `${table(header, rows.slice(0, keep), options.align)}\n\n${leftOut(rows.length - keep)}`);
  }
  return forms;
}

/** A collapsed section; `summary` is Sluice's words with any user text already escaped. */
export const details = (summary: string, body: string, open = false): string =>
  `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;

export const wrapForms = (forms: Array<() => string>, wrap: (body: string) => string): Array<() => string> => forms.map((form) => () => wrap(form()));
