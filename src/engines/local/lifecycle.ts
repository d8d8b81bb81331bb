// The life every local server shares, whatever its product: a temporary folder, one process
// group, the cleanup registered before either exists (a signal while it installs still removes
// it), crash control for the durability check, and one sentence when it cannot start.
import type { ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineUnavailableError } from '../../errors.js';
import type { ServerControl } from '../engine.js';
import { onCleanup } from '../scratch.js';
import { killGroup, linesSince } from './process.js';
import type { LocalServer } from './types.js';

/** What a product's start-up gets: its folder, and the way to start (and restart) its process. */
export interface ServerLife {
  dir: string;
  /** Starts the server's process group; refused once the run is stopping. */
  spawn(start: () => ChildProcess): ChildProcess;
}

export interface ProductStart {
  url: string;
  restart(): Promise<void>;
  relaxDurability: ServerControl['relaxDurability'];
}

export async function localServer(how: {
  /** Prefix of the temporary folder's name. */
  folder: string;
  /** How `stop` ends the group (PostgreSQL: SIGQUIT, its immediate shutdown). */
  stopSignal: NodeJS.Signals;
  /** The server's log, a file name inside the folder, and the lines of it that tell why the server stopped by itself. */
  log: { file: string; crash: RegExp };
  /** The sentence for a start-up that failed with `message`. */
  failed: (message: string) => string;
  start: (life: ServerLife) => Promise<ProductStart>;
}): Promise<LocalServer> {
  let dir: string | undefined;
  let child: ChildProcess | undefined;
  let stopped = false;
  /** Processes Sluice itself ended (stopped or killed): their exit is not a failure. */
  const ended = new WeakSet<ChildProcess>();
  let failure: string | undefined;
  const stop = async () => {
    stopped = true;
    if (child) ended.add(child);
    await killGroup(child, how.stopSignal);
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  const removeCleanup = onCleanup(stop);
  try {
    dir = await mkdtemp(join(tmpdir(), how.folder));
    const started = await how.start({
      dir,
      spawn: (start) => {
        if (stopped) throw new Error('the run is stopping');
        const log = join(dir!, how.log.file);
        const logStart = sizeOf(log);
        const began = Date.now();
        const started = (child = start());
        failure = undefined;
        started.once('exit', (code, signal) => {
          if (ended.has(started) || child !== started) return;
          const said = linesSince(log, logStart, how.log.crash, 2);
          failure = `${signal ? `ended on signal ${signal}` : `exited with code ${code}`} ${Date.now() - began} ms after it started${said ? `; its log: ${said}` : ''}`;
        });
        return started;
      },
    });
    let crashed = false;
    const control: ServerControl = {
      get crashed() {
        return crashed;
      },
      get failure() {
        return failure;
      },
      kill: async () => {
        crashed = true;
        if (child) ended.add(child);
        await killGroup(child, 'SIGKILL');
      },
      restart: () => started.restart(),
      relaxDurability: (relaxed) => started.relaxDurability(relaxed),
    };
    return {
      url: started.url,
      control,
      stop: async () => {
        removeCleanup();
        await stop();
      },
    };
  } catch (error) {
    removeCleanup();
    await stop();
    if (error instanceof EngineUnavailableError) throw error;
    throw new EngineUnavailableError(how.failed((error as Error).message));
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
