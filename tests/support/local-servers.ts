// What a local: engine (a server Sluice starts from the machine's binaries) may leave behind:
// its temp folder (sluice-local-*) and the server processes running from it.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

export function localServerFolders(): string[] {
  return readdirSync(os.tmpdir()).filter((name) => name.startsWith('sluice-local-')).sort();
}

/** Processes whose command line names a sluice-local-* folder (a postmaster, its backends, mariadbd). */
export function localServerProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes('sluice-local-')) found.push(`${pid}: ${cmdline.trim()}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
