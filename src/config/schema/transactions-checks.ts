// checks.savepoints, checks.two-phase-commit and checks.pool: what the engine in use really
// does with savepoints, prepared (two-phase) transactions and a connection pool that asks for
// more connections than the server allows.
import { z } from 'zod';
import { duration } from './values.js';

export const savepointsCheck = z
  .boolean()
  .default(false)
  .describe('Prove what ROLLBACK TO SAVEPOINT restores on this engine (rows, trigger side effects, sequences), whether an error inside a savepoint leaves the transaction usable, and what a nested BEGIN does; each fact is reported, a difference from the engine\'s documentation is an error. Runs on PGlite too.');

export const twoPhaseCommitCheck = z
  .boolean()
  .default(false)
  .describe('Run one change across two scratch databases with PREPARE TRANSACTION / COMMIT PREPARED (PostgreSQL) or XA (MySQL/MariaDB): both commit or neither, and a coordinator that disconnects between prepare and commit is recovered from pg_prepared_xacts / XA RECOVER. Servers only; nothing prepared is left behind.');

export const poolCheck = z
  .strictObject({
    connections: z.int().min(2).max(200).default(20).describe('Pool size: connections the pool may open, and workers asking for one at a time.'),
    limit: z.int().min(1).max(100).default(5).describe('Connection limit Sluice sets on its own per-run role (PostgreSQL CONNECTION LIMIT, MySQL/MariaDB MAX_USER_CONNECTIONS); smaller than connections.'),
    operations: z.int().min(1).max(10_000).default(200).describe('Operations the workers run in all, each on a connection taken from the pool.'),
    'acquire-timeout': duration('2s').describe('How long a worker waits for a free connection before the acquisition times out.'),
    sql: z.string().min(1).optional().describe('The statement each operation runs; default a 10 ms sleep (select pg_sleep(0.01) / select sleep(0.01)).'),
  })
  .refine((pool) => pool.limit < pool.connections, { message: 'has a limit not below connections; set limit smaller than connections so the pool asks for more than the server allows', path: ['limit'] })
  .optional()
  .describe('A connection pool against a connection limit smaller than its demand: queueing, wait times, acquisition timeouts, the server\'s "too many connections" errors, and no connection left open afterwards. Servers only; off unless this key is present.');
