// `npm test`: starts throwaway PostgreSQL and MariaDB servers on loopback, runs the
// test files against them with node:test, then stops the servers whatever happened.
//
//   npm test                                  every tests/**/*.test.ts
//   npm test -- tests/unit/config.test.ts     only these files
//   npm test -- --test-name-pattern=lock      extra flags go to `node --test`
//
// Set SLUICE_TEST_POSTGRES_URL / SLUICE_TEST_MYSQL_URL (and their _LIMITED_URL and
// _ADMIN_URL siblings) to use servers you already run; that server is then not started.
// Root is not required (see tests/support/servers.mjs). Plain JS so it runs before tsx
// is loaded, on Node 20 and 24 alike.

import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServerStartError, ensureServerPackages, startMariadb, startPostgres } from './support/servers.mjs';

const testsDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = join(testsDir, '..');

/** Which env var carries which URL of a started server. */
const ENV_NAMES = {
  postgres: { url: 'SLUICE_TEST_POSTGRES_URL', limitedUrl: 'SLUICE_TEST_POSTGRES_LIMITED_URL', adminUrl: 'SLUICE_TEST_POSTGRES_ADMIN_URL' },
  mariadb: { url: 'SLUICE_TEST_MYSQL_URL', limitedUrl: 'SLUICE_TEST_MYSQL_LIMITED_URL', adminUrl: 'SLUICE_TEST_MYSQL_ADMIN_URL' },
};

/** @type {Array<() => Promise<void>>} */
const stops = [];
/** @type {import('node:child_process').ChildProcess | undefined} */
let testRun;
/** @type {NodeJS.Signals | undefined} */
let interruptedBy;

// The main flow below always does the cleanup; a signal only forwards to the tests
// (or marks startup as abandoned) so the flow reaches its `finally`.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    interruptedBy = signal;
    testRun?.kill(signal);
  });
}

// Exit explicitly so a handle some library forgot to close cannot keep the run alive.
process.exit(await main());

/** @returns {Promise<number>} the exit code */
async function main() {
  const { files, nodeTestFlags } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error('sluice tests: no tests/**/*.test.ts files found');
    return 1;
  }

  const wanted = { postgres: !process.env[ENV_NAMES.postgres.url], mariadb: !process.env[ENV_NAMES.mariadb.url] };
  // An existing server needs all three URLs; say so now rather than in every test.
  const unset = Object.values(ENV_NAMES).flatMap((names) =>
    process.env[names.url] ? Object.values(names).filter((name) => !process.env[name]) : []);
  if (unset.length > 0) {
    console.error(`sluice tests: ${unset.join(', ')} not set; with an existing server set its _URL, _LIMITED_URL and _ADMIN_URL (see README, Development)`);
    return 2;
  }
  console.error(`sluice tests: Node ${process.version}`);
  try {
    const startedAt = performance.now();
    await ensureServerPackages(wanted);
    // Start both at once; wait for both so a failure never leaves the other one running.
    const results = await Promise.allSettled([
      wanted.postgres ? startPostgres() : undefined,
      wanted.mariadb ? startMariadb() : undefined,
    ]);
    const env = { ...process.env };
    /** @type {string[]} */
    const failures = [];
    results.forEach((result, index) => {
      const engine = index === 0 ? 'postgres' : 'mariadb';
      if (result.status === 'rejected') {
        failures.push(describeFailure(result.reason));
      } else if (result.value) {
        stops.push(result.value.stop);
        for (const [key, name] of Object.entries(ENV_NAMES[engine])) {
          env[name] = result.value[/** @type {'url' | 'limitedUrl' | 'adminUrl'} */ (key)];
        }
      }
    });
    if (failures.length > 0) {
      console.error(failures.join('\n\n'));
      return 2;
    }
    if (interruptedBy) return signalExitCode(interruptedBy);
    if (wanted.postgres || wanted.mariadb) {
      console.error(`sluice tests: servers ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    }

    const testExitCode = await runTests(files, nodeTestFlags, env);
    // node --test exits 1 when interrupted; report the interruption the shell way.
    return interruptedBy ? signalExitCode(interruptedBy) : testExitCode;
  } catch (error) {
    console.error(describeFailure(error));
    return 2;
  } finally {
    const stoppingAt = performance.now();
    const results = await Promise.allSettled(stops.map((stop) => stop()));
    for (const result of results) {
      if (result.status === 'rejected') console.error(`sluice tests: could not stop a server: ${result.reason}`);
    }
    if (stops.length > 0) {
      console.error(`sluice tests: servers stopped in ${((performance.now() - stoppingAt) / 1000).toFixed(1)} s`);
    }
  }
}

/**
 * Splits our arguments into test files and flags for `node --test`.
 * @param {string[]} args
 */
function parseArgs(args) {
  const nodeTestFlags = args.filter((arg) => arg.startsWith('-'));
  const named = args.filter((arg) => !arg.startsWith('-'));
  const files = named.length > 0 ? named : findTestFiles();
  return { files, nodeTestFlags };
}

/** Every tests/**\/*.test.ts, found by us so no shell glob or Node version decides. */
function findTestFiles() {
  return readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.test.ts'))
    .map((path) => relative(repoDir, join(testsDir, path)))
    .sort();
}

/**
 * Runs node:test in a child with the same Node binary, output passed straight through.
 * @param {string[]} files
 * @param {string[]} nodeTestFlags
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function runTests(files, nodeTestFlags, env) {
  // Node 20 picks the tap reporter when stdout is not a terminal; ask for spec everywhere.
  const reporter = nodeTestFlags.some((flag) => flag.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
  const args = ['--import', 'tsx', '--test', '--test-concurrency=1', ...reporter, ...nodeTestFlags, ...files];
  return new Promise((resolve) => {
    testRun = spawn(process.execPath, args, { cwd: repoDir, env, stdio: 'inherit' });
    testRun.once('error', (error) => {
      console.error(`sluice tests: could not run node --test: ${error.message}`);
      resolve(1);
    });
    testRun.once('exit', (code, signal) => resolve(code ?? signalExitCode(signal ?? 'SIGTERM')));
  });
}

/** @param {NodeJS.Signals} signal */
function signalExitCode(signal) {
  return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}

/** @param {unknown} error */
function describeFailure(error) {
  if (error instanceof ServerStartError) {
    const log = error.logTail ? ` Last lines of its log:\n${error.logTail}` : '';
    return `sluice tests: ${error.message}, so the tests did not run.${log}`;
  }
  return `sluice tests: could not prepare the test servers: ${error instanceof Error ? error.message : String(error)}`;
}
