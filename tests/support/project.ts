// Throwaway Sluice projects for tests: a sluice.yml and migration files in a temp folder.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function makeProject(config: string, migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-project-'));
  await mkdir(path.join(dir, 'migrations'));
  for (const [name, sql] of Object.entries(migrations)) await writeFile(path.join(dir, 'migrations', name), sql);
  const file = path.join(dir, 'sluice.yml');
  await writeFile(file, config);
  return file;
}
