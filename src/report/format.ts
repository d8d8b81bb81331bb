// Numbers as a reviewer reads them: thousands separated, durations in a sensible unit,
// deltas signed. Nothing here is user text, so nothing here escapes.

export const count = (n: number, word: string, plural = `${word}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;

export const ms = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(2)} ms`);

/** A figure in its unit; time metrics are in ms and read better as durations. */
export function figure(value: number | undefined, unit: string): string {
  if (value === undefined) return '–';
  if (unit === 'ms') return ms(value);
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

const signed = (text: string, n: number) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : text);

/** "+2,269 (+56,725 %)"; no percentage when the base is 0. */
export function delta(base: number | undefined, head: number | undefined, unit: string): string {
  if (base === undefined || head === undefined) return '';
  const d = head - base;
  const absolute = signed(figure(Math.abs(d), unit), d);
  if (base === 0) return absolute;
  const pct = (d / Math.abs(base)) * 100;
  const pctText = Math.abs(pct) >= 100 ? Math.round(Math.abs(pct)).toLocaleString('en-US') : Math.abs(pct).toFixed(1);
  return `${absolute} (${signed(pctText, pct)} %)`;
}

export const percent = (fraction: number): string => `${+(fraction * 100).toFixed(2)} %`;

/** p-values the way papers print them: tiny ones as a bound. */
export const pValue = (p: number): string => (p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`);

export const times = (ratio: number): string => `×${ratio.toFixed(2)}`;
