// Every interleaving of the sessions' steps that keeps each session's own order, bounded:
// beyond MAX_PERMUTATIONS an evenly spaced selection stands for the rest.

export const MAX_PERMUTATIONS = 64;

export function allPermutations(sessions: Record<string, string[]>, limit = MAX_PERMUTATIONS): { permutations: string[][]; total: number } {
  const names = Object.keys(sessions);
  const found: string[][] = [];
  const cap = limit * 50;
  const walk = (next: number[], order: string[]) => {
    if (found.length >= cap) return;
    let done = true;
    for (const [s, name] of names.entries()) {
      if (next[s]! >= sessions[name]!.length) continue;
      done = false;
      const advanced = [...next];
      advanced[s]! += 1;
      walk(advanced, [...order, `${name}${advanced[s]}`]);
    }
    if (done) found.push(order);
  };
  walk(names.map(() => 0), []);
  if (found.length <= limit) return { permutations: found, total: found.length };
  const step = found.length / limit;
  return { permutations: Array.from({ length: limit }, (_, i) => found[Math.floor(i * step)]!), total: found.length };
}
