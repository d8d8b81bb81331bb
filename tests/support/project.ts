// Throwaway Sluice projects for tests: a sluice.yml and migration files in a temp folder,
// removed when the test file finishes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A temp folder holding `files`; gone after the test file ends. */
export async function tempFolder(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sluice-test-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** A project with `config` as sluice.yml and `migrations` under migrations/; returns sluice.yml's path. */
export async function makeProject(config: string, migrations: Record<string, string>): Promise<string> {
  const files = Object.fromEntries(Object.entries(migrations).map(([name, sql]) => [`migrations/${name}`, sql]));
  const dir = await tempFolder({ 'sluice.yml': config, ...files });
  await mkdir(path.join(dir, 'migrations'), { recursive: true });
  return path.join(dir, 'sluice.yml');
}
