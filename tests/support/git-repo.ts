// A real git repository for tests of the base-branch comparison: the example shop committed
// on `main`, then pull-request commits on a branch, as a project's history would be.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { tempFolder } from './project.js';

const execFileAsync = promisify(execFile);
const repoDir = fileURLToPath(new URL('../..', import.meta.url));

export interface TestRepo {
  dir: string;
  /** The commit the pull request starts from. */
  baseSha: string;
  /** Commits `files` (paths relative to the repository) on the pull-request branch; returns the new head sha. */
  commit(message: string, files: Record<string, string>): Promise<string>;
  git(...args: string[]): Promise<string>;
}

/**
 * Timings on a loaded test machine move by more than 10 % now and then, and these tests are about
 * work metrics, findings and the comment, not the timing statistics (those have unit tests and
 * bench/statistics.ts): only a doubling counts as a timing regression here.
 */
const CALM_TIMINGS = (text: string) => `${text.trimEnd()}\n\ngate:\n  time: { min-effect: 100% }\n`;

/** The example shop (sluice.yml and migrations) as the first commit of a new repository. */
export async function shopRepository(options: { sluiceYml?: (text: string) => string } = {}): Promise<TestRepo> {
  const dir = await tempFolder();
  const git = async (...args: string[]) => (await execFileAsync('git', args, { cwd: dir })).stdout.trim();
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.email', 'test@example.com');
  await git('config', 'user.name', 'Sluice tests');
  await cp(path.join(repoDir, 'examples/shop/migrations'), path.join(dir, 'migrations'), { recursive: true });
  const config = await readFile(path.join(repoDir, 'examples/shop/sluice.yml'), 'utf8');
  await writeFile(path.join(dir, 'sluice.yml'), CALM_TIMINGS(options.sluiceYml ? options.sluiceYml(config) : config));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'shop');
  const baseSha = await git('rev-parse', 'HEAD');
  await git('checkout', '-q', '-b', 'pull-request');
  return {
    dir,
    baseSha,
    git,
    async commit(message, files) {
      for (const [name, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), text);
      }
      await git('add', '-A');
      await git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
