// The base branch, materialised: its files at the base commit, in a temporary folder, so its
// migrations and sluice.yml can build a second scratch database in the same run. Read-only on
// the user's repository: `git archive` of a commit, fetched first (depth 1) when the checkout
// does not have it.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { onCleanup } from '../engines/scratch.js';

const execFileAsync = promisify(execFile);

export interface BaseTree {
  /** The base commit's files; the same relative layout as the repository. */
  dir: string;
  sha: string;
  /** The repository's top folder in the working tree, to map the head's paths onto the base's. */
  repoRoot: string;
}

/** Why the base branch could not be built, as one sentence for the report. */
export interface BaseUnavailable {
  unavailable: string;
}

/** git, never asking for credentials and never waiting long on a network that does not answer. */
const git = async (cwd: string, args: string[]) =>
  (await execFileAsync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 60_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } })).stdout.trim();

/**
 * Checks out `revision` (a sha, or a ref such as origin/main) of the repository around `cwd`
 * into a temporary folder that is removed at the end of the run.
 */
export async function materialiseBase(cwd: string, revision: string): Promise<BaseTree | BaseUnavailable> {
  let repoRoot: string;
  try {
    repoRoot = await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch {
    return { unavailable: `${cwd} is not inside a git repository, so the base branch cannot be read; run Sluice in the repository's checkout.` };
  }
  let sha = await resolve(repoRoot, revision);
  if (!sha && /^[0-9a-f]{7,40}$/i.test(revision)) {
    // actions/checkout fetches one commit by default: fetch the base commit alone.
    await git(repoRoot, ['fetch', '--no-tags', '--depth=1', 'origin', revision]).catch(() => undefined);
    sha = await resolve(repoRoot, revision);
  }
  if (!sha) {
    return {
      unavailable: `the base commit ${revision.slice(0, 12)} is not in the checkout and could not be fetched from origin; give actions/checkout \`fetch-depth: 0\` (or fetch the base branch before Sluice runs).`,
    };
  }
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'sluice-base-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  try {
    await extract(repoRoot, sha, dir);
  } catch (error) {
    return { unavailable: `the base commit ${sha.slice(0, 12)} could not be read with git archive (${(error as Error).message.split('\n')[0]}).` };
  }
  return { dir, sha, repoRoot };
}

async function resolve(repoRoot: string, revision: string): Promise<string | undefined> {
  return git(repoRoot, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => undefined);
}

/** `git archive <sha> | tar -x -C dir`, without a shell. */
function extract(repoRoot: string, sha: string, dir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', sha], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    archive.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    archive.stdout.pipe(tar.stdin);
    archive.on('error', reject);
    tar.on('error', reject);
    tar.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(stderr.trim() || `tar exited ${code}`))));
  });
}

/** Where a head-side path (absolute, in the working tree) lives in the base tree. */
export function inBase(tree: BaseTree, headPath: string): string {
  return path.join(tree.dir, path.relative(tree.repoRoot, path.resolve(headPath)));
}
