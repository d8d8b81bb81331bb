// GitHub rejects a comment over 65,536 characters and truncates a job summary over 1 MiB.
// Rather than cut blindly, each section of the report offers smaller forms of itself, every
// one complete markdown (tables end at a row, <details> and code fences are closed); the least
// important sections shrink first, a form at a time, until the whole fits.

/** A part of the report; `forms` go from fullest to smallest and are rendered only when needed. */
export interface Section {
  /** Higher survives longer. */
  importance: number;
  forms: Array<() => string>;
}

/** Sizes in UTF-8 bytes: never fewer than characters, so the count is safe for both limits. */
const size = (text: string) => Buffer.byteLength(text, 'utf8');

const SEPARATOR = '\n';

export function fitSections(sections: Section[], limit: number, cutNote: string): string {
  const level = sections.map(() => 0);
  const text = sections.map((s) => s.forms[0]?.() ?? '');
  const sizes = text.map(size);
  const total = () => sizes.reduce((a, b) => a + b, 0) + sizes.length * size(SEPARATOR);
  const noteSize = size(cutNote) + 2 * size(SEPARATOR);
  let cut = false;

  // Least important first; among equals, the one further down the report.
  const order = sections.map((_, i) => i).sort((a, b) => sections[a]!.importance - sections[b]!.importance || b - a);
  const shrink = (i: number, form: () => string) => {
    text[i] = form();
    sizes[i] = size(text[i]);
    cut = true;
  };
  while (total() + (cut ? noteSize : 0) > limit) {
    const next = order.find((i) => level[i]! < sections[i]!.forms.length - 1);
    if (next !== undefined) {
      level[next]!++;
      shrink(next, sections[next]!.forms[level[next]!]!);
      continue;
    }
    // Every section is at its smallest and it still does not fit: leave out whole sections,
    // the least important first, never the first one (the verdict).
    const drop = order.find((i) => i > 0 && sizes[i]! > 0);
    if (drop === undefined) break;
    shrink(drop, () => '');
  }
  const body = text.filter(Boolean).join(SEPARATOR);
  if (!cut) return body;
  const result = `${body}${SEPARATOR}${cutNote}${SEPARATOR}`;
  // Only a limit smaller than the verdict itself gets here; a line boundary is the best left.
  return size(result) <= limit ? result : cutAtLine(result, limit);
}

function cutAtLine(text: string, limit: number): string {
  let out = '';
  for (const line of text.split('\n')) {
    if (size(out) + size(line) + 1 > limit) break;
    out += `${line}\n`;
  }
  return out;
}
